// The only file that talks to kainjow mustache.
#include "render/theme.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <functional>
#include <regex>
#include <set>

#include "render/embedded_theme.h"
#include "util/read_file.h"

namespace plansite {

namespace fs = std::filesystem;
namespace mustache = kainjow::mustache;

namespace {

const std::string kTemplateSuffix = ".mustache";

// Files a theme may publish under assets/; anything else in the folder (notes,
// backups, YAML) stays private.
const std::set<std::string> kAssetExtensions = {".css", ".js", ".svg", ".png", ".jpg", ".ico", ".woff2"};

bool is_template(const std::string& name) {
  return name.size() > kTemplateSuffix.size() &&
         name.compare(name.size() - kTemplateSuffix.size(), kTemplateSuffix.size(), kTemplateSuffix) == 0;
}

std::string partial_name(const std::string& template_name) {
  return template_name.substr(0, template_name.size() - kTemplateSuffix.size());
}

mustache::data to_data(const View& view) {
  // kainjow treats "" as true in sections; templates expect `{{#note}}` to skip
  // an empty note, as in other Mustache engines. False renders as "" too.
  if (view.is_string())
    return view.string().empty() ? mustache::data(mustache::data::type::bool_false) : mustache::data(view.string());
  if (view.is_bool()) return mustache::data(view.boolean() ? mustache::data::type::bool_true
                                                            : mustache::data::type::bool_false);
  if (view.is_list()) {
    mustache::data list(mustache::data::type::list);
    for (const auto& item : view.list()) list.push_back(to_data(item));
    return list;
  }
  mustache::data object(mustache::data::type::object);
  for (const auto& [key, value] : view.map()) object.set(key, to_data(value));
  return object;
}

// Looks partials up among the theme's templates only, so a template named
// like a view key (content.mustache, header.mustache) cannot shadow the data.
class ThemeContext : public mustache::context<std::string> {
 public:
  ThemeContext(const mustache::data* view, const mustache::data& partials)
      : mustache::context<std::string>(view), partials_(partials) {}
  const mustache::data* get_partial(const std::string& name) const override { return partials_.get(name); }

 private:
  const mustache::data& partials_;
};

// The partials each template includes: `{{> name}}`.
std::vector<std::string> included_partials(const std::string& source) {
  static const std::regex include(R"(\{\{>\s*([A-Za-z0-9_.-]+)\s*\}\})");
  std::vector<std::string> names;
  for (auto it = std::sregex_iterator(source.begin(), source.end(), include); it != std::sregex_iterator(); ++it)
    names.push_back((*it)[1]);
  return names;
}

}  // namespace

Theme Theme::load(const fs::path& site_theme_dir, Diagnostics& diagnostics) {
  Theme theme;
  auto add = [&theme, &diagnostics](const std::string& name, std::string content, const std::string& origin) {
    if (is_template(name)) {
      theme.templates_[name] = std::move(content);
      theme.origins_[name] = origin;
    } else if (kAssetExtensions.count(fs::path(name).extension().string())) {
      theme.assets_[name] = std::move(content);
    } else {
      diagnostics.warning({origin, 0, 0}, "not a template or an asset; not published",
                          "a theme holds *.mustache templates and .css, .js, .svg, .png, .jpg, .ico, .woff2 files");
    }
  };
  for (const auto& file : embedded_theme_files())
    add(std::string(file.name), std::string(file.content), "(built-in)/" + std::string(file.name));

  std::error_code ec;
  if (fs::is_directory(site_theme_dir, ec)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(site_theme_dir, ec))
      if (entry.is_regular_file(ec)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      auto text = read_file(path);
      if (!text) {
        diagnostics.error({path.string(), 0, 0}, "cannot read theme file");
        continue;
      }
      add(path.filename().string(), *text, path.string());
    }
  }
  for (const auto& [name, source] : theme.templates_) {
    mustache::mustache parsed(source);
    if (!parsed.is_valid())
      diagnostics.error({theme.origins_[name], 0, 0}, "template error: " + parsed.error_message());
  }
  theme.check_partial_cycles(diagnostics);
  return theme;
}

// A template that includes itself, directly or through others, would recurse
// until the stack overflows inside the engine: refuse it up front.
void Theme::check_partial_cycles(Diagnostics& diagnostics) const {
  std::map<std::string, std::vector<std::string>> edges;
  for (const auto& [name, source] : templates_) edges[partial_name(name)] = included_partials(source);
  std::map<std::string, int> state;  // 0 unvisited, 1 on the current path, 2 done
  std::function<bool(const std::string&, std::vector<std::string>&)> visit =
      [&](const std::string& node, std::vector<std::string>& path) {
        if (state[node] == 2) return false;
        if (state[node] == 1) {
          path.push_back(node);
          return true;
        }
        state[node] = 1;
        path.push_back(node);
        for (const auto& next : edges[node])
          if (edges.count(next) && visit(next, path)) return true;
        path.pop_back();
        state[node] = 2;
        return false;
      };
  for (const auto& [node, unused] : edges) {
    std::vector<std::string> path;
    if (!visit(node, path)) continue;
    std::string cycle;
    for (const auto& step : path) cycle += (cycle.empty() ? "" : " > ") + step;
    diagnostics.error({origins_.at(path.front() + kTemplateSuffix), 0, 0},
                      "templates include each other in a loop: " + cycle,
                      "a partial ({{> name}}) must not include itself, directly or through others");
    return;
  }
}

std::string Theme::render(const std::string& name, const View& view, Diagnostics& diagnostics) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) {
    diagnostics.error({name, 0, 0}, "no template named '" + name + "' in the theme");
    return {};
  }
  mustache::data partials(mustache::data::type::object);
  for (const auto& [template_name, source] : templates_) {
    const std::string& text = source;
    partials.set(partial_name(template_name), mustache::partial([&text]() { return text; }));
  }
  mustache::data data = to_data(view);
  ThemeContext context(&data, partials);
  mustache::mustache tmpl(it->second);
  std::string out = tmpl.render(context);
  if (!tmpl.is_valid())
    diagnostics.error({origins_.at(name), 0, 0}, "template error: " + tmpl.error_message());
  return out;
}

}  // namespace plansite
