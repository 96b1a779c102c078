#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include "seed/DemoCatalogueBuilder.h"
#include "seed/DemoReferenceData.h"
#include "seed/DemoShopData.h"

class QRandomGenerator;

namespace puente::fakes {

struct DemoShopData;
struct DemoOrder;
struct DemoOrderLine;
struct DemoStoreCustomer;
struct DemoCompany;

/**
 * Builds the demo's Bsale clients, store customers and ~40 Jumpseller orders in every status,
 * boleta and factura, including the order-level trouble cases. Needs the catalogue built
 * first. Works on a DemoShopData it does not own, single-threaded.
 */
class DemoOrderBuilder
{
public:
    DemoOrderBuilder(DemoShopData &data, const DemoReferenceIds &ids, const QList<DemoStoreSlot> &plainSlots,
                     QRandomGenerator &rng);

    void build();

private:
    enum class Scenario {
        Plain,
        MultiUnit,
        FacturaKnown,
        FacturaNew,
        FacturaFormattedRut,
        FacturaMissingGiro,
        FacturaInvalidRut,
        Discount,
        Unlinked,
        GiftOnly,
        GiftWithPurchase,
        Pack,
        Serial,
        Unlimited,
        DuplicateSku,
        SloppySku,
        StorePickup,
        Pending,
        PendingFactura,
        Canceled,
        Abandoned,
    };

    void addClients();
    DemoAddress companyAddress(const DemoCompany &company);
    DemoStoreCustomer makeCustomer();
    int personRutBody();
    void addOrder(Scenario scenario);
    void fillLines(DemoOrder &order, Scenario scenario);
    void fillDocument(DemoOrder &order, Scenario scenario);
    void fillFactura(DemoOrder &order, int company, const QString &typedRut, bool withGiro);
    void fillShippingAndPayment(DemoOrder &order, Scenario scenario);
    void fillTotals(DemoOrder &order);
    void recordTrouble(const DemoOrder &order, Scenario scenario);
    DemoOrderLine plainLine(int quantity);
    DemoOrderLine lineForSku(const QString &sku, bool lastOccurrence = false);
    DemoOrderLine lineFor(const DemoStoreSlot &slot, int quantity);
    QString statusFor(Scenario scenario) const;

    DemoShopData &m_data;
    const DemoReferenceIds &m_ids;
    const QList<DemoStoreSlot> &m_plainSlots;
    QRandomGenerator &m_rng;
    QDateTime m_clock;
    QList<DemoAddress> m_companyAddresses; ///< parallel to DemoVocabulary::companies()
    int m_nextCustomerId = 5001;
    int m_knownCompany = 0;
    int m_newCompany = 4;
    int m_paidSeen = 0;
};

} // namespace puente::fakes
