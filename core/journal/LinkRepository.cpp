#include "journal/LinkRepository.h"

#include "base/Logging.h"
#include "journal/CatalogRows.h"
#include "journal/Journal.h"
#include "journal/WriteTransaction.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

constexpr qsizetype kInChunk = 500;

const QString kInsertLink = u"INSERT INTO links (erp_variant_id, store_product_id, store_variant_id, how, created_at)"
                            " VALUES (:erp, :product, :variant, :how, :created_at)"_s;

void bindLink(QSqlQuery &query, const Link &link, qint64 createdAtMs)
{
    query.bindValue(u":erp"_s, link.erpVariantId);
    query.bindValue(u":product"_s, link.store.productId);
    query.bindValue(u":variant"_s, link.store.variantId);
    query.bindValue(u":how"_s, linkMethodName(link.how));
    query.bindValue(u":created_at"_s, createdAtMs);
}

/** Runs a prepared statement with the binds; false and `error` set on failure. */
bool run(const QSqlDatabase &db, const QString &sql, const QList<QPair<QString, QVariant>> &binds, QString &error)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        error = query.lastError().text();
        return false;
    }
    for (const auto &[name, value] : binds)
        query.bindValue(name, value);
    if (!query.exec()) {
        error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

LinkRepository::LinkRepository(const Journal &journal)
    : m_journal(journal)
{ }

QList<Link> LinkRepository::selectLinks(const QString &where, const QList<QPair<QString, qint64>> &binds) const
{
    QList<Link> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM links %2 ORDER BY erp_variant_id"_s.arg(CatalogRows::linkColumns(), where));
    for (const auto &[name, value] : binds)
        query.bindValue(name, value);
    if (!query.exec()) {
        fail(u"read links"_s, query.lastError().text());
        return out;
    }
    while (query.next())
        out.append(CatalogRows::readLink(query));
    return out;
}

QList<Link> LinkRepository::all() const
{
    return selectLinks({}, {});
}

qint64 LinkRepository::count() const
{
    QSqlQuery query(m_journal.database());
    if (!query.exec(u"SELECT count(*) FROM links"_s) || !query.next()) {
        fail(u"count links"_s, query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

std::optional<Link> LinkRepository::forErp(qint64 erpVariantId) const
{
    const QList<Link> found = selectLinks(u"WHERE erp_variant_id = :erp"_s, {{u":erp"_s, erpVariantId}});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<Link> LinkRepository::forStore(const StoreVariantKey &store) const
{
    const QList<Link> found = selectLinks(u"WHERE store_product_id = :product AND store_variant_id = :variant"_s,
                                          {{u":product"_s, store.productId}, {u":variant"_s, store.variantId}});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<QList<Link>> LinkRepository::link(const Link &link, const QDateTime &now) const
{
    m_lastError.clear();
    QList<Link> replaced;
    if (auto old = forErp(link.erpVariantId); old && !(old->store == link.store))
        replaced.append(*old);
    if (auto old = forStore(link.store); old && old->erpVariantId != link.erpVariantId)
        replaced.append(*old);
    const QSqlDatabase db = m_journal.database();
    WriteTransaction transaction(db);
    QString error = transaction.errorText();
    const QList<QPair<QString, QVariant>> sides {
        {u":erp"_s, link.erpVariantId}, {u":product"_s, link.store.productId}, {u":variant"_s, link.store.variantId}};
    const bool ok = transaction.isActive()
        && run(db,
               u"DELETE FROM links WHERE erp_variant_id = :erp"
               " OR (store_product_id = :product AND store_variant_id = :variant)"_s,
               sides, error)
        && run(db,
               u"DELETE FROM link_blocks WHERE erp_variant_id = :erp"
               " AND store_product_id = :product AND store_variant_id = :variant"_s,
               sides, error)
        && run(db,
               u"DELETE FROM link_issues WHERE erp_variant_id = :erp"
               " OR (store_product_id = :product AND store_variant_id = :variant)"_s,
               sides, error)
        && run(db, kInsertLink,
               {{u":erp"_s, link.erpVariantId},
                {u":product"_s, link.store.productId},
                {u":variant"_s, link.store.variantId},
                {u":how"_s, linkMethodName(link.how)},
                {u":created_at"_s, CatalogRows::toMs(now)}},
               error)
        && transaction.commit();
    if (!ok) {
        fail(u"store a link"_s, error.isEmpty() ? transaction.errorText() : error);
        return std::nullopt;
    }
    return replaced;
}

std::optional<Link> LinkRepository::unlink(qint64 erpVariantId, const QDateTime &now) const
{
    m_lastError.clear();
    const std::optional<Link> old = forErp(erpVariantId);
    if (!old)
        return std::nullopt;
    const QSqlDatabase db = m_journal.database();
    WriteTransaction transaction(db);
    QString error = transaction.errorText();
    const bool ok = transaction.isActive()
        && run(db, u"DELETE FROM links WHERE erp_variant_id = :erp"_s, {{u":erp"_s, erpVariantId}}, error)
        && run(db,
               u"INSERT OR REPLACE INTO link_blocks (erp_variant_id, store_product_id, store_variant_id, created_at)"
               " VALUES (:erp, :product, :variant, :created_at)"_s,
               {{u":erp"_s, erpVariantId},
                {u":product"_s, old->store.productId},
                {u":variant"_s, old->store.variantId},
                {u":created_at"_s, CatalogRows::toMs(now)}},
               error)
        && transaction.commit();
    if (!ok) {
        fail(u"remove a link"_s, error.isEmpty() ? transaction.errorText() : error);
        return std::nullopt;
    }
    return old;
}

bool LinkRepository::applyAutomatic(const QList<Link> &added, const QList<Link> &dropped,
                                    const QList<NeedsManualLink> &issues, const QDateTime &now) const
{
    m_lastError.clear();
    const QSqlDatabase db = m_journal.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        fail(u"store automatic links"_s, transaction.errorText());
        return false;
    }
    const qint64 nowMs = CatalogRows::toMs(now);
    QSqlQuery remove(db);
    QSqlQuery insert(db);
    QSqlQuery clearIssues(db);
    QSqlQuery insertIssue(db);
    bool ok = remove.prepare(u"DELETE FROM links WHERE erp_variant_id = :erp AND store_product_id = :product"
                             " AND store_variant_id = :variant AND how IN ('sku', 'barcode', 'name')"_s)
        && insert.prepare(kInsertLink) && clearIssues.exec(u"DELETE FROM link_issues"_s)
        && insertIssue.prepare(u"INSERT INTO link_issues (side, erp_variant_id, store_product_id, store_variant_id,"
                               " rule, key, reason, detail, detected_at)"
                               " VALUES (:side, :erp, :product, :variant, :rule, :key, :reason, :detail, :at)"_s);
    QString error;
    for (const Link &link : dropped) {
        if (!ok)
            break;
        remove.bindValue(u":erp"_s, link.erpVariantId);
        remove.bindValue(u":product"_s, link.store.productId);
        remove.bindValue(u":variant"_s, link.store.variantId);
        ok = remove.exec();
        if (!ok)
            error = remove.lastError().text();
    }
    for (const Link &link : added) {
        if (!ok)
            break;
        bindLink(insert, link, nowMs);
        ok = insert.exec();
        if (!ok)
            error = insert.lastError().text();
    }
    for (const NeedsManualLink &issue : issues) {
        if (!ok)
            break;
        insertIssue.bindValue(u":side"_s, NeedsManualLink::sideName(issue.side));
        insertIssue.bindValue(u":erp"_s, issue.erpVariantId);
        insertIssue.bindValue(u":product"_s, issue.store.productId);
        insertIssue.bindValue(u":variant"_s, issue.store.variantId);
        insertIssue.bindValue(u":rule"_s, linkRuleName(issue.rule));
        insertIssue.bindValue(u":key"_s, CatalogRows::text(issue.key));
        insertIssue.bindValue(u":reason"_s, NeedsManualLink::reasonName(issue.reason));
        insertIssue.bindValue(u":detail"_s, CatalogRows::text(issue.detail));
        insertIssue.bindValue(u":at"_s, nowMs);
        ok = insertIssue.exec();
        if (!ok)
            error = insertIssue.lastError().text();
    }
    if (ok && error.isEmpty() && clearIssues.lastError().isValid())
        error = clearIssues.lastError().text();
    remove.finish();
    insert.finish();
    insertIssue.finish();
    clearIssues.finish();
    if (!ok || !transaction.commit()) {
        fail(u"store automatic links"_s, error.isEmpty() ? transaction.errorText() : error);
        return false;
    }
    return true;
}

bool LinkRepository::addImported(const QList<Link> &links, const QDateTime &now) const
{
    m_lastError.clear();
    const QSqlDatabase db = m_journal.database();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        fail(u"store imported links"_s, transaction.errorText());
        return false;
    }
    QSqlQuery insert(db);
    if (!insert.prepare(kInsertLink)) {
        fail(u"store imported links"_s, insert.lastError().text());
        return false;
    }
    for (const Link &link : links) {
        bindLink(insert, link, CatalogRows::toMs(now));
        if (!insert.exec()) {
            fail(u"store imported links"_s, insert.lastError().text());
            return false;
        }
    }
    insert.finish();
    if (!transaction.commit()) {
        fail(u"store imported links"_s, transaction.errorText());
        return false;
    }
    return true;
}

QList<LinkBlock> LinkRepository::blocks() const
{
    QList<LinkBlock> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT erp_variant_id, store_product_id, store_variant_id FROM link_blocks"_s)) {
        fail(u"read link blocks"_s, query.lastError().text());
        return out;
    }
    while (query.next())
        out.append(LinkBlock {query.value(0).toLongLong(), {query.value(1).toLongLong(), query.value(2).toLongLong()}});
    return out;
}

QList<NeedsManualLink> LinkRepository::issues() const
{
    QList<NeedsManualLink> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT side, erp_variant_id, store_product_id, store_variant_id, rule, key, reason, detail"
                    " FROM link_issues ORDER BY id"_s)) {
        fail(u"read link issues"_s, query.lastError().text());
        return out;
    }
    while (query.next()) {
        NeedsManualLink issue;
        issue.side = NeedsManualLink::sideFromName(query.value(0).toString()).value_or(NeedsManualLink::Side::Erp);
        issue.erpVariantId = query.value(1).toLongLong();
        issue.store = {query.value(2).toLongLong(), query.value(3).toLongLong()};
        issue.rule = linkRuleFromName(query.value(4).toString()).value_or(LinkRule::Sku);
        issue.key = query.value(5).toString();
        issue.reason =
            NeedsManualLink::reasonFromName(query.value(6).toString()).value_or(NeedsManualLink::Reason::Duplicate);
        issue.detail = query.value(7).toString();
        out.append(issue);
    }
    return out;
}

QList<LinkedPair> LinkRepository::selectPairs(const QString &where) const
{
    QList<LinkedPair> out;
    QSqlQuery query(m_journal.database());
    query.setForwardOnly(true);
    const QString sql = u"SELECT %1, %2, %3 FROM links l"
                        " JOIN erp_variants e ON e.variant_id = l.erp_variant_id"
                        " JOIN store_variants s ON s.product_id = l.store_product_id"
                        " AND s.variant_id = l.store_variant_id %4 ORDER BY l.erp_variant_id"_s.arg(
                            CatalogRows::linkColumns(u"l"_s), CatalogRows::erpColumns(u"e"_s),
                            CatalogRows::storeColumns(u"s"_s), where);
    if (!query.exec(sql)) {
        fail(u"read linked pairs"_s, query.lastError().text());
        return out;
    }
    while (query.next()) {
        LinkedPair pair;
        pair.link = CatalogRows::readLink(query, 0);
        pair.erp = CatalogRows::readErp(query, CatalogRows::kLinkColumnCount);
        pair.store = CatalogRows::readStore(query, CatalogRows::kLinkColumnCount + CatalogRows::kErpColumnCount);
        out.append(pair);
    }
    return out;
}

QList<LinkedPair> LinkRepository::linkedPairs() const
{
    return selectPairs({});
}

QList<LinkedPair> LinkRepository::linkedPairs(const QList<qint64> &erpVariantIds) const
{
    QList<LinkedPair> out;
    for (qsizetype i = 0; i < erpVariantIds.size(); i += kInChunk)
        out += selectPairs(u"WHERE l.erp_variant_id IN "_s + CatalogRows::inList(erpVariantIds.mid(i, kInChunk)));
    return out;
}

void LinkRepository::fail(const QString &what, const QString &why) const
{
    m_lastError = u"Cannot %1: %2"_s.arg(what, why);
    qCWarning(lcJournal).noquote() << m_lastError;
}

} // namespace puente
