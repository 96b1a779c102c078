#pragma once

#include <QtCore/QList>

#include <functional>
#include <optional>
#include <vector>

namespace puente::fakes::bsale {

/**
 * Picks the ids a filtered list request returns without scanning the whole table when an index
 * can answer: each filter brings either the ascending ids an index gave (plus the equivalent
 * test) or only a test. The smallest index list is walked and the other filters are tested, so
 * `stocks.json?officeid=1` over 100,000 rows pages as a slice. A value type, made per request.
 */
class BsaleSelection
{
public:
    using Test = std::function<bool(int id)>;

    explicit BsaleSelection(const QList<int> &all)
        : m_all(all)
    { }

    /** Keeps ids in `candidates` (ascending); `test(id)` must be true exactly for those ids. */
    void restrict(QList<int> candidates, Test test);
    /** Keeps ids for which `test` holds (no index). */
    void require(Test test);

    struct Page
    {
        QList<int> ids;
        int count = 0;
    };
    Page page(int offset, int limit) const;
    int count() const { return page(0, 0).count; }

    /** Ascending union of id lists. */
    static QList<int> unite(const QList<QList<int>> &lists);

private:
    struct Filter
    {
        std::optional<QList<int>> candidates;
        Test test;
    };
    QList<int> m_all;
    std::vector<Filter> m_filters;
};

} // namespace puente::fakes::bsale
