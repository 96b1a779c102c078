#pragma once

#include "jumpseller/Replies.h"
#include "jumpseller/Shop.h"

namespace puente::fakes::jumpseller {

/**
 * The /v1 order routes (§3): list (status_filters[], dateFilter), single, count, by status,
 * after an id, create and update with the whitelisted fields, each status change moving stock
 * as §6 says.
 *
 * Ownership: borrows the shop and options. Thread affinity: the fake's thread.
 */
class OrderRoutes
{
public:
    OrderRoutes(Shop &shop, const ApiOptions &options);
    void install(HttpFake &server);

    /**
     * Reads an order to place from OrderCreateFields JSON. Also takes what a test or the sandbox
     * finds handier: lines by "sku", customer "email"/"name"/"surname"/"phone", top-level
     * addresses, "additional_fields" as [{label, value}] or {label: value}, status in either form.
     */
    static QString readSeed(const QJsonObject &json, OrderSeed *seed);

private:
    HttpFakeResponse listOrders(const HttpFakeRequest &request) const;
    HttpFakeResponse ordersByStatus(const HttpFakeRequest &request) const;
    HttpFakeResponse ordersAfter(const HttpFakeRequest &request) const;
    HttpFakeResponse getOrder(const HttpFakeRequest &request) const;
    HttpFakeResponse createOrder(const HttpFakeRequest &request);
    HttpFakeResponse updateOrder(const HttpFakeRequest &request);

    std::vector<int> filterByDate(std::vector<int> ids, const HttpFakeRequest &request, QString *error) const;
    QStringList applyEdit(int orderId, const QJsonObject &fields, bool *shipped);
    HttpFakeResponse orderList(const std::vector<int> &ids) const;

    Shop &m_shop;
    const ApiOptions &m_options;
};

} // namespace puente::fakes::jumpseller
