#pragma once

#include <QtCore/QString>
#include <QtCore/QtGlobal>

namespace puente {

/**
 * An amount of Chilean pesos. CLP has no minor unit (SII `MontoType` amounts are non-negative
 * integers, chile-dte.md §4.3), so money is a whole number of pesos; only unit prices sent to
 * Bsale carry decimals (see FixedDecimal).
 */
using Pesos = qint64;

/** Money helpers. Stateless; callable from any thread. */
namespace money {

/** "$86.710" / "-$1.190": the Chilean way of writing pesos, for messages shown to people. */
QString format(Pesos amount);

} // namespace money

} // namespace puente
