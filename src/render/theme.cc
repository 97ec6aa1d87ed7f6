// The only file that talks to kainjow mustache.
#include "render/theme.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "render/embedded_theme.h"

namespace plansite {

namespace fs = std::filesystem;
namespace mustache = kainjow::mustache;

namespace {

bool is_template(const std::string& name) {
  return name.size() > 9 && name.compare(name.size() - 9, 9, ".mustache") == 0;
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

}  // namespace

Theme Theme::load(const fs::path& site_theme_dir, Diagnostics& diagnostics) {
  Theme theme;
  auto add = [&theme](const std::string& name, std::string content, const std::string& origin) {
    if (is_template(name)) {
      theme.templates_[name] = std::move(content);
      theme.origins_[name] = origin;
    } else {
      theme.assets_[name] = std::move(content);
    }
  };
  for (const auto& file : embedded_theme_files())
    add(std::string(file.name), std::string(file.content), "(built-in)/" + std::string(file.name));

  std::error_code ec;
  if (fs::is_directory(site_theme_dir, ec)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(site_theme_dir, ec))
      if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      std::ifstream in(path, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      if (!in) {
        diagnostics.error({path.string(), 0, 0}, "cannot read theme file");
        continue;
      }
      add(path.filename().string(), text.str(), path.string());
    }
  }
  for (const auto& [name, source] : theme.templates_) {
    mustache::mustache parsed(source);
    if (!parsed.is_valid())
      diagnostics.error({theme.origins_[name], 0, 0}, "template error: " + parsed.error_message());
  }
  return theme;
}

std::string Theme::render(const std::string& name, const View& view, Diagnostics& diagnostics) const {
  auto it = templates_.find(name);
  if (it == templates_.end()) {
    diagnostics.error({name, 0, 0}, "no template named '" + name + "' in the theme");
    return {};
  }
  mustache::data data = to_data(view);
  for (const auto& [partial_name, source] : templates_) {
    std::string key = partial_name.substr(0, partial_name.size() - 9);
    std::string text = source;
    data.set(key, mustache::partial([text]() { return text; }));
  }
  mustache::mustache tmpl(it->second);
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid())
    diagnostics.error({origins_.at(name), 0, 0}, "template error: " + tmpl.error_message());
  return out;
}

}  // namespace plansite
