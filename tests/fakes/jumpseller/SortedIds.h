#pragma once

#include <algorithm>
#include <vector>

namespace puente::fakes::jumpseller {

/**
 * An ascending set of ids kept in a vector: O(log n) lookup, O(limit) paging and O(n) memmove on
 * insert/erase, which for 10^5 ints is microseconds. New ids are always the largest, so the usual
 * insert is an append. Value type; no thread affinity.
 */
class SortedIds
{
public:
    void insert(int id)
    {
        if (m_ids.empty() || m_ids.back() < id) {
            m_ids.push_back(id);
            return;
        }
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        if (it == m_ids.end() || *it != id)
            m_ids.insert(it, id);
    }

    void erase(int id)
    {
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        if (it != m_ids.end() && *it == id)
            m_ids.erase(it);
    }

    bool contains(int id) const { return std::binary_search(m_ids.begin(), m_ids.end(), id); }
    int size() const { return int(m_ids.size()); }
    bool isEmpty() const { return m_ids.empty(); }
    const std::vector<int> &ids() const { return m_ids; }

    /** Ids of 1-based `page` of `limit`, ascending or descending. */
    std::vector<int> page(int page, int limit, bool descending = false) const
    {
        return slice(m_ids, page, limit, descending);
    }

    /** Ids greater than `after`, ascending, paged. */
    std::vector<int> pageAfter(int after, int page, int limit) const
    {
        const auto first = std::upper_bound(m_ids.begin(), m_ids.end(), after);
        const long long start = (first - m_ids.begin()) + (static_cast<long long>(page) - 1) * limit;
        if (page < 1 || limit < 1 || start >= static_cast<long long>(m_ids.size()))
            return {};
        const auto end = std::min<long long>(start + limit, static_cast<long long>(m_ids.size()));
        return std::vector<int>(m_ids.begin() + start, m_ids.begin() + end);
    }

    int countAfter(int after) const { return int(m_ids.end() - std::upper_bound(m_ids.begin(), m_ids.end(), after)); }

    static std::vector<int> slice(const std::vector<int> &ids, int page, int limit, bool descending)
    {
        const long long offset = (static_cast<long long>(page) - 1) * limit;
        if (page < 1 || limit < 1 || offset >= static_cast<long long>(ids.size()))
            return {};
        const auto count = std::min<long long>(limit, static_cast<long long>(ids.size()) - offset);
        std::vector<int> out;
        out.reserve(std::size_t(count));
        for (long long i = 0; i < count; ++i) {
            const auto index = descending ? static_cast<long long>(ids.size()) - 1 - offset - i : offset + i;
            out.push_back(ids[std::size_t(index)]);
        }
        return out;
    }

private:
    std::vector<int> m_ids;
};

} // namespace puente::fakes::jumpseller
