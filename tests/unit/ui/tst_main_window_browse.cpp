// Reading the archive in the real main window: a timeline item in the detail pane (text,
// links, media, edit history, "deleted on platform"), a reply in its thread, a conversation as
// a chat transcript, and the contacts table with its filters.
#include "models/items/AccountsModel.h"
#include "models/items/ContactsModel.h"
#include "models/items/ConversationsModel.h"
#include "models/items/TimelineModel.h"
#include "ui/ConversationsView.h"
#include "ui/ItemDetailView.h"
#include "ui/ElidingLabel.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/SafeTextBrowser.h"

#include "MainWindowFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace holdfast;

class TestMainWindowBrowse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fixture.prepare(); }
    void init();
    void cleanup();

    void showsAPostInFull();
    void marksEditedAndDeletedPosts();
    void showsAReplyInItsThread();
    void opensAConversationAsTranscript();
    void marksUnreadConversations();
    void filtersContacts();
    void keyboardWalksTheTimeline();
    void followsASwitchToADarkPalette();

private:
    void openCollection(Collection collection);
    int rowOf(const QString &platformId) const;
    void selectRow(int row);
    QString detailText() const;

    testing::MainWindowFixture m_fixture;
    std::unique_ptr<testing::UrlCatcher> m_browser;
};

void TestMainWindowBrowse::init()
{
    m_fixture.start();
    m_browser = std::make_unique<testing::UrlCatcher>();
}

void TestMainWindowBrowse::cleanup()
{
    m_fixture.stop();
    // Before the next init() makes a new catcher: the old one unregisters the URL handlers.
    m_browser.reset();
}

void TestMainWindowBrowse::openCollection(Collection collection)
{
    auto *tree = m_fixture.find<QTreeView>(u"accountsTree"_s);
    auto *model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex account = model->index(row, 0);
        if (account.data(AccountsModel::AccountIdRole).toLongLong() != m_fixture.ids().anna)
            continue;
        for (int child = 0; child < model->rowCount(account); ++child) {
            const QModelIndex index = model->index(child, 0, account);
            if (index.data(AccountsModel::CollectionRole).toInt() == int(collection)) {
                QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(index).center());
                return;
            }
        }
    }
    QFAIL("collection row not found");
}

int TestMainWindowBrowse::rowOf(const QString &platformId) const
{
    auto *list = m_fixture.find<QListView>(u"timelineList"_s);
    auto *model = list->model();
    for (int attempt = 0; attempt < 20; ++attempt) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(TimelineModel::PlatformIdRole).toString() == platformId)
                return row;
        }
        if (!model->canFetchMore({}))
            break;
        model->fetchMore({});
    }
    return -1;
}

void TestMainWindowBrowse::selectRow(int row)
{
    auto *list = m_fixture.find<QListView>(u"timelineList"_s);
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}

QString TestMainWindowBrowse::detailText() const
{
    return m_fixture.find<ui::SafeTextBrowser>(u"detailBrowser"_s)->document()->toPlainText();
}

void TestMainWindowBrowse::showsAPostInFull()
{
    openCollection(Collection::Posts);
    const int row = rowOf(m_fixture.ids().imagePostId);
    QVERIFY(row >= 0);
    selectRow(row);
    auto *detail = m_fixture.find<ui::ItemDetailView>(u"itemDetailView"_s);
    QTRY_COMPARE(detail->focusedPlatformId(), m_fixture.ids().imagePostId);
    QVERIFY(detailText().contains(u"Foto vom Rhein"_s));
    QVERIFY(detailText().contains(u"Anna Berger"_s));
    // The downloaded image is in the document, served from the data directory.
    const QString html = m_fixture.find<ui::SafeTextBrowser>(u"detailBrowser"_s)->toHtml();
    QVERIFY2(html.contains(u"media/ab/rhein.png"_s), qPrintable(html.left(2000)));
    QVERIFY(!m_fixture.find<ui::MessageBar>(u"deletedBanner"_s)->isVisible());

    auto *open = m_fixture.find<QPushButton>(u"openOnPlatformButton"_s);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(m_browser->urls.value(0), QUrl(u"https://social.example/@anna/"_s + m_fixture.ids().imagePostId));
}

void TestMainWindowBrowse::marksEditedAndDeletedPosts()
{
    openCollection(Collection::Posts);
    auto *detail = m_fixture.find<ui::ItemDetailView>(u"itemDetailView"_s);
    selectRow(rowOf(m_fixture.ids().editedPostId));
    QTRY_COMPARE(detail->focusedPlatformId(), m_fixture.ids().editedPostId);
    QVERIFY(detailText().contains(u"Tippfehler korrigiert"_s));
    QVERIFY(detailText().contains(u"Edit history"_s));
    QVERIFY(detailText().contains(u"Dieser Beitrag wird später bearbeitet"_s));

    selectRow(rowOf(m_fixture.ids().deletedPostId));
    QTRY_COMPARE(detail->focusedPlatformId(), m_fixture.ids().deletedPostId);
    auto *banner = m_fixture.find<ui::MessageBar>(u"deletedBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"Deleted on the platform"_s));
}

void TestMainWindowBrowse::showsAReplyInItsThread()
{
    openCollection(Collection::Posts);
    selectRow(rowOf(m_fixture.ids().threadReplyId));
    auto *detail = m_fixture.find<ui::ItemDetailView>(u"itemDetailView"_s);
    QTRY_COMPARE(detail->focusedPlatformId(), m_fixture.ids().threadReplyId);
    const QString text = detailText();
    const qsizetype root = text.indexOf(u"Thread: was ich über Backups gelernt habe"_s);
    const qsizetype carl = text.indexOf(u"vergiss nicht, die Backups zu prüfen"_s);
    const qsizetype answer = text.indexOf(u"Wiederherstellen testen"_s);
    QVERIFY2(root >= 0 && carl > root && answer > carl, qPrintable(text));
    QVERIFY(m_fixture.find<ui::ElidingLabel>(u"detailHeading"_s)->fullText().contains(u"Thread"_s));
}

void TestMainWindowBrowse::opensAConversationAsTranscript()
{
    openCollection(Collection::Messages);
    auto *table = m_fixture.find<QTableView>(u"conversationsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QModelIndex first = table->model()->index(0, ConversationsModel::Participants);
    QVERIFY(first.data().toString().contains(u"Dora"_s));
    QCOMPARE(table->model()->index(0, ConversationsModel::MessageCount).data().toInt(), 4);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());

    auto *detail = m_fixture.find<ui::ItemDetailView>(u"itemDetailView"_s);
    QTRY_VERIFY(!detail->focusedPlatformId().isEmpty());
    const QString text = detailText();
    const qsizetype question = text.indexOf(u"hast du die Fotos aus Köln noch?"_s);
    const qsizetype link = text.indexOf(u"Hier ist der Link"_s);
    QVERIFY2(question >= 0 && link > question, qPrintable(text));
    QVERIFY(m_fixture.find<ui::ElidingLabel>(u"detailHeading"_s)->fullText().contains(u"Dora"_s));

    // Links in messages go to the system browser, never into the pane.
    auto *browser = m_fixture.find<ui::SafeTextBrowser>(u"detailBrowser"_s);
    emit browser->anchorClicked(QUrl(u"https://share.example/koeln"_s));
    QCOMPARE(m_browser->urls.value(0), QUrl(u"https://share.example/koeln"_s));
}

void TestMainWindowBrowse::marksUnreadConversations()
{
    openCollection(Collection::Messages);
    auto *table = m_fixture.find<QTableView>(u"conversationsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QModelIndex names = table->model()->index(0, ConversationsModel::Participants);
    const QModelIndex date = table->model()->index(0, ConversationsModel::Date);
    QVERIFY(names.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(date.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(names.data(Qt::AccessibleTextRole).toString(), u"Unread: Dora Aydın"_s);
    // The dot: a pixmap with pixels in the highlight colour.
    const QImage dot = names.data(Qt::DecorationRole).value<QPixmap>().toImage();
    QVERIFY(!dot.isNull());
    const QColor highlight = table->palette().color(QPalette::Highlight);
    QCOMPARE(dot.pixelColor(dot.width() / 2, dot.height() / 2).rgb(), highlight.rgb());

    // Read on the platform; the next backup stores it and the open view refreshes.
    const qint64 run = m_fixture.store().beginRun(m_fixture.ids().anna, false).value();
    QVERIFY(m_fixture.store().storeMessagePage(m_fixture.ids().anna, run, {}, {},
                                               {ConversationState{u"dm-1"_s, false, {}}}, {}));
    m_fixture.find<ui::ConversationsView>(u"conversationsView"_s)->refresh();
    QVERIFY(!names.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(names.data(Qt::AccessibleTextRole).isNull());
    const QImage blank = names.data(Qt::DecorationRole).value<QPixmap>().toImage();
    QCOMPARE(blank.size(), dot.size()); // the names stay where they were
    QCOMPARE(blank.pixelColor(blank.width() / 2, blank.height() / 2).alpha(), 0);
}

void TestMainWindowBrowse::filtersContacts()
{
    openCollection(Collection::Followers);
    auto *table = m_fixture.find<QTableView>(u"contactsTable"_s);
    auto *filter = m_fixture.find<QComboBox>(u"contactsFilter"_s);
    QVERIFY(table && filter);
    const auto show = [&](ContactListFilter which) {
        filter->setCurrentIndex(filter->findData(int(which)));
        return table->model()->rowCount();
    };
    // Carl and Dora follow each other with Anna; Erik unfollowed; Fatma and Gero follow only;
    // Hanna and Ivo are followed only.
    const auto handles = [&] {
        QStringList list;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            list.append(table->model()->index(row, ContactsModel::Handle).data().toString().section(u'@', 0, 0));
        list.sort();
        return list;
    };
    // Each node opens exactly its people, ended relations included.
    QCOMPARE(filter->currentText(), u"All followers"_s);
    QCOMPARE(handles(), (QStringList{u"carl"_s, u"dora"_s, u"erik"_s, u"fatma"_s, u"gero"_s}));
    QVERIFY(m_fixture.find<QLabel>(u"contactsCountLabel"_s)->text().startsWith(u"5 "_s));
    show(ContactListFilter::Mutual);
    openCollection(Collection::Following);
    QCOMPARE(filter->currentText(), u"Everyone followed"_s);
    QCOMPARE(handles(), (QStringList{u"carl"_s, u"dora"_s, u"hanna"_s, u"ivo"_s}));
    QCOMPARE(filter->count(), 5);
    QCOMPARE(filter->findData(int(ContactListFilter::All)), -1);
    openCollection(Collection::Followers);
    QCOMPARE(handles().size(), 5);

    QTRY_COMPARE(show(ContactListFilter::Mutual), 2);
    QCOMPARE(show(ContactListFilter::FollowersOnly), 2);
    QCOMPARE(show(ContactListFilter::FollowingOnly), 2);
    QCOMPARE(show(ContactListFilter::Lost), 1);
    QCOMPARE(table->model()->index(0, ContactsModel::Handle).data().toString(), u"erik@social.example"_s);
    QVERIFY(!table->model()->index(0, ContactsModel::UnfollowedAt).data().toString().isEmpty());
    QVERIFY(m_fixture.find<QLabel>(u"contactsCountLabel"_s)->text().startsWith(u"1 "_s));
}

void TestMainWindowBrowse::keyboardWalksTheTimeline()
{
    openCollection(Collection::Posts);
    auto *list = m_fixture.find<QListView>(u"timelineList"_s);
    auto *detail = m_fixture.find<ui::ItemDetailView>(u"itemDetailView"_s);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    const QString first = detail->focusedPlatformId();
    QVERIFY(!first.isEmpty());
    QTest::keyClick(list, Qt::Key_Down);
    QTRY_VERIFY(detail->focusedPlatformId() != first);
    QCOMPARE(detail->focusedPlatformId(), list->currentIndex().data(TimelineModel::PlatformIdRole).toString());
}

void TestMainWindowBrowse::followsASwitchToADarkPalette()
{
    openCollection(Collection::Messages);
    auto *table = m_fixture.find<QTableView>(u"conversationsTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *browser = m_fixture.find<ui::SafeTextBrowser>(u"detailBrowser"_s);
    QTRY_VERIFY(!browser->document()->isEmpty());

    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2c, 0x30));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    QApplication::setPalette(dark);
    // The transcript's bubbles are drawn again in the new colours (others' messages use AlternateBase).
    QTRY_VERIFY2(browser->toHtml().contains(u"#2a2c30"_s), "transcript kept the old colours");
    QApplication::setPalette(light);
}

QTEST_MAIN(TestMainWindowBrowse)
#include "tst_main_window_browse.moc"
