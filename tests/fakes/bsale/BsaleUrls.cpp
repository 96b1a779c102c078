#include "bsale/BsaleUrls.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes::bsale {

QString BsaleUrls::api(const QString &path) const
{
    return m_origin() + u"/v1/"_s + path;
}

QJsonObject BsaleUrls::link(const QString &path, int id) const
{
    return {{u"href"_s, api(path)}, {u"id"_s, QString::number(id)}};
}

QJsonObject BsaleUrls::collection(const QString &path) const
{
    return {{u"href"_s, api(path)}};
}

// §7 response: "urlPublicView":"https://app2.bsale.cl/view/8888/2414bddfb871?sfd=99",
// "urlPdf":".../view/8888/2414bddfb871.pdf?sfd=99", the "Original" variants without ?sfd=99.
QString BsaleUrls::publicView(const QString &token, bool original) const
{
    return m_origin() + u"/view/%1/%2"_s.arg(m_cpnId).arg(token) + (original ? QString() : u"?sfd=99"_s);
}

QString BsaleUrls::pdf(const QString &token, bool original) const
{
    return m_origin() + u"/view/%1/%2.pdf"_s.arg(m_cpnId).arg(token) + (original ? QString() : u"?sfd=99"_s);
}

QString BsaleUrls::xml(const QString &token) const
{
    return m_origin() + u"/v1/%1/files/%2.xml"_s.arg(m_cpnId).arg(token);
}

QString BsaleUrls::timbre(const QString &token) const
{
    return m_origin() + u"/bsale/%1/timbres/%2.png"_s.arg(m_cpnId).arg(token);
}

QString BsaleUrls::rubyFloat(double value)
{
    if (std::fabs(value - std::round(value)) < 1e-9)
        return QString::number(std::round(value), 'f', 1);
    return QString::number(value, 'g', 15);
}

} // namespace puente::fakes::bsale
