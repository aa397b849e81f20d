#pragma once

#include "ui/ExportJobDialog.h"

class QLineEdit;
class QListWidget;

namespace holdfast {
class Store;
}

namespace holdfast::ui {

/**
 * File › Records-Request Package…: the items of one or more accounts, optionally limited to a
 * period, to words (searched like the app's search) and to a person, as a ZIP with a PDF
 * transcript, CSV, JSON, media and a SHA-256 manifest (reports/RecordsPackage). Runs off the
 * GUI thread with progress and Cancel (see ExportJobDialog).
 */
class PackageDialog final : public ExportJobDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageDialog)
public:
    PackageDialog(const Store &store, qint64 currentAccountId, QWidget *parent = nullptr);

protected:
    std::optional<ExportRequest> buildRequest() override;
    QString successMessage(const ExportOutcome &outcome) const override;
    QString suggestedDestination() const override;
    QString destinationFilter() const override;

private:
    QList<qint64> checkedAccounts() const;

    QListWidget *m_accounts;
    QLineEdit *m_query;
    QLineEdit *m_person;
};

} // namespace holdfast::ui
