#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <functional>

namespace puente::fakes::bsale {

/**
 * Absolute URLs the fake writes into its answers: every `href` uses the fake's own origin
 * (bsale.md §1 "Every object carries href (an absolute URL of itself)"), and relation nodes are
 * {href, id} with the id as a string (§1 Ids). Also the document view/PDF/XML links. A value type.
 */
class BsaleUrls
{
public:
    explicit BsaleUrls(std::function<QString()> origin)
        : m_origin(std::move(origin))
    { }

    void setCompanyId(int cpnId) { m_cpnId = cpnId; }
    int companyId() const { return m_cpnId; }

    QString origin() const { return m_origin(); }
    /** origin + "/v1/" + path, e.g. api("variants/3.json"). */
    QString api(const QString &path) const;
    /** {"href": api(path), "id": "<id>"} — relation ids are strings. */
    QJsonObject link(const QString &path, int id) const;
    /** {"href": api(path)} for a child collection that was not expanded. */
    QJsonObject collection(const QString &path) const;

    /** The document views. In Bsale they live on app2.bsale.cl; the fake serves them itself
     *  under /view/{cpnId}/{token} so a sandbox user can open them offline.
     *  DOCS-AMBIGUITY (deliberate divergence): same path and ?sfd=99 as §7, the fake's host. */
    QString publicView(const QString &token, bool original = false) const;
    QString pdf(const QString &token, bool original = false) const;
    QString xml(const QString &token) const;
    QString timbre(const QString &token) const;

    /** A float as Ruby prints it: 19 → "19.0", 10.5 → "10.5" (percentage, averageCost). */
    static QString rubyFloat(double value);

private:
    std::function<QString()> m_origin;
    int m_cpnId = 8888;
};

} // namespace puente::fakes::bsale
