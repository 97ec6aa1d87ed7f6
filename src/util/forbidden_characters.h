#pragma once
// Characters no content may carry. Control characters (ESC, BEL, BS, NUL,
// DEL, C1 controls) are invisible in an editor, meaningless in a page and
// dangerous on a terminal, where an ESC sequence can clear or rewrite the
// officer's screen; the bidirectional overrides reorder what a reader sees
// (U+202E makes "exe.txt" look like "txt.exe"); U+E000 and U+E001 are the
// marks the renderer itself puts around fallback text (render/fallback_marks.h),
// so content carrying them could forge markup.
#include <optional>
#include <string>
#include <string_view>

namespace plansite {

/// A forbidden character found in text: its byte offset and code point.
struct ForbiddenCharacter {
  size_t offset = 0;
  char32_t code_point = 0;
};

/// Whether `cp` may not appear in content. Tab, line feed and carriage return
/// (part of a Windows line ending) are allowed; every other C0 control, DEL,
/// the C1 controls U+0080–U+009F, the bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069) and U+E000/U+E001 are not.
bool is_forbidden_character(char32_t cp);

/// The first forbidden character of UTF-8 `text`, if any. Linear; ASCII text
/// without controls is skipped eight bytes at a time.
std::optional<ForbiddenCharacter> find_forbidden_character(std::string_view text);

/// "U+001B (escape)": a forbidden character named for a message.
std::string describe_character(char32_t cp);

/// `text` without its forbidden characters; `removed` counts them.
std::string remove_forbidden_characters(std::string_view text, size_t& removed);

/// `text` safe to print on a terminal: forbidden characters and (unless
/// `keep_tabs`) tabs and line breaks shown as escapes (\x1b, \t, \n, \u202e).
std::string escape_for_terminal(std::string_view text, bool keep_tabs = false);

}  // namespace plansite
