// fake-mastodon-server: runs FakeMastodonServer standalone (GUI screenshots, benchmarks, manual tries).
// Prints "READY http://127.0.0.1:PORT" on stdout once listening, then serves until killed.
#include "tests/fakes/mastodon/FakeMastodonServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTime>

#include <cstdio>

using namespace Qt::StringLiterals;
using holdfast::testing::FakeMastodonServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-mastodon-server"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Local fake Mastodon server with deterministic generated data."_s);
    parser.addHelpOption();
    const FakeMastodonServer::Options defaults;
    auto intOption = [&](const QString &name, const QString &description, int value) {
        QCommandLineOption option(name, description + u" (default "_s + QString::number(value) + u")."_s, u"N"_s,
                                  QString::number(value));
        parser.addOption(option);
        return option;
    };
    const auto port = intOption(u"port"_s, u"Port to listen on, 0 = any free port"_s, 0);
    const auto seed = intOption(u"seed"_s, u"Seed of the generated data"_s, int(defaults.seed));
    const auto statuses = intOption(u"statuses"_s, u"Own statuses"_s, defaults.statusCount);
    const auto favourites = intOption(u"favourites"_s, u"Favourited statuses"_s, defaults.favouriteCount);
    const auto bookmarks = intOption(u"bookmarks"_s, u"Bookmarked statuses"_s, defaults.bookmarkCount);
    const auto mentions = intOption(u"mentions"_s, u"Statuses mentioning the own account"_s, defaults.mentionCount);
    const auto conversations = intOption(u"conversations"_s, u"DM threads"_s, defaults.conversationCount);
    const auto followers = intOption(u"followers"_s, u"Followers"_s, defaults.followerCount);
    const auto following = intOption(u"following"_s, u"Followed accounts"_s, defaults.followingCount);
    const auto rateLimit = intOption(u"rate-limit"_s, u"Requests per window before 429, 0 = unlimited"_s, 0);
    const auto rateWindow = intOption(u"rate-window-ms"_s, u"Rate-limit window in milliseconds"_s, defaults.rateLimitWindowMs);
    const QCommandLineOption token(u"token"_s, u"Also accept this bearer token (scope \"read\") without OAuth."_s, u"TOKEN"_s);
    parser.addOption(token);
    const QCommandLineOption noPkce(u"no-pkce"_s, u"Accept /oauth/authorize without a PKCE code_challenge."_s);
    parser.addOption(noPkce);
    const QCommandLineOption verbose(u"verbose"_s, u"Print every request (status, method, path, time) to stderr."_s);
    parser.addOption(verbose);
    parser.process(app);

    bool allOk = true;
    auto number = [&](const QCommandLineOption &option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0) {
            std::fprintf(stderr, "invalid value for --%s\n", qPrintable(option.names().constFirst()));
            allOk = false;
        }
        return value;
    };
    FakeMastodonServer::Options options;
    options.seed = quint32(number(seed));
    options.statusCount = number(statuses);
    options.favouriteCount = number(favourites);
    options.bookmarkCount = number(bookmarks);
    options.mentionCount = number(mentions);
    options.conversationCount = number(conversations);
    options.followerCount = number(followers);
    options.followingCount = number(following);
    options.rateLimitRequests = number(rateLimit);
    options.rateLimitWindowMs = qMax(1, number(rateWindow));
    options.requirePkce = !parser.isSet(noPkce);
    const int portValue = number(port);
    if (!allOk || portValue > 65535)
        return 2;

    FakeMastodonServer server(options);
    if (!server.start(quint16(portValue))) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1:%d\n", portValue);
        return 1;
    }
    if (parser.isSet(token))
        server.registerAccessToken(parser.value(token), u"read"_s);
    if (parser.isSet(verbose)) {
        QObject::connect(&server, &FakeMastodonServer::requestServed, &app,
                         [](const QString &method, const QString &path, int status) {
                             std::fprintf(stderr, "%d %s %s %s\n", status, qPrintable(method), qPrintable(path),
                                          qPrintable(QTime::currentTime().toString(u"HH:mm:ss.zzz"_s)));
                         });
    }
    std::printf("READY %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
