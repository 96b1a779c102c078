// Catalogue pull writes of 100,000 Bsale variants into a real journal (budget: 5 s in Release):
// the first pull (all inserts), a pull where nothing changed (no row rewritten), a pull where
// 1 % of the stock moved, and 100,000 store items.
#include "journal/CatalogRepository.h"
#include "journal/Journal.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace puente;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

template<typename Write>
void timed(const QString &what, Write write)
{
    QElapsedTimer timer;
    timer.start();
    const std::optional<CatalogCounts> counts = write();
    const qint64 ms = timer.elapsed();
    out() << "bench_catalogwrite: " << what << ": " << ms << " ms (budget 5000 ms: " << (ms <= 5000 ? "OK" : "OVER")
          << ")";
    if (counts)
        out() << "; inserted " << counts->inserted << ", updated " << counts->updated << ", unchanged "
              << counts->unchanged << ", removed " << counts->removed;
    else
        out() << "; FAILED";
    out() << '\n';
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    Journal journal(dir.filePath(u"puente.sqlite"_s));
    if (const auto error = journal.open()) {
        out() << "cannot open the journal: " << error->message << '\n';
        return 1;
    }
    QList<ErpVariant> erp;
    erp.reserve(count);
    for (int i = 0; i < count; ++i) {
        ErpVariant e;
        e.variantId = i + 1;
        e.productId = i / 3 + 1;
        e.productName = u"Polera algodón orgánico %1"_s.arg(i / 3);
        e.description = u"Talla %1 / Azul"_s.arg(i % 3);
        e.sku = u"SKU-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        e.barcode = u"780%1"_s.arg(i, 9, 10, QLatin1Char('0'));
        e.grossPrice = 9990 + i % 100 * 100;
        e.quantityAvailable = i % 40;
        e.inOffice = true;
        e.productTypeId = i % 25 + 1;
        e.brandId = i % 60 + 1;
        erp.append(e);
    }
    const CatalogRepository catalog(journal);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    out() << "bench_catalogwrite: " << count << " variants\n";
    timed(u"first pull (insert all)"_s, [&] { return catalog.writeErpVariants(erp, t0); });
    timed(u"unchanged pull"_s, [&] { return catalog.writeErpVariants(erp, t0.addSecs(60)); });
    for (int i = 0; i < count; i += 100)
        erp[i].quantityAvailable += 1;
    timed(u"1 % of the stock changed"_s, [&] { return catalog.writeErpVariants(erp, t0.addSecs(120)); });

    QList<StoreVariant> store;
    store.reserve(count);
    for (int i = 0; i < count; ++i) {
        StoreVariant s;
        s.key = {i / 3 + 1, i + 1};
        s.productName = erp.at(i).productName;
        s.variantName = erp.at(i).description;
        s.sku = erp.at(i).sku;
        s.status = u"available"_s;
        s.categoryIds = {3, 17};
        s.grossPrice = 9990;
        s.stock = i % 40;
        store.append(s);
    }
    timed(u"store side, first pull"_s, [&] { return catalog.writeStoreVariants(store, t0); });
    timed(u"store side, unchanged"_s, [&] { return catalog.writeStoreVariants(store, t0.addSecs(60)); });
    return 0;
}
