#pragma once

#include <QLabel>

namespace holdfast::ui {

/**
 * A one-line plain-text label that ends in "…" when it is too narrow, instead of cutting the
 * text or widening its window; the whole text stays available as tooltip and accessible name.
 * For pane titles.
 */
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateShownText();

    QString m_fullText;
};

} // namespace holdfast::ui
