// Holdfast entry point: with a sub-command it runs headless (QCoreApplication, no display);
// without one it opens the main window.
#include "app/cli/Cli.h"
#include "models/store/Store.h"
#include "ui/DialogSeams.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLocale>

#include <clocale>
#include <memory>

namespace {
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("holdfast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
}

/// `holdfast --data-dir DIR` opens the window on another archive, as the sub-commands do.
QString guiDataDir(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--data-dir" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--data-dir="))
            return arguments.at(i).mid(11);
    }
    return holdfast::cli::defaultDataDir();
}

int runGui(int argc, char *argv[], const QStringList &arguments)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Holdfast"));
    QApplication::setDesktopFileName(QStringLiteral("org.holdfast.Holdfast"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/holdfast.svg")));
    holdfast::ui::installTranslations(app, QLocale::system());

    // The GUI thread's own Store: the item models read through it; workers open their own.
    const QString dataDir = guiDataDir(arguments);
    auto store = holdfast::Store::open(dataDir);
    if (!store) {
        holdfast::ui::ModalDialogs::showFatalError(
            nullptr, QApplication::translate("main", "Holdfast"),
            QApplication::translate("main", "The archive in %1 cannot be opened: %2")
                .arg(dataDir, store.error().message));
        return 1;
    }
    holdfast::ui::MainWindow window(**store);
    window.show();
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    // libarchive and file names need a UTF-8 character type even under LANG=C.
    std::setlocale(LC_CTYPE, "C.UTF-8");

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (holdfast::cli::needsGuiApplication(arguments)) {
        // Qt Charts draws through QGraphicsWidget, which needs a QApplication; the offscreen
        // platform keeps `holdfast report` headless (cron, ssh) unless the caller chose one.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        return holdfast::cli::runCommandLine(arguments);
    }
    if (holdfast::cli::hasSubCommand(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return holdfast::cli::runCommandLine(arguments);
    }
    return runGui(argc, argv, arguments);
}
