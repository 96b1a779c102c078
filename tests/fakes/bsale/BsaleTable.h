#pragma once

#include <QtCore/QHash>
#include <QtCore/QList>

#include <algorithm>
#include <unordered_map>

namespace puente::fakes::bsale {

/** Keeps `ids` ascending when `id` is appended; most ids arrive in order, so this is O(1). */
inline void insertSorted(QList<int> &ids, int id)
{
    if (ids.isEmpty() || ids.constLast() < id) {
        ids.append(id);
        return;
    }
    const auto at = std::lower_bound(ids.begin(), ids.end(), id);
    if (at == ids.end() || *at != id)
        ids.insert(at, id);
}

/**
 * Records of one resource by id, plus their ids in ascending order so a page at any offset is
 * a slice (100,000 variants page in O(limit)). References stay valid across inserts
 * (node-based map), so engines may hold a `T &` while they add other records.
 */
template<typename T>
class BsaleTable
{
public:
    /** Stores `item`, giving it the next id when its id is 0. Returns the stored record. */
    T &insert(T item)
    {
        if (item.id <= 0)
            item.id = m_nextId;
        m_nextId = std::max(m_nextId, item.id + 1);
        const int id = item.id;
        auto [it, added] = m_items.insert_or_assign(id, std::move(item));
        if (added)
            insertSorted(m_ids, id);
        return it->second;
    }
    T *find(int id)
    {
        const auto it = m_items.find(id);
        return it == m_items.end() ? nullptr : &it->second;
    }
    const T *find(int id) const
    {
        const auto it = m_items.find(id);
        return it == m_items.end() ? nullptr : &it->second;
    }
    /** Every id, ascending. */
    const QList<int> &ids() const { return m_ids; }
    int size() const { return int(m_ids.size()); }
    void reserve(int count) { m_items.reserve(size_t(count)); }

private:
    std::unordered_map<int, T> m_items;
    QList<int> m_ids;
    int m_nextId = 1;
};

/** key → ids (ascending) for the filters that must not scan (code, barcode, officeid, ...). */
template<typename Key>
class BsaleIndex
{
public:
    void add(const Key &key, int id) { insertSorted(m_ids[key], id); }
    void remove(const Key &key, int id)
    {
        auto it = m_ids.find(key);
        if (it == m_ids.end())
            return;
        it->removeOne(id);
        if (it->isEmpty())
            m_ids.erase(it);
    }
    QList<int> ids(const Key &key) const { return m_ids.value(key); }

private:
    QHash<Key, QList<int>> m_ids;
};

} // namespace puente::fakes::bsale
