#pragma once
// Internal to the store: the only header besides Store*.cpp that deals in QSqlQuery.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>

class QSqlQuery;
class QThread;

namespace holdfast::storedetail {

/// Thrown inside the store when a statement fails or input is invalid. Every public Store
/// method catches it and returns the Error; it never leaves the store.
struct Failure
{
    Error error;
    /// The error with `context` ("Could not store ...") in front of the detail.
    Error withContext(const QString &context) const;
};

[[noreturn]] void throwDatabase(const QString &what, const QString &detail);
[[noreturn]] void throwInvalidInput(const QString &message);
[[noreturn]] void throwNotFound(const QString &message);

/// Translates a store message (context "holdfast::Store").
QString tr(const char *text);

/// Dates are stored as integer milliseconds since the epoch (UTC); invalid = NULL.
QVariant dateValue(const QDateTime &dateTime);
QDateTime dateFrom(const QVariant &value);

/// A statement that has been executed and may be read row by row. Resets the statement when
/// destroyed, so no read snapshot stays open and the cached statement can be reused.
class Cursor
{
public:
    Cursor(QSqlQuery *query, std::unique_ptr<QSqlQuery> owned, const char *what);
    Cursor(Cursor &&other) noexcept;
    Cursor &operator=(Cursor &&) = delete;
    Cursor(const Cursor &) = delete;
    ~Cursor();

    /// Advances to the next row; false at the end. Throws Failure if reading failed.
    bool next();

    bool isNull(int column) const;
    QVariant value(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    QDateTime date(int column) const;

    int rowsAffected() const;
    qint64 lastInsertId() const;

private:
    QSqlQuery *m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_owned;
    const char *m_what = "";
};

/// One named QSQLITE connection with a cache of prepared statements (one per SQL text,
/// prepared once, reused for the connection's lifetime). Used from one thread only.
class SqlConnection
{
public:
    SqlConnection();
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    /// Opens `path` (creating the file) with WAL, foreign keys, synchronous=NORMAL and a
    /// busy timeout.
    Result<void> open(const QString &path);
    QSqlDatabase &database() { return m_db; }

    /// Runs the cached prepared statement for `sql` with positional (`?`) values.
    /// `what` names the operation in error messages. Throws Failure.
    Cursor exec(const QString &sql, std::initializer_list<QVariant> values, const char *what);
    Cursor exec(const QString &sql, const QVariantList &values, const char *what);
    /// Like exec() but for SQL built at run time: prepared for this call only.
    Cursor execOnce(const QString &sql, const QVariantList &values, const char *what);

    /// A write transaction (BEGIN IMMEDIATE, so concurrent writers queue on the busy timeout
    /// instead of failing later). Rolls back when destroyed without commit().
    class Transaction
    {
    public:
        explicit Transaction(SqlConnection &connection);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        void commit();

    private:
        SqlConnection &m_connection;
        bool m_open = false;
    };

private:
    QSqlQuery &prepared(const QString &sql, const char *what);
    static void bindAndRun(QSqlQuery &query, const QVariant *values, qsizetype count,
                           const char *what);

    void checkThread() const;

    QString m_name;
    QSqlDatabase m_db;
    const QThread *m_thread = nullptr;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace holdfast::storedetail
