#include "render/urls.h"

namespace plansite {

Urls::Urls(const std::string& base_url) {
  std::string path = base_url;
  size_t scheme = path.find("://");
  if (scheme != std::string::npos) {
    size_t slash = path.find('/', scheme + 3);
    origin_ = path.substr(0, slash);
    path = slash == std::string::npos ? "/" : path.substr(slash);
  }
  if (path.empty() || path.front() != '/') path = "/" + path;
  if (path.back() != '/') path += '/';
  base_path_ = path;
}

std::string Urls::home(const std::string& language) const { return under_home(language, {}); }

std::string Urls::under_home(const std::string& language, std::initializer_list<std::string_view> parts) const {
  const bool vi = language == "vi";
  size_t size = base_path_.size() + (vi ? 0 : language.size() + 1);
  for (std::string_view part : parts) size += part.size();
  std::string url;
  url.reserve(size);
  url += base_path_;
  if (!vi) {
    url += language;
    url += '/';
  }
  for (std::string_view part : parts) url += part;
  return url;
}

namespace {

// Page 2 and after of a list at `first`: "<first>trang/2/", "<first>page/2/".
std::string paged(const std::string& first, const std::string& language, int page) {
  if (page <= 1) return first;
  return first + (language == "vi" ? "trang/" : "page/") + std::to_string(page) + "/";
}

// A folder of the site, named in Vietnamese and in every other language.
struct Section {
  std::string_view vi, other;
  std::string_view in(const std::string& language) const { return language == "vi" ? vi : other; }
};
constexpr Section kPlans{"ke-hoach/", "plans/"}, kTasks{"nhiem-vu/", "tasks/"}, kIndicators{"chi-tieu/", "indicators/"},
    kPrograms{"mo-hinh/", "programs/"}, kAgencies{"co-quan/", "agencies/"}, kByStatus{"trang-thai/", "status/"},
    kByYear{"nam/", "year/"}, kReports{"bao-cao/", "reports/"}, kSearch{"tim-kiem/", "search/"},
    kData{"du-lieu/", "data/"}, kEmbed{"nhung/", "embed/"};

}  // namespace

std::string Urls::plan(const std::string& language, const std::string& plan_id) const {
  return under_home(language, {kPlans.in(language), plan_id, "/"});
}

std::string Urls::plans(const std::string& language, int page) const {
  return paged(under_home(language, {kPlans.in(language)}), language, page);
}

std::string Urls::tasks(const std::string& language, int page) const {
  return paged(under_home(language, {kTasks.in(language)}), language, page);
}

std::string Urls::tasks_by_status(const std::string& language, const std::string& status, int page) const {
  return paged(under_home(language, {kTasks.in(language), kByStatus.in(language), status, "/"}), language, page);
}

std::string Urls::tasks_by_year(const std::string& language, int year, int page) const {
  return paged(under_home(language, {kTasks.in(language), kByYear.in(language), std::to_string(year), "/"}), language,
               page);
}

std::string Urls::task(const std::string& language, const std::string& plan_id, const std::string& task_id) const {
  return under_home(language, {kTasks.in(language), plan_id, "/", task_id, "/"});
}

std::string Urls::indicators(const std::string& language, int page) const {
  return paged(under_home(language, {kIndicators.in(language)}), language, page);
}

std::string Urls::indicator(const std::string& language, const std::string& plan_id,
                            const std::string& indicator_id) const {
  return under_home(language, {kIndicators.in(language), plan_id, "/", indicator_id, "/"});
}

std::string Urls::plan_indicators(const std::string& language, const std::string& plan_id) const {
  return under_home(language, {kIndicators.in(language), plan_id, "/"});
}

std::string Urls::programs(const std::string& language, int page) const {
  return paged(under_home(language, {kPrograms.in(language)}), language, page);
}

std::string Urls::program(const std::string& language, const std::string& plan_id,
                          const std::string& program_id) const {
  return under_home(language, {kPrograms.in(language), plan_id, "/", program_id, "/"});
}

std::string Urls::agencies(const std::string& language) const {
  return under_home(language, {kAgencies.in(language)});
}

std::string Urls::agency(const std::string& language, const std::string& agency_id) const {
  return under_home(language, {kAgencies.in(language), agency_id, "/"});
}

std::string Urls::plan_item(const std::string& language, const std::string& plan_id,
                            const std::string& item_id) const {
  return plan(language, plan_id) + "#" + item_id;
}

std::string Urls::reports(const std::string& language) const {
  return under_home(language, {kReports.in(language)});
}

std::string Urls::report(const std::string& language, const std::string& period_key) const {
  return reports(language) + period_key + "/";
}

std::string Urls::search(const std::string& language) const {
  return under_home(language, {kSearch.in(language)});
}

std::string Urls::data(const std::string& language, int page) const {
  return paged(under_home(language, {kData.in(language)}), language, page);
}

std::string Urls::embed(const std::string& language) const {
  return under_home(language, {kEmbed.in(language)});
}

std::string Urls::feed(const std::string& language) const { return under_home(language, {"feed.xml"}); }

std::string Urls::asset(const std::string& file_name) const { return base_path_ + "assets/" + file_name; }

std::string Urls::not_found(const std::string& language) const { return under_home(language, {"404.html"}); }

std::string Urls::plan_pdf(const std::string& language, const std::string& plan_id) const {
  return plan(language, plan_id) + plan_id + (language == "vi" ? "" : "." + language) + ".pdf";
}

std::string Urls::url_of(const std::string& output_path) const { return base_path_ + output_path; }

std::string Urls::output_path(const std::string& url) const {
  std::string path = url.substr(base_path_.size());
  if (path.empty() || path.back() == '/') path += "index.html";
  return path;
}

}  // namespace plansite
