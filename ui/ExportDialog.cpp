#include "ui/ExportDialog.h"

#include "models/store/Store.h"
#include "ui/UiFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QStandardItemModel>
#include <QStandardPaths>

namespace holdfast::ui {

namespace {
constexpr int kAllCollections = -1;
}

ExportDialog::ExportDialog(const Store &store, qint64 currentAccountId, QWidget *parent)
    : ExportJobDialog(store.dataDirectory(), parent),
      m_store(store),
      m_account(new QComboBox(this)),
      m_collection(new QComboBox(this)),
      m_format(new QComboBox(this)),
      m_bom(new QCheckBox(tr("UTF-8 &BOM for spreadsheets"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_account->setObjectName(QStringLiteral("exportAccountCombo"));
    m_account->setAccessibleName(tr("Account"));
    for (const Account &account : m_store.accounts())
        m_account->addItem(account.handle, account.id);
    if (const int current = m_account->findData(currentAccountId); current >= 0)
        m_account->setCurrentIndex(current);

    m_collection->setObjectName(QStringLiteral("exportCollectionCombo"));
    m_collection->setAccessibleName(tr("Collection"));
    m_collection->addItem(tr("All collections"), kAllCollections);
    for (const Collection collection : allCollections())
        m_collection->addItem(UiFormat::collectionTitle(collection), int(collection));

    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("HTML archive (folder)"), int(Format::HtmlFolder));
    m_format->addItem(tr("HTML archive (ZIP file)"), int(Format::HtmlZip));
    m_format->addItem(tr("JSON Lines"), int(Format::JsonLines));
    m_format->addItem(tr("CSV"), int(Format::Csv));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);

    m_bom->setObjectName(QStringLiteral("exportBomCheck"));
    m_bom->setToolTip(tr("Some spreadsheet programs need it to read UTF-8 text correctly"));

    form()->addRow(tr("&Account:"), m_account);
    form()->addRow(tr("&Collection:"), m_collection);
    form()->addRow(tr("F&ormat:"), m_format);
    form()->addRow(QString(), m_bom);
    addPeriodRows();
    addDestinationRow();
    onFormatChanged();
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

void ExportDialog::onFormatChanged()
{
    const bool records = format() == Format::JsonLines || format() == Format::Csv;
    m_bom->setEnabled(format() == Format::Csv);
    // JSON Lines and CSV files hold one collection each (their columns differ).
    if (auto *model = qobject_cast<QStandardItemModel *>(m_collection->model()))
        model->item(0)->setEnabled(!records);
    if (records && m_collection->currentData().toInt() == kAllCollections)
        m_collection->setCurrentIndex(m_collection->findData(int(Collection::Posts)));
}

QString ExportDialog::suggestedDestination() const
{
    const int collection = m_collection->currentData().toInt();
    QString name = m_account->currentText().section(u'@', 0, 0) + u'-'
                   + (collection == kAllCollections ? QStringLiteral("archive") : collectionName(Collection(collection)))
                   + u'-' + QDate::currentDate().toString(Qt::ISODate);
    switch (format()) {
    case Format::HtmlFolder: break;
    case Format::HtmlZip: name += QStringLiteral(".zip"); break;
    case Format::JsonLines: name += QStringLiteral(".jsonl"); break;
    case Format::Csv: name += QStringLiteral(".csv"); break;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

QString ExportDialog::destinationFilter() const
{
    switch (format()) {
    case Format::HtmlFolder: return tr("New folder (*)");
    case Format::HtmlZip: return tr("ZIP files (*.zip)");
    case Format::JsonLines: return tr("JSON Lines files (*.jsonl)");
    case Format::Csv: return tr("CSV files (*.csv)");
    }
    return {};
}

std::optional<ExportRequest> ExportDialog::buildRequest()
{
    const qint64 accountId = m_account->currentData().toLongLong();
    if (accountId == 0) {
        showError(tr("There is no account to export yet."));
        return std::nullopt;
    }
    if (!checkPeriod())
        return std::nullopt;
    QString path = destination();
    if (path.isEmpty())
        return std::nullopt;
    // The chooser may leave the extension out; the file type follows the format.
    const QString extension = format() == Format::HtmlZip     ? QStringLiteral(".zip")
                              : format() == Format::JsonLines ? QStringLiteral(".jsonl")
                              : format() == Format::Csv       ? QStringLiteral(".csv")
                                                              : QString();
    if (!extension.isEmpty() && !path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;

    ExportRequest request;
    request.destination = path;
    const int collection = m_collection->currentData().toInt();
    switch (format()) {
    case Format::HtmlFolder:
    case Format::HtmlZip:
        request.kind = format() == Format::HtmlZip ? ExportRequest::Kind::HtmlZip : ExportRequest::Kind::HtmlFolder;
        request.html.accountId = accountId;
        if (collection != kAllCollections)
            request.html.collections = {Collection(collection)};
        request.html.since = since();
        request.html.until = until();
        break;
    case Format::JsonLines:
    case Format::Csv:
        request.kind = ExportRequest::Kind::Items;
        request.items.accountId = accountId;
        request.items.collection = Collection(collection);
        request.items.format = format() == Format::Csv ? ExportFormat::Csv : ExportFormat::JsonLines;
        request.items.csvByteOrderMark = format() == Format::Csv && m_bom->isChecked();
        request.items.since = since();
        request.items.until = until();
        break;
    }
    return request;
}

QString ExportDialog::successMessage(const ExportOutcome &outcome) const
{
    const int count = int(std::min<qint64>(outcome.records, INT_MAX));
    const QString where = QDir::toNativeSeparators(outcome.destination);
    const int collection = m_collection->currentData().toInt();
    if (collection != kAllCollections && isContactCollection(Collection(collection)))
        return tr("Exported %Ln person(s) to %1.", nullptr, count).arg(where);
    return tr("Exported %Ln item(s) to %1.", nullptr, count).arg(where);
}

QString ExportDialog::folderOf(const ExportRequest &request) const
{
    // An HTML folder is what people want to open; for files, the folder holding them.
    return request.kind == ExportRequest::Kind::HtmlFolder ? request.destination
                                                           : ExportJobDialog::folderOf(request);
}

} // namespace holdfast::ui
