#include "tests/fakes/mastodon/FakeMastodonMedia.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace holdfast::testing::fakemastodon {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char buf[4];
    qToBigEndian(value, buf);
    out.append(buf, 4);
}

void appendChunk(QByteArray &png, const char type[4], const QByteArray &data)
{
    appendBigEndian32(png, quint32(data.size()));
    QByteArray typed(type, 4);
    typed += data;
    png += typed;
    appendBigEndian32(png, crc32(typed));
}

QByteArray noise(qint64 size, quint32 seed, const QByteArray &header)
{
    QByteArray out = header.left(int(qMin<qint64>(size, header.size())));
    if (size <= out.size())
        return out;
    const qint64 start = out.size();
    out.resize(size);
    QRandomGenerator rng(seed);
    qint64 i = start;
    for (; i + 4 <= size; i += 4) {
        const quint32 v = rng.generate();
        memcpy(out.data() + i, &v, 4);
    }
    for (; i < size; ++i)
        out[i] = char(rng.bounded(256));
    return out;
}

} // namespace

QByteArray makePng(int width, int height, quint32 seed)
{
    QRandomGenerator rng(seed);
    const quint8 r0 = quint8(rng.bounded(256)), g0 = quint8(rng.bounded(256)), b0 = quint8(rng.bounded(256));
    const quint8 r1 = quint8(rng.bounded(256)), g1 = quint8(rng.bounded(256)), b1 = quint8(rng.bounded(256));
    const int band = 4 + int(rng.bounded(12));

    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append(char(0)); // filter type: none
        for (int x = 0; x < width; ++x) {
            const bool first = ((x + y) / band) % 2 == 0;
            raw.append(char(first ? r0 : r1));
            raw.append(char(first ? g0 : g1));
            raw.append(char(first ? b0 : b1));
        }
    }

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    appendBigEndian32(ihdr, quint32(width));
    appendBigEndian32(ihdr, quint32(height));
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(2)); // colour type: truecolour
    ihdr.append(char(0)); // compression
    ihdr.append(char(0)); // filter
    ihdr.append(char(0)); // interlace
    appendChunk(png, "IHDR", ihdr);
    // qCompress produces a zlib stream prefixed with a 4-byte length; PNG wants the bare stream.
    appendChunk(png, "IDAT", qCompress(raw, 9).mid(4));
    appendChunk(png, "IEND", QByteArray());
    return png;
}

QByteArray padPng(const QByteArray &png, qint64 size)
{
    constexpr int chunkOverhead = 12; // length, type, CRC
    if (size < png.size() + chunkOverhead)
        return png.left(int(size));
    QByteArray padded = png.left(png.size() - chunkOverhead); // without IEND
    appendChunk(padded, "fkPd", QByteArray(int(size - png.size() - chunkOverhead), '\0'));
    padded += png.right(chunkOverhead);
    return padded;
}

quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QByteArray makeMp4Blob(qint64 size, quint32 seed)
{
    static const QByteArray header("\x00\x00\x00\x18" "ftypisom" "\x00\x00\x02\x00" "isomiso2", 24);
    return noise(size, seed, header);
}

QByteArray makeMp3Blob(qint64 size, quint32 seed)
{
    static const QByteArray header("ID3\x04\x00\x00\x00\x00\x00\x00", 10);
    return noise(size, seed, header);
}

QString randomBlurhash(QRandomGenerator &rng)
{
    static const char alphabet[] =
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";
    auto encode = [](quint32 value, int length) {
        QString out(length, u'0');
        for (int i = 1; i <= length; ++i) {
            quint32 divisor = 1;
            for (int k = 0; k < length - i; ++k)
                divisor *= 83;
            const quint32 digit = (value / divisor) % 83;
            out[i - 1] = QLatin1Char(alphabet[digit]);
        }
        return out;
    };
    QString hash;
    hash += encode((4 - 1) + (3 - 1) * 9, 1);       // size flag: 4x3 components
    hash += encode(rng.bounded(83), 1);             // quantised maximum AC value
    hash += encode(rng.bounded(1u << 24), 4);       // DC colour (sRGB 24 bit)
    for (int i = 0; i < 4 * 3 - 1; ++i)
        hash += encode(rng.bounded(19 * 19 * 19), 2); // AC components
    return hash;
}

} // namespace holdfast::testing::fakemastodon
