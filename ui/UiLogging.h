#pragma once

#include <QLoggingCategory>

namespace holdfast::ui {

/// Debug noise of the desktop UI ("holdfast.ui"); user-visible events go to the message bar.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace holdfast::ui
