#include "ui/UiLogging.h"

namespace holdfast::ui {

Q_LOGGING_CATEGORY(lcUi, "holdfast.ui")

} // namespace holdfast::ui
