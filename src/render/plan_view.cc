// The view of a plan page: the document as issued (header, text, signatures,
// recipients, annex) and the plan's structured parts for the web.
#include "render/markdown.h"
#include "render/pages.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

View header_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  View v;
  v.set("parent_body", tr(plan.parent_body));
  View::List issuers;
  for (const auto& ref : plan.issuers) {
    auto it = context.site.agencies.find(ref.id);
    if (it != context.site.agencies.end()) issuers.push_back(View().set("name", tr(it->second->name)));
  }
  v.set("issuers", issuers);
  v.set("number_line", format_document_number(plan, context.language));
  // A Party body's document is headed by the Party's name, without the state
  // motto (Hướng dẫn 36-HD/VPTW); a state body's by the nation's (Nghị định 30).
  bool party = !plan.issuers.empty() && context.site.agencies.count(plan.issuers.front().id) &&
               context.site.agencies.at(plan.issuers.front().id)->kind == "party";
  v.set("national_name", ui_text(party ? "party_name" : "national_name", context.language));
  v.set("motto", party ? std::string{} : ui_text("motto", context.language));
  v.set("place_date", format_place_date(plan.place, plan.date, context.language));
  v.set("doc_type", ui_text("doc_type_" + plan.type, context.language));
  v.set("title", tr(plan.title));
  return v;
}

View::List signatories_view(const Plan& plan, Localizer& tr) {
  View::List out;
  for (const auto& s : plan.signatories) {
    View v;
    v.set("authority", tr(s.authority));
    v.set("title", tr(s.title));
    v.set("name", s.name);
    out.push_back(v);
  }
  return out;
}

// Recipients are stored bare; the document punctuates them: ";" each, "." last.
View::List recipients_view(const Plan& plan, Localizer& tr) {
  View::List out;
  for (size_t i = 0; i < plan.recipients.size(); ++i)
    out.push_back(View().set("text", tr(plan.recipients[i]) + (i + 1 == plan.recipients.size() ? "." : ";")));
  return out;
}

View::List legal_bases_view(const Plan& plan, Localizer& tr) {
  View::List out;
  for (const auto& b : plan.legal_bases) {
    View v;
    v.set("basis", ui_text("basis_" + b.basis, tr.language()));
    v.set("text", format_legal_basis(b, tr));
    out.push_back(v);
  }
  return out;
}

View::List indicators_view(const Plan& plan, Localizer& tr) {
  View::List out;
  for (const auto& i : plan.indicators) {
    View v;
    v.set("id", i.id);
    v.set("statement", tr(i.statement));
    v.set("population", tr(i.population));
    View::List targets;
    for (const auto& t : i.targets) {
      View tv;
      tv.set("by", std::to_string(t.by));
      tv.set("value", format_target_value(t, i.unit, tr.language()));
      tv.set("note", tr(t.note));
      targets.push_back(tv);
    }
    v.set("targets", targets);
    out.push_back(v);
  }
  return out;
}

View::List tasks_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  View::List out;
  int number = 0;
  for (const auto& t : plan.tasks) {
    View v;
    v.set("number", std::to_string(++number));
    v.set("id", t.id);
    v.set("content", tr(t.content));
    v.set("lead", agency_names(t.lead, context.site, tr));
    v.set("coordinating", agency_names(t.coordinating, context.site, tr));
    v.set("timeframe", format_timeframe(t.timeframe, tr));
    v.set("participants", tr(t.participants));
    v.set("expected_result", tr(t.expected_result));
    v.set("status", t.status);
    v.set("status_label", ui_text("task_status_" + t.status, context.language));
    out.push_back(v);
  }
  return out;
}

View::List text_list(const std::vector<Text>& texts, Localizer& tr) {
  View::List out;
  for (const auto& t : texts) out.push_back(View().set("text", tr(t)));
  return out;
}

View::List programs_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& p : plan.programs) {
    View v;
    v.set("id", p.id);
    v.set("name", tr(p.name));
    v.set("participants", tr(p.participants));
    v.set("places", text_list(p.places, tr));
    v.set("has_places", !p.places.empty());
    v.set("has_expected_results", !p.expected_results.empty());
    v.set("has_links", !p.links.empty());
    v.set("period", p.period ? format_year_span(*p.period) : std::string{});
    v.set("activities", text_list(p.activities, tr));
    v.set("expected_results", text_list(p.expected_results, tr));
    v.set("responsible", agency_names(p.responsible, context.site, tr));
    View::List links;
    for (const auto& l : p.links)
      links.push_back(View().set("url", l.url).set("label", l.label.empty() ? l.url : tr(l.label)));
    v.set("links", links);
    out.push_back(v);
  }
  return out;
}

View::List toc_view(const std::vector<Heading>& headings) {
  View::List out;
  for (const auto& h : headings) {
    if (h.level > 3) continue;
    out.push_back(View().set("text", h.text).set("anchor", h.anchor).set("sub", h.level == 3));
  }
  return out;
}

}  // namespace

View plan_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  const std::string& language = context.language;
  View v;
  v.set("id", plan.id);
  v.set("header", header_view(plan, context, tr));
  v.set("is_draft", plan.status == "draft");
  v.set("status", plan.status);
  v.set("status_label", ui_text("plan_status_" + plan.status, language));
  v.set("period", format_year_span(plan.period));
  v.set("issuers", agency_names(plan.issuers, context.site, tr));
  v.set("legal_bases", legal_bases_view(plan, tr));
  v.set("has_legal_bases", !plan.legal_bases.empty());

  bool body_translated = plan.body.count(language) > 0;
  // Heading anchors must not take an id the page already uses.
  std::set<std::string> taken = {"main", "plan-title", "annex-title", "indicators-heading", "tasks-heading",
                                 "programs-heading"};
  for (const auto& i : plan.indicators) taken.insert(i.id);
  for (const auto& t : plan.tasks) taken.insert(t.id);
  for (const auto& p : plan.programs) taken.insert(p.id);
  RenderedMarkdown body = render_markdown(body_translated ? plan.body.at(language) : plan.body.at("vi"), taken);
  if (!body_translated) tr.mark_fallback();
  v.set("body_html", body.html);
  v.set("body_lang", body_translated ? language : std::string("vi"));
  v.set("body_fallback", !body_translated);
  v.set("toc", toc_view(body.headings));
  v.set("has_toc", !body.headings.empty());

  v.set("signatories", signatories_view(plan, tr));
  // A joint plan (liên tịch) signs side by side, with the recipients below.
  v.set("joint", plan.signatories.size() > 1);
  v.set("recipients", recipients_view(plan, tr));
  View::List tasks = tasks_view(plan, context, tr);
  v.set("has_tasks", !tasks.empty());
  v.set("tasks", tasks);
  v.set("has_annex", plan.annex.has_value());
  if (plan.annex) v.set("annex", View().set("title", tr(plan.annex->title)).set("subtitle", tr(plan.annex->subtitle)));
  View::List indicators = indicators_view(plan, tr);
  v.set("has_indicators", !indicators.empty());
  v.set("indicators", indicators);
  View::List programs = programs_view(plan, context, tr);
  v.set("has_programs", !programs.empty());
  v.set("programs", programs);
  return v;
}

}  // namespace plansite
