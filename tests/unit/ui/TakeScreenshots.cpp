// holdfast-screenshots: fills an archive by a real backup of the local Mastodon test server
// (signed in through the real "Add account…" dialog) and saves pictures of the main views.
//   holdfast-screenshots OUTPUT_DIR [LANGUAGE]      (LANGUAGE "de" for German; default English)
// Needs a Secret Service (run it through scripts/screenshots.sh) and the offscreen platform.
#include "models/items/AccountsModel.h"
#include "models/items/TimelineModel.h"
#include "models/store/Store.h"
#include "tests/fakes/mastodon/FakeMastodonServer.h"
#include "ui/AddAccountDialog.h"
#include "ui/BackupController.h"
#include "ui/ItemDetailView.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"
#include "ui/UiFormat.h"

#include "UiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace holdfast;
using holdfast::testing::FakeMastodonServer;

namespace {

void fail(const char *what)
{
    std::fprintf(stderr, "holdfast-screenshots: %s\n", what);
    std::exit(1);
}

template<typename T>
T *child(QWidget *root, const QString &name)
{
    auto *found = root->findChild<T *>(name);
    if (!found)
        fail(qPrintable(u"no widget "_s + name));
    return found;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 20) {
        if (condition())
            return true;
        QTest::qWait(20);
    }
    return condition();
}

void save(QWidget *widget, const QString &dir, const QString &name)
{
    QTest::qWait(150); // let queued layout and paint settle
    const QString path = QDir(dir).filePath(name);
    if (!widget->grab().save(path))
        fail(qPrintable(u"cannot write "_s + path));
    std::printf("wrote %s\n", qPrintable(path));
}

void selectCollection(QTreeView *tree, Collection collection)
{
    auto *model = qobject_cast<AccountsModel *>(tree->model());
    const qint64 accountId = model->index(0, 0).data(AccountsModel::AccountIdRole).toLongLong();
    tree->setCurrentIndex(model->indexOfCollection(accountId, collection));
}

/// Picks the first row whose item satisfies `wanted` (loading pages as needed).
void selectItem(QListView *list, const std::function<bool(const QModelIndex &)> &wanted)
{
    auto *model = list->model();
    for (int round = 0; round < 10; ++round) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (wanted(index)) {
                list->setCurrentIndex(index);
                list->scrollTo(index, QAbstractItemView::PositionAtCenter);
                return;
            }
        }
        if (!model->canFetchMore({}))
            break;
        model->fetchMore({});
    }
    list->setCurrentIndex(model->index(0, 0));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"holdfast"_s);
    QApplication::setStyle(u"Fusion"_s);
    QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2 || args.size() > 3)
        fail("usage: holdfast-screenshots OUTPUT_DIR [LANGUAGE]");
    const QLocale locale = args.value(2) == u"de" ? QLocale(QLocale::German, QLocale::Germany)
                                                  : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    ui::installTranslations(app, locale);
    const QString outDir = args.at(1);
    QDir().mkpath(outDir);

    QTemporaryDir dataDir;
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    FakeMastodonServer server;
    if (!server.start())
        fail("fake server did not start");
    testing::UrlCatcher browser;

    auto store = Store::open(dataDir.path());
    if (!store)
        fail("cannot open the store");
    ui::MainWindow window(**store);
    window.resize(1440, 880);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail("window not exposed");

    // Sign in as a person would: "Add account…", the server, the browser.
    QTest::mouseClick(child<QToolButton>(&window, u"addAccountButton"_s), Qt::LeftButton);
    auto *dialog = child<ui::AddAccountDialog>(&window, u"addAccountDialog"_s);
    // First the Bluesky form, filled in (the app password stays dots), then back to Mastodon.
    auto *platform = child<QComboBox>(dialog, u"platformCombo"_s);
    platform->setCurrentIndex(platform->findData(u"bluesky"_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"handleEdit"_s), u"anna.bsky.social"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"appPasswordEdit"_s), u"abcd-efgh-ijkl-mnop"_s);
    save(dialog, outDir, u"add-account-bluesky.png"_s);
    platform->setCurrentIndex(platform->findData(u"mastodon"_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"serverEdit"_s), server.baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(dialog, u"signInButton"_s), Qt::LeftButton);
    if (!waitFor([&] { return !browser.urls.isEmpty(); }, 20'000))
        fail("no authorization URL");
    save(dialog, outDir, u"add-account.png"_s);
    testing::playBrowser(browser.urls.first());
    if (!waitFor([&] { return dialog->state() == ui::AddAccountDialog::State::Succeeded; }, 20'000))
        fail("sign-in did not succeed");
    QTest::mouseClick(child<QPushButton>(dialog, u"closeResultButton"_s), Qt::LeftButton);

    // A full backup of the test server.
    QSignalSpy finished(&window.backups(), &ui::BackupController::finished);
    QTest::mouseClick(child<QPushButton>(&window, u"messageBarAction"_s), Qt::LeftButton);
    if (!finished.wait(300'000))
        fail("backup did not finish");
    browser.urls.clear();

    auto *tree = child<QTreeView>(&window, u"accountsTree"_s);
    auto *timeline = child<QListView>(&window, u"timelineList"_s);

    // Timeline with a reply open in its thread.
    selectCollection(tree, Collection::Posts);
    selectItem(timeline, [](const QModelIndex &index) {
        return index.data(TimelineModel::KindRole).toString() == u"reply"
               && index.data(TimelineModel::HasMediaRole).toBool() && !index.data(TimelineModel::TextRole).toString().contains(u"日");
    });
    save(&window, outDir, u"timeline.png"_s);

    // A conversation as a chat transcript.
    selectCollection(tree, Collection::Messages);
    auto *conversations = child<QTableView>(&window, u"conversationsTable"_s);
    conversations->setCurrentIndex(conversations->model()->index(1, 0));
    save(&window, outDir, u"conversation.png"_s);

    // Contacts: mutual followers.
    selectCollection(tree, Collection::Followers);
    auto *filter = child<QComboBox>(&window, u"contactsFilter"_s);
    filter->setCurrentIndex(1);
    save(&window, outDir, u"contacts.png"_s);

    // Search: "koln" finds Köln.
    selectCollection(tree, Collection::Posts);
    auto *search = child<QLineEdit>(&window, u"searchField"_s);
    search->setFocus();
    QTest::keyClicks(search, u"koln"_s);
    QTest::keyClick(search, Qt::Key_Return);
    save(&window, outDir, u"search.png"_s);
    search->clear();

    // A backup in progress: a full re-walk that soon waits for the server's rate limit, while
    // the person keeps reading.
    selectCollection(tree, Collection::Posts);
    selectItem(timeline, [](const QModelIndex &index) {
        return index.data(TimelineModel::TextRole).toString().contains(u"Köln"_s);
    });
    server.setRateLimit(12, 120'000);
    BackupOptions options;
    options.full = true;
    window.backups().setOptions(options);
    finished.clear();
    child<QAction>(&window, u"backUpAllAction"_s)->trigger();
    const qint64 accountId = qobject_cast<AccountsModel *>(tree->model())->index(0, 0)
                                 .data(AccountsModel::AccountIdRole).toLongLong();
    auto *status = [&]() -> QLabel * {
        waitFor([&] { return window.findChild<QLabel *>(u"backupStatus_"_s + QString::number(accountId)); }, 10'000);
        return child<QLabel>(&window, u"backupStatus_"_s + QString::number(accountId));
    }();
    const QString waiting = ui::UiFormat::progressLine({accountId, BackupProgress::Phase::RateLimitWait}, 0).section(u' ', 0, 1);
    if (!waitFor([&] { return status->text().startsWith(waiting); }, 30'000))
        fail(qPrintable(u"the backup never waited for the rate limit: "_s + status->text()));
    save(&window, outDir, u"backup-progress.png"_s);
    window.backups().cancelAll();
    finished.wait(10'000);
    window.close();
    return 0;
}
