#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace plansite {

/// What the path of an HTTP request names inside the served folder, decided
/// from the text alone, before the file system is asked.
struct RequestPath {
  bool ok = false;     ///< false: refuse with 400, `reason` says why
  std::string file;    ///< '/'-separated, relative, never a '.' or '..' segment; "index.html" for a folder URL
  std::string reason;  ///< why the path was refused, for the terminal
};

/// Reads a request target (`/ke-hoach/x/?q=1`) the one way plansite trusts:
/// percent-decoded exactly once, and refused when the result could name
/// anything but a plain path under the root: a '.' or '..' segment, a
/// backslash, an encoded '/' or '%' (double encoding), a control or NUL byte,
/// invalid or overlong UTF-8 (`%c0%ae` is an old way of writing '.'), or an
/// empty segment (`//`). A path ending in '/' names that folder's index.html.
RequestPath parse_request_path(std::string_view target);

/// Where a relative path from parse_request_path leads in `root`, symbolic
/// links resolved; nothing when it does not exist or leads outside `root`
/// (`outside` is then set), so a link inside the output cannot reach out.
std::optional<std::filesystem::path> resolve_inside(const std::filesystem::path& root, const std::string& file,
                                                    bool& outside);

/// True when `text` is UTF-8 in its shortest form: no overlong sequence, no
/// surrogate, nothing above U+10FFFF, no stray continuation byte.
bool is_shortest_utf8(std::string_view text);

}  // namespace plansite
