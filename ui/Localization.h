#pragma once

#include <QString>

class QCoreApplication;
class QLocale;

namespace holdfast::ui {

/**
 * Installs Holdfast's translation for `locale` (German today; otherwise the English file,
 * which only carries plural forms) and Qt's own strings (standard buttons) if the system has
 * them. Call once in the GUI path, after QApplication exists.
 * Returns the language that was loaded ("de", "en").
 */
QString installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace holdfast::ui
