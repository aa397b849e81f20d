// Pure parsing pieces of the connectors: Link headers, HTML to text, PKCE, Mastodon mapping.
#include "connectors/common/HtmlText.h"
#include "connectors/common/LinkHeader.h"
#include "connectors/common/Pkce.h"
#include "connectors/mastodon/MastodonMapper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace holdfast;

class TestConnectorParsing : public QObject
{
    Q_OBJECT
private slots:
    void linkHeaderNextAndPrev()
    {
        const QByteArray header = "<https://m.example/api/v1/favourites?limit=40&max_id=7>; rel=\"next\", "
                                  "<https://m.example/api/v1/favourites?limit=40&min_id=9>; rel=\"prev\"";
        QCOMPARE(linkWithRelation(header, "next"), QUrl(QStringLiteral("https://m.example/api/v1/favourites?limit=40&max_id=7")));
        QCOMPARE(linkWithRelation(header, "prev"), QUrl(QStringLiteral("https://m.example/api/v1/favourites?limit=40&min_id=9")));
        QVERIFY(!linkWithRelation("<https://m.example/x>; rel=\"prev\"", "next").isValid());
        QVERIFY(!linkWithRelation(QByteArray(), "next").isValid());
    }

    void linkHeaderToleratesCommasAndCase()
    {
        const QByteArray header = "<https://m.example/a?x=1,2>; REL=next";
        QCOMPARE(linkWithRelation(header, "next").toString(), QStringLiteral("https://m.example/a?x=1,2"));
        QCOMPARE(linkWithRelation("<https://e/x>; rel=\"prev next\"", "next").toString(), QStringLiteral("https://e/x"));
    }

    void htmlToPlainTextKeepsParagraphsAndLinks()
    {
        const QString html = QStringLiteral(
            "<p>Grüße aus Köln &amp; Straße &lt;3 &#39;hi&#39; &#x1F600;</p>"
            "<p>Line one<br>Line two<br />three</p>"
            "<p><a href=\"https://example.com/very/long\" rel=\"nofollow\"><span class=\"invisible\">https://</span>"
            "<span class=\"ellipsis\">example.com/very/lo</span><span class=\"invisible\">ng</span></a></p>");
        QCOMPARE(htmlToPlainText(html),
                 QStringLiteral("Grüße aus Köln & Straße <3 'hi' \U0001F600\n\nLine one\nLine two\nthree\n\n"
                                "https://example.com/very/long"));
        QCOMPARE(htmlToPlainText(QStringLiteral("a & b; &unknown; <b")), QStringLiteral("a & b; &unknown; "));
    }

    void pkceMatchesRfc7636Example()
    {
        // RFC 7636 appendix B.
        QCOMPARE(pkceChallengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const PkcePair pair = makePkcePair();
        QVERIFY(pair.verifier.size() >= 43 && pair.verifier.size() <= 128);
        QCOMPARE(pkceChallengeFor(pair.verifier), pair.challenge);
        QVERIFY(makePkcePair().verifier != pair.verifier);
    }

    void mastodonStatusMapping()
    {
        const QByteArray json =
            "{\"id\":\"1100\",\"created_at\":\"2024-03-05T10:20:30.123Z\",\"edited_at\":null,"
            "\"in_reply_to_id\":null,\"visibility\":\"public\",\"language\":\"de\",\"url\":\"https://m.example/@a/1100\","
            "\"content\":\"<p>Hallo <span class=\\\"h-card\\\"><a href=\\\"https://o.example/@bob\\\" class=\\\"u-url mention\\\">@<span>bob</span></a></span></p>\","
            "\"spoiler_text\":\"\",\"replies_count\":2,\"reblogs_count\":3,\"favourites_count\":4,"
            "\"account\":{\"id\":\"7\",\"acct\":\"alice\",\"username\":\"alice\",\"display_name\":\"\",\"url\":\"https://m.example/@alice\",\"avatar\":\"https://m.example/a.png\"},"
            "\"media_attachments\":[{\"id\":\"m1\",\"type\":\"image\",\"url\":\"https://m.example/m1.png\",\"preview_url\":\"https://m.example/m1s.png\",\"description\":\"Alt\"}],"
            "\"reblog\":null}";
        const mastodon::MastodonMapper mapper(QStringLiteral("m.example"));
        const Item item = mapper.item(QJsonDocument::fromJson(json).object());
        QCOMPARE(item.platformId, QStringLiteral("1100"));
        QCOMPARE(item.kind, ItemKind::Post);
        QCOMPARE(item.createdAt, QDateTime(QDate(2024, 3, 5), QTime(10, 20, 30, 123), Qt::UTC));
        QVERIFY(!item.editedAt.isValid());
        QCOMPARE(item.text, QStringLiteral("Hallo @bob"));
        QCOMPARE(item.author.handle, QStringLiteral("alice@m.example"));
        QCOMPARE(item.author.displayName, QStringLiteral("alice"));
        QCOMPARE(item.media.size(), 1);
        QCOMPARE(item.media.first().description, QStringLiteral("Alt"));
        QCOMPARE(item.favouriteCount, 4);
        QCOMPARE(QJsonDocument::fromJson(item.rawJson).object().value(QLatin1String("id")).toString(),
                 QStringLiteral("1100"));
    }

    void mastodonBoostReplyAndMessageKinds()
    {
        const mastodon::MastodonMapper mapper(QStringLiteral("m.example"));
        const QJsonObject account{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("acct"), QStringLiteral("x@o.example")}};
        QJsonObject original{{QStringLiteral("id"), QStringLiteral("5")}, {QStringLiteral("account"), account},
                             {QStringLiteral("content"), QStringLiteral("<p>orig</p>")}, {QStringLiteral("visibility"), QStringLiteral("public")}};
        QJsonObject boost{{QStringLiteral("id"), QStringLiteral("6")}, {QStringLiteral("account"), account},
                          {QStringLiteral("reblog"), original}, {QStringLiteral("content"), QString()}};
        const Item boostItem = mapper.item(boost);
        QCOMPARE(boostItem.kind, ItemKind::Boost);
        QCOMPARE(boostItem.boostOfId, QStringLiteral("5"));
        QCOMPARE(mapper.boostedOriginal(boost)->text, QStringLiteral("orig"));
        QCOMPARE(boostItem.author.handle, QStringLiteral("x@o.example"));

        QJsonObject reply = original;
        reply[QStringLiteral("in_reply_to_id")] = QStringLiteral("4");
        QCOMPARE(mapper.item(reply).kind, ItemKind::Reply);
        reply[QStringLiteral("visibility")] = QStringLiteral("direct");
        QCOMPARE(mapper.item(reply).kind, ItemKind::Message);
    }
};

QTEST_GUILESS_MAIN(TestConnectorParsing)
#include "tst_connector_parsing.moc"
