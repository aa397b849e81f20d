#include "models/store/SqlConnection.h"

#include "models/store/StoreLogging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace holdfast::storedetail {

Error Failure::withContext(const QString &context) const
{
    Error result = error;
    if (!context.isEmpty())
        result.message = context + u": "_s + error.message;
    return result;
}

void throwDatabase(const QString &what, const QString &detail)
{
    throw Failure{makeError(Error::Code::Database, what + u": "_s + detail)};
}

void throwInvalidInput(const QString &message)
{
    throw Failure{makeError(Error::Code::InvalidInput, message)};
}

void throwNotFound(const QString &message)
{
    throw Failure{makeError(Error::Code::NotFound, message)};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("holdfast::Store", text);
}

QVariant dateValue(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// --- Cursor ---------------------------------------------------------------------------------

Cursor::Cursor(QSqlQuery *query, std::unique_ptr<QSqlQuery> owned, const char *what)
    : m_query(query), m_owned(std::move(owned)), m_what(what)
{
}

Cursor::Cursor(Cursor &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr)), m_owned(std::move(other.m_owned)),
      m_what(other.m_what)
{
}

Cursor::~Cursor()
{
    if (m_query)
        m_query->finish();
}

bool Cursor::next()
{
    if (m_query->next())
        return true;
    if (m_query->lastError().isValid())
        throwDatabase(QString::fromLatin1(m_what), m_query->lastError().text());
    return false;
}

bool Cursor::isNull(int column) const { return m_query->isNull(column); }
QVariant Cursor::value(int column) const { return m_query->value(column); }
QString Cursor::text(int column) const { return m_query->value(column).toString(); }
QByteArray Cursor::bytes(int column) const { return m_query->value(column).toByteArray(); }
qint64 Cursor::int64(int column) const { return m_query->value(column).toLongLong(); }
int Cursor::int32(int column) const { return m_query->value(column).toInt(); }
QDateTime Cursor::date(int column) const { return dateFrom(m_query->value(column)); }
int Cursor::rowsAffected() const { return m_query->numRowsAffected(); }
qint64 Cursor::lastInsertId() const { return m_query->lastInsertId().toLongLong(); }

// --- SqlConnection --------------------------------------------------------------------------

SqlConnection::SqlConnection() = default;

SqlConnection::~SqlConnection()
{
    m_statements.clear(); // queries must go before the connection
    if (m_name.isEmpty())
        return;
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<void> SqlConnection::open(const QString &path)
{
    static QAtomicInteger<quint64> connectionCounter;
    m_name = u"holdfast.store.%1"_s.arg(++connectionCounter);
    m_thread = QThread::currentThread();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    if (!m_db.isValid())
        return makeError(Error::Code::Database,
                         tr("The Qt SQLite driver (QSQLITE) is not available: %1")
                             .arg(m_db.lastError().text()));
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!m_db.open())
        return makeError(Error::Code::Database, tr("Could not open the archive %1: %2")
                                                    .arg(path, m_db.lastError().text()));

    QSqlQuery query(m_db);
    const auto pragma = [&](const QString &sql) -> Result<QString> {
        if (!query.exec(sql))
            return makeError(Error::Code::Database, tr("Could not open the archive %1 (%2): %3")
                                                        .arg(path, sql, query.lastError().text()));
        const QString answer = query.next() ? query.value(0).toString() : QString();
        query.finish();
        return answer;
    };

    // Any statement fails here if the file is not an SQLite database.
    if (Result<QString> r = pragma(u"PRAGMA foreign_keys = ON"_s); !r)
        return r.error();
    if (Result<QString> r = pragma(u"PRAGMA foreign_keys"_s); !r || r.value() != u"1"_s)
        return makeError(Error::Code::Database,
                         tr("Could not open the archive %1: SQLite refuses foreign keys").arg(path));
    if (Result<QString> r = pragma(u"PRAGMA synchronous = NORMAL"_s); !r)
        return r.error();
    if (Result<QString> r = pragma(u"PRAGMA cache_size = -16384"_s); !r) // 16 MiB
        return r.error();
    // Statement journals (kept for every INSERT that can fail half-way: unique keys, count
    // triggers) in memory. On disk, once one statement of a transaction spilled past 64 KiB
    // SQLite never truncated the file again, and every later statement wrote its page images
    // to it: 16% of an import's CPU time went to those writes.
    if (Result<QString> r = pragma(u"PRAGMA temp_store = MEMORY"_s); !r)
        return r.error();
    // Checkpoint every ~32 MB of WAL instead of 4 MB: pages rewritten by consecutive page
    // writes (index interiors, search index segments) are copied back once. The WAL file is
    // cut back to 64 MB after a checkpoint.
    if (Result<QString> r = pragma(u"PRAGMA wal_autocheckpoint = 8000"_s); !r)
        return r.error();
    if (Result<QString> r = pragma(u"PRAGMA journal_size_limit = 67108864"_s); !r)
        return r.error();
    const Result<QString> mode = pragma(u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return mode.error();
    if (mode.value().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcDb) << "WAL journal mode not available for" << path << "- using"
                        << mode.value();
    return {};
}

void SqlConnection::checkThread() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "holdfast::Store",
               "a Store must be used only by the thread that opened it");
}

QSqlQuery &SqlConnection::prepared(const QString &sql, const char *what)
{
    checkThread();
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return **it;
    auto query = std::make_shared<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        throwDatabase(QString::fromLatin1(what), query->lastError().text());
    m_statements.insert(sql, query);
    return *query;
}

void SqlConnection::bindAndRun(QSqlQuery &query, const QVariant *values, qsizetype count,
                               const char *what)
{
    for (qsizetype i = 0; i < count; ++i)
        query.bindValue(int(i), values[i]);
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        query.finish();
        throwDatabase(QString::fromLatin1(what), detail);
    }
}

Cursor SqlConnection::exec(const QString &sql, std::initializer_list<QVariant> values,
                           const char *what)
{
    QSqlQuery &query = prepared(sql, what);
    bindAndRun(query, values.begin(), qsizetype(values.size()), what);
    return Cursor(&query, nullptr, what);
}

Cursor SqlConnection::exec(const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery &query = prepared(sql, what);
    bindAndRun(query, values.constData(), values.size(), what);
    return Cursor(&query, nullptr, what);
}

Cursor SqlConnection::execOnce(const QString &sql, const QVariantList &values, const char *what)
{
    checkThread();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        throwDatabase(QString::fromLatin1(what), query->lastError().text());
    bindAndRun(*query, values.constData(), values.size(), what);
    QSqlQuery *raw = query.get();
    return Cursor(raw, std::move(query), what);
}

// --- Transaction ----------------------------------------------------------------------------

SqlConnection::Transaction::Transaction(SqlConnection &connection) : m_connection(connection)
{
    m_connection.exec(u"BEGIN IMMEDIATE"_s, {}, "begin transaction");
    m_open = true;
}

SqlConnection::Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        m_connection.exec(u"ROLLBACK"_s, {}, "roll back transaction");
    } catch (const Failure &failure) {
        qCWarning(lcDb) << "rollback failed:" << failure.error.message;
    }
}

void SqlConnection::Transaction::commit()
{
    m_connection.exec(u"COMMIT"_s, {}, "commit transaction");
    m_open = false;
}

} // namespace holdfast::storedetail
