#include "app/cli/CliSupport.h"

namespace holdfast::cli {

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    CliContext &context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("holdfast ") + command} + arguments)) {
        context.err << "holdfast " << command << ": " << parser.errorText() << "\n";
        return false;
    }
    return true;
}

std::unique_ptr<Store> openStore(CliContext &context)
{
    auto store = Store::open(context.dataDir);
    if (!store) {
        context.err << "holdfast: cannot open the archive in " << context.dataDir << ": "
                    << store.error().message << "\n";
        return nullptr;
    }
    return std::move(store).value();
}

std::optional<Account> resolveAccount(const Store &store, const QString &reference, CliContext &context)
{
    auto account = store.findAccount(reference);
    if (!account)
        context.err << "holdfast: unknown account '" << reference
                    << "' (see `holdfast accounts list`)\n";
    return account;
}

std::optional<QList<qint64>> resolveAccountIds(const Store &store, const QStringList &references,
                                               CliContext &context)
{
    QList<qint64> ids;
    for (const QString &reference : references) {
        auto account = resolveAccount(store, reference, context);
        if (!account)
            return std::nullopt;
        ids.append(account->id);
    }
    return ids;
}

QDateTime parseDateArgument(const QString &text)
{
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

} // namespace holdfast::cli
