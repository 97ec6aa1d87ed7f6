#!/usr/bin/env python3
"""A spreadsheet round trip: the sample site's open-data CSV files, filled in
for a new period and saved as Excel saves them in a Vietnamese locale (BOM,
';', CRLF, decimal commas, thousands dots), are a valid report; the figures
come back in the re-exported JSON; and the site is byte-identical to the one
built from the equivalent YAML report, and to the one from the same files
saved in the export's own dialect (',', LF, no BOM). Some notes look like
formulas (spreadsheet.HOSTILE_NOTES): the export writes them with a quote in
front, and the report gives them back as written.
Usage: round_trip.py PLANSITE_BINARY
"""
import pathlib
import sys
import tempfile

import spreadsheet

PLANS = ("chuyen-doi-so-2026-2030", "mo-hinh-diem-cds-2026")


def tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def compare(a, b, what):
    failures = [f"{what}: {path} differs or is missing" for path in sorted(set(a) | set(b)) if a.get(path) != b.get(path)]
    return failures[:10]


def check_guarded_export(public, figures):
    """Each formula-like note is in the export with one quote in front, and
    carried into the new period's figures without it; a list of failures."""
    failures = []
    data = public / "du-lieu" / PLANS[0]
    exported = (data / "chi-tieu.csv").read_bytes() + (data / "nhiem-vu.csv").read_bytes()
    notes = {n for group in ("indicators", "tasks") for item in figures[group] for n in (item["note"], item["note_en"])}
    for note in spreadsheet.HOSTILE_NOTES.values():
        cell = "'" + note
        quoted = '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"') else cell
        if quoted.encode() not in exported:
            failures.append(f"the export does not write the note {note!r} as {quoted!r}")
        if note not in notes:
            failures.append(f"the note {note!r} is not among the new period's figures")
    return failures


def main(plansite):
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        spreadsheet.copy_sample_site(tmp / "before", hostile_notes=True)
        spreadsheet.build(plansite, tmp / "before", tmp / "public-before")

        sites = {}
        for name in ("excel", "export-dialect", "yaml"):
            spreadsheet.copy_sample_site(tmp / name, hostile_notes=True)
            sites[name] = tmp / name
        figures_of = {}
        for plan in PLANS:
            tables, figures = spreadsheet.fill_in(tmp / "public-before", plan)
            figures_of[plan] = figures
            reports = pathlib.Path("content/plans") / plan / "reports"
            spreadsheet.save(tables, sites["excel"] / reports / spreadsheet.NEW_PERIOD)
            spreadsheet.save(tables, sites["export-dialect"] / reports / spreadsheet.NEW_PERIOD,
                             separator=",", bom=False, line_end="\n")
            (sites["yaml"] / reports / f"{spreadsheet.NEW_PERIOD}.yaml").write_text(
                spreadsheet.yaml_report(figures), encoding="utf-8")
        failures += check_guarded_export(tmp / "public-before", figures_of[PLANS[0]])
        if not any(f["indicators"] for f in figures_of.values()) or not any(f["programs"] for f in figures_of.values()):
            failures.append("the sample site's export gave nothing to fill in: the test would prove nothing")
        excel_text = (sites["excel"] / "content/plans" / PLANS[0] / "reports" / spreadsheet.NEW_PERIOD /
                      "chi-tieu.csv").read_bytes()
        if not (excel_text.startswith(b"\xef\xbb\xbf") and b";" in excel_text and b"\r\n" in excel_text and
                b"," in excel_text.split(b"2026-Q3", 1)[1].split(b"\r\n", 1)[0]):
            failures.append("the 'Excel' files are not in Excel's Vietnamese dialect")

        publics = {}
        for name, site in sites.items():
            publics[name] = tmp / f"public-{name}"
            spreadsheet.build(plansite, site, publics[name])
        for plan in PLANS:
            failures += spreadsheet.check_figures(publics["excel"], plan, figures_of[plan])
        built = {name: tree(public) for name, public in publics.items()}
        failures += compare(built["yaml"], built["excel"], "YAML report vs Excel CSV report")
        failures += compare(built["export-dialect"], built["excel"], "export-dialect CSV vs Excel CSV report")
        if built["excel"] == tree(tmp / "public-before"):
            failures.append("the site did not change with the new report")
    for failure in failures:
        print("FAIL: " + failure, file=sys.stderr)
    if failures:
        return 1
    count = sum(len(f["indicators"]) + len(f["tasks"]) + len(f["programs"]) for f in figures_of.values())
    print(f"ok: {count} figures for {spreadsheet.NEW_PERIOD} round-tripped through CSV; sites byte-identical to YAML")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
