#pragma once

#include <atomic>

namespace holdfast {

/// Shared flag that a controller (GUI thread, signal handler) sets and a worker polls.
/// Setting it is thread-safe; the worker notices it within one poll interval.
class CancellationToken final
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

} // namespace holdfast
