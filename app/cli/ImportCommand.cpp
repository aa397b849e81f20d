// holdfast import PATH [--account ACCOUNT]: a platform's data-export archive into the store.

#include "app/cli/CliSupport.h"
#include "connectors/importers/ArchiveImport.h"

#include <QDateTime>

#include <csignal>

namespace holdfast::cli {

namespace {
// Ctrl+C cancels between entries; what was written so far is kept (and recorded in the run).
CancellationToken g_importCancellation;
extern "C" void onImportInterrupt(int)
{
    g_importCancellation.cancel();
}
} // namespace

int runImport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QStringLiteral("Archive file (ZIP, tar.gz, CAR, CSV) or unpacked folder"));
    parser.addOption({QStringLiteral("account"),
                      QStringLiteral("Import into this account (id or handle)"),
                      QStringLiteral("ACCOUNT")});
    if (!parseArguments(parser, QStringLiteral("import"), arguments, context))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        context.err << "holdfast import: give exactly one archive file or folder\n";
        return UsageError;
    }
    auto store = openStore(context);
    if (!store)
        return Failure;

    importers::ImportOptions options;
    options.account = parser.value(QStringLiteral("account"));
    QDateTime lastLine;
    auto progress = [&](const importers::ImportProgress &p) {
        // At most a line a second, plus phase changes, so a big archive does not flood stderr.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool phaseLine = p.phase != importers::ImportProgress::Phase::Importing
                               && p.phase != importers::ImportProgress::Phase::Verifying;
        if (!phaseLine && p.done != 0 && lastLine.isValid() && lastLine.msecsTo(now) < 1000)
            return;
        lastLine = now;
        context.err << p.message << "\n";
        context.err.flush();
    };
    std::signal(SIGINT, onImportInterrupt);
    std::signal(SIGTERM, onImportInterrupt);
    importers::ArchiveImport import(*store, parser.positionalArguments().first(), options,
                                    &g_importCancellation, progress);
    auto result = import.run();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!result) {
        context.err << "holdfast import: " << result.error().message << "\n";
        return Failure;
    }
    for (const QString &line : result->lines())
        context.out << line << "\n";
    return Success;
}

} // namespace holdfast::cli
