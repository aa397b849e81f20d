#include "app/cli/CliSupport.h"
#include "reports/RecordsPackage.h"

namespace holdfast::cli {

int runPackage(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("account"), QStringLiteral("Account id or handle (repeatable)"),
                      QStringLiteral("ACCOUNT")});
    parser.addOption({QStringLiteral("since"), QStringLiteral("From this date (inclusive)"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), QStringLiteral("Up to this date (exclusive)"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("query"), QStringLiteral("Words the text must contain"), QStringLiteral("Q")});
    parser.addOption({QStringLiteral("person"), QStringLiteral("Words of the author's handle or name"),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("ZIP file to write"), QStringLiteral("FILE")});
    if (!parseArguments(parser, QStringLiteral("package"), arguments, context))
        return UsageError;
    for (const char *required : {"account", "output"}) {
        if (!parser.isSet(QLatin1String(required))) {
            context.err << "holdfast package: --" << required << " is required\n";
            return UsageError;
        }
    }
    reports::PackageOptions options;
    options.query = parser.value(QStringLiteral("query"));
    options.person = parser.value(QStringLiteral("person"));
    for (const auto &[name, target] : {std::pair{"since", &options.since}, std::pair{"until", &options.until}}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        *target = parseDateArgument(parser.value(QLatin1String(name)));
        if (!target->isValid()) {
            context.err << "holdfast package: --" << name << " needs a date like 2024-03-31\n";
            return UsageError;
        }
    }
    auto store = openStore(context);
    if (!store)
        return Failure;
    const auto accountIds = resolveAccountIds(*store, parser.values(QStringLiteral("account")), context);
    if (!accountIds)
        return Failure;
    options.accountIds = *accountIds;
    const QString output = parser.value(QStringLiteral("output"));
    auto summary = reports::writeRecordsPackage(*store, options, output);
    if (!summary) {
        context.err << "holdfast package: " << summary.error().message << "\n";
        return Failure;
    }
    context.err << "Packaged " << summary.value().items << " item(s) and " << summary.value().files
                << " file(s) into " << output << "\n";
    return Success;
}

} // namespace holdfast::cli
