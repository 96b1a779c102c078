#pragma once

#include <QtWidgets/QDialog>

class QLabel;

namespace puente {

/**
 * "About Puente": name, version (PUENTE_VERSION), what the app does, the licence line and the Qt
 * version it runs on (handy when a shop owner reads it out to support).
 *
 * Owned by its parent window (MainWindow opens it with WA_DeleteOnClose). GUI thread only.
 */
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_version = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_license = nullptr;
    QLabel *m_qtVersion = nullptr;
};

} // namespace puente
