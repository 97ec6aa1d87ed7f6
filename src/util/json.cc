#include "util/json.h"

namespace plansite {

void append_json_string(std::string& out, std::string_view text, JsonIn in) {
  static const char hex[] = "0123456789abcdef";
  const bool script = in == JsonIn::script;
  out += '"';
  size_t plain = 0;  // text[plain, i) is copied in one piece when a character needs escaping
  for (size_t i = 0; i < text.size(); ++i) {
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
