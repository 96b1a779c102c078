#include "bsale/BsaleSalesJson.h"

#include "bsale/BsaleListQuery.h"
#include "bsale/BsaleTaxMath.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

namespace {

QJsonValue numberOrText(const QString &text)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    return ok ? QJsonValue(number) : QJsonValue(text);
}

} // namespace

// §7 "Response: HTTP 201", key for key.
QJsonObject BsaleSalesJson::document(int id, const Expand &expand) const
{
    const Document &d = *m_store.documents().find(id);
    const Client *client = d.clientId ? m_store.clients().find(d.clientId) : nullptr;
    const QString self = u"documents/%1"_s.arg(id);
    QJsonObject out {
        {u"href"_s, m_urls.api(self + u".json"_s)},
        {u"id"_s, id},
        {u"emissionDate"_s, d.emissionDate},
        {u"expirationDate"_s, d.expirationDate},
        {u"generationDate"_s, d.generationDate},
        {u"rcofDate"_s, d.emissionDate},
        {u"number"_s, d.number},
        {u"trackingNumber"_s, QString()},
        {u"totalAmount"_s, d.totalAmount},
        {u"netAmount"_s, d.netAmount},
        {u"taxAmount"_s, d.taxAmount},
        {u"exemptAmount"_s, d.exemptAmount},
        {u"exportTotalAmount"_s, 0.0},
        {u"exportNetAmount"_s, 0.0},
        {u"exportTaxAmount"_s, 0.0},
        {u"exportExemptAmount"_s, 0.0},
        {u"commissionRate"_s, 0.0},
        {u"commissionNetAmount"_s, 0.0},
        {u"commissionTaxAmount"_s, 0.0},
        {u"commissionTotalAmount"_s, 0.0},
        {u"percentageTaxWithheld"_s, 0.0},
        {u"purchaseTaxAmount"_s, 0.0},
        {u"purchaseTotalAmount"_s, 0.0},
        {u"address"_s, client ? client->address : QString()},
        {u"municipality"_s, client ? client->municipality : QString()},
        {u"city"_s, client ? client->city : QString()},
        {u"urlTimbre"_s, m_urls.timbre(d.token)},
        {u"urlPublicView"_s, m_urls.publicView(d.token)},
        {u"urlPdf"_s, m_urls.pdf(d.token)},
        {u"urlPublicViewOriginal"_s, m_urls.publicView(d.token, true)},
        {u"urlPdfOriginal"_s, m_urls.pdf(d.token, true)},
        {u"token"_s, d.token},
        {u"state"_s, d.state},
        {u"commercialState"_s, 0},
        {u"urlXml"_s, m_urls.xml(d.token)},
        {u"ted"_s, u"<TED version=\"1.0\"><DD><F>%1</F></DD></TED>"_s.arg(d.number)},
        {u"salesId"_s, d.salesId.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.salesId)},
        {u"informedSii"_s, d.informedSii},
        {u"responseMsgSii"_s, d.declareSii ? u"Proceso Finalizado Correctamente!"_s : QString()},
        {u"document_type"_s,
         expand.contains(u"document_type"_s)
             ? m_catalog.documentType(d.documentTypeId)
             : m_urls.link(u"document_types/%1.json"_s.arg(d.documentTypeId), d.documentTypeId)},
        {u"office"_s,
         expand.contains(u"office"_s) ? m_catalog.office(d.officeId)
                                      : m_urls.link(u"offices/%1.json"_s.arg(d.officeId), d.officeId)},
        {u"user"_s, m_urls.link(u"users/1.json"_s, 1)},
        {u"coin"_s, m_urls.link(u"coins/1.json"_s, 1)},
        {u"document_taxes"_s, m_urls.collection(self + u"/document_taxes.json"_s)},
        {u"sellers"_s, m_urls.collection(self + u"/sellers.json"_s)},
        {u"attributes"_s, m_urls.collection(self + u"/attributes.json"_s)},
    };
    // DOCS-AMBIGUITY: the §7 example always has a client; for a boleta without one we leave the
    // `client` node out rather than invent an anonymous client.
    if (client) {
        out.insert(u"client"_s,
                   expand.contains(u"client"_s) ? m_catalog.client(d.clientId)
                                                : m_urls.link(u"clients/%1.json"_s.arg(d.clientId), d.clientId));
    }
    if (expand.contains(u"details"_s))
        out.insert(u"details"_s, detailsEnvelope(d, {}));
    else
        out.insert(u"details"_s, m_urls.collection(self + u"/details.json"_s));

    const QString references = self + u"/references.json"_s;
    if (expand.contains(u"references"_s)) {
        QList<QJsonObject> items;
        for (int i = 0; i < d.references.size() && i < BsaleListQuery::kDefaultLimit; ++i)
            items.append(reference(id, i));
        out.insert(u"references"_s,
                   BsaleListQuery::childEnvelope(m_urls.api(references), items, int(d.references.size())));
    } else {
        out.insert(u"references"_s, m_urls.collection(references));
    }
    // DOCS-AMBIGUITY: `payments` is absent from the §7 response example but expandable (§1);
    // expanded it is an envelope like `details`, otherwise it is left out as in the example.
    if (expand.contains(u"payments"_s)) {
        QList<QJsonObject> items;
        for (const int paymentId : d.paymentIds)
            items.append(payment(paymentId));
        out.insert(u"payments"_s,
                   BsaleListQuery::childEnvelope(m_urls.api(u"payments.json?documentid=%1"_s.arg(id)),
                                                 items.mid(0, BsaleListQuery::kDefaultLimit), int(items.size())));
    }
    return out;
}

QJsonObject BsaleSalesJson::detailsEnvelope(const Document &document, const Expand &expand) const
{
    QList<QJsonObject> items;
    for (int i = 0; i < document.detailIds.size() && i < BsaleListQuery::kDefaultLimit; ++i)
        items.append(documentDetail(document.detailIds.at(i), expand));
    return BsaleListQuery::childEnvelope(m_urls.api(u"documents/%1/details.json"_s.arg(document.id)), items,
                                         int(document.detailIds.size()));
}

// §7 "Detail item fields". The detail's variant node carries an integer id plus description
// and code ("Exception: document-detail variant.id is an int in the examples", §1 Ids).
QJsonObject BsaleSalesJson::documentDetail(int id, const Expand &expand) const
{
    const DocumentDetail &d = *m_store.documentDetails().find(id);
    const double rate = d.taxRate;
    QJsonObject out {
        {u"href"_s, m_urls.api(u"documents/%1/details/%2.json"_s.arg(d.documentId).arg(id))},
        {u"id"_s, id},
        {u"lineNumber"_s, d.lineNumber},
        {u"quantity"_s, d.quantity},
        {u"netUnitValue"_s, d.netUnitValue},
        {u"totalUnitValue"_s, BsaleTaxMath::pesos(d.netUnitValue * (1.0 + rate))},
        {u"netAmount"_s, BsaleTaxMath::pesos(d.netAmount)},
        {u"taxAmount"_s, BsaleTaxMath::pesos(d.netAmount * (1.0 + rate)) - BsaleTaxMath::pesos(d.netAmount)},
        {u"totalAmount"_s, BsaleTaxMath::pesos(d.netAmount * (1.0 + rate))},
        {u"netDiscount"_s, BsaleTaxMath::pesos(d.netDiscount)},
        {u"totalDiscount"_s, BsaleTaxMath::pesos(d.netDiscount * (1.0 + rate))},
        {u"note"_s, d.note},
        {u"relatedDetailId"_s, d.relatedDetailId},
    };
    if (const Variant *v = d.variantId ? m_store.variants().find(d.variantId) : nullptr) {
        if (expand.contains(u"variant"_s)) {
            out.insert(u"variant"_s, m_catalog.variant(d.variantId));
        } else {
            out.insert(u"variant"_s,
                       QJsonObject {
                           {u"href"_s, m_urls.api(u"variants/%1.json"_s.arg(v->id))},
                           {u"id"_s, v->id},
                           {u"description"_s, v->description},
                           {u"code"_s, v->code},
                       });
        }
    }
    return out;
}

QJsonObject BsaleSalesJson::reference(int documentId, int index) const
{
    const DocumentReference &r = m_store.documents().find(documentId)->references.at(index);
    return {
        {u"href"_s, m_urls.api(u"documents/%1/references/%2.json"_s.arg(documentId).arg(r.id))},
        {u"id"_s, r.id},
        {u"number"_s, r.number},
        {u"referenceDate"_s, r.referenceDate},
        {u"reason"_s, r.reason},
        {u"codeSii"_s, r.codeSii},
    };
}

// DOCS-AMBIGUITY: bsale.md lists payment endpoints and POST fields ({paymentTypeId, amount,
// recordDate}) but no GET object; we answer those fields plus the usual href/id/state and links.
QJsonObject BsaleSalesJson::payment(int id) const
{
    const Payment &p = *m_store.payments().find(id);
    return {
        {u"href"_s, m_urls.api(u"payments/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"recordDate"_s, p.recordDate},
        {u"amount"_s, p.amount},
        {u"operationNumber"_s, QJsonValue(QJsonValue::Null)},
        {u"state"_s, 0},
        {u"payment_type"_s, m_urls.link(u"payment_types/%1.json"_s.arg(p.paymentTypeId), p.paymentTypeId)},
        {u"document"_s, m_urls.link(u"documents/%1.json"_s.arg(p.documentId), p.documentId)},
    };
}

// §4 reception response. DOCS-AMBIGUITY: documentNumber is sent as "123" and returned as 123;
// we return a number when the text is numeric and the text otherwise.
QJsonObject BsaleSalesJson::reception(int id) const
{
    const Reception &r = *m_store.receptions().find(id);
    return {
        {u"admissionDate"_s, r.admissionDate},
        {u"href"_s, m_urls.api(u"stocks/receptions/%1.json"_s.arg(id))},
        {u"id"_s, id},
        {u"details"_s, m_urls.collection(u"stocks/receptions/%1/details.json"_s.arg(id))},
        {u"document"_s, r.document},
        {u"documentNumber"_s, numberOrText(r.documentNumber)},
        {u"office"_s, m_urls.link(u"offices/%1.json"_s.arg(r.officeId), r.officeId)},
        {u"imagestionCctId"_s, 0},
        {u"note"_s, r.note},
        {u"internalDispatchId"_s, 0},
        {u"imagestionCcDescription"_s, QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject BsaleSalesJson::movementDetail(const MovementDetail &d, const QString &path, bool withCost) const
{
    QJsonObject out {
        {u"href"_s, m_urls.api(path)},
        {u"id"_s, d.id},
        {u"quantity"_s, d.quantity},
        {u"variantStock"_s, d.variantStock},
        {u"serialNumber"_s, d.serialNumber.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.serialNumber)},
        {u"variant"_s, m_urls.link(u"variants/%1.json"_s.arg(d.variantId), d.variantId)},
    };
    if (withCost)
        out.insert(u"cost"_s, d.cost);
    return out;
}

// §4: "Details have quantity, cost, variantStock, serialNumber, and variant{href,id}".
QJsonObject BsaleSalesJson::receptionDetail(int id) const
{
    const MovementDetail &d = *m_store.receptionDetails().find(id);
    return movementDetail(d, u"stocks/receptions/%1/details/%2.json"_s.arg(d.movementId).arg(id), true);
}

// §4 consumption response.
QJsonObject BsaleSalesJson::consumption(int id) const
{
    const Consumption &c = *m_store.consumptions().find(id);
    return {
        {u"office"_s, m_urls.link(u"offices/%1.json"_s.arg(c.officeId), c.officeId)},
        {u"imagestionCenterCostId"_s, QJsonValue(QJsonValue::Null)},
        {u"details"_s, m_urls.collection(u"stocks/consumptions/%1/details.json"_s.arg(id))},
        {u"note"_s, c.note},
        {u"consumptionDate"_s, c.consumptionDate},
        {u"imagestionCcdescription"_s, QJsonValue(QJsonValue::Null)},
        {u"id"_s, id},
        {u"href"_s, m_urls.api(u"stocks/consumptions/%1.json"_s.arg(id))},
    };
}

// DOCS-AMBIGUITY: consumption detail items are not shown; we use the reception detail shape
// without `cost`.
QJsonObject BsaleSalesJson::consumptionDetail(int id) const
{
    const MovementDetail &d = *m_store.consumptionDetails().find(id);
    return movementDetail(d, u"stocks/consumptions/%1/details/%2.json"_s.arg(d.movementId).arg(id), false);
}

// §8 "Response 201".
QJsonObject BsaleSalesJson::returnObject(int id, const Expand &expand) const
{
    const Return &r = *m_store.returns().find(id);
    return {
        {u"credit_note"_s,
         expand.contains(u"credit_note"_s) ? document(r.creditNoteId)
                                           : m_urls.link(u"documents/%1.json"_s.arg(r.creditNoteId), r.creditNoteId)},
        {u"reference_document"_s,
         expand.contains(u"reference_document"_s)
             ? document(r.referenceDocumentId)
             : m_urls.link(u"documents/%1.json"_s.arg(r.referenceDocumentId), r.referenceDocumentId)},
        {u"amount"_s, r.amount},
        {u"code"_s, r.code},
        {u"type"_s, r.type},
        {u"editTexts"_s, r.editTexts},
        {u"href"_s, m_urls.api(u"returns/%1.json"_s.arg(id))},
        {u"returnDate"_s, r.returnDate},
        {u"details"_s, m_urls.collection(u"returns/%1/details.json"_s.arg(id))},
        {u"office"_s, m_urls.link(u"offices/%1.json"_s.arg(r.officeId), r.officeId)},
        {u"motive"_s, r.motive},
        {u"priceAdjustment"_s, r.priceAdjustment},
        {u"id"_s, id},
    };
}

// §8: "Items: quantity, quantityDevStock, variantStock, variantCost" (plus href and id).
QJsonObject BsaleSalesJson::returnDetail(int id) const
{
    const ReturnDetail &d = *m_store.returnDetails().find(id);
    return {
        {u"href"_s, m_urls.api(u"returns/%1/details/%2.json"_s.arg(d.returnId).arg(id))},
        {u"id"_s, id},
        {u"quantity"_s, d.quantity},
        {u"quantityDevStock"_s, d.quantityDevStock},
        {u"variantStock"_s, d.variantStock},
        {u"variantCost"_s, d.variantCost},
    };
}

} // namespace puente::fakes::bsale
