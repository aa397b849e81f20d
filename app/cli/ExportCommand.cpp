#include "app/cli/CliSupport.h"
#include "models/export/HtmlArchiveExporter.h"
#include "models/export/ItemExporter.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace holdfast::cli {

int runExport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("account"), QStringLiteral("Account id or handle"), QStringLiteral("ACCOUNT")});
    parser.addOption({QStringLiteral("collection"),
                      QStringLiteral("posts, favourites, bookmarks, mentions, messages, followers or following"),
                      QStringLiteral("COLLECTION")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("jsonl, csv or html"), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("since"), QStringLiteral("From this date (inclusive)"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), QStringLiteral("Up to this date (exclusive)"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("output"),
                      QStringLiteral("File to write (default: standard output); for html, a new folder or a .zip file"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("bom"), QStringLiteral("Start CSV with a UTF-8 byte order mark")});
    if (!parseArguments(parser, QStringLiteral("export"), arguments, context))
        return UsageError;

    for (const char *required : {"account", "collection", "format"}) {
        if (!parser.isSet(QLatin1String(required))) {
            context.err << "holdfast export: --" << required << " is required\n";
            return UsageError;
        }
    }
    const auto collection = collectionFromName(parser.value(QStringLiteral("collection")));
    if (!collection) {
        context.err << "holdfast export: unknown collection '" << parser.value(QStringLiteral("collection"))
                    << "' (posts, favourites, bookmarks, mentions, messages, followers, following)\n";
        return UsageError;
    }
    ExportOptions options;
    options.collection = *collection;
    const QString format = parser.value(QStringLiteral("format"));
    const bool html = format == u"html";
    if (html) {
        if (!parser.isSet(QStringLiteral("output"))) {
            context.err << "holdfast export: --format html needs --output DIR or --output FILE.zip\n";
            return UsageError;
        }
    } else if (format == u"jsonl") {
        options.format = ExportFormat::JsonLines;
    } else if (format == u"csv") {
        options.format = ExportFormat::Csv;
    } else {
        context.err << "holdfast export: unknown format '" << format << "' (jsonl, csv or html)\n";
        return UsageError;
    }
    options.csvByteOrderMark = parser.isSet(QStringLiteral("bom"));
    for (const auto &[name, target] : {std::pair{"since", &options.since}, std::pair{"until", &options.until}}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        *target = parseDateArgument(parser.value(QLatin1String(name)));
        if (!target->isValid()) {
            context.err << "holdfast export: --" << name << " needs a date like 2024-03-31 or 2024-03-31T12:00:00Z\n";
            return UsageError;
        }
    }

    auto store = openStore(context);
    if (!store)
        return Failure;
    auto account = resolveAccount(*store, parser.value(QStringLiteral("account")), context);
    if (!account)
        return Failure;
    options.accountId = account->id;

    if (html) {
        HtmlArchiveOptions archive;
        archive.accountId = options.accountId;
        archive.collections = {options.collection};
        archive.since = options.since;
        archive.until = options.until;
        const QString output = parser.value(QStringLiteral("output"));
        const bool zip = output.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
        const auto summary = zip ? exportHtmlArchiveZip(*store, archive, output)
                                 : exportHtmlArchive(*store, archive, output);
        if (!summary) {
            context.err << "holdfast export: " << summary.error().message << "\n";
            return Failure;
        }
        context.err << "Exported " << summary->items << " item(s) and " << summary->people << " person(s) into "
                    << summary->pages << " page(s) with " << summary->mediaFiles << " media file(s); ";
        if (zip)
            context.err << "wrote " << output << "\n";
        else
            context.err << "open " << output << "/index.html\n";
        return Success;
    }

    Result<qint64> written = qint64(0);
    if (parser.isSet(QStringLiteral("output"))) {
        // Written beside the target and renamed at the end: a failed export leaves no half file.
        QSaveFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly)) {
            context.err << "holdfast export: cannot write " << file.fileName() << ": " << file.errorString() << "\n";
            return Failure;
        }
        written = exportCollection(*store, options, &file);
        if (written && !file.commit()) {
            context.err << "holdfast export: cannot write " << file.fileName() << ": " << file.errorString() << "\n";
            return Failure;
        }
    } else {
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            context.err << "holdfast export: cannot write to standard output\n";
            return Failure;
        }
        written = exportCollection(*store, options, &out);
        out.flush();
    }
    if (!written) {
        context.err << "holdfast export: " << written.error().message << "\n";
        return Failure;
    }
    context.err << "Exported " << written.value() << " record(s)\n";
    return Success;
}

} // namespace holdfast::cli
