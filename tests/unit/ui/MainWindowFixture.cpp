#include "MainWindowFixture.h"

#include "models/store/Store.h"
#include "ui/MainWindow.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;

namespace holdfast::testing {

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target))
            return false;
    }
    return true;
}

} // namespace

MainWindowFixture::MainWindowFixture() = default;

MainWindowFixture::~MainWindowFixture()
{
    stop();
}

void MainWindowFixture::prepare()
{
    auto store = Store::open(m_template.path());
    if (!store)
        qFatal("cannot create the template store: %s", qPrintable(store.errorMessage()));
    m_ids = fillFixtureStore(**store, m_template.path());
}

void MainWindowFixture::start(bool filled)
{
    stop();
    // Settings (window geometry, splitter) from a clean folder per test.
    QDir(m_settingsDir.path()).removeRecursively();
    QDir().mkpath(m_settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());

    m_dataDir = std::make_unique<QTemporaryDir>();
    if (filled && !copyTree(m_template.path(), m_dataDir->path()))
        qFatal("cannot copy the template store");
    auto store = Store::open(m_dataDir->path());
    if (!store)
        qFatal("cannot open the test store: %s", qPrintable(store.errorMessage()));
    m_store = std::move(store).value();
    m_window = std::make_unique<ui::MainWindow>(*m_store);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("main window not exposed");
}

void MainWindowFixture::stop()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_store.reset();
    m_dataDir.reset();
}

} // namespace holdfast::testing
