#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QPair>
#include <QString>

namespace holdfast::testing {

/**
 * Writes small repository CAR files for tests: DAG-CBOR blocks addressed by CIDv1 (sha2-256),
 * a commit, and a Merkle Search Tree built from sorted keys. Also the raw pieces (varints,
 * CIDs, blocks) so tests can build damaged files on purpose.
 */
class CarWriter
{
public:
    /// Binary CIDv1 of `block` with `codec` (0x71 dag-cbor, 0x55 raw).
    static QByteArray cidFor(const QByteArray &block, quint64 codec = 0x71);
    static QByteArray varint(quint64 value);
    /// A CBOR tag-42 link to a binary CID.
    static QCborValue link(const QByteArray &cid);
    /// `version 1, roots [root]` header, length-prefixed.
    static QByteArray header(const QList<QByteArray> &roots);
    /// One `length | cid | block` section.
    static QByteArray section(const QByteArray &cid, const QByteArray &block);

    /// Adds a DAG-CBOR block; returns its CID.
    QByteArray add(const QCborValue &value);

    /**
     * A repository: `records` (key "collection/rkey" → record) go into an MST laid out by key
     * depth as the spec says; returns the whole CAR with the commit as root.
     */
    QByteArray repository(const QString &did, const QString &rev, const QList<QPair<QString, QCborMap>> &records);

    /// The blocks added so far, as CAR sections (in order).
    QByteArray sections() const;

private:
    QByteArray mstNode(const QList<QPair<QByteArray, QByteArray>> &entries, int depth);
    QList<QPair<QByteArray, QByteArray>> m_blocks; ///< cid, block
};

} // namespace holdfast::testing
