#include "ui/PackageDialog.h"

#include "models/store/Store.h"

#include <QDir>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>

namespace holdfast::ui {

namespace {
constexpr int kAccountIdRole = Qt::UserRole; ///< the store id of an account row
}

PackageDialog::PackageDialog(const Store &store, qint64 currentAccountId, QWidget *parent)
    : ExportJobDialog(store.dataDirectory(), parent),
      m_accounts(new QListWidget(this)),
      m_query(new QLineEdit(this)),
      m_person(new QLineEdit(this))
{
    setObjectName(QStringLiteral("packageDialog"));
    setWindowTitle(tr("Records-Request Package"));
    setStartText(tr("&Create Package"));

    m_accounts->setObjectName(QStringLiteral("packageAccountList"));
    m_accounts->setAccessibleName(tr("Accounts to include"));
    for (const Account &account : store.accounts()) {
        auto *row = new QListWidgetItem(account.handle, m_accounts);
        row->setData(kAccountIdRole, account.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(account.id == currentAccountId ? Qt::Checked : Qt::Unchecked);
    }
    m_accounts->setMaximumHeight(m_accounts->sizeHintForRow(0) * 5 + 2 * m_accounts->frameWidth() + 4);

    m_query->setObjectName(QStringLiteral("packageQueryEdit"));
    m_query->setAccessibleName(tr("Words"));
    m_query->setPlaceholderText(tr("Any text (words are found like in the search)"));
    m_query->setClearButtonEnabled(true);
    m_person->setObjectName(QStringLiteral("packagePersonEdit"));
    m_person->setAccessibleName(tr("Person"));
    m_person->setPlaceholderText(tr("Anyone (handle or name)"));
    m_person->setClearButtonEnabled(true);

    form()->addRow(tr("&Accounts:"), m_accounts);
    addPeriodRows();
    form()->addRow(tr("&Words:"), m_query);
    form()->addRow(tr("&Person:"), m_person);
    addDestinationRow();
}

QList<qint64> PackageDialog::checkedAccounts() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_accounts->count(); ++row) {
        if (m_accounts->item(row)->checkState() == Qt::Checked)
            ids.append(m_accounts->item(row)->data(kAccountIdRole).toLongLong());
    }
    return ids;
}

QString PackageDialog::suggestedDestination() const
{
    const QString name = QStringLiteral("records-%1.zip").arg(QDate::currentDate().toString(Qt::ISODate));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

QString PackageDialog::destinationFilter() const
{
    return tr("ZIP files (*.zip)");
}

std::optional<ExportRequest> PackageDialog::buildRequest()
{
    const QList<qint64> accounts = checkedAccounts();
    if (accounts.isEmpty()) {
        showError(tr("Tick at least one account to include."));
        return std::nullopt;
    }
    if (!checkPeriod())
        return std::nullopt;
    QString path = destination();
    if (path.isEmpty())
        return std::nullopt;
    if (!path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    ExportRequest request;
    request.kind = ExportRequest::Kind::Package;
    request.destination = path;
    request.package.accountIds = accounts;
    request.package.since = since();
    request.package.until = until();
    request.package.query = m_query->text().trimmed();
    request.package.person = m_person->text().trimmed();
    return request;
}

QString PackageDialog::successMessage(const ExportOutcome &outcome) const
{
    return tr("Packaged %Ln item(s) into %1.", nullptr, int(std::min<qint64>(outcome.records, INT_MAX)))
        .arg(QDir::toNativeSeparators(outcome.destination));
}

} // namespace holdfast::ui
