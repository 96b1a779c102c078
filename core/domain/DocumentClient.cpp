#include "domain/DocumentClient.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

QJsonObject DocumentClient::toBsaleJson() const
{
    QJsonObject out {{u"code"_s, code}, {u"companyOrPerson"_s, companyOrPerson}};
    const std::pair<QString, const QString *> optional[] = {
        {u"company"_s, &company},           {u"activity"_s, &activity}, {u"address"_s, &address},
        {u"municipality"_s, &municipality}, {u"city"_s, &city},         {u"email"_s, &email}};
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            out.insert(key, *value);
    }
    return out;
}

DocumentClient DocumentClient::fromBsaleJson(const QJsonObject &json)
{
    DocumentClient client;
    client.code = json.value(u"code"_s).toString();
    client.company = json.value(u"company"_s).toString();
    client.activity = json.value(u"activity"_s).toString();
    client.address = json.value(u"address"_s).toString();
    client.municipality = json.value(u"municipality"_s).toString();
    client.city = json.value(u"city"_s).toString();
    client.email = json.value(u"email"_s).toString();
    client.companyOrPerson = json.value(u"companyOrPerson"_s).toInt(1);
    return client;
}

} // namespace puente
