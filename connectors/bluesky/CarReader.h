#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QCborValue>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace holdfast::bluesky {

/// A content identifier (CIDv1, or CIDv0 = bare sha2-256 multihash), kept in binary form.
struct Cid
{
    static constexpr quint64 kDagCbor = 0x71;
    static constexpr quint64 kRaw = 0x55;
    static constexpr quint64 kDagPb = 0x70; // implied by CIDv0
    static constexpr quint64 kSha256 = 0x12;

    QByteArray bytes;       ///< the whole binary CID
    int version = 1;
    quint64 codec = kDagCbor;
    quint64 hashCode = kSha256;
    QByteArray digest;

    /// Reads a binary CID starting at `pos` and advances `pos` past it.
    static Result<Cid> read(const QByteArray &data, qsizetype &pos);
    /// From a CBOR tag-42 link value (a byte string with a leading 0x00).
    static Result<Cid> fromLink(const QCborValue &value);
    /// base32 multibase (`bafy…`) for v1; base58btc (`Qm…`) for v0.
    QString toString() const;
    bool operator==(const Cid &other) const { return bytes == other.bytes; }
};

/// Reads an unsigned LEB128 varint (at most 9 bytes, as the multiformats spec allows).
Result<quint64> readVarint(const QByteArray &data, qsizetype &pos);

/// DAG-CBOR (QCborValue) to the atproto JSON data model: CID links become {"$link": cid},
/// byte strings {"$bytes": base64 without padding}; map keys must be strings.
Result<QJsonValue> dagCborToJson(const QCborValue &value);

/**
 * A CAR v1 file: a varint-framed DAG-CBOR header `{version: 1, roots: [CID]}` followed by
 * varint-framed `CID + block` sections. Every block's SHA-256 is checked against its CID, so
 * a truncated or altered file fails with a clear error instead of yielding wrong data.
 * Duplicate blocks are tolerated (the spec allows them).
 */
class CarFile final
{
public:
    static Result<CarFile> parse(const QByteArray &data);

    const QList<Cid> &roots() const { return m_roots; }
    bool contains(const Cid &cid) const { return m_blocks.contains(cid.bytes); }
    QByteArray block(const Cid &cid) const { return m_blocks.value(cid.bytes); }
    qsizetype blockCount() const { return m_blocks.size(); }

private:
    QList<Cid> m_roots;
    QHash<QByteArray, QByteArray> m_blocks;
};

/// One record of a repository.
struct RepoRecord
{
    QString collection;     ///< NSID, e.g. app.bsky.feed.post
    QString rkey;
    QString cid;            ///< of the record block
    QJsonValue value;       ///< the record in the atproto JSON data model
};

/// What a repository export (com.atproto.sync.getRepo) holds.
struct RepoContents
{
    QString did;
    QString rev;            ///< revision (TID) of the signed commit
    QString commitCid;
    QList<RepoRecord> records; ///< in MST key order (collection, then rkey)
};

/**
 * Reads a repository CAR: the root is the signed commit (`did`, `version` 3, `data`, `rev`,
 * `sig`); the Merkle Search Tree under `data` is walked in order (left subtree, then each
 * entry `{p, k, v, t}` whose key is the previous key's first p bytes + k, then its right
 * subtree) to list `collection/rkey → record`. The signature is not verified (that needs the
 * DID's key; a backup keeps the file as received).
 */
Result<RepoContents> readRepository(const QByteArray &car);

/// The MST depth of a key: leading zero bits of SHA-256(key), divided by two (fan-out 4).
int mstKeyDepth(const QByteArray &key);

} // namespace holdfast::bluesky
