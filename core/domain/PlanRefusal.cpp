#include "domain/PlanRefusal.h"

#include <QtCore/QStringList>

using namespace Qt::Literals::StringLiterals;

namespace puente {

bool PlanRefusal::needsNoDocument() const
{
    return issues.size() == 1 && issues.constFirst().code == PlanIssue::Code::NoBillableLines;
}

bool PlanRefusal::has(PlanIssue::Code code) const
{
    return find(code) != nullptr;
}

const PlanIssue *PlanRefusal::find(PlanIssue::Code code) const
{
    for (const auto &issue : issues) {
        if (issue.code == code)
            return &issue;
    }
    return nullptr;
}

QString PlanRefusal::summaryEs() const
{
    QStringList parts;
    for (const auto &issue : issues)
        parts.append(issue.messageEs);
    return parts.join(u"; "_s);
}

QString PlanRefusal::summaryEn() const
{
    QStringList parts;
    for (const auto &issue : issues)
        parts.append(issue.messageEn);
    return parts.join(u"; "_s);
}

} // namespace puente
