#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <map>
#include <vector>

namespace puente::fakes::jumpseller {

/**
 * Word-prefix index behind /products/search.json: each (field, word) maps to the ids holding it,
 * so a query costs a few ordered-map range scans instead of a pass over the catalogue.
 * Words are lower-cased, accent-folded runs of letters and digits ("Camiseta Azul-XL" ->
 * camiseta, azul, xl). Value type; no thread affinity.
 */
class SearchIndex
{
public:
    void add(int id, const QString &field, const QString &text);
    void remove(int id, const QString &field, const QString &text);

    /** Ids where every word of `query` starts a word of one of `fields`; ascending. */
    std::vector<int> search(const QString &query, const QStringList &fields) const;

    static QStringList words(const QString &text);

private:
    std::vector<int> prefixMatches(const QString &field, const QString &word) const;
    static QString key(const QString &field, const QString &word);

    std::map<QString, std::vector<int>> m_postings;
};

} // namespace puente::fakes::jumpseller
