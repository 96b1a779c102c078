#include "SettingsPage.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

SettingsPage::SettingsPage(QWidget *parent)
    : Page(u"settings"_s, parent)
{
    setObjectName(u"settingsPage"_s);
    setPlaceholder(true);
    retranslate();
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::title() const
{
    return tr("Settings");
}

QString SettingsPage::summary() const
{
    return tr("Connections to Bsale and Jumpseller, the Bsale office, document types and sync options.");
}

} // namespace puente
