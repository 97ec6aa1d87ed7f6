#pragma once
#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace plansite {

/// The data a template sees: strings, flags, lists and maps, nothing else.
/// Templates only loop and test flags (STYLE.md), so every value here is
/// final: translated, formatted, escaped by the engine at output time.
class View {
 public:
  using List = std::vector<View>;
  using Map = std::map<std::string, View>;

  View() : value_(Map{}) {}
  View(std::string s) : value_(std::move(s)) {}
  View(const char* s) : value_(std::string(s)) {}
  View(bool b) : value_(b) {}
  View(List l) : value_(std::move(l)) {}
  View(Map m) : value_(std::move(m)) {}

  /// Sets a key on a map view and returns it, for chaining.
  View& set(const std::string& key, View value);
  View& operator[](const std::string& key);

  bool is_string() const { return std::holds_alternative<std::string>(value_); }
  bool is_bool() const { return std::holds_alternative<bool>(value_); }
  bool is_list() const { return std::holds_alternative<List>(value_); }
  bool is_map() const { return std::holds_alternative<Map>(value_); }
  const std::string& string() const { return std::get<std::string>(value_); }
  std::string& string() { return std::get<std::string>(value_); }
  bool boolean() const { return std::get<bool>(value_); }
  const List& list() const { return std::get<List>(value_); }
  List& list() { return std::get<List>(value_); }
  const Map& map() const { return std::get<Map>(value_); }
  Map& map() { return std::get<Map>(value_); }

 private:
  std::variant<std::string, bool, List, Map> value_;
};

}  // namespace plansite
