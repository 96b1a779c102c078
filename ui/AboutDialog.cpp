#include "AboutDialog.h"

#include <QtCore/QEvent>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

#include "AppIcon.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

// Bumped by hand with each year's first release; a build-time date would make builds irreproducible.
constexpr int kCopyrightYear = 2026;
constexpr int kWidth = 500;

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    // The product name is a brand: never translated.
    QLabel *name = makeLabel(u"aboutNameLabel"_s, this);
    name->setText(u"Puente"_s);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);

    m_version = makeLabel(u"aboutVersionLabel"_s, this);
    m_description = makeLabel(u"aboutDescriptionLabel"_s, this);
    m_license = makeLabel(u"aboutLicenseLabel"_s, this);
    m_qtVersion = makeLabel(u"aboutQtVersionLabel"_s, this);
    m_license->setForegroundRole(QPalette::PlaceholderText);
    m_qtVersion->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(name);
    text->addWidget(m_version);
    text->addSpacing(8);
    text->addWidget(m_description);
    text->addSpacing(8);
    text->addWidget(m_license);
    text->addWidget(m_qtVersion);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->setSpacing(20);
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(top, 1);
    layout->addSpacing(12);
    layout->addWidget(buttons);

    setMinimumWidth(kWidth);
    retranslate();
    // Word-wrapped labels make the default size hint too tall; size for the real width instead.
    resize(kWidth, heightForWidth(kWidth));
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Puente"));
    m_version->setText(tr("Version %1").arg(QStringLiteral(PUENTE_VERSION)));
    m_description->setText(tr("Puente keeps your Bsale ERP and your Jumpseller store in step: products, "
                              "stock and the tax documents for every order."));
    m_license->setText(tr("Copyright © %1 Puente. All rights reserved.").arg(kCopyrightYear));
    m_qtVersion->setText(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

} // namespace puente
