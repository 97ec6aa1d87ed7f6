#!/usr/bin/env python3
"""The officer's quarter, end to end, with the commands the guides give:
`plansite new report` writes the report to fill in and `check` points at each
blank; the figures typed in, plus the other plan's report kept in a
spreadsheet (its downloaded CSV filled in and saved as Excel does), pass
`check` (a publish before that changes nothing live); `publish` puts the
site in a web root that Debian's nginx serves on
loopback, where the new report's page answers; `publish --rollback` brings
the previous site back (the page is gone, over HTTP); publishing again brings
it back. Each step's exit status and output are checked.
Usage: officer_loop.py PLANSITE_BINARY
"""
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "csv_reports"))
import spreadsheet  # noqa: E402

PERIOD = spreadsheet.NEW_PERIOD
YAML_PLAN = "mo-hinh-diem-cds-2026"
CSV_PLAN = "chuyen-doi-so-2026-2030"


def run(*args, expect=0):
    result = subprocess.run(list(args), capture_output=True, text=True)
    if result.returncode != expect:
        sys.exit(f"FAIL: {' '.join(map(str, args))} exited {result.returncode}, not {expect}:\n"
                 f"{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_nginx(work, root, port):
    conf = work / "nginx"
    (conf / "temp").mkdir(parents=True)
    user = "user root;" if os.getuid() == 0 else ""
    temps = "".join(f"  {k}_temp_path {conf}/temp/{k};\n" for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (conf / "nginx.conf").write_text(
        f"{user}\ndaemon off;\nworker_processes 1;\npid {conf}/nginx.pid;\nerror_log {conf}/error.log;\n"
        f"events {{ worker_connections 64; }}\nhttp {{\n  access_log off;\n{temps}"
        f"  server {{ listen 127.0.0.1:{port}; root {root}; }}\n}}\n")
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    server = subprocess.Popen([nginx, "-p", str(conf), "-e", str(conf / "error.log"), "-c", str(conf / "nginx.conf")])
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    sys.exit("FAIL: nginx did not start: " + (conf / "error.log").read_text())


def status(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, ""


def main(plansite):
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(tmp)
        site = work / "site"
        spreadsheet.copy_sample_site(site)
        web = work / "www" / "xa"
        (work / "www").mkdir()
        target = f"dir:{web}"

        # The portal as published before the quarter.
        run(plansite, "publish", "--source", site, "--to", target)
        server = start_nginx(work, web, port := free_port())
        page = f"/bao-cao/{PERIOD}/"
        try:
            if status(port, "/")[0] != 200 or status(port, page)[0] != 404:
                sys.exit(f"FAIL: before the quarter, / should answer 200 and {page} 404")

            # The quarter's report to fill in: check names every blank.
            said = run(plansite, "new", "report", YAML_PLAN, PERIOD, "--source", site)
            report = site / "content/plans" / YAML_PLAN / "reports" / f"{PERIOD}.yaml"
            if not report.is_file():
                sys.exit(f"FAIL: new report wrote no {report}:\n{said}")
            blanks = run(plansite, "check", "--source", site, expect=1)
            count = len(re.findall(r"error: '(sessions|participants)' is blank", blanks))
            if count != 4:
                sys.exit(f"FAIL: check should name 4 blanks of the new report, named {count}:\n{blanks}")
            # A failed publish changes nothing live.
            run(plansite, "publish", "--source", site, "--to", target, expect=1)
            if status(port, page)[0] != 404:
                sys.exit("FAIL: a publish of a report with blanks changed the live site")
            text = report.read_text(encoding="utf-8")
            text = re.sub(r"(?m)^(    sessions:)$", r"\1 3", text)
            text = re.sub(r"(?m)^(    participants:)$", r"\1 41", text)
            report.write_text(text, encoding="utf-8")

            # The other plan's report kept in a spreadsheet: its download, filled in.
            run(plansite, "build", "--source", site, "--output", work / "download")
            tables, figures = spreadsheet.fill_in(work / "download", CSV_PLAN)
            if not figures["indicators"]:
                sys.exit("FAIL: the download gave no indicator to fill in")
            spreadsheet.save(tables, site / "content/plans" / CSV_PLAN / "reports" / PERIOD)
            checked = run(plansite, "check", "--source", site)
            if "ok:" not in checked or "warning" in checked:
                sys.exit(f"FAIL: the filled-in reports should check clean:\n{checked}")

            # Published, rolled back, published again: what nginx serves each time.
            run(plansite, "publish", "--source", site, "--to", target)
            code, body = status(port, page)
            if code != 200 or "41" not in body:
                sys.exit(f"FAIL: after publish {page} answered {code}, or without the new figures")
            failures = spreadsheet.check_figures(web, CSV_PLAN, figures)
            if failures:
                sys.exit("FAIL: " + "\n".join(failures))
            run(plansite, "publish", "--source", site, "--to", target, "--rollback")
            if status(port, page)[0] != 404:
                sys.exit(f"FAIL: after --rollback {page} should be gone again")
            run(plansite, "publish", "--source", site, "--to", target)
            code, body = status(port, page)
            if code != 200 or "41" not in body:
                sys.exit(f"FAIL: published again, {page} answered {code}")
        finally:
            server.terminate()
            server.wait()
    print(f"ok: new report, check, spreadsheet report, publish, rollback and republish of {PERIOD} over nginx")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
