"""What the CSV report tests share: building a site, and filling in a plan's
downloaded open-data files for a new period as an officer would in a
spreadsheet, with the figures kept so a test can check them and write the
equivalent YAML report.
"""
import csv
import io
import json
import pathlib
import shutil
import subprocess

TOP = pathlib.Path(__file__).resolve().parent.parent.parent
NEW_PERIOD = "2026-Q3"
NEW_DATE = "2026-10-06"


def build(plansite, source, output):
    result = subprocess.run([plansite, "build", "--source", str(source), "--output", str(output)],
                            capture_output=True, text=True)
    if result.returncode != 0 or "warning:" in result.stderr:
        raise SystemExit(f"FAIL: building {source}:\n{result.stderr}")


# Notes a spreadsheet would take for formulas (CSV injection), planted in the
# sample's latest report: the export must write each with a quote in front
# ('=HYPERLINK…), and a report saved from that file must give the note back
# as written, the quote the note itself starts with ('=already…) kept.
HOSTILE_NOTES = {
    "Giảm so với quý I do hệ thống gián đoạn trong tháng 5.": '=HYPERLINK("http://evil.example/","Bấm vào đây")',
    "Down from the first quarter because the system was interrupted in May.": "'=already quoted",
    "Phòng họp không giấy đã đưa vào sử dụng từ tháng 6.": "-5% so với kế hoạch, @tổ công nghệ",
    "The paperless meeting room has been in use since June.": "+1 room",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def copy_sample_site(target, hostile_notes=False):
    """The Phú Thịnh sample site (site.yaml and content/) in `target`, with
    HOSTILE_NOTES in place of the notes they replace when asked."""
    target.mkdir(parents=True)
    shutil.copy(TOP / "site.yaml", target / "site.yaml")
    shutil.copytree(TOP / "content", target / "content")
    if hostile_notes:
        report = target / "content/plans/chuyen-doi-so-2026-2030/reports/2026-Q2.yaml"
        text = report.read_text(encoding="utf-8")
        for old, new in HOSTILE_NOTES.items():
            if old not in text:
                raise SystemExit(f"FAIL: the sample report no longer holds the note {old!r}")
            text = text.replace(old, json.dumps(new, ensure_ascii=False))
        report.write_text(text, encoding="utf-8")


def unguarded(cell):
    """A text cell of the export without the quote it puts before a formula-like text."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


def read_export(path):
    """The rows of an exported CSV file: header, then dicts."""
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    return rows[0], [dict(zip(rows[0], row)) for row in rows[1:]]


def number(text):
    return float(text) if text else None


def latest_period(rows):
    return max((r["period"] for r in rows if r["period"]), default="")


def fill_in(public, plan):
    """The plan's three files with the new period filled in, and the figures.

    Each indicator and program reported last period gets a new row (the old
    one stays, as history); each task reported and in progress gets its row
    updated. The figures are chosen to need a decimal comma (86,5) and a
    thousands dot (1.056) once saved in a Vietnamese locale.
    """
    tables, figures = {}, {"indicators": [], "tasks": [], "programs": []}
    data = public / "du-lieu" / plan
    header, rows = read_export(data / "chi-tieu.csv")
    latest = latest_period(rows)
    out = []
    for row in rows:
        out.append(row)
        if row["period"] != latest or not latest:
            continue
        value = number(row["value"]) + 1.5
        if row["unit"] == "percent":
            value = min(value, 100.0)
        else:
            value = float(int(value) + 1000)
        measured = number(row["measured"])
        new = dict(row, period=NEW_PERIOD, report_date=NEW_DATE, value=value,
                   measured="" if measured is None else measured)
        out.append(new)
        figures["indicators"].append({"id": row["indicator_id"], "value": value, "measured": number(row["measured"]),
                                      "note": unguarded(row["note"]), "note_en": unguarded(row["note_en"])})
    tables["chi-tieu.csv"] = (header, out)

    header, rows = read_export(data / "nhiem-vu.csv")
    latest = latest_period(rows)
    for row in rows:
        if row["period"] != latest or row["status"] not in ("in-progress", "done"):
            continue
        percent = 100 if row["status"] == "done" else min(int(float(row["percent"])) + 10, 95)
        row.update(period=NEW_PERIOD, report_date=NEW_DATE, percent=percent)
        figures["tasks"].append({"id": row["task_id"], "status": row["status"], "percent": percent,
                                 "note": unguarded(row["note"]), "note_en": unguarded(row["note_en"])})
    tables["nhiem-vu.csv"] = (header, rows)

    header, rows = read_export(data / "mo-hinh.csv")
    latest = latest_period(rows)
    out = []
    for row in rows:
        out.append(row)
        if row["period"] != latest or not latest:
            continue
        sessions, participants = int(float(row["sessions"])) + 1, int(float(row["participants"])) + 1000
        out.append(dict(row, period=NEW_PERIOD, report_date=NEW_DATE, sessions=sessions, participants=participants))
        figures["programs"].append({"id": row["program_id"], "sessions": sessions, "participants": participants,
                                    "note": unguarded(row["note"]), "note_en": unguarded(row["note_en"])})
    tables["mo-hinh.csv"] = (header, out)
    # An officer saves the files they filled in; one with nothing new would only draw a warning.
    tables = {name: table for name, table in tables.items()
              if any(r.get("period") == NEW_PERIOD for r in table[1])}
    figures["illustrative"] = any(r.get("illustrative") == "yes" for _, rs in tables.values() for r in rs
                                  if r.get("period") == NEW_PERIOD)
    return tables, figures


def excel_cell(value, separator):
    """A cell as Excel in a Vietnamese locale saves it: 86,5 and 1.056."""
    if isinstance(value, float) or isinstance(value, int):
        whole, _, fraction = f"{float(value):.10g}".partition(".")
        if separator == ";":
            whole = f"{int(whole):,}".replace(",", ".")
            return whole + ("," + fraction if fraction else "")
        return whole + ("." + fraction if fraction else "")
    if any(c in value for c in (separator, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def save(tables, folder, separator=";", bom=True, line_end="\r\n"):
    """Writes `tables` into `folder` as a spreadsheet saves CSV."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in tables.items():
        lines = [separator.join(header)]
        lines += [separator.join(excel_cell(row.get(c, ""), separator) for c in header) for row in rows]
        text = line_end.join(lines) + line_end
        (folder / name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def yaml_report(figures):
    """The YAML report with the same figures, for the byte-identical check."""
    def note(item, indent):
        if not item["note"] and not item["note_en"]:
            return ""
        parts = [f"vi: {json.dumps(item['note'], ensure_ascii=False)}"] if item["note"] else []
        if item["note_en"]:
            parts.append(f"en: {json.dumps(item['note_en'], ensure_ascii=False)}")
        return f"{indent}note: {{{', '.join(parts)}}}\n"

    out = f"period: {NEW_PERIOD}\ndate: {NEW_DATE}\n"
    if figures["illustrative"]:
        out += "illustrative: true\n"
    if figures["indicators"]:
        out += "indicators:\n"
        for i in figures["indicators"]:
            out += f"  - id: {i['id']}\n    value: {i['value']:.10g}\n"
            if i["measured"] is not None:
                out += f"    measured: {i['measured']:.10g}\n"
            out += note(i, "    ")
    if figures["tasks"]:
        out += "tasks:\n"
        for t in figures["tasks"]:
            out += f"  - id: {t['id']}\n    status: {t['status']}\n    percent: {t['percent']}\n" + note(t, "    ")
    if figures["programs"]:
        out += "programs:\n"
        for p in figures["programs"]:
            out += f"  - id: {p['id']}\n    sessions: {p['sessions']}\n    participants: {p['participants']}\n"
            out += note(p, "    ")
    return out


def check_figures(public, plan, figures):
    """The new period's figures in the re-exported JSON; a list of failures."""
    failures = []
    data = public / "du-lieu" / plan
    for kind, key, fields in (("chi-tieu", "indicator_id", ("value", "measured")),
                              ("nhiem-vu", "task_id", ("status", "percent")),
                              ("mo-hinh", "program_id", ("sessions", "participants"))):
        rows = json.loads((data / f"{kind}.json").read_text(encoding="utf-8"))["rows"]
        new = {r[key]: r for r in rows if r["period"] == NEW_PERIOD}
        group = {"chi-tieu": "indicators", "nhiem-vu": "tasks", "mo-hinh": "programs"}[kind]
        for item in figures[group]:
            row = new.get(item["id"])
            if row is None:
                failures.append(f"{plan} {kind}: no {NEW_PERIOD} row for {item['id']}")
                continue
            if row["report_date"] != NEW_DATE:
                failures.append(f"{plan} {kind} {item['id']}: report_date {row['report_date']}")
            for field in fields:
                # The task file's status is computed as of the build's date; what was reported is in progress or done.
                if kind == "nhiem-vu" and field == "status":
                    continue
                if row[field] != item[field] and not (isinstance(item[field], float) and row[field] is not None
                                                      and abs(row[field] - item[field]) < 1e-9):
                    failures.append(f"{plan} {kind} {item['id']}: {field} {row[field]!r}, expected {item[field]!r}")
    return failures
