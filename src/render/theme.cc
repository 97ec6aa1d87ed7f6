#include "render/theme.h"

#include <algorithm>
#include <functional>
#include <regex>
#include <set>

#include "render/embedded_theme.h"
#include "render/mustache_template.h"
#include "util/read_inside.h"

namespace plansite {

namespace fs = std::filesystem;

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

// The partials each template includes: `{{> name}}`.
std::vector<std::string> included_partials(const std::string& source) {
  static const std::regex include(R"(\{\{>\s*([A-Za-z0-9_.-]+)\s*\}\})");
  std::vector<std::string> names;
  for (auto it = std::sregex_iterator(source.begin(), source.end(), include); it != std::sregex_iterator(); ++it)
    names.push_back((*it)[1]);
  return names;
}

}  // namespace

namespace {

const std::string kLanguageFolder = "i18n";

// "i18n/vi.yaml" → "vi"; "" for any other name.
std::string language_of(const std::string& name) {
  const std::string prefix = kLanguageFolder + "/", suffix = ".yaml";
  if (name.size() <= prefix.size() + suffix.size() || name.rfind(prefix, 0) != 0 ||
      name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
    return {};
  std::string language = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
  return language.find('/') == std::string::npos ? language : std::string{};
}

// The regular files of `folder`, sorted so that messages come out in a fixed order.
std::vector<fs::path> files_in(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return files;
  for (const auto& entry : fs::directory_iterator(folder, ec))
    if (entry.is_regular_file(ec)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

// The site's own language files: `root`/i18n/<language>.yaml, named relative
// to the site root in messages.
std::map<std::string, UiStrings::File> site_language_files(const fs::path& root, Diagnostics& diagnostics) {
  std::map<std::string, UiStrings::File> files;
  if (root.empty()) return files;
  for (const auto& path : files_in(root / kLanguageFolder)) {
    std::string name = kLanguageFolder + "/" + path.filename().string();
    std::string language = language_of(name);
    if (language.empty()) {
      diagnostics.warning({name, 0, 0}, "not a language file; ignored",
                          "the interface strings of a language go in i18n/<language>.yaml: i18n/vi.yaml, i18n/en.yaml");
      continue;
    }
    InsideRead read = read_inside(root, path);
    if (read.problem == InsideRead::Problem::outside) {
      diagnostics.error({name, 0, 0}, "this file " + outside_message(read.real), outside_hint());
      continue;
    }
    if (read.problem != InsideRead::Problem::none) {
      diagnostics.error({name, 0, 0}, "cannot read this file");
      continue;
    }
    files[language] = {name, std::move(read.text)};
  }
  return files;
}

}  // namespace

Theme Theme::load(const fs::path& site_theme_dir, Diagnostics& diagnostics, const fs::path& site_root) {
  Theme theme;
  auto add = [&theme, &diagnostics](const std::string& name, std::string content, const std::string& origin) {
    if (is_template(name)) {
      theme.templates_[name] = std::move(content);
      theme.origins_[name] = origin;
    } else if (name == kStatusStylesFile) {
      theme.status_file_ = {origin, std::move(content)};
    } else if (std::string language = language_of(name); !language.empty()) {
      theme.language_files_[language] = {origin, std::move(content)};
    } else if (kAssetExtensions.count(fs::path(name).extension().string())) {
      theme.assets_[name] = std::move(content);
    } else {
      diagnostics.warning({origin, 0, 0}, "not a template or an asset; not published",
                          "a theme holds *.mustache templates, .css, .js, .svg, .png, .jpg, .ico, .woff2 files "
                          "and its interface strings in i18n/<language>.yaml, the statuses' looks in statuses.yaml");
    }
  };
  for (const auto& file : embedded_theme_files())
    add(std::string(file.name), std::string(file.content), "(built-in)/" + std::string(file.name));

  std::vector<std::pair<std::string, fs::path>> files;  // name in the theme → path
  if (!site_theme_dir.empty()) {
    for (const auto& path : files_in(site_theme_dir)) files.emplace_back(path.filename().string(), path);
    for (const auto& path : files_in(site_theme_dir / kLanguageFolder))
      files.emplace_back(kLanguageFolder + "/" + path.filename().string(), path);
  }
  // A site theme lives in the site folder; one given on its own (tests) is its own root.
  const fs::path& root = site_root.empty() ? site_theme_dir : site_root;
  for (const auto& [name, path] : files) {
    InsideRead read = read_inside(root, path);
    if (read.problem == InsideRead::Problem::outside) {
      diagnostics.error({path.string(), 0, 0}, "this theme file " + outside_message(read.real), outside_hint());
      continue;
    }
    if (read.problem != InsideRead::Problem::none) {
      diagnostics.error({path.string(), 0, 0}, "cannot read theme file");
      continue;
    }
    add(name, std::move(read.text), path.string());
  }
  theme.ui_strings_ = UiStrings::load(theme.language_files_, site_language_files(site_root, diagnostics),
                                      &UiStrings::built_in(), diagnostics);
  theme.status_styles_ = StatusStyles::load(theme.status_file_.origin, theme.status_file_.text, diagnostics);
  int errors_before = diagnostics.error_count();
  theme.check_partial_cycles(diagnostics);
  if (diagnostics.error_count() == errors_before) theme.compile(diagnostics);
  return theme;
}

struct Theme::Compiled {
  std::map<std::string, MustacheTemplate> templates;
};

class Theme::Shared {
 public:
  View view;
};

// `{{> name}}` is replaced by the partial's text before parsing, so each
// template is one tree, parsed once, with nothing to look up while a page
// renders. Cycles were refused already.
std::string Theme::inline_partials(const std::string& source) const {
  static const std::regex include(R"(\{\{>\s*([A-Za-z0-9_.-]+)\s*\}\})");
  std::string out;
  auto last = source.cbegin();
  for (auto it = std::sregex_iterator(source.begin(), source.end(), include); it != std::sregex_iterator(); ++it) {
    out.append(last, source.cbegin() + it->position());
    auto partial = templates_.find((*it)[1].str() + kTemplateSuffix);
    // An unknown partial renders as nothing, as in every Mustache engine.
    if (partial != templates_.end()) out += inline_partials(partial->second);
    last = source.cbegin() + it->position() + it->length();
  }
  out.append(last, source.cend());
  return out;
}

void Theme::compile(Diagnostics& diagnostics) {
  auto compiled = std::make_shared<Compiled>();
  for (const auto& [name, source] : templates_) {
    // Each template alone first, so an error names the file and line it is on.
    std::optional<MustacheTemplate::Error> error;
    MustacheTemplate::parse(source, error);
    if (!error) compiled->templates.emplace(name, MustacheTemplate::parse(inline_partials(source), error));
    if (error) diagnostics.error({origins_.at(name), error->line, error->column}, "template error: " + error->message);
  }
  compiled_ = std::move(compiled);
}

// A template that includes itself, directly or through others, would recurse
// until the stack overflows: refuse it up front.
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

Theme::Theme() = default;
Theme::~Theme() = default;
Theme::Theme(Theme&&) noexcept = default;
Theme& Theme::operator=(Theme&&) noexcept = default;

std::shared_ptr<const Theme::Shared> Theme::share(View view) const {
  view.freeze();  // read by every page, on every worker: sorted now, never changed again
  return std::make_shared<const Shared>(Shared{std::move(view)});
}

std::optional<std::string> Theme::render(const std::string& name, const View& view, const Shared* shared,
                                         const PageLinks& links) const {
  if (!compiled_) return std::nullopt;
  auto it = compiled_->templates.find(name);
  if (it == compiled_->templates.end() || !it->second.makes_links_relative()) return std::nullopt;
  std::string out;
  out.reserve(64 * 1024);
  if (!it->second.render(view, shared ? &shared->view : nullptr, out, links)) return std::nullopt;
  return out;
}

std::string Theme::render(const std::string& name, const View& view, const Shared* shared,
                          Diagnostics& diagnostics) const {
  const MustacheTemplate* found = nullptr;
  if (compiled_)
    if (auto it = compiled_->templates.find(name); it != compiled_->templates.end()) found = &it->second;
  if (!found) {
    diagnostics.error({name, 0, 0}, "no template named '" + name + "' in the theme");
    return {};
  }
  std::string out;
  out.reserve(64 * 1024);
  found->render(view, shared ? &shared->view : nullptr, out);
  return out;
}

}  // namespace plansite
