#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

namespace holdfast::ui {

/**
 * The one thread of the GUI process that talks to the OS keychain.
 *
 * QtKeychain's Secret Service backend (libsecret) binds itself to the first thread that uses
 * it; a job from any other thread, or from a later thread once that one has ended, hangs or
 * crashes (qtkeychain issue #145). So every keychain-touching task of the GUI — sign-ins, token
 * reads before backups, account removal — runs here, one after the other. Create one per
 * process (main() does, tests do in initTestCase) and pass it on.
 *
 *     keychain.run<QString>(this, [] { return readSomething(); },
 *                           [this](QString value) { use(value); });  // back on this thread
 */
class KeychainThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainThread)
public:
    explicit KeychainThread(QObject *parent = nullptr);
    /// Waits for the current task (tasks must watch a cancellation token to end quickly).
    ~KeychainThread() override;

    QThread *workerThread() const { return m_thread; }

    /// Runs `work` on the keychain thread, then `done(result)` on `context`'s thread if
    /// `context` still exists by then.
    template<typename T>
    void run(QObject *context, std::function<T()> work, std::function<void(T)> done)
    {
        // The relay lives on the caller's thread and deletes itself after delivering, so the
        // posted call always has a live receiver; `context` is only checked on its own thread.
        auto *relay = new QObject;
        relay->moveToThread(context->thread());
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_anchor,
            [relay, guard, work = std::move(work), done = std::move(done)]() mutable {
                T result = work();
                QMetaObject::invokeMethod(
                    relay,
                    [relay, guard, done = std::move(done), result = std::move(result)]() mutable {
                        if (guard)
                            done(std::move(result));
                        delete relay;
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    QThread *m_thread;
    QObject *m_anchor; ///< lives on m_thread; posted tasks run in its context
};

} // namespace holdfast::ui
