#pragma once

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;

namespace holdfast::ui {

/**
 * An inline message strip (like KeePassXC's MessageWidget): coloured frame, one line of text
 * that says what happened and what to do next, an optional action button and a close button.
 * Recoverable errors go here instead of modal boxes.
 *
 *     bar->showMessage(tr("Sign-in expired."), MessageBar::Type::Error, signInAgainAction);
 *
 * The action stays owned by the caller; the bar only triggers it (and hides itself).
 */
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)
public:
    enum class Type { Positive, Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type, QAction *action = nullptr);
    void setCloseButtonVisible(bool visible);
    QString text() const;
    Type type() const { return m_type; }

public slots:
    void hideMessage();

protected:
    void paintEvent(QPaintEvent *event) override;

private:

    Type m_type = Type::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_actionButton;
    QToolButton *m_closeButton;
    QPointer<QAction> m_action;
};

} // namespace holdfast::ui
