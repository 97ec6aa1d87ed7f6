#pragma once
#include <string>

namespace plansite {

/// Wraps each document number and symbol in the text of `html` ("57-NQ/TW",
/// "36/KH-UBND", "/KH-UBND-HLHPN") in `<span class="doc-no">`, which the theme
/// keeps on one line: browsers may otherwise break after the dash or the
/// slash ("57-" | "NQ/TW"), which no document does. Tags and attribute values
/// are left alone; `html` must be escaped text and markup, as renderers emit.
std::string keep_document_numbers_whole(const std::string& html);

}  // namespace plansite
