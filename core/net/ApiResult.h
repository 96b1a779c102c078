#pragma once

#include "net/ApiError.h"

#include <functional>
#include <optional>
#include <utility>

namespace puente {

/**
 * A typed outcome of a REST call (or of a sequence of them, such as paging through a list):
 * either a value or the ApiError that stopped it. Connectors (BsaleClient, JumpsellerClient)
 * return these so callers never see raw JSON.
 */
template<typename T>
class ApiResult
{
public:
    ApiResult(T value) // NOLINT(google-explicit-constructor): a result is naturally built from its value
        : m_value(std::move(value))
    { }
    ApiResult(ApiError error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

/** Progress of a multi-page fetch: items so far and the total when the API tells it (-1 if not). */
using PageProgress = std::function<void(qint64 done, qint64 total)>;

} // namespace puente
