#include "Page.h"

#include <QtCore/QEvent>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QFont headingFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

Page::Page(const QString &iconName, QWidget *parent)
    : QWidget(parent)
{
    for (const int size : {24, 32, 48})
        m_icon.addFile(u":/icons/nav/%1-%2.png"_s.arg(iconName).arg(size), QSize(size, size));

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"pageHeading"_s);
    m_heading->setFont(headingFont(m_heading->font()));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"pageSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_placeholder = new QWidget(this);
    m_placeholder->setObjectName(u"pagePlaceholder"_s);
    auto *placeholderIcon = new QLabel(m_placeholder);
    placeholderIcon->setPixmap(m_icon.pixmap(48, 48, QIcon::Disabled));
    placeholderIcon->setAlignment(Qt::AlignHCenter);
    m_placeholderText = new QLabel(m_placeholder);
    m_placeholderText->setAlignment(Qt::AlignHCenter);
    m_placeholderText->setForegroundRole(QPalette::PlaceholderText);
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    placeholderLayout->addStretch(2);
    placeholderLayout->addWidget(placeholderIcon);
    placeholderLayout->addWidget(m_placeholderText);
    placeholderLayout->addStretch(3);
    m_placeholder->hide();

    m_content = new QVBoxLayout;
    m_content->setContentsMargins(0, 12, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(m_content, 1);
    m_content->addWidget(m_placeholder, 1);
}

Page::~Page() = default;

void Page::setPlaceholder(bool placeholder)
{
    m_placeholder->setVisible(placeholder);
}

void Page::retranslate()
{
    m_heading->setText(title());
    m_heading->setAccessibleName(title());
    m_summary->setText(summary());
    m_placeholderText->setText(tr("This page arrives in a later version of Puente."));
    retranslateContent();
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace puente
