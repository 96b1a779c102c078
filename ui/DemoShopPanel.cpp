#include "DemoShopPanel.h"

#include <QtCore/QEvent>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtWidgets/QFrame>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include "UiLogging.h"
#include "demo/DemoSession.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

constexpr int kPollMs = 3000;
constexpr qsizetype kEventsShown = 6;
constexpr int kRequestTimeoutMs = 10000; // a reseed of a large shop answers late

const auto kPanelStyle = uR"(
QFrame#demoBsaleSide, QFrame#demoJumpsellerSide {
    border: 1px solid palette(midlight); border-radius: 8px; background: palette(base);
}
QLabel#demoBsaleTitle, QLabel#demoJumpsellerTitle { font-weight: 600; }
QLabel#demoBsaleUrl, QLabel#demoJumpsellerUrl { color: palette(link); }
)"_s;

QNetworkRequest adminRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kRequestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    return request;
}

QUrl below(QUrl base, const QString &path)
{
    base.setPath(base.path() + path);
    return base;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 0);
}

} // namespace

DemoShopPanel::DemoShopPanel(QWidget *parent)
    : QWidget(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    setObjectName(u"demoShopPanel"_s);
    setStyleSheet(kPanelStyle);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &DemoShopPanel::refresh);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"demoHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(u"demoRefreshButton"_s);
    connect(m_refreshButton, &QPushButton::clicked, this, &DemoShopPanel::refresh);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_refreshButton);

    m_status = new QLabel(this);
    m_status->setObjectName(u"demoStatus"_s);
    m_status->setWordWrap(true);

    m_posSaleButton = createButton(u"demoPosSaleButton"_s, u"pos-sale"_s, u"{}"_s);
    m_receptionButton = createButton(u"demoReceptionButton"_s, u"reception"_s, u"{\"quantity\": 10}"_s);
    m_orderButton = createButton(u"demoNewOrderButton"_s, u"order"_s, u"{\"document\": \"boleta\"}"_s);
    m_payButton = createButton(u"demoPayButton"_s, u"pay"_s, u"{}"_s);
    m_cancelButton = createButton(u"demoCancelButton"_s, u"cancel"_s, u"{}"_s);

    auto *sides = new QHBoxLayout;
    sides->setSpacing(16);
    sides->addWidget(createSide(u"demoBsale"_s, {u"Products"_s, u"Variants"_s, u"Documents"_s, u"Receptions"_s},
                                &m_bsale, {m_posSaleButton, m_receptionButton}));
    sides->addWidget(createSide(u"demoJumpseller"_s, {u"Products"_s, u"Variants"_s, u"Orders"_s, u"Pending"_s},
                                &m_jumpseller, {m_orderButton, m_payButton, m_cancelButton}));

    m_lastAction = new QLabel(this);
    m_lastAction->setObjectName(u"demoLastAction"_s);
    m_lastAction->setWordWrap(true);
    m_lastAction->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(headingRow);
    layout->addWidget(m_status);
    layout->addLayout(sides);
    layout->addWidget(m_lastAction);
    layout->addStretch(1);

    retranslate();
    updateState();
}

DemoShopPanel::~DemoShopPanel() = default;

QWidget *DemoShopPanel::createSide(const QString &prefix, const QStringList &countNames, Side *side,
                                   const QList<QPushButton *> &buttons)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(prefix + u"Side"_s);
    side->title = new QLabel(frame);
    side->title->setObjectName(prefix + u"Title"_s);
    side->url = new QLabel(frame);
    side->url->setObjectName(prefix + u"Url"_s);
    side->url->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setColumnStretch(2, 1);
    for (qsizetype i = 0; i < countNames.size(); ++i) {
        auto *caption = new QLabel(frame);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *count = new QLabel(u"–"_s, frame);
        count->setObjectName(prefix + countNames.at(i));
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(caption, int(i), 0);
        grid->addWidget(count, int(i), 1);
        side->captions.append(caption);
        side->counts.append(count);
    }

    auto *buttonRow = new QHBoxLayout;
    for (QPushButton *button : buttons)
        buttonRow->addWidget(button);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(8);
    layout->addWidget(side->title);
    layout->addWidget(side->url);
    layout->addLayout(grid);
    layout->addLayout(buttonRow);
    return frame;
}

QPushButton *DemoShopPanel::createButton(const QString &name, const QString &action, const QString &body)
{
    auto *button = new QPushButton(this);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, [this, action, body] { runAction(action, body); });
    m_actionButtons.append(button);
    return button;
}

void DemoShopPanel::setSession(DemoSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &DemoSession::stateChanged, this, &DemoShopPanel::updateState);
        connect(session, &DemoSession::ready, this, &DemoShopPanel::refresh);
    }
    updateState();
    refresh();
}

void DemoShopPanel::updateState()
{
    const bool ready = m_session && m_session->state() == DemoSession::State::Ready;
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setEnabled(ready && !m_busy);
    m_refreshButton->setEnabled(ready);
    if (ready)
        m_poll.start();
    else
        m_poll.stop();
    m_bsale.url->setText(ready ? m_session->bsale().baseUrl.toString() : u"–"_s);
    m_jumpseller.url->setText(ready ? m_session->jumpseller().baseUrl.toString() : u"–"_s);
    retranslate();
}

void DemoShopPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DemoShopPanel::retranslate()
{
    //: Heading of the Dashboard panel in demo mode
    m_heading->setText(tr("Demo shop"));
    m_refreshButton->setText(tr("Refresh"));
    m_bsale.title->setText(tr("Bsale (ERP)"));
    m_jumpseller.title->setText(tr("Jumpseller (online store)"));
    const QStringList bsaleCaptions {tr("Products"), tr("Variants"), tr("Documents"), tr("Stock receptions")};
    const QStringList storeCaptions {tr("Products"), tr("Variants"), tr("Orders"), tr("Pending payment")};
    for (qsizetype i = 0; i < m_bsale.captions.size(); ++i)
        m_bsale.captions.at(i)->setText(bsaleCaptions.at(i));
    for (qsizetype i = 0; i < m_jumpseller.captions.size(); ++i)
        m_jumpseller.captions.at(i)->setText(storeCaptions.at(i));
    //: Button: sells one unit at the counter of the shop's Bsale (creates a boleta)
    m_posSaleButton->setText(tr("POS sale"));
    //: Button: goods arrive at the warehouse in Bsale
    m_receptionButton->setText(tr("Stock reception"));
    m_orderButton->setText(tr("New order"));
    //: Button: the customer pays the newest pending store order
    m_payButton->setText(tr("Pay order"));
    m_cancelButton->setText(tr("Cancel order"));

    const DemoSession::State state = m_session ? m_session->state() : DemoSession::State::Idle;
    switch (state) {
    case DemoSession::State::Idle:
    case DemoSession::State::Starting:
        m_status->setText(tr("Starting demo shop…"));
        break;
    case DemoSession::State::Ready:
        m_status->setText(tr("A sample shop runs on this computer: a fake Bsale and a fake Jumpseller with the same "
                             "catalogue, no account needed. It disappears when Puente closes. Use the buttons to "
                             "sell, receive goods and take orders, and watch the numbers change."));
        break;
    case DemoSession::State::Failed:
        m_status->setText(tr("The demo shop could not start."));
        break;
    case DemoSession::State::Stopped:
        m_status->setText(tr("The demo shop has stopped. Restart Puente with --demo to get a fresh one."));
        break;
    }
    showEvents();
}

void DemoShopPanel::showEvents()
{
    QStringList lines;
    for (const Event &event : std::as_const(m_events))
        lines.append(u"• "_s + describe(event));
    m_lastAction->setText(lines.join(u'\n'));
}

void DemoShopPanel::get(const QUrl &url, const std::function<void(const QJsonObject &)> &done)
{
    QNetworkReply *reply = m_nam->get(adminRequest(url));
    ++m_refreshesInFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        --m_refreshesInFlight;
        if (reply->error() == QNetworkReply::NoError)
            done(QJsonDocument::fromJson(reply->readAll()).object());
        else
            qCWarning(lcUi) << "Demo shop state unavailable:" << reply->errorString();
        if (m_refreshesInFlight == 0)
            Q_EMIT refreshed();
    });
}

void DemoShopPanel::refresh()
{
    // One round at a time: a slow answer must not pile up polls behind it.
    if (!m_session || m_session->state() != DemoSession::State::Ready || m_refreshesInFlight > 0)
        return;
    get(below(m_session->bsale().adminUrl, u"/state"_s), [this](const QJsonObject &state) { showBsale(state); });
    get(below(m_session->jumpseller().adminUrl, u"/state"_s),
        [this](const QJsonObject &state) { showJumpseller(state); });
}

void DemoShopPanel::setCount(QLabel *label, int count)
{
    label->setText(number(count));
    label->setProperty("count", count); // for tests and accessibility tools: no locale parsing
}

void DemoShopPanel::showBsale(const QJsonObject &state)
{
    const QList<int> values {state.value(u"products"_s).toInt(), state.value(u"variants"_s).toInt(),
                             state.value(u"documents"_s).toInt(), state.value(u"receptions"_s).toInt()};
    for (qsizetype i = 0; i < values.size(); ++i)
        setCount(m_bsale.counts.at(i), values.at(i));
}

void DemoShopPanel::showJumpseller(const QJsonObject &state)
{
    const QJsonObject byStatus = state.value(u"orders_by_status"_s).toObject();
    const QList<int> values {state.value(u"products"_s).toInt(), state.value(u"variants"_s).toInt(),
                             state.value(u"orders"_s).toInt(), byStatus.value(u"pending_payment"_s).toInt()};
    for (qsizetype i = 0; i < values.size(); ++i)
        setCount(m_jumpseller.counts.at(i), values.at(i));
}

void DemoShopPanel::runAction(const QString &action, const QString &body)
{
    if (!m_session || m_session->state() != DemoSession::State::Ready || m_busy)
        return;
    m_busy = true;
    updateState();
    const QUrl url = below(m_session->demoActionsUrl(), u'/' + action);
    QNetworkReply *reply = m_nam->post(adminRequest(url), body.toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, action, reply] { actionReplied(action, reply); });
}

void DemoShopPanel::actionReplied(const QString &action, QNetworkReply *reply)
{
    reply->deleteLater();
    m_busy = false;
    Event event {action, QJsonDocument::fromJson(reply->readAll()).object(), false};
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    event.ok = status >= 200 && status < 300;
    if (!event.ok && !event.answer.contains(u"error"_s))
        event.answer.insert(u"error"_s, reply->errorString());
    m_events.prepend(event);
    if (m_events.size() > kEventsShown)
        m_events.removeLast();
    updateState(); // re-enables the buttons and shows the events
    Q_EMIT actionFinished(action, event.ok);
    refresh();
}

QString DemoShopPanel::describe(const Event &event) const
{
    const QString &action = event.action;
    const QJsonObject &answer = event.answer;
    if (!event.ok) {
        //: %1 is the sandbox's own (English) explanation
        return tr("The demo shop refused that: %1").arg(answer.value(u"error"_s).toString());
    }
    const QString sku = answer.value(u"sku"_s).toString();
    const QString before = number(answer.value(u"stockBefore"_s).toDouble());
    const QString after = number(answer.value(u"stockAfter"_s).toDouble());
    if (action == u"pos-sale"_s) {
        //: %1 quantity, %2 SKU, %3 boleta number, %4 and %5 stock before and after
        return tr("POS sale in Bsale: %1 × %2 on boleta no. %3. Bsale stock %4 → %5.")
            .arg(number(answer.value(u"quantity"_s).toDouble()), sku,
                 QString::number(answer.value(u"number"_s).toInt()), before, after);
    }
    if (action == u"reception"_s) {
        //: %1 quantity, %2 SKU, %3 and %4 stock before and after
        return tr("Stock reception in Bsale: %1 × %2. Bsale stock %3 → %4.")
            .arg(number(answer.value(u"quantity"_s).toDouble()), sku, before, after);
    }
    const QString order = QString::number(answer.value(u"orderId"_s).toInt());
    if (action == u"order"_s) {
        //: %1 order number, %2 quantity, %3 SKU, %4 and %5 store stock before and after
        return tr("New store order %1: %2 × %3, waiting for payment. Store stock %4 → %5.")
            .arg(order, number(answer.value(u"qty"_s).toDouble()), sku, before, after);
    }
    if (action == u"pay"_s)
        return tr("Store order %1 is paid.").arg(order);
    return tr("Store order %1 is cancelled; its stock went back to the store.").arg(order);
}

} // namespace puente
