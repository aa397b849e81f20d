// Searching the archive from the real main window: Ctrl+F, diacritics-insensitive words,
// filters, jumping to the item in its thread, and leaving the search with Escape.
#include "models/items/SearchResultsModel.h"
#include "ui/ItemDetailView.h"
#include "ui/MainWindow.h"
#include "ui/SafeTextBrowser.h"

#include "MainWindowFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace holdfast;

class TestMainWindowSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fixture.prepare(); }
    void init() { m_fixture.start(); }
    void cleanup() { m_fixture.stop(); }

    void ctrlFFocusesTheSearchField();
    void findsKolnForKoeln();
    void resultJumpsToTheItemInItsThread();
    void filtersByAccountAuthorAndDate();
    void escapeLeavesTheSearch();

private:
    void search(const QString &text);
    QListView *results() const { return m_fixture.find<QListView>(u"searchResultsList"_s); }
    QStringList resultTexts() const;

    testing::MainWindowFixture m_fixture;
};

void TestMainWindowSearch::search(const QString &text)
{
    auto *field = m_fixture.find<QLineEdit>(u"searchField"_s);
    QTest::keySequence(&m_fixture.window(), QKeySequence::Find);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QStringList TestMainWindowSearch::resultTexts() const
{
    QStringList texts;
    for (int row = 0; row < results()->model()->rowCount(); ++row)
        texts << results()->model()->index(row, 0).data(SearchResultsModel::TextRole).toString();
    return texts;
}

void TestMainWindowSearch::ctrlFFocusesTheSearchField()
{
    m_fixture.window().activateWindow();
    QTest::keySequence(&m_fixture.window(), QKeySequence::Find);
    QTRY_VERIFY(m_fixture.find<QLineEdit>(u"searchField"_s)->hasFocus());
}

void TestMainWindowSearch::findsKolnForKoeln()
{
    search(u"koln"_s);
    auto *centre = m_fixture.find<QStackedWidget>(u"centreStack"_s);
    QCOMPARE(centre->currentWidget()->objectName(), u"searchPanel"_s);
    QTRY_VERIFY(results()->model()->rowCount() >= 2);
    const QStringList texts = resultTexts();
    QVERIFY2(texts.filter(u"Köln am Samstag"_s).size() == 1, qPrintable(texts.join(u'\n')));
    QVERIFY2(texts.filter(u"Fotos aus Köln"_s).size() == 1, qPrintable(texts.join(u'\n')));
    QVERIFY(m_fixture.find<QLabel>(u"searchStatusLabel"_s)->text().contains(u"match"_s));
}

void TestMainWindowSearch::resultJumpsToTheItemInItsThread()
{
    search(u"Wiederherstellen"_s);
    QTRY_COMPARE(results()->model()->rowCount(), 1);
    // Return moved the focus to the results and made the first one current.
    QTRY_VERIFY(results()->currentIndex().isValid());
    auto *detail = m_fixture.find<ui::ItemDetailView>(u"itemDetailView"_s);
    QTRY_COMPARE(detail->focusedPlatformId(), m_fixture.ids().threadReplyId);
    const QString text = m_fixture.find<ui::SafeTextBrowser>(u"detailBrowser"_s)->document()->toPlainText();
    QVERIFY(text.contains(u"Thread: was ich über Backups gelernt habe"_s));
    QVERIFY(text.indexOf(u"Thread: was ich"_s) < text.indexOf(u"Wiederherstellen"_s));

    // A message opens in its conversation.
    m_fixture.find<QLineEdit>(u"searchField"_s)->clear();
    search(u"Super danke"_s);
    QTRY_COMPARE(results()->model()->rowCount(), 1);
    QTRY_COMPARE(detail->focusedPlatformId(), u"8002"_s);
    QVERIFY(m_fixture.find<ui::SafeTextBrowser>(u"detailBrowser"_s)->document()->toPlainText().contains(
        u"Hier ist der Link"_s));
}

void TestMainWindowSearch::filtersByAccountAuthorAndDate()
{
    search(u"koln"_s);
    QTRY_VERIFY(results()->model()->rowCount() >= 2);

    auto *author = m_fixture.find<QLineEdit>(u"searchAuthorEdit"_s);
    QTest::keyClicks(author, u"dora"_s);
    QTRY_COMPARE(results()->model()->rowCount(), 1);
    QVERIFY(resultTexts().first().contains(u"Fotos aus Köln"_s));
    author->clear();
    QTRY_VERIFY(results()->model()->rowCount() >= 2);

    auto *account = m_fixture.find<QComboBox>(u"searchAccountFilter"_s);
    account->setCurrentIndex(account->findText(u"ben@fedi.example"_s));
    QTRY_COMPARE(results()->model()->rowCount(), 0);
    QTRY_VERIFY(m_fixture.find<QLabel>(u"searchStatusLabel"_s)->text().contains(u"No matches"_s));
    account->setCurrentIndex(0);
    QTRY_VERIFY(results()->model()->rowCount() >= 2);

    // The Köln post is from 5 Nov 2024, the DM from 4 Dec 2024: from 1 Dec on only the DM.
    m_fixture.find<QCheckBox>(u"searchSinceCheck"_s)->setChecked(true);
    m_fixture.find<QDateEdit>(u"searchSinceEdit"_s)->setDate(QDate(2024, 12, 1));
    QTRY_COMPARE(results()->model()->rowCount(), 1);
    QVERIFY(resultTexts().first().contains(u"Fotos aus Köln"_s));
}

void TestMainWindowSearch::escapeLeavesTheSearch()
{
    auto *centre = m_fixture.find<QStackedWidget>(u"centreStack"_s);
    const QString before = centre->currentWidget()->objectName();
    search(u"koln"_s);
    QCOMPARE(centre->currentWidget()->objectName(), u"searchPanel"_s);
    auto *field = m_fixture.find<QLineEdit>(u"searchField"_s);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    QCOMPARE(centre->currentWidget()->objectName(), before);
}

QTEST_MAIN(TestMainWindowSearch)
#include "tst_main_window_search.moc"
