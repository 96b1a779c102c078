// Auto-link of 100,000 Bsale variants against 100,000 store items (budget: 1 s in Release).
// Most SKUs match (some differ only in case or spaces), some exist on one side only, a few are
// duplicated, a third of the rows carry a barcode. Prints the best and the worst of five runs.
#include "sync/AutoLinker.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace puente;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QList<ErpVariant> erp;
    QList<StoreVariant> store;
    erp.reserve(count);
    store.reserve(count);
    for (int i = 0; i < count; ++i) {
        ErpVariant e;
        e.variantId = i + 1;
        e.productId = i / 3 + 1;
        e.productName = u"Producto %1"_s.arg(i / 3);
        e.description = u"Talla %1"_s.arg(i % 3);
        e.sku = i % 1000 == 7 ? u"DUP-%1"_s.arg(i / 2000) : u"SKU-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        if (i % 3 == 0)
            e.barcode = u"780%1"_s.arg(i, 9, 10, QLatin1Char('0'));
        erp.append(e);
        StoreVariant s;
        s.key = {i / 3 + 1, i + 1};
        s.productName = e.productName;
        s.variantName = e.description;
        if (i % 50 == 0)
            s.sku = u"WEB-%1"_s.arg(i); // only in the store
        else if (i % 7 == 0)
            s.sku = u" sku-%1 "_s.arg(i, 6, 10, QLatin1Char('0')); // case and spaces differ
        else
            s.sku = e.sku;
        if (i % 3 == 0)
            s.barcode = e.barcode;
        store.append(s);
    }
    // A tenth already linked by hand.
    QList<Link> links;
    for (int i = 5; i < count; i += 10)
        links.append(Link {erp.at(i).variantId, store.at(i).key, LinkMethod::Manual, {}});

    const AutoLinker linker(LinkRules {false, true, false});
    qint64 best = -1;
    qint64 worst = 0;
    AutoLinkResult result;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        result = linker.run(erp, store, links);
        const qint64 ms = timer.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
        worst = std::max(worst, ms);
    }
    QTextStream out(stdout);
    out << "bench_autolink: " << count << " x " << count << " variants, " << links.size() << " manual links: " << best
        << " ms (best of 5, worst " << worst << " ms; budget 1000 ms: " << (worst <= 1000 ? "OK" : "OVER")
        << "); linked " << result.added.size() << ", needs a manual link " << result.needsManualLink.size() << '\n';
    return 0;
}
