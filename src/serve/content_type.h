#pragma once
#include <string>

namespace plansite {

/// The Content-Type a file of the output is sent with, from its extension:
/// every kind a build writes (pages, styles, scripts, images, fonts, open
/// data, feeds, PDFs); anything else as bytes to download.
std::string content_type_for(const std::string& file_name);

}  // namespace plansite
