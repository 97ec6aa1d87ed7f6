#include "util/json.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace plansite {

namespace {

// How many bytes from `at` need no escaping (a file's JSON: no quote,
// backslash or control character), sixteen at a time where the CPU can: the
// search index and the open data are mostly plain text.
size_t plain_run(const char* at, const char* end) {
  const char* p = at;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), last_control = _mm_set1_epi8(0x1F);
  while (end - p >= 16) {
    __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(bytes, last_control), last_control);  // bytes <= 0x1F
    __m128i hit = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
    if (int mask = _mm_movemask_epi8(hit)) return static_cast<size_t>(p - at) + static_cast<size_t>(__builtin_ctz(mask));
    p += 16;
  }
#endif
  while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\') ++p;
  return static_cast<size_t>(p - at);
}

}  // namespace

void append_json_string(std::string& out, std::string_view text, JsonIn in) {
  static const char hex[] = "0123456789abcdef";
  const bool script = in == JsonIn::script;
  out += '"';
  size_t plain = 0;  // text[plain, i) is copied in one piece when a character needs escaping
  for (size_t i = 0; i < text.size(); ++i) {
    if (!script) i += plain_run(text.data() + i, text.data() + text.size());
    if (i == text.size()) break;
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool markup = c == '<' || c == '>' || c == '&';
    if (c >= 0x20 && c != '"' && c != '\\' && !(script && markup)) continue;
    out.append(text, plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 15];
    }
  }
  out.append(text.substr(plain));
  out += '"';
}

std::string json_string(std::string_view text, JsonIn in) {
  std::string out;
  out.reserve(text.size() + 2);
  append_json_string(out, text, in);
  return out;
}

}  // namespace plansite
