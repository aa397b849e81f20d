#include "app/cli/CliSupport.h"
#include "connectors/common/SecretStore.h"
#include "connectors/engine/AccountRegistry.h"
#include "connectors/mastodon/MastodonSignIn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace holdfast::cli {

namespace {

int addAccount(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("platform"), QStringLiteral("mastodon"));
    parser.addOption({QStringLiteral("instance"), QStringLiteral("Server URL, e.g. https://mastodon.social"),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("no-browser"), QStringLiteral("Only print the sign-in URL")});
    if (!parseArguments(parser, QStringLiteral("accounts add"), arguments, context))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err << "holdfast accounts add: name one platform (mastodon)\n";
        return UsageError;
    }
    if (positional.first() != u"mastodon") {
        context.err << "holdfast accounts add: unsupported platform '" << positional.first()
                    << "' (supported: mastodon)\n";
        return UsageError;
    }
    const QUrl instance = mastodon::MastodonSignIn::normaliseInstanceUrl(parser.value(QStringLiteral("instance")));
    if (!instance.isValid()) {
        context.err << "holdfast accounts add: --instance needs a server address such as https://mastodon.social\n";
        return UsageError;
    }

    auto store = openStore(context);
    if (!store)
        return Failure;
    SecretStore secrets;
    mastodon::MastodonSignIn signIn(*store, secrets);
    const bool openBrowser = !parser.isSet(QStringLiteral("no-browser"));
    auto signedIn = signIn.signIn(instance, [&](const QUrl &url) {
        context.out << "Open this URL in your browser to authorize Holdfast: "
                    << url.toString(QUrl::FullyEncoded) << "\n";
        context.out.flush();
        if (openBrowser && !QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)}))
            context.err << "holdfast: could not open a browser; open the URL above yourself\n";
    });
    if (!signedIn) {
        context.err << "holdfast accounts add: " << signedIn.error().message << "\n";
        return Failure;
    }
    AccountRegistry registry(*store, secrets);
    auto account = registry.addSignedInAccount(signedIn->account, signedIn->accessToken);
    if (!account) {
        context.err << "holdfast accounts add: " << account.error().message << "\n";
        return Failure;
    }
    context.out << "Added account " << account->id << ": " << account->handle << "\n";
    return Success;
}

int listAccounts(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array")});
    if (!parseArguments(parser, QStringLiteral("accounts list"), arguments, context))
        return UsageError;
    auto store = openStore(context);
    if (!store)
        return Failure;
    const QList<Account> accounts = store->accounts();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Account &a : accounts) {
            array.append(QJsonObject{
                {QStringLiteral("id"), QString::number(a.id)},
                {QStringLiteral("platform"), a.platform},
                {QStringLiteral("handle"), a.handle},
                {QStringLiteral("server"), a.server},
                {QStringLiteral("display_name"), a.displayName},
                {QStringLiteral("platform_user_id"), a.platformUserId},
                {QStringLiteral("last_backup_at"), a.lastBackupAt.isValid()
                                                       ? QJsonValue(a.lastBackupAt.toString(Qt::ISODateWithMs))
                                                       : QJsonValue()},
                {QStringLiteral("last_backup_outcome"), a.lastBackupOutcome},
            });
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (accounts.isEmpty()) {
        context.out << "No accounts yet. Add one with `holdfast accounts add mastodon --instance URL`.\n";
        return Success;
    }
    for (const Account &a : accounts) {
        context.out << a.id << "\t" << a.platform << "\t" << a.handle << "\t"
                    << (a.lastBackupAt.isValid() ? a.lastBackupAt.toString(Qt::ISODate) : QStringLiteral("never backed up"))
                    << "\n";
    }
    return Success;
}

int removeAccount(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("account"), QStringLiteral("Account id or handle"));
    if (!parseArguments(parser, QStringLiteral("accounts remove"), arguments, context))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        context.err << "holdfast accounts remove: name one ACCOUNT\n";
        return UsageError;
    }
    auto store = openStore(context);
    if (!store)
        return Failure;
    auto account = resolveAccount(*store, parser.positionalArguments().first(), context);
    if (!account)
        return Failure;
    SecretStore secrets;
    AccountRegistry registry(*store, secrets);
    if (auto removed = registry.removeAccount(*account); !removed) {
        context.err << "holdfast accounts remove: " << removed.error().message << "\n";
        return Failure;
    }
    context.out << "Removed account " << account->id << ": " << account->handle << "\n";
    return Success;
}

} // namespace

int runAccounts(CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == u"add")
        return addAccount(context, arguments.mid(1));
    if (action == u"list")
        return listAccounts(context, arguments.mid(1));
    if (action == u"remove")
        return removeAccount(context, arguments.mid(1));
    context.err << "holdfast accounts: expected add, list or remove\n";
    return UsageError;
}

} // namespace holdfast::cli
