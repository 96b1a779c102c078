#pragma once

#include "connectors/bsale/BsaleError.h"
#include "net/ApiError.h"

#include <QtCore/QMetaType>
#include <QtCore/QString>

namespace puente {

/** A failed Bsale call told to a person (the shop's accountant), in Spanish. */
struct BsaleExplanation
{
    BsaleError::Kind kind = BsaleError::Kind::None;
    QString title; ///< one short line, e.g. "Sin folios disponibles"
    QString explanation; ///< what happened and what to do, in plain Spanish
    bool retryable = false; ///< Puente may send the same request again by itself
    QString serverMessage; ///< Bsale's own words, verbatim (shown under the explanation)
};

/**
 * Turns an ApiError from BsaleClient into a BsaleExplanation for the document inbox: one
 * Spanish title and explanation per BsaleError::Kind, from a single table (every kind has an
 * entry; a unit test checks it). Bsale's message is never rewritten, only explained.
 *
 * Stateless; callable from any thread.
 */
class BsaleErrorExplainer final
{
public:
    BsaleErrorExplainer() = delete;

    static BsaleExplanation explain(const ApiError &error);
    /** The entry of one kind (no server message). */
    static BsaleExplanation explain(BsaleError::Kind kind);
};

} // namespace puente

Q_DECLARE_METATYPE(puente::BsaleExplanation)
