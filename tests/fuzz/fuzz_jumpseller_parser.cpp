// libFuzzer target: arbitrary bytes as a Jumpseller answer. Whatever parses as JSON goes
// through every JumpsellerParser function (at the top level and one level down, so wrapped
// records meet every reader) and the lenient value readers; the raw bytes also go through
// JumpsellerHookVerifier, whose sign/verify round trip must hold for any body and token.
// Crashes, sanitizer reports and a failed round trip are findings.
#include "connectors/jumpseller/JumpsellerHookVerifier.h"
#include "connectors/jumpseller/JumpsellerJson.h"
#include "connectors/jumpseller/JumpsellerParser.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cstdint>
#include <cstdlib>

using puente::JumpsellerHookVerifier;
using puente::JumpsellerJson;
using puente::JumpsellerParser;

namespace {

// Results are folded into this so the optimiser cannot drop the parsing.
volatile qint64 g_sink = 0;

template<typename Result>
void consume(const Result &result)
{
    g_sink = g_sink + (result.ok() ? 1 : result.error().detail().size());
}

template<typename T>
void consumeList(const puente::ApiResult<QList<T>> &result)
{
    if (!result.ok()) {
        g_sink = g_sink + result.error().detail().size();
        return;
    }
    for (const T &item : result.value())
        g_sink = g_sink + item.id;
}

void parseEverything(const QJsonValue &value)
{
    consume(JumpsellerParser::storeInfo(value));
    consume(JumpsellerParser::count(value));
    consume(JumpsellerParser::product(value));
    consumeList(JumpsellerParser::products(value));
    consume(JumpsellerParser::variant(value));
    consumeList(JumpsellerParser::variants(value));
    consume(JumpsellerParser::category(value));
    consumeList(JumpsellerParser::categories(value));
    consume(JumpsellerParser::productFields(value));
    consume(JumpsellerParser::order(value));
    consumeList(JumpsellerParser::orders(value));
    consume(JumpsellerParser::checkoutCustomField(value));
    consumeList(JumpsellerParser::checkoutCustomFields(value));
    consume(JumpsellerParser::hook(value));
    consumeList(JumpsellerParser::hooks(value));

    const QString text = JumpsellerJson::text(value);
    g_sink = g_sink + text.size() + JumpsellerJson::integerOr(value) + JumpsellerJson::intOr(value)
        + (JumpsellerJson::numberOr(value) != 0) + JumpsellerJson::booleanOr(value);
    g_sink = g_sink + JumpsellerJson::timestamp(value).isValid();
    g_sink = g_sink + int(JumpsellerParser::orderStatus(text)) + int(JumpsellerParser::productStatus(text));
}

void verifyHook(const QByteArray &bytes)
{
    // Layout: token up to the first newline, the claimed signature up to the second, the body.
    const qsizetype first = bytes.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : bytes.indexOf('\n', first + 1);
    const QString token = QString::fromUtf8(first < 0 ? bytes : bytes.left(first));
    const QByteArray signature = second < 0 ? QByteArray() : bytes.mid(first + 1, second - first - 1);
    const QByteArray body = second < 0 ? bytes : bytes.mid(second + 1);
    g_sink = g_sink + JumpsellerHookVerifier::verify(body, signature, token);
    // Property: what sign() produces always verifies (for a non-empty token).
    if (!token.isEmpty() && !JumpsellerHookVerifier::verify(body, JumpsellerHookVerifier::sign(body, token), token))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    verifyHook(bytes);

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isNull())
        return 0;
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    parseEverything(root);
    // One level down: elements of a list, values of an object ({"product": ...} and the like).
    int visited = 0;
    if (document.isArray()) {
        for (const QJsonValue &element : document.array()) {
            if (++visited > 32)
                break;
            parseEverything(element);
        }
    } else {
        const QJsonObject object = document.object();
        for (auto it = object.constBegin(); it != object.constEnd() && ++visited <= 32; ++it)
            parseEverything(it.value());
    }
    return 0;
}
