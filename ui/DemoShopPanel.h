#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtWidgets/QWidget>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QNetworkReply;
class QPushButton;

namespace puente {

class DemoSession;

/**
 * The Dashboard's "Demo shop" panel in `puente --demo`: where the sandbox's fake Bsale and
 * fake Jumpseller listen, live counts from their /_admin/state (refreshed every few seconds and
 * after every action), and buttons that make things happen in them: a POS sale or a stock
 * reception in Bsale, a new store order, paying or cancelling the newest pending order. Every
 * request is asynchronous (QNetworkAccessManager on the GUI thread); nothing blocks.
 *
 * Owned by its parent widget; watches (does not own) the DemoSession. GUI thread only.
 */
class DemoShopPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoShopPanel)

public:
    explicit DemoShopPanel(QWidget *parent = nullptr);
    ~DemoShopPanel() override;

    void setSession(DemoSession *session);

public Q_SLOTS:
    /** Reads both fakes' /_admin/state again (no-op unless the session is ready). */
    void refresh();

Q_SIGNALS:
    /** New counts are shown (after a refresh). */
    void refreshed();
    /** An action finished; `ok` false when the sandbox refused it or did not answer. */
    void actionFinished(const QString &action, bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Side
    {
        QLabel *title = nullptr;
        QLabel *url = nullptr;
        QList<QLabel *> captions;
        QList<QLabel *> counts;
    };

    QWidget *createSide(const QString &prefix, const QStringList &countNames, Side *side,
                        const QList<QPushButton *> &buttons);
    QPushButton *createButton(const QString &name, const QString &action, const QString &body);
    void retranslate();
    void updateState();
    void get(const QUrl &url, const std::function<void(const QJsonObject &)> &done);
    void runAction(const QString &action, const QString &body);
    void actionReplied(const QString &action, QNetworkReply *reply);
    struct Event
    {
        QString action;
        QJsonObject answer;
        bool ok = true;
    };

    QString describe(const Event &event) const;
    void showEvents();
    void showBsale(const QJsonObject &state);
    void showJumpseller(const QJsonObject &state);
    static void setCount(QLabel *label, int count);

    QPointer<DemoSession> m_session;
    QNetworkAccessManager *m_nam = nullptr;
    QTimer m_poll;
    int m_refreshesInFlight = 0;
    bool m_busy = false;

    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    Side m_bsale; ///< counts: products, variants, documents, receptions
    Side m_jumpseller; ///< counts: products, variants, orders, pending payment
    QLabel *m_lastAction = nullptr; ///< the recent events, newest first
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_posSaleButton = nullptr;
    QPushButton *m_receptionButton = nullptr;
    QPushButton *m_orderButton = nullptr;
    QPushButton *m_payButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QList<QPushButton *> m_actionButtons;
    QList<Event> m_events; ///< newest first, at most a handful
};

} // namespace puente
