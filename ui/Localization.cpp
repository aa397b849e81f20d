#include "ui/Localization.h"

#include "ui/UiLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace holdfast::ui {

QString installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    QString language;
    // Tries every UI language of the locale in order ("de-AT", "de", ...).
    if (own->load(locale, QStringLiteral("holdfast"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        language = own->language().section(u'_', 0, 0);
    } else if (own->load(QStringLiteral("holdfast_en"), QStringLiteral(":/i18n"))) {
        language = QStringLiteral("en");
    }
    if (!language.isEmpty())
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcUi) << "no translation found for" << locale.name();

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace holdfast::ui
