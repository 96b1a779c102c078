#include "sync/OrderState.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

const std::array<std::pair<OrderState::Order, QStringView>, 12> kOrderKeys {{
    {OrderState::Order::Waiting, u"waiting"},
    {OrderState::Order::Manual, u"manual"},
    {OrderState::Order::Refused, u"refused"},
    {OrderState::Order::NoDocument, u"no_document"},
    {OrderState::Order::Emitting, u"emitting"},
    {OrderState::Order::Failed, u"failed"},
    {OrderState::Order::Documented, u"documented"},
    {OrderState::Order::Crediting, u"crediting"},
    {OrderState::Order::CreditFailed, u"credit_failed"},
    {OrderState::Order::Credited, u"credited"},
    {OrderState::Order::Canceled, u"canceled"},
    {OrderState::Order::Abandoned, u"abandoned"},
}};

const std::array<std::pair<OrderState::Document, QStringView>, 6> kDocumentKeys {{
    {OrderState::Document::Planned, u"planned"},
    {OrderState::Document::Sending, u"sending"},
    {OrderState::Document::Emitted, u"emitted"},
    {OrderState::Document::Failed, u"failed"},
    {OrderState::Document::Superseded, u"superseded"},
    {OrderState::Document::Void, u"void"},
}};

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[state, key] : table) {
        if (state == value)
            return key.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, N> &table, const QString &text)
{
    for (const auto &[state, key] : table) {
        if (key == text)
            return state;
    }
    return std::nullopt;
}

} // namespace

QString OrderState::key(Order state)
{
    return keyOf(kOrderKeys, state);
}

std::optional<OrderState::Order> OrderState::orderFromKey(const QString &key)
{
    return valueOf(kOrderKeys, key);
}

QString OrderState::key(Document state)
{
    return keyOf(kDocumentKeys, state);
}

std::optional<OrderState::Document> OrderState::documentFromKey(const QString &key)
{
    return valueOf(kDocumentKeys, key);
}

QStringList OrderState::keys(std::initializer_list<Order> states)
{
    QStringList out;
    for (const Order state : states)
        out.append(key(state));
    return out;
}

QStringList OrderState::keys(std::initializer_list<Document> states)
{
    QStringList out;
    for (const Document state : states)
        out.append(key(state));
    return out;
}

QStringList OrderState::openKeys()
{
    // Documented orders are open too (a cancellation means a credit note), but there are many:
    // OrderPipeline re-reads them a few per cycle instead.
    return keys({Order::Waiting, Order::Manual, Order::Refused, Order::Emitting, Order::Failed});
}

bool OrderState::needsAttention(Order state)
{
    return state == Order::Manual || state == Order::Refused || state == Order::Failed || state == Order::CreditFailed;
}

} // namespace puente
