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
 * File choosers. Tests answer the next one without showing it:
 * `FileDialogs::setNextFileName(path)` (an empty path = the person cancelled).
 */
class FileDialogs final
{
public:
    /// Asks where to save; `suggested` is the proposed path, `filter` e.g. "PDF (*.pdf)".
    /// Returns the chosen path, or an empty string if cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);

    /// The next file dialog returns this path immediately instead of showing itself.
    static void setNextFileName(const QString &path);

private:
    static std::optional<QString> s_nextFileName;
};

} // namespace holdfast::ui
