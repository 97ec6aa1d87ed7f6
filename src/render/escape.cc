#include "render/escape.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace plansite {

namespace {

const char* entity_of(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&apos;";
    default: return nullptr;
  }
}

// How many bytes from `at` need no escaping, reading sixteen at a time where
// the CPU can: every page is mostly text that has nothing to escape.
size_t plain_run(const char* at, const char* end) {
  const char* p = at;
#if defined(__SSE2__)
  const __m128i amp = _mm_set1_epi8('&'), lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>'),
                quot = _mm_set1_epi8('"'), apos = _mm_set1_epi8('\'');
  while (end - p >= 16) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, amp), _mm_cmpeq_epi8(bytes, lt)),
                               _mm_or_si128(_mm_cmpeq_epi8(bytes, gt),
                                            _mm_or_si128(_mm_cmpeq_epi8(bytes, quot), _mm_cmpeq_epi8(bytes, apos))));
    if (int mask = _mm_movemask_epi8(hit)) return static_cast<size_t>(p - at) + static_cast<size_t>(__builtin_ctz(mask));
    p += 16;
  }
#endif
  while (p < end && !entity_of(*p)) ++p;
  return static_cast<size_t>(p - at);
}

}  // namespace

// Copies runs of plain text whole rather than a character at a time.
void append_escaped_markup(std::string& out, std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    size_t plain = plain_run(p, end);
    out.append(p, plain);
    p += plain;
    if (p == end) break;
    out += entity_of(*p);
    ++p;
  }
}

std::string escape_markup(const std::string& text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_escaped_markup(out, text);
  return out;
}

}  // namespace plansite
