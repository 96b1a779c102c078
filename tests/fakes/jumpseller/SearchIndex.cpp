#include "jumpseller/SearchIndex.h"

#include <algorithm>

namespace puente::fakes::jumpseller {

namespace {

const QChar kSeparator(0x1f);

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

std::vector<int> uniqueSorted(std::vector<int> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

QStringList SearchIndex::words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString SearchIndex::key(const QString &field, const QString &word)
{
    return field + kSeparator + word;
}

void SearchIndex::add(int id, const QString &field, const QString &text)
{
    for (const QString &word : words(text)) {
        // One entry per occurrence, so that removing one text (say, one variant's SKU) leaves the
        // entries other texts of the same product put there.
        m_postings[key(field, word)].push_back(id);
    }
}

void SearchIndex::remove(int id, const QString &field, const QString &text)
{
    for (const QString &word : words(text)) {
        const auto it = m_postings.find(key(field, word));
        if (it == m_postings.end())
            continue;
        auto &ids = it->second;
        const auto found = std::find(ids.begin(), ids.end(), id);
        if (found != ids.end())
            ids.erase(found);
        if (ids.empty())
            m_postings.erase(it);
    }
}

std::vector<int> SearchIndex::prefixMatches(const QString &field, const QString &word) const
{
    const QString prefix = key(field, word);
    std::vector<int> out;
    for (auto it = m_postings.lower_bound(prefix); it != m_postings.end() && it->first.startsWith(prefix); ++it)
        out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
}

std::vector<int> SearchIndex::search(const QString &query, const QStringList &fields) const
{
    const QStringList queryWords = words(query);
    if (queryWords.isEmpty())
        return {};
    std::vector<int> result;
    bool first = true;
    for (const QString &word : queryWords) {
        std::vector<int> matches;
        for (const QString &field : fields) {
            const auto found = prefixMatches(field, word);
            matches.insert(matches.end(), found.begin(), found.end());
        }
        matches = uniqueSorted(std::move(matches));
        if (first) {
            result = std::move(matches);
            first = false;
        } else {
            std::vector<int> both;
            std::set_intersection(result.begin(), result.end(), matches.begin(), matches.end(),
                                  std::back_inserter(both));
            result = std::move(both);
        }
        if (result.empty())
            break;
    }
    return result;
}

} // namespace puente::fakes::jumpseller
