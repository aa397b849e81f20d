// CAR v1 / DAG-CBOR / MST reading: spec examples, repositories built here, and damaged files
// that must fail with a clear error (never crash or return wrong data).
#include "connectors/bluesky/BlueskyMapper.h"
#include "connectors/bluesky/CarReader.h"
#include "tests/fakes/bluesky/CarWriter.h"

#include <QCborArray>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace holdfast;
using namespace holdfast::bluesky;
using holdfast::testing::CarWriter;

namespace {
QCborMap post(const QString &text)
{
    return QCborMap{{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
                    {QStringLiteral("text"), text},
                    {QStringLiteral("createdAt"), QStringLiteral("2024-01-01T00:00:00.000Z")}};
}

QList<QPair<QString, QCborMap>> manyPosts(int count)
{
    QList<QPair<QString, QCborMap>> records;
    for (int i = 0; i < count; ++i)
        records.append({QStringLiteral("app.bsky.feed.post/3k%1").arg(i, 11, 10, QLatin1Char('a')),
                        post(QStringLiteral("post %1 — Grüße 🎉").arg(i))});
    return records;
}
} // namespace

class TestCarReader : public QObject
{
    Q_OBJECT
private slots:
    void mstKeyDepthFollowsTheSpec_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<int>("depth");
        QTest::newRow("2653ae71") << QByteArray("2653ae71") << 0;
        QTest::newRow("blue") << QByteArray("blue") << 1;
        QTest::newRow("post 454397e440ec") << QByteArray("app.bsky.feed.post/454397e440ec") << 4;
        QTest::newRow("post 9adeb165882c") << QByteArray("app.bsky.feed.post/9adeb165882c") << 8;
    }
    void mstKeyDepthFollowsTheSpec()
    {
        QFETCH(QByteArray, key);
        QFETCH(int, depth);
        QCOMPARE(mstKeyDepth(key), depth);
    }

    void varints()
    {
        for (const quint64 value : {quint64(0), quint64(1), quint64(127), quint64(128), quint64(300), quint64(1) << 40}) {
            const QByteArray encoded = CarWriter::varint(value);
            qsizetype pos = 0;
            auto decoded = readVarint(encoded, pos);
            QVERIFY(decoded);
            QCOMPARE(decoded.value(), value);
            QCOMPARE(pos, encoded.size());
        }
        qsizetype pos = 0;
        QVERIFY(!readVarint(QByteArray(10, '\xff'), pos)); // longer than 9 bytes
        pos = 0;
        QVERIFY(!readVarint(QByteArray("\x80\x80", 2), pos)); // ends inside
        pos = 0;
        QVERIFY(!readVarint(QByteArray("\x80\x00", 2), pos)); // not minimal
    }

    void cidStrings()
    {
        // The well-known CID of the empty block with the raw codec.
        qsizetype pos = 0;
        const QByteArray binary = CarWriter::cidFor(QByteArray(), Cid::kRaw);
        auto cid = Cid::read(binary, pos);
        QVERIFY(cid);
        QCOMPARE(cid->toString(), QStringLiteral("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"));
        QCOMPARE(cid->codec, Cid::kRaw);
        // CIDv0 (a bare sha2-256 multihash) prints as base58btc "Qm…".
        const QByteArray v0 = QByteArray("\x12\x20", 2) + QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256);
        pos = 0;
        auto old = Cid::read(v0, pos);
        QVERIFY(old);
        QCOMPARE(old->version, 0);
        QVERIFY(old->toString().startsWith(QLatin1String("Qm")));
        // Unsupported version.
        pos = 0;
        QVERIFY(!Cid::read(CarWriter::varint(2) + CarWriter::varint(0x71), pos));
    }

    void dagCborToAtprotoJson()
    {
        const QByteArray target = CarWriter::cidFor("x");
        const QCborMap value{{QStringLiteral("text"), QStringLiteral("日本語 ✓")},
                             {QStringLiteral("n"), 42},
                             {QStringLiteral("flag"), true},
                             {QStringLiteral("none"), QCborValue(nullptr)},
                             {QStringLiteral("bytes"), QByteArray("\x01\x02\x03\xff", 4)},
                             {QStringLiteral("link"), CarWriter::link(target)},
                             {QStringLiteral("list"), QCborArray{1, QStringLiteral("two")}}};
        auto json = dagCborToJson(value);
        QVERIFY(json);
        const QJsonObject object = json->toObject();
        QCOMPARE(object.value(QLatin1String("text")).toString(), QStringLiteral("日本語 ✓"));
        QCOMPARE(object.value(QLatin1String("n")).toInteger(), 42);
        QCOMPARE(object.value(QLatin1String("flag")).toBool(), true);
        QVERIFY(object.value(QLatin1String("none")).isNull());
        QCOMPARE(object.value(QLatin1String("bytes")).toObject().value(QLatin1String("$bytes")).toString(), QStringLiteral("AQID/w"));
        qsizetype pos = 0;
        QCOMPARE(object.value(QLatin1String("link")).toObject().value(QLatin1String("$link")).toString(),
                 Cid::read(target, pos)->toString());
        QCOMPARE(object.value(QLatin1String("list")).toArray().size(), 2);
        // Map keys must be strings in DAG-CBOR.
        QVERIFY(!dagCborToJson(QCborMap{{1, 2}}));
        // A tag-42 link without its 0x00 prefix is not a CID.
        QVERIFY(!dagCborToJson(QCborValue(QCborTag(42), target)));
    }

    void readsARepositoryInKeyOrder()
    {
        CarWriter writer;
        auto records = manyPosts(300);
        records.append({QStringLiteral("app.bsky.actor.profile/self"),
                        QCborMap{{QStringLiteral("displayName"), QStringLiteral("Ünïcødé")}}});
        records.append({QStringLiteral("app.bsky.graph.follow/3kaaaaaaaaaab"),
                        QCborMap{{QStringLiteral("subject"), QStringLiteral("did:plc:bob")}}});
        const QByteArray car = writer.repository(QStringLiteral("did:plc:alice"), QStringLiteral("3kzzzzzzzzzzz"), records);
        auto contents = readRepository(car);
        QVERIFY2(contents, qPrintable(contents.errorMessage()));
        QCOMPARE(contents->did, QStringLiteral("did:plc:alice"));
        QCOMPARE(contents->rev, QStringLiteral("3kzzzzzzzzzzz"));
        QCOMPARE(contents->records.size(), records.size());
        QStringList keys;
        for (const RepoRecord &record : std::as_const(contents->records))
            keys.append(record.collection + u'/' + record.rkey);
        QStringList expected;
        for (const auto &record : std::as_const(records))
            expected.append(record.first);
        expected.sort();
        QCOMPARE(keys, expected); // in order, each once
        const RepoRecord &profile = contents->records.first();
        QCOMPARE(profile.collection, QStringLiteral("app.bsky.actor.profile"));
        QCOMPARE(profile.value.toObject().value(QLatin1String("displayName")).toString(), QStringLiteral("Ünïcødé"));
        qsizetype pos = 0;
        QCOMPARE(profile.cid, Cid::read(CarWriter::cidFor(records[300].second.toCborValue().toCbor()), pos)->toString());
        // A tree this size has several levels.
        int deepest = 0;
        for (const QString &key : std::as_const(expected))
            deepest = std::max(deepest, mstKeyDepth(key.toUtf8()));
        QVERIFY(deepest >= 2);
    }

    void emptyRepository()
    {
        CarWriter writer;
        auto contents = readRepository(writer.repository(QStringLiteral("did:plc:x"), QStringLiteral("3k"), {}));
        QVERIFY2(contents, qPrintable(contents.errorMessage()));
        QVERIFY(contents->records.isEmpty());
    }

    void damagedFilesFailClearly_data()
    {
        QTest::addColumn<QByteArray>("car");
        QTest::addColumn<QString>("expected");
        CarWriter writer;
        const QByteArray good = writer.repository(QStringLiteral("did:plc:alice"), QStringLiteral("3k"), manyPosts(20));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Not a CAR file");
        QTest::newRow("text file") << QByteArray("hello, world\n") << QStringLiteral("Not a CAR file");
        QTest::newRow("bad varint") << QByteArray(12, '\xff') << QStringLiteral("longer than 9 bytes");
        QTest::newRow("truncated header") << good.left(20) << QStringLiteral("header length");
        QTest::newRow("truncated block") << good.left(good.size() - 7) << QStringLiteral("past the end");
        QByteArray altered = good;
        altered[altered.size() - 3] = altered[altered.size() - 3] ^ 0x40; // a byte of the last block
        QTest::newRow("wrong CID") << altered << QStringLiteral("does not match its CID");
        const QByteArray notMap = QCborValue(QCborArray{1, 2}).toCbor();
        QTest::newRow("header not a map") << CarWriter::varint(quint64(notMap.size())) + notMap
                                          << QStringLiteral("Not a CAR v1 file");
        const QByteArray orphanRoot = CarWriter::cidFor("missing");
        QTest::newRow("root missing") << CarWriter::header({orphanRoot}) << QStringLiteral("commit block");
        QTest::newRow("no root") << CarWriter::header({}) << QStringLiteral("names no root");

        // A commit whose tree node is not in the file.
        CarWriter lost;
        const QByteArray commit = lost.add(QCborMap{{QStringLiteral("did"), QStringLiteral("did:plc:x")},
                                                    {QStringLiteral("version"), 3},
                                                    {QStringLiteral("rev"), QStringLiteral("3k")},
                                                    {QStringLiteral("data"), CarWriter::link(CarWriter::cidFor("gone"))}});
        QTest::newRow("tree node missing") << CarWriter::header({commit}) + lost.sections() << QStringLiteral("missing");

        // A node whose left subtree is itself (only possible in a crafted file): no endless walk.
        CarWriter loop;
        const QByteArray leaf = loop.add(QCborMap{{QStringLiteral("l"), QCborValue(nullptr)}, {QStringLiteral("e"), QCborArray()}});
        const QByteArray parent = loop.add(QCborMap{{QStringLiteral("l"), CarWriter::link(leaf)},
                                                    {QStringLiteral("e"), QCborArray{QCborMap{
                                                        {QStringLiteral("p"), 0},
                                                        {QStringLiteral("k"), QByteArray("a/b")},
                                                        {QStringLiteral("v"), CarWriter::link(leaf)},
                                                        {QStringLiteral("t"), CarWriter::link(leaf)}}}}});
        const QByteArray loopCommit = loop.add(QCborMap{{QStringLiteral("did"), QStringLiteral("did:plc:x")},
                                                        {QStringLiteral("version"), 3},
                                                        {QStringLiteral("rev"), QStringLiteral("3k")},
                                                        {QStringLiteral("data"), CarWriter::link(parent)}});
        QTest::newRow("shared subtree") << CarWriter::header({loopCommit}) + loop.sections() << QStringLiteral("twice");

        // A record key without a collection.
        CarWriter badKey;
        const QByteArray record = badKey.add(post(QStringLiteral("x")));
        const QByteArray node = badKey.add(QCborMap{{QStringLiteral("l"), QCborValue(nullptr)},
                                                    {QStringLiteral("e"), QCborArray{QCborMap{
                                                        {QStringLiteral("p"), 0},
                                                        {QStringLiteral("k"), QByteArray("nocollection")},
                                                        {QStringLiteral("v"), CarWriter::link(record)},
                                                        {QStringLiteral("t"), QCborValue(nullptr)}}}}});
        const QByteArray keyCommit = badKey.add(QCborMap{{QStringLiteral("did"), QStringLiteral("did:plc:x")},
                                                         {QStringLiteral("version"), 3},
                                                         {QStringLiteral("rev"), QStringLiteral("3k")},
                                                         {QStringLiteral("data"), CarWriter::link(node)}});
        QTest::newRow("malformed key") << CarWriter::header({keyCommit}) + badKey.sections() << QStringLiteral("malformed key");
    }
    void damagedFilesFailClearly()
    {
        QFETCH(QByteArray, car);
        QFETCH(QString, expected);
        auto contents = readRepository(car);
        QVERIFY(!contents);
        QCOMPARE(contents.error().code, Error::Code::InvalidInput);
        QVERIFY2(contents.errorMessage().contains(expected), qPrintable(contents.errorMessage()));
    }

    void everyPrefixOfAGoodFileFailsOrParses()
    {
        // Cutting a file anywhere must never crash or yield a partial repository silently.
        CarWriter writer;
        const QByteArray good = writer.repository(QStringLiteral("did:plc:alice"), QStringLiteral("3k"), manyPosts(8));
        for (qsizetype size = 0; size < good.size(); ++size) {
            auto contents = readRepository(good.left(size));
            QVERIFY2(!contents || contents->records.size() == 8, qPrintable(QString::number(size)));
        }
    }

    void facetsUseUtf8ByteOffsets()
    {
        // "🎉 hi @bob x": the emoji is 4 UTF-8 bytes, so "@bob" starts at byte 8.
        const QString text = QStringLiteral("🎉 hi @bob <x> & \"q\"\nline");
        const QJsonArray facets{
            QJsonObject{{QStringLiteral("index"), QJsonObject{{QStringLiteral("byteStart"), 8}, {QStringLiteral("byteEnd"), 12}}},
                        {QStringLiteral("features"), QJsonArray{QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#mention")},
                                                                            {QStringLiteral("did"), QStringLiteral("did:plc:bob")}}}}},
            // A javascript: link is never turned into a link.
            QJsonObject{{QStringLiteral("index"), QJsonObject{{QStringLiteral("byteStart"), 0}, {QStringLiteral("byteEnd"), 4}}},
                        {QStringLiteral("features"), QJsonArray{QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#link")},
                                                                            {QStringLiteral("uri"), QStringLiteral("javascript:alert(1)")}}}}},
            // Out of range: ignored.
            QJsonObject{{QStringLiteral("index"), QJsonObject{{QStringLiteral("byteStart"), 90}, {QStringLiteral("byteEnd"), 99}}},
                        {QStringLiteral("features"), QJsonArray{QJsonObject{{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#tag")},
                                                                            {QStringLiteral("tag"), QStringLiteral("x")}}}}}};
        QCOMPARE(BlueskyMapper::richTextHtml(text, facets),
                 QStringLiteral("<p>🎉 hi <a href=\"https://bsky.app/profile/did:plc:bob\" class=\"mention\">@bob</a>"
                                " &lt;x&gt; &amp; &quot;q&quot;<br>line</p>"));
    }

    void atUris()
    {
        const AtUri uri = AtUri::parse(QStringLiteral("at://did:plc:abc/app.bsky.feed.post/3k2"));
        QCOMPARE(uri.did, QStringLiteral("did:plc:abc"));
        QCOMPARE(uri.collection, QStringLiteral("app.bsky.feed.post"));
        QCOMPARE(uri.rkey, QStringLiteral("3k2"));
        QVERIFY(!AtUri::parse(QStringLiteral("https://bsky.app")).isValid());
        QCOMPARE(BlueskyMapper::webUrl(QStringLiteral("at://did:plc:abc/app.bsky.feed.post/3k2")),
                 QStringLiteral("https://bsky.app/profile/did:plc:abc/post/3k2"));
    }
};

QTEST_GUILESS_MAIN(TestCarReader)
#include "tst_car_reader.moc"
