#include "util/parallel.h"

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace plansite {

int default_worker_count() {
  // The affinity mask, not the machine's core count: a container or `taskset`
  // may give this process fewer cores than the machine has.
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0) return std::max(1, CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

void parallel_for(size_t count, int workers, const std::function<void(int worker, size_t index)>& work) {
  workers = static_cast<int>(std::clamp<size_t>(static_cast<size_t>(std::max(workers, 1)), 1, std::max<size_t>(count, 1)));
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto run = [&](int worker) {
    try {
      for (size_t i = next++; i < count; i = next++) work(worker, i);
    } catch (...) {
      // Stop handing out work and rethrow on the calling thread, so an
      // unexpected error is reported as it is without threads.
      next = count;
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  std::vector<std::jthread> threads;
  for (int w = 1; w < workers; ++w) threads.emplace_back(run, w);
  run(0);
  threads.clear();  // joins
  if (failure) std::rethrow_exception(failure);
}

}  // namespace plansite
