#include "render/search_index.h"

#include <cstdio>
#include <map>

#include "render/plan_parts.h"
#include "util/json.h"
#include "util/unicode.h"

namespace plansite {

std::string search_item_url(const Urls& urls, const std::string& language, const std::string& kind,
                            const std::string& id, const std::string& plan_id) {
  if (kind == "plan") return urls.plan(language, id);
  if (kind == "agency") return urls.agency(language, id);
  if (kind == "task") return urls.task(language, plan_id, id);
  if (kind == "indicator") return urls.indicator(language, plan_id, id);
  if (kind == "program") return urls.program(language, plan_id, id);
  return urls.plans(language);
}

namespace {

class EntryMaker {
 public:
  explicit EntryMaker(const PageContext& context) : context_(context) {}

  // `extra` is more text that should find the entry but is not shown.
  SearchEntry make(const std::string& kind, const std::string& id, const std::string& plan_id, const Text& title,
                   const std::string& extra = "") const {
    const std::string& language = context_.language;
    SearchEntry e;
    e.kind = kind;
    e.title = title.in(language);
    e.title_in_vi = language != "vi" && !title.has(language);
    e.folded = fold_to_ascii(e.title);
    // An English reader may know a programme or a body by its Vietnamese name.
    if (language != "vi" && title.has(language) && title.has("vi")) e.folded += " " + fold_to_ascii(title.in("vi"));
    if (!extra.empty()) e.folded += " " + fold_to_ascii(extra);
    e.url = search_item_url(context_.urls, language, kind, id, plan_id);
    return e;
  }

 private:
  const PageContext& context_;
};

// "36/KH-UBND": the number a reader may have on paper.
std::string number_and_symbol(const Plan& plan) {
  if (plan.number.empty()) return plan.symbol;
  return plan.symbol.empty() ? plan.number : plan.number + "/" + plan.symbol;
}

}  // namespace

std::vector<SearchEntry> search_entries(const PageContext& context) {
  EntryMaker maker(context);
  std::vector<SearchEntry> out;
  // Sized at once: at 5000 plans the list is 27 MB, and growing it by
  // doubling took as much again in fresh memory.
  size_t count = context.site.site.agencies.size();
  for (const Plan* plan : context.plans_newest_first)
    count += 1 + plan->tasks.size() + plan->indicators.size() + plan->programs.size();
  out.reserve(count);
  for (const Plan* plan : context.plans_newest_first) {
    out.push_back(maker.make("plan", plan->id, plan->id, plan->title, number_and_symbol(*plan)));
    for (const auto& t : plan->tasks) out.push_back(maker.make("task", t.id, plan->id, t.content, t.number));
    for (const auto& i : plan->indicators) out.push_back(maker.make("indicator", i.id, plan->id, i.statement));
    for (const auto& p : plan->programs) out.push_back(maker.make("program", p.id, plan->id, p.name));
  }
  for (const auto& a : context.site.site.agencies) {
    std::string short_name = a.short_name.in(context.language);
    if (a.short_name.has("vi") && context.language != "vi") short_name += " " + a.short_name.in("vi");
    out.push_back(maker.make("agency", a.id, "", a.name, short_name));
  }
  return out;
}

std::string search_index_json(const std::vector<SearchEntry>& entries) {
  // Sized at once, as the list is: the text of the entries and a little more
  // for the keys and quotes (escapes are rare).
  size_t size = 4;
  for (const auto& e : entries) size += e.kind.size() + e.title.size() + e.folded.size() + e.url.size() + 40;
  std::string out;
  out.reserve(size);
  out += "[";
  for (const auto& e : entries) {
    if (out.size() > 1) out += ",\n";
    out += "{\"k\":";
    append_json_string(out, e.kind);
    out += ",\"t\":";
    append_json_string(out, e.title);
    out += ",\"f\":";
    append_json_string(out, e.folded);
    out += ",\"u\":";
    append_json_string(out, e.url);
    if (e.title_in_vi) out += ",\"l\":\"vi\"";
    out += '}';
  }
  out += "]\n";
  return out;
}

}  // namespace plansite
