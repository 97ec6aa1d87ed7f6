#include "render/atom_feed.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "render/escape.h"
#include "render/format.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

struct Entry {
  PartialDate date;  ///< full: blanks already filled
  std::string id;
  std::string title;
  std::string url;
  std::string summary;
};

// A draft's blank month or day counts as the first: a feed date must be whole.
PartialDate whole(PartialDate date) {
  if (!date.month) date.month = 1;
  if (!date.day) date.day = 1;
  return date;
}

// RFC 3339 at midnight in Vietnam, where every plan and report is dated.
std::string timestamp(const PartialDate& date) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT00:00:00+07:00", date.year, date.month, date.day);
  return buffer;
}

}  // namespace

std::string atom_feed(const ResolvedSite& site, const Urls& urls, const std::string& language) {
  Localizer tr(language);
  std::vector<Entry> entries;
  for (const auto& plan : site.site.plans) {
    const std::string page = urls.absolute(urls.plan(language, plan.id));
    PartialDate issued = plan.date && plan.date->year ? whole(*plan.date) : PartialDate{plan.period.from, 1, 1};
    // A draft's number is still blank ("Số:   /KH-UBND"): no summary then.
    std::string number = plan.status == "draft" ? "" : format_document_number(plan, language);
    entries.push_back({issued, page, tr(plan.title), page, number});
    for (const auto& report : plan.reports)
      entries.push_back({whole(report.date), page + "#report-" + report.period.key(),
                         ui_text("feed_report", language) + " " + format_report_period(report.period, language) +
                             " — " + tr(plan.title),
                         page, ""});
  }
  // Newest first; the same date orders by id, so the feed never depends on load order.
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    auto key = [](const Entry& e) { return std::tuple(e.date.year, e.date.month, e.date.day); };
    if (key(a) != key(b)) return key(a) > key(b);
    return a.id < b.id;
  });

  const std::string home = urls.absolute(urls.home(language));
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + language + "\">\n";
  out += "  <id>" + escape_markup(home) + "</id>\n";
  out += "  <title>" + escape_markup(tr(site.site.title)) + "</title>\n";
  if (!site.site.description.empty()) out += "  <subtitle>" + escape_markup(tr(site.site.description)) + "</subtitle>\n";
  // With no plan at all the feed still needs a date: the epoch says "nothing yet".
  out += "  <updated>" + timestamp(entries.empty() ? PartialDate{1970, 1, 1} : entries.front().date) + "</updated>\n";
  out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
         escape_markup(urls.absolute(urls.feed(language))) + "\"/>\n";
  out += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_markup(home) + "\"/>\n";
  out += "  <author><name>" + escape_markup(tr(site.site.commune)) + "</name></author>\n";
  for (const auto& entry : entries) {
    out += "  <entry>\n";
    out += "    <id>" + escape_markup(entry.id) + "</id>\n";
    out += "    <title>" + escape_markup(entry.title) + "</title>\n";
    out += "    <updated>" + timestamp(entry.date) + "</updated>\n";
    out += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + escape_markup(entry.url) + "\"/>\n";
    if (!entry.summary.empty()) out += "    <summary>" + escape_markup(entry.summary) + "</summary>\n";
    out += "  </entry>\n";
  }
  return out + "</feed>\n";
}

}  // namespace plansite
