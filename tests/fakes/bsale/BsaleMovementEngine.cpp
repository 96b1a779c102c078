#include "bsale/BsaleMovementEngine.h"

#include "bsale/BsaleBody.h"

#include <QtCore/QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

// DOCS-AMBIGUITY: the §4 examples return admissionDate/consumptionDate 1407297600, which is
// 04:00 UTC (midnight in Chile). The fake stamps the UTC midnight of the day, like emissionDate,
// and its date filters compare whole UTC days, so either convention filters the same day.

QString BsaleMovementEngine::resolveOffice(const QJsonObject &body, int *officeId) const
{
    *officeId = body.contains(u"officeId"_s) ? BsaleBody::id(body, u"officeId"_s) : m_store.defaultOfficeId();
    // DOCS-AMBIGUITY: no message is documented for an unknown office.
    return m_store.offices().find(*officeId) ? QString() : u"invalid office"_s;
}

QString BsaleMovementEngine::planLines(const QJsonObject &body, QList<Line> *lines) const
{
    const QJsonValue details = body.value(u"details"_s);
    if (!details.isArray() || details.toArray().isEmpty())
        return u"Invalid JSON object"_s;
    const QJsonArray array = details.toArray();
    for (const auto &value : array) {
        const QJsonObject json = value.toObject();
        const auto ref = m_store.resolveVariant(json);
        if (!ref.error.isEmpty())
            return ref.error;
        if (!ref.given)
            return u"invalid variant"_s; // a movement always names a variant (§4)
        const auto quantity = BsaleBody::number(json, u"quantity"_s);
        if (!quantity || *quantity <= 0)
            return u"invalid quantity"_s;
        lines->append({ref.variantId, *quantity, BsaleBody::number(json, u"cost"_s).value_or(0),
                       BsaleBody::text(json, u"serialNumber"_s)});
    }
    return {};
}

BsaleOutcome BsaleMovementEngine::reception(const QJsonObject &body)
{
    int officeId = 0;
    QList<Line> lines;
    QString error = resolveOffice(body, &officeId);
    if (error.isEmpty())
        error = planLines(body, &lines);
    if (!error.isEmpty())
        return BsaleOutcome::refused(error);

    Reception reception;
    reception.officeId = officeId;
    reception.document = BsaleBody::text(body, u"document"_s);
    reception.documentNumber = BsaleBody::text(body, u"documentNumber"_s);
    reception.note = BsaleBody::text(body, u"note"_s);
    reception.admissionDate = BsaleStore::utcMidnight(m_store.nowSeconds());
    Reception &stored = m_store.addReception(std::move(reception));
    for (const auto &line : lines) {
        const double after = m_store.moveStock(line.variantId, officeId, line.quantity);
        MovementDetail detail {0, stored.id, line.variantId, line.quantity, line.cost, after, line.serialNumber};
        stored.detailIds.append(m_store.addReceptionDetail(detail).id);
    }
    return BsaleOutcome::created(stored.id);
}

BsaleOutcome BsaleMovementEngine::consumption(const QJsonObject &body)
{
    int officeId = 0;
    QList<Line> lines;
    QString error = resolveOffice(body, &officeId);
    if (error.isEmpty())
        error = planLines(body, &lines);
    if (!error.isEmpty())
        return BsaleOutcome::refused(error);

    QHash<int, double> needs;
    for (const auto &line : std::as_const(lines))
        needs[line.variantId] += line.quantity;
    for (auto it = needs.cbegin(); it != needs.cend(); ++it) {
        const Variant *v = m_store.variants().find(it.key());
        const Stock *stock = m_store.stock(it.key(), officeId);
        // DOCS-AMBIGUITY: what Bsale answers to a consumption beyond stock is undocumented; we
        // use the FAQ's generic stock message, and let allowNegativeStock / unlimited pass.
        if (m_documents.controlsStock(it.key()) && !v->allowNegativeStock
            && (!stock || stock->available() < it.value()))
            return BsaleOutcome::refused(u"There is a problem with the available quantity for your products"_s);
    }

    Consumption consumption;
    consumption.officeId = officeId;
    consumption.note = BsaleBody::text(body, u"note"_s);
    consumption.consumptionTypeId = BsaleBody::id(body, u"consumptionTypeId"_s);
    consumption.consumptionDate = BsaleStore::utcMidnight(m_store.nowSeconds());
    Consumption &stored = m_store.addConsumption(std::move(consumption));
    for (const auto &line : lines) {
        const double after = m_store.moveStock(line.variantId, officeId, -line.quantity);
        MovementDetail detail {0, stored.id, line.variantId, line.quantity, 0, after, line.serialNumber};
        stored.detailIds.append(m_store.addConsumptionDetail(detail).id);
    }
    return BsaleOutcome::created(stored.id);
}

} // namespace puente::fakes::bsale
