#include "ui/DialogSeams.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace holdfast::ui {

std::optional<bool> ModalDialogs::s_nextAnswer;
int ModalDialogs::s_shownCount = 0;

bool ModalDialogs::confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                      const QString &confirmText)
{
    ++s_shownCount;
    if (s_nextAnswer) {
        const bool answer = *std::exchange(s_nextAnswer, std::nullopt);
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    QPushButton *confirm = box.addButton(confirmText, QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // A stray Enter must not destroy anything.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

void ModalDialogs::showFatalError(QWidget *parent, const QString &title, const QString &text)
{
    ++s_shownCount;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void ModalDialogs::setNextAnswer(bool confirmed)
{
    s_nextAnswer = confirmed;
}

int ModalDialogs::shownCount()
{
    return s_shownCount;
}

std::optional<QString> FileDialogs::s_nextPath;

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter)
{
    if (s_nextPath)
        return *std::exchange(s_nextPath, std::nullopt);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialogs::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    if (s_nextPath)
        return *std::exchange(s_nextPath, std::nullopt);
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString FileDialogs::openFolder(QWidget *parent, const QString &title)
{
    if (s_nextPath)
        return *std::exchange(s_nextPath, std::nullopt);
    return QFileDialog::getExistingDirectory(parent, title);
}

void FileDialogs::setNextPath(const QString &path)
{
    s_nextPath = path;
}

} // namespace holdfast::ui
