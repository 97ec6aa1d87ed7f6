// The view of a plan page: the document as issued (header, text, signatures,
// recipients, annex) and, from plan_parts_view.cc, its structured parts for the web.
#include "render/chart_view.h"
#include "render/markdown.h"
#include "render/open_data.h"
#include "render/pages.h"
#include "render/plan_parts.h"
#include "render/progress_view.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

View::List lines_view(const std::vector<std::string>& lines) {
  View::List out;
  for (const auto& line : lines) out.push_back(View().set("line", line));
  return out;
}

View::List name_parts_view(const std::string& name) {
  View::List out;
  for (const auto& part : header_name_parts(name)) out.push_back(View().set("text", part));
  return out;
}

// Nghị định 30 heads a State document with the nation's name and motto; Hướng
// dẫn 36 heads a Party document with the Party's name, and marks the issuing
// committee with a "*" instead of a rule.
View header_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  bool party = plan.form == "party";
  View v;
  v.set("parent_body", name_parts_view(tr(plan.parent_body)));
  v.set("has_parent_body", !plan.parent_body.empty());
  View::List issuers;
  for (const auto& ref : plan.issuers) {
    auto it = context.site.agencies.find(ref.id);
    if (it != context.site.agencies.end()) issuers.push_back(View().set("parts", name_parts_view(tr(it->second->name))));
  }
  v.set("issuers", std::move(issuers));
  v.set("party", party);
  v.set("number_line", format_document_number(plan, context.language));
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
    std::vector<std::string> authority;
    for (const auto& line : s.authority)
      for (auto& part : split_lines(tr(line))) authority.push_back(std::move(part));
    View v;
    v.set("authority", lines_view(authority));
    v.set("title", lines_view(split_lines(tr(s.title))));
    v.set("name", s.name);
    out.push_back(std::move(v));
  }
  return out;
}

View::List recipients_view(const Plan& plan, Localizer& tr) {
  View::List out;
  for (size_t i = 0; i < plan.recipients.size(); ++i) {
    bool last = i + 1 == plan.recipients.size();
    out.push_back(View().set("text", punctuate_recipient(tr(plan.recipients[i]), last, plan.recipients_as_written)));
  }
  return out;
}

View::List legal_bases_view(const Plan& plan, Localizer& tr) {
  View::List out;
  for (const auto& b : plan.legal_bases) {
    View v;
    v.set("basis", ui_text("basis_" + b.basis, tr.language()));
    v.set("text", format_legal_basis(b, tr));
    v.set("url", b.url);
    out.push_back(std::move(v));
  }
  return out;
}

// "Người ký": each signatory with the title and agency the signature stands for.
std::string signers_line(const Plan& plan, const PageContext& context, Localizer& tr) {
  std::string out;
  for (const auto& s : plan.signatories) {
    if (!out.empty()) out += "; ";
    out += s.name;
    std::vector<std::string> title = split_lines(tr(s.title));
    std::string detail = title.empty() ? std::string{} : title.front();
    if (s.agency) {
      std::string agency = agency_short_names({*s.agency}, context.site, tr);
      if (!agency.empty()) detail += (detail.empty() ? "" : ", ") + agency;
    }
    if (!detail.empty()) out += " (" + detail + ")";
  }
  return out;
}

// "Tải dữ liệu: Nhiệm vụ (CSV · JSON) · …": the plan's open-data files, for
// each kind of item the plan has.
View::List plan_data_links(const Plan& plan, const PageContext& context) {
  View::List out;
  const std::pair<const char*, bool> kinds[] = {{"nhiem-vu", !plan.tasks.empty()},
                                                {"chi-tieu", !plan.indicators.empty()},
                                                {"mo-hinh", !plan.programs.empty()}};
  for (const auto& [kind, has] : kinds) {
    if (!has) continue;
    out.push_back(View()
                      .set("label", ui_text("data_kind_" + data_kind_key(kind), context.language))
                      .set("csv_url", context.urls.data_file(data_file_path(kind, "csv", &plan)))
                      .set("json_url", context.urls.data_file(data_file_path(kind, "json", &plan)))
                      .set("first", out.empty()));
  }
  return out;
}

View facts_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  const std::string& language = context.language;
  View v;
  v.set("status", plan.status);
  v.set("status_label", ui_text("plan_status_" + plan.status, language));
  // The label says "Số, ký hiệu" already: the number without its "Số:".
  v.set("number", plan.number.empty() ? std::string{} : format_document_number(plan, language, false));
  // A draft is not issued yet: its facts give no date of issue, whatever date
  // its header already carries (the signers it names are still shown).
  bool draft = plan.status == "draft";
  v.set("date", !draft && plan.date && plan.date->day ? format_date(*plan.date, language) : std::string{});
  v.set("period", format_year_span(plan.period));
  v.set("issuers", agency_names(plan.issuers, context.site, tr));
  v.set("signers", signers_line(plan, context, tr));
  v.set("pdf_url", context.site.plan_pdfs ? context.urls.plan_pdf(language, plan.id) : std::string{});
  set_list(v, "data_files", plan_data_links(plan, context));
  return v;
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

View plan_view(const Plan& plan, const PageContext& context, Localizer& tr, PageContent& page) {
  const std::string& language = context.language;
  View v;
  v.set("id", plan.id);
  v.set("form", plan.form);
  v.set("header", header_view(plan, context, tr));
  v.set("is_draft", plan.status == "draft");
  v.set("facts", facts_view(plan, context, tr));
  v.set("legal_bases", legal_bases_view(plan, tr));
  v.set("has_legal_bases", !plan.legal_bases.empty());

  bool body_translated = plan.body.count(language) > 0;
  // Heading anchors must not take an id the page already uses.
  std::set<std::string> taken = {"main", "plan-title", "annex-title", "objectives-heading", "indicators-heading",
                                 "tasks-heading", "programs-heading", "responsibilities-heading",
                                 "agencies-heading"};
  for (const auto& o : plan.objectives) taken.insert(o.id);
  for (const auto& i : plan.indicators) taken.insert(i.id);
  for (const auto& t : plan.tasks) taken.insert(t.id);
  for (const auto& p : plan.programs) taken.insert(p.id);
  for (const auto& a : plan_agency_ids(plan)) taken.insert("agency-" + a);
  RenderedMarkdown body = render_markdown(body_translated ? plan.body.at(language) : plan.body.at("vi"), taken,
                                          context.site.site.raw_html);
  if (!body_translated) tr.mark_fallback();
  // The closing sentence ("Trên đây là Kế hoạch …/.") prints on the page with the signatures.
  v.set("body_html", body.html.substr(0, body.last_block));
  v.set("closing_html", body.html.substr(body.last_block));
  v.set("body_lang", body_translated ? language : std::string("vi"));
  v.set("body_fallback", !body_translated);
  v.set("toc", toc_view(body.headings));
  v.set("has_toc", !body.headings.empty());

  v.set("signatories", signatories_view(plan, tr));
  // A joint plan (liên tịch) signs side by side, with the recipients below.
  v.set("joint", plan.signatories.size() > 1);
  v.set("recipients", recipients_view(plan, tr));
  v.set("has_annex", plan.annex.has_value());
  if (plan.annex) v.set("annex", View().set("title", tr(plan.annex->title)).set("subtitle", tr(plan.annex->subtitle)));
  add_plan_parts(v, plan, context, tr);
  v.set("progress", plan_progress_view(plan, context, page));
  if (auto chart = plan_chart(plan, context)) v.set("chart", chart_view(*chart, context, page));

  // The structured parts below the document, one tap away from the top: the
  // "at a glance" counts and the contents list both lead to them.
  View::List glance;
  View::List& toc = v["toc"].list();
  auto part = [&](size_t n, const char* count_key, const char* heading_key, const char* anchor) {
    if (n == 0) return;
    glance.push_back(View().set("label", count_phrase(n, count_key, language)).set("anchor", anchor));
    toc.push_back(View().set("text", ui_text(heading_key, language)).set("anchor", anchor).set("sub", false));
  };
  part(plan.objectives.size(), "count_objectives", "objectives", "objectives-heading");
  part(plan.indicators.size(), "count_indicators", "indicators", "indicators-heading");
  // A plan that issues its tasks as an annex shows them there, not in a section of their own.
  part(plan.tasks.size(), "count_tasks", "tasks", plan_tasks_anchor(plan).c_str());
  part(plan.programs.size(), "count_programs", "programs", "programs-heading");
  part(plan.responsibilities.size(), "count_responsibilities", "responsibilities", "responsibilities-heading");
  v.set("has_toc", !toc.empty());
  v.set("has_glance", !glance.empty());
  v.set("glance", std::move(glance));
  return v;
}

}  // namespace plansite
