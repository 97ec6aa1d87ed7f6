#pragma once
#include <cstddef>
#include <functional>

namespace plansite {

/// How many threads a build uses by default: the cores this process may run on.
int default_worker_count();

/// Runs `work(worker, index)` for every index in [0, count) on `workers`
/// threads (the calling thread is one of them). Each worker takes the next
/// index as it finishes the last, so uneven items balance out; `worker` is in
/// [0, workers) and lets a caller keep per-thread state without locks. Results
/// must go into slots by `index`, so the outcome never depends on timing.
void parallel_for(size_t count, int workers, const std::function<void(int worker, size_t index)>& work);

}  // namespace plansite
