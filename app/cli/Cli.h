#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace holdfast::cli {

/// Exit codes of the command line.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// What every sub-command gets: the data directory and the output streams.
struct CliContext
{
    QString dataDir;
    QTextStream &out;
    QTextStream &err;
};

/// True if `arguments` (without the program name) name a sub-command, i.e. run headless.
bool hasSubCommand(const QStringList &arguments);
/// True if the sub-command draws (report charts, PDF) and so needs a QApplication.
bool needsGuiApplication(const QStringList &arguments);
/// Runs a sub-command; returns the process exit code. Needs a Q(Core)Application.
int runCommandLine(const QStringList &arguments);

int runAccounts(CliContext &context, const QStringList &arguments);
int runBackup(CliContext &context, const QStringList &arguments);
int runExport(CliContext &context, const QStringList &arguments);
int runImport(CliContext &context, const QStringList &arguments);
int runReport(CliContext &context, const QStringList &arguments);
int runPackage(CliContext &context, const QStringList &arguments);
int runSearch(CliContext &context, const QStringList &arguments);

/// The default data directory: QStandardPaths::AppDataLocation.
QString defaultDataDir();

} // namespace holdfast::cli
