#pragma once

#include <QtCore/QtGlobal>

#include "seed/DemoShop.h"
#include "seed/DemoShopData.h"

namespace puente::fakes {

class FakeBsale;
class FakeJumpseller;

/** What one seeding run put into the fakes, and how long each step took. */
struct DemoSeedReport
{
    int erpProducts = 0;
    int erpVariants = 0;
    int erpStocks = 0;
    int storeProducts = 0;
    int storeVariants = 0;
    int storeOrders = 0;
    qint64 generateMs = 0; ///< DemoShop::generate (reseed() only)
    qint64 bsaleMs = 0;
    qint64 jumpsellerMs = 0;
};

/**
 * Feeds a DemoShopData into a FakeBsale and a FakeJumpseller through their C++ seeding APIs, so
 * that each fake serves its side of the demo shop with the data's own ids: Bsale offices, taxes,
 * product types and attributes, products (brand id, classification), variants with their
 * attribute values and pack/serial/unlimited/negative-stock flags, stock rows, price lists,
 * document and payment types and clients; Jumpseller store information, categories, product
 * custom fields, products with options and variants, checkout custom fields and the order
 * history with its statuses. Seeding fires no webhooks and moves no stock (the data's stock is
 * already net of its orders; their stock counts as held, so cancelling one gives it back).
 *
 * The answer key (linkedErpProductId/linkedErpVariantId, `trouble`, matchingProductTypeId) is
 * never handed to the fakes. Bsale serials on hand (DemoStock::serials) are not modelled by
 * FakeBsale and are left out.
 *
 * Stateless; the fakes are borrowed. Call it from the fakes' thread while they serve no request
 * (before start(), or from one of their own request handlers): seed() fills the Bsale side on a
 * short-lived worker thread while it fills the Jumpseller side, and joins it before returning.
 */
class DemoSeeder
{
public:
    /** Seeds both sides into fakes that are empty (or freshly cleared). */
    static DemoSeedReport seed(const DemoShopData &data, FakeBsale &bsale, FakeJumpseller &jumpseller);
    static void seedBsale(const DemoErpData &erp, FakeBsale &bsale);
    static void seedJumpseller(const DemoStoreData &store, FakeJumpseller &jumpseller);

    /** Clears both fakes, generates the shop `options` describe and seeds it; the generated data
     *  goes to `generated` when given (the sandbox picks its demo SKUs from it). */
    static DemoSeedReport reseed(const DemoShopOptions &options, FakeBsale &bsale, FakeJumpseller &jumpseller,
                                 DemoShopData *generated = nullptr);
};

} // namespace puente::fakes
