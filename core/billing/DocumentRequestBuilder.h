#pragma once

#include "domain/CreditNotePlan.h"
#include "domain/DocumentPlan.h"

#include <QtCore/QDate>
#include <QtCore/QJsonObject>

namespace puente {

/**
 * The JSON bodies Bsale expects for a plan: `POST /v1/documents.json` (bsale.md §7) and
 * `POST /v1/returns.json` (§8). Pure: the same plan and date give the same bytes, which is
 * what makes a retry of a frozen plan identical. Stateless; callable from any thread.
 */
class DocumentRequestBuilder
{
public:
    /** bsale.md §7: a Unix integer, "no se debe aplicar zona horaria, solo considerar la fecha". */
    static qint64 emissionDate(QDate date);

    static QJsonObject documentBody(const DocumentPlan &plan, QDate emission);
    static QJsonObject returnBody(const CreditNotePlan &plan, QDate emission);
};

} // namespace puente
