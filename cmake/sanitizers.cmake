# Two ways to build plansite under sanitizers (README.md, "Fuzzing and sanitizers"):
#   -DPLANSITE_SANITIZE=ON  everything, tests included, with AddressSanitizer and
#                           UndefinedBehaviorSanitizer (scripts/dev.sh test-sanitize)
#   -DPLANSITE_FUZZ=ON      only the core library and the libFuzzer targets of
#                           fuzz/, with clang (scripts/fuzz.sh)
option(PLANSITE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(PLANSITE_FUZZ "Build the core library and the libFuzzer targets only (needs clang)" OFF)

if(PLANSITE_SANITIZE OR PLANSITE_FUZZ)
  # -fno-sanitize-recover: undefined behaviour stops the program, so a test or
  # a fuzzer fails on it instead of printing a line nobody reads.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()

if(PLANSITE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PLANSITE_FUZZ needs clang (libFuzzer): cmake -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # The project's flags are GCC's; clang need not hear about the ones it lacks.
  add_compile_options(-fsanitize=fuzzer-no-link -Wno-unknown-warning-option)
endif()
