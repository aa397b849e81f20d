#include "HoldfastProcess.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

namespace holdfast::testing {

QString HoldfastProcess::binary()
{
    return qEnvironmentVariable("HOLDFAST_BINARY");
}

void HoldfastProcess::start(QProcess &process, const QStringList &args) const
{
    process.setProgram(binary());
    process.setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir} + args);
    process.start();
}

namespace {
/// Waits for the process with the event loop running (the fake server lives in this thread),
/// kills it at the deadline, and collects what it printed.
HoldfastProcess::Outcome finish(QProcess &process, const QDeadlineTimer &deadline, QByteArray stdoutSoFar = {})
{
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    HoldfastProcess::Outcome outcome;
    outcome.exitCode = process.exitCode();
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.out = stdoutSoFar + process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}
} // namespace

HoldfastProcess::Outcome HoldfastProcess::run(const QStringList &args, int timeoutMs) const
{
    QProcess process;
    start(process, args);
    return finish(process, QDeadlineTimer(timeoutMs));
}

HoldfastProcess::Outcome HoldfastProcess::signIn(const QUrl &instance) const
{
    QProcess process;
    start(process, {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("mastodon"),
                    QStringLiteral("--instance"), instance.toString(), QStringLiteral("--no-browser")});
    QByteArray stdoutSoFar;
    QUrl authorizeUrl;
    const QRegularExpression line(QStringLiteral("^Open this URL in your browser to authorize Holdfast: (\\S+)$"),
                                  QRegularExpression::MultilineOption);
    QDeadlineTimer deadline(60'000);
    while (!authorizeUrl.isValid() && process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QTest::qWait(20);
        stdoutSoFar += process.readAllStandardOutput();
        const auto match = line.match(QString::fromUtf8(stdoutSoFar));
        if (match.hasMatch())
            authorizeUrl = QUrl(match.captured(1), QUrl::StrictMode);
    }
    if (authorizeUrl.isValid()) {
        // The browser: GET the authorize page, which redirects to http://127.0.0.1:PORT/callback.
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = browser.get(QNetworkRequest(authorizeUrl));
        QDeadlineTimer replyDeadline(30'000);
        while (!reply->isFinished() && !replyDeadline.hasExpired())
            QTest::qWait(20);
        delete reply;
    }
    return finish(process, deadline, stdoutSoFar);
}

} // namespace holdfast::testing
