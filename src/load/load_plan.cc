#include "load/field_reader.h"
#include "load/load_parts.h"
#include "load/source_file.h"
#include "util/unicode.h"

namespace plansite {

namespace {

LegalBasis read_legal_basis(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "legal basis", diagnostics);
  LegalBasis b;
  b.basis = r.one_of("basis", {"pursuant", "implementing", "cited"}, true);
  b.document = r.text("document", true);
  b.number = r.string("number", true);
  b.date = r.date("date", false);
  b.issuer = r.text("issuer", false);
  b.subject = r.text("subject", false);
  b.url = r.url("url", false);
  r.finish();
  return b;
}

Signatory read_signatory(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "signatory", diagnostics);
  Signatory s;
  s.authority = r.text_lines("authority", false);
  s.title = r.text("title", true);
  s.name = r.string("name", true);
  s.agency = r.id_ref("agency", false);
  r.finish();
  return s;
}

Annex read_annex(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "annex", diagnostics);
  Annex a;
  a.title = r.text("title", true);
  a.subtitle = r.text("subtitle", false);
  r.finish();
  return a;
}

template <typename T>
std::vector<T> read_each(FieldReader& r, const std::string& key, Diagnostics& diagnostics,
                         T (*read_one)(const YamlNode&, Diagnostics&), bool required = false) {
  std::vector<T> out;
  for (const auto& item : r.list(key, required)) out.push_back(read_one(item, diagnostics));
  return out;
}

// A draft prints its number line and date line with blanks for the clerk, so
// it needs the symbol, place and year around them. An issued plan prints what
// it has: some are circulated without a number, symbol, place or date.
void read_metadata(FieldReader& r, Plan& plan, Diagnostics& diagnostics) {
  plan.status = r.one_of("status", {"draft", "issued", "superseded"}, true);
  bool draft = plan.status == "draft";
  plan.type = r.one_of("type", {"plan"}, false, "plan");
  plan.form = r.one_of("form", {"state", "party"}, false);
  plan.number = r.string("number", false);
  plan.symbol = r.string("symbol", draft);
  plan.issuers = r.id_refs("issuers", true);
  plan.parent_body = r.text("parent_body", false);
  plan.place = r.string("place", draft);
  plan.date = r.date("date", draft);
  plan.title = r.text("title", true);
  if (auto period = r.year_span("period", true)) plan.period = *period;
  bool issued = plan.status == "issued" || plan.status == "superseded";
  if (issued && plan.date && !plan.date->day)
    diagnostics.error(r.node("date", false)->position, "an issued plan's date has no blanks",
                      "write the whole date (2026-04-15), or leave `date` out if the plan was issued "
                      "without one; only a draft leaves the day or month blank");
}

}  // namespace

std::optional<Plan> load_plan(const std::filesystem::path& root, const std::string& id,
                              Diagnostics& diagnostics, RawHtml raw_html) {
  std::string folder = "content/plans/" + id;
  auto yaml = load_yaml_file(root, folder + "/plan.yaml", true, diagnostics);
  if (!yaml) return std::nullopt;
  Plan plan;
  plan.id = id;
  plan.position = {folder + "/plan.yaml", 1, 1};
  if (!is_valid_id(id)) {
    // The id is the plan's address: an officer who named the folder after the
    // title ("Chuyển đổi số 2026") gets that title without diacritics, đ as d.
    std::string slug = slugify(id);
    diagnostics.error(plan.position, "invalid plan folder name '" + id + "'",
                      "the folder name is the plan's id and address: lowercase ASCII letters, digits and dashes" +
                          (is_valid_id(slug) ? ", e.g. '" + slug + "'" : std::string()));
  }
  FieldReader r(*yaml, "plan", diagnostics);
  if (!r.ok()) return std::nullopt;
  read_metadata(r, plan, diagnostics);
  plan.legal_bases = read_each<LegalBasis>(r, "legal_bases", diagnostics, read_legal_basis);
  plan.signatories = read_each<Signatory>(r, "signatories", diagnostics, read_signatory, true);
  plan.recipients = r.texts("recipients", true);
  plan.recipients_as_written = r.boolean("recipients_as_written", false);
  if (const YamlNode* annex = r.node("annex", false)) plan.annex = read_annex(*annex, diagnostics);
  plan.objectives = read_each<Objective>(r, "objectives", diagnostics, read_objective);
  plan.indicators = read_each<Indicator>(r, "indicators", diagnostics, read_indicator);
  plan.tasks = read_each<Task>(r, "tasks", diagnostics, read_task);
  plan.programs = read_each<Program>(r, "programs", diagnostics, read_program);
  plan.responsibilities = read_each<Responsibility>(r, "responsibilities", diagnostics, read_responsibility);
  r.finish();
  plan.reports = load_reports(root, plan, diagnostics);

  for (const std::string language : {"vi", "en"}) {
    std::string file = folder + "/body." + language + ".md";
    if (auto body = load_markdown_file(root, file, diagnostics, raw_html)) plan.body[language] = std::move(*body);
  }
  std::error_code ec;
  if (!plan.body.count("vi") && !std::filesystem::exists(root / folder / "body.vi.md", ec))
    diagnostics.error({folder + "/body.vi.md", 0, 0}, "missing the plan's Vietnamese text",
                      "write the document's text as issued in " + folder + "/body.vi.md");
  return plan;
}

}  // namespace plansite
