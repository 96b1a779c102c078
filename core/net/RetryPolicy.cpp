#include "net/RetryPolicy.h"

#include "net/ApiRequest.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

#include <cmath>
#include <memory>
#include <random>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

constexpr QByteArrayView kRetryAfter = "Retry-After";
constexpr QByteArrayView kBanReset = "Jumpseller-BannedByRateLimit-Reset";
constexpr QByteArrayView kPerSecondRemaining = "Jumpseller-PerSecondRateLimit-Remaining";
constexpr QByteArrayView kPerMinuteRemaining = "Jumpseller-PerMinuteRateLimit-Remaining";

RetryPolicy::RandomSource seededSource(quint32 seed)
{
    auto engine = std::make_shared<std::mt19937>(seed);
    return [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

bool isZeroCount(const QByteArray &value)
{
    bool ok = false;
    const qlonglong count = value.trimmed().toLongLong(&ok);
    return ok && count <= 0;
}

int monthNumber(const QString &name)
{
    static const QStringList months {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                     u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(name.toLower())) + 1;
}

QDateTime utcDateTime(int year, int month, int day, int hour, int minute, int second)
{
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

RetryPolicy::RetryPolicy()
    : RetryPolicy(RetryConfig {})
{ }

RetryPolicy::RetryPolicy(const RetryConfig &config)
    : RetryPolicy(config, QRandomGenerator::global()->generate())
{ }

RetryPolicy::RetryPolicy(const RetryConfig &config, quint32 seed)
    : m_config(config)
    , m_random(seededSource(seed))
{ }

void RetryPolicy::setRandomSource(RandomSource source)
{
    m_random = std::move(source);
}

qint64 RetryPolicy::backoffCeiling(int failures) const
{
    const qint64 cap = qMax<qint64>(0, m_config.maxDelayMs);
    qint64 delay = qMax<qint64>(0, m_config.baseDelayMs);
    for (int i = 1; i < failures && delay < cap; ++i)
        delay *= 2;
    return qMin(delay, cap);
}

qint64 RetryPolicy::backoffDelay(int failures)
{
    const double ceiling = double(backoffCeiling(failures));
    const double jitter = qBound(0.0, m_config.jitter, 1.0);
    const double random = m_random ? qBound(0.0, m_random(), 1.0) : 0.0;
    // "Equal jitter" style: never longer than the ceiling, never shorter than (1 - jitter) of
    // it, so clients that failed together do not come back together.
    return std::llround(ceiling * (1.0 - jitter * random));
}

RetryPolicy::Decision RetryPolicy::decide(const ApiRequest &request, const ApiError &error,
                                          const HttpHeaders &responseHeaders, int attemptsMade, const QDateTime &nowUtc)
{
    Decision decision;
    if (!error.isError()) {
        decision.reason = u"succeeded"_s;
        return decision;
    }
    const std::optional<qint64> wait = serverWait(responseHeaders, nowUtc);
    decision.retryAfterMs = wait.value_or(-1);
    if (!error.retryable()) {
        decision.reason = u"not retryable"_s;
    } else if (attemptsMade >= m_config.maxAttempts) {
        decision.reason = u"gave up after %1 attempts"_s.arg(attemptsMade);
    } else if (!request.isIdempotent()) {
        decision.reason = u"not idempotent, not repeated"_s;
    } else if (wait && *wait > m_config.maxServerWaitMs) {
        decision.reason = u"server asked to wait %1 s"_s.arg(*wait / 1000);
    } else {
        decision.retry = true;
        // A wait the server announced applies to everyone talking to it; so does plain
        // throttling without a stated wait (Bsale's 429 has no headers).
        decision.hostWide = wait.has_value() || error.kind() == ApiError::Kind::RateLimited;
        decision.delayMs = wait ? *wait : backoffDelay(attemptsMade);
        decision.reason = wait ? u"server asked to wait"_s : u"backoff"_s;
    }
    return decision;
}

std::optional<qint64> RetryPolicy::serverWait(const HttpHeaders &headers, const QDateTime &nowUtc) const
{
    std::optional<qint64> longest;
    const auto consider = [&longest](qint64 ms) { longest = qMax(longest.value_or(0), qMax<qint64>(0, ms)); };

    const QByteArray retryAfter = headerValue(headers, kRetryAfter);
    if (!retryAfter.isNull()) {
        if (const auto ms = parseRetryAfter(retryAfter, nowUtc))
            consider(*ms);
    }
    const QByteArray banReset = headerValue(headers, kBanReset);
    if (!banReset.isNull()) {
        const QDateTime until = QDateTime::fromString(QString::fromLatin1(banReset.trimmed()), Qt::ISODate);
        if (until.isValid())
            consider(nowUtc.msecsTo(until));
    }
    if (isZeroCount(headerValue(headers, kPerSecondRemaining)))
        consider(m_config.perSecondPauseMs);
    if (isZeroCount(headerValue(headers, kPerMinuteRemaining))) {
        // The window is not documented; the start of the next UTC minute is the soonest a
        // per-minute counter can have reset.
        const QTime time = nowUtc.toUTC().time();
        consider(60000 - (time.second() * 1000 + time.msec()));
    }
    return longest;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(QByteArrayView value, const QDateTime &nowUtc)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    const QDateTime date = parseHttpDate(text);
    if (!date.isValid())
        return std::nullopt;
    return qMax<qint64>(0, nowUtc.msecsTo(date));
}

QDateTime RetryPolicy::parseHttpDate(QByteArrayView value)
{
    const QString text = QString::fromLatin1(value.toByteArray()).simplified();
    static const QRegularExpression imfFixdate(
        u"^[a-z]{3}, (\\d{2}) ([a-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rfc850(u"^[a-z]+, (\\d{2})-([a-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression asctime(u"^[a-z]{3} ([a-z]{3}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"_s,
                                            QRegularExpression::CaseInsensitiveOption);

    if (const auto m = imfFixdate.match(text); m.hasMatch()) {
        return utcDateTime(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt(),
                           m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = rfc850.match(text); m.hasMatch()) {
        // Two-digit years: RFC 9110 says read them as the most recent matching past year;
        // for a header that names the near future, 20xx is that year.
        const int year = 2000 + m.captured(3).toInt();
        return utcDateTime(year, monthNumber(m.captured(2)), m.captured(1).toInt(), m.captured(4).toInt(),
                           m.captured(5).toInt(), m.captured(6).toInt());
    }
    if (const auto m = asctime.match(text); m.hasMatch()) {
        return utcDateTime(m.captured(6).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt(),
                           m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
    }
    return {};
}

bool RetryPolicy::hasRateLimitHeaders(const HttpHeaders &headers)
{
    for (const auto &field : headers) {
        if (field.first.toLower().contains("ratelimit"))
            return true;
    }
    return false;
}

bool RetryPolicy::isThrottled(int status, const HttpHeaders &headers, const QByteArray &body)
{
    if (status == 429)
        return true;
    if (status != 403)
        return false;
    // Jumpseller sends its rate-limit headers on every answer, a genuine 403 included, so
    // their presence alone proves nothing: look for a sign that the limit was hit.
    if (hasHeader(headers, kBanReset) || hasHeader(headers, kRetryAfter))
        return true;
    if (!hasRateLimitHeaders(headers))
        return false;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower.contains("ratelimit") && lower.contains("remaining") && isZeroCount(value))
            return true;
    }
    return body.toLower().contains("rate limit");
}

} // namespace puente
