// Fuzzes the Facebook/Instagram path: JSON parsing, the mojibake repair, and the mapping of
// every file kind.

#include "connectors/importers/DyiImporter.h"
#include "connectors/importers/JsonText.h"

using namespace holdfast;
using namespace holdfast::importers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)json::fixMojibake(QString::fromLatin1(bytes));
    if (!json::checkUtf8(bytes, QStringLiteral("x.json")))
        return 0;
    auto parsed = json::parse(bytes, 0, QStringLiteral("x.json"));
    if (!parsed)
        return 0;
    const QJsonValue fixed = json::fixMojibake(parsed.value());
    static const char *const kinds[] = {"messages", "posts", "comments", "friends", "followers", "following"};
    for (const bool instagram : {false, true}) {
        DyiImporter importer(instagram ? ArchiveFormat::InstagramDyi : ArchiveFormat::FacebookDyi);
        for (const char *kind : kinds)
            (void)importer.map(QString::fromLatin1(kind), QStringLiteral("messages/inbox/a/message_1.json"), fixed);
    }
    return 0;
}
