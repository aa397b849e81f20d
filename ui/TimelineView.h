#pragma once

#include "models/domain/Collection.h"

#include <QWidget>

class QLabel;
class QListView;

namespace holdfast {
class TimelineModel;
}

namespace holdfast::ui {

class ElidingLabel;

/**
 * The centre list for item collections (Timeline, Mentions, Favourites, Bookmarks): a lazily
 * paged list over TimelineModel with a title line. While a backup adds items, refreshNewer()
 * inserts them at the top without moving what the person is looking at or losing the
 * selection.
 */
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)
public:
    TimelineView(TimelineModel &model, QWidget *parent = nullptr);

    /// Shows a collection; `title` heads the list ("Timeline · anna@social.example").
    void setSource(qint64 accountId, Collection collection, const QString &title);
    void clear();
    /// Pulls in items stored since; keeps selection and the visible rows where they are.
    void refreshNewer();
    /// Selects the row of an item (loading pages as needed); false if it is not there.
    bool selectItem(const QString &platformId);

    qint64 accountId() const;
    Collection collection() const;
    QListView *list() const { return m_list; }

signals:
    void itemSelected(qint64 accountId, const QString &platformId);

private:
    void updateEmptyState();

    TimelineModel &m_model;
    ElidingLabel *m_title;
    QLabel *m_empty;
    QListView *m_list;
};

} // namespace holdfast::ui
