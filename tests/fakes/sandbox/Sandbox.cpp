#include "sandbox/Sandbox.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>

#include "FakeBsale.h"
#include "FakeJumpseller.h"
#include "jumpseller/Replies.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxOptions.h"
#include "seed/OrderShop.h"

using namespace Qt::Literals::StringLiterals;

namespace puente::fakes {

const QString Sandbox::BsaleAccessToken = u"sandbox-bsale-access-token"_s;
const QString Sandbox::JumpsellerLogin = u"sandbox-jumpseller-login"_s;
const QString Sandbox::JumpsellerAuthToken = u"sandbox-jumpseller-authtoken"_s;

namespace {

HttpFakeResponse routeError(int status, const QString &message)
{
    return HttpFakeResponse::json(status, QJsonObject {{u"error"_s, message}});
}

std::optional<QJsonObject> objectBody(const HttpFakeRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

QString origin(const HttpFake &server)
{
    return server.baseUrl().toString();
}

} // namespace

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
    , m_bsale(std::make_unique<FakeBsale>())
    , m_jumpseller(std::make_unique<FakeJumpseller>())
    , m_actions(std::make_unique<SandboxActions>(*m_bsale, *m_jumpseller))
{
    m_bsale->setAccessToken(BsaleAccessToken);
    m_jumpseller->setCredentials(JumpsellerLogin, JumpsellerAuthToken);
    m_bsale->setRequestLogLimit(kRequestLogLimit);
    m_jumpseller->setRequestLogLimit(kRequestLogLimit);
    installRoutes(*m_bsale);
    installRoutes(*m_jumpseller);
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(const SandboxOptions &options, QString *error)
{
    m_rateScale = options.rateScale;
    m_rateLimits = options.rateLimits;
    m_bsale->setRateScale(options.rateScale);
    m_bsale->setRateLimitEnabled(options.rateLimits);
    jumpseller::RateLimitConfig limits = m_jumpseller->rateLimits();
    limits.scale = options.rateScale;
    limits.enabled = options.rateLimits;
    m_jumpseller->setRateLimits(limits);

    if (!reseed(options.seed)) {
        *error = u"Invalid seed '%1'."_s.arg(options.seed);
        return false;
    }
    if (m_bsale->start(options.bsalePort) == 0) {
        *error = u"The fake Bsale cannot listen on 127.0.0.1:%1 (port in use?)."_s.arg(options.bsalePort);
        return false;
    }
    if (m_jumpseller->start(options.jumpsellerPort) == 0) {
        *error = u"The fake Jumpseller cannot listen on 127.0.0.1:%1 (port in use?)."_s.arg(options.jumpsellerPort);
        return false;
    }
    return true;
}

bool Sandbox::reseed(const QString &spec)
{
    const QString normalized = spec.trimmed().toLower();
    if (normalized == SandboxOptions::OrdersSeed) {
        seedOrderShop();
    } else {
        const auto options = DemoShopOptions::parse(normalized);
        if (!options)
            return false;
        DemoShopData data;
        m_report = DemoSeeder::reseed(*options, *m_bsale, *m_jumpseller, &data);
        m_actions->reset(data);
        m_orderShop.reset();
    }
    m_seed = normalized;
    Q_EMIT reseeded(m_seed);
    return true;
}

void Sandbox::seedOrderShop()
{
    QElapsedTimer timer;
    timer.start();
    m_bsale->clear();
    m_jumpseller->clear();
    m_orderShop = std::make_unique<OrderShop>(OrderShop::seed(*m_bsale, *m_jumpseller));
    m_actions->reset(*m_orderShop);
    const auto &erp = m_bsale->store();
    m_report = DemoSeedReport {};
    m_report.erpProducts = erp.products().size();
    m_report.erpVariants = erp.variants().size();
    m_report.erpStocks = erp.stocks().size();
    m_report.storeProducts = m_jumpseller->productCount();
    m_report.storeVariants = m_jumpseller->variantCount();
    m_report.storeOrders = int(m_jumpseller->orderIds().size());
    m_report.bsaleMs = timer.elapsed(); // both sides: too small to tell apart
}

QJsonObject Sandbox::connectionInfo() const
{
    const QString bsale = origin(*m_bsale);
    const QString jumpseller = origin(*m_jumpseller);
    QJsonObject info {
        {u"bsale"_s,
         QJsonObject {
             {u"baseUrl"_s, QString(bsale + u"/v1"_s)},
             {u"accessToken"_s, BsaleAccessToken},
             {u"cpnId"_s, m_bsale->companyId()},
             {u"adminUrl"_s, QString(bsale + u"/_admin"_s)},
         }},
        {u"jumpseller"_s,
         QJsonObject {
             {u"baseUrl"_s, QString(jumpseller + u"/v1"_s)},
             {u"login"_s, JumpsellerLogin},
             {u"authToken"_s, JumpsellerAuthToken},
             {u"hooksToken"_s, m_jumpseller->store().hooksToken},
             {u"storeCode"_s, m_jumpseller->store().code},
             {u"adminUrl"_s, QString(jumpseller + u"/_admin"_s)},
         }},
        {u"admin"_s,
         QJsonObject {
             {u"sandbox"_s, QString(bsale + u"/_admin/sandbox"_s)},
             {u"seed"_s, QString(bsale + u"/_admin/seed"_s)},
             {u"demo"_s, QString(bsale + u"/_admin/demo"_s)},
             {u"bsaleState"_s, QString(bsale + u"/_admin/state"_s)},
             {u"jumpsellerState"_s, QString(jumpseller + u"/_admin/state"_s)},
         }},
        {u"seed"_s, m_seed},
        {u"variants"_s, m_report.erpVariants},
        {u"rateScale"_s, m_rateScale},
        {u"rateLimits"_s, m_rateLimits},
        {u"pid"_s, QCoreApplication::applicationPid()},
        {u"version"_s, QStringLiteral(PUENTE_VERSION)},
    };
    // Tests that run the sandbox as a process build their orders from the shop's ids.
    if (m_orderShop)
        info.insert(u"shop"_s, m_orderShop->toJson());
    return info;
}

QJsonObject Sandbox::reportJson(const DemoSeedReport &report)
{
    return {
        {u"erpProducts"_s, report.erpProducts},     {u"erpVariants"_s, report.erpVariants},
        {u"erpStocks"_s, report.erpStocks},         {u"storeProducts"_s, report.storeProducts},
        {u"storeVariants"_s, report.storeVariants}, {u"storeOrders"_s, report.storeOrders},
        {u"generateMs"_s, report.generateMs},       {u"bsaleMs"_s, report.bsaleMs},
        {u"jumpsellerMs"_s, report.jumpsellerMs},
    };
}

void Sandbox::installRoutes(HttpFake &server)
{
    server.route("GET", u"/_admin/sandbox"_s, [this](const HttpFakeRequest &) { return stateRoute(); });
    server.route("POST", u"/_admin/seed"_s, [this](const HttpFakeRequest &r) { return seedRoute(r); });
    const auto action = [this, &server](const QString &name, auto run) {
        server.route("POST", u"/_admin/demo/"_s + name, [run](const HttpFakeRequest &r) {
            const auto body = objectBody(r);
            return body ? run(*body) : routeError(400, u"Body must be a JSON object."_s);
        });
    };
    action(u"pos-sale"_s, [this](const QJsonObject &b) { return m_actions->posSale(b); });
    action(u"reception"_s, [this](const QJsonObject &b) { return m_actions->reception(b); });
    action(u"order"_s, [this](const QJsonObject &b) { return m_actions->newOrder(b); });
    action(u"pay"_s, [this](const QJsonObject &b) { return m_actions->moveOrder(b, jumpseller::OrderStatus::Paid); });
    action(u"cancel"_s,
           [this](const QJsonObject &b) { return m_actions->moveOrder(b, jumpseller::OrderStatus::Canceled); });
}

HttpFakeResponse Sandbox::stateRoute() const
{
    QJsonObject state = connectionInfo();
    state.insert(u"report"_s, reportJson(m_report));
    state.insert(u"latestPendingOrderId"_s, m_actions->latestPendingOrderId());
    state.insert(u"defaultOfficeId"_s, m_actions->defaultOfficeId());
    return HttpFakeResponse::json(200, state);
}

HttpFakeResponse Sandbox::seedRoute(const HttpFakeRequest &request)
{
    const auto body = objectBody(request);
    if (!body)
        return routeError(400, u"Body must be a JSON object."_s);
    const QString spec = jumpseller::Replies::string(body->value(u"seed"_s));
    if (!SandboxOptions::isValidSeed(spec))
        return routeError(
            400, u"'seed' must be 'demo', 'orders' or 'large:N' with 1 <= N <= %1."_s.arg(SandboxOptions::MaxVariants));
    reseed(spec);
    QJsonObject answer {{u"seed"_s, m_seed}, {u"variants"_s, m_report.erpVariants}};
    answer.insert(u"report"_s, reportJson(m_report));
    if (m_orderShop)
        answer.insert(u"shop"_s, m_orderShop->toJson());
    return HttpFakeResponse::json(200, answer);
}

} // namespace puente::fakes
