#include "connectors/common/HttpClient.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcNet, "holdfast.net")

namespace holdfast {

namespace {
constexpr int kCancelPollMs = 100;
constexpr int kResetMarginMs = 100;
constexpr int kMaxRateLimitHits = 30; // consecutive 429s for one request before giving up
constexpr int kMaxDecoratorResends = 2; // e.g. DPoP nonce challenges answered for one request

QString describeUrl(const QUrl &url)
{
    // Never put query strings into messages: they may carry codes or tokens.
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

QDateTime parseHttpOrIsoDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::RFC2822Date);
    return parsed;
}
} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpClient::HttpClient(const CancellationToken *cancellation, QObject *parent)
    : QObject(parent), m_cancellation(cancellation), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient() = default;

Result<QJsonDocument> HttpClient::getJson(const QUrl &url, HttpResponse *response)
{
    QJsonDocument json;
    auto result = perform(Verb::Get, url, {}, -1, true, &json);
    if (!result)
        return result.error();
    if (response)
        *response = std::move(result).value();
    return json;
}

Result<QJsonDocument> HttpClient::postForm(const QUrl &url,
                                           const QList<QPair<QString, QString>> &fields,
                                           HttpResponse *response)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                          QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QJsonDocument json;
    auto result = perform(Verb::PostForm, url, form.query(QUrl::FullyEncoded).toLatin1(), -1,
                          true, &json);
    if (!result)
        return result.error();
    if (response)
        *response = std::move(result).value();
    return json;
}

Result<QJsonDocument> HttpClient::postJson(const QUrl &url, const QJsonDocument &body,
                                           HttpResponse *response)
{
    QJsonDocument json;
    // A null document sends no body at all (XRPC procedures without input reject "{}").
    const QByteArray payload = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    auto result = perform(Verb::PostJson, url, payload, -1, true, &json);
    if (!result)
        return result.error();
    if (response)
        *response = std::move(result).value();
    return json;
}

void HttpClient::setExtraHeader(const QByteArray &name, const QByteArray &value)
{
    m_extraHeaders.removeIf([&](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (!value.isEmpty())
        m_extraHeaders.append({name, value});
}

Result<HttpResponse> HttpClient::download(const QUrl &url, qint64 maxBytes)
{
    return perform(Verb::Get, url, {}, maxBytes, false, nullptr);
}

Result<HttpResponse> HttpClient::perform(Verb verb, const QUrl &url, const QByteArray &body,
                                         qint64 maxBytes, bool expectJson, QJsonDocument *json)
{
    const QString where = describeUrl(url);
    int attempt = 0;
    int rateLimitHits = 0;
    int decoratorResends = 0;
    int backoffMs = m_policy.initialBackoffMs;
    QString lastProblem;

    while (true) {
        if (cancelled())
            return makeError(Error::Code::Cancelled, tr("Cancelled."));

        // A previous response said the window is used up: wait for it to reset first.
        if (m_notBefore.isValid()) {
            const qint64 waitMs = QDateTime::currentDateTimeUtc().msecsTo(m_notBefore);
            if (waitMs > 0) {
                if (waitMs > m_policy.maxRateLimitWaitMs)
                    return makeError(Error::Code::RateLimited,
                                     tr("%1 asks to wait until %2 for its rate limit; giving up.")
                                         .arg(url.host(), m_notBefore.toLocalTime().toString()));
                emit rateLimitWait(m_notBefore);
                if (!sleepUnlessCancelled(waitMs))
                    return makeError(Error::Code::Cancelled, tr("Cancelled."));
            }
            m_notBefore = {};
        }

        ++attempt;
        Attempt result = attemptOnce(verb, url, body, maxBytes);
        if (cancelled())
            return makeError(Error::Code::Cancelled, tr("Cancelled."));

        if (result.tooLarge)
            return makeError(Error::Code::InvalidInput,
                             tr("%1 is larger than the limit of %2 bytes.").arg(where).arg(maxBytes));

        bool transient = false;
        if (!result.transportOk) {
            transient = true;
            lastProblem = tr("connection to %1 failed: %2").arg(url.host(), result.transportError);
        } else {
            HttpResponse &response = result.response;
            rememberRateLimit(response);
            if (m_decorator && m_decorator->wantsResend(response) && decoratorResends < kMaxDecoratorResends) {
                ++decoratorResends;
                --attempt; // answering a challenge is not a failed attempt
                continue;
            }
            const int status = response.status;
            if (status == 429) {
                QDateTime until = withClockMargin(rateLimitResetTime(response));
                if (!until.isValid() || until <= QDateTime::currentDateTimeUtc())
                    until = QDateTime::currentDateTimeUtc().addMSecs(backoffMs);
                m_notBefore = until;
                --attempt; // waiting for a rate limit is not a failed attempt
                if (++rateLimitHits > kMaxRateLimitHits)
                    return makeError(Error::Code::RateLimited,
                                     tr("%1 kept answering 429 Too Many Requests; giving up.").arg(where));
                continue;
            }
            if (status >= 500) {
                transient = true;
                lastProblem = tr("%1 answered HTTP %2").arg(where).arg(status);
            } else if (status == 401 || status == 403) {
                return makeError(Error::Code::Auth,
                                 tr("%1 refused access (HTTP %2). Sign in to this account again.")
                                     .arg(where)
                                     .arg(status));
            } else if (status >= 400) {
                const auto code = status == 404 ? Error::Code::NotFound : Error::Code::Http;
                QString detail;
                const auto errorJson = QJsonDocument::fromJson(response.body);
                if (errorJson.isObject()) {
                    detail = errorJson.object().value(QLatin1String("error_description")).toString();
                    if (detail.isEmpty())
                        detail = errorJson.object().value(QLatin1String("error")).toString();
                }
                return makeError(code, detail.isEmpty()
                                           ? tr("%1 answered HTTP %2.").arg(where).arg(status)
                                           : tr("%1 answered HTTP %2: %3").arg(where).arg(status).arg(detail));
            } else if (expectJson && verb == Verb::PostJson && response.body.trimmed().isEmpty()) {
                *json = QJsonDocument(QJsonObject()); // XRPC procedures may answer 200 with no body
            } else if (expectJson) {
                QJsonParseError parseError;
                *json = QJsonDocument::fromJson(response.body, &parseError);
                if (parseError.error != QJsonParseError::NoError) {
                    // Usually a connection cut mid-body; the next attempt normally succeeds.
                    transient = true;
                    lastProblem = tr("%1 sent unreadable JSON (%2 at byte %3)")
                                      .arg(where, parseError.errorString())
                                      .arg(parseError.offset);
                }
            }
            if (!transient)
                return std::move(result.response);
        }

        // Only GETs are safe to repeat blindly.
        if (verb != Verb::Get || attempt >= m_policy.maxAttempts)
            return makeError(result.transportOk ? Error::Code::Http : Error::Code::Network,
                             tr("Giving up after %1 attempt(s): %2.").arg(attempt).arg(lastProblem));
        qCInfo(lcNet) << "retrying" << where << "after" << backoffMs << "ms:" << lastProblem;
        emit retrying(lastProblem, attempt, backoffMs);
        if (!sleepUnlessCancelled(backoffMs))
            return makeError(Error::Code::Cancelled, tr("Cancelled."));
        backoffMs = std::min(backoffMs * 2, m_policy.maxBackoffMs);
    }
}

HttpClient::Attempt HttpClient::attemptOnce(Verb verb, const QUrl &url, const QByteArray &body,
                                            qint64 maxBytes)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    if (!m_bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearerToken.toUtf8());
    for (const auto &[name, value] : m_extraHeaders)
        request.setRawHeader(name, value);
    if (m_decorator)
        m_decorator->decorate(request, verb == Verb::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"));

    QNetworkReply *reply = nullptr;
    if (verb == Verb::PostForm) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, body);
    } else if (verb == Verb::PostJson) {
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network->post(request, body);
    } else {
        reply = m_network->get(request);
    }
    ++m_requestCount;

    Attempt attempt;
    QEventLoop loop;
    QTimer cancelPoll;
    cancelPoll.setInterval(kCancelPollMs);
    connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            reply->abort();
    });
    if (maxBytes >= 0) {
        connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
            if (received > maxBytes || total > maxBytes) {
                attempt.tooLarge = true;
                reply->abort();
            }
        });
    }
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    cancelPoll.start();
    loop.exec();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const auto error = reply->error();
    // An HTTP error status still counts as a complete response; transport errors do not.
    const bool httpError = error >= QNetworkReply::ContentAccessDenied
                           && error <= QNetworkReply::UnknownServerError;
    if (status.isValid() && (error == QNetworkReply::NoError || httpError)) {
        attempt.transportOk = true;
        attempt.response.status = status.toInt();
        attempt.response.url = reply->url();
        attempt.response.body = reply->readAll();
        attempt.response.headers = reply->rawHeaderPairs();
    } else {
        attempt.transportError = reply->errorString();
    }
    reply->deleteLater();
    return attempt;
}

bool HttpClient::sleepUnlessCancelled(qint64 ms)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    done.setTimerType(Qt::PreciseTimer); // a coarse timer may wake just before a rate-limit reset
    connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            loop.quit();
    });
    done.start(static_cast<int>(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    poll.start(kCancelPollMs);
    loop.exec();
    return !cancelled();
}

QDateTime HttpClient::rateLimitResetTime(const HttpResponse &response) const
{
    // Retry-After: seconds or an HTTP date (RFC 9110).
    const QByteArray retryAfter = response.header("Retry-After");
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = retryAfter.trimmed().toLongLong(&isNumber);
        if (isNumber)
            return QDateTime::currentDateTimeUtc().addSecs(seconds);
        const QDateTime when = parseHttpOrIsoDate(retryAfter);
        if (when.isValid())
            return when;
    }
    // Mastodon: ISO 8601 time; X: epoch seconds; IETF draft RateLimit-Reset: delta seconds.
    const QByteArray reset = response.header("X-RateLimit-Reset");
    if (!reset.isEmpty()) {
        bool isNumber = false;
        const qint64 epoch = reset.trimmed().toLongLong(&isNumber);
        if (isNumber)
            return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
        return parseHttpOrIsoDate(reset);
    }
    const QByteArray delta = response.header("RateLimit-Reset");
    if (!delta.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = delta.trimmed().toLongLong(&isNumber);
        // The AT Protocol PDS sends epoch seconds here, not the draft's delta: no real window
        // is decades long, so a value past 2001 is a point in time.
        constexpr qint64 kEpochThreshold = 1'000'000'000;
        if (isNumber && seconds >= kEpochThreshold)
            return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        if (isNumber)
            return QDateTime::currentDateTimeUtc().addSecs(seconds);
    }
    return {};
}

QDateTime HttpClient::withClockMargin(const QDateTime &reset)
{
    // Server and client clocks and timers differ by a few milliseconds; arriving just before the
    // window resets would earn another 429.
    return reset.isValid() ? reset.addMSecs(kResetMarginMs) : reset;
}

void HttpClient::rememberRateLimit(const HttpResponse &response)
{
    QByteArray remaining = response.header("X-RateLimit-Remaining");
    if (remaining.isEmpty())
        remaining = response.header("RateLimit-Remaining");
    bool isNumber = false;
    if (remaining.isEmpty() || remaining.trimmed().toLongLong(&isNumber) > 0 || !isNumber)
        return;
    const QDateTime reset = withClockMargin(rateLimitResetTime(response));
    if (reset.isValid() && reset > QDateTime::currentDateTimeUtc())
        m_notBefore = reset;
}

} // namespace holdfast
