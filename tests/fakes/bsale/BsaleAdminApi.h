#pragma once

#include "bsale/BsaleApiContext.h"

namespace puente::fakes {
class FakeBsale;
}

namespace puente::fakes::bsale {

/**
 * The fake's own control panel under /_admin/ (JSON, no authentication, outside the rate
 * limiter) for the sandbox and for tests that only speak HTTP:
 *   GET  /_admin/state                     counts and switches
 *   GET  /_admin/documents                 every document, details expanded
 *   GET  /_admin/returns                   every return (credit note), with the salesId it was
 *                                          sent with (the API's JSON does not show it)
 *   GET  /_admin/stock?variantid=&officeid=
 *   GET  /_admin/webhooks                  events generated so far
 *   POST /_admin/pos-sale    {"officeId","lines":[{"variantId"|"code","quantity","netUnitValue"?}],"salesId"?}
 *   POST /_admin/reception   {"officeId","lines":[{"variantId"|"code","quantity","cost"?}],"note"?}
 *   POST /_admin/consumption {"officeId","lines":[...],"note"?}
 *   POST /_admin/fault       {"fault":"429|500|502|503|504|timeout|reset|reset-after|malformed|truncated",
 *                             "count":N,"path":"regex","method"?,"probability"?,"seed"?}
 *                                          (path defaults to "^/v[12]/"; with "probability" p < 1
 *                                          each matching request fails with chance p until N did)
 *   GET  /_admin/fault                     {"pendingFaults","firedFaults"}
 *   DELETE /_admin/fault                   drops every pending injected fault
 *   POST /_admin/webhooks    {"url","duplicate","reorder"}
 *   POST /_admin/rate        {"perSecond","perFiveMinutes","scale","enabled","mode":"429|500"}
 *
 * Ownership: owned by FakeBsale. Thread affinity: the fake's thread.
 */
class BsaleAdminApi
{
public:
    BsaleAdminApi(FakeBsale &fake, BsaleApiContext context);

private:
    HttpFakeResponse state() const;
    HttpFakeResponse documents() const;
    HttpFakeResponse returns() const;
    HttpFakeResponse stock(const HttpFakeRequest &request) const;
    HttpFakeResponse webhookEvents() const;
    HttpFakeResponse posSale(const QJsonObject &body);
    HttpFakeResponse movement(const QJsonObject &body, bool reception);
    HttpFakeResponse fault(const QJsonObject &body);
    HttpFakeResponse faultCounts() const;
    HttpFakeResponse webhooks(const QJsonObject &body);
    HttpFakeResponse rate(const QJsonObject &body);
    void post(const QString &name, std::function<HttpFakeResponse(const QJsonObject &)> handler);

    FakeBsale &m_fake;
    BsaleApiContext m_ctx;
};

} // namespace puente::fakes::bsale
