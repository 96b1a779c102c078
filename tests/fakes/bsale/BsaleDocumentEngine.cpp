#include "bsale/BsaleDocumentEngine.h"

#include "bsale/BsaleBody.h"
#include "bsale/BsaleTaxMath.h"

#include <QtCore/QJsonArray>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

int BsaleDocumentEngine::resolveType(const BsaleStore &store, const QJsonObject &body, int use)
{
    // §7 header: `documentTypeId` (int) or `codeSii` (int, e.g. 39/33).
    if (const int id = BsaleBody::id(body, u"documentTypeId"_s)) {
        const DocumentType *type = store.documentTypes().find(id);
        return type && type->state == 0 && type->use == use ? id : 0;
    }
    const QString codeSii = BsaleBody::text(body, u"codeSii"_s);
    if (codeSii.isEmpty())
        return 0;
    const auto ids = store.documentTypeIdsByCodeSii(codeSii);
    for (const int id : ids) {
        const DocumentType *type = store.documentTypes().find(id);
        if (type->state == 0 && type->use == use)
            return id;
    }
    return 0;
}

bool BsaleDocumentEngine::needsClientData(const DocumentType &type)
{
    // chile-dte.md §4.4: receptor data is mandatory "si no es boleta"; 33 factura, 34 factura exenta.
    return type.codeSii == u"33"_s || type.codeSii == u"34"_s;
}

QString BsaleDocumentEngine::clientDataError()
{
    return u"client attribute required : code,activity,address,city,municipality"_s; // FAQ, §1 Errors
}

bool BsaleDocumentEngine::controlsStock(int variantId) const
{
    const Variant *v = m_store.variants().find(variantId);
    if (!v || v->unlimitedStock)
        return false;
    const Product *p = m_store.products().find(v->productId);
    return p && p->stockControl;
}

QHash<int, double> BsaleDocumentEngine::stockNeeds(int variantId, double quantity) const
{
    QHash<int, double> needs;
    const Variant *v = m_store.variants().find(variantId);
    if (!v)
        return needs;
    // §10.5 packs: sold by the pack's own code; the stock that moves is the components'.
    if (!v->pack.isEmpty()) {
        for (const auto &component : v->pack) {
            if (controlsStock(component.variantId))
                needs[component.variantId] += quantity * component.quantity;
        }
        return needs;
    }
    if (controlsStock(variantId))
        needs[variantId] += quantity;
    return needs;
}

BsaleOutcome BsaleDocumentEngine::create(const QJsonObject &body)
{
    // DOCS-AMBIGUITY: the order of Bsale's checks is undocumented. We check the document type,
    // replay salesId before anything else (a replay must not fail on later changes), then office,
    // folios, client, lines, and stock last.
    const int typeId = resolveType(m_store, body, 0);
    if (!typeId)
        return BsaleOutcome::refused(u"invalid documentType"_s);
    DocumentType &type = *m_store.documentType(typeId);

    // §10: same salesId + same document type → HTTP 200 with the first document.
    const QString salesId = BsaleBody::text(body, u"salesId"_s);
    if (!salesId.isEmpty()) {
        if (const int existing = m_store.documentBySalesId(salesId, typeId))
            return BsaleOutcome::replayed(existing);
    }

    const int officeId = body.contains(u"officeId"_s) ? BsaleBody::id(body, u"officeId"_s) : m_store.defaultOfficeId();
    const Office *office = m_store.offices().find(officeId);
    if (!office) {
        // DOCS-AMBIGUITY: no message is documented for an unknown office.
        return BsaleOutcome::refused(u"invalid office"_s);
    }
    if (!m_store.nextFolio(type))
        return BsaleOutcome::refused(u"does not have numbers available, check sii caf"_s);

    int priceListId = office->defaultPriceListId;
    if (body.contains(u"priceListId"_s)) {
        priceListId = BsaleBody::id(body, u"priceListId"_s);
        if (!m_store.priceLists().find(priceListId))
            return BsaleOutcome::refused(u"price list not found"_s);
    }

    int clientId = 0;
    if (QString error = resolveClient(body, type, &clientId); !error.isEmpty())
        return BsaleOutcome::refused(error);

    const bool dispatch = BsaleBody::flag(body, u"dispatch"_s);
    QList<Line> lines;
    if (QString error = planLines(body, type, priceListId, dispatch, &lines); !error.isEmpty())
        return BsaleOutcome::refused(error);
    if (dispatch) {
        if (QString error = checkStock(lines, officeId); !error.isEmpty())
            return BsaleOutcome::refused(error);
    }
    return BsaleOutcome::created(commit(body, type, officeId, priceListId, clientId, lines, dispatch));
}

QString BsaleDocumentEngine::resolveClient(const QJsonObject &body, const DocumentType &type, int *clientId)
{
    if (const int id = BsaleBody::id(body, u"clientId"_s)) {
        // DOCS-AMBIGUITY: no message is documented for an unknown clientId.
        if (!m_store.clients().find(id))
            return u"invalid client"_s;
        *clientId = id;
    } else if (body.value(u"client"_s).isObject()) {
        // §7: "Bsale finds or creates the client from this node" (by RUT in `code`).
        const QJsonObject node = body.value(u"client"_s).toObject();
        const QString code = BsaleBody::text(node, u"code"_s);
        const auto existing = code.isEmpty() ? QList<int>() : m_store.clientIdsByCode(code);
        if (existing.size() > 1) {
            // FAQ: Bsale lets several clients share a RUT (§6 Pitfalls) and then refuses to pick one.
            // DOCS-AMBIGUITY: which id the message names is undocumented; we name the first.
            return u"There are more than a client with the code \"%1\", client id: \"%2\""_s.arg(
                code, QString::number(existing.constFirst()));
        }
        if (existing.size() == 1) {
            *clientId = existing.constFirst();
        } else if (!needsClientData(type) || !code.isEmpty()) {
            Client client;
            client.code = code;
            client.company = BsaleBody::text(node, u"company"_s);
            client.activity = BsaleBody::text(node, u"activity"_s);
            client.municipality = BsaleBody::text(node, u"municipality"_s);
            client.city = BsaleBody::text(node, u"city"_s);
            client.address = BsaleBody::text(node, u"address"_s);
            client.email = BsaleBody::text(node, u"email"_s);
            client.firstName = BsaleBody::text(node, u"firstName"_s);
            client.lastName = BsaleBody::text(node, u"lastName"_s);
            client.companyOrPerson = BsaleBody::flag(node, u"companyOrPerson"_s);
            // Only a valid request may leave a client behind: check before creating.
            if (needsClientData(type)
                && (client.activity.isEmpty() || client.address.isEmpty() || client.city.isEmpty()
                    || client.municipality.isEmpty()))
                return clientDataError();
            *clientId = m_store.addClient(client);
        }
    }
    if (!needsClientData(type))
        return {};
    const Client *client = *clientId ? m_store.clients().find(*clientId) : nullptr;
    if (!client || client->code.isEmpty() || client->activity.isEmpty() || client->address.isEmpty()
        || client->city.isEmpty() || client->municipality.isEmpty())
        return clientDataError();
    return {};
}

QString BsaleDocumentEngine::planLines(const QJsonObject &body, const DocumentType &type, int priceListId,
                                       bool dispatch, QList<Line> *lines)
{
    const QJsonValue details = body.value(u"details"_s);
    // DOCS-AMBIGUITY: a document without details has no documented message; the FAQ's
    // "Invalid JSON object" is the closest.
    if (!details.isArray() || details.toArray().isEmpty())
        return u"Invalid JSON object"_s;
    const QJsonArray array = details.toArray();
    for (const auto &value : array) {
        if (!value.isObject())
            return u"Invalid JSON object"_s;
        Line line;
        if (QString error = planLine(value.toObject(), type, priceListId, dispatch, &line); !error.isEmpty())
            return error;
        lines->append(line);
    }
    return {};
}

QString BsaleDocumentEngine::planLine(const QJsonObject &json, const DocumentType &type, int priceListId, bool dispatch,
                                      Line *out)
{
    const auto ref = m_store.resolveVariant(json);
    if (!ref.error.isEmpty())
        return ref.error; // "invalid variant" (FAQ) or the numeric-code range error (§10.6)
    out->variantId = ref.variantId;
    out->comment = BsaleBody::text(json, u"comment"_s);
    out->note = BsaleBody::text(json, u"note"_s);
    out->discount = BsaleBody::number(json, u"discount"_s).value_or(0);
    const auto quantity = BsaleBody::number(json, u"quantity"_s);
    if (!quantity || *quantity <= 0)
        return u"invalid quantity"_s;
    out->quantity = *quantity;

    if (const auto net = BsaleBody::number(json, u"netUnitValue"_s)) {
        out->netUnitValue = *net;
    } else if (out->variantId) {
        // §2/§10.9: without a value the office's default price list prices the line.
        if (!priceListId)
            return u"Couldn't find ListaPrecio with 'id_lista_precio'="_s;
        const PriceDetail *price = m_store.price(priceListId, out->variantId);
        out->netUnitValue = price ? price->variantValue : 0;
    }
    // §7/§10.2, chile-dte.md §4.5: zero or negative net values are refused (use 100% discount).
    if (out->netUnitValue <= 0)
        return u"Invalid net unit value, zero or negative values are not allowed for this type of document"_s;

    const Variant *variant = out->variantId ? m_store.variants().find(out->variantId) : nullptr;
    if (variant && variant->serialNumber && dispatch) {
        // DOCS-AMBIGUITY: the message says "to dispatch", so the serial is required only when the
        // document dispatches (§10.4); quantity must be 1 unless the serial is a lot (CHANGELOG 09/2022).
        if (out->comment.trimmed().isEmpty())
            return u"Use 'comment' to especify the serie of detailid to dispatch."_s;
        if (!variant->isLot && out->quantity != 1)
            return u"invalid quantity"_s;
    }
    if (type.isExempt)
        return {};
    return taxRate(json, &out->taxRate);
}

QString BsaleDocumentEngine::taxRate(const QJsonObject &line, double *rate)
{
    QString error;
    const QList<int> ids = BsaleBody::taxIds(line, &error);
    if (!error.isEmpty())
        return error;
    double percent = 0;
    for (const int id : ids) {
        const Tax *tax = m_store.taxes().find(id);
        // DOCS-AMBIGUITY: no message is documented for an unknown tax id or code.
        if (!tax)
            return u"invalid tax"_s;
        percent += tax->percentage;
    }
    // §7: `taxes:[{"code":14,"percentage":19}]`; "The sent percentage updates the configured one".
    const QJsonArray taxes = line.value(u"taxes"_s).toArray();
    for (const auto &value : taxes) {
        const QJsonObject node = value.toObject();
        const QString code = BsaleBody::text(node, u"code"_s);
        Tax *found = nullptr;
        for (const int id : m_store.taxes().ids()) {
            Tax *tax = m_store.tax(id);
            if (tax->code == code && tax->state == 0) {
                found = tax;
                break;
            }
        }
        if (!found)
            return u"invalid tax"_s;
        if (const auto sent = BsaleBody::number(node, u"percentage"_s))
            found->percentage = *sent;
        percent += found->percentage;
    }
    *rate = percent / 100.0;
    return {};
}

QString BsaleDocumentEngine::checkStock(const QList<Line> &lines, int officeId) const
{
    QHash<int, double> needs;
    QList<int> order;
    for (const auto &line : lines) {
        const auto lineNeeds = stockNeeds(line.variantId, line.quantity);
        for (auto it = lineNeeds.begin(); it != lineNeeds.end(); ++it) {
            if (!needs.contains(it.key()))
                order.append(it.key());
            needs[it.key()] += it.value();
        }
    }
    QStringList missing;
    for (const int variantId : std::as_const(order)) {
        const Variant *v = m_store.variants().find(variantId);
        if (v->allowNegativeStock)
            continue;
        const Stock *stock = m_store.stock(variantId, officeId);
        if (!stock || stock->available() < needs.value(variantId))
            missing.append(u"\"%1\""_s.arg(v->code));
    }
    // §1 Errors / §12.5: `There is no stock for this products: "<code>"`.
    // DOCS-AMBIGUITY: several short variants are listed comma-separated, each quoted.
    if (!missing.isEmpty())
        return u"There is no stock for this products: "_s + missing.join(u", "_s);
    return {};
}

int BsaleDocumentEngine::commit(const QJsonObject &body, DocumentType &type, int officeId, int priceListId,
                                int clientId, const QList<Line> &lines, bool dispatch)
{
    const qint64 now = m_store.nowSeconds();
    Document doc;
    doc.documentTypeId = type.id;
    doc.officeId = officeId;
    doc.clientId = clientId;
    doc.priceListId = priceListId;
    doc.number = m_store.nextFolio(type);
    type.lastUsedNumber = doc.number;
    // §1 Dates: emissionDate/expirationDate are dates only; Bsale truncates to 00:00 UTC
    // (intro.md: 1462527931 → 1462492800).
    const auto emission = BsaleBody::number(body, u"emissionDate"_s);
    doc.emissionDate = BsaleStore::utcMidnight(emission ? qint64(*emission) : now);
    const auto expiration = BsaleBody::number(body, u"expirationDate"_s);
    doc.expirationDate = expiration ? BsaleStore::utcMidnight(qint64(*expiration)) : doc.emissionDate;
    doc.generationDate = now;
    doc.token = m_store.newToken();
    const QString salesId = BsaleBody::text(body, u"salesId"_s);
    if (!salesId.isEmpty())
        doc.salesId = salesId;
    doc.declareSii = BsaleBody::flag(body, u"declareSii"_s);
    doc.dispatched = dispatch;

    BsaleTaxMath math;
    for (const auto &line : lines)
        math.add(BsaleTaxMath::line(line.netUnitValue, line.quantity, line.discount, line.taxRate).net, line.taxRate);
    doc.netAmount = math.netAmount();
    doc.taxAmount = math.taxAmount();
    doc.exemptAmount = math.exemptAmount();
    doc.totalAmount = math.totalAmount();

    const QJsonArray references = body.value(u"references"_s).toArray();
    for (const auto &value : references) {
        const QJsonObject r = value.toObject();
        doc.references.append({int(doc.references.size()) + 1, BsaleBody::text(r, u"number"_s),
                               qint64(BsaleBody::number(r, u"referenceDate"_s).value_or(0)),
                               BsaleBody::text(r, u"reason"_s), BsaleBody::text(r, u"codeSii"_s)});
    }
    Document &stored = m_store.addDocument(std::move(doc));
    const int documentId = stored.id;

    std::map<int, double> moves; // ordered, so stock webhooks leave in variant order
    int lineNumber = 0;
    for (const auto &line : lines) {
        DocumentDetail detail;
        detail.documentId = documentId;
        detail.lineNumber = ++lineNumber;
        detail.variantId = line.variantId;
        detail.quantity = line.quantity;
        detail.netUnitValue = line.netUnitValue;
        detail.discount = line.discount;
        detail.taxRate = line.taxRate;
        const auto amounts = BsaleTaxMath::line(line.netUnitValue, line.quantity, line.discount, line.taxRate);
        detail.netAmount = amounts.net;
        detail.netDiscount = amounts.netDiscount;
        detail.comment = line.comment;
        detail.note = line.note;
        if (dispatch && line.variantId) {
            const auto needs = stockNeeds(line.variantId, line.quantity);
            for (auto it = needs.begin(); it != needs.end(); ++it)
                moves[it.key()] += it.value();
            if (!needs.isEmpty())
                detail.dispatchedQuantity = line.quantity;
        }
        stored.detailIds.append(m_store.addDocumentDetail(detail).id);
    }

    // §7 payments: "If omitted, the default payment type gets the whole total."
    const QJsonArray payments = body.value(u"payments"_s).toArray();
    if (!payments.isEmpty()) {
        for (const auto &value : payments) {
            const QJsonObject p = value.toObject();
            stored.paymentIds.append(
                m_store
                    .addPayment({0, documentId, BsaleBody::id(p, u"paymentTypeId"_s),
                                 BsaleBody::number(p, u"amount"_s).value_or(0),
                                 qint64(BsaleBody::number(p, u"recordDate"_s).value_or(double(stored.emissionDate)))})
                    .id);
        }
    } else if (const int paymentType = m_store.defaultPaymentTypeId()) {
        stored.paymentIds.append(
            m_store.addPayment({0, documentId, paymentType, stored.totalAmount, stored.emissionDate}).id);
    }

    for (const auto &[variantId, quantity] : moves)
        m_store.moveStock(variantId, officeId, -quantity);
    m_store.announceDocument(documentId);
    return documentId;
}

} // namespace puente::fakes::bsale
