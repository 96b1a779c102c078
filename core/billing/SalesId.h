#pragma once

#include "domain/DocumentKind.h"

#include <QtCore/QString>
#include <QtCore/QStringView>

namespace puente {

/**
 * Bsale `salesId`s: the only documented idempotency key (bsale.md §10). Bsale answers a POST
 * whose salesId it already has, for the same document type, with the document it made the
 * first time (HTTP 200) instead of a new one. So a key that depends only on (store, order,
 * kind) makes every retry safe: after a timeout, a crash between send and journal commit, or
 * a duplicate outbox job, the worst case is a 200 with the existing document, never a second
 * boleta. The key deliberately ignores the plan's revision: a replan after a refusal reuses it,
 * so if the "failed" attempt did land, Bsale hands it back rather than issuing twice.
 * Stateless; callable from any thread.
 */
class SalesId
{
public:
    static constexpr int kMaxLength = 255; ///< "string ≤ 255" (bsale.md §7)

    /**
     * "puente:<store>:<order>:<kind>", e.g. "puente:mitienda:1026:boleta". Deterministic for
     * equal inputs; ':' and '%' inside the parts are percent-encoded, so different inputs
     * never collide. Keys over 255 characters end in a SHA-256 of the full key instead.
     */
    static QString forOrder(QStringView storeCode, QStringView orderId, DocumentKind kind);
};

} // namespace puente
