// Multilingual sample text and Mastodon-style HTML rendering for the fake Mastodon server.
//
// Status bodies are kept as token lists (text, mention, hashtag, link, ...) and rendered on demand,
// because the HTML of a local mention or hashtag contains the server's base URL, which is only known
// once the server listens.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QRandomGenerator;

namespace holdfast::testing::fakemastodon {

// One piece of a status body.
struct Token
{
    enum class Kind { Text, Mention, Hashtag, Link, LineBreak, ParagraphBreak, Emoji };
    Kind kind = Kind::Text;
    QString value; // Text: the text; Mention: account id; Hashtag: tag as typed; Link: URL; Emoji: shortcode
};
using Body = QList<Token>;

// How a mentioned account shows up in HTML and plain text.
struct MentionTarget
{
    QString username;
    QString acct;       // "user" for local accounts, "user@domain" for remote ones
    QString profileUrl; // the account's "url"
};
using MentionResolver = std::function<MentionTarget(const QString &accountId)>;

// Escapes like Mastodon's sanitizer output: & < > " ' become &amp; &lt; &gt; &quot; &#39;.
QString htmlEscape(const QString &text);

// Renders a body as Mastodon's sanitised status HTML (<p>, <br />, h-card mentions, hashtag links,
// links split into invisible/ellipsis spans). tagBaseUrl is the origin hashtag links point to.
QString renderHtml(const Body &body, const QString &tagBaseUrl, const MentionResolver &resolve);

// The body as the author typed it (what /api/v1/statuses/:id/source returns).
QString renderPlain(const Body &body, const MentionResolver &resolve);

// Turns text typed by a test (addStatus/editStatus) into a body: blank lines separate paragraphs,
// single newlines become line breaks. No mention or hashtag parsing.
Body bodyFromPlainText(const QString &text);

// Picks sample content. All choices come from the generator passed in, so output is deterministic.
class TextSource
{
public:
    // Languages the sample sentences come in (ISO 639-1 codes as Status.language uses them).
    static const QStringList &languages();

    // A sentence in the given language; may contain emoji and characters that need HTML escaping.
    static QString sentence(QRandomGenerator &rng, const QString &language);

    static QString hashtag(QRandomGenerator &rng);
    static QString linkUrl(QRandomGenerator &rng);
    static QString spoiler(QRandomGenerator &rng);
    static QString mediaDescription(QRandomGenerator &rng);
    static QString displayName(QRandomGenerator &rng, int index);
    static QString usernameStem(int index);
    static QString bio(QRandomGenerator &rng);
    static QString remoteDomain(QRandomGenerator &rng);
    static QString applicationName(QRandomGenerator &rng);

    // Custom emoji shortcodes the fake instance knows (served under /system/custom_emojis/).
    static const QStringList &customEmojis();
};

} // namespace holdfast::testing::fakemastodon
