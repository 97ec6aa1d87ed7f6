// read_file: every byte of a file, whatever size it claims, in one string no
// larger than the file needs.
#include "util/read_file.h"

#include <doctest/doctest.h>

#include <fstream>

#include "test_support.h"

using plansite::read_file;
using plansite::testing::TempSite;

TEST_CASE("read_file: a file of the size it claims is read whole, without room to spare") {
  TempSite site;
  // Around the probe's 4096 bytes and a read's usual size too.
  for (size_t size : {size_t{0}, size_t{1}, size_t{4095}, size_t{4096}, size_t{4097}, size_t{200000}}) {
    std::string bytes(size, '\0');
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i % 26);
    site.write("f.bin", bytes);
    auto read = read_file(site.root() / "f.bin");
    REQUIRE(read);
    CHECK(*read == bytes);
    // A string grown past the end to find it would hold half as much again.
    CHECK(read->capacity() < size + size / 4 + 16);
  }
}

TEST_CASE("read_file: a file that claims no size is still read to its end") {
  // /proc files say 0 bytes and hold more.
  auto status = read_file("/proc/self/status");
  REQUIRE(status);
  CHECK(status->find("Name:") == 0);
  CHECK(status->find("VmPeak:") != std::string::npos);
  CHECK(status->back() == '\n');
  // Longer than the probe's buffer, so the string grows more than once.
  auto maps = read_file("/proc/self/smaps");
  REQUIRE(maps);
  CHECK(maps->size() > 8192);
  CHECK(maps->back() == '\n');
}

TEST_CASE("read_file: a folder or a missing file is no file") {
  TempSite site;
  CHECK_FALSE(read_file(site.root()));
  CHECK_FALSE(read_file(site.root() / "missing"));
}
