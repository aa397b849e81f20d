#pragma once

#include <QLoggingCategory>

// Debug output of the store ("holdfast.db"). Never log item text or raw JSON.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
