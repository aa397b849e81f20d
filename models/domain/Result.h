#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace holdfast {

/// A failure that can be shown to a person: a stable code for programs and a
/// translated, specific message for people ("Server answered 503 for /api/v1/favourites").
struct Error
{
    enum class Code {
        Io,            ///< file system or database I/O failed
        Database,      ///< SQL error or corrupt store
        InvalidInput,  ///< bad argument, malformed data from a file or the network
        NotFound,      ///< unknown account, item, file
        Network,       ///< unreachable host, dropped connection, TLS failure
        Http,          ///< the server answered with an error status
        Auth,          ///< token missing, expired or rejected; sign in again
        RateLimited,   ///< gave up waiting for a rate limit
        Keychain,      ///< the OS keychain refused or is unavailable
        Cancelled,     ///< the user or caller cancelled
    };

    Code code = Code::InvalidInput;
    QString message;
};

/// Result<T>: either a value or an Error. Small stand-in for std::expected (C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_value); }
    const T &value() const & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_value); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_value;
};

/// Result of an operation that yields nothing but can fail.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

/// Stable names of error codes, for files and databases ("auth", "rate-limited", ...).
inline QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Io: return QStringLiteral("io");
    case Error::Code::Database: return QStringLiteral("database");
    case Error::Code::InvalidInput: return QStringLiteral("invalid-input");
    case Error::Code::NotFound: return QStringLiteral("not-found");
    case Error::Code::Network: return QStringLiteral("network");
    case Error::Code::Http: return QStringLiteral("http");
    case Error::Code::Auth: return QStringLiteral("auth");
    case Error::Code::RateLimited: return QStringLiteral("rate-limited");
    case Error::Code::Keychain: return QStringLiteral("keychain");
    case Error::Code::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

/// The code named `name` by errorCodeName(); nullopt for anything else.
inline std::optional<Error::Code> errorCodeFromName(const QString &name)
{
    for (const auto code : {Error::Code::Io, Error::Code::Database, Error::Code::InvalidInput,
                            Error::Code::NotFound, Error::Code::Network, Error::Code::Http,
                            Error::Code::Auth, Error::Code::RateLimited, Error::Code::Keychain,
                            Error::Code::Cancelled})
        if (errorCodeName(code) == name)
            return code;
    return std::nullopt;
}

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace holdfast
