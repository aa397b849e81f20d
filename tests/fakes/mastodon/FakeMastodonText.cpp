#include "tests/fakes/mastodon/FakeMastodonText.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace holdfast::testing::fakemastodon {

namespace {

template<typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

// Sample sentences. They deliberately contain characters that must be escaped in HTML (& < > " '),
// typographic quotes, emoji with ZWJ sequences and skin tones, flags, RTL scripts and CJK text.
const QList<QString> &germanSentences()
{
    static const QList<QString> list = {
        u"Grüße aus Köln! Die Straße vor dem Dom ist heute voller Menschen."_s,
        u"Schöne Grüße an alle, die heute früh aufgestanden sind – Kaffee ☕ hilft."_s,
        u"Heute in der Bahn: „Verzögerungen im Betriebsablauf“. Typisch, aber wir kommen an."_s,
        u"Weiß jemand, ob die Hohenzollernbrücke morgen gesperrt ist? Danke im Voraus 🙏"_s,
        u"Fußgängerzone, Äpfel, Öl & Übermut: ein ganz normaler Samstag in der Südstadt."_s,
        u"Mein Lieblingsfehler im Code: if (a < b && b > c) – und dann wundern, warum's nicht geht."_s,
        u"Ich habe endlich meine Backups geprüft. Spoiler: Die Hälfte war leer. 😅"_s,
        u"Straßenbahnlinie 18 fährt wieder, die Baustelle an der Ringstraße ist fertig 🎉"_s,
        u"Gemüsesuppe mit Kürbis, Möhren und ein bisschen Ingwer. Rezept auf Nachfrage."_s,
        u"Wer hat Lust auf einen Spaziergang am Rhein? Treffpunkt 15 Uhr an der Bastei."_s,
        u"Das Wetter in Köln: 12 °C, Nieselregen, also eigentlich perfekt für einen Tatort-Abend."_s,
        u"Größenordnungen sind schwierig: 1 000 000 ≠ 1.000.000 ≠ 1,000,000, je nach Land."_s,
    };
    return list;
}

const QList<QString> &englishSentences()
{
    static const QList<QString> list = {
        u"Just shipped a new release & it's mostly bug fixes, sorry."_s,
        u"Reminder: always escape your HTML. <script>alert(1)</script> is not a valid display name."_s,
        u"\"Quotes\" and 'apostrophes' should survive the round-trip, right?"_s,
        u"Working from the café today 👩‍💻 — the Wi-Fi is surprisingly fast."_s,
        u"Hot take: tabs vs. spaces doesn't matter as long as you're consistent."_s,
        u"Took the long way home and found a tiny bookshop. 10/10 would get lost again 📚"_s,
        u"My cat just walked across the keyboard and pushed to main. Impressive, honestly 🐈"_s,
        u"Does anyone have a good recipe for sourdough that doesn't take three days?"_s,
        u"The sunset tonight was ridiculous. Photos don't do it justice 🌅"_s,
        u"Today I learned that 0.1 + 0.2 != 0.3 in floating point. Again."_s,
        u"Conference talk slides are up, thanks everyone who came by 🙌🏽"_s,
        u"Three things I love: long walks, strong coffee & well-written documentation."_s,
    };
    return list;
}

const QList<QString> &arabicSentences()
{
    static const QList<QString> list = {
        u"مرحبا بالعالم! كيف حالكم اليوم؟"_s,
        u"صباح الخير من القاهرة، الجو جميل جدا اليوم ☀️"_s,
        u"قرأت كتابا رائعا عن تاريخ الأندلس، أنصح به بشدة."_s,
        u"شكرا لكل من شارك في اللقاء أمس 🌹"_s,
        u"القهوة العربية مع الهيل هي الأفضل، لا نقاش في ذلك."_s,
    };
    return list;
}

const QList<QString> &hebrewSentences()
{
    static const QList<QString> list = {
        u"שלום עולם! מה שלומכם היום?"_s,
        u"בוקר טוב מתל אביב, הים נראה מדהים הבוקר 🌊"_s,
        u"סיימתי סוף סוף את הפרויקט, עכשיו זמן לקפה ☕"_s,
        u"מישהו מכיר ספרייה טובה לעיבוד טקסט בעברית?"_s,
        u"תודה רבה לכל מי שעזר לי השבוע 🙏"_s,
    };
    return list;
}

const QList<QString> &japaneseSentences()
{
    static const QList<QString> list = {
        u"今日はとても良い天気ですね。散歩に行きましょう。"_s,
        u"東京の桜が満開です🌸 週末はお花見に行く予定です。"_s,
        u"新しいラーメン屋さんを見つけました。とても美味しかったです🍜"_s,
        u"プログラミングの勉強を続けています。毎日少しずつ。"_s,
        u"日本語と English を混ぜて書くのは難しいですね 🇯🇵"_s,
    };
    return list;
}

const QList<QString> &chineseSentences()
{
    static const QList<QString> list = {
        u"你好，世界！今天天气很好。"_s,
        u"刚到北京，晚上去吃烤鸭 🦆"_s,
        u"周末在家看书，喝茶，很舒服。"_s,
        u"开源软件让世界更美好，谢谢所有的贡献者！"_s,
        u"学习新的编程语言总是很有趣的 👨‍💻"_s,
    };
    return list;
}

const QList<QString> &emojiBits()
{
    static const QList<QString> list = {
        u"👩‍💻"_s, u"🇩🇪"_s, u"🇯🇵"_s, u"🏳️‍🌈"_s, u"👍🏽"_s, u"🎉"_s, u"❤️"_s, u"👨‍👩‍👧‍👦"_s, u"🙈"_s, u"✨"_s,
    };
    return list;
}

const QList<QString> &hashtags()
{
    static const QList<QString> list = {
        u"Köln"_s, u"Straßenbahn"_s, u"Caturday"_s, u"FediTips"_s, u"OpenSource"_s, u"Grüße"_s,
        u"Backup"_s, u"KölnerDom"_s, u"日本語"_s, u"Photography"_s, u"Kaffee"_s, u"100DaysOfCode"_s,
    };
    return list;
}

const QList<QString> &linkUrls()
{
    static const QList<QString> list = {
        u"https://example.org/"_s,
        u"https://www.example.com/blog/2024/03/a-very-long-article-title-about-backups-and-archives"_s,
        u"https://news.example.de/köln/straße-gesperrt?quelle=fedi&seite=2"_s,
        u"https://docs.example.net/guide#section-3"_s,
        u"http://old.example.org/page.php?id=42&lang=en"_s,
    };
    return list;
}

} // namespace

QString htmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\'': out += u"&#39;"_s; break;
        default: out += c;
        }
    }
    return out;
}

namespace {

QString renderLink(const QString &url)
{
    static const QRegularExpression prefixRe(u"^https?://(www\\.)?"_s);
    const QRegularExpressionMatch m = prefixRe.match(url);
    const QString prefix = m.hasMatch() ? m.captured(0) : QString();
    const QString rest = url.mid(prefix.size());
    const bool cutoff = rest.size() > 30;
    const QString display = rest.left(30);
    const QString suffix = rest.mid(30);
    return u"<a href=\""_s + htmlEscape(url)
        + u"\" target=\"_blank\" rel=\"nofollow noopener\" translate=\"no\"><span class=\"invisible\">"_s
        + htmlEscape(prefix) + u"</span><span class=\""_s + (cutoff ? u"ellipsis"_s : QString()) + u"\">"_s
        + htmlEscape(display) + u"</span><span class=\"invisible\">"_s + htmlEscape(suffix)
        + u"</span></a>"_s;
}

} // namespace

QString renderHtml(const Body &body, const QString &tagBaseUrl, const MentionResolver &resolve)
{
    QString html = u"<p>"_s;
    for (const Token &t : body) {
        switch (t.kind) {
        case Token::Kind::Text:
            html += htmlEscape(t.value);
            break;
        case Token::Kind::Mention: {
            const MentionTarget m = resolve(t.value);
            html += u"<span class=\"h-card\" translate=\"no\"><a href=\""_s + htmlEscape(m.profileUrl)
                + u"\" class=\"u-url mention\">@<span>"_s + htmlEscape(m.username) + u"</span></a></span>"_s;
            break;
        }
        case Token::Kind::Hashtag: {
            const QString url = tagBaseUrl + u"/tags/"_s + QString::fromLatin1(QUrl::toPercentEncoding(t.value));
            html += u"<a href=\""_s + htmlEscape(url) + u"\" class=\"mention hashtag\" rel=\"tag\">#<span>"_s
                + htmlEscape(t.value) + u"</span></a>"_s;
            break;
        }
        case Token::Kind::Link:
            html += renderLink(t.value);
            break;
        case Token::Kind::LineBreak:
            html += u"<br />"_s;
            break;
        case Token::Kind::ParagraphBreak:
            html += u"</p><p>"_s;
            break;
        case Token::Kind::Emoji:
            html += u':' + t.value + u':';
            break;
        }
    }
    html += u"</p>"_s;
    return html;
}

QString renderPlain(const Body &body, const MentionResolver &resolve)
{
    QString text;
    for (const Token &t : body) {
        switch (t.kind) {
        case Token::Kind::Text: text += t.value; break;
        case Token::Kind::Mention: text += u'@' + resolve(t.value).acct; break;
        case Token::Kind::Hashtag: text += u'#' + t.value; break;
        case Token::Kind::Link: text += t.value; break;
        case Token::Kind::LineBreak: text += u'\n'; break;
        case Token::Kind::ParagraphBreak: text += u"\n\n"_s; break;
        case Token::Kind::Emoji: text += u':' + t.value + u':'; break;
        }
    }
    return text;
}

Body bodyFromPlainText(const QString &text)
{
    Body body;
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    const QStringList paragraphs = normalized.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (int p = 0; p < paragraphs.size(); ++p) {
        if (p > 0)
            body.append({Token::Kind::ParagraphBreak, {}});
        const QStringList lines = paragraphs.at(p).split(u'\n');
        for (int l = 0; l < lines.size(); ++l) {
            if (l > 0)
                body.append({Token::Kind::LineBreak, {}});
            if (!lines.at(l).isEmpty())
                body.append({Token::Kind::Text, lines.at(l)});
        }
    }
    return body;
}

const QStringList &TextSource::languages()
{
    static const QStringList list = {u"de"_s, u"en"_s, u"ar"_s, u"he"_s, u"ja"_s, u"zh"_s};
    return list;
}

QString TextSource::sentence(QRandomGenerator &rng, const QString &language)
{
    QString s;
    if (language == u"de")
        s = pick(rng, germanSentences());
    else if (language == u"ar")
        s = pick(rng, arabicSentences());
    else if (language == u"he")
        s = pick(rng, hebrewSentences());
    else if (language == u"ja")
        s = pick(rng, japaneseSentences());
    else if (language == u"zh")
        s = pick(rng, chineseSentences());
    else
        s = pick(rng, englishSentences());
    if (rng.bounded(6) == 0)
        s += u' ' + pick(rng, emojiBits());
    return s;
}

QString TextSource::hashtag(QRandomGenerator &rng) { return pick(rng, hashtags()); }
QString TextSource::linkUrl(QRandomGenerator &rng) { return pick(rng, linkUrls()); }

QString TextSource::spoiler(QRandomGenerator &rng)
{
    static const QList<QString> list = {
        u"Politik"_s, u"Spoiler: Tatort"_s, u"CW: food 🍕"_s, u"Mental health"_s, u"Eye contact"_s, u"ネタバレ"_s,
    };
    return pick(rng, list);
}

QString TextSource::mediaDescription(QRandomGenerator &rng)
{
    static const QList<QString> list = {
        u"Der Kölner Dom bei Sonnenuntergang, davor die Hohenzollernbrücke."_s,
        u"A cat sleeping on a laptop keyboard."_s,
        u"Screenshot of a terminal showing \"backup complete\" & a green check mark."_s,
        u"桜の木の下のベンチ"_s,
        u"Eine Straße im Regen, Spiegelungen der Laternen auf dem Asphalt."_s,
    };
    return pick(rng, list);
}

QString TextSource::displayName(QRandomGenerator &rng, int index)
{
    static const QList<QString> list = {
        u"Jürgen Groß"_s, u"Zoë Ångström"_s, u"محمد الأحمد"_s, u"יעל כהן"_s, u"山田太郎"_s, u"李华"_s,
        u"Élodie Martin"_s, u"Søren Kierkegaard 📚"_s, u"Ólafur Arnalds"_s, u"Ana María López"_s,
        u"Siobhán O'Brien"_s, u"Kim <the> Coder"_s, u"Ayşe Yılmaz"_s, u"Björn & Friends"_s,
        u"Łukasz Żółć"_s, u"Priya 🇮🇳"_s, u"Max Mustermann"_s, u"Anna Schäfer"_s, u"Tomás 👨‍🍳"_s,
        u"Grace Hopper Fan Club"_s,
    };
    // A few accounts have no display name at all, as on real servers.
    if (rng.bounded(25) == 0)
        return QString();
    return list.at(index % list.size());
}

QString TextSource::usernameStem(int index)
{
    static const QList<QString> list = {
        u"juergen"_s, u"zoe"_s, u"mohammed"_s, u"yael"_s, u"taro"_s, u"lihua"_s, u"elodie"_s, u"soren"_s,
        u"olafur"_s, u"anamaria"_s, u"siobhan"_s, u"kimcodes"_s, u"ayse"_s, u"bjorn"_s, u"lukasz"_s,
        u"priya"_s, u"max"_s, u"anna"_s, u"tomas"_s, u"gracefan"_s,
    };
    return list.at(index % list.size());
}

QString TextSource::bio(QRandomGenerator &rng)
{
    static const QList<QString> list = {
        u"Softwareentwicklerin aus Köln. Mag Straßenbahnen & Grüße."_s,
        u"Photographer, coffee drinker, occasional \"writer\"."_s,
        u"مبرمج ومحب للقراءة"_s,
        u"東京在住のエンジニアです。"_s,
        u"Posting about cats, code and <everything> else."_s,
        u""_s,
    };
    return pick(rng, list);
}

QString TextSource::remoteDomain(QRandomGenerator &rng)
{
    static const QList<QString> list = {
        u"other.example"_s, u"social.example.de"_s, u"mstdn.example.jp"_s, u"fosstodon.example"_s,
        u"toot.example.org"_s, u"chaos.example"_s,
    };
    return pick(rng, list);
}

QString TextSource::applicationName(QRandomGenerator &rng)
{
    static const QList<QString> list = {u"Web"_s, u"Tusky"_s, u"Ivory"_s, u"Tokodon"_s, u"Elk"_s};
    return pick(rng, list);
}

const QStringList &TextSource::customEmojis()
{
    static const QStringList list = {u"blobcat"_s, u"ablobwave"_s, u"mastodon"_s};
    return list;
}

} // namespace holdfast::testing::fakemastodon
