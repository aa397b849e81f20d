#include "ui/MessageBar.h"

#include <QAction>
#include <QPainter>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace holdfast::ui {

namespace {

/// The hue that carries the meaning; lightness and saturation come from the palette so the
/// bar stays readable in light and dark themes alike.
int hueFor(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive: return 120;
    case MessageBar::Type::Information: return 210;
    case MessageBar::Type::Warning: return 40;
    case MessageBar::Type::Error: return 0;
    }
    return 210;
}

QColor tint(const QColor &base, int hue, qreal amount)
{
    const QColor accent = QColor::fromHsl(hue, 200, base.lightness() < 128 ? 90 : 150);
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + accent.redF() * amount),
                            float(base.greenF() * (1 - amount) + accent.greenF() * amount),
                            float(base.blueF() * (1 - amount) + accent.blueF() * amount));
}

QStyle::StandardPixmap iconFor(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive: return QStyle::SP_DialogApplyButton;
    case MessageBar::Type::Information: return QStyle::SP_MessageBoxInformation;
    case MessageBar::Type::Warning: return QStyle::SP_MessageBoxWarning;
    case MessageBar::Type::Error: return QStyle::SP_MessageBoxCritical;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_actionButton(new QPushButton(this)),
      m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));

    m_text->setObjectName(QStringLiteral("messageBarText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_actionButton->setObjectName(QStringLiteral("messageBarAction"));
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        QPointer<QAction> action = m_action;
        hideMessage();
        if (action)
            action->trigger();
    });

    m_closeButton->setObjectName(QStringLiteral("messageBarClose"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBar::hideMessage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignVCenter);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(const QString &text, Type type, QAction *action)
{
    m_type = type;
    m_text->setText(text);
    m_action = action;
    m_actionButton->setVisible(action != nullptr);
    if (action) {
        m_actionButton->setText(action->text());
        m_actionButton->setAccessibleName(action->text());
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(type)).pixmap(size, size));
    setAccessibleDescription(text);
    update();
    show();
}

void MessageBar::setCloseButtonVisible(bool visible)
{
    m_closeButton->setVisible(visible);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::hideMessage()
{
    m_action = nullptr;
    hide();
}

void MessageBar::paintEvent(QPaintEvent *)
{
    // Painted from the current palette on every paint, so a switch between light and dark
    // needs no bookkeeping.
    const QColor window = palette().color(QPalette::Window);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(tint(window, hueFor(m_type), 0.6), 1));
    painter.setBrush(tint(window, hueFor(m_type), 0.2));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace holdfast::ui
