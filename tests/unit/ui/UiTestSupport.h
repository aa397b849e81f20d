#pragma once

#include "models/domain/Item.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QWidget;

namespace holdfast {
class Store;
}
namespace holdfast::ui {
}

namespace holdfast::testing {

/// What fillFixtureStore() created, for tests to look for.
struct Fixture
{
    qint64 anna = 0;               ///< account with a successful backup, posts, a thread, DMs, contacts
    qint64 ben = 0;                ///< account whose last backup failed (warning badge)
    QString kolnPostId;            ///< Anna's post about "Köln"
    QString threadRootId;          ///< Anna's post that Carl replied to
    QString threadReplyId;         ///< Anna's answer to Carl (kind Reply)
    QString editedPostId;          ///< edited once: one earlier version
    QString deletedPostId;         ///< noticed deleted on the platform
    QString imagePostId;           ///< carries a downloaded image
    QString dmConversationId;      ///< Anna ↔ Dora, four messages
    QString dmFirstMessageId;
    int postCount = 0;             ///< members of Anna's Posts collection
};

/// Fills `store` (opened on `dataDir`) with two accounts and a small, varied archive written
/// through the store's own page API, as a backup would. Deterministic.
Fixture fillFixtureStore(Store &store, const QString &dataDir);

/// Plays the person in the browser: GETs the authorization URL, which the fake server answers
/// with a redirect to the loopback listener. Keeps this thread's event loop running.
bool playBrowser(const QUrl &authorizationUrl, int timeoutMs = 20'000);

/// Reads a keychain entry (blocking; SecretStore runs it on its keychain thread).
/// Returns the secret, or "<error: ...>".
QString readSecret(const QString &key);

/// Records every URL handed to QDesktopServices::openUrl instead of starting a browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    UrlCatcher();
    ~UrlCatcher() override;
    QList<QUrl> urls;

public slots:
    void openUrl(const QUrl &url) { urls.append(url); }
};

/// Finds a descendant widget by object name, or fails the calling test.
template<typename T>
T *findChildOrNull(QObject *root, const QString &name)
{
    return root->findChild<T *>(name);
}

} // namespace holdfast::testing
