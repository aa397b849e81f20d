// JSON rendering, queries and mutations of the fake Mastodon data (see FakeMastodonData.h).
#include "tests/fakes/mastodon/FakeMastodonData.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast::testing::fakemastodon {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// RFC 3339 as Mastodon writes it: "2024-03-05T10:20:30.123Z".
QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue nullableTime(qint64 ms)
{
    return ms ? QJsonValue(isoMs(ms)) : QJsonValue(QJsonValue::Null);
}

QString idString(qint64 id)
{
    return QString::number(id);
}

QString extensionFor(MediaAttachment::Kind kind)
{
    switch (kind) {
    case MediaAttachment::Kind::Image: return u"png"_s;
    case MediaAttachment::Kind::Video:
    case MediaAttachment::Kind::Gifv: return u"mp4"_s;
    case MediaAttachment::Kind::Audio: return u"mp3"_s;
    }
    return u"bin"_s;
}

QString typeName(MediaAttachment::Kind kind)
{
    switch (kind) {
    case MediaAttachment::Kind::Image: return u"image"_s;
    case MediaAttachment::Kind::Video: return u"video"_s;
    case MediaAttachment::Kind::Gifv: return u"gifv"_s;
    case MediaAttachment::Kind::Audio: return u"audio"_s;
    }
    return u"unknown"_s;
}

QJsonObject sizeMeta(int w, int h)
{
    return QJsonObject{{u"width"_s, w},
                       {u"height"_s, h},
                       {u"size"_s, QString(QString::number(w) + u'x' + QString::number(h))},
                       {u"aspect"_s, h ? double(w) / double(h) : 1.0}};
}

QString lengthString(double seconds)
{
    const int total = int(seconds);
    const int hundredths = int((seconds - total) * 100 + 0.5) % 100;
    return QString::asprintf("%d:%02d:%02d.%02d", total / 3600, (total / 60) % 60, total % 60, hundredths);
}

} // namespace

QList<qint64> Store::sortedStatusIds() const
{
    QList<qint64> ids = m_statuses.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void Store::setBaseUrl(const QString &baseUrl)
{
    m_base = baseUrl;
    invalidate();
}

void Store::invalidate()
{
    m_statusJsonCache.clear();
    m_statusBytesCache.clear();
    m_accountJsonCache.clear();
    m_accountBytesCache.clear();
}

const Account *Store::account(const QString &id) const
{
    const auto it = m_accounts.constFind(id);
    return it == m_accounts.cend() ? nullptr : &*it;
}

const Status *Store::status(qint64 id) const
{
    const auto it = m_statuses.constFind(id);
    return it == m_statuses.cend() ? nullptr : &*it;
}

const MediaAttachment *Store::media(const QString &id) const
{
    const Status *s = status(m_mediaOwner.value(id));
    if (!s)
        return nullptr;
    for (const MediaAttachment &m : s->media) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const Conversation *Store::conversation(qint64 id) const
{
    const auto it = m_conversations.constFind(id);
    return it == m_conversations.cend() ? nullptr : &*it;
}

QList<qint64> Store::accountStatusIds(const QString &accountId) const
{
    if (accountId == m_ownId)
        return m_ownTimeline;
    QList<qint64> ids;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        // What the own account may see of someone else: no DMs unless addressed to it.
        if (it->accountId == accountId && (it->visibility != u"direct" || it->mentionIds.contains(m_ownId)))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end(), std::greater<qint64>());
    return ids;
}

QList<qint64> Store::pinnedStatusIds() const
{
    QList<qint64> ids = m_pinned.keys();
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) { return m_pinned.value(a) > m_pinned.value(b); });
    return ids;
}

QList<Conversation> Store::conversationsByLastStatus() const
{
    QList<Conversation> list = m_conversations.values();
    std::sort(list.begin(), list.end(),
              [](const Conversation &a, const Conversation &b) { return a.lastStatusId() > b.lastStatusId(); });
    return list;
}

int Store::ownStatusesCount() const
{
    return int(m_ownTimeline.size());
}

// ---------------------------------------------------------------- URLs

QString Store::instanceOrigin(const Account &a) const
{
    return a.domain.isEmpty() ? m_base : u"https://"_s + a.domain;
}

QString Store::accountUrl(const Account &a) const
{
    return instanceOrigin(a) + u"/@"_s + a.username;
}

QString Store::statusUri(const Status &s) const
{
    const Account &a = m_accounts[s.accountId];
    QString uri = instanceOrigin(a) + u"/users/"_s + a.username + u"/statuses/"_s + idString(s.id);
    if (s.reblogOfId)
        uri += u"/activity"_s;
    return uri;
}

QString Store::statusUrl(const Status &s) const
{
    if (s.reblogOfId)
        return statusUri(s);
    const Account &a = m_accounts[s.accountId];
    return accountUrl(a) + u'/' + idString(s.id);
}

QString Store::mediaUrl(const MediaAttachment &m) const
{
    return m_base + u"/system/media_attachments/"_s + m.id + u"/original."_s + extensionFor(m.kind);
}

QString Store::mediaPreviewUrl(const MediaAttachment &m) const
{
    if (m.kind == MediaAttachment::Kind::Audio)
        return mediaUrl(m);
    return m_base + u"/system/media_attachments/"_s + m.id + u"/small.png"_s;
}

QString Store::avatarUrl(const Account &a) const
{
    if (a.defaultAvatar)
        return m_base + u"/avatars/original/missing.png"_s;
    return m_base + u"/system/accounts/avatars/"_s + a.id + u".png"_s;
}

QString Store::headerUrl(const Account &a) const
{
    if (a.defaultHeader)
        return m_base + u"/headers/original/missing.png"_s;
    return m_base + u"/system/accounts/headers/"_s + a.id + u".png"_s;
}

QString Store::emojiUrl(const QString &shortcode) const
{
    return m_base + u"/system/custom_emojis/images/"_s + shortcode + u".png"_s;
}

MentionTarget Store::mentionTarget(const QString &accountId) const
{
    const auto it = m_accounts.constFind(accountId);
    if (it == m_accounts.cend())
        return {u"unknown"_s, u"unknown"_s, m_base};
    return {it->username, it->domain.isEmpty() ? it->username : it->username + u'@' + it->domain, accountUrl(*it)};
}

// ---------------------------------------------------------------- JSON

QJsonObject Store::buildAccountJson(const Account &a) const
{
    const bool own = a.id == m_ownId;
    const auto resolve = [this](const QString &id) { return mentionTarget(id); };

    QJsonArray fields;
    for (const Field &f : a.fields) {
        QString value;
        if (f.value.startsWith(u"http"))
            value = renderHtml({{Token::Kind::Link, f.value}}, m_base, resolve).chopped(4).mid(3).replace(
                u"rel=\"nofollow noopener\""_s, u"rel=\"nofollow noopener me\""_s);
        else
            value = htmlEscape(f.value);
        fields.append(QJsonObject{{u"name"_s, f.name}, {u"value"_s, value}, {u"verified_at"_s, nullableTime(f.verifiedMs)}});
    }

    qint64 lastStatusMs = a.lastStatusMs;
    int followers = a.followersCount;
    int following = a.followingCount;
    int statuses = a.statusesCount;
    if (own) {
        followers = int(m_followers.size());
        following = int(m_following.size());
        statuses = ownStatusesCount();
        lastStatusMs = m_ownTimeline.isEmpty() ? 0 : m_statuses[m_ownTimeline.first()].createdMs;
    }

    QJsonObject o{
        {u"id"_s, a.id},
        {u"username"_s, a.username},
        {u"acct"_s, a.domain.isEmpty() ? a.username : QString(a.username + u'@' + a.domain)},
        {u"display_name"_s, a.displayName},
        {u"locked"_s, a.locked},
        {u"bot"_s, a.bot},
        {u"discoverable"_s, a.discoverable},
        {u"indexable"_s, a.discoverable},
        {u"group"_s, a.group},
        {u"created_at"_s, isoMs(a.createdMs)},
        {u"note"_s, a.notePlain.isEmpty() ? QString() : renderHtml(bodyFromPlainText(a.notePlain), instanceOrigin(a), resolve)},
        {u"url"_s, accountUrl(a)},
        {u"uri"_s, QString(instanceOrigin(a) + u"/users/"_s + a.username)},
        {u"avatar"_s, avatarUrl(a)},
        {u"avatar_static"_s, avatarUrl(a)},
        {u"header"_s, headerUrl(a)},
        {u"header_static"_s, headerUrl(a)},
        {u"followers_count"_s, followers},
        {u"following_count"_s, following},
        {u"statuses_count"_s, statuses},
        // Mastodon reports only the date of the last status.
        {u"last_status_at"_s, lastStatusMs ? QJsonValue(QDateTime::fromMSecsSinceEpoch(lastStatusMs, Qt::UTC).date().toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null)},
        {u"hide_collections"_s, false},
        {u"emojis"_s, QJsonArray()},
        {u"fields"_s, fields},
    };
    if (a.domain.isEmpty()) {
        o.insert(u"noindex"_s, false);
        o.insert(u"roles"_s, QJsonArray());
    }
    return o;
}

QJsonObject Store::accountJson(const QString &id)
{
    const auto cached = m_accountJsonCache.constFind(id);
    if (cached != m_accountJsonCache.cend())
        return *cached;
    const Account *a = account(id);
    if (!a)
        return {};
    const QJsonObject o = buildAccountJson(*a);
    m_accountJsonCache.insert(id, o);
    return o;
}

QByteArray Store::accountBytes(const QString &id)
{
    const auto cached = m_accountBytesCache.constFind(id);
    if (cached != m_accountBytesCache.cend())
        return *cached;
    const QByteArray bytes = QJsonDocument(accountJson(id)).toJson(QJsonDocument::Compact);
    m_accountBytesCache.insert(id, bytes);
    return bytes;
}

QJsonObject Store::credentialAccountJson()
{
    QJsonObject o = accountJson(m_ownId);
    const Account &me = m_accounts[m_ownId];
    QJsonArray fields;
    for (const Field &f : me.fields)
        fields.append(QJsonObject{{u"name"_s, f.name}, {u"value"_s, f.value}, {u"verified_at"_s, nullableTime(f.verifiedMs)}});
    o.insert(u"source"_s, QJsonObject{
                              {u"privacy"_s, u"public"_s},
                              {u"sensitive"_s, false},
                              {u"language"_s, u"de"_s},
                              {u"note"_s, me.notePlain},
                              {u"fields"_s, fields},
                              {u"follow_requests_count"_s, 0},
                              {u"hide_collections"_s, false},
                              {u"discoverable"_s, me.discoverable},
                              {u"indexable"_s, me.discoverable},
                              {u"attribution_domains"_s, QJsonArray()},
                          });
    o.insert(u"role"_s, QJsonObject{{u"id"_s, u"-99"_s},
                                    {u"name"_s, QString()},
                                    {u"permissions"_s, u"0"_s},
                                    {u"color"_s, QString()},
                                    {u"highlighted"_s, false}});
    return o;
}

QJsonObject Store::mediaJson(const MediaAttachment &m) const
{
    QJsonObject meta;
    switch (m.kind) {
    case MediaAttachment::Kind::Image:
        meta.insert(u"original"_s, sizeMeta(m.width, m.height));
        meta.insert(u"small"_s, sizeMeta(qMax(1, m.width / 2), qMax(1, m.height / 2)));
        break;
    case MediaAttachment::Kind::Video:
    case MediaAttachment::Kind::Gifv: {
        meta = sizeMeta(m.width, m.height);
        meta.insert(u"length"_s, lengthString(m.duration));
        meta.insert(u"duration"_s, m.duration);
        meta.insert(u"fps"_s, 30);
        if (m.kind == MediaAttachment::Kind::Video) {
            meta.insert(u"audio_encode"_s, u"aac (LC) (mp4a / 0x6134706D)"_s);
            meta.insert(u"audio_bitrate"_s, u"44100 Hz"_s);
            meta.insert(u"audio_channels"_s, u"stereo"_s);
        }
        meta.insert(u"original"_s, QJsonObject{{u"width"_s, m.width},
                                               {u"height"_s, m.height},
                                               {u"frame_rate"_s, u"30/1"_s},
                                               {u"duration"_s, m.duration},
                                               {u"bitrate"_s, 862056}});
        meta.insert(u"small"_s, sizeMeta(qMax(1, m.width / 2), qMax(1, m.height / 2)));
        break;
    }
    case MediaAttachment::Kind::Audio:
        meta.insert(u"length"_s, lengthString(m.duration));
        meta.insert(u"duration"_s, m.duration);
        meta.insert(u"audio_encode"_s, u"mp3"_s);
        meta.insert(u"audio_bitrate"_s, u"44100 Hz"_s);
        meta.insert(u"audio_channels"_s, u"stereo"_s);
        meta.insert(u"original"_s, QJsonObject{{u"duration"_s, m.duration}, {u"bitrate"_s, 166290}});
        break;
    }
    QJsonValue remoteUrl(QJsonValue::Null);
    if (!m.remoteDomain.isEmpty()) {
        remoteUrl = QString(u"https://"_s + m.remoteDomain + u"/system/media_attachments/files/"_s + m.id
                            + u"/original/"_s + m.id.right(8) + u'.' + extensionFor(m.kind));
    }
    return QJsonObject{
        {u"id"_s, m.id},
        {u"type"_s, typeName(m.kind)},
        {u"url"_s, mediaUrl(m)},
        {u"preview_url"_s, mediaPreviewUrl(m)},
        {u"remote_url"_s, remoteUrl},
        {u"preview_remote_url"_s, QJsonValue::Null},
        {u"text_url"_s, QJsonValue::Null},
        {u"meta"_s, meta},
        {u"description"_s, nullable(m.description)},
        {u"blurhash"_s, nullable(m.blurhash)},
    };
}

QString Store::renderHtmlFor(const Status &s, const Body &body) const
{
    if (s.reblogOfId)
        return QString();
    return renderHtml(body, instanceOrigin(m_accounts[s.accountId]),
                      [this](const QString &id) { return mentionTarget(id); });
}

QJsonObject Store::buildStatusJson(const Status &s)
{
    const bool own = s.accountId == m_ownId;
    QJsonArray media;
    for (const MediaAttachment &m : s.media)
        media.append(mediaJson(m));
    QJsonArray mentions;
    for (const QString &id : s.mentionIds) {
        const MentionTarget t = mentionTarget(id);
        mentions.append(QJsonObject{{u"id"_s, id}, {u"username"_s, t.username}, {u"url"_s, t.profileUrl}, {u"acct"_s, t.acct}});
    }
    QJsonArray tags;
    for (const QString &tag : s.tags) {
        const QString name = tag.toLower();
        tags.append(QJsonObject{{u"name"_s, name},
                                {u"url"_s, QString(m_base + u"/tags/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name)))}});
    }
    QJsonArray emojis;
    for (const QString &code : s.emojis) {
        emojis.append(QJsonObject{{u"shortcode"_s, code},
                                  {u"url"_s, emojiUrl(code)},
                                  {u"static_url"_s, emojiUrl(code)},
                                  {u"visible_in_picker"_s, true}});
    }

    QJsonObject o{
        {u"id"_s, idString(s.id)},
        {u"created_at"_s, isoMs(s.createdMs)},
        {u"in_reply_to_id"_s, s.inReplyToId ? QJsonValue(idString(s.inReplyToId)) : QJsonValue(QJsonValue::Null)},
        {u"in_reply_to_account_id"_s, nullable(s.inReplyToAccountId)},
        {u"sensitive"_s, s.sensitive},
        {u"spoiler_text"_s, s.spoiler},
        {u"visibility"_s, s.visibility},
        {u"language"_s, nullable(s.language)},
        {u"uri"_s, statusUri(s)},
        {u"url"_s, statusUrl(s)},
        {u"replies_count"_s, s.repliesCount},
        {u"reblogs_count"_s, s.reblogsCount},
        {u"favourites_count"_s, s.favouritesCount},
        {u"edited_at"_s, nullableTime(s.editedMs)},
        {u"favourited"_s, m_favouritedIds.contains(s.id)},
        {u"reblogged"_s, m_rebloggedIds.contains(s.id)},
        {u"muted"_s, false},
        {u"bookmarked"_s, m_bookmarkedIds.contains(s.id)},
        {u"filtered"_s, QJsonArray()},
        {u"content"_s, renderHtmlFor(s, s.body)},
        {u"reblog"_s, s.reblogOfId && m_statuses.contains(s.reblogOfId) ? QJsonValue(statusJson(s.reblogOfId))
                                                                          : QJsonValue(QJsonValue::Null)},
        {u"account"_s, accountJson(s.accountId)},
        {u"media_attachments"_s, media},
        {u"mentions"_s, mentions},
        {u"tags"_s, tags},
        {u"emojis"_s, emojis},
        {u"card"_s, QJsonValue::Null},
        {u"poll"_s, QJsonValue::Null},
    };
    // "pinned" is only present on statuses the viewer could pin: their own, not boosts, not DMs.
    if (own && !s.reblogOfId && s.visibility != u"direct")
        o.insert(u"pinned"_s, m_pinned.contains(s.id));
    // The posting application is shown to the author and for local authors who allow it.
    if (own || s.showApplication) {
        o.insert(u"application"_s, s.application.isEmpty()
                                       ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(QJsonObject{{u"name"_s, s.application}, {u"website"_s, QJsonValue::Null}}));
    }
    return o;
}

QJsonObject Store::statusJson(qint64 id)
{
    const auto cached = m_statusJsonCache.constFind(id);
    if (cached != m_statusJsonCache.cend())
        return *cached;
    const Status *s = status(id);
    if (!s)
        return {};
    const QJsonObject o = buildStatusJson(*s);
    m_statusJsonCache.insert(id, o);
    return o;
}

QByteArray Store::statusBytes(qint64 id)
{
    const auto cached = m_statusBytesCache.constFind(id);
    if (cached != m_statusBytesCache.cend())
        return *cached;
    const QByteArray bytes = QJsonDocument(statusJson(id)).toJson(QJsonDocument::Compact);
    m_statusBytesCache.insert(id, bytes);
    return bytes;
}

QJsonObject Store::notificationJson(const Notification &n)
{
    QJsonObject o{
        {u"id"_s, idString(n.id)},
        {u"type"_s, n.type},
        {u"created_at"_s, isoMs(n.createdMs)},
        {u"group_key"_s, QString(u"ungrouped-"_s + idString(n.id))},
        {u"account"_s, accountJson(n.accountId)},
    };
    if (n.statusId)
        o.insert(u"status"_s, statusJson(n.statusId));
    return o;
}

QJsonObject Store::conversationJson(const Conversation &c)
{
    QJsonArray accounts;
    for (const QString &id : c.participantIds)
        accounts.append(accountJson(id));
    return QJsonObject{
        {u"id"_s, idString(c.id)},
        {u"unread"_s, c.unread},
        {u"accounts"_s, accounts},
        {u"last_status"_s, c.lastStatusId() ? QJsonValue(statusJson(c.lastStatusId())) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject Store::contextJson(qint64 id)
{
    QJsonArray ancestors;
    QJsonArray descendants;
    const Status *s = status(id);
    if (s && !s->reblogOfId) {
        QList<qint64> up;
        qint64 parent = s->inReplyToId;
        while (parent && m_statuses.contains(parent) && up.size() < 4096) {
            up.prepend(parent);
            parent = m_statuses[parent].inReplyToId;
        }
        for (const qint64 a : std::as_const(up))
            ancestors.append(statusJson(a));

        QHash<qint64, QList<qint64>> children;
        for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
            if (it->inReplyToId && !it->reblogOfId)
                children[it->inReplyToId].append(it.key());
        }
        // Depth first, siblings oldest first, like Mastodon's descendants.
        QList<qint64> stack = children.value(id);
        std::sort(stack.begin(), stack.end(), std::greater<qint64>());
        while (!stack.isEmpty() && descendants.size() < 4096) {
            const qint64 next = stack.takeLast();
            descendants.append(statusJson(next));
            QList<qint64> kids = children.value(next);
            std::sort(kids.begin(), kids.end(), std::greater<qint64>());
            stack += kids;
        }
    }
    return QJsonObject{{u"ancestors"_s, ancestors}, {u"descendants"_s, descendants}};
}

QJsonArray Store::historyJson(qint64 id)
{
    QJsonArray list;
    const Status *s = status(id);
    if (!s)
        return list;
    QJsonArray media;
    for (const MediaAttachment &m : s->media)
        media.append(mediaJson(m));
    auto version = [&](const Body &body, const QString &spoiler, bool sensitive, qint64 atMs) {
        return QJsonObject{{u"content"_s, renderHtmlFor(*s, body)},
                           {u"spoiler_text"_s, spoiler},
                           {u"sensitive"_s, sensitive},
                           {u"created_at"_s, isoMs(atMs)},
                           {u"account"_s, accountJson(s->accountId)},
                           {u"media_attachments"_s, media},
                           {u"emojis"_s, QJsonArray()}};
    };
    for (const StatusVersion &v : s->history)
        list.append(version(v.body, v.spoiler, v.sensitive, v.atMs));
    list.append(version(s->body, s->spoiler, s->sensitive, s->editedMs ? s->editedMs : s->createdMs));
    return list;
}

QString Store::plainText(qint64 id) const
{
    const Status *s = status(id);
    return s ? renderPlain(s->body, [this](const QString &a) { return mentionTarget(a); }) : QString();
}

QJsonObject Store::sourceJson(qint64 id)
{
    const Status *s = status(id);
    if (!s)
        return {};
    return QJsonObject{{u"id"_s, idString(id)}, {u"text"_s, plainText(id)}, {u"spoiler_text"_s, s->spoiler}};
}

bool Store::setMediaServedBytes(const QString &mediaId, qint64 bytes)
{
    const qint64 owner = m_mediaOwner.value(mediaId);
    if (!m_statuses.contains(owner))
        return false;
    for (MediaAttachment &m : m_statuses[owner].media) {
        if (m.id == mediaId) {
            m.servedBytes = bytes;
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------- mutations

qint64 Store::tick()
{
    qint64 newest = m_clockMs;
    if (!m_ownTimeline.isEmpty())
        newest = qMax(newest, m_statuses[m_ownTimeline.first()].createdMs);
    m_clockMs = newest + 60 * 1000;
    return m_clockMs;
}

qint64 Store::addStatus(const QString &text)
{
    Status s;
    s.accountId = m_ownId;
    s.createdMs = tick();
    s.id = newSnowflake(s.createdMs);
    s.body = bodyFromPlainText(text);
    s.visibility = u"public"_s;
    s.application = u"Web"_s;
    const qint64 id = insertStatus(std::move(s));
    m_ownTimeline.prepend(id);
    invalidate();
    return id;
}

bool Store::editStatus(qint64 id, const QString &text)
{
    if (!m_statuses.contains(id) || m_statuses[id].reblogOfId)
        return false;
    const qint64 at = tick();
    Status &s = m_statuses[id];
    s.history.append({s.editedMs ? s.editedMs : s.createdMs, s.body, s.spoiler, s.sensitive});
    s.body = bodyFromPlainText(text);
    // Mentions, tags and custom emoji follow the new text, which has none of them.
    s.mentionIds.clear();
    s.tags.clear();
    s.emojis.clear();
    s.editedMs = at;
    invalidate();
    return true;
}

void Store::removeStatusEverywhere(qint64 id)
{
    const auto it = m_statuses.constFind(id);
    if (it == m_statuses.cend())
        return;
    const qint64 parent = it->inReplyToId;
    const qint64 reblogOf = it->reblogOfId;
    const bool own = it->accountId == m_ownId;
    for (const MediaAttachment &m : it->media)
        m_mediaOwner.remove(m.id);
    m_statuses.remove(id);

    if (m_statuses.contains(parent))
        m_statuses[parent].repliesCount = qMax(0, m_statuses[parent].repliesCount - 1);
    if (reblogOf && own) {
        m_rebloggedIds.remove(reblogOf);
        if (m_statuses.contains(reblogOf))
            m_statuses[reblogOf].reblogsCount = qMax(0, m_statuses[reblogOf].reblogsCount - 1);
    }
    m_ownTimeline.removeAll(id);
    m_pinned.remove(id);
    m_favouritedIds.remove(id);
    m_bookmarkedIds.remove(id);
    m_favourites.removeIf([id](const StatusRow &r) { return r.statusId == id; });
    m_bookmarks.removeIf([id](const StatusRow &r) { return r.statusId == id; });
    m_notifications.removeIf([id](const Notification &n) { return n.statusId == id; });
    for (auto c = m_conversations.begin(); c != m_conversations.end();) {
        c->statusIds.removeAll(id);
        if (c->statusIds.isEmpty())
            c = m_conversations.erase(c);
        else
            ++c;
    }
}

bool Store::deleteStatus(qint64 id)
{
    if (!m_statuses.contains(id))
        return false;
    // Deleting a status also deletes every boost of it.
    QList<qint64> boosts;
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it) {
        if (it->reblogOfId == id)
            boosts.append(it.key());
    }
    for (const qint64 b : std::as_const(boosts))
        removeStatusEverywhere(b);
    removeStatusEverywhere(id);
    tick();
    invalidate();
    return true;
}

bool Store::removeFollower(const QString &accountId)
{
    const qsizetype removed = m_followers.removeIf([&](const FollowRow &r) { return r.accountId == accountId; });
    if (!removed)
        return false;
    tick();
    invalidate();
    return true;
}

QString Store::addFollower()
{
    const qint64 at = tick();
    const QString id = makeAccount(chance(0.3));
    m_otherIds.append(id);
    m_nextFollowRow += randInt(1, 40000);
    m_followers.prepend({m_nextFollowRow, id});
    m_nextNotificationId += randInt(1, 500);
    m_notifications.prepend({m_nextNotificationId, u"follow"_s, at, id, 0});
    invalidate();
    return id;
}

qint64 Store::addDirectMessage(qint64 anyStatusInThread, const QString &text, bool fromOwnAccount)
{
    const Status *anchor = status(anyStatusInThread);
    if (!anchor || !m_conversations.contains(anchor->conversationId))
        return 0;
    Conversation &conv = m_conversations[anchor->conversationId];
    const QString author = fromOwnAccount || conv.participantIds.isEmpty() ? m_ownId : conv.participantIds.first();
    QStringList members = conv.participantIds;
    members.prepend(m_ownId);
    members.removeAll(author);

    Status s;
    s.accountId = author;
    s.createdMs = tick();
    s.id = newSnowflake(s.createdMs);
    s.visibility = u"direct"_s;
    s.conversationId = conv.id;
    s.inReplyToId = conv.lastStatusId();
    s.inReplyToAccountId = m_statuses.value(s.inReplyToId).accountId;
    for (const QString &m : std::as_const(members)) {
        s.body.append({Token::Kind::Mention, m});
        s.body.append({Token::Kind::Text, u" "_s});
        s.mentionIds.append(m);
    }
    s.body += bodyFromPlainText(text);
    s.application = author == m_ownId || m_accounts[author].domain.isEmpty() ? u"Web"_s : QString();
    s.showApplication = m_accounts[author].domain.isEmpty();
    const qint64 at = s.createdMs;
    const qint64 parent = s.inReplyToId;
    const qint64 id = insertStatus(std::move(s));
    if (m_statuses.contains(parent))
        m_statuses[parent].repliesCount++;
    conv.statusIds.append(id);
    conv.unread = author != m_ownId;
    if (author == m_ownId) {
        m_ownTimeline.prepend(id);
    } else {
        m_nextNotificationId += randInt(1, 500);
        m_notifications.prepend({m_nextNotificationId, u"mention"_s, at + 150, author, id});
    }
    invalidate();
    return id;
}

bool Store::markConversationRead(qint64 conversationId)
{
    const auto it = m_conversations.find(conversationId);
    if (it == m_conversations.end())
        return false;
    it->unread = false;
    tick();
    invalidate();
    return true;
}

} // namespace holdfast::testing::fakemastodon
