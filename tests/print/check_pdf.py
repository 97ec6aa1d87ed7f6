#!/usr/bin/env python3
"""Checks that a plan printed to PDF passes for the document as issued.

Usage: check_pdf.py PDF EXPECTATIONS_JSON KEY

KEY names the PDF's entry in the expectations file: which rules the document
follows (state: Nghị định 30/2020/NĐ-CP; party: Hướng dẫn 36-HD/VPTW), its
language, whether it is a draft, its number line and its signatories. Every
measurement is read back from the PDF with poppler-utils (pdffonts, pdftotext),
so the test sees what a reader's printer would get. Prints one line per
failure and exits 1 if there is any.
"""
import json
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

MM = 72 / 25.4  # points per millimetre
A4 = (210 * MM, 297 * MM)
# Liberation Serif (and Times New Roman): a word's box is ascent + descent = 1.107 em.
EM_BOX = 1.107
NS = "{http://www.w3.org/1999/xhtml}"

# Text of the website that must never reach paper.
WEB_TEXT = {
    "vi": ["Bỏ qua, đến nội dung chính", "Trang chủ", "Thông tin văn bản", "Mục lục", "Tải PDF",
           "Trang được tạo bằng plansite", "Căn cứ ban hành", "Bảng nhiệm vụ"],
    "en": ["Skip to main content", "Home", "About this document", "Contents", "Download PDF",
           "Built with plansite", "Legal bases", "Table of tasks"],
}
NATIONAL = {"vi": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "en": "SOCIALIST REPUBLIC OF VIET NAM"}
MOTTO = {"vi": "Độc lập - Tự do - Hạnh phúc", "en": "Independence - Freedom - Happiness"}
PARTY = {"vi": "ĐẢNG CỘNG SẢN VIỆT NAM", "en": "COMMUNIST PARTY OF VIET NAM"}
RECIPIENTS = {"vi": "Nơi nhận:", "en": "Recipients:"}
DRAFT = {"vi": "DỰ THẢO", "en": "DRAFT"}
# A line that ends inside a document number: "57-" | "NQ/TW", "41-KH/" | "ĐU".
SPLIT_NUMBER = re.compile(r"(?:\d|[A-ZĐ]{2,})[-/]$")
TIMES_FONTS = re.compile(r"^(?:[A-Z]{6}\+)?(?:LiberationSerif|TimesNewRoman|Times|Tinos)")

failures = []


def norm(text):
    """Text with every run of white space (line breaks, no-break spaces) as one space."""
    return " ".join(text.split())


def fail(message):
    failures.append(message)


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


class Word:
    def __init__(self, e, page):
        self.page = page
        self.x0, self.y0 = float(e.get("xMin")), float(e.get("yMin"))
        self.x1, self.y1 = float(e.get("xMax")), float(e.get("yMax"))
        self.text = e.text or ""

    @property
    def size(self):
        """The font size in points, from the height of the word's box."""
        return (self.y1 - self.y0) / EM_BOX

    @property
    def centre(self):
        return (self.x0 + self.x1) / 2


def read_pages(pdf):
    root = ET.fromstring(run("pdftotext", "-bbox-layout", pdf, "-"))
    pages = []
    for number, page in enumerate(root.iter(NS + "page"), start=1):
        lines = []
        for line in page.iter(NS + "line"):
            words = [Word(w, number) for w in line.iter(NS + "word")]
            if words:
                lines.append(words)
        pages.append({"width": float(page.get("width")), "height": float(page.get("height")), "lines": lines})
    return pages


def find_line(pages, text, page=None):
    """The first line whose words join to start with `text`, as a list of words."""
    for number, p in enumerate(pages, start=1):
        if page is not None and number != page:
            continue
        for line in p["lines"]:
            if " ".join(w.text for w in line).startswith(text):
                return line
    return None


def check_size(pages, label, text, low, high, page=None):
    line = find_line(pages, text, page)
    if line is None:
        return fail(f"{label}: '{text}' not found")
    size = line[0].size
    if not low - 0.3 <= size <= high + 0.3:
        fail(f"{label} is {size:.1f} pt; {low}–{high} pt required")


def check_page_size(pages):
    for number, p in enumerate(pages, start=1):
        if abs(p["width"] - A4[0]) > 1.5 or abs(p["height"] - A4[1]) > 1.5:
            fail(f"page {number} is {p['width']:.0f} × {p['height']:.0f} pt, not A4 portrait")


def page_numbers(pages):
    """Removes the page numbers from the pages' lines and checks them: none on
    page 1, then each page's own number, centred in the top margin."""
    for number, p in enumerate(pages, start=1):
        if not p["lines"]:
            continue
        top = min(p["lines"], key=lambda line: line[0].y0)
        is_number = len(top) == 1 and top[0].text == str(number)
        if number == 1:
            if is_number:
                fail("page 1 carries a page number")
            continue
        if not is_number:
            fail(f"page {number} has no page number at its top")
            continue
        p["lines"].remove(top)
        word = top[0]
        content_centre = (32.5 + (210 - 17.5)) / 2 * MM
        if abs(word.centre - content_centre) > 3 * MM:
            fail(f"page number {number} is not centred ({word.centre / MM:.1f} mm)")
        if word.y1 > 20 * MM:
            fail(f"page number {number} is not in the top margin")
        check_range(f"page number {number}", word.size, 13, 14, "pt")


def check_range(label, value, low, high, unit):
    if not low <= value <= high:
        fail(f"{label} is {value:.1f} {unit}; {low}–{high} {unit} required")


def check_margins(pages):
    """Left, right and top: the text's extreme edges over the whole document sit
    inside the ranges. Bottom: no text enters the 20 mm margin; and where a
    paragraph runs on to the next page, the page it left was full, so its text
    ends within 25 mm of the edge plus the one line that did not fit."""
    words = [w for p in pages for line in p["lines"] for w in line]
    left = min(w.x0 for w in words) / MM
    right = min(pages[w.page - 1]["width"] - w.x1 for w in words) / MM
    top = min(w.y0 for w in words) / MM
    gaps = [(p["height"] - max(w.y1 for line in p["lines"] for w in line)) / MM if p["lines"] else 297 for p in pages]
    bottom = min(gaps)
    check_range("left margin", left, 30, 35, "mm")
    check_range("right margin", right, 15, 20, "mm")
    check_range("top margin", top, 20, 25, "mm")
    if bottom < 20:
        fail(f"bottom margin is {bottom:.1f} mm; text enters the 20 mm margin")
    _, lines, pitch = body_metrics(pages)
    right_edge = max(w.x1 for w in words)
    # A paragraph runs on where a page's last body line is justified to the
    # right margin and the next page's first is not indented.
    full = [gaps[a[0].page - 1] for a, b in zip(lines, lines[1:])
            if b[0].page == a[0].page + 1 and right_edge - a[-1].x1 < 1 * MM and b[0].x0 - left * MM < 0.5 * MM]
    if full and min(full) - pitch / MM > 25:
        fail(f"bottom margin is {min(full):.1f} mm on a full page, more than 25 mm and a line ({pitch / MM:.1f} mm)")
    return left, right, top, min(full) if full else bottom


def body_lines(pages):
    """The lines of running text: those that start at the left margin or at the
    paragraph indent (headers are centred and table cells padded)."""
    lines = [line for p in pages for line in p["lines"]]
    left = min(line[0].x0 for line in lines)
    return [line for line in lines if line[0].x0 - left < 0.5 * MM or abs(line[0].x0 - left - 1.27 * 28.35) < 2 * MM]


def body_metrics(pages):
    """The body's font size, its lines in reading order, and the distance from
    one line of a paragraph to the next."""
    lines = body_lines(pages)
    size = statistics.mode(round(w.size * 2) / 2 for line in lines for w in line)
    lines = [line for line in lines if abs(line[0].size - size) < 0.5]
    gaps = [b[0].y0 - a[0].y0 for a, b in zip(lines, lines[1:]) if a[0].page == b[0].page and b[0].y0 > a[0].y0]
    return size, lines, min(gaps) if gaps else 0


def check_fonts(pdf):
    rows = run("pdffonts", pdf).splitlines()[2:]
    if not rows:
        fail("no fonts embedded")
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        if not TIMES_FONTS.match(name) or "Sans" in name:
            fail(f"font {name} is not Times New Roman or a metric-compatible serif")
        if emb != "yes":
            fail(f"font {name} is not embedded")


def check_header(pages, expect):
    """Two columns with a clear gutter; the sizes of Nghị định 30 or Hướng dẫn 36."""
    lang = expect["lang"]
    title = find_line(pages, expect["doc_type"], page=1)
    if title is None:
        return fail(f"'{expect['doc_type']}' not found on page 1")
    header = [w for line in pages[0]["lines"] for w in line if w.y1 < title[0].y0 and w.text not in DRAFT[lang].split()]
    spans = sorted((w.x0, w.x1) for w in header)
    gutter, reach = 0, spans[0][1]
    for x0, x1 in spans[1:]:
        gutter = max(gutter, x0 - reach)
        reach = max(reach, x1)
    if gutter < 4 * MM:
        fail(f"the header's two columns are {gutter / MM:.1f} mm apart; a clear gutter (4 mm) required")
    if expect["form"] == "state":
        check_size(pages, "national name", NATIONAL[lang], 12, 13, page=1)
        check_size(pages, "motto", MOTTO[lang], 13, 14, page=1)
    else:
        check_size(pages, "Party name", PARTY[lang], 14, 15, page=1)
    check_size(pages, "document type", expect["doc_type"], 13, 16, page=1)


def check_ending(pages, expect):
    """Signatures on the right (side by side when joint), Nơi nhận on the left."""
    lang = expect["lang"]
    content_centre = (32.5 + (210 - 17.5)) / 2 * MM
    label = find_line(pages, RECIPIENTS[lang])
    if label is None:
        fail(f"'{RECIPIENTS[lang]}' not found")
    else:
        if expect["form"] == "state":
            check_size(pages, "'Nơi nhận:'", RECIPIENTS[lang], 12, 12)
        if label[0].x1 > content_centre:
            fail("'Nơi nhận:' is not on the left")
        items = [line for p in pages for line in p["lines"]
                 if line[0].text == "-" and line[0].page == label[0].page and line[0].y0 > label[0].y0
                 and line[0].x1 < content_centre]
        if not items:
            fail("no recipients listed under 'Nơi nhận:'")
        elif expect["form"] == "state":
            check_range("recipient list", items[0][0].size, 10.7, 11.3, "pt")
    names = []
    for name in expect["signers"]:
        line = find_line(pages, name)
        if line is None:
            fail(f"signatory '{name}' not found")
            continue
        words = [w for w in line if w.x0 >= line[0].x0]
        name_words = words[:len(name.split())]
        names.append(((name_words[0].x0 + name_words[-1].x1) / 2, name_words[0].y0))
    if len(names) == 1 and names[0][0] < content_centre:
        fail("the signature block is not on the right")
    if len(names) > 1:
        if max(y for _, y in names) - min(y for _, y in names) > 2:
            fail("a joint plan's signature blocks are not side by side")
        if names[0][0] > content_centre or names[-1][0] < content_centre:
            fail("a joint plan's signature blocks do not span both halves")


def check_text(pages, pdf, expect):
    lang = expect["lang"]
    text = norm(run("pdftotext", "-layout", pdf, "-"))
    raw = run("pdftotext", pdf, "-")
    first_page = norm(run("pdftotext", "-layout", "-f", "1", "-l", "1", pdf, "-"))
    if expect["form"] == "state":
        for phrase in (NATIONAL[lang], MOTTO[lang]):
            if phrase not in first_page:
                fail(f"'{phrase}' missing from page 1")
    else:
        if PARTY[lang] not in first_page:
            fail(f"'{PARTY[lang]}' missing from page 1")
        if MOTTO[lang] in text:
            fail("a Party document carries the State motto")
    if expect.get("number_line"):
        if norm(expect["number_line"]) not in first_page:
            fail(f"number line '{expect['number_line']}' missing from page 1")
    elif re.search(r"(Số|No\.)[: ]", first_page.split(expect["doc_type"])[0]):
        fail("a plan without a number prints a number line")
    if (DRAFT[lang] in first_page.split(expect["doc_type"])[0]) != expect["draft"]:
        fail(f"the draft mark '{DRAFT[lang]}' is {'missing' if expect['draft'] else 'printed on an issued plan'}")
    for phrase in WEB_TEXT[lang]:
        if phrase in text:
            fail(f"website text '{phrase.strip()}' printed")
    for bullet in ("•", "◦", "▪"):
        if bullet in text:
            fail(f"list bullet '{bullet}' printed where the document has its own markers")
    for phrase in expect.get("contains", []):  # in reading order, column by column
        if norm(phrase) not in norm(raw):
            fail(f"'{phrase}' missing")
    for line in raw.splitlines():
        if SPLIT_NUMBER.search(line.rstrip()):
            fail(f"a document number is split across lines: '…{line.rstrip()[-30:]}'")


def check_body(pages):
    """Body text 13–14 pt, its first lines indented 1–1.27 cm, at least 6 pt
    between paragraphs and line spacing from single to 1.5 lines."""
    body, lines, within = body_metrics(pages)
    check_range("body text", body, 13, 14, "pt")
    left = min(line[0].x0 for line in lines)
    indents = [line[0].x0 - left for line in lines if 0.5 * 28.35 < line[0].x0 - left < 1.6 * 28.35]
    if not indents:
        return fail("no paragraph's first line is indented")
    indent = statistics.mode(round(i, 1) for i in indents) / 28.35
    check_range("first-line indent", indent, 1.0, 1.3, "cm")
    check_range("line spacing", within / (body * EM_BOX), 1.0, 1.5, "lines")
    gaps = [b[0].y0 - a[0].y0 for a, b in zip(lines, lines[1:]) if a[0].page == b[0].page and b[0].y0 > a[0].y0]
    between = [round(g - within, 1) for g in gaps if g - within > 1]
    if between:
        check_range("space between paragraphs", statistics.mode(between), 6, 12, "pt")
    else:
        fail("no space between paragraphs")


def main():
    pdf, expectations, key = sys.argv[1:4]
    with open(expectations, encoding="utf-8") as f:
        expect = json.load(f)[key]
    pages = read_pages(pdf)
    if not pages:
        print(f"FAIL {key}: no pages")
        return 1
    check_page_size(pages)
    check_fonts(pdf)
    check_text(pages, pdf, expect)
    page_numbers(pages)
    left, right, top, bottom = check_margins(pages)
    check_header(pages, expect)
    check_body(pages)
    check_ending(pages, expect)
    for message in failures:
        print(f"FAIL {key}: {message}")
    if not failures:
        print(f"ok {key}: {len(pages)} A4 pages, margins left {left:.1f} right {right:.1f} top {top:.1f} "
              f"bottom {bottom:.1f} mm")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
