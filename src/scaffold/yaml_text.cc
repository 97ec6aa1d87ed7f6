#include "scaffold/yaml_text.h"

#include <chrono>
#include <cstdio>

namespace plansite {

std::string yaml_quote(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string comment_text(const std::string& text) {
  std::string out;
  for (char c : text) out += (c == '\n' || c == '\r') ? ' ' : c;
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string comment_names(const Text& text, const std::string& indent) {
  std::string lines = indent + "# " + comment_text(text.in("vi")) + "\n";
  if (text.has("en") && text.in("en") != text.in("vi")) lines += indent + "# " + comment_text(text.in("en")) + "\n";
  return lines;
}

std::string iso_date(const PartialDate& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

PartialDate today() {
  using namespace std::chrono;
  year_month_day ymd{floor<days>(system_clock::now())};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace plansite
