#include "connectors/bluesky/CarReader.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace holdfast::bluesky {

namespace {
/// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::bluesky::CarReader)
};

Error invalid(const QString &message)
{
    return makeError(Error::Code::InvalidInput, message);
}

constexpr int kMaxMstDepth = 128; // far beyond any real tree; stops cycles in crafted files

QString base32(const QByteArray &bytes)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    out.reserve(bytes.size() * 8 / 5 + 1);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

QString base58(const QByteArray &bytes)
{
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    QList<quint8> digits; // little-endian base-58 digits
    for (const char c : bytes) {
        int carry = quint8(c);
        for (quint8 &digit : digits) {
            carry += digit * 256;
            digit = quint8(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.append(quint8(carry % 58));
            carry /= 58;
        }
    }
    QString out;
    for (const char c : bytes) {
        if (c != 0)
            break;
        out += u'1';
    }
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        out += QLatin1Char(alphabet[*it]);
    return out;
}

Result<QCborValue> decodeCbor(const QByteArray &block, const QString &what)
{
    QCborParserError error;
    QCborValue value = QCborValue::fromCbor(block, &error);
    if (error.error != QCborError::NoError)
        return invalid(Tr::tr("%1 is not valid CBOR: %2").arg(what, error.errorString()));
    return value;
}
} // namespace

Result<quint64> readVarint(const QByteArray &data, qsizetype &pos)
{
    quint64 value = 0;
    for (int i = 0; i < 9; ++i) {
        if (pos >= data.size())
            return invalid(Tr::tr("The file ends inside a length field (truncated?)."));
        const quint8 byte = quint8(data[pos++]);
        value |= quint64(byte & 0x7f) << (7 * i);
        if (!(byte & 0x80)) {
            if (byte == 0 && i > 0)
                return invalid(Tr::tr("A length field is not minimally encoded."));
            return value;
        }
    }
    return invalid(Tr::tr("A length field is longer than 9 bytes."));
}

Result<Cid> Cid::read(const QByteArray &data, qsizetype &pos)
{
    const qsizetype start = pos;
    Cid cid;
    if (data.size() - pos >= 34 && quint8(data[pos]) == 0x12 && quint8(data[pos + 1]) == 0x20) {
        cid.version = 0;
        cid.codec = kDagPb;
        cid.hashCode = kSha256;
        cid.digest = data.mid(pos + 2, 32);
        pos += 34;
        cid.bytes = data.mid(start, 34);
        return cid;
    }
    auto version = readVarint(data, pos);
    if (!version)
        return version.error();
    if (*version != 1)
        return invalid(Tr::tr("Unsupported CID version %1.").arg(*version));
    auto codec = readVarint(data, pos);
    if (!codec)
        return codec.error();
    auto hashCode = readVarint(data, pos);
    if (!hashCode)
        return hashCode.error();
    auto length = readVarint(data, pos);
    if (!length)
        return length.error();
    if (*length > quint64(data.size() - pos))
        return invalid(Tr::tr("A CID's hash runs past the end of the data."));
    cid.version = 1;
    cid.codec = *codec;
    cid.hashCode = *hashCode;
    cid.digest = data.mid(pos, qsizetype(*length));
    pos += qsizetype(*length);
    cid.bytes = data.mid(start, pos - start);
    return cid;
}

Result<Cid> Cid::fromLink(const QCborValue &value)
{
    if (!value.isTag() || value.tag() != QCborTag(42) || !value.taggedValue().isByteArray())
        return invalid(Tr::tr("Expected a CID link (CBOR tag 42)."));
    const QByteArray bytes = value.taggedValue().toByteArray();
    if (bytes.isEmpty() || bytes[0] != 0)
        return invalid(Tr::tr("A CID link lacks its multibase identity prefix."));
    const QByteArray binary = bytes.mid(1);
    qsizetype pos = 0;
    auto cid = read(binary, pos);
    if (cid && pos != binary.size())
        return invalid(Tr::tr("A CID link has trailing bytes."));
    return cid;
}

QString Cid::toString() const
{
    return version == 0 ? base58(bytes) : u'b' + base32(bytes);
}

Result<QJsonValue> dagCborToJson(const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        return QJsonValue(value.toInteger());
    case QCborValue::Double:
        return QJsonValue(value.toDouble());
    case QCborValue::True:
    case QCborValue::False:
        return QJsonValue(value.toBool());
    case QCborValue::Null:
        return QJsonValue(QJsonValue::Null);
    case QCborValue::String:
        return QJsonValue(value.toString());
    case QCborValue::ByteArray:
        return QJsonValue(QJsonObject{{QStringLiteral("$bytes"),
                                       QString::fromLatin1(value.toByteArray().toBase64(
                                           QByteArray::OmitTrailingEquals))}});
    case QCborValue::Array: {
        QJsonArray array;
        for (const QCborValue &element : value.toArray()) {
            auto converted = dagCborToJson(element);
            if (!converted)
                return converted.error();
            array.append(converted.value());
        }
        return QJsonValue(array);
    }
    case QCborValue::Map: {
        QJsonObject object;
        const QCborMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!it.key().isString())
                return invalid(Tr::tr("A DAG-CBOR map has a key that is not a string."));
            auto converted = dagCborToJson(it.value());
            if (!converted)
                return converted.error();
            object.insert(it.key().toString(), converted.value());
        }
        return QJsonValue(object);
    }
    default:
        break;
    }
    if (value.isTag() && value.tag() == QCborTag(42)) {
        auto cid = Cid::fromLink(value);
        if (!cid)
            return cid.error();
        return QJsonValue(QJsonObject{{QStringLiteral("$link"), cid->toString()}});
    }
    return invalid(Tr::tr("Unsupported DAG-CBOR value (type %1).").arg(int(value.type())));
}

Result<CarFile> CarFile::parse(const QByteArray &data)
{
    CarFile car;
    qsizetype pos = 0;
    auto headerLength = readVarint(data, pos);
    if (!headerLength)
        return invalid(Tr::tr("Not a CAR file: %1").arg(headerLength.error().message));
    if (*headerLength == 0 || *headerLength > quint64(data.size() - pos))
        return invalid(Tr::tr("Not a CAR file: the header length is %1 bytes, the file has %2 left.")
                           .arg(*headerLength).arg(data.size() - pos));
    auto header = decodeCbor(data.mid(pos, qsizetype(*headerLength)), Tr::tr("The CAR header"));
    if (!header)
        return header.error();
    pos += qsizetype(*headerLength);
    if (!header->isMap() || header->toMap().value(QStringLiteral("version")).toInteger() != 1)
        return invalid(Tr::tr("Not a CAR v1 file (the header has no version 1)."));
    for (const QCborValue &root : header->toMap().value(QStringLiteral("roots")).toArray()) {
        auto cid = Cid::fromLink(root);
        if (!cid)
            return invalid(Tr::tr("The CAR header has a bad root: %1").arg(cid.error().message));
        car.m_roots.append(cid.value());
    }

    while (pos < data.size()) {
        const qsizetype sectionStart = pos;
        auto length = readVarint(data, pos);
        if (!length)
            return invalid(Tr::tr("Block at byte %1: %2").arg(sectionStart).arg(length.error().message));
        if (*length > quint64(data.size() - pos))
            return invalid(Tr::tr("Block at byte %1 runs past the end of the file (truncated?).").arg(sectionStart));
        const qsizetype sectionEnd = pos + qsizetype(*length);
        const QByteArray section = data.mid(pos, qsizetype(*length));
        qsizetype inner = 0;
        auto cid = Cid::read(section, inner);
        if (!cid)
            return invalid(Tr::tr("Block at byte %1 has a bad CID: %2").arg(sectionStart).arg(cid.error().message));
        const QByteArray block = section.mid(inner);
        if (cid->hashCode == Cid::kSha256) {
            if (QCryptographicHash::hash(block, QCryptographicHash::Sha256) != cid->digest)
                return invalid(Tr::tr("Block at byte %1 does not match its CID %2 (damaged file?).")
                                   .arg(sectionStart).arg(cid->toString()));
        }
        car.m_blocks.insert(cid->bytes, block);
        pos = sectionEnd;
    }
    return car;
}

int mstKeyDepth(const QByteArray &key)
{
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    int zeros = 0;
    for (const char c : hash) {
        const quint8 byte = quint8(c);
        if (byte == 0) {
            zeros += 8;
            continue;
        }
        for (int bit = 7; bit >= 0 && !(byte & (1 << bit)); --bit)
            ++zeros;
        break;
    }
    return zeros / 2;
}

namespace {
/// In-order walk of one MST node and its subtrees.
class MstWalker
{
public:
    MstWalker(const CarFile &car, RepoContents &out) : m_car(car), m_out(out) {}

    Result<void> walk(const Cid &node, int depth)
    {
        if (depth > kMaxMstDepth)
            return invalid(Tr::tr("The repository tree is deeper than %1 levels (a cycle?).").arg(kMaxMstDepth));
        if (!m_car.contains(node))
            return invalid(Tr::tr("The repository tree node %1 is missing from the CAR file.").arg(node.toString()));
        auto decoded = decodeCbor(m_car.block(node), Tr::tr("Tree node %1").arg(node.toString()));
        if (!decoded)
            return decoded.error();
        const QCborMap map = decoded->toMap();
        if (!decoded->isMap() || !map.value(QStringLiteral("e")).isArray())
            return invalid(Tr::tr("Tree node %1 is not an MST node.").arg(node.toString()));
        const QCborValue left = map.value(QStringLiteral("l"));
        if (auto done = subtree(left, depth); !done)
            return done;
        QByteArray previousKey;
        for (const QCborValue &entryValue : map.value(QStringLiteral("e")).toArray()) {
            const QCborMap entry = entryValue.toMap();
            const qint64 prefix = entry.value(QStringLiteral("p")).toInteger(-1);
            const QCborValue suffix = entry.value(QStringLiteral("k"));
            if (prefix < 0 || prefix > previousKey.size() || !suffix.isByteArray())
                return invalid(Tr::tr("Tree node %1 has a malformed entry.").arg(node.toString()));
            const QByteArray key = previousKey.left(prefix) + suffix.toByteArray();
            if (!previousKey.isEmpty() && key <= previousKey)
                return invalid(Tr::tr("Tree node %1 lists keys out of order.").arg(node.toString()));
            previousKey = key;
            auto recordCid = Cid::fromLink(entry.value(QStringLiteral("v")));
            if (!recordCid)
                return recordCid.error();
            if (auto added = addRecord(key, recordCid.value()); !added)
                return added;
            if (auto done = subtree(entry.value(QStringLiteral("t")), depth); !done)
                return done;
        }
        return {};
    }

private:
    Result<void> subtree(const QCborValue &link, int depth)
    {
        if (link.isNull() || link.isUndefined())
            return {};
        auto cid = Cid::fromLink(link);
        if (!cid)
            return cid.error();
        if (m_visited.contains(cid->bytes))
            return invalid(Tr::tr("The repository tree refers to node %1 twice.").arg(cid->toString()));
        m_visited.insert(cid->bytes);
        return walk(cid.value(), depth + 1);
    }

    Result<void> addRecord(const QByteArray &key, const Cid &cid)
    {
        const QString text = QString::fromUtf8(key);
        const qsizetype slash = text.indexOf(u'/');
        if (slash <= 0 || slash == text.size() - 1)
            return invalid(Tr::tr("The repository has a malformed key '%1'.").arg(text));
        if (!m_car.contains(cid))
            return invalid(Tr::tr("The record %1 (%2) is missing from the CAR file.").arg(text, cid.toString()));
        auto decoded = decodeCbor(m_car.block(cid), Tr::tr("Record %1").arg(text));
        if (!decoded)
            return decoded.error();
        auto json = dagCborToJson(decoded.value());
        if (!json)
            return invalid(Tr::tr("Record %1: %2").arg(text, json.error().message));
        m_out.records.append({text.left(slash), text.mid(slash + 1), cid.toString(), json.value()});
        return {};
    }

    const CarFile &m_car;
    RepoContents &m_out;
    QSet<QByteArray> m_visited;
};
} // namespace

Result<RepoContents> readRepository(const QByteArray &carData)
{
    auto car = CarFile::parse(carData);
    if (!car)
        return car.error();
    if (car->roots().isEmpty())
        return invalid(Tr::tr("The CAR file names no root (no commit)."));
    const Cid commitCid = car->roots().first();
    if (!car->contains(commitCid))
        return invalid(Tr::tr("The commit block %1 is missing from the CAR file.").arg(commitCid.toString()));
    auto commit = decodeCbor(car->block(commitCid), Tr::tr("The commit"));
    if (!commit)
        return commit.error();
    const QCborMap map = commit->toMap();
    RepoContents contents;
    contents.did = map.value(QStringLiteral("did")).toString();
    contents.rev = map.value(QStringLiteral("rev")).toString();
    contents.commitCid = commitCid.toString();
    if (!commit->isMap() || contents.did.isEmpty() || !map.value(QStringLiteral("data")).isTag())
        return invalid(Tr::tr("The CAR root is not a repository commit."));
    if (const qint64 version = map.value(QStringLiteral("version")).toInteger(); version != 3 && version != 2)
        return invalid(Tr::tr("Unsupported repository version %1.").arg(version));
    auto root = Cid::fromLink(map.value(QStringLiteral("data")));
    if (!root)
        return root.error();
    MstWalker walker(car.value(), contents);
    if (auto walked = walker.walk(root.value(), 0); !walked)
        return walked.error();
    return contents;
}

} // namespace holdfast::bluesky
