#pragma once

#include "domain/Money.h"
#include "domain/PlanIssue.h"
#include "domain/StoreOrderLine.h"

#include <QtCore/QString>

namespace puente {

/**
 * Every PlanIssue the billing rules raise, with its Spanish and English wording in one place
 * so the inbox reads consistently. Stateless; callable from any thread.
 */
class BillingIssues
{
public:
    static PlanIssue noBillableLines(const QString &orderId);
    static PlanIssue unlinked(const StoreOrderLine &line);
    static PlanIssue inactive(const StoreOrderLine &line);
    static PlanIssue serialNumbered(const StoreOrderLine &line);
    static PlanIssue packWithoutCode(const StoreOrderLine &line);
    static PlanIssue invalidLine(const StoreOrderLine &line);
    static PlanIssue unknownKind(const QString &field, const QString &value);
    static PlanIssue missingField(const QString &field);
    static PlanIssue invalidRut(const QString &field, const QString &value, const QString &whyEs, const QString &whyEn);
    static PlanIssue tooLong(const QString &field, const QString &value, int maxLength);
    static PlanIssue truncated(const QString &field, const QString &from, const QString &to, int maxLength);
    static PlanIssue emailDropped(const QString &email, int maxLength);
    static PlanIssue shippingNotConfigured(Pesos shipping);
    static PlanIssue unsupportedCurrency(const QString &currency);
    static PlanIssue totalMismatch(Pesos linesTotal, Pesos orderTotal);
    static PlanIssue totalUnreachable(const QString &what, Pesos target);
    static PlanIssue zeroValueLineDropped(const StoreOrderLine &line);
    static PlanIssue nothingToCredit(int documentId);
    static PlanIssue notASale(int documentId);

private:
    static PlanIssue make(PlanIssue::Code code, const QString &es, const QString &en, const QJsonObject &details);
    static QJsonObject lineDetails(const StoreOrderLine &line);
};

} // namespace puente
