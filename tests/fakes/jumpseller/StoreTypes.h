#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

// Store-level records of the fake: store information, checkout custom fields and hooks.

namespace puente::fakes::jumpseller {

/** What GET /store/info.json shows (Store schema) plus the tax policy the orders use. */
struct StoreInfo
{
    QString name = QStringLiteral("Tienda Demo");
    QString code = QStringLiteral("tienda-demo"); ///< subdomain; also the Jumpseller-Store-Code hook header
    QString currency = QStringLiteral("CLP");
    QString country = QStringLiteral("CL");
    QString timezone = QStringLiteral("America/Santiago");
    QString email = QStringLiteral("admin@tienda-demo.cl");
    QString hooksToken = QStringLiteral("hookstoken0123456789abcdef012345"); ///< HMAC key of the hooks
    QString weightUnit = QStringLiteral("kg");
    QString subscriptionPlan = QStringLiteral("pro");
    QString address = QStringLiteral("Av. Providencia 1234");
    QString city = QStringLiteral("Santiago");
    QString region = QStringLiteral("Región Metropolitana");
    QString regionCode = QStringLiteral("RM");
    bool pricesIncludeTax = true; ///< order lines carry tax_on_product_price = this
    double taxRate = 19; ///< IVA, percent
    QString taxName = QStringLiteral("IVA");
};

/** A checkout custom field (CheckoutCustomFieldFields), e.g. "Tipo de Documento". */
struct CheckoutCustomField
{
    int id = 0;
    QString label;
    QString type = QStringLiteral("input"); ///< text | select | input | checkbox | date
    QString area = QStringLiteral("other"); ///< contact | billing_shipping | other
    bool required = false;
    int position = 1;
    bool deletable = true;
    QStringList selectOptions; ///< custom_field_select_options
};

/** The 13 hook events of the spec (HookEditFields.event). There is no "order_created". */
inline const QStringList &hookEvents()
{
    static const QStringList events {QStringLiteral("order_updated"),    QStringLiteral("order_pending_payment"),
                                     QStringLiteral("order_paid"),       QStringLiteral("order_shipped"),
                                     QStringLiteral("order_canceled"),   QStringLiteral("order_abandoned"),
                                     QStringLiteral("product_created"),  QStringLiteral("product_updated"),
                                     QStringLiteral("product_deleted"),  QStringLiteral("product_stock_updated"),
                                     QStringLiteral("customer_created"), QStringLiteral("customer_updated"),
                                     QStringLiteral("customer_deleted")};
    return events;
}

/** A registered hook (HookFields) and its delivery health. */
struct Hook
{
    int id = 0;
    QString name;
    QString event;
    QUrl url;
    QDateTime createdAt;
    int failures = 0; ///< failed deliveries so far
    bool paused = false; ///< paused after too many failures, as the store does
};

} // namespace puente::fakes::jumpseller
