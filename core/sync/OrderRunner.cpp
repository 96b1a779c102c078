#include "sync/OrderRunner.h"

#include "base/Clock.h"
#include "base/Logging.h"
#include "connectors/bsale/BsaleClient.h"
#include "connectors/jumpseller/JumpsellerClient.h"
#include "net/ApiClient.h"
#include "secrets/SecretStore.h"
#include "sync/OrderPipeline.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const std::array<SecretKey, 3> kSecrets {{
    {u"bsale-main"_s, QString(SecretKey::TokenField)},
    {u"jumpseller-main"_s, QString(SecretKey::LoginField)},
    {u"jumpseller-main"_s, QString(SecretKey::TokenField)},
}};

QUrl urlFrom(const RunnerConfig &config, const QString &key, const QUrl &fallback, QString *error)
{
    const QString text = config.values().value(key).toString().trimmed();
    if (text.isEmpty())
        return fallback;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()) {
        if (error->isEmpty())
            *error = u"Config key '%1' must be an http(s) URL, got '%2'."_s.arg(key, text);
        return fallback;
    }
    return url;
}

} // namespace

QString OrderRunner::check(const RunnerConfig &config)
{
    const auto parsed = OrderSettings::fromConfig(config);
    QString error = parsed.error;
    urlFrom(config, u"bsale/base_url"_s, BsaleClient::defaultBaseUrl(), &error);
    urlFrom(config, u"jumpseller/base_url"_s, JumpsellerClient::defaultBaseUrl(), &error);
    return error;
}

OrderRunner::OrderRunner(const Journal &journal, const RunnerConfig &config, SecretStore &secrets, Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_config(config)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_settings(OrderSettings::fromConfig(config).settings)
{ }

OrderRunner::~OrderRunner()
{
    // The pipeline and clients go before the ApiClient they use.
    m_pipeline.reset();
    m_store.reset();
    m_bsale.reset();
}

void OrderRunner::start(std::function<void(const QString &error)> ready)
{
    m_credentials.clear();
    readSecret(0, std::move(ready));
}

void OrderRunner::readSecret(int index, std::function<void(const QString &error)> ready)
{
    if (index == int(kSecrets.size())) {
        build();
        ready({});
        return;
    }
    m_secrets.read(kSecrets.at(index), this, [this, index, ready](const SecretResult &r) {
        if (!r.ok()) {
            ready(r.message());
            return;
        }
        m_credentials.append(r.value());
        readSecret(index + 1, ready);
    });
}

void OrderRunner::build()
{
    QString ignored;
    const QUrl bsaleUrl = urlFrom(m_config, u"bsale/base_url"_s, BsaleClient::defaultBaseUrl(), &ignored);
    const QUrl storeUrl = urlFrom(m_config, u"jumpseller/base_url"_s, JumpsellerClient::defaultBaseUrl(), &ignored);
    ApiClientConfig apiConfig;
    BsaleClient::applyRecommendedLimits(apiConfig, bsaleUrl);
    JumpsellerClient::applyRecommendedLimits(apiConfig, storeUrl);
    m_api = std::make_unique<ApiClient>(m_clock, apiConfig);
    m_bsale = std::make_unique<BsaleClient>(*m_api, m_credentials.at(0).toUtf8());
    m_bsale->setBaseUrl(bsaleUrl);
    m_store = std::make_unique<JumpsellerClient>(*m_api);
    m_store->setBaseUrl(storeUrl);
    m_store->setCredentials(m_credentials.at(1), m_credentials.at(2));
    m_credentials.clear(); // the clients keep what they need
    m_pipeline = std::make_unique<OrderPipeline>(m_journal, *m_store, *m_bsale, m_clock, m_settings);
    connect(m_pipeline.get(), &OrderPipeline::cycleFinished, this, [this](const OrderCycleSummary &summary) {
        Q_EMIT cycleFinished(summary);
        if (m_continuous)
            scheduleNext();
    });
    m_pipeline->start();
}

void OrderRunner::runOnce(std::function<void(const OrderCycleSummary &summary)> done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &OrderRunner::cycleFinished, this,
                          [connection, done = std::move(done)](const OrderCycleSummary &summary) {
                              QObject::disconnect(*connection);
                              done(summary);
                          });
    m_pipeline->runCycle();
}

void OrderRunner::runContinuously()
{
    m_continuous = true;
    m_pipeline->runCycle();
}

void OrderRunner::scheduleNext()
{
    m_clock.schedule(m_settings.pollIntervalMs, this, [this] { m_pipeline->runCycle(); });
}

} // namespace puente
