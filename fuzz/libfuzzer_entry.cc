// The libFuzzer entry point of one target: CMake compiles this file once per
// target with PLANSITE_FUZZ_TARGET naming the function (targets.h).
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return plansite::fuzz::PLANSITE_FUZZ_TARGET(data, size);
}
