// Differential check: plansite's MustacheTemplate (src/render/mustache_template.cc)
// against kainjow's mustache 4.1, the engine plansite used before, on random
// templates and views: the same output byte for byte, and the same templates
// refused. The view is converted for kainjow as plansite's theme.cc did.
//
//   apt-get install libkainjow-mustache-dev    # only for this check
//   g++ -O1 -std=c++20 -Isrc bench/mustache_differential.cc src/render/mustache_template.cc \
//       src/render/escape.cc src/render/view.cc -o /tmp/mustache_differential
//   /tmp/mustache_differential 200000          # cases; exits 1 on the first differences
#include <kainjow/mustache.hpp>
#include <random>
#include <iostream>
#include "render/mustache_template.h"
#include "render/escape.h"
using namespace plansite;
namespace mustache = kainjow::mustache;
mustache::data shell(const View& view) {
  if (view.is_string()) return mustache::data(view.string().empty() ? mustache::data::type::bool_false : mustache::data::type::string);
  if (view.is_bool()) return mustache::data(view.boolean() ? mustache::data::type::bool_true : mustache::data::type::bool_false);
  return mustache::data(view.is_list() ? mustache::data::type::list : mustache::data::type::object);
}
void fill(mustache::data& out, const View& view) {
  if (out.is_string()) const_cast<std::string&>(out.string_value()) = view.string();
  else if (view.is_list()) for (auto& item : view.list()) { out.push_back(shell(item)); fill(const_cast<mustache::data&>(out.list_value().back()), item); }
  else if (view.is_map()) for (auto& [k, v] : view.map()) { out.set(k, shell(v)); fill(const_cast<mustache::data&>(*out.get(k)), v); }
}
class Ctx : public mustache::basic_context<std::string> {
 public:
  explicit Ctx(const mustache::data* s) { items_.push_back(s); }
  void push(const mustache::data* d) override { items_.push_back(d); }
  void pop() override { items_.pop_back(); }
  const mustache::data* get(const std::string& name) const override {
    if (name == ".") return items_.back();
    for (auto it = items_.rbegin(); it != items_.rend(); ++it) if (auto f = lookup(**it, name)) return f;
    return nullptr;
  }
  const mustache::data* get_partial(const std::string&) const override { return nullptr; }
  static const mustache::data* lookup(const mustache::data& data, const std::string& name) {
    if (name.find('.') == std::string::npos) return data.get(name);
    const mustache::data* at = &data; std::string part;
    for (size_t start = 0; at && start <= name.size();) { size_t dot = std::min(name.find('.', start), name.size()); part.assign(name, start, dot - start); at = at->get(part); start = dot + 1; }
    return at;
  }
  std::vector<const mustache::data*> items_;
};
struct Sink { std::string& out; Sink& operator<<(const std::string& t) { out += t; return *this; } };
std::mt19937 rng(1);
int r(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
const char* names[] = {"a", "b", "c", "a.b", "b.c", ".", "x"};
View random_view(int depth) {
  int k = depth > 2 ? r(3) : r(5);
  switch (k) {
    case 0: { const char* s[] = {"", "v", "<&>", " ", "x\ny"}; return View(std::string(s[r(5)])); }
    case 1: return View(r(2) == 0);
    case 2: return View(std::string("s") + std::to_string(r(9)));
    case 3: { View::List l; int n = r(3); for (int i = 0; i < n; ++i) l.push_back(random_view(depth + 1)); return View(l); }
    default: { View m; int n = r(4); for (int i = 0; i < n; ++i) m.set(std::string(1, "abcx"[r(4)]), random_view(depth + 1)); return m; }
  }
}
std::string random_template(int depth, std::vector<std::string>& open) {
  std::string t; int n = 1 + r(8);
  for (int i = 0; i < n; ++i) {
    switch (r(12)) {
      case 0: t += "\n"; break;
      case 1: t += "  "; break;
      case 2: t += "txt"; break;
      case 3: t += std::string("{{") + names[r(7)] + "}}"; break;
      case 4: t += std::string("{{{") + names[r(7)] + "}}}"; break;
      case 5: t += std::string("{{& ") + names[r(7)] + "}}"; break;
      case 6: case 7: if (depth < 4) { std::string nm = names[r(7)]; t += std::string("{{") + (r(2) ? "#" : "^") + nm + "}}" + (r(2) ? "\n" : "") + random_template(depth + 1, open) + (r(2) ? "  " : "") + "{{/" + nm + "}}"; } break;
      case 8: t += "{{! c }}"; break;
      case 9: t += "\r\n"; break;
      case 10: t += "\t"; break;
      default: t += "\n  "; break;
    }
  }
  return t;
}
int main(int argc, char** argv) {
  long cases = argc > 1 ? atol(argv[1]) : 100000, bad = 0;
  for (long i = 0; i < cases; ++i) {
    std::vector<std::string> open;
    std::string src = random_template(0, open);
    View view = random_view(0); if (!view.is_map()) view = View().set("a", view);
    View outer = View().set("x", "outer").set("a", View().set("b", "ab-outer"));
    std::optional<MustacheTemplate::Error> err;
    auto mine = MustacheTemplate::parse(src, err);
    mustache::mustache theirs(src);
    if (!!err != !theirs.is_valid()) { std::cout << "validity differs: " << src << "\n"; if (++bad > 5) return 1; continue; }
    if (err) continue;
    theirs.set_custom_escape(escape_markup);
    std::string a; mine.render(view, &outer, a);
    mustache::data d = shell(view); fill(d, view); mustache::data od = shell(outer); fill(od, outer);
    Ctx ctx(&od); ctx.push(&d); std::string b; Sink s{b}; theirs.render(ctx, s);
    if (a != b) { std::cout << "DIFF\n--- template\n" << src << "\n--- mine\n" << a << "\n--- kainjow\n" << b << "\n"; if (++bad > 5) return 1; }
  }
  std::cout << cases << " cases, " << bad << " differences\n";
  return bad != 0;
}
