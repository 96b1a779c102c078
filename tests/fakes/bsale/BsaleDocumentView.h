#pragma once

#include "bsale/BsaleStore.h"

#include <QtCore/QByteArray>

namespace puente::fakes::bsale {

/**
 * The printable face of a document for `urlPublicView` (HTML) and `urlPdf` (a one-page PDF), so
 * the sandbox can open what Bsale would host on app2.bsale.cl. Not a tax-valid rendering.
 * A value type over the store; short-lived.
 */
class BsaleDocumentView
{
public:
    BsaleDocumentView(const BsaleStore &store, const Document &document)
        : m_store(store)
        , m_document(document)
    { }

    QByteArray html() const;
    QByteArray pdf() const;

private:
    /** "BOLETA ELECTRONICA N° 12", then one line per detail, then the totals. */
    QStringList lines() const;

    const BsaleStore &m_store;
    const Document &m_document;
};

} // namespace puente::fakes::bsale
