#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace holdfast::testing {

/// Runs the real `holdfast` binary (path from $HOLDFAST_BINARY) with a private data directory,
/// keeping the test's event loop (and so its in-process servers) running meanwhile.
class HoldfastProcess
{
public:
    explicit HoldfastProcess(QString dataDir) : m_dataDir(std::move(dataDir)) {}

    struct Outcome
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
    };

    /// Runs `holdfast --data-dir DIR args...` to completion (or timeout).
    Outcome run(const QStringList &args, int timeoutMs = 300'000) const;
    /// Starts it and leaves control to the caller (for interactive sign-in or killing it).
    void start(QProcess &process, const QStringList &args) const;

    /// `accounts add mastodon` against `instance`, playing the browser: fetches the printed
    /// authorization URL and follows its redirect to the loopback listener. Returns the outcome.
    Outcome signIn(const QUrl &instance) const;

    static QString binary();

private:
    QString m_dataDir;
};

} // namespace holdfast::testing
