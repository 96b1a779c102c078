// puente-sync: the headless runner. All logic lives in core (HeadlessRunner); see --help.
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <cstdio>

#include "base/HeadlessRunner.h"

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Puente"_s);
    QCoreApplication::setApplicationName(u"puente"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PUENTE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    puente::HeadlessRunner runner(out, err);
    return runner.run(QCoreApplication::arguments());
}
