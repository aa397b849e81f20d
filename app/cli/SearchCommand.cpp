#include "app/cli/CliSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace holdfast::cli {

int runSearch(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("Words to find"));
    parser.addOption({QStringLiteral("account"), QStringLiteral("Only this account"), QStringLiteral("ACCOUNT")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N results"), QStringLiteral("N"),
                      QStringLiteral("50")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array")});
    if (!parseArguments(parser, QStringLiteral("search"), arguments, context))
        return UsageError;
    const QString text = parser.positionalArguments().join(u' ').trimmed();
    if (text.isEmpty()) {
        context.err << "holdfast search: give words to search for\n";
        return UsageError;
    }
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0) {
        context.err << "holdfast search: --limit needs a positive number\n";
        return UsageError;
    }

    auto store = openStore(context);
    if (!store)
        return Failure;
    SearchQuery query;
    query.text = text;
    query.limit = limit;
    if (parser.isSet(QStringLiteral("account"))) {
        auto account = resolveAccount(*store, parser.value(QStringLiteral("account")), context);
        if (!account)
            return Failure;
        query.accountId = account->id;
    }
    auto hits = store->search(query);
    if (!hits) {
        context.err << "holdfast search: " << hits.error().message << "\n";
        return Failure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : hits.value()) {
            const Item &item = hit.item;
            array.append(QJsonObject{
                {QStringLiteral("account"), QString::number(hit.accountId)},
                {QStringLiteral("id"), item.platformId},
                {QStringLiteral("kind"), itemKindName(item.kind)},
                {QStringLiteral("created_at"), item.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("author"), item.author.handle},
                {QStringLiteral("text"), item.text},
                {QStringLiteral("url"), item.url},
            });
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const SearchHit &hit : hits.value()) {
        const Item &item = hit.item;
        QString oneLine = item.text.simplified();
        if (oneLine.size() > 100)
            oneLine = oneLine.left(99) + QChar(0x2026);
        context.out << item.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  " << item.author.handle
                    << "  " << oneLine << "\n";
    }
    if (hits->isEmpty())
        context.err << "No results.\n";
    return Success;
}

} // namespace holdfast::cli
