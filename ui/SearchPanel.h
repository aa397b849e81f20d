#pragma once

#include "models/store/Store.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace holdfast {
class SearchResultsModel;
}

namespace holdfast::ui {

/**
 * Search over the whole archive: the words come from the window's search field (setText),
 * the filters (account, collection, date range, author) live here above the result list.
 * Searches run a moment after typing stops. Picking a result reports it, and the window
 * shows it in its thread.
 */
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)
public:
    SearchPanel(SearchResultsModel &model, const Store &store, QWidget *parent = nullptr);

    /// The words to look for; searches shortly after (or at once with `immediately`).
    void setText(const QString &text, bool immediately = false);
    /// Fills the account filter from the store (after accounts changed).
    void reloadAccounts();
    /// The query the current text and filters make.
    SearchQuery query() const;
    QListView *results() const { return m_results; }

signals:
    void resultSelected(qint64 accountId, const QString &platformId);

public slots:
    void runSearch();

private:
    SearchResultsModel &m_model;
    const Store &m_store;
    QString m_text;
    QTimer *m_debounce;
    QComboBox *m_account;
    QComboBox *m_collection;
    QCheckBox *m_sinceEnabled;
    QDateEdit *m_since;
    QCheckBox *m_untilEnabled;
    QDateEdit *m_until;
    QLineEdit *m_author;
    QLabel *m_status;
    QListView *m_results;
};

} // namespace holdfast::ui
