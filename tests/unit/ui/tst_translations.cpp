// Translations: German loads for a German system locale and reaches strings of the UI, the
// item models and the connectors; English supplies real plurals; every German text keeps the
// placeholders of its source, so no number or name silently disappears.
#include "models/items/AccountsModel.h"
#include "ui/ItemHtml.h"
#include "ui/Localization.h"
#include "ui/UiFormat.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace holdfast;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void germanForAGermanLocale();
    void englishPluralsOtherwise();
    void germanKeepsEveryPlaceholder();

private:
    void removeTranslators();
};

void TestTranslations::removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::cleanup()
{
    removeTranslators();
}

void TestTranslations::germanForAGermanLocale()
{
    QCOMPARE(ui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Austria)), u"de"_s);
    QCOMPARE(ui::UiFormat::collectionTitle(Collection::Posts), u"Zeitleiste"_s);
    QCOMPARE(ui::UiFormat::age(QDateTime::currentDateTimeUtc().addSecs(-7200)), u"vor 2 Stunden"_s);
    QCOMPARE(AccountsModel::collectionTitle(Collection::Following), u"Folge ich"_s);
    QCOMPARE(QCoreApplication::translate("holdfast::ui::MainWindow", "Back Up &All"), u"&Alle sichern"_s);
    QCOMPARE(QCoreApplication::translate("holdfast::LoopbackRedirect", "Sign-in cancelled."),
             u"Anmeldung abgebrochen."_s);
}

void TestTranslations::englishPluralsOtherwise()
{
    QCOMPARE(ui::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)), u"en"_s);
    QCOMPARE(ui::UiFormat::age(QDateTime::currentDateTimeUtc().addSecs(-3600)), u"1 hour ago"_s);
    QCOMPARE(ui::UiFormat::age(QDateTime::currentDateTimeUtc().addSecs(-7200)), u"2 hours ago"_s);
    QCOMPARE(QCoreApplication::translate("ItemHtml", "%n reply(s)", nullptr, 3), u"3 replies"_s);
    QCOMPARE(ui::UiFormat::collectionTitle(Collection::Posts), u"Timeline"_s);
}

void TestTranslations::germanKeepsEveryPlaceholder()
{
    QFile file(QStringLiteral(HOLDFAST_SOURCE_DIR "/i18n/holdfast_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    static const QRegularExpression placeholder(u"%(L?n|\\d+)"_s);
    const auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured(0).replace(u"Ln"_s, u"n"_s);
        found.sort();
        found.removeDuplicates();
        return found;
    };
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    int checked = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" || xml.name() == u"numerusform") {
            if (xml.attributes().value(u"type"_s) == u"unfinished")
                QFAIL(qPrintable(u"untranslated: "_s + source));
            if (xml.name() == u"translation" && numerus)
                continue; // its numerusforms follow
            const QString translation = xml.readElementText();
            QStringList expected = placeholders(source);
            // "Der erste Treffer." may drop the count in its singular form.
            if (source == u"The first %Ln matches." && !translation.contains(u'%'))
                expected.removeAll(u"%n"_s);
            QVERIFY2(placeholders(translation) == expected,
                     qPrintable(source + u" → "_s + translation));
            ++checked;
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(checked > 200);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
