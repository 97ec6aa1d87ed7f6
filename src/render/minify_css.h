#pragma once
#include <string>

namespace plansite {

/// The stylesheet without its comments and with its white space cut to what
/// CSS needs, so every page downloads fewer bytes (the theme keeps its
/// commented source). Quoted strings are kept exactly; a space stays where it
/// separates two words or values ("margin: 0 auto", "a :hover" vs "a:hover").
std::string minify_css(const std::string& css);

}  // namespace plansite
