#pragma once

#include "models/domain/Collection.h"

#include <QWidget>

#include <optional>

class QAction;
class QModelIndex;
class QTreeView;
class QVBoxLayout;

namespace holdfast {
class AccountsModel;
}

namespace holdfast::ui {

/**
 * The left pane: the accounts tree (accounts with their collections underneath), the
 * "Add account…", "Back up now" and "Back up all" buttons, and below them whatever the
 * window adds with addBottomWidget() (the backup progress panel).
 *
 * It only reports what the person picked; the window decides what to show.
 */
class AccountsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPane)
public:
    AccountsPane(AccountsModel &model, QWidget *parent = nullptr);

    /// Buttons for these actions go under the tree; they also form the context menu.
    void setActions(QAction *addAccount, QAction *backUpNow, QAction *backUpAll, QAction *removeAccount);
    void addBottomWidget(QWidget *widget);

    /// The account of the current row (account or collection row); 0 if none.
    qint64 currentAccountId() const;
    std::optional<Collection> currentCollection() const;
    /// Makes the collection row current (expanding its account), which emits collectionSelected.
    void selectCollection(qint64 accountId, Collection collection);
    void selectAccount(qint64 accountId);
    QTreeView *tree() const { return m_tree; }

signals:
    /// A collection row became current (also sent as Posts when an account row is picked).
    void collectionSelected(qint64 accountId, holdfast::Collection collection);
    /// The current account changed (for enabling "Back up now").
    void currentAccountChanged(qint64 accountId);

private:
    void onCurrentChanged(const QModelIndex &current);

    AccountsModel &m_model;
    QTreeView *m_tree;
    QVBoxLayout *m_layout;
    QWidget *m_buttons;
};

} // namespace holdfast::ui
