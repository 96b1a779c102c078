#include "connectors/bsale/BsaleError.h"

#include <QtCore/QMetaEnum>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

using Kind = BsaleError::Kind;

struct Fragment
{
    Kind kind;
    const char16_t *text; ///< lower case; matched as a substring of the lower-cased message
};

// Bsale's documented 400 messages (bsale.md §1 Errors and the FAQ), first match wins: more
// specific fragments come before the general ones that could also match.
constexpr std::array kFragments {
    Fragment {Kind::ClientDataRequired, u"client attribute required"},
    Fragment {Kind::ClientDataRequired, u"following client attributes required"},
    Fragment {Kind::ClientDataRequired, u"only allow clients with companyorperson"},
    Fragment {Kind::ClientDataRequired, u"cli_004"},
    Fragment {Kind::ClientRequired, u"the client is required for this type of document"},
    Fragment {Kind::DuplicateClient, u"there are more than a client with the code"},
    Fragment {Kind::OutOfFolios, u"does not have numbers available"},
    Fragment {Kind::OutOfFolios, u"unavailable document number"},
    Fragment {Kind::CafExpired, u"caf used is expired"},
    Fragment {Kind::NoStock, u"there is no stock for this products"},
    Fragment {Kind::NoStock, u"problem with the available quantity"},
    Fragment {Kind::SerialRequired, u"especify the serie"},
    Fragment {Kind::SerialRequired, u"specify the serie"},
    Fragment {Kind::InvalidNetValue, u"invalid net unit value"},
    Fragment {Kind::ReturnExceedsSale, u"the quantity returned"},
    Fragment {Kind::ReturnExceedsSale, u"return already been nullified"},
    Fragment {Kind::InvalidReference, u"does not have reference document"},
    Fragment {Kind::InvalidReference, u"invalid reference detail"},
    Fragment {Kind::InvalidQuantity, u"invalid quantity"},
    Fragment {Kind::InvalidVariant, u"invalid variant"},
    Fragment {Kind::InvalidVariant, u"is out of range for activerecord"},
    Fragment {Kind::InvalidVariant, u"invalid pack promo detail"},
    Fragment {Kind::InvalidDocumentType, u"invalid documenttype"},
    Fragment {Kind::NoDefaultPriceList, u"couldn't find listaprecio"},
    Fragment {Kind::InvalidPriceList, u"invalid price list"},
    Fragment {Kind::InvalidPriceList, u"price list not found"},
    Fragment {Kind::BelowMinimumAmount, u"less than the minimum allowed"},
    Fragment {Kind::TooManyLines, u"the number of details allowed"},
    Fragment {Kind::MalformedRequest, u"invalid json object"},
    Fragment {Kind::MalformedRequest, u"no implicit conversion"},
};

// FAQ: a 500 with this text may mean "rate-limited".
constexpr auto kNotAvailable = u"the requested resource is not available";

Kind fromTransport(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::ConnectionReset:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Redirect:
        return Kind::Unreachable;
    case ApiError::Kind::MalformedJson:
        return Kind::UnreadableAnswer;
    case ApiError::Kind::Canceled:
        return Kind::Canceled;
    case ApiError::Kind::InvalidRequest:
        return Kind::MalformedRequest;
    case ApiError::Kind::None:
    case ApiError::Kind::Http:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
        break;
    }
    return Kind::None;
}

} // namespace

BsaleError::Kind BsaleError::classifyRefusal(const QString &serverMessage)
{
    const QString message = serverMessage.toLower();
    for (const Fragment &fragment : kFragments) {
        if (message.contains(QStringView(fragment.text)))
            return fragment.kind;
    }
    return Kind::None;
}

BsaleError::Kind BsaleError::classify(const ApiError &error)
{
    if (!error.isError())
        return Kind::None;
    if (const Kind transport = fromTransport(error.kind()); transport != Kind::None)
        return transport;
    const int status = error.httpStatus();
    if (error.kind() == ApiError::Kind::RateLimited)
        return Kind::RateLimited;
    if (error.kind() == ApiError::Kind::Unauthorized)
        return Kind::Unauthorized;
    if (status == 402)
        return Kind::AccountBlocked;
    if (status >= 500) {
        const bool notAvailable = error.serverMessage().toLower().contains(QStringView(kNotAvailable));
        return notAvailable ? Kind::RateLimited : Kind::ServerError;
    }
    // Documented refusals come as 400; recognise their text on any 4xx in case the status moves.
    if (const Kind refusal = classifyRefusal(error.serverMessage()); refusal != Kind::None)
        return refusal;
    if (error.kind() == ApiError::Kind::Forbidden)
        return Kind::Forbidden;
    if (error.kind() == ApiError::Kind::NotFound)
        return Kind::NotFound;
    return Kind::Rejected;
}

bool BsaleError::isRetryable(const ApiError &error)
{
    switch (classify(error)) {
    case Kind::Unreachable:
    case Kind::UnreadableAnswer:
        return error.retryable(); // a TLS failure or a well-formed but wrong answer will repeat
    case Kind::RateLimited:
    case Kind::ServerError:
        return true;
    default:
        return false;
    }
}

QString BsaleError::kindName(Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}

} // namespace puente
