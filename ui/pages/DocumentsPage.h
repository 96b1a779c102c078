#pragma once

#include "Page.h"

namespace puente {

/**
 * Tax documents created from store orders, with their state and any error to fix and retry.
 * Placeholder for now: heading and summary only.
 *
 * Owned by its parent widget (MainWindow's page stack). GUI thread only.
 */
class DocumentsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsPage)

public:
    explicit DocumentsPage(QWidget *parent = nullptr);
    ~DocumentsPage() override;

    QString title() const override;
    QString summary() const override;
};

} // namespace puente
