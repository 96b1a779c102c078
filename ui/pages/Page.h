#pragma once

#include <QtGui/QIcon>
#include <QtWidgets/QWidget>

class QLabel;
class QVBoxLayout;

namespace puente {

/**
 * Base of every page in MainWindow's stack: a heading, a one-line summary and the page's own
 * content below them (contentLayout()). The navigation list, the window title and the View menu
 * all read title(), summary() and icon() from here, so each page names itself in one place.
 *
 * Owned by its parent widget (MainWindow's page stack). GUI thread only.
 */
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    ~Page() override;

    /** Translated page name: navigation entry, heading and window title. */
    virtual QString title() const = 0;
    /** Translated one-line explanation of what the page is for. */
    virtual QString summary() const = 0;
    /** Navigation icon (24, 32 and 48 px from resources/icons/nav). */
    QIcon icon() const { return m_icon; }

protected:
    /** @p iconName is the base name of the page's icon in resources/icons/nav, e.g. "products". */
    Page(const QString &iconName, QWidget *parent);

    /** Where subclasses put their content, below the heading and summary. */
    QVBoxLayout *contentLayout() const { return m_content; }
    /** Shows a "coming in a later version" notice while the page has no content yet. */
    void setPlaceholder(bool placeholder);

    /** Re-reads every translated text. Subclass constructors call it once they are complete. */
    void retranslate();
    /** Hook for subclasses with translated content of their own. */
    virtual void retranslateContent() { }

    void changeEvent(QEvent *event) override;

private:
    QIcon m_icon;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_placeholder = nullptr;
    QLabel *m_placeholderText = nullptr;
    QVBoxLayout *m_content = nullptr;
};

} // namespace puente
