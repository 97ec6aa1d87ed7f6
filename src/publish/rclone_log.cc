#include "publish/rclone_log.h"

#include <cstdlib>

namespace plansite {

namespace {

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Reads the JSON string starting at json[i] == '"'; sets `end` past its closing quote.
std::optional<std::string> read_string(const std::string& json, size_t i, size_t& end) {
  std::string out;
  for (++i; i < json.size(); ++i) {
    char c = json[i];
    if (c == '"') {
      end = i + 1;
      return out;
    }
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i >= json.size()) return std::nullopt;
    switch (json[i]) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        if (i + 4 >= json.size()) return std::nullopt;
        // Surrogate pairs never occur in rclone's file names here (Go escapes only
        // control characters and <>&); a lone one is kept as U+FFFD.
        unsigned code = static_cast<unsigned>(std::strtoul(json.substr(i + 1, 4).c_str(), nullptr, 16));
        append_utf8(out, code >= 0xD800 && code <= 0xDFFF ? 0xFFFD : code);
        i += 4;
        break;
      }
      default: out += json[i];  // \" \\ \/
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> json_string_field(const std::string& json, const std::string& key) {
  // Walks the top-level object key by key, so a key's name inside another
  // value's text ("msg":"\"object\": …") is never taken for the key.
  size_t i = json.find('{');
  if (i == std::string::npos) return std::nullopt;
  int depth = 0;
  while (i < json.size()) {
    char c = json[i];
    if (c == '{' || c == '[') {
      ++depth;
      ++i;
    } else if (c == '}' || c == ']') {
      --depth;
      ++i;
    } else if (c == '"') {
      size_t end = 0;
      std::optional<std::string> text = read_string(json, i, end);
      if (!text) return std::nullopt;
      size_t next = json.find_first_not_of(" \t", end);
      bool is_key = depth == 1 && next != std::string::npos && json[next] == ':';
      if (is_key && *text == key) {
        size_t value = json.find_first_not_of(" \t", next + 1);
        if (value == std::string::npos || json[value] != '"') return std::nullopt;
        return read_string(json, value, end);
      }
      i = end;
    } else {
      ++i;
    }
  }
  return std::nullopt;
}

std::optional<RcloneEvent> parse_rclone_log_line(const std::string& line) {
  size_t start = line.find_first_not_of(" \t");
  if (start == std::string::npos || line[start] != '{') return std::nullopt;
  std::optional<std::string> message = json_string_field(line, "msg");
  if (!message) return std::nullopt;
  RcloneEvent event;
  event.message = *message;
  event.object = json_string_field(line, "object").value_or("");
  std::string level = json_string_field(line, "level").value_or("");
  auto starts = [&](const char* prefix) { return message->rfind(prefix, 0) == 0; };
  if (level == "error" || level == "critical") event.kind = RcloneEvent::Kind::error;
  else if (event.object.empty()) event.kind = RcloneEvent::Kind::other;
  else if (starts("Copied (")) event.kind = RcloneEvent::Kind::copied;
  else if (starts("Skipped copy as --dry-run")) event.kind = RcloneEvent::Kind::would_copy;
  else if (starts("Moved (")) event.kind = RcloneEvent::Kind::moved;
  else if (starts("Deleted")) event.kind = RcloneEvent::Kind::deleted;
  else if (starts("Skipped delete as --dry-run")) event.kind = RcloneEvent::Kind::would_delete;
  return event;
}

}  // namespace plansite
