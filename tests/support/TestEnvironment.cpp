// Linked into every test executable (an OBJECT library, so the linker keeps it): before any
// test runs, point QStandardPaths at throw-away locations so no test touches the user's data,
// settings or logs.
#include <QtCore/QCoreApplication>
#include <QtCore/QStandardPaths>

namespace {

void isolateFromUserData()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PuenteTests"));
    QCoreApplication::setApplicationName(QStringLiteral("puente-tests"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(isolateFromUserData)
