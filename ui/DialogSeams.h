#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace holdfast::ui {

/**
 * The only modal message boxes Holdfast shows: confirmations of destructive actions and the
 * one error that leaves nothing to show (the archive cannot be opened). Everything else goes to
 * the MessageBar.
 *
 * Tests answer the next box without showing it: `ModalDialogs::setNextAnswer(true)`.
 */
class ModalDialogs final
{
public:
    /// Asks "really do this?"; `confirmText` names the destructive button ("Remove").
    /// Returns true only if the person chose it.
    static bool confirmDestructive(QWidget *parent, const QString &title, const QString &text,
                                   const QString &confirmText);
    /// A fatal error before any window exists.
    static void showFatalError(QWidget *parent, const QString &title, const QString &text);

    /// The next box returns this answer immediately instead of showing itself.
    static void setNextAnswer(bool confirmed);
    /// How many boxes were answered through the seam or shown (for tests).
    static int shownCount();

private:
    static std::optional<bool> s_nextAnswer;
    static int s_shownCount;
};

/**
 * File and folder choosers (QFileDialog), with the same kind of seam: tests set the next
 * answer with `FileDialogs::setNextPath(path)` (an empty path plays "cancelled").
 */
class FileDialogs final
{
public:
    /// Asks where to save; `suggested` is the proposed path. Empty if cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter = {});
    /// An existing file, or an empty string if the person cancelled.
    static QString openFile(QWidget *parent, const QString &title, const QString &filter);
    /// An existing folder, or an empty string if the person cancelled.
    static QString openFolder(QWidget *parent, const QString &title);

    /// The next chooser returns this path immediately instead of showing itself.
    static void setNextPath(const QString &path);

private:
    static std::optional<QString> s_nextPath;
};

} // namespace holdfast::ui
