#pragma once

#include <QtCore/QChar>
#include <QtCore/QString>
#include <QtCore/QStringView>

// Chilean RUT helpers for the demo generator (chile-dte.md §4.1). The fakes keep their own
// copy on purpose: they must not depend on the app code they test.

namespace puente::fakes {

/** Módulo 11 check digit of a RUT body: '0'..'9' or 'K'. */
QChar rutCheckDigit(int body);

/** Canonical form "12345678-9" (no dots, upper-case K). */
QString formatRut(int body);

/** The same RUT as a shop customer might type it: "12.345.678-9", lower-case k. */
QString formatRutWithDots(int body);

/**
 * True when `rut` is a well-formed RUT whose check digit is right. Dots, spaces and a
 * lower-case k are tolerated, because that is how customers type them.
 */
bool isValidRut(QStringView rut);

} // namespace puente::fakes
