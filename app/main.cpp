// Holdfast entry point: with a sub-command it runs headless (QCoreApplication, no display);
// without one it opens the main window.
#include "app/cli/Cli.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <clocale>
#include <memory>

namespace {
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("holdfast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // libarchive and file names need a UTF-8 character type even under LANG=C.
    std::setlocale(LC_CTYPE, "C.UTF-8");

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (holdfast::cli::hasSubCommand(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return holdfast::cli::runCommandLine(arguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Holdfast"));
    holdfast::ui::MainWindow window(holdfast::cli::defaultDataDir());
    window.show();
    return app.exec();
}
