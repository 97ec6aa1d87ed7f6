#!/usr/bin/env python3
"""A CSV report saved by LibreOffice loads. The sample site's open-data files,
filled in for a new period, go through LibreOffice Calc as an officer's would:
opened and saved as a spreadsheet (.ods), then saved again as CSV with ';'
separators (headless soffice, Debian's libreoffice-calc-nogui). The result is
placed as the report; the site must build without a warning, show the figures
in its re-exported JSON, and be byte-identical to the site built from the
equivalent YAML report. Notes that look like formulas (spreadsheet.HOSTILE_NOTES)
are planted first: the exported files opened in Calc must show them as text
cells, never as formulas (converted to flat ODF and read cell by cell), and
they must come back through Calc's save as written.
Usage: libreoffice.py PLANSITE_BINARY
"""
import html
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import spreadsheet

PLANS = ("chuyen-doi-so-2026-2030", "mo-hinh-diem-cds-2026")
# The CSV filter's options: separator, text delimiter, character set (76:
# UTF-8), first line; LibreOffice's help, "CSV Filter Options".
IMPORT_CSV = "Text - txt - csv (StarCalc):44,34,76,1"
EXPORT_CSV = "csv:Text - txt - csv (StarCalc):59,34,76,1"


def soffice(tmp, args):
    # A private profile and HOME: the first run writes them, and a shared one
    # would be locked by any other LibreOffice running on the machine.
    env = dict(os.environ, HOME=str(tmp / "home"))
    command = ["soffice", f"-env:UserInstallation=file://{tmp / 'profile'}", "--headless", "--norestore"] + args
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"FAIL: {' '.join(command)}:\n{result.stdout}{result.stderr}")


def opened_as_text(tmp, exported):
    """Failures unless Calc opens each hostile note of `exported` (the open
    data's CSV files) as a text cell with its quote, and no cell as a formula."""
    out = tmp / "fods"
    soffice(tmp, ["--infilter=" + IMPORT_CSV, "--convert-to", "fods", "--outdir", str(out)] +
            sorted(str(p) for p in exported))
    failures, texts = [], set()
    for sheet in sorted(out.glob("*.fods")):
        for attributes, content in re.findall(r"<table:table-cell([^>]*)>(.*?)</table:table-cell>",
                                              sheet.read_text(encoding="utf-8"), re.S):
            text = html.unescape(re.sub(r"<[^>]+>", "", content)).strip()
            if "table:formula" in attributes:
                failures.append(f"{sheet.stem}.csv: Calc opens a cell as a formula: {text!r}")
            elif 'office:value-type="string"' in attributes:
                texts.add(text)
    failures += [f"Calc does not show the note {note!r} as the text cell '{note}"
                 for note in spreadsheet.HOSTILE_NOTES.values() if "'" + note not in texts]
    return failures


def main(plansite):
    if not shutil.which("soffice"):
        print("FAIL: soffice not found: install libreoffice-calc-nogui (bash scripts/dev.sh test does)",
              file=sys.stderr)
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        spreadsheet.copy_sample_site(tmp / "before", hostile_notes=True)
        spreadsheet.build(plansite, tmp / "before", tmp / "public-before")
        failures += opened_as_text(tmp, [tmp / "public-before/du-lieu" / PLANS[0] / name
                                         for name in ("chi-tieu.csv", "nhiem-vu.csv")])
        spreadsheet.copy_sample_site(tmp / "calc", hostile_notes=True)
        spreadsheet.copy_sample_site(tmp / "yaml", hostile_notes=True)
        figures_of = {}
        for plan in PLANS:
            tables, figures_of[plan] = spreadsheet.fill_in(tmp / "public-before", plan)
            downloaded = tmp / "downloaded" / plan
            spreadsheet.save(tables, downloaded, separator=",")
            sheets = tmp / "ods" / plan
            soffice(tmp, ["--infilter=" + IMPORT_CSV, "--convert-to", "ods", "--outdir", str(sheets)] +
                    sorted(str(p) for p in downloaded.glob("*.csv")))
            reports = pathlib.Path("content/plans") / plan / "reports"
            soffice(tmp, ["--convert-to", EXPORT_CSV, "--outdir", str(tmp / "calc" / reports / spreadsheet.NEW_PERIOD)] +
                    sorted(str(p) for p in sheets.glob("*.ods")))
            (tmp / "yaml" / reports / f"{spreadsheet.NEW_PERIOD}.yaml").write_text(
                spreadsheet.yaml_report(figures_of[plan]), encoding="utf-8")
            for name in tables:
                saved = tmp / "calc" / reports / spreadsheet.NEW_PERIOD / name
                if not saved.exists():
                    failures.append(f"LibreOffice did not save {saved.name}")
                elif b";" not in saved.read_bytes().split(b"\n", 1)[0]:
                    failures.append(f"{plan}/{name}: LibreOffice did not save it with ';' separators")
        if failures:
            for failure in failures:
                print("FAIL: " + failure, file=sys.stderr)
            return 1
        spreadsheet.build(plansite, tmp / "calc", tmp / "public-calc")
        spreadsheet.build(plansite, tmp / "yaml", tmp / "public-yaml")
        for plan in PLANS:
            failures += spreadsheet.check_figures(tmp / "public-calc", plan, figures_of[plan])
        calc = {p.relative_to(tmp / "public-calc").as_posix(): p.read_bytes()
                for p in (tmp / "public-calc").rglob("*") if p.is_file()}
        yaml = {p.relative_to(tmp / "public-yaml").as_posix(): p.read_bytes()
                for p in (tmp / "public-yaml").rglob("*") if p.is_file()}
        failures += [f"{path}: the LibreOffice-saved report builds it differently from the YAML report"
                     for path in sorted(set(calc) | set(yaml)) if calc.get(path) != yaml.get(path)][:10]
    for failure in failures:
        print("FAIL: " + failure, file=sys.stderr)
    if failures:
        return 1
    print("ok: the report saved by LibreOffice Calc loads and builds the same site as the YAML report")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
