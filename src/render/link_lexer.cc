#include "render/link_lexer.h"

#include "render/html_chars.h"

namespace plansite {

bool operator==(const LinkLexer& a, const LinkLexer& b) {
  using State = LinkLexer::State;
  if (a.state_ != b.state_) return false;
  switch (a.state_) {
    case State::text:
    case State::lt:
    case State::bang:
    case State::bang_dash:
    case State::skip_to_gt:
      return true;
    case State::comment:
      return a.dashes_ == b.dashes_;
    case State::tag_name:
    case State::in_tag:
      return a.tag_ == b.tag_;
    case State::attribute_name:
    case State::after_attribute:
    case State::before_value:
    case State::unquoted_value:
      return a.tag_ == b.tag_ && a.attribute_ == b.attribute_;
    case State::quoted_value:
      return a.tag_ == b.tag_ && a.attribute_ == b.attribute_ && a.quote_ == b.quote_;
    case State::raw_text:
    case State::raw_lt:
      return a.raw_ == b.raw_;
    case State::raw_end:
      return a.raw_ == b.raw_ && a.matched_ == b.matched_;
  }
  return false;
}

void LinkLexer::end_tag() {
  raw_ = equals_lower(tag_, "script") ? "script" : equals_lower(tag_, "style") ? "style" : nullptr;
  state_ = raw_ ? State::raw_text : State::text;
}

void LinkLexer::step(char c) {
  switch (state_) {
    case State::text:
      if (c == '<') state_ = State::lt;
      return;
    case State::lt:
      if (c == '!') state_ = State::bang;
      else if (c == '?' || c == '/') state_ = State::skip_to_gt;
      else if (is_html_space(c) || c == '>') state_ = State::text;  // "< ": no tag; the character is text
      else state_ = State::tag_name, tag_.assign(1, c);
      return;
    case State::bang:
      if (c == '-') state_ = State::bang_dash;
      else state_ = c == '>' ? State::text : State::skip_to_gt;
      return;
    case State::bang_dash:
      if (c == '-') state_ = State::comment, dashes_ = 0;
      else state_ = c == '>' ? State::text : State::skip_to_gt;
      return;
    case State::skip_to_gt:
      if (c == '>') state_ = State::text;
      return;
    case State::comment:
      if (c == '-') dashes_ = dashes_ < 2 ? dashes_ + 1 : 2;
      else if (c == '>' && dashes_ == 2) state_ = State::text;
      else dashes_ = 0;
      return;
    case State::tag_name:
      if (is_html_space(c) || c == '/') state_ = State::in_tag;
      else if (c == '>') end_tag();
      else tag_ += c;
      return;
    case State::in_tag:
      if (c == '>') end_tag();
      else if (!is_html_space(c) && c != '/') state_ = State::attribute_name, attribute_.assign(1, c);
      return;
    case State::attribute_name:
      if (is_html_space(c)) state_ = State::after_attribute;
      else if (c == '=') state_ = State::before_value;
      else if (c == '>') end_tag();
      else if (c == '/') state_ = State::in_tag;
      else attribute_ += c;
      return;
    case State::after_attribute:
      if (c == '=') state_ = State::before_value;
      else if (!is_html_space(c)) state_ = State::in_tag, step(c);  // a value-less attribute; this starts the next
      return;
    case State::before_value:
      if (c == '"' || c == '\'') state_ = State::quoted_value, quote_ = c;
      else if (c == '>') end_tag();  // an empty value
      else if (!is_html_space(c)) state_ = State::unquoted_value;
      return;
    case State::quoted_value:
      if (c == quote_) state_ = State::in_tag, quote_ = 0;
      return;
    case State::unquoted_value:
      if (is_html_space(c)) state_ = State::in_tag;
      else if (c == '>') end_tag();
      return;
    case State::raw_text:
      if (c == '<') state_ = State::raw_lt;
      return;
    case State::raw_lt:
      if (c == '/') state_ = State::raw_end, matched_ = 0;
      else if (c != '<') state_ = State::raw_text;
      return;
    case State::raw_end:
      if (ascii_lower(c) == raw_[matched_]) {
        if (raw_[++matched_] == '\0') state_ = State::text, matched_ = 0;
      } else {
        matched_ = 0;
        state_ = c == '<' ? State::raw_lt : State::raw_text;
      }
      return;
  }
}

}  // namespace plansite
