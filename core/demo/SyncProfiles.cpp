#include "demo/SyncProfiles.h"

#include <QtCore/QStringList>

#include <functional>
#include <memory>

#include "secrets/SecretStore.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

SyncSettings SyncProfiles::settings() const
{
    SyncSettings settings;
    settings.bsaleBaseUrl = bsaleSettingsUrl(bsale.baseUrl);
    settings.jumpsellerBaseUrl = jumpseller.baseUrl;
    settings.officeIds = officeIds;
    settings.priceListId = priceListId;
    return settings;
}

QUrl SyncProfiles::bsaleSettingsUrl(const QUrl &apiRoot)
{
    QUrl url = apiRoot;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v1"_s))
        path.chop(3);
    url.setPath(path);
    return url;
}

void SyncProfiles::loadCredentials(SecretStore &store, QObject *context, SyncCredentials::Loaded loaded) const
{
    // Three asynchronous reads; the last one to answer reports.
    struct State
    {
        SyncCredentials credentials;
        QStringList problems;
        int left = 3;
        SyncCredentials::Loaded loaded;
    };
    auto state = std::make_shared<State>();
    state->loaded = std::move(loaded);
    const auto read = [&store, context, state](const SecretKey &key, std::function<void(const QString &)> assign) {
        store.read(key, context, [state, assign = std::move(assign)](const SecretResult &result) {
            if (result.ok() && !result.value().isEmpty())
                assign(result.value());
            else
                state->problems.append(result.message());
            if (--state->left > 0)
                return;
            if (state->problems.isEmpty())
                state->loaded(state->credentials, {});
            else
                state->loaded(std::nullopt, state->problems.join(u"; "_s));
        });
    };
    read(bsale.tokenKey(), [state](const QString &v) { state->credentials.bsaleToken = v.toUtf8(); });
    read(jumpseller.loginKey(), [state](const QString &v) { state->credentials.jumpsellerLogin = v; });
    read(jumpseller.tokenKey(), [state](const QString &v) { state->credentials.jumpsellerToken = v; });
}

} // namespace puente
