#pragma once

#include "connectors/importers/ImportSummary.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QToolButton;

namespace holdfast {
class CancellationToken;
}

namespace holdfast::ui {

/**
 * Runs one archive import (ArchiveImportJob on its own thread) and shows it in the style of
 * the backup progress rows: the archive's name, what it is doing, a busy bar and Cancel;
 * when the import ends, a one-line summary until dismissed. The window learns the outcome
 * from finished(). Hidden while idle.
 */
class ImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPanel)
public:
    explicit ImportPanel(QString dataDir, QWidget *parent = nullptr);
    /// Cancels a running import and waits for its thread (what was written stays consistent).
    ~ImportPanel() override;

    /// Starts importing `path`; false if an import is already running.
    bool start(const QString &path, const importers::ImportOptions &options);
    bool isRunning() const { return m_cancellation != nullptr; }
    QString statusText() const;

signals:
    void runningChanged(bool running);
    /// `error` is empty on success; `cancelled` says the person asked for it.
    void finished(const holdfast::importers::ImportSummary &summary, const QString &error,
                  bool cancelled);

public slots:
    void cancel();

private:
    void onProgress(const importers::ImportProgress &progress);
    void onFinished(const importers::ImportSummary &summary, const QString &error);

    QString m_dataDir;
    QString m_archiveName;
    std::shared_ptr<CancellationToken> m_cancellation;
    QPointer<QThread> m_thread;
    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QToolButton *m_dismiss;
};

} // namespace holdfast::ui
