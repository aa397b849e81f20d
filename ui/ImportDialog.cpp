#include "ui/ImportDialog.h"

#include "models/store/Store.h"
#include "ui/DialogSeams.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

ImportDialog::ImportDialog(const Store &store, QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(this)), m_account(new QComboBox(this)),
      m_error(new QLabel(this)), m_import(nullptr)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Archive"));

    auto *intro = new QLabel(tr("Import a platform's own data export into the archive: an X archive "
                                "(ZIP or its unpacked folder), a Mastodon export (.tar.gz) or CSV "
                                "export, a Facebook or Instagram download in JSON format, or a "
                                "Bluesky repository (.car). The format is recognised from the "
                                "content."),
                             this);
    intro->setWordWrap(true);

    m_path->setObjectName(QStringLiteral("importPathField"));
    m_path->setPlaceholderText(tr("Archive file or folder"));
    m_path->setAccessibleName(tr("Archive file or folder"));
    auto *chooseFile = new QPushButton(tr("Choose &File…"), this);
    chooseFile->setObjectName(QStringLiteral("importChooseFileButton"));
    connect(chooseFile, &QPushButton::clicked, this, [this] { choose(false); });
    auto *chooseFolder = new QPushButton(tr("Choose F&older…"), this);
    chooseFolder->setObjectName(QStringLiteral("importChooseFolderButton"));
    connect(chooseFolder, &QPushButton::clicked, this, [this] { choose(true); });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(chooseFile);
    pathRow->addWidget(chooseFolder);

    m_account->setObjectName(QStringLiteral("importAccountBox"));
    m_account->setAccessibleName(tr("Account to import into"));
    m_account->addItem(tr("Detect from the archive"), qint64(0));
    for (const Account &account : store.accounts())
        m_account->addItem(tr("%1 (%2)").arg(account.handle.isEmpty() ? account.displayName : account.handle,
                                             account.platform),
                           account.id);

    m_error->setObjectName(QStringLiteral("importDialogError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&Archive:"), this);
    pathLabel->setBuddy(m_path); // a row of several widgets gets no buddy by itself
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("A&ccount:"), m_account);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importStartButton"));
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ImportDialog::setAccount(qint64 accountId)
{
    const int index = m_account->findData(accountId);
    m_account->setCurrentIndex(index < 0 ? 0 : index);
}

void ImportDialog::choose(bool folder)
{
    const QString path = folder ? FileDialogs::openFolder(this, tr("Choose an Unpacked Archive Folder"))
                                : FileDialogs::openFile(this, tr("Choose an Archive"),
                                                        tr("Data exports (*.zip *.tar.gz *.tgz *.tar *.car "
                                                           "*.csv *.json);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
        m_error->hide();
    }
}

void ImportDialog::accept()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        m_error->setText(path.isEmpty() ? tr("Choose the archive file or folder to import.")
                                        : tr("%1 does not exist.").arg(path));
        m_error->show();
        return;
    }
    emit importRequested(QFileInfo(path).absoluteFilePath(), m_account->currentData().toLongLong());
    QDialog::accept();
}

ImportDetailsDialog::ImportDetailsDialog(const QString &title, const QStringList &lines, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("importDetailsDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("importDetailsText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlainText(lines.join(u'\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString ImportDetailsDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace holdfast::ui
