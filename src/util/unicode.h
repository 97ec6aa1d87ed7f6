#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace plansite {

/// Where the first byte that cannot be text sits (1-based line and column), and why.
struct Utf8Error {
  int line = 0;
  int column = 0;
  std::string message;
  std::string hint;
};

/// Checks that `text` is valid UTF-8 without NUL bytes; returns where it is not.
std::optional<Utf8Error> find_invalid_utf8(std::string_view text);

/// `text` in Unicode Normalization Form C. Officers paste from Word and from
/// old TCVN3/VNI conversions, which leave decomposed diacritics behind.
std::string to_nfc(const std::string& text);

/// Unicode's stream-safe limit (UAX #15): no real text, Vietnamese included
/// (at most two marks on a letter), puts more combining marks on one
/// character, and NFC's reordering of a longer run takes time that grows
/// with the square of its length.
inline constexpr size_t kMaxCombiningMarks = 30;

/// The byte offset of the first combining mark past kMaxCombiningMarks in a
/// row (marks with a nonzero canonical combining class), if there is one.
std::optional<size_t> find_long_combining_run(std::string_view text);

/// True when `text` is certainly in NFC already: every character is one that
/// NFC leaves alone (ASCII, Latin letters, Vietnamese precomposed letters,
/// common punctuation). False means "maybe not": call to_nfc.
bool surely_nfc(std::string_view text);

/// The number of code points in `text`.
int code_point_count(const std::string& text);

/// Lowercase ASCII with diacritics removed ("Đề án" → "de an"), for slugs and search.
std::string fold_to_ascii(const std::string& text);

/// A key that sorts names in Vietnamese alphabetical order with plain `<`:
/// letters first (a ă â b c d đ e ê … o ô ơ … u ư …, case ignored), then tones
/// (none, huyền, hỏi, ngã, sắc, nặng), then the text itself. So "Dương" comes
/// before "Đỗ", which code point order puts the other way round.
std::string vietnamese_sort_key(const std::string& text);

/// A URL/anchor slug: folded, runs of other characters become one '-'.
std::string slugify(const std::string& text);

/// `text` cut to at most `max_chars` characters at a space, with "…" after
/// the cut; text that fits comes back whole.
std::string shortened(const std::string& text, size_t max_chars);

}  // namespace plansite
