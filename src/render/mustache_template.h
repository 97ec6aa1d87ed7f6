#pragma once
// Mustache templates rendered straight from a View.
//
// plansite's themes are Mustache, so an officer can change a page without
// C++. The templates are rendered here rather than by a general engine
// because the engine's data model cost more than the rendering itself: every
// page's view had to be copied into the engine's own tree, and every tag went
// through a std::function (bench/README.md, "A renderer that reads the view").
// The output is that of kainjow's mustache 4.1, which plansite used before,
// byte for byte, including its rule for lines that only hold section tags.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/view.h"

namespace plansite {

struct PageLinks;

/// A parsed template. Rendering does not change it, so threads share one.
class MustacheTemplate {
 public:
  /// Where a template could not be parsed: a 1-based line and column
  /// (in bytes) of the tag at fault, and what is wrong.
  struct Error {
    int line = 0;
    int column = 0;
    std::string message;
  };

  /// Parses `source`; on a mistake `error` is set and the template renders nothing.
  /// `join_text` false keeps every newline a step of its own, as written:
  /// only for tests, to check that joining them changes no output.
  static MustacheTemplate parse(std::string_view source, std::optional<Error>& error, bool join_text = true);

  MustacheTemplate();
  ~MustacheTemplate();
  MustacheTemplate(MustacheTemplate&&) noexcept;
  MustacheTemplate& operator=(MustacheTemplate&&) noexcept;

  /// Appends the template rendered with `view` to `out`. Names the view lacks
  /// are looked up in `outer` (may be null): the data every page shares.
  void render(const View& view, const View* outer, std::string& out) const;

  /// Whether the template can make a page's links relative as it renders
  /// (mustache_links.h).
  bool makes_links_relative() const { return makes_links_relative_; }
  /// The same as render, with the page's links made relative as they are
  /// written. False when a value turned out not to fit (markup in a value,
  /// say): the output is then not to be used.
  bool render(const View& view, const View* outer, std::string& out, const PageLinks& links) const;

  struct Node;

 private:
  std::vector<Node> nodes_;
  bool makes_links_relative_ = false;
};

}  // namespace plansite
