#pragma once

#include <QtGlobal>

namespace holdfast::bench {

/// Peak resident set size of this process so far (VmHWM), in MiB.
double peakRssMiB();
/// Current resident set size (VmRSS), in MiB.
double currentRssMiB();
/// User + system CPU time of the whole process so far, in milliseconds.
double processCpuMs();
/// CPU time of the calling thread so far, in milliseconds.
double threadCpuMs();

} // namespace holdfast::bench
