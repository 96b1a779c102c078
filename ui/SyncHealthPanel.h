#pragma once

#include "sync/SyncHealth.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

#include <optional>

class QFrame;
class QLabel;

namespace puente {

class Clock;

/**
 * The Dashboard's "Sync health" panel: for Bsale and for Jumpseller, whether the sync works
 * (OK, or failing), when it last worked ("12 s ago", refreshed every second), its errors in a
 * row and in total and the last error's text; above them, prominently, the warning that Bsale
 * has sent no stock movement for hours (SyncHealth::stale). Shows the SyncHealth it is given
 * (setHealth()); knows nothing of the engine.
 *
 * Owned by its parent widget. Does not own the clock (default SystemClock::instance()).
 * GUI thread only.
 */
class SyncHealthPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncHealthPanel)

public:
    explicit SyncHealthPanel(QWidget *parent = nullptr);
    ~SyncHealthPanel() override;

    void setHealth(const SyncHealth &health);
    std::optional<SyncHealth> health() const { return m_health; }
    /** Where "now" comes from for the ages (tests pass a ManualClock, then call refresh()). */
    void setClock(const Clock *clock);

    /** The stale warning for `hours` without movement, translated (Spanish: Bsale's wording). */
    static QString staleWarningText(int hours);

public Q_SLOTS:
    /** Shows the health again (the ages move on). */
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Side
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *status = nullptr;
        QLabel *lastSuccess = nullptr;
        QLabel *errors = nullptr;
        QLabel *lastError = nullptr;
    };

    QFrame *createSide(const QString &prefix, Side *side);
    void showSide(Side &side, const SyncHealth::Side &health);
    void retranslate();

    const Clock *m_clock = nullptr;
    std::optional<SyncHealth> m_health;
    QTimer m_ticker;
    QLabel *m_heading = nullptr;
    QLabel *m_overall = nullptr;
    QLabel *m_staleWarning = nullptr;
    Side m_bsale;
    Side m_jumpseller;
};

} // namespace puente
