#pragma once
#include <compare>
#include <ostream>
#include <string>

namespace plansite {

/// The name of a source file as positions carry it. Every value, list and
/// text of the model remembers where it came from, so a file name is stored
/// once (interned) and each position holds a pointer to it: copying one costs
/// nothing, where a string would be a heap allocation per loaded value.
class FileName {
 public:
  FileName();
  FileName(const std::string& name);  // NOLINT: implicit, so `{"site.yaml", 1, 1}` reads naturally
  FileName(const char* name);         // NOLINT

  const std::string& str() const { return *name_; }
  operator const std::string&() const { return *name_; }  // NOLINT
  bool empty() const { return name_->empty(); }

  friend bool operator==(const FileName& a, const FileName& b) { return a.name_ == b.name_; }
  friend std::strong_ordering operator<=>(const FileName& a, const FileName& b) { return a.str() <=> b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const FileName& f) { return out << f.str(); }

 private:
  const std::string* name_;  ///< interned: one address per distinct name
};

/// Where something came from: a file (relative to the site root) and a
/// 1-based line and column. Column counts Unicode code points, as an editor does.
struct Position {
  FileName file;
  int line = 0;
  int column = 0;
};

}  // namespace plansite
