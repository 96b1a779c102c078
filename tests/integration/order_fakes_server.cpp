// puente-order-fakes: FakeBsale and FakeJumpseller in a process of their own, seeded with
// OrderTestShop, for the order pipeline's crash test (which must kill puente-sync, never the
// fakes). Prints one JSON line on stdout once both listen:
//   {"bsale": URL, "jumpseller": URL (…/v1), "bsaleToken", "jumpsellerLogin", "jumpsellerToken",
//    "storeCode", "shop": OrderTestShop::toJson()}
// then serves until SIGTERM/SIGINT or until its parent process goes away. Besides the fakes' own
// /_admin/ routes, Bsale gets:
//   GET  /_admin/returns        every return with its salesId (the API's JSON has none)
//   POST /_admin/clear-faults   drops pending injected faults
// Options: --rate-limits keeps both fakes' rate limits on (default off: restarts of puente-sync
// forget their pacing, which would only slow the test down).
// Why not puente-sandbox: the crash test needs this small, known shop and the two routes above;
// the demo seed's deliberate trouble (unlinked and duplicate SKUs) would only add noise.
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "OrderTestShop.h"
#include "base/UnixSignalWatcher.h"

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

void installExtraRoutes(fakes::FakeBsale &bsale)
{
    bsale.route("GET", u"/_admin/returns"_s, [&bsale](const fakes::HttpFakeRequest &) {
        QJsonArray items;
        for (const int id : bsale.returnIds()) {
            QJsonObject item = bsale.returnJson(id);
            const auto *stored = bsale.store().returns().find(id);
            item.insert(u"salesId"_s, stored ? stored->salesId : QString());
            items.append(item);
        }
        return fakes::HttpFakeResponse::json(200, QJsonObject {{u"count"_s, items.size()}, {u"items"_s, items}});
    });
    bsale.route("POST", u"/_admin/clear-faults"_s, [&bsale](const fakes::HttpFakeRequest &) {
        bsale.clearFaults();
        return fakes::HttpFakeResponse::json(200, QJsonObject {{u"pendingFaults"_s, 0}});
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool rateLimits = app.arguments().contains(u"--rate-limits"_s);

    UnixSignalWatcher watcher({SIGINT, SIGTERM});
    QObject::connect(&watcher, &UnixSignalWatcher::received, &app, [](int) { QCoreApplication::quit(); });
    // Never outlive the test that started us (a crashed test must not leave servers behind).
    const pid_t parent = getppid();
    QTimer orphanCheck;
    QObject::connect(&orphanCheck, &QTimer::timeout, &app, [parent] {
        if (getppid() != parent)
            QCoreApplication::quit();
    });
    orphanCheck.start(500);

    fakes::FakeBsale bsale;
    fakes::FakeJumpseller store;
    bsale.setRateLimitEnabled(rateLimits);
    if (!rateLimits) {
        fakes::jumpseller::RateLimitConfig limits;
        limits.enabled = false;
        store.setRateLimits(limits);
    }
    // Long soaks make many requests: keep the request logs small.
    bsale.setRequestLogLimit(100);
    store.setRequestLogLimit(100);
    installExtraRoutes(bsale);
    const auto shop = test::OrderTestShop::seed(bsale, store);
    if (bsale.start() == 0 || store.start() == 0) {
        std::fputs("puente-order-fakes: cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }
    const QJsonObject info {
        {u"bsale"_s, bsale.baseUrl().toString()},
        // Another host name for the same loopback: puente-sync paces each host on its own, as it
        // would api.bsale.io and api.jumpseller.com, instead of one budget for both fakes.
        {u"jumpseller"_s, u"http://localhost:%1/v1"_s.arg(store.port())},
        {u"bsaleAdmin"_s, bsale.baseUrl().toString()},
        {u"jumpsellerAdmin"_s, store.baseUrl().toString()},
        {u"bsaleToken"_s, u"puente-fake-bsale-token"_s},
        {u"jumpsellerLogin"_s, store.login()},
        {u"jumpsellerToken"_s, store.authToken()},
        {u"storeCode"_s, test::OrderTestShop::kStoreCode},
        {u"shop"_s, shop.toJson()},
    };
    std::fputs(QJsonDocument(info).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
