#pragma once
// The HTML reading of relative_links (relative_links.cc), one character at a
// time and resumable: where in the markup a template's text leaves off, so
// the template can be checked once, when it is parsed, for where its
// variables land (mustache_links.cc). Both read markup exactly alike; the
// tests compare them on random markup.
#include <cstddef>
#include <string>
#include <string_view>

namespace plansite {

class LinkLexer {
 public:
  enum class State {
    text,             ///< element content
    lt,               ///< just after '<'
    bang,             ///< "<!"
    bang_dash,        ///< "<!-"
    skip_to_gt,       ///< an end tag, "<!DOCTYPE …>", "<?…>": up to the next '>'
    comment,          ///< "<!--" up to "-->"
    tag_name,         ///< the name of a start tag
    in_tag,           ///< between a start tag's attributes
    attribute_name,
    after_attribute,  ///< spaces after an attribute's name
    before_value,     ///< after '=' and any spaces
    quoted_value,
    unquoted_value,
    raw_text,         ///< the content of <script> or <style>, up to its end tag
    raw_lt,           ///< '<' in raw text
    raw_end,          ///< "</" in raw text, matching the element's name
  };

  void feed(std::string_view text) {
    for (char c : text) step(c);
  }
  void step(char c);

  State state() const { return state_; }
  /// The start tag being read and the attribute whose value is being read, as written.
  const std::string& tag() const { return tag_; }
  const std::string& attribute() const { return attribute_; }
  char quote() const { return quote_; }
  /// In element content, with nothing begun: what follows may be any markup.
  bool in_text() const { return state_ == State::text; }

  /// The same place in the markup: the same state, and whatever of the tag,
  /// attribute, quote and partial matches that state still reads.
  friend bool operator==(const LinkLexer& a, const LinkLexer& b);

 private:
  void end_tag();

  State state_ = State::text;
  std::string tag_;
  std::string attribute_;
  char quote_ = 0;
  int dashes_ = 0;              ///< '-' just read in a comment, up to 2
  const char* raw_ = nullptr;   ///< "script" or "style" in raw text
  size_t matched_ = 0;          ///< letters of raw_ matched after "</"
};

}  // namespace plansite
