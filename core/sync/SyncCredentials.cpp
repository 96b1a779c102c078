#include "sync/SyncCredentials.h"

#include "secrets/SecretStore.h"

#include <QtCore/QStringList>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace puente {

void SyncCredentials::load(SecretStore &store, QObject *context, Loaded loaded)
{
    struct State
    {
        SyncCredentials credentials;
        QStringList problems;
        int left = 3;
        Loaded loaded;
    };
    auto state = std::make_shared<State>();
    state->loaded = std::move(loaded);
    const auto read = [&store, context, state](const QString &connection, QLatin1StringView field,
                                               std::function<void(const QString &)> assign) {
        store.read(SecretKey {connection, QString(field)}, context, [state, assign](const SecretResult &result) {
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
    const QString bsale = QString::fromLatin1(kBsaleConnection);
    const QString jumpseller = QString::fromLatin1(kJumpsellerConnection);
    read(bsale, SecretKey::TokenField, [state](const QString &v) { state->credentials.bsaleToken = v.toUtf8(); });
    read(jumpseller, SecretKey::LoginField, [state](const QString &v) { state->credentials.jumpsellerLogin = v; });
    read(jumpseller, SecretKey::TokenField, [state](const QString &v) { state->credentials.jumpsellerToken = v; });
}

} // namespace puente
