#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

namespace puente {

/**
 * What puente-sandbox announces on its one JSON line: where the fake Bsale and the fake
 * Jumpseller listen, their demo credentials and their admin interfaces. It carries tokens, so
 * never log it; DemoSession moves the credentials into a SecretStore and keeps only the rest.
 * A plain value: copy it freely across threads.
 */
struct SandboxConnection
{
    QUrl bsaleBaseUrl; ///< "http://127.0.0.1:P/v1"
    QUrl bsaleAdminUrl; ///< "http://127.0.0.1:P/_admin"
    QString bsaleAccessToken;
    int bsaleCompanyId = 0; ///< cpnId
    QUrl jumpsellerBaseUrl; ///< "http://127.0.0.1:Q/v1"
    QUrl jumpsellerAdminUrl; ///< "http://127.0.0.1:Q/_admin"
    QString jumpsellerLogin;
    QString jumpsellerAuthToken;
    QString jumpsellerHooksToken;
    QString jumpsellerStoreCode;
    QUrl sandboxUrl; ///< GET: the sandbox's own state (…/_admin/sandbox)
    QUrl demoActionsUrl; ///< POST …/pos-sale, /reception, /order, /pay, /cancel below it
    QString seed; ///< "demo" or "large:N"
    int variants = 0;
    qint64 processId = 0;

    /** Parses the sandbox's JSON line; nullopt with `error` when a field is missing or wrong. */
    static std::optional<SandboxConnection> fromJsonLine(const QByteArray &line, QString *error);
};

} // namespace puente

Q_DECLARE_METATYPE(puente::SandboxConnection)
