#pragma once

#include "UiTestSupport.h"
#include "ui/MainWindow.h"

#include <QTemporaryDir>

#include <memory>

namespace holdfast {
class Store;
}

namespace holdfast::testing {

/**
 * The real main window over a real store file, rebuilt for every test: prepare() fills a
 * template archive once (call it from initTestCase); start() copies it into a fresh
 * directory, points QSettings at a fresh folder, opens the GUI Store and shows the window;
 * stop() closes everything (call it from cleanup).
 */
class MainWindowFixture
{
public:
    MainWindowFixture();
    ~MainWindowFixture();

    void prepare();
    /// `filled` false starts from an empty archive.
    void start(bool filled = true);
    void stop();

    ui::MainWindow &window() const { return *m_window; }
    Store &store() const { return *m_store; }
    QString dataDir() const { return m_dataDir->path(); }
    QString settingsDir() const { return m_settingsDir.path(); }
    const Fixture &ids() const { return m_ids; }

    /// A descendant of the window by object name; null if missing.
    template<typename T>
    T *find(const QString &name) const
    {
        return m_window ? m_window->findChild<T *>(name) : nullptr;
    }

private:
    QTemporaryDir m_template;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ui::MainWindow> m_window;
    Fixture m_ids;
};

} // namespace holdfast::testing
