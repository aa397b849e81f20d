// Fuzzes the X archive data-file path: encoding check, window.YTD prefix, the array
// scanner, and the tweet/date/entity mapping.

#include "connectors/importers/JsonText.h"
#include "connectors/importers/XArchiveImporter.h"

#include <QJsonObject>

using namespace holdfast;
using namespace holdfast::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString entry = QStringLiteral("data/tweets.js");
    if (!json::checkUtf8(bytes, entry))
        return 0;
    auto start = json::scriptPrefixLength(bytes, entry);
    if (!start)
        return 0;
    Person self;
    self.platformId = QStringLiteral("1");
    self.handle = QStringLiteral("me");
    QHash<QString, QString> media;
    (void)json::forEachObject(bytes, start.value(), entry, [&](const QJsonObject &o) -> Result<void> {
        Item item = XArchiveImporter::tweetItem(o, self, &media);
        (void)XArchiveImporter::retweetedOriginal(o, item);
        (void)XArchiveImporter::parseDate(o.value(QStringLiteral("created_at")).toString());
        (void)XArchiveImporter::tweetHtml(item.text, o.value(QStringLiteral("entities")).toObject());
        return {};
    });
    (void)XArchiveImporter::parseDate(QString::fromUtf8(bytes.left(64)));
    return 0;
}
