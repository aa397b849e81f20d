// Fuzzes the Mastodon export path: orderedItems discovery, activity mapping, status ids, and
// the CSV exports' line splitting and kind detection.

#include "connectors/importers/FormatDetector.h"
#include "connectors/importers/JsonText.h"
#include "connectors/importers/MastodonExportImporter.h"

#include <QJsonObject>

using namespace holdfast;
using namespace holdfast::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString server = QStringLiteral("https://social.example");
    (void)FormatDetector::mastodonCsvKind(bytes);
    (void)FormatDetector::looksLikeCar(bytes);
    for (const QString &line : QString::fromUtf8(bytes).split(u'\n'))
        (void)MastodonCsvImporter::csvFields(line);
    if (!json::checkUtf8(bytes, QStringLiteral("outbox.json")))
        return 0;
    const qsizetype array = json::topLevelArray(bytes, QStringLiteral("orderedItems"));
    if (array < 0)
        return 0;
    Person self;
    self.platformId = QStringLiteral("1");
    QHash<QString, QString> media;
    (void)json::forEachObject(bytes, array, QStringLiteral("outbox.json"),
                              [&](const QJsonObject &activity) -> Result<void> {
                                  auto item = MastodonExportImporter::activityItem(activity, self, server, &media);
                                  if (item)
                                      (void)MastodonExportImporter::statusId(item->url, server);
                                  return {};
                              }, false);
    return 0;
}
