#include "app/cli/Cli.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

namespace holdfast::cli {

namespace {
const QStringList kCommands = {QStringLiteral("accounts"), QStringLiteral("backup"),
                               QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("report"), QStringLiteral("package"),
                               QStringLiteral("search")};

QString usage()
{
    return QStringLiteral(
        "Usage: holdfast [--data-dir DIR] COMMAND ...\n"
        "  accounts add mastodon --instance URL [--no-browser]\n"
        "  accounts add bluesky --handle HANDLE [--service URL] [--plc-directory URL]\n"
        "                       [--app-password-stdin | --oauth [--no-browser]]\n"
        "  accounts list [--json]\n"
        "  accounts remove ACCOUNT\n"
        "  backup (ACCOUNT... | --all) [--full] [--no-media] [--max-media-size MB]\n"
        "  export --account ACCOUNT --collection COLLECTION --format jsonl|csv|html\n"
        "         [--since DATE] [--until DATE] [--output FILE|DIR] [--bom]\n"
        "  import PATH [--account ACCOUNT]\n"
        "  report --account ACCOUNT [--account ACCOUNT ...] --since DATE --until DATE\n"
        "         --output FILE [--format pdf|csv]\n"
        "  package --account ACCOUNT [--since DATE] [--until DATE] [--query Q] [--person P]\n"
        "          --output FILE.zip\n"
        "  search QUERY [--account ACCOUNT] [--limit N] [--json]\n"
        "Without a command, holdfast opens its window.\n");
}

// Splits off the global options that precede the command.
struct GlobalOptions
{
    QString dataDir;
    bool help = false;
    bool version = false;
    QString error;
    QStringList rest;
};

GlobalOptions parseGlobal(const QStringList &arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (!options.rest.isEmpty()) {
            options.rest.append(arg);
        } else if (arg == u"--data-dir") {
            if (i + 1 >= arguments.size()) {
                options.error = QStringLiteral("--data-dir needs a directory");
                return options;
            }
            options.dataDir = arguments[++i];
        } else if (arg.startsWith(u"--data-dir=")) {
            options.dataDir = arg.mid(11);
        } else if (arg == u"--help" || arg == u"-h") {
            options.help = true;
        } else if (arg == u"--version") {
            options.version = true;
        } else if (arg.startsWith(u'-')) {
            // Qt's own GUI options (-platform, -style ...) are not ours; leave them to the GUI.
            options.rest.clear();
            return options;
        } else {
            options.rest.append(arg);
        }
    }
    return options;
}
} // namespace

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool needsGuiApplication(const QStringList &arguments)
{
    const GlobalOptions options = parseGlobal(arguments);
    return !options.rest.isEmpty() && (options.rest.first() == u"report" || options.rest.first() == u"package");
}

bool hasSubCommand(const QStringList &arguments)
{
    const GlobalOptions options = parseGlobal(arguments);
    return !options.rest.isEmpty() || options.help || options.version || !options.error.isEmpty();
}

int runCommandLine(const QStringList &arguments)
{
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    const GlobalOptions options = parseGlobal(arguments);
    if (!options.error.isEmpty()) {
        err << "holdfast: " << options.error << "\n" << usage();
        return UsageError;
    }
    if (options.version) {
        out << "holdfast " << QCoreApplication::applicationVersion() << "\n";
        return Success;
    }
    if (options.help || options.rest.isEmpty()) {
        out << usage();
        return options.help ? Success : UsageError;
    }
    CliContext context{options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir, out, err};
    const QString command = options.rest.first();
    const QStringList commandArgs = options.rest.mid(1);
    int code = UsageError;
    if (command == u"accounts")
        code = runAccounts(context, commandArgs);
    else if (command == u"backup")
        code = runBackup(context, commandArgs);
    else if (command == u"export")
        code = runExport(context, commandArgs);
    else if (command == u"import")
        code = runImport(context, commandArgs);
    else if (command == u"package")
        code = runPackage(context, commandArgs);
    else if (command == u"report")
        code = runReport(context, commandArgs);
    else if (command == u"search")
        code = runSearch(context, commandArgs);
    else
        err << "holdfast: unknown command '" << command << "'\n" << usage();
    out.flush();
    err.flush();
    return code;
}

} // namespace holdfast::cli
