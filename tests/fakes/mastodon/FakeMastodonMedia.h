// Deterministic media bytes for the fake Mastodon server: real (tiny) PNG images and typed blobs
// that stand in for MP4 video and MP3 audio. No QtGui dependency, so the fake stays headless.
#pragma once

#include <QByteArray>
#include <QString>

class QRandomGenerator;

namespace holdfast::testing::fakemastodon {

// A valid RGB PNG of the given size whose colours derive from `seed` (diagonal bands, so it
// compresses well even at a few hundred pixels).
QByteArray makePng(int width, int height, quint32 seed);

// `size` bytes that start like an ISO-BMFF MP4 file ("ftypisom") and continue with seeded noise.
QByteArray makeMp4Blob(qint64 size, quint32 seed);

// `size` bytes that start like an MP3 with an ID3v2 tag and continue with seeded noise.
QByteArray makeMp3Blob(qint64 size, quint32 seed);

// Pads a PNG to exactly `size` bytes with a private ancillary chunk before IEND, so it stays a valid
// PNG. Sizes too small for that truncate the file (then it is no longer valid).
QByteArray padPng(const QByteArray &png, qint64 size);

// A stable 32-bit hash (FNV-1a) for seeding per-file content; qHash() is randomised per process.
quint32 stableHash(const QString &text);

// A syntactically valid BlurHash (4x3 components) with random colours.
QString randomBlurhash(QRandomGenerator &rng);

} // namespace holdfast::testing::fakemastodon
