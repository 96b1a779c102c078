#include "MainWindow.h"

namespace puente {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Puente"));
}

MainWindow::~MainWindow() = default;

} // namespace puente
