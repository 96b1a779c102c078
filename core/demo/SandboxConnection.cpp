#include "demo/SandboxConnection.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

/** Reads the mandatory fields one by one and remembers the first that was wrong. */
class LineReader
{
public:
    explicit LineReader(QString *error)
        : m_error(error)
    { }

    QString text(const QJsonObject &object, const QString &key)
    {
        const QString value = object.value(key).toString();
        if (value.isEmpty())
            missing(key);
        return value;
    }
    QUrl url(const QJsonObject &object, const QString &key)
    {
        const QUrl value(text(object, key));
        if (!value.isEmpty() && (!value.isValid() || value.scheme() != u"http"_s || value.host().isEmpty()))
            missing(key);
        return value;
    }
    bool ok() const { return m_ok; }

private:
    void missing(const QString &key)
    {
        if (m_ok)
            *m_error = u"The sandbox's JSON line lacks a valid \"%1\"."_s.arg(key);
        m_ok = false;
    }

    QString *m_error;
    bool m_ok = true;
};

} // namespace

std::optional<SandboxConnection> SandboxConnection::fromJsonLine(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject()) {
        *error = u"The sandbox did not print a JSON object (%1)."_s.arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonObject bsale = root.value(u"bsale"_s).toObject();
    const QJsonObject jumpseller = root.value(u"jumpseller"_s).toObject();
    const QJsonObject admin = root.value(u"admin"_s).toObject();

    LineReader read(error);
    SandboxConnection c;
    c.bsaleBaseUrl = read.url(bsale, u"baseUrl"_s);
    c.bsaleAdminUrl = read.url(bsale, u"adminUrl"_s);
    c.bsaleAccessToken = read.text(bsale, u"accessToken"_s);
    c.bsaleCompanyId = bsale.value(u"cpnId"_s).toInt();
    c.jumpsellerBaseUrl = read.url(jumpseller, u"baseUrl"_s);
    c.jumpsellerAdminUrl = read.url(jumpseller, u"adminUrl"_s);
    c.jumpsellerLogin = read.text(jumpseller, u"login"_s);
    c.jumpsellerAuthToken = read.text(jumpseller, u"authToken"_s);
    c.jumpsellerHooksToken = jumpseller.value(u"hooksToken"_s).toString();
    c.jumpsellerStoreCode = jumpseller.value(u"storeCode"_s).toString();
    c.sandboxUrl = read.url(admin, u"sandbox"_s);
    c.demoActionsUrl = read.url(admin, u"demo"_s);
    c.seed = root.value(u"seed"_s).toString();
    c.variants = root.value(u"variants"_s).toInt();
    c.processId = root.value(u"pid"_s).toInteger();
    if (!read.ok())
        return std::nullopt;
    return c;
}

} // namespace puente
