#pragma once

#include "HttpFake.h"

namespace puente::fakes {
class FakeJumpseller;
}

namespace puente::fakes::jumpseller {

/**
 * The fake's own control interface under /_admin/ (no authentication, no rate limit): inspect
 * the store, place and move orders, inject faults, flip the hook and rate-limit switches, set
 * stock. Used by the demo sandbox and by tests that drive the fake over HTTP. The routes are
 * listed on FakeJumpseller.
 *
 * Ownership: borrows the fake that owns it. Thread affinity: the fake's thread.
 */
class AdminRoutes
{
public:
    explicit AdminRoutes(FakeJumpseller &fake);
    void install(HttpFake &server);

private:
    HttpFakeResponse listOrders(const HttpFakeRequest &request) const;
    HttpFakeResponse createOrder(const HttpFakeRequest &request);
    HttpFakeResponse moveOrder(const HttpFakeRequest &request);
    HttpFakeResponse injectFault(const HttpFakeRequest &request);
    HttpFakeResponse hookSwitches(const HttpFakeRequest &request);
    HttpFakeResponse hookDeliveries(const HttpFakeRequest &request) const;
    HttpFakeResponse rate(const HttpFakeRequest &request);
    HttpFakeResponse stock(const HttpFakeRequest &request);

    FakeJumpseller &m_fake;
};

} // namespace puente::fakes::jumpseller
