#pragma once

#include <QJsonObject>
#include <QString>

namespace holdfast::bench {

/// Where one size's files live: the generated archive, the data directory, exports.
struct BenchPaths
{
    QString root;                               ///< <work>/<size>
    QString archive() const { return root + QStringLiteral("/x-archive"); }
    QString data() const { return root + QStringLiteral("/data"); }
    QString exports() const { return root + QStringLiteral("/export"); }
};

/// Options of the backup phase.
struct BackupBenchOptions
{
    QString fakeServer;         ///< path of the fake-mastodon-server executable
    int statuses = 10000;       ///< own statuses on the fake server (other collections scale)
};

// Each phase runs in its own child process (so VmHWM is the phase's own peak) and returns its
// figures; "error" is set when it failed.
QJsonObject generatePhase(const BenchPaths &paths, qint64 items);
QJsonObject importPhase(const BenchPaths &paths);
QJsonObject storagePhase(const BenchPaths &paths);
QJsonObject searchPhase(const BenchPaths &paths, int queriesPerKind);
QJsonObject timelinePhase(const BenchPaths &paths);
QJsonObject exportJsonlPhase(const BenchPaths &paths);
QJsonObject exportHtmlPhase(const BenchPaths &paths);
QJsonObject backupPhase(const BenchPaths &paths, const BackupBenchOptions &options);

} // namespace holdfast::bench
