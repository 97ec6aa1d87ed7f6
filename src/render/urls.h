#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

namespace plansite {

/// Every URL of the site, in one place, so links and output paths agree.
/// Vietnamese pages live at the root, other languages under /<code>/.
class Urls {
 public:
  /// `base_url` from site.yaml; only its path part is used in links, so they
  /// work on any host. Its scheme and host, when it has them, make `absolute()`.
  explicit Urls(const std::string& base_url);

  /// True when base_url names a host: sitemap.xml, canonical links and
  /// hreflang alternates need absolute URLs, and a bare path gives none.
  bool has_host() const { return !origin_.empty(); }
  /// "/en/plans/" → "https://phu-thinh.example/en/plans/"; only when has_host().
  std::string absolute(const std::string& url) const { return origin_ + url; }

  std::string home(const std::string& language) const;
  std::string plan(const std::string& language, const std::string& plan_id) const;
  /// Page `page` (from 1) of the plan index: /ke-hoach/, /ke-hoach/trang/2/; /en/plans/page/2/.
  std::string plans(const std::string& language, int page = 1) const;
  /// Every agency: /co-quan/, /en/agencies/; one agency: /co-quan/<id>/.
  std::string agencies(const std::string& language) const;
  std::string agency(const std::string& language, const std::string& agency_id) const;
  /// A task, indicator or program on its plan's page: /ke-hoach/<plan>/#<id>.
  std::string plan_item(const std::string& language, const std::string& plan_id, const std::string& item_id) const;

  /// The task table of every plan, page `page` (from 1): /nhiem-vu/, /nhiem-vu/trang/2/; /en/tasks/page/2/.
  std::string tasks(const std::string& language, int page = 1) const;
  /// The tasks of one status or one year: /nhiem-vu/trang-thai/done/, /en/tasks/year/2027/page/2/.
  std::string tasks_by_status(const std::string& language, const std::string& status, int page = 1) const;
  std::string tasks_by_year(const std::string& language, int year, int page = 1) const;
  /// One task: /nhiem-vu/<plan>/<task>/, /en/tasks/<plan>/<task>/.
  std::string task(const std::string& language, const std::string& plan_id, const std::string& task_id) const;
  /// Every indicator: /chi-tieu/, /en/indicators/page/2/; one: /chi-tieu/<plan>/<indicator>/.
  std::string indicators(const std::string& language, int page = 1) const;
  std::string indicator(const std::string& language, const std::string& plan_id, const std::string& indicator_id) const;
  /// One plan's table of indicators: /chi-tieu/<plan>/.
  std::string plan_indicators(const std::string& language, const std::string& plan_id) const;
  /// Every model program: /mo-hinh/, /en/programs/page/2/; one: /mo-hinh/<plan>/<program>/.
  std::string programs(const std::string& language, int page = 1) const;
  std::string program(const std::string& language, const std::string& plan_id, const std::string& program_id) const;
  /// The progress reports: /bao-cao/, /en/reports/; one period: /bao-cao/2026-Q2/.
  std::string reports(const std::string& language) const;
  std::string report(const std::string& language, const std::string& period_key) const;
  /// The search page: /tim-kiem/, /en/search/.
  std::string search(const std::string& language) const;
  /// The open-data page: /du-lieu/, /en/data/.
  std::string data(const std::string& language, int page = 1) const;
  /// A data file (open_data.h), the same for every language: "/du-lieu/<plan>/chi-tieu.csv".
  std::string data_file(const std::string& output_path) const { return url_of(output_path); }
  /// The embeddable summary, for an iframe on the commune's information page: /nhung/, /en/embed/.
  std::string embed(const std::string& language) const;
  /// The Atom feed: /feed.xml, /en/feed.xml.
  std::string feed(const std::string& language) const;
  std::string asset(const std::string& file_name) const;
  /// The page a web server shows for a missing address: /404.html, /en/404.html.
  std::string not_found(const std::string& language) const;
  /// The printed plan beside its page: "/ke-hoach/x/x.pdf", "/en/plans/x/x.en.pdf"
  /// (the language in the name, so both can sit in one downloads folder).
  std::string plan_pdf(const std::string& language, const std::string& plan_id) const;
  /// The URL of an output file ("assets/style.css" → "/assets/style.css").
  std::string url_of(const std::string& output_path) const;
  /// The path every URL of the site starts with: url_of("").
  const std::string& base_path() const { return base_path_; }

  /// The output file for a page URL: "/en/plans/x/" → "en/plans/x/index.html".
  std::string output_path(const std::string& url) const;

 private:
  /// home(language) followed by `parts`, made in one allocation: a page
  /// links to hundreds of tasks and indicators, and adding piece by piece
  /// made a temporary string at every step.
  std::string under_home(const std::string& language, std::initializer_list<std::string_view> parts) const;

  std::string base_path_;  ///< always ends with '/'
  std::string origin_;     ///< "https://host[:port]", or "" for a bare path
};

}  // namespace plansite
