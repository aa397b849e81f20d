#include "ui/KeychainThread.h"

#include "ui/UiLogging.h"

#include <QThread>

namespace holdfast::ui {

KeychainThread::KeychainThread(QObject *parent)
    : QObject(parent), m_thread(new QThread), m_anchor(new QObject)
{
    m_thread->setObjectName(QStringLiteral("keychain"));
    m_anchor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_anchor, &QObject::deleteLater);
    m_thread->start();
}

KeychainThread::~KeychainThread()
{
    m_thread->quit();
    if (m_thread->wait(5'000)) {
        delete m_thread;
    } else {
        // A task is still blocked; destroying a running QThread would abort the process, and
        // the process is ending anyway.
        qCWarning(lcUi) << "keychain thread still busy at exit";
    }
}

} // namespace holdfast::ui
