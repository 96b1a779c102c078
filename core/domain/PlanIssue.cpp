#include "domain/PlanIssue.h"

#include <QtCore/QMetaEnum>

using namespace Qt::Literals::StringLiterals;

namespace puente {

QString PlanIssue::codeName(Code code)
{
    return QString::fromLatin1(QMetaEnum::fromType<Code>().valueToKey(int(code)));
}

std::optional<PlanIssue::Code> PlanIssue::codeFromName(const QString &name)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<Code>().keyToValue(name.toLatin1().constData(), &ok);
    return ok ? std::optional<Code>(Code(value)) : std::nullopt;
}

QJsonObject PlanIssue::toJson() const
{
    return {{u"code"_s, codeName(code)}, {u"es"_s, messageEs}, {u"en"_s, messageEn}, {u"details"_s, details}};
}

std::optional<PlanIssue> PlanIssue::fromJson(const QJsonObject &json)
{
    const auto parsed = codeFromName(json.value(u"code"_s).toString());
    if (!parsed)
        return std::nullopt;
    PlanIssue issue;
    issue.code = *parsed;
    issue.messageEs = json.value(u"es"_s).toString();
    issue.messageEn = json.value(u"en"_s).toString();
    issue.details = json.value(u"details"_s).toObject();
    return issue;
}

} // namespace puente
