#include "models/items/ItemRoles.h"

#include "models/items/SearchResultsModel.h"
#include "models/items/TimelineModel.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace holdfast::itemroles {

// SearchResultsModel promises the same role values as TimelineModel.
static_assert(int(SearchResultsModel::ItemIdRole) == int(TimelineModel::ItemIdRole));
static_assert(int(SearchResultsModel::SortRole) == int(TimelineModel::SortRole));
static_assert(int(SearchResultsModel::AccountIdRole) == int(TimelineModel::AccountIdRole));

namespace {

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    QString line = end < 0 ? trimmed : trimmed.left(end).trimmed();
    constexpr qsizetype kMaxLength = 200;
    if (line.size() > kMaxLength)
        line = line.left(kMaxLength - 1) + u'…';
    return line;
}

} // namespace

QString shownText(const Item &item, const Item *boostedOriginal)
{
    if (item.kind != ItemKind::Boost || !boostedOriginal || !item.text.isEmpty())
        return item.text;
    const Item &original = *boostedOriginal;
    const QString text = original.spoilerText.isEmpty() ? original.text : original.spoilerText;
    return QCoreApplication::translate("holdfast::TimelineModel", "🔁 @%1: %2")
        .arg(original.author.handle, text);
}

QString summary(const Item &item, const Item *boostedOriginal)
{
    const QString author =
        item.author.displayName.isEmpty() ? item.author.handle : item.author.displayName;
    const QString date =
        QLocale().toString(item.createdAt.toLocalTime(), QLocale::ShortFormat);
    const QString text = firstLine(item.spoilerText.isEmpty() ? shownText(item, boostedOriginal)
                                                              : item.spoilerText);
    QStringList parts;
    for (const QString &part : {author, date, text})
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(u" · "_s);
}

QVariant data(const Item &item, qint64 accountId, int role, const Item *boostedOriginal)
{
    switch (role) {
    case Qt::DisplayRole:
        return summary(item, boostedOriginal);
    case Qt::ToolTipRole:
        return item.author.handle;
    case TimelineModel::ItemIdRole:
        return item.id;
    case TimelineModel::PlatformIdRole:
        return item.platformId;
    case TimelineModel::KindRole:
        return itemKindName(item.kind);
    case TimelineModel::CreatedAtRole:
        return item.createdAt;
    case TimelineModel::AuthorHandleRole:
        return item.author.handle;
    case TimelineModel::AuthorNameRole:
        return item.author.displayName;
    case TimelineModel::TextRole:
        return shownText(item, boostedOriginal);
    case TimelineModel::DeletedRole:
        return item.deletedAt.isValid();
    case TimelineModel::EditedRole:
        return item.editedAt.isValid();
    case TimelineModel::HasMediaRole:
        return !item.media.isEmpty();
    case TimelineModel::ConversationIdRole:
        return item.conversationId;
    case TimelineModel::AccountIdRole:
        return accountId;
    case TimelineModel::SortRole:
        return item.createdAt.isValid() ? item.createdAt.toMSecsSinceEpoch() : qint64(0);
    default:
        return {};
    }
}

QHash<int, QByteArray> roleNames()
{
    return {
        {Qt::DisplayRole, "display"},
        {Qt::ToolTipRole, "toolTip"},
        {TimelineModel::ItemIdRole, "itemId"},
        {TimelineModel::PlatformIdRole, "platformId"},
        {TimelineModel::KindRole, "kind"},
        {TimelineModel::CreatedAtRole, "createdAt"},
        {TimelineModel::AuthorHandleRole, "authorHandle"},
        {TimelineModel::AuthorNameRole, "authorName"},
        {TimelineModel::TextRole, "text"},
        {TimelineModel::DeletedRole, "deleted"},
        {TimelineModel::EditedRole, "edited"},
        {TimelineModel::HasMediaRole, "hasMedia"},
        {TimelineModel::ConversationIdRole, "conversationId"},
        {TimelineModel::AccountIdRole, "accountId"},
        {TimelineModel::SortRole, "sort"},
    };
}

} // namespace holdfast::itemroles
