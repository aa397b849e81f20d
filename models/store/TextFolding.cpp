#include "models/store/TextFolding.h"

#include <QChar>
#include <QHash>
#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace holdfast {

namespace {

bool isCombiningMark(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

/// Letters that carry their "diacritic" inside the letter itself, so NFKD leaves them alone.
/// Applied after case folding, so only lower-case forms are listed.
const char *letterReplacement(char16_t c)
{
    switch (c) {
    case u'ß': return "ss";
    case u'\u1E9E': return "ss"; // ẞ (capital sharp s; simple case folding keeps it)
    case u'æ': return "ae";
    case u'ø': return "o";
    case u'œ': return "oe";
    case u'ł': return "l";
    case u'đ': return "d";
    case u'ð': return "d";
    case u'þ': return "th";
    case u'ı': return "i";   // dotless i
    case u'ħ': return "h";
    case u'ŧ': return "t";
    case u'ƒ': return "f";
    default: return nullptr;
    }
}

template<typename Visitor>
void forEachCodePoint(const QString &text, Visitor &&visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text.at(i + 1)), QStringView(text).mid(i, 2));
            ++i;
        } else {
            visit(char32_t(c.unicode()), QStringView(text).mid(i, 1));
        }
    }
}

/// The folded form of one code point (NFKD without marks, case-folded, special letters
/// replaced). Folding is per code point, so the result for a string is the concatenation.
QString foldCodePoint(char32_t codePoint)
{
    const QString decomposed = QString::fromUcs4(&codePoint, 1).normalized(QString::NormalizationForm_KD);
    QString withoutMarks;
    forEachCodePoint(decomposed, [&](char32_t part, QStringView units) {
        if (!isCombiningMark(part))
            withoutMarks.append(units);
    });
    QString result;
    for (const QChar c : withoutMarks.toCaseFolded()) {
        if (const char *replacement = letterReplacement(c.unicode()))
            result.append(QLatin1String(replacement));
        else
            result.append(c);
    }
    return result;
}

} // namespace

QString foldForSearch(const QString &text)
{
    // Non-ASCII code points are folded once per thread and remembered; text is mostly ASCII
    // with a few accented letters, so this keeps indexing fast.
    thread_local QHash<char32_t, QString> cache;

    QString result;
    result.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit < 0x80) {
            result.append(QChar(unit >= u'A' && unit <= u'Z' ? unit + (u'a' - u'A') : unit));
            continue;
        }
        char32_t codePoint = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(unit, text.at(i + 1).unicode());
            ++i;
        }
        auto it = cache.constFind(codePoint);
        if (it == cache.constEnd()) {
            if (cache.size() > 20000)
                cache.clear();
            it = cache.insert(codePoint, foldCodePoint(codePoint));
        }
        result.append(*it);
    }
    return result;
}

QString ftsMatchExpression(const QString &query)
{
    QStringList words;
    QString current;
    for (const QChar c : query) {
        if (c.isSpace()) {
            if (!current.isEmpty())
                words.append(std::exchange(current, QString()));
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        words.append(current);

    QStringList terms;
    for (QString word : std::as_const(words)) {
        const bool prefix = word.endsWith(u'*');
        while (word.endsWith(u'*'))
            word.chop(1);
        QString folded = foldForSearch(word);

        // The unicode61 tokenizer only keeps letters, digits and private-use characters; a
        // word of nothing else would become an empty phrase, so leave it out.
        bool hasToken = false;
        forEachCodePoint(folded, [&](char32_t codePoint, QStringView) {
            const auto category = QChar::category(codePoint);
            if (QChar::isLetterOrNumber(codePoint) || category == QChar::Other_PrivateUse)
                hasToken = true;
        });
        if (!hasToken)
            continue;

        folded.replace(u'"', u"\"\""_s);
        // A prefix of one or two letters would merge the lists of a large part of the
        // vocabulary (a third of a second at a million items); such a word is searched whole.
        const bool usePrefix = prefix && folded.size() >= 3;
        terms.append(u'"' + folded + u'"' + (usePrefix ? u"*"_s : QString()));
    }
    return terms.join(u' ');
}

} // namespace holdfast
