#pragma once

#include "jumpseller/HookDispatcher.h"
#include "jumpseller/Replies.h"
#include "jumpseller/Shop.h"

namespace puente::fakes::jumpseller {

/**
 * The /v1 store-level routes: store information, checkout custom fields (§4) and hooks (§5).
 *
 * Ownership: borrows the shop, the hook dispatcher and the options.
 * Thread affinity: the fake's thread.
 */
class StoreRoutes
{
public:
    StoreRoutes(Shop &shop, HookDispatcher &hooks, const ApiOptions &options);
    void install(HttpFake &server);

private:
    HttpFakeResponse storeInfo(const HttpFakeRequest &request) const;

    HttpFakeResponse listCheckoutFields(const HttpFakeRequest &request) const;
    HttpFakeResponse getCheckoutField(const HttpFakeRequest &request) const;
    HttpFakeResponse createCheckoutField(const HttpFakeRequest &request);
    HttpFakeResponse updateCheckoutField(const HttpFakeRequest &request);
    HttpFakeResponse deleteCheckoutField(const HttpFakeRequest &request);
    static QStringList applyCheckoutField(CheckoutCustomField &field, const QJsonObject &json);

    HttpFakeResponse listHooks(const HttpFakeRequest &request) const;
    HttpFakeResponse getHook(const HttpFakeRequest &request) const;
    HttpFakeResponse createHook(const HttpFakeRequest &request);
    HttpFakeResponse updateHook(const HttpFakeRequest &request);
    HttpFakeResponse deleteHook(const HttpFakeRequest &request);
    static QStringList readHook(const QJsonObject &json, bool create, QString *event, QUrl *url);

    Shop &m_shop;
    HookDispatcher &m_hooks;
    const ApiOptions &m_options;
};

} // namespace puente::fakes::jumpseller
