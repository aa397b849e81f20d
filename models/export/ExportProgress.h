#pragma once

#include <QtGlobal>

#include <functional>

namespace holdfast {

/// Told how far a long export is: `done` of `total` records (total 0 = not known yet).
/// Returns false to cancel; the export then fails with Error::Code::Cancelled and leaves
/// nothing at its destination. Called on the exporting thread.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace holdfast
