#include "bsale/BsaleReturnEngine.h"

#include "bsale/BsaleBody.h"
#include "bsale/BsaleTaxMath.h"
#include "bsale/BsaleUrls.h"

#include <QtCore/QJsonArray>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

BsaleOutcome BsaleReturnEngine::create(const QJsonObject &body)
{
    // §8: documentTypeId is "a type with use=1 (NC 61)"; codeSii is accepted as on documents.
    const int typeId = BsaleDocumentEngine::resolveType(m_store, body, 1);
    if (!typeId)
        return BsaleOutcome::refused(u"invalid documentType"_s);
    DocumentType &type = *m_store.documentType(typeId);

    const QString salesId = BsaleBody::text(body, u"salesId"_s);
    if (!salesId.isEmpty()) {
        // DOCS-AMBIGUITY: §10 scopes salesId per document type for documents; returns get the
        // same rule (salesId, credit-note type).
        if (const int existing = m_store.returnBySalesId(salesId, typeId))
            return BsaleOutcome::replayed(existing);
    }

    const Document *sale = m_store.document(BsaleBody::id(body, u"referenceDocumentId"_s));
    if (!sale || m_store.documentTypes().find(sale->documentTypeId)->use != 0)
        return BsaleOutcome::refused(u"the json does not have reference document"_s);
    if (!m_store.nextFolio(type))
        return BsaleOutcome::refused(u"does not have numbers available, check sii caf"_s);

    // DOCS-AMBIGUITY: §8 says `client` is mandatory and must match the sale, but documents no
    // message for a missing one. We refuse only when the sale was a factura (its receptor data is
    // needed, documented message); boletas accept any or no client (zkr1p sends "1-9").
    const DocumentType &saleType = *m_store.documentTypes().find(sale->documentTypeId);
    if (BsaleDocumentEngine::needsClientData(saleType) && !body.value(u"client"_s).isObject())
        return BsaleOutcome::refused(BsaleDocumentEngine::clientDataError());

    QList<Line> lines;
    const QString error = planLines(body, *sale, BsaleBody::flag(body, u"priceAdjustment"_s),
                                    BsaleBody::flag(body, u"editTexts"_s), &lines);
    if (!error.isEmpty())
        return BsaleOutcome::refused(error);
    return BsaleOutcome::created(commit(body, type, *sale, lines));
}

QString BsaleReturnEngine::planLines(const QJsonObject &body, const Document &sale, int priceAdjustment, int editTexts,
                                     QList<Line> *lines)
{
    const QJsonValue details = body.value(u"details"_s);
    if (!details.isArray() || details.toArray().isEmpty())
        return u"Invalid JSON object"_s;
    QHash<int, double> asked; // per original line, across this request
    const QJsonArray array = details.toArray();
    for (const auto &value : array) {
        const QJsonObject json = value.toObject();
        const int detailId = BsaleBody::id(json, u"documentDetailId"_s);
        const DocumentDetail *original = m_store.documentDetails().find(detailId);
        if (!original || original->documentId != sale.id)
            return u"invalid reference detail"_s;
        const double quantity = BsaleBody::number(json, u"quantity"_s).value_or(0);
        const double unitValue = BsaleBody::number(json, u"unitValue"_s).value_or(0);
        if (quantity < 0 || unitValue < 0)
            return u"invalid quantity"_s;

        Line line;
        line.originalDetailId = detailId;
        const double remaining = original->quantity - original->returnedQuantity;
        if (editTexts) {
            // §8 text correction: every line with quantity 0 and value 0; nothing is credited.
        } else if (priceAdjustment) {
            // DOCS-AMBIGUITY: §8 says "quantity = 0, unitValue = new price"; we credit the
            // difference between the sold and the new net unit price on the units not returned.
            line.creditedUnitValue = std::max(0.0, original->netUnitValue - unitValue);
            line.creditedQuantity = remaining;
        } else {
            const double available = remaining - asked.value(detailId);
            // FAQ/§8: "The quantity returned (1.0) is higher than the available (0.0) for detail: <id>".
            if (quantity > available + 1e-9) {
                return u"The quantity returned (%1) is higher than the available (%2) for detail: %3"_s
                    .arg(BsaleUrls::rubyFloat(quantity), BsaleUrls::rubyFloat(std::max(0.0, available)))
                    .arg(detailId);
            }
            asked[detailId] += quantity;
            line.quantity = quantity;
            line.creditedUnitValue = original->netUnitValue;
            line.creditedQuantity = quantity;
        }
        lines->append(line);
    }
    return {};
}

int BsaleReturnEngine::commit(const QJsonObject &body, DocumentType &type, const Document &sale,
                              const QList<Line> &lines)
{
    const qint64 now = m_store.nowSeconds();
    const int officeId = body.contains(u"officeId"_s) && m_store.offices().find(BsaleBody::id(body, u"officeId"_s))
        ? BsaleBody::id(body, u"officeId"_s)
        : sale.officeId;
    const auto emission = BsaleBody::number(body, u"emissionDate"_s);
    const qint64 date = BsaleStore::utcMidnight(emission ? qint64(*emission) : now);
    const QString salesId = BsaleBody::text(body, u"salesId"_s);
    const QString motive = BsaleBody::text(body, u"motive"_s);
    const int saleId = sale.id;

    Document note;
    note.documentTypeId = type.id;
    note.officeId = officeId;
    note.clientId = sale.clientId;
    note.priceListId = sale.priceListId;
    note.number = m_store.nextFolio(type);
    type.lastUsedNumber = note.number;
    note.emissionDate = date;
    note.expirationDate = date;
    note.generationDate = now;
    note.token = m_store.newToken();
    note.declareSii = BsaleBody::flag(body, u"declareSii"_s);
    note.referenceDocumentId = saleId;
    const DocumentType &saleType = *m_store.documentTypes().find(sale.documentTypeId);
    note.references.append({1, QString::number(sale.number), sale.emissionDate, motive, saleType.codeSii});

    BsaleTaxMath math;
    for (const auto &line : lines) {
        const DocumentDetail &original = *m_store.documentDetails().find(line.originalDetailId);
        math.add(
            BsaleTaxMath::line(line.creditedUnitValue, line.creditedQuantity, original.discount, original.taxRate).net,
            original.taxRate);
    }
    note.netAmount = math.netAmount();
    note.taxAmount = math.taxAmount();
    note.exemptAmount = math.exemptAmount();
    note.totalAmount = math.totalAmount();
    Document &storedNote = m_store.addDocument(std::move(note));
    const int noteId = storedNote.id;

    Return ret;
    ret.documentTypeId = type.id;
    ret.creditNoteId = noteId;
    ret.referenceDocumentId = saleId;
    ret.officeId = officeId;
    ret.amount = storedNote.totalAmount;
    ret.type = BsaleBody::id(body, u"type"_s);
    ret.editTexts = BsaleBody::flag(body, u"editTexts"_s);
    ret.priceAdjustment = BsaleBody::flag(body, u"priceAdjustment"_s);
    ret.returnDate = date;
    ret.motive = motive;
    if (!salesId.isEmpty())
        ret.salesId = salesId;
    Return &storedReturn = m_store.addReturn(std::move(ret));
    // §8's example code "140745397411" reads as the Unix time plus two digits.
    storedReturn.code = QString::number(now) + u"%1"_s.arg(storedReturn.id % 100, 2, 10, QLatin1Char('0'));

    std::map<int, double> restore; // variant → units back on the shelf
    int lineNumber = 0;
    for (const auto &line : lines) {
        DocumentDetail &original = *m_store.documentDetail(line.originalDetailId);
        original.returnedQuantity += line.quantity;
        const auto amounts =
            BsaleTaxMath::line(line.creditedUnitValue, line.creditedQuantity, original.discount, original.taxRate);
        DocumentDetail credit;
        credit.documentId = noteId;
        credit.lineNumber = ++lineNumber;
        credit.variantId = original.variantId;
        credit.quantity = line.quantity;
        credit.netUnitValue = line.creditedUnitValue;
        credit.discount = original.discount;
        credit.taxRate = original.taxRate;
        credit.netAmount = amounts.net;
        credit.netDiscount = amounts.netDiscount;
        credit.relatedDetailId = original.id;
        storedNote.detailIds.append(m_store.addDocumentDetail(credit).id);

        // DOCS-AMBIGUITY: §8 does not say when a return restocks; only what the sale took from
        // the shelf (dispatch:1) goes back to it, so a dispatch:0 sale cannot inflate stock.
        const double devStock = original.dispatchedQuantity > 0 ? line.quantity : 0;
        if (devStock > 0) {
            const auto needs = m_documents.stockNeeds(original.variantId, devStock);
            for (auto it = needs.begin(); it != needs.end(); ++it)
                restore[it.key()] += it.value();
        }
        const Stock *stock = m_store.stock(original.variantId, officeId);
        const auto pending = restore.find(original.variantId);
        const double after = (stock ? stock->quantity : 0) + (pending != restore.end() ? pending->second : 0);
        ReturnDetail detail {0,
                             storedReturn.id,
                             original.id,
                             original.variantId,
                             line.quantity,
                             devStock,
                             after,
                             m_store.averageCost(original.variantId)};
        storedReturn.detailIds.append(m_store.addReturnDetail(detail).id);
    }
    for (const auto &[variantId, quantity] : restore)
        m_store.moveStock(variantId, officeId, quantity);
    m_store.announceDocument(noteId);
    return storedReturn.id;
}

} // namespace puente::fakes::bsale
