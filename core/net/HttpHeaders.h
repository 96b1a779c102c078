#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QList>
#include <QtCore/QPair>

namespace puente {

/** Raw HTTP header fields in wire order. Names compare case-insensitively. */
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/** The first value of header `name` (case-insensitive), or a null QByteArray. */
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);
/** True if header `name` is present (case-insensitive). */
bool hasHeader(const HttpHeaders &headers, QByteArrayView name);
/** Replaces every `name` field by one with `value` (appends if absent). */
void setHeader(HttpHeaders &headers, const QByteArray &name, const QByteArray &value);

} // namespace puente
