#include <algorithm>
#include <string_view>

#include "load/field_reader.h"
#include "load/load.h"
#include "load/load_parts.h"
#include "load/load_publish.h"
#include "load/source_file.h"
#include "util/parallel.h"
#include "util/read_inside.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

// base_url is either the site's address, `http(s)://host/path/`, which makes
// the sitemap, robots.txt and canonical links absolute, or a bare path `/…/`.
// Anything else would give links that point at another site or nowhere:
// `//host/` takes the reader's scheme, `ftp:` and friends are not web pages.
void check_base_url(const std::string& url, const Position& at, Diagnostics& diagnostics) {
  const std::string example = "write 'https://ten-xa.gov.vn/' (the commune's address) or '/'";
  for (unsigned char c : url)
    if (c <= ' ' || c >= 0x7f || std::string_view("\"<>\\?#").find(static_cast<char>(c)) != std::string_view::npos) {
      diagnostics.error(at, c >= 0x7f ? std::string("base_url may contain only ASCII characters")
                                      : "base_url may not contain '" + std::string(1, static_cast<char>(c)) + "'",
                        "spaces, quotes, ?, # and letters outside ASCII must be percent-encoded (%20 for a space)");
      return;
    }
  if (url.rfind("//", 0) == 0) {
    diagnostics.error(at, "base_url '" + url + "' has no scheme", "write 'https:" + url + "' or '/'");
    return;
  }
  if (url.front() != '/') {
    size_t colon = url.find(':');
    bool has_scheme = colon != std::string::npos && url.find('/') > colon;
    std::string scheme = has_scheme ? url.substr(0, colon) : "";
    if (scheme != "http" && scheme != "https") {
      diagnostics.error(at, has_scheme ? "base_url must be an http:// or https:// address, not " + scheme + ":"
                                       : "base_url must be an address or a path starting with '/'",
                        has_scheme ? example : "write 'https://" + url + "' if that is the site's address");
      return;
    }
    size_t host = colon + 3;
    if (url.compare(colon, 3, "://") != 0 || host >= url.size() || url[host] == '/') {
      diagnostics.error(at, "base_url '" + url + "' has no host", example);
      return;
    }
  }
  if (url.back() != '/') diagnostics.error(at, "base_url must end with '/'", "write '" + url + "/'");
}

// A phone number as people write it: digits with spaces, dots, dashes,
// parentheses and a leading +; at least the digits of a local number.
bool is_phone_number(const std::string& text) {
  size_t digits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') ++digits;
    else if (!(c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || (c == '+' && i == 0))) return false;
  }
  return digits >= 6 && digits <= 15;
}

std::optional<Contact> read_contact(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "contact", diagnostics);
  if (!r.ok()) return std::nullopt;
  Contact contact;
  contact.office = r.text("office", true);
  contact.address = r.text("address", false);
  contact.phone = r.string("phone", false);
  if (!contact.phone.empty() && !is_phone_number(contact.phone))
    diagnostics.error(r.node("phone", false)->position, "'" + contact.phone + "' is not a phone number",
                      "write the number as dialled, with spaces if you like: '0208 3856 123' or '+84 208 3856 123'");
  contact.email = r.string("email", false);
  if (!contact.email.empty() && (contact.email.find('@') == std::string::npos ||
                                 contact.email.find_first_of(" <>\"\'") != std::string::npos))
    diagnostics.error(r.node("email", false)->position, "'" + contact.email + "' is not an e-mail address",
                      "write it as name@domain, e.g. 'ubnd@phuthinh.gov.vn'");
  contact.hours = r.text("hours", false);
  r.finish();
  return contact;
}

void read_site_config(const YamlNode& root, Site& site, Diagnostics& diagnostics) {
  FieldReader r(root, "site.yaml", diagnostics);
  site.title = r.text("title", true);
  site.commune = r.text("commune", true);
  site.province = r.text("province", false);
  site.description = r.text("description", false);
  site.base_url = r.string("base_url", true);
  if (!site.base_url.empty()) check_base_url(site.base_url, r.node("base_url", false)->position, diagnostics);
  std::string theme = r.string("theme", false);
  if (!theme.empty()) {
    // A name, not a path: `theme: ../content` must not publish the content folder.
    if (is_valid_id(theme)) site.theme = theme;
    else diagnostics.error(r.node("theme", false)->position, "invalid theme name '" + theme + "'",
                           "name a folder under themes/: lowercase letters, digits and dashes");
  }
  if (const YamlNode* raw_html = r.node("raw_html", false)) {
    // Off unless the site asks: kept HTML is one more thing to review in each text.
    if (raw_html->is_scalar() && raw_html->scalar == "allow") site.raw_html = RawHtml::allow;
    else if (!raw_html->is_scalar() || raw_html->scalar != "drop")
      diagnostics.error(raw_html->position,
                        "raw_html must be 'drop' or 'allow', not " +
                            (raw_html->is_scalar() ? "'" + raw_html->scalar.substr(0, 40) + "'" : describe_kind(*raw_html)),
                        "'drop' (the default) leaves raw HTML in the texts out of the pages; 'allow' keeps the "
                        "elements listed in docs/format-reference.md, 'Raw HTML'");
  }
  if (const YamlNode* contact = r.node("contact", false)) site.contact = read_contact(*contact, diagnostics);
  if (const YamlNode* publish = r.node("publish", false)) site.publish = read_publish_targets(*publish, diagnostics);
  if (const YamlNode* languages = r.node("languages", true)) {
    for (const auto& item : languages->items) {
      if (!item.is_scalar() || (item.scalar != "vi" && item.scalar != "en")) {
        diagnostics.error(item.position, "unsupported language " + (item.is_scalar() ? "'" + item.scalar + "'" : describe_kind(item)),
                          "plansite knows vi and en");
        continue;
      }
      if (std::find(site.languages.begin(), site.languages.end(), item.scalar) != site.languages.end()) {
        diagnostics.error(item.position, "language '" + item.scalar + "' is listed twice");
        continue;
      }
      site.languages.push_back(item.scalar);
    }
    if (!languages->is_sequence() || site.languages.empty() || site.languages.front() != "vi")
      diagnostics.error(languages->position, "languages must be a list that starts with vi",
                        "write `languages: [vi, en]`");
  }
  r.finish();
}

std::vector<std::string> plan_folders(const fs::path& root, Diagnostics& diagnostics) {
  std::vector<std::string> ids;
  fs::path plans = root / "content" / "plans";
  std::error_code ec;
  if (!fs::is_directory(plans, ec)) return ids;
  for (const auto& entry : fs::directory_iterator(plans, ec)) {
    std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;  // .git, editors' folders
    std::error_code entry_ec;
    if (!entry.is_directory(entry_ec)) continue;
    // A plan folder that is a link out of the site would publish whatever it points at.
    if (!is_inside(root, entry.path())) {
      diagnostics.error({"content/plans/" + name, 0, 0}, "this plan folder " + outside_message(fs::canonical(entry.path(), entry_ec), true),
                        outside_hint());
      continue;
    }
    if (!fs::exists(entry.path() / "plan.yaml", entry_ec)) {
      diagnostics.error({"content/plans/" + name, 0, 0}, "this plan folder has no plan.yaml",
                        "each folder under content/plans/ is one plan; add its plan.yaml or move the folder out");
      continue;
    }
    if (is_reserved_plan_id(name)) {
      diagnostics.error({"content/plans/" + name, 0, 0},
                        "a plan folder may not be called '" + name + "': the site's task list uses that word in its addresses",
                        "rename the folder, e.g. 'ke-hoach-" + name + "'");
      continue;
    }
    ids.push_back(name);
  }
  if (ec) diagnostics.error({"content/plans", 0, 0}, "cannot list the plans: " + ec.message());
  std::sort(ids.begin(), ids.end());  // directory order differs between machines
  return ids;
}

}  // namespace

// Plan ids name folders under the task, indicator and program lists
// (/nhiem-vu/<plan>/<task>/), beside the lists' own pages: a plan may not take
// their names (/nhiem-vu/trang-thai/done/, /en/tasks/page/2/).
bool is_reserved_plan_id(const std::string& id) {
  for (const char* word : {"trang", "page", "trang-thai", "status", "nam", "year"})
    if (id == word) return true;
  return false;
}

std::optional<Site> load_site(const fs::path& root, Diagnostics& diagnostics, int workers) {
  auto config = load_yaml_file(root, "site.yaml", true, diagnostics);
  if (!config) return std::nullopt;
  Site site;
  read_site_config(*config, site, diagnostics);
  if (auto agencies = load_yaml_file(root, "content/agencies.yaml", true, diagnostics))
    site.agencies = read_agencies(*agencies, diagnostics);
  // Each plan is read on whichever thread is free, into its own slot, and
  // merged in folder order: the same site and messages as one thread gives.
  std::vector<std::string> ids = plan_folders(root, diagnostics);
  std::vector<std::optional<Plan>> plans(ids.size());
  std::vector<Diagnostics> found(ids.size());
  parallel_for(ids.size(), workers, [&](int, size_t i) { plans[i] = load_plan(root, ids[i], found[i], site.raw_html); });
  site.plans.reserve(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    diagnostics.merge(std::move(found[i]));
    if (plans[i]) site.plans.push_back(std::move(*plans[i]));
  }
  return site;
}

}  // namespace plansite
