#include "app/cli/CliSupport.h"
#include "models/reports/ReportFigures.h"
#include "reports/ReportPdfWriter.h"

#include <QSaveFile>

namespace holdfast::cli {

int runReport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("account"), QStringLiteral("Account id or handle (repeatable)"),
                      QStringLiteral("ACCOUNT")});
    parser.addOption({QStringLiteral("since"), QStringLiteral("First day of the period (inclusive)"),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), QStringLiteral("End of the period (exclusive)"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("PDF (or CSV) file to write"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("pdf (default) or csv (the figures)"),
                      QStringLiteral("FORMAT")});
    if (!parseArguments(parser, QStringLiteral("report"), arguments, context))
        return UsageError;
    for (const char *required : {"account", "since", "until", "output"}) {
        if (!parser.isSet(QLatin1String(required))) {
            context.err << "holdfast report: --" << required << " is required\n";
            return UsageError;
        }
    }
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                   : QStringLiteral("pdf");
    if (format != u"pdf" && format != u"csv") {
        context.err << "holdfast report: unknown format '" << format << "' (pdf or csv)\n";
        return UsageError;
    }
    ReportOptions options;
    options.since = parseDateArgument(parser.value(QStringLiteral("since")));
    options.until = parseDateArgument(parser.value(QStringLiteral("until")));
    if (!options.since.isValid() || !options.until.isValid() || options.since >= options.until) {
        context.err << "holdfast report: --since and --until need dates like 2024-03-01, since before until\n";
        return UsageError;
    }

    auto store = openStore(context);
    if (!store)
        return Failure;
    const auto accountIds = resolveAccountIds(*store, parser.values(QStringLiteral("account")), context);
    if (!accountIds)
        return Failure;
    options.accountIds = *accountIds;
    auto figures = computeReport(*store, options);
    if (!figures) {
        context.err << "holdfast report: " << figures.error().message << "\n";
        return Failure;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (format == u"csv") {
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly)) {
            context.err << "holdfast report: cannot write " << output << ": " << file.errorString() << "\n";
            return Failure;
        }
        auto written = writeReportCsv(figures.value(), &file);
        if (!written || !file.commit()) {
            context.err << "holdfast report: cannot write " << output << "\n";
            return Failure;
        }
    } else {
        auto written = reports::writeReportPdf(figures.value(), output);
        if (!written) {
            context.err << "holdfast report: " << written.error().message << "\n";
            return Failure;
        }
    }
    context.err << "Wrote " << output << "\n";
    return Success;
}

} // namespace holdfast::cli
