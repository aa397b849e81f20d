#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace holdfast::ui {

/**
 * Runs blocking work (a keychain call through SecretStore, which waits for the process-wide
 * keychain thread; a short store job) on a pooled thread, so the GUI thread never waits:
 *
 *     runInBackground<QString>(this, [] { return readSomething(); },
 *                              [this](QString value) { use(value); });  // back on this thread
 *
 * `done` runs on `context`'s thread, and only if `context` still exists by then. A Store used
 * by `work` must be opened and closed inside it (a Store belongs to the thread that opened it).
 */
template<typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    // The relay lives on the caller's thread and deletes itself after delivering, so the
    // posted call always has a live receiver; `context` is only checked on its own thread.
    auto *relay = new QObject;
    relay->moveToThread(context->thread());
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start(
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
        });
}

} // namespace holdfast::ui
