#pragma once

#include "Page.h"

namespace puente {

/**
 * Links between Bsale variants and Jumpseller products, and their stock.
 * Placeholder for now: heading and summary only.
 *
 * Owned by its parent widget (MainWindow's page stack). GUI thread only.
 */
class ProductsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsPage)

public:
    explicit ProductsPage(QWidget *parent = nullptr);
    ~ProductsPage() override;

    QString title() const override;
    QString summary() const override;
};

} // namespace puente
