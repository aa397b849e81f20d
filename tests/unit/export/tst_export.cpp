// Tests for exportCollection (models/export) against a real store in a temporary directory.
// The expected keys below are the contract of docs/EXPORT.md; change both together.

#include "tests/support/TestAccounts.h"
#include "models/export/ItemExporter.h"
#include "models/store/Store.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace holdfast;
using namespace Qt::StringLiterals;

namespace {

const QStringList kItemKeys = {
    u"id"_s, u"kind"_s, u"created_at"_s, u"author"_s, u"text"_s, u"html"_s, u"url"_s,
    u"in_reply_to_id"_s, u"conversation_id"_s, u"boost_of_id"_s, u"edited_at"_s,
    u"deleted_at"_s, u"captured_at"_s, u"author_id"_s, u"author_display_name"_s,
    u"author_url"_s, u"spoiler_text"_s, u"visibility"_s, u"language"_s, u"reply_count"_s,
    u"boost_count"_s, u"favourite_count"_s, u"media"_s,
};

const QStringList kPersonKeys = {
    u"id"_s, u"handle"_s, u"display_name"_s, u"url"_s, u"followed_at"_s, u"unfollowed_at"_s,
    u"avatar_url"_s,
};

QDateTime utc(const QString &iso)
{
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    Q_ASSERT(dt.isValid());
    return dt.toUTC();
}

QString iso(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

Person person(const QString &id, const QString &handle, const QString &name)
{
    Person p;
    p.platformId = id;
    p.handle = handle;
    p.displayName = name;
    const QString host = handle.section(u'@', 1);
    const QString user = handle.section(u'@', 0, 0);
    p.url = u"https://%1/@%2"_s.arg(host, user);
    p.avatarUrl = u"https://%1/%2.png"_s.arg(host, user);
    p.rawJson = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
    return p;
}

Item item(const QString &id, ItemKind kind, const QString &created, const Person &author,
          const QString &text)
{
    Item it;
    it.platformId = id;
    it.kind = kind;
    it.createdAt = utc(created);
    it.author = author;
    it.text = text;
    it.html = text.isEmpty() ? QString() : u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s;
    it.url = u"https://social.example/@alice/"_s + id;
    it.visibility = u"public"_s;
    it.rawJson = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
    return it;
}

/// Keys of the top-level object of one compact JSON line, in the order written.
QStringList topLevelKeys(const QByteArray &line)
{
    QStringList keys;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    QByteArray current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
                current += c;
            } else if (c == '\\') {
                escaped = true;
                current += c;
            } else if (c == '"') {
                inString = false;
                if (depth == 1 && i + 1 < line.size() && line.at(i + 1) == ':')
                    keys.append(QString::fromUtf8(current));
            } else {
                current += c;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return keys;
}

/// A strict RFC 4180 reader: every record ends with CRLF, quotes only around whole fields.
struct CsvTable
{
    QList<QStringList> rows;
    QString error;
};

CsvTable parseCsv(const QString &text)
{
    CsvTable table;
    QStringList row;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        QString field;
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    table.error = u"unterminated quoted field"_s;
                    return table;
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"') {
                    table.error = u"quote inside an unquoted field at %1"_s.arg(i);
                    return table;
                }
                field += text.at(i++);
            }
        }
        row.append(field);
        if (i >= n) {
            table.error = u"last record not terminated by CRLF"_s;
            return table;
        }
        if (text.at(i) == u',') {
            ++i;
            if (i >= n) {
                table.error = u"input ends after a comma"_s;
                return table;
            }
            continue;
        }
        if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            table.rows.append(row);
            row.clear();
            i += 2;
            continue;
        }
        table.error = u"unexpected character after a field at %1 (bare CR/LF?)"_s.arg(i);
        return table;
    }
    return table;
}

/// What a JSON value looks like as a CSV field (the documented mapping).
QString csvTextOf(const QString &key, const QJsonValue &value)
{
    if (value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (key == u"media"_s) {
        QStringList parts;
        for (const QJsonValue &m : value.toArray()) {
            const QJsonObject o = m.toObject();
            parts.append(o.value(u"local_path"_s).isNull() ? o.value(u"url"_s).toString()
                                                            : o.value(u"local_path"_s).toString());
        }
        return parts.join(u' ');
    }
    return u"<unexpected JSON type>"_s;
}

/// A device that accepts `budget` bytes and then fails like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 budget) : m_budget(budget) {}

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (m_budget <= 0) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        const qint64 n = qMin(len, m_budget);
        m_budget -= n;
        return n;
    }

private:
    qint64 m_budget;
};

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void jsonlExactLines();
    void jsonlAllPosts();
    void jsonlEscaping();
    void csvMatchesJsonl_data();
    void csvMatchesJsonl();
    void byteOrderMark();
    void itemDateFilters();
    void followers();
    void following();
    void collectionsAreSeparate();
    void emptyExport();
    void errors();

private:
    struct Output
    {
        QByteArray bytes;
        qint64 count = -1;
        QString error;
    };
    Output run(Collection collection, ExportFormat format, const QDateTime &since = {},
               const QDateTime &until = {}, bool bom = false) const;
    /// Exports as JSON Lines and returns the parsed records (checking line framing and key order).
    QList<QJsonObject> records(Collection collection, const QDateTime &since = {},
                               const QDateTime &until = {}) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_account = 0;
    QDateTime m_beforeFill;
    const QDateTime m_deletedAt = utc(u"2024-05-01T12:00:00.000Z"_s);
    const QDateTime m_unfollowedAt = utc(u"2024-05-02T00:00:00.000Z"_s);
    const QString m_mixedText = u"Party 🎉👩‍👩‍👧 — שלום עולם — مرحبا بالعالم — 日本語のテキスト、中文"_s
        + QChar(0x2028) + u"end"_s;
    const QString m_csvHostileText = u"He said \"hi\", then\nleft,\r\nand \\ came back\tlater"_s;
};

TestExport::Output TestExport::run(Collection collection, ExportFormat format,
                                   const QDateTime &since, const QDateTime &until, bool bom) const
{
    ExportOptions options;
    options.accountId = m_account;
    options.collection = collection;
    options.format = format;
    options.since = since;
    options.until = until;
    options.csvByteOrderMark = bom;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Result<qint64> result = exportCollection(*m_store, options, &buffer);
    Output out;
    out.bytes = buffer.data();
    if (result.ok())
        out.count = result.value();
    else
        out.error = result.errorMessage();
    return out;
}

QList<QJsonObject> TestExport::records(Collection collection, const QDateTime &since,
                                       const QDateTime &until) const
{
    const Output out = run(collection, ExportFormat::JsonLines, since, until);
    if (!out.error.isEmpty())
        qWarning("export failed: %s", qPrintable(out.error));
    if (out.count < 0)
        return {};
    const QStringList &keys = isContactCollection(collection) ? kPersonKeys : kItemKeys;
    QList<QJsonObject> result;
    if (out.bytes.isEmpty())
        return result;
    if (!out.bytes.endsWith('\n') || out.bytes.contains('\r')) {
        qWarning("JSON Lines framing broken");
        return {};
    }
    const QList<QByteArray> lines = out.bytes.chopped(1).split('\n');
    if (lines.size() != out.count) {
        qWarning("count %lld != %lld lines", out.count, qint64(lines.size()));
        return {};
    }
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("bad JSON line: %s", line.constData());
            return {};
        }
        if (topLevelKeys(line) != keys) {
            qWarning("wrong keys/order: %s", line.constData());
            return {};
        }
        result.append(doc.object());
    }
    return result;
}

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto opened = Store::open(m_dir.path());
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(opened.value());
    m_beforeFill = QDateTime::currentDateTimeUtc().addSecs(-2);

    Account account = testdata::mastodonAccount(u"alice@social.example"_s, u"109"_s, u"Alice Ä"_s);
    account.profileUrl = u"https://social.example/@alice"_s;
    account.addedAt = QDateTime::currentDateTimeUtc();
    auto saved = m_store->saveAccount(account);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    m_account = saved->id;

    const Person alice = person(u"109"_s, u"alice@social.example"_s, u"Alice Ä"_s);
    const Person bob = person(u"201"_s, u"bob@other.example"_s, u"Bob \"the builder\", Jr."_s);

    Item p1 = item(u"p1"_s, ItemKind::Post, u"2024-01-10T08:00:00.000Z"_s, alice,
                   u"Grüße aus Köln – die Straße ist schön"_s);
    p1.conversationId = u"conv-1"_s;
    p1.language = u"de"_s;
    p1.replyCount = 3;
    p1.boostCount = 2;
    p1.favouriteCount = 1;

    Item p2 = item(u"p2"_s, ItemKind::Post, u"2024-02-01T12:00:00.000Z"_s, alice, m_mixedText);
    p2.spoilerText = u"CW: 😀, \"loud\""_s;
    p2.visibility = u"unlisted"_s;

    Item p3 = item(u"p3"_s, ItemKind::Post, u"2024-02-15T00:00:00.000Z"_s, alice, m_csvHostileText);
    p3.html = u"<p class=\"x\">He said &quot;hi&quot;,<br>then</p>"_s;
    p3.language = u"en"_s;
    p3.media = {
        MediaRef{u"m1"_s, u"image"_s, u"https://files.social.example/1.jpg"_s,
                 u"https://files.social.example/1s.jpg"_s, u"A cat, \"asleep\"\non a sofa"_s},
        MediaRef{u"m2"_s, u"video"_s, u"https://files.social.example/2.mp4"_s, QString(), QString()},
    };

    Item p4 = item(u"p4"_s, ItemKind::Reply, u"2024-03-05T10:20:30.123Z"_s, alice,
                   u"@bob yes, exactly"_s);
    p4.inReplyToId = u"ext-parent-1"_s;
    p4.conversationId = u"conv-7"_s;
    p4.language = u"en"_s;

    Item ext9 = item(u"ext9"_s, ItemKind::Post, u"2024-03-09T09:00:00.000Z"_s, bob,
                     u"Boosted original"_s);
    ext9.url = u"https://other.example/@bob/ext9"_s;
    Item p5 = item(u"p5"_s, ItemKind::Boost, u"2024-03-10T00:00:00.000Z"_s, alice, QString());
    p5.boostOfId = u"ext9"_s;

    Item p6 = item(u"p6"_s, ItemKind::Post, u"2024-03-20T18:00:00.000Z"_s, alice,
                   u"Frist version"_s);
    Item p7 = item(u"p7"_s, ItemKind::Post, u"2024-04-01T07:30:00.000Z"_s, alice,
                   u"Soon deleted"_s);

    Item f1 = item(u"f1"_s, ItemKind::Post, u"2024-02-20T10:00:00.000Z"_s, bob,
                   u"Something worth a star"_s);
    f1.url = u"https://other.example/@bob/f1"_s;
    Item m1 = item(u"m1"_s, ItemKind::Message, u"2024-02-22T10:00:00.000Z"_s, bob,
                   u"private ✉"_s);
    m1.conversationId = u"dm-1"_s;
    m1.visibility = u"direct"_s;

    const SyncState done{QString(), true, QDateTime::currentDateTimeUtc()};

    // Run 1: everything as first seen.
    auto run1 = m_store->beginRun(m_account, true);
    QVERIFY2(run1.ok(), qPrintable(run1.errorMessage()));
    auto page = m_store->storeItemPage(m_account, Collection::Posts, *run1,
                                       {p1, p2, p3, p4, p5, p6, p7}, {ext9}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    page = m_store->storeItemPage(m_account, Collection::Favourites, *run1, {f1}, {}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    page = m_store->storeItemPage(m_account, Collection::Messages, *run1, {m1}, {}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    const Person carol = person(u"202"_s, u"carol@other.example"_s, u"Carol, 日本"_s);
    const Person dave = person(u"203"_s, u"dave@other.example"_s, u"Dave"_s);
    const Person erin = person(u"204"_s, u"erin@other.example"_s, u"Erin"_s);
    page = m_store->storeContactPage(m_account, Collection::Followers, *run1, {carol, dave, erin}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    page = m_store->storeContactPage(m_account, Collection::Following, *run1, {bob}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));

    // Run 2: p6 edited, p7 gone, erin stopped following.
    auto run2 = m_store->beginRun(m_account, true);
    QVERIFY2(run2.ok(), qPrintable(run2.errorMessage()));
    p6.text = u"First version (fixed)"_s;
    p6.html = u"<p>First version (fixed)</p>"_s;
    p6.editedAt = utc(u"2024-03-21T09:00:00.000Z"_s);
    page = m_store->storeItemPage(m_account, Collection::Posts, *run2, {p1, p2, p3, p4, p5, p6},
                                  {ext9}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    QCOMPARE(page->edited, 1);
    auto removed = m_store->markUnseenAsRemoved(m_account, Collection::Posts, *run2, m_deletedAt);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(*removed, 1);
    page = m_store->storeContactPage(m_account, Collection::Followers, *run2, {carol, dave}, done);
    QVERIFY2(page.ok(), qPrintable(page.errorMessage()));
    removed = m_store->markUnseenAsRemoved(m_account, Collection::Followers, *run2, m_unfollowedAt);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(*removed, 1);

    // One attachment of p3 downloaded, the other not.
    bool recorded = false;
    for (const MediaFile &file : m_store->pendingMedia(m_account)) {
        if (file.remoteUrl == u"https://files.social.example/1.jpg"_s) {
            auto r = m_store->recordMediaDownloaded(file.id, QString(64, u'a'),
                                                    u"media/aa/aaaa.jpg"_s, u"image/jpeg"_s, 1234);
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            recorded = true;
        }
    }
    QVERIFY(recorded);
}

void TestExport::jsonlExactLines()
{
    const Output out = run(Collection::Posts, ExportFormat::JsonLines);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    const QList<QByteArray> lines = out.bytes.split('\n');

    const auto stored = m_store->item(m_account, u"p4"_s);
    QVERIFY(stored);
    QVERIFY(stored->firstSeenAt.isValid());
    const QByteArray expectedReply =
        "{\"id\":\"p4\",\"kind\":\"reply\",\"created_at\":\"2024-03-05T10:20:30.123Z\","
        "\"author\":\"alice@social.example\",\"text\":\"@bob yes, exactly\","
        "\"html\":\"<p>@bob yes, exactly</p>\",\"url\":\"https://social.example/@alice/p4\","
        "\"in_reply_to_id\":\"ext-parent-1\",\"conversation_id\":\"conv-7\",\"boost_of_id\":null,"
        "\"edited_at\":null,\"deleted_at\":null,\"captured_at\":\""
        + iso(stored->firstSeenAt).toUtf8()
        + "\",\"author_id\":\"109\",\"author_display_name\":\"Alice \xC3\x84\","
          "\"author_url\":\"https://social.example/@alice\",\"spoiler_text\":\"\","
          "\"visibility\":\"public\",\"language\":\"en\",\"reply_count\":0,\"boost_count\":0,"
          "\"favourite_count\":0,\"media\":[]}";
    QVERIFY(lines.contains(expectedReply));

    const auto p3 = m_store->item(m_account, u"p3"_s);
    QVERIFY(p3);
    const QByteArray expectedMedia =
        ",\"media\":[{\"url\":\"https://files.social.example/1.jpg\",\"type\":\"image\","
        "\"description\":\"A cat, \\\"asleep\\\"\\non a sofa\",\"local_path\":\"media/aa/aaaa.jpg\"},"
        "{\"url\":\"https://files.social.example/2.mp4\",\"type\":\"video\",\"description\":\"\","
        "\"local_path\":null}]}";
    bool found = false;
    for (const QByteArray &line : lines)
        found = found || (line.startsWith("{\"id\":\"p3\",") && line.endsWith(expectedMedia));
    QVERIFY(found);
}

void TestExport::jsonlAllPosts()
{
    const QList<QJsonObject> posts = records(Collection::Posts);
    QStringList ids;
    for (const QJsonObject &o : posts)
        ids.append(o.value(u"id"_s).toString());
    // Oldest first; the boosted original (ext9) is not a member of posts.
    QCOMPARE(ids, (QStringList{u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s, u"p5"_s, u"p6"_s, u"p7"_s}));

    const QJsonObject p1 = posts.at(0);
    QCOMPARE(p1.value(u"kind"_s).toString(), u"post"_s);
    QCOMPARE(p1.value(u"created_at"_s).toString(), u"2024-01-10T08:00:00.000Z"_s);
    QCOMPARE(p1.value(u"text"_s).toString(), u"Grüße aus Köln – die Straße ist schön"_s);
    QCOMPARE(p1.value(u"html"_s).toString(), u"<p>Grüße aus Köln – die Straße ist schön</p>"_s);
    QCOMPARE(p1.value(u"conversation_id"_s).toString(), u"conv-1"_s);
    QVERIFY(p1.value(u"in_reply_to_id"_s).isNull());
    QVERIFY(p1.value(u"boost_of_id"_s).isNull());
    QCOMPARE(p1.value(u"language"_s).toString(), u"de"_s);
    QCOMPARE(p1.value(u"reply_count"_s).toInt(), 3);
    QCOMPARE(p1.value(u"boost_count"_s).toInt(), 2);
    QCOMPARE(p1.value(u"favourite_count"_s).toInt(), 1);

    const QJsonObject p2 = posts.at(1);
    QCOMPARE(p2.value(u"text"_s).toString(), m_mixedText);
    QCOMPARE(p2.value(u"spoiler_text"_s).toString(), u"CW: 😀, \"loud\""_s);
    QCOMPARE(p2.value(u"visibility"_s).toString(), u"unlisted"_s);
    QVERIFY(p2.value(u"language"_s).isNull());
    QVERIFY(p2.value(u"conversation_id"_s).isNull());

    QCOMPARE(posts.at(2).value(u"text"_s).toString(), m_csvHostileText);

    const QJsonObject p5 = posts.at(4);
    QCOMPARE(p5.value(u"kind"_s).toString(), u"boost"_s);
    QCOMPARE(p5.value(u"boost_of_id"_s).toString(), u"ext9"_s);
    QCOMPARE(p5.value(u"text"_s).toString(), QString());
    QVERIFY(p5.value(u"text"_s).isString());

    const QJsonObject p6 = posts.at(5);
    QCOMPARE(p6.value(u"text"_s).toString(), u"First version (fixed)"_s);
    QCOMPARE(p6.value(u"edited_at"_s).toString(), u"2024-03-21T09:00:00.000Z"_s);
    QVERIFY(p6.value(u"deleted_at"_s).isNull());

    const QJsonObject p7 = posts.at(6);
    QCOMPARE(p7.value(u"deleted_at"_s).toString(), u"2024-05-01T12:00:00.000Z"_s);
    QVERIFY(p7.value(u"edited_at"_s).isNull());

    for (const QJsonObject &o : posts) {
        QCOMPARE(o.value(u"author"_s).toString(), u"alice@social.example"_s);
        const QDateTime captured = utc(o.value(u"captured_at"_s).toString());
        QVERIFY(captured >= m_beforeFill);
        QVERIFY(captured <= QDateTime::currentDateTimeUtc());
        QVERIFY(o.value(u"captured_at"_s).toString().endsWith(u'Z'));
    }
}

void TestExport::jsonlEscaping()
{
    const Output out = run(Collection::Posts, ExportFormat::JsonLines);
    QCOMPARE(out.count, qint64(7));
    // Exactly one \n per record, no CR anywhere, and no raw U+2028 (E2 80 A8) in the stream.
    QCOMPARE(out.bytes.count('\n'), 7);
    QVERIFY(!out.bytes.contains('\r'));
    QVERIFY(!out.bytes.contains("\xE2\x80\xA8"));
    QVERIFY(out.bytes.contains("\\u2028"));
    // Non-ASCII is written as UTF-8, not as \u escapes.
    QVERIFY(out.bytes.contains(u"שלום עולם"_s.toUtf8()));
    QVERIFY(out.bytes.contains(u"🎉"_s.toUtf8()));
    QVERIFY(out.bytes.contains("He said \\\"hi\\\", then\\nleft,\\r\\nand \\\\ came back\\tlater"));
    QVERIFY(!out.bytes.startsWith("\xEF\xBB\xBF"));
}

void TestExport::csvMatchesJsonl_data()
{
    QTest::addColumn<Collection>("collection");
    QTest::newRow("posts") << Collection::Posts;
    QTest::newRow("favourites") << Collection::Favourites;
    QTest::newRow("messages") << Collection::Messages;
    QTest::newRow("followers") << Collection::Followers;
    QTest::newRow("following") << Collection::Following;
}

void TestExport::csvMatchesJsonl()
{
    QFETCH(Collection, collection);
    const QStringList &keys = isContactCollection(collection) ? kPersonKeys : kItemKeys;
    const QList<QJsonObject> json = records(collection);
    QVERIFY(!json.isEmpty());

    const Output out = run(collection, ExportFormat::Csv);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QCOMPARE(out.count, qint64(json.size()));
    QVERIFY(!out.bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(out.bytes);
    QCOMPARE(text.toUtf8(), out.bytes); // valid UTF-8
    const CsvTable table = parseCsv(text);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    QCOMPARE(table.rows.size(), json.size() + 1);
    QCOMPARE(table.rows.at(0), keys);

    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &o : json)
        byId.insert(o.value(u"id"_s).toString(), o);
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        QCOMPARE(row.size(), keys.size());
        QVERIFY(byId.contains(row.at(0)));
        const QJsonObject o = byId.take(row.at(0));
        for (qsizetype c = 0; c < keys.size(); ++c)
            QCOMPARE(row.at(c), csvTextOf(keys.at(c), o.value(keys.at(c))));
    }
    QVERIFY(byId.isEmpty());
}

void TestExport::byteOrderMark()
{
    const Output plain = run(Collection::Posts, ExportFormat::Csv);
    const Output bom = run(Collection::Posts, ExportFormat::Csv, {}, {}, true);
    QVERIFY(plain.bytes.startsWith("id,kind,created_at,author,"));
    QVERIFY(bom.bytes.startsWith("\xEF\xBB\xBFid,kind,created_at,author,"));
    QCOMPARE(bom.bytes.mid(3), plain.bytes);
    QCOMPARE(bom.count, plain.count);

    // The option is CSV-only: JSON Lines never starts with a BOM.
    const Output json = run(Collection::Posts, ExportFormat::JsonLines, {}, {}, true);
    QVERIFY(json.bytes.startsWith("{\"id\":"));

    // Hostile text round-trips through quoting; media is "local path or URL", space-separated.
    const CsvTable table = parseCsv(QString::fromUtf8(plain.bytes));
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    const QStringList p3 = table.rows.at(3);
    QCOMPARE(p3.at(0), u"p3"_s);
    QCOMPARE(p3.at(kItemKeys.indexOf(u"text"_s)), m_csvHostileText);
    QCOMPARE(p3.at(kItemKeys.indexOf(u"media"_s)),
             u"media/aa/aaaa.jpg https://files.social.example/2.mp4"_s);
    QCOMPARE(p3.at(kItemKeys.indexOf(u"in_reply_to_id"_s)), QString());
    QVERIFY(plain.bytes.contains("\"He said \"\"hi\"\", then\nleft,\r\nand \\ came back\tlater\""));
}

void TestExport::itemDateFilters()
{
    auto ids = [this](const QDateTime &since, const QDateTime &until) {
        QStringList result;
        for (const QJsonObject &o : records(Collection::Posts, since, until))
            result.append(o.value(u"id"_s).toString());
        return result;
    };
    // p3 is created exactly at 2024-02-15T00:00Z (since is inclusive), p5 exactly at
    // 2024-03-10T00:00Z (until is exclusive).
    const QDateTime since = utc(u"2024-02-15T00:00:00.000Z"_s);
    const QDateTime until = utc(u"2024-03-10T00:00:00.000Z"_s);
    QCOMPARE(ids(since, until), (QStringList{u"p3"_s, u"p4"_s}));
    QCOMPARE(ids(since, {}), (QStringList{u"p3"_s, u"p4"_s, u"p5"_s, u"p6"_s, u"p7"_s}));
    QCOMPARE(ids({}, until), (QStringList{u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s}));
    // A bound given with an offset means the same instant.
    QCOMPARE(ids(QDateTime::fromString(u"2024-02-15T01:00:00+01:00"_s, Qt::ISODate), until),
             (QStringList{u"p3"_s, u"p4"_s}));

    const Output csv = run(Collection::Posts, ExportFormat::Csv, since, until);
    QCOMPARE(csv.count, qint64(2));
    const CsvTable table = parseCsv(QString::fromUtf8(csv.bytes));
    QCOMPARE(table.rows.size(), 3);
}

void TestExport::followers()
{
    const QList<QJsonObject> people = records(Collection::Followers);
    QCOMPARE(people.size(), 3);
    QHash<QString, QJsonObject> byHandle;
    for (const QJsonObject &o : people) {
        byHandle.insert(o.value(u"handle"_s).toString(), o);
        const QDateTime followed = utc(o.value(u"followed_at"_s).toString());
        QVERIFY(followed >= m_beforeFill);
        QVERIFY(followed <= QDateTime::currentDateTimeUtc());
    }
    const QJsonObject carol = byHandle.value(u"carol@other.example"_s);
    QCOMPARE(carol.value(u"id"_s).toString(), u"202"_s);
    QCOMPARE(carol.value(u"display_name"_s).toString(), u"Carol, 日本"_s);
    QCOMPARE(carol.value(u"url"_s).toString(), u"https://other.example/@carol"_s);
    QCOMPARE(carol.value(u"avatar_url"_s).toString(), u"https://other.example/carol.png"_s);
    QVERIFY(carol.value(u"unfollowed_at"_s).isNull());
    QVERIFY(byHandle.value(u"dave@other.example"_s).value(u"unfollowed_at"_s).isNull());
    const QJsonObject erin = byHandle.value(u"erin@other.example"_s);
    QCOMPARE(erin.value(u"unfollowed_at"_s).toString(), u"2024-05-02T00:00:00.000Z"_s);

    // Exact line of the ended relation.
    const Output out = run(Collection::Followers, ExportFormat::JsonLines);
    const QByteArray expected = "{\"id\":\"204\",\"handle\":\"erin@other.example\","
                                "\"display_name\":\"Erin\",\"url\":\"https://other.example/@erin\","
                                "\"followed_at\":\""
        + erin.value(u"followed_at"_s).toString().toUtf8()
        + "\",\"unfollowed_at\":\"2024-05-02T00:00:00.000Z\","
          "\"avatar_url\":\"https://other.example/erin.png\"}";
    QVERIFY(out.bytes.split('\n').contains(expected));

    // Filters apply to followed_at (the first-seen time).
    QCOMPARE(records(Collection::Followers, m_beforeFill, {}).size(), 3);
    QCOMPARE(records(Collection::Followers, QDateTime::currentDateTimeUtc().addSecs(3600), {}).size(), 0);
    QCOMPARE(run(Collection::Followers, ExportFormat::JsonLines, {}, m_beforeFill).count, qint64(0));
}

void TestExport::following()
{
    const QList<QJsonObject> people = records(Collection::Following);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.at(0).value(u"handle"_s).toString(), u"bob@other.example"_s);
    QCOMPARE(people.at(0).value(u"display_name"_s).toString(), u"Bob \"the builder\", Jr."_s);
}

void TestExport::collectionsAreSeparate()
{
    const QList<QJsonObject> favourites = records(Collection::Favourites);
    QCOMPARE(favourites.size(), 1);
    QCOMPARE(favourites.at(0).value(u"id"_s).toString(), u"f1"_s);
    QCOMPARE(favourites.at(0).value(u"author"_s).toString(), u"bob@other.example"_s);
    QCOMPARE(favourites.at(0).value(u"author_display_name"_s).toString(),
             u"Bob \"the builder\", Jr."_s);

    const QList<QJsonObject> messages = records(Collection::Messages);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).value(u"kind"_s).toString(), u"message"_s);
    QCOMPARE(messages.at(0).value(u"conversation_id"_s).toString(), u"dm-1"_s);
    QCOMPARE(messages.at(0).value(u"text"_s).toString(), u"private ✉"_s);
}

void TestExport::emptyExport()
{
    const Output json = run(Collection::Bookmarks, ExportFormat::JsonLines);
    QVERIFY2(json.error.isEmpty(), qPrintable(json.error));
    QCOMPARE(json.count, qint64(0));
    QVERIFY(json.bytes.isEmpty());

    const Output csv = run(Collection::Mentions, ExportFormat::Csv, {}, {}, true);
    QCOMPARE(csv.count, qint64(0));
    QCOMPARE(csv.bytes, "\xEF\xBB\xBF" + kItemKeys.join(u',').toUtf8() + "\r\n");

    const Output people = run(Collection::Followers, ExportFormat::Csv,
                              QDateTime::currentDateTimeUtc().addDays(1), {});
    QCOMPARE(people.count, qint64(0));
    QCOMPARE(people.bytes, kPersonKeys.join(u',').toUtf8() + "\r\n");
}

void TestExport::errors()
{
    ExportOptions options;
    options.accountId = m_account;

    // Output not writable.
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    auto result = exportCollection(*m_store, options, &readOnly);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Io);
    QVERIFY2(result.errorMessage().contains(u"not open for writing"_s), qPrintable(result.errorMessage()));
    result = exportCollection(*m_store, options, nullptr);
    QVERIFY(!result.ok());

    // Device that fills up in the middle of the stream.
    for (const ExportFormat format : {ExportFormat::JsonLines, ExportFormat::Csv}) {
        FullDevice full(600);
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        options.format = format;
        result = exportCollection(*m_store, options, &full);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Io);
        QVERIFY2(result.errorMessage().contains(u"No space left on device"_s),
                 qPrintable(result.errorMessage()));
    }

    // Unknown account.
    options.accountId = m_account + 1000;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    result = exportCollection(*m_store, options, &buffer);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::NotFound);
    QVERIFY(buffer.data().isEmpty());

    // Empty or reversed date range.
    options.accountId = m_account;
    options.since = utc(u"2024-03-01T00:00:00.000Z"_s);
    options.until = options.since;
    result = exportCollection(*m_store, options, &buffer);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QVERIFY(buffer.data().isEmpty());
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
