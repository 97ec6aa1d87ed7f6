#pragma once
#include <optional>
#include <string>

namespace plansite {

/// Where the first invalid UTF-8 byte sits: 1-based line and column.
struct Utf8Error {
  int line = 0;
  int column = 0;
};

/// Checks that `text` is valid UTF-8; returns where it is not.
std::optional<Utf8Error> find_invalid_utf8(const std::string& text);

/// `text` in Unicode Normalization Form C. Officers paste from Word and from
/// old TCVN3/VNI conversions, which leave decomposed diacritics behind.
std::string to_nfc(const std::string& text);

/// The number of code points in `text`.
int code_point_count(const std::string& text);

/// Lowercase ASCII with diacritics removed ("Đề án" → "de an"), for slugs and search.
std::string fold_to_ascii(const std::string& text);

/// A URL/anchor slug: folded, runs of other characters become one '-'.
std::string slugify(const std::string& text);

}  // namespace plansite
