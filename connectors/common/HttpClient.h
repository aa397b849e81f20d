#pragma once

#include "connectors/common/CancellationToken.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace holdfast {

struct HttpResponse
{
    int status = 0;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty if absent
};

/// Per-request authentication beyond a fixed bearer token (e.g. DPoP proofs, see Dpop.h).
class RequestDecorator
{
public:
    virtual ~RequestDecorator() = default;
    /// Called for every attempt, after the client's own headers are set.
    virtual void decorate(QNetworkRequest &request, const QByteArray &method) = 0;
    /// Called with every complete response; true sends the same request again at once
    /// (a server challenge the decorator can now answer, such as a new DPoP nonce).
    virtual bool wantsResend(const HttpResponse &response) = 0;
};

/// How hard to try before a request fails for good.
struct RetryPolicy
{
    int maxAttempts = 5;            ///< for 5xx, dropped connections and unreadable bodies
    int initialBackoffMs = 500;     ///< doubled after every failed attempt (0.5+1+2+4 s)
    int maxBackoffMs = 60'000;
    qint64 maxRateLimitWaitMs = 20 * 60 * 1000; ///< give up if a server asks to wait longer
    int transferTimeoutMs = 60'000;
};

/**
 * Blocking HTTP for backup workers: each call runs a local event loop on the calling (worker)
 * thread, so paging code reads top to bottom. Never use it on the GUI thread.
 *
 * It honours rate limits (X-RateLimit-* / RateLimit-* headers, HTTP 429 with Retry-After or
 * reset time) by waiting, retries 5xx, dropped connections and truncated JSON with
 * exponential backoff, and stops promptly when the CancellationToken is set.
 */
class HttpClient final : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(const CancellationToken *cancellation = nullptr, QObject *parent = nullptr);
    ~HttpClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setBearerToken(const QString &token) { m_bearerToken = token; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    /// A header sent with every following request (e.g. atproto-proxy); an empty value removes it.
    void setExtraHeader(const QByteArray &name, const QByteArray &value);
    /// Not owned; nullptr removes it. It must outlive the requests made with it.
    void setRequestDecorator(RequestDecorator *decorator) { m_decorator = decorator; }
    RequestDecorator *requestDecorator() const { return m_decorator; }

    /// GET returning the body parsed as JSON (object or array).
    Result<QJsonDocument> getJson(const QUrl &url, HttpResponse *response = nullptr);
    /// POST a form; the answer parsed as JSON. Not retried on 5xx (not idempotent).
    Result<QJsonDocument> postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields,
                                   HttpResponse *response = nullptr);
    /// POST a JSON document (a null document: no body); the answer parsed as JSON (an empty
    /// body reads as an empty object). Not retried on 5xx (not idempotent).
    Result<QJsonDocument> postJson(const QUrl &url, const QJsonDocument &body,
                                   HttpResponse *response = nullptr);
    /// GET a file up to maxBytes (aborts beyond it). Retries like getJson.
    Result<HttpResponse> download(const QUrl &url, qint64 maxBytes);

    int requestCount() const { return m_requestCount; }

signals:
    /// The client is waiting for a rate-limit window to reset.
    void rateLimitWait(const QDateTime &until);
    /// A transient failure; the request is tried again after delayMs.
    void retrying(const QString &reason, int attempt, int delayMs);

private:
    enum class Verb { Get, PostForm, PostJson };
    struct Attempt
    {
        bool transportOk = false; ///< a complete HTTP response arrived
        bool tooLarge = false;
        QString transportError;
        HttpResponse response;
    };

    Result<HttpResponse> perform(Verb verb, const QUrl &url, const QByteArray &body,
                                 qint64 maxBytes, bool expectJson, QJsonDocument *json);
    Attempt attemptOnce(Verb verb, const QUrl &url, const QByteArray &body, qint64 maxBytes);
    bool sleepUnlessCancelled(qint64 ms);
    void rememberRateLimit(const HttpResponse &response);
    QDateTime rateLimitResetTime(const HttpResponse &response) const;
    static QDateTime withClockMargin(const QDateTime &reset);
    bool cancelled() const { return m_cancellation && m_cancellation->isCancelled(); }

    const CancellationToken *m_cancellation;
    QNetworkAccessManager *m_network;
    RetryPolicy m_policy;
    QString m_bearerToken;
    QByteArray m_userAgent = "Holdfast/" HOLDFAST_VERSION;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    RequestDecorator *m_decorator = nullptr;
    QDateTime m_notBefore; ///< from an exhausted rate limit: no request before this
    int m_requestCount = 0;
};

} // namespace holdfast
