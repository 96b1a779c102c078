#include "SyncHealthPanel.h"

#include <QtCore/QEvent>
#include <QtWidgets/QFrame>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

#include "RelativeTime.h"
#include "base/Clock.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

constexpr int kTickMs = 1000; // the ages count seconds

const auto kPanelStyle = uR"(
QFrame#healthBsaleSide, QFrame#healthJumpsellerSide {
    border: 1px solid palette(midlight); border-radius: 8px; background: palette(base);
}
QLabel#healthBsaleTitle, QLabel#healthJumpsellerTitle { font-weight: 600; }
QLabel[ok="true"] { color: #1e7b34; font-weight: 600; }
QLabel[ok="false"] { color: #b3261e; font-weight: 600; }
QLabel#healthStaleWarning {
    background: #fdecea; color: #7a1c14; border: 1px solid #d93025; border-radius: 6px;
    padding: 8px 12px; font-weight: 600;
}
)"_s;

/** Re-applies the style sheet after a dynamic property the sheet selects on changed. */
void setStyleProperty(QWidget *widget, const char *name, const QVariant &value)
{
    if (widget->property(name) == value)
        return;
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

SyncHealthPanel::SyncHealthPanel(QWidget *parent)
    : QWidget(parent)
    , m_clock(&SystemClock::instance())
{
    setObjectName(u"syncHealthPanel"_s);
    setStyleSheet(kPanelStyle);
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        if (isVisible()) // a hidden panel catches up in showEvent()
            refresh();
    });

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"healthHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_overall = new QLabel(this);
    m_overall->setObjectName(u"healthOverall"_s);
    m_staleWarning = new QLabel(this);
    m_staleWarning->setObjectName(u"healthStaleWarning"_s);
    m_staleWarning->setWordWrap(true);
    m_staleWarning->hide();

    auto *sides = new QHBoxLayout;
    sides->setSpacing(16);
    sides->addWidget(createSide(u"healthBsale"_s, &m_bsale));
    sides->addWidget(createSide(u"healthJumpseller"_s, &m_jumpseller));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addWidget(m_staleWarning);
    layout->addWidget(m_overall);
    layout->addLayout(sides);
    retranslate();
}

SyncHealthPanel::~SyncHealthPanel() = default;

QFrame *SyncHealthPanel::createSide(const QString &prefix, Side *side)
{
    side->frame = new QFrame(this);
    side->frame->setObjectName(prefix + u"Side"_s);
    const auto label = [side, &prefix](const QString &name) {
        auto *l = new QLabel(side->frame);
        l->setObjectName(prefix + name);
        return l;
    };
    side->title = label(u"Title"_s);
    side->status = label(u"Status"_s);
    side->lastSuccess = label(u"LastSuccess"_s);
    side->errors = label(u"Errors"_s);
    side->lastError = label(u"LastError"_s);
    side->lastError->setWordWrap(true);
    side->lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    side->lastError->setForegroundRole(QPalette::PlaceholderText);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(side->title, 1);
    titleRow->addWidget(side->status);
    auto *layout = new QVBoxLayout(side->frame);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(side->lastSuccess);
    layout->addWidget(side->errors);
    layout->addWidget(side->lastError);
    layout->addStretch(1);
    return side->frame;
}

QString SyncHealthPanel::staleWarningText(int hours)
{
    //: Shown when Bsale has sent no stock movement for hours (Bsale's own app says the same)
    return tr("Your store has not received stock updates from Bsale for %Ln hour(s)", nullptr, hours);
}

void SyncHealthPanel::setHealth(const SyncHealth &health)
{
    m_health = health;
    m_ticker.start();
    refresh();
}

void SyncHealthPanel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
    refresh();
}

void SyncHealthPanel::refresh()
{
    if (!m_health) {
        //: Sync health panel before the sync engine reported anything
        m_overall->setText(tr("Waiting for the first sync…"));
        m_staleWarning->hide();
        for (Side *side : {&m_bsale, &m_jumpseller}) {
            side->status->setText(u"–"_s);
            setStyleProperty(side->status, "ok", QVariant());
            side->lastSuccess->setText(tr("Last success: %1").arg(RelativeTime::since({}, {})));
            side->errors->clear();
            side->lastError->hide();
        }
        return;
    }
    const SyncHealth &health = *m_health;
    m_overall->setText(health.healthy() ? tr("Bsale and Jumpseller are in step.")
                                        : tr("The sync needs attention: see below."));
    if (health.stale) {
        m_staleWarning->setText(staleWarningText(health.staleHours));
    }
    m_staleWarning->setVisible(health.stale);
    showSide(m_bsale, health.bsale);
    showSide(m_jumpseller, health.store);
}

void SyncHealthPanel::showSide(Side &side, const SyncHealth::Side &health)
{
    if (!health.ok()) {
        side.status->setText(tr("Failing"));
        setStyleProperty(side.status, "ok", false);
    } else if (health.lastSuccess.isValid()) {
        //: Sync health of one side: it works
        side.status->setText(tr("OK"));
        setStyleProperty(side.status, "ok", true);
    } else {
        //: Sync health of one side: no request to it finished yet
        side.status->setText(tr("Not checked yet"));
        setStyleProperty(side.status, "ok", QVariant());
    }
    //: %1 is an age such as "12 s ago" or "never"
    side.lastSuccess->setText(tr("Last success: %1").arg(RelativeTime::since(health.lastSuccess, m_clock->nowUtc())));
    //: %1 errors since the last success, %2 errors since Puente started
    side.errors->setText(tr("Errors: %1 in a row, %2 in total").arg(health.consecutiveErrors).arg(health.totalErrors));
    side.lastError->setText(tr("Last error: %1").arg(health.lastError));
    side.lastError->setToolTip(health.lastError);
    side.lastError->setVisible(!health.lastError.isEmpty());
}

void SyncHealthPanel::retranslate()
{
    m_heading->setText(tr("Sync health"));
    m_bsale.title->setText(u"Bsale"_s); // brands: not translated
    m_jumpseller.title->setText(u"Jumpseller"_s);
    refresh();
}

void SyncHealthPanel::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void SyncHealthPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace puente
