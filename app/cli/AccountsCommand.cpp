#include "app/cli/CliSupport.h"
#include "connectors/bluesky/AtprotoOAuth.h"
#include "connectors/bluesky/BlueskySignIn.h"
#include "connectors/common/HttpClient.h"
#include "connectors/common/SecretStore.h"
#include "connectors/engine/AccountRegistry.h"
#include "connectors/mastodon/MastodonSignIn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace holdfast::cli {

namespace {

/// One line from stdin (for --app-password-stdin: scripts, tests, password managers).
QString readSecretLine()
{
    QByteArray line;
    int c;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.append(char(c));
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

/// Asks on the terminal with echo off, so the app password never shows on screen.
QString promptSecret(CliContext &context, const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const bool isTerminal = tcgetattr(fileno(tty), &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    QByteArray line;
    int c;
    while ((c = std::fgetc(tty)) != EOF && c != '\n')
        line.append(char(c));
    if (isTerminal)
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    Q_UNUSED(context);
    return QString::fromUtf8(line).trimmed();
}

/// Prints the sign-in URL and, unless --no-browser, opens it.
std::function<void(const QUrl &)> browserOpener(CliContext &context, const QCommandLineParser &parser)
{
    const bool openBrowser = !parser.isSet(QStringLiteral("no-browser"));
    return [&context, openBrowser](const QUrl &url) {
        context.out << "Open this URL in your browser to authorize Holdfast: " << url.toString(QUrl::FullyEncoded)
                    << "\n";
        context.out.flush();
        if (openBrowser && !QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)}))
            context.err << "holdfast: could not open a browser; open the URL above yourself\n";
    };
}

/// `accounts add bluesky --handle H --oauth`: atproto OAuth in the browser; the tokens, the
/// session and its DPoP key go to the keychain only.
int addBlueskyOAuthAccount(CliContext &context, const QCommandLineParser &parser, const bluesky::OAuthSignInRequest &request)
{
    auto store = openStore(context);
    if (!store)
        return Failure;
    HttpClient http;
    bluesky::AtprotoOAuth oauth(http);
    auto signedIn = oauth.signIn(request, browserOpener(context, parser));
    if (!signedIn) {
        context.err << "holdfast accounts add: " << signedIn.error().message << "\n";
        return Failure;
    }
    SecretStore secrets;
    AccountRegistry registry(*store, secrets);
    auto account = registry.addSignedInAccount(signedIn->signedIn.account, signedIn->signedIn.tokens.accessJwt);
    if (!account) {
        context.err << "holdfast accounts add: " << account.error().message << "\n";
        return Failure;
    }
    const QString session = QString::fromUtf8(QJsonDocument(signedIn->session.toJson()).toJson(QJsonDocument::Compact));
    for (const auto &[key, secret] : {std::pair{SecretStore::refreshTokenKey(*account), signedIn->signedIn.tokens.refreshJwt},
                                      std::pair{SecretStore::oauthSessionKey(*account), session}}) {
        if (auto stored = secrets.write(key, secret); !stored) {
            (void)registry.removeAccount(*account);
            context.err << "holdfast accounts add: " << stored.error().message << "\n";
            return Failure;
        }
    }
    // An app password from an earlier sign-in would only be a stale, unused secret now.
    (void)secrets.remove(SecretStore::appPasswordKey(*account));
    context.out << "Added account " << account->id << ": " << account->handle << " (" << account->platformUserId
                << " on " << account->server << ", OAuth)\n";
    return Success;
}

/// `accounts add bluesky --handle H [--service URL] [--plc-directory URL] [--app-password-stdin | --oauth]`
int addBlueskyAccount(CliContext &context, const QCommandLineParser &parser)
{
    bluesky::AppPasswordSignIn request;
    request.identifier = parser.value(QStringLiteral("handle")).trimmed();
    if (request.identifier.isEmpty()) {
        context.err << "holdfast accounts add bluesky: --handle needs your handle (alice.bsky.social) or DID\n";
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("service"))) {
        request.service = QUrl::fromUserInput(parser.value(QStringLiteral("service")));
        if (!request.service.isValid() || request.service.host().isEmpty()) {
            context.err << "holdfast accounts add bluesky: --service needs a server address such as https://pds.example\n";
            return UsageError;
        }
    }
    // The PLC directory is plc.directory unless told otherwise (tests run a local one).
    const QString plc = parser.isSet(QStringLiteral("plc-directory")) ? parser.value(QStringLiteral("plc-directory"))
                                                                        : qEnvironmentVariable("HOLDFAST_PLC_DIRECTORY");
    if (!plc.isEmpty())
        request.plcDirectory = QUrl::fromUserInput(plc);
    if (parser.isSet(QStringLiteral("oauth"))) {
        if (parser.isSet(QStringLiteral("app-password-stdin"))) {
            context.err << "holdfast accounts add bluesky: --oauth signs in in the browser; it takes no app password\n";
            return UsageError;
        }
        return addBlueskyOAuthAccount(context, parser, {request.identifier, request.service, request.plcDirectory});
    }
    if (parser.isSet(QStringLiteral("app-password-stdin"))) {
        request.appPassword = readSecretLine().trimmed();
    } else {
        context.out.flush();
        request.appPassword = promptSecret(context, QStringLiteral("App password for %1 (Settings > Privacy and security > App passwords): ")
                                                        .arg(request.identifier));
    }
    if (request.appPassword.isEmpty()) {
        context.err << "holdfast accounts add bluesky: no app password given (use --app-password-stdin or a terminal)\n";
        return UsageError;
    }

    auto store = openStore(context);
    if (!store)
        return Failure;
    HttpClient http;
    auto signedIn = bluesky::signInWithAppPassword(http, request);
    if (!signedIn) {
        context.err << "holdfast accounts add: " << signedIn.error().message << "\n";
        return Failure;
    }
    SecretStore secrets;
    AccountRegistry registry(*store, secrets);
    // The refresh JWT and the app password belong in the keychain too, and only there.
    auto account = registry.addBlueskyAccount(signedIn->account, signedIn->tokens.accessJwt,
                                              signedIn->tokens.refreshJwt, request.appPassword);
    if (!account) {
        context.err << "holdfast accounts add: " << account.error().message << "\n";
        return Failure;
    }
    context.out << "Added account " << account->id << ": " << account->handle << " (" << account->platformUserId
                << " on " << account->server << ")\n";
    return Success;
}

int addAccount(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("platform"), QStringLiteral("mastodon or bluesky"));
    parser.addOption({QStringLiteral("instance"), QStringLiteral("Server URL, e.g. https://mastodon.social"),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("no-browser"), QStringLiteral("Only print the sign-in URL")});
    parser.addOption({QStringLiteral("handle"), QStringLiteral("Bluesky handle (alice.bsky.social) or DID"),
                      QStringLiteral("HANDLE")});
    parser.addOption({QStringLiteral("service"),
                      QStringLiteral("Bluesky: resolve the handle at this server (self-hosted PDS)"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("plc-directory"),
                      QStringLiteral("Bluesky: PLC directory for did:plc (default https://plc.directory)"), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("app-password-stdin"),
                      QStringLiteral("Bluesky: read the app password from the first line of stdin")});
    parser.addOption({QStringLiteral("oauth"),
                      QStringLiteral("Bluesky: sign in with atproto OAuth in the browser instead of an app password")});
    if (!parseArguments(parser, QStringLiteral("accounts add"), arguments, context))
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err << "holdfast accounts add: name one platform (mastodon, bluesky)\n";
        return UsageError;
    }
    if (positional.first() == u"bluesky")
        return addBlueskyAccount(context, parser);
    if (positional.first() != u"mastodon") {
        context.err << "holdfast accounts add: unsupported platform '" << positional.first()
                    << "' (supported: mastodon, bluesky)\n";
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
    auto signedIn = signIn.signIn(instance, browserOpener(context, parser));
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
