#include "tests/fakes/bluesky/CarWriter.h"

#include "connectors/bluesky/CarReader.h"

#include <QCborArray>
#include <QCryptographicHash>

#include <algorithm>

namespace holdfast::testing {

QByteArray CarWriter::varint(quint64 value)
{
    QByteArray out;
    do {
        quint8 byte = value & 0x7f;
        value >>= 7;
        if (value)
            byte |= 0x80;
        out.append(char(byte));
    } while (value);
    return out;
}

QByteArray CarWriter::cidFor(const QByteArray &block, quint64 codec)
{
    return varint(1) + varint(codec) + varint(0x12) + varint(32)
           + QCryptographicHash::hash(block, QCryptographicHash::Sha256);
}

QCborValue CarWriter::link(const QByteArray &cid)
{
    return QCborValue(QCborTag(42), QByteArray(QByteArray(1, '\0') + cid));
}

QByteArray CarWriter::header(const QList<QByteArray> &roots)
{
    QCborArray rootLinks;
    for (const QByteArray &root : roots)
        rootLinks.append(link(root));
    const QByteArray cbor = QCborValue(QCborMap{{QStringLiteral("version"), 1}, {QStringLiteral("roots"), rootLinks}}).toCbor();
    return varint(quint64(cbor.size())) + cbor;
}

QByteArray CarWriter::section(const QByteArray &cid, const QByteArray &block)
{
    return varint(quint64(cid.size() + block.size())) + cid + block;
}

QByteArray CarWriter::add(const QCborValue &value)
{
    const QByteArray block = value.toCbor();
    const QByteArray cid = cidFor(block);
    m_blocks.append({cid, block});
    return cid;
}

QByteArray CarWriter::sections() const
{
    QByteArray out;
    for (const auto &[cid, block] : m_blocks)
        out += section(cid, block);
    return out;
}

QByteArray CarWriter::mstNode(const QList<QPair<QByteArray, QByteArray>> &entries, int depth)
{
    // Entries at this depth split the rest into subtrees (left of the first, then right of each).
    QCborArray list;
    QCborValue left = QCborValue(nullptr);
    QList<QPair<QByteArray, QByteArray>> pending;
    QByteArray previous;
    auto flush = [&]() -> QCborValue {
        if (pending.isEmpty())
            return QCborValue(nullptr);
        const QByteArray child = mstNode(pending, depth - 1);
        pending.clear();
        return link(child);
    };
    for (const auto &entry : entries) {
        if (bluesky::mstKeyDepth(entry.first) < depth) {
            pending.append(entry);
            continue;
        }
        const QCborValue subtree = flush();
        if (list.isEmpty())
            left = subtree;
        else
            list[list.size() - 1] = [&] {
                QCborMap last = list.last().toMap();
                last[QStringLiteral("t")] = subtree;
                return QCborValue(last);
            }();
        qsizetype prefix = 0;
        while (prefix < previous.size() && prefix < entry.first.size() && previous[prefix] == entry.first[prefix])
            ++prefix;
        list.append(QCborMap{{QStringLiteral("p"), prefix},
                             {QStringLiteral("k"), entry.first.mid(prefix)},
                             {QStringLiteral("v"), link(entry.second)},
                             {QStringLiteral("t"), QCborValue(nullptr)}});
        previous = entry.first;
    }
    const QCborValue rest = flush();
    if (list.isEmpty()) {
        left = rest; // a layer without keys of its own: a node with only a left subtree
    } else {
        QCborMap last = list.last().toMap();
        last[QStringLiteral("t")] = rest;
        list[list.size() - 1] = last;
    }
    return add(QCborMap{{QStringLiteral("l"), left}, {QStringLiteral("e"), list}});
}

QByteArray CarWriter::repository(const QString &did, const QString &rev, const QList<QPair<QString, QCborMap>> &records)
{
    QList<QPair<QByteArray, QByteArray>> entries;
    for (const auto &[key, record] : records)
        entries.append({key.toUtf8(), add(record)});
    std::sort(entries.begin(), entries.end());
    int depth = 0;
    for (const auto &entry : entries)
        depth = std::max(depth, bluesky::mstKeyDepth(entry.first));
    const QByteArray root = mstNode(entries, depth);
    const QByteArray commit = add(QCborMap{{QStringLiteral("did"), did},
                                           {QStringLiteral("version"), 3},
                                           {QStringLiteral("data"), link(root)},
                                           {QStringLiteral("rev"), rev},
                                           {QStringLiteral("prev"), QCborValue(nullptr)},
                                           {QStringLiteral("sig"), QByteArray(64, '\x01')}});
    return header({commit}) + sections();
}

} // namespace holdfast::testing
