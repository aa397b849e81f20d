#pragma once

#include <QByteArray>
#include <QUrl>

namespace holdfast {

/// Returns the target of the link with relation `rel` in an RFC 8288 `Link` header,
/// e.g. rel "next" in `<https://x/api?max_id=5>; rel="next", <...>; rel="prev"`.
/// Invalid URL if absent.
QUrl linkWithRelation(const QByteArray &linkHeader, const QByteArray &rel);

} // namespace holdfast
