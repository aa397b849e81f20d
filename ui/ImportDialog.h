#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace holdfast {
class Store;
}

namespace holdfast::ui {

/**
 * "Import archive…": asks for a platform's data export (a file, or a folder it was unpacked
 * into; both through the FileDialogs seam) and the account it goes to, which is detected
 * from the archive unless the person picks one. Open it with open(); it emits
 * importRequested() when the person confirms an existing path, and closes.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    ImportDialog(const Store &store, QWidget *parent = nullptr);

    /// Preselects the account (0 = detect from the archive).
    void setAccount(qint64 accountId);

signals:
    /// `accountId` 0: the importer picks the account by the archive's identity.
    void importRequested(const QString &path, qint64 accountId);

public slots:
    void accept() override;

private:
    void choose(bool folder);

    QLineEdit *m_path;
    QComboBox *m_account;
    QLabel *m_error;
    QPushButton *m_import;
};

/// The whole summary of an import (every count and every skipped entry with its reason), in
/// a non-modal window opened from the message bar's "Details…".
class ImportDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDetailsDialog)
public:
    ImportDetailsDialog(const QString &title, const QStringList &lines, QWidget *parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace holdfast::ui
