#include "render/favicon.h"

#include <cstdint>

namespace plansite {

namespace {

constexpr int kSize = 16;
// The theme's accent (--accent in style.css), as blue, green, red, alpha.
constexpr std::uint8_t kAccent[4] = {0x1c, 0x1c, 0x9b, 0xff};
constexpr std::uint8_t kWhite[4] = {0xff, 0xff, 0xff, 0xff};
constexpr std::uint8_t kClear[4] = {0, 0, 0, 0};

void put16(std::string& out, unsigned v) {
  out += static_cast<char>(v & 0xff);
  out += static_cast<char>((v >> 8) & 0xff);
}
void put32(std::string& out, unsigned v) {
  put16(out, v & 0xffff);
  put16(out, v >> 16);
}

// favicon.svg's drawing: a square with corners of radius 3 and three bars.
const std::uint8_t* pixel(int x, int y) {
  auto outside_corner = [](int p) { return p < 3 ? 3 - (p + 0.5) : p > 12 ? (p + 0.5) - 13 : 0.0; };
  double dx = outside_corner(x), dy = outside_corner(y);
  if (dx * dx + dy * dy > 9) return kClear;
  bool bar = (y >= 4 && y < 6 && x >= 4 && x < 12) || (y >= 7 && y < 9 && x >= 4 && x < 12) ||
             (y >= 10 && y < 12 && x >= 4 && x < 9);
  return bar ? kWhite : kAccent;
}

}  // namespace

std::string favicon_ico() {
  const unsigned pixels = kSize * kSize * 4;
  const unsigned mask = kSize * 4;  // one bit a pixel, rows padded to 4 bytes
  const unsigned image = 40 + pixels + mask;
  std::string out;
  // ICONDIR: reserved, type 1 (icon), one image.
  put16(out, 0);
  put16(out, 1);
  put16(out, 1);
  // ICONDIRENTRY: 16×16, no palette, 1 plane, 32 bits, size, offset.
  out += static_cast<char>(kSize);
  out += static_cast<char>(kSize);
  out += '\0';
  out += '\0';
  put16(out, 1);
  put16(out, 32);
  put32(out, image);
  put32(out, 6 + 16);
  // BITMAPINFOHEADER: the height counts the colour rows and the mask rows.
  put32(out, 40);
  put32(out, kSize);
  put32(out, kSize * 2);
  put16(out, 1);
  put16(out, 32);
  for (int i = 0; i < 6; ++i) put32(out, 0);  // no compression, sizes and palette unused
  // Rows bottom up; alpha carries the transparency, so the mask stays all zero.
  for (int y = kSize - 1; y >= 0; --y)
    for (int x = 0; x < kSize; ++x) out.append(reinterpret_cast<const char*>(pixel(x, y)), 4);
  out.append(mask, '\0');
  return out;
}

}  // namespace plansite
