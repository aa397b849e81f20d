#include "connectors/common/LinkHeader.h"

#include <QList>

namespace holdfast {

QUrl linkWithRelation(const QByteArray &linkHeader, const QByteArray &rel)
{
    // Split on '<' starts rather than commas: URLs may legally contain commas.
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = linkHeader.indexOf('<', pos);
        if (open < 0)
            return {};
        const qsizetype close = linkHeader.indexOf('>', open);
        if (close < 0)
            return {};
        const QByteArray target = linkHeader.mid(open + 1, close - open - 1).trimmed();
        qsizetype next = linkHeader.indexOf('<', close);
        const QByteArray params = linkHeader.mid(close + 1, next < 0 ? -1 : next - close - 1);
        for (QByteArray param : params.split(';')) {
            param = param.trimmed();
            while (param.endsWith(','))
                param.chop(1); // the separator before the next link
            param = param.trimmed();
            if (!param.toLower().startsWith("rel="))
                continue;
            QByteArray value = param.mid(4).trimmed();
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            // rel may hold several space-separated relation types.
            for (const QByteArray &relation : value.split(' '))
                if (relation.trimmed().toLower() == rel.toLower())
                    return QUrl::fromEncoded(target);
        }
        if (next < 0)
            return {};
        pos = next;
    }
}

} // namespace holdfast
