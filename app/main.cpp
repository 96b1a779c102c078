#include <QtWidgets/QApplication>

#include "MainWindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    puente::MainWindow window;
    window.show();
    return app.exec();
}
