#pragma once

#include "bsale/BsaleOutcome.h"
#include "bsale/BsaleStore.h"

#include <QtCore/QHash>

namespace puente::fakes::bsale {

/**
 * POST /v1/documents.json (bsale.md §7, §10, chile-dte.md §4): validates a sale in Bsale's
 * order, computes the amounts, takes the next folio, dispatches stock and replays `salesId`.
 * The same engine serves HTTP, FakeBsale::posSale() and the admin interface.
 *
 * Ownership: owned by FakeBsale; works on the store it is given. Thread affinity: the fake's thread.
 */
class BsaleDocumentEngine
{
public:
    explicit BsaleDocumentEngine(BsaleStore &store)
        : m_store(store)
    { }

    BsaleOutcome create(const QJsonObject &body);

    /** documentTypeId, else codeSii → an active type with `use` (0 sale, 1 return); 0 if none. */
    static int resolveType(const BsaleStore &store, const QJsonObject &body, int use);
    /** Factura-like types need the receptor's data (§6 client{} for a factura, §10.8). */
    static bool needsClientData(const DocumentType &type);
    /** The documented refusal when a client lacks that data. */
    static QString clientDataError();
    /** Units each stock-controlled variant needs for `quantity` of `variantId` (packs expand). */
    QHash<int, double> stockNeeds(int variantId, double quantity) const;
    /** True when the variant's stock is counted and moved (not a service, not unlimited). */
    bool controlsStock(int variantId) const;

private:
    struct Line
    {
        int variantId = 0;
        double quantity = 0;
        double netUnitValue = 0;
        double discount = 0;
        double taxRate = 0;
        QString comment;
        QString note;
    };

    QString planLines(const QJsonObject &body, const DocumentType &type, int priceListId, bool dispatch,
                      QList<Line> *lines);
    QString planLine(const QJsonObject &line, const DocumentType &type, int priceListId, bool dispatch, Line *out);
    QString taxRate(const QJsonObject &line, double *rate);
    QString resolveClient(const QJsonObject &body, const DocumentType &type, int *clientId);
    QString checkStock(const QList<Line> &lines, int officeId) const;
    int commit(const QJsonObject &body, DocumentType &type, int officeId, int priceListId, int clientId,
               const QList<Line> &lines, bool dispatch);

    BsaleStore &m_store;
};

} // namespace puente::fakes::bsale
