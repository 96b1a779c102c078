#include "bsale/BsaleSelection.h"

#include <algorithm>

namespace puente::fakes::bsale {

void BsaleSelection::restrict(QList<int> candidates, Test test)
{
    m_filters.push_back({std::move(candidates), std::move(test)});
}

void BsaleSelection::require(Test test)
{
    m_filters.push_back({std::nullopt, std::move(test)});
}

BsaleSelection::Page BsaleSelection::page(int offset, int limit) const
{
    // Walk the narrowest index list; every other filter is tested per id.
    int base = -1;
    for (int i = 0; i < int(m_filters.size()); ++i) {
        const auto &candidates = m_filters[size_t(i)].candidates;
        if (candidates && (base < 0 || candidates->size() < m_filters[size_t(base)].candidates->size()))
            base = i;
    }
    const QList<int> &walk = base >= 0 ? *m_filters[size_t(base)].candidates : m_all;

    Page page;
    if (m_filters.size() == size_t(base >= 0 ? 1 : 0)) {
        page.count = int(walk.size());
        if (offset < page.count)
            page.ids = walk.mid(offset, limit);
        return page;
    }
    for (const int id : walk) {
        bool keep = true;
        for (int i = 0; i < int(m_filters.size()) && keep; ++i) {
            if (i != base)
                keep = m_filters[size_t(i)].test(id);
        }
        if (!keep)
            continue;
        if (page.count >= offset && page.ids.size() < limit)
            page.ids.append(id);
        ++page.count;
    }
    return page;
}

QList<int> BsaleSelection::unite(const QList<QList<int>> &lists)
{
    if (lists.size() == 1)
        return lists.constFirst();
    QList<int> out;
    for (const auto &list : lists)
        out += list;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace puente::fakes::bsale
