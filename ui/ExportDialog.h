#pragma once

#include "ui/ExportJobDialog.h"

class QCheckBox;
class QComboBox;

namespace holdfast {
class Store;
}

namespace holdfast::ui {

/**
 * File › Export…: one account, one collection or all of them, as an HTML archive (folder or
 * ZIP), JSON Lines or CSV, optionally for a period, to a chosen destination. Runs off the GUI
 * thread with progress and Cancel (see ExportJobDialog).
 *
 *     auto *dialog = new ExportDialog(store, accountId, this);
 *     connect(dialog, &ExportDialog::exportFinished, this, ...);
 *     dialog->open();
 */
class ExportDialog final : public ExportJobDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    /// The formats offered, in the order of the format list.
    enum class Format { HtmlFolder, HtmlZip, JsonLines, Csv };

    ExportDialog(const Store &store, qint64 currentAccountId, QWidget *parent = nullptr);

protected:
    std::optional<ExportRequest> buildRequest() override;
    QString successMessage(const ExportOutcome &outcome) const override;
    QString folderOf(const ExportRequest &request) const override;
    QString suggestedDestination() const override;
    QString destinationFilter() const override;

private:
    Format format() const;
    void onFormatChanged();

    const Store &m_store;
    QComboBox *m_account;
    QComboBox *m_collection;
    QComboBox *m_format;
    QCheckBox *m_bom;
};

} // namespace holdfast::ui
