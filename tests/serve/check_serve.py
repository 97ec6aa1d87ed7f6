#!/usr/bin/env python3
"""`plansite serve` over real HTTP on 127.0.0.1.

Serves a copy of the sample site and checks: pages, folder redirects, the
site's 404 page, content types; every path-traversal request answered 4xx,
sent as raw bytes (curl and urllib would normalise '..' away); a content
change served without restarting; a broken change leaving the last good site
served while the status endpoint gives file, line, column, message and hint;
the fix; a second server on a busy port; Ctrl-C stopping cleanly.

Usage: check_serve.py PLANSITE_BINARY
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PLAN = os.path.join('content', 'plans', 'chuyen-doi-so-2026-2030', 'plan.yaml')
PLAN_PAGE = '/ke-hoach/chuyen-doi-so-2026-2030/'
problems = 0


def check(ok, what):
    global problems
    print(('ok   ' if ok else 'FAIL ') + what, flush=True)
    if not ok:
        problems += 1


class Server:
    """A running `plansite serve`, its output collected line by line."""

    def __init__(self, binary, source, port='0'):
        self.process = subprocess.Popen([binary, 'serve', '--source', source, '--port', port],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.out, self.err = [], []
        for stream, lines in ((self.process.stdout, self.out), (self.process.stderr, self.err)):
            threading.Thread(target=lambda s=stream, l=lines: [l.append(x) for x in s], daemon=True).start()

    def wait_for(self, pattern, lines, seconds=120):
        deadline = time.time() + seconds
        while time.time() < deadline:
            for line in list(lines):
                match = re.search(pattern, line)
                if match:
                    return match
            if self.process.poll() is not None and not self.process.stdout.readable():
                break
            time.sleep(0.05)
        return None


def fetch(origin, path):
    """(status, headers, body) without following redirects."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args):
            return None
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(origin + path, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def raw_status(port, target):
    """The status of a GET of `target` sent byte for byte, and the body."""
    with socket.create_connection(('127.0.0.1', port), timeout=30) as s:
        s.sendall(b'GET ' + target + b' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')
        data = b''
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    match = re.match(rb'HTTP/1\.[01] (\d{3})', data)
    return (int(match.group(1)) if match else 0), data


def status(origin):
    return json.loads(fetch(origin, '/__plansite/status')[2])


def wait_status(origin, condition, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        current = status(origin)
        if condition(current):
            return current
        time.sleep(0.1)
    return status(origin)


def edit(path, old, new):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    assert old in text, f'{old!r} not in {path}'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text.replace(old, new, 1))


def main():
    binary = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix='plansite-serve-test-')
    site = os.path.join(work, 'site')
    os.makedirs(site)
    shutil.copy(os.path.join(TOP, 'site.yaml'), site)
    shutil.copytree(os.path.join(TOP, 'content'), os.path.join(site, 'content'))
    server = Server(binary, site)
    try:
        run(server, site, binary)
    finally:
        if server.process.poll() is None:
            server.process.kill()
        shutil.rmtree(work, ignore_errors=True)
    print('FAILED: %d problem(s)' % problems if problems else 'all serve checks passed')
    return 1 if problems else 0


def run(server, site, binary):
    match = server.wait_for(r'serving .* at http://127\.0\.0\.1:(\d+)/', server.out)
    check(match is not None, 'serve prints the address it listens on, on 127.0.0.1')
    if not match:
        print(''.join(server.out + server.err))
        return
    port = int(match.group(1))
    origin = f'http://127.0.0.1:{port}'
    built = server.wait_for(r'built \d+ files into (\S+)', server.out)
    check(built is not None, 'serve prints where it built the site')
    if not built:
        return
    output = built.group(1)
    check(not output.startswith(site), f'the site is built outside the source folder ({output})')
    check(not os.path.exists(os.path.join(site, 'public')), 'serve writes no public/ in the site')

    # Pages, folders, the 404 page, content types.
    code, headers, body = fetch(origin, '/')
    check(code == 200 and b'<script src="/__plansite/live.js?build=1" defer></script>\n</body>' in body,
          'GET / is the home page with the live-reload script before </body>')
    check(headers['Content-Type'] == 'text/html; charset=utf-8', 'a page is text/html; charset=utf-8')
    with open(os.path.join(output, 'index.html'), 'rb') as f:
        check(body.replace(b'<script src="/__plansite/live.js?build=1" defer></script>\n', b'') == f.read(),
              'the page is the built file, byte for byte, but for the script')
    code, headers, _ = fetch(origin, '/ke-hoach')
    check(code == 301 and headers['Location'].endswith('/ke-hoach/'), 'a folder without its / is redirected to it')
    check(fetch(origin, '/en/')[0] == 200, 'GET /en/ is the English home page')
    code, _, body = fetch(origin, '/khong-co/')
    with open(os.path.join(output, '404.html'), 'rb') as f:
        check(code == 404 and f.read().split(b'</body>')[0] in body, 'a missing page is the site\'s 404 page, status 404')
    code, _, body = fetch(origin, '/en/missing')
    with open(os.path.join(output, 'en', '404.html'), 'rb') as f:
        check(code == 404 and f.read().split(b'</body>')[0] in body, 'a missing page under /en/ is the English 404 page')
    expected_types = {'.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
                      '.json': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8',
                      '.xml': 'application/xml', '.ico': 'image/x-icon'}
    seen = set()
    for folder, _, files in os.walk(output):
        for name in files:
            extension = os.path.splitext(name)[1]
            if extension in expected_types and extension not in seen:
                seen.add(extension)
                path = '/' + os.path.relpath(os.path.join(folder, name), output)
                code, headers, _ = fetch(origin, path)
                check(code == 200 and headers['Content-Type'] == expected_types[extension],
                      f'{path} is {expected_types[extension]}')
    check(seen == set(expected_types), 'the sample site has every kind of file checked')

    # Path traversal, sent as raw bytes.
    os.symlink('/etc', os.path.join(output, 'escape'))
    for target in [b'/../etc/passwd', b'/../../../../etc/passwd', b'/a/../../etc/passwd', b'/..', b'/./../etc/passwd',
                   b'/%2e%2e/etc/passwd', b'/%2E%2E/%2E%2E/etc/passwd', b'/.%2e/etc/passwd', b'/%2E%2E%2Fetc%2Fpasswd',
                   b'/..%2f..%2fetc%2fpasswd', b'/..\\..\\etc\\passwd', b'/%5c..%5c..%5cetc%5cpasswd',
                   b'/%252e%252e/%252e%252e/etc/passwd', b'/%c0%ae%c0%ae/etc/passwd', b'/%c0%ae%c0%ae%c0%afetc',
                   b'/%e0%80%ae%e0%80%ae/etc/passwd', b'/index.html%00.css', b'/index.html\x00.css',
                   b'//etc/passwd', b'/escape/passwd', b'http://127.0.0.1/../etc/passwd', b'../etc/passwd']:
        code, data = raw_status(port, target)
        check(400 <= code < 500 and b'root:' not in data, f'{target!r} answers {code}')
    check(any('refused' in line for line in server.err), 'refused requests are noted in the terminal')

    # A change is served without a restart.
    plan = os.path.join(site, PLAN)
    edit(plan, 'vi: Chuyển đổi số xã Phú Thịnh giai đoạn 2026 - 2030', 'vi: Chuyển đổi số xã Phú Thịnh giai đoạn 2026 - 2030 (bản xem thử)')
    now = wait_status(origin, lambda s: s['build'] == 2)
    check(now['build'] == 2 and now['ok'], 'a content change is rebuilt (build 2)')
    body = fetch(origin, PLAN_PAGE)[2].decode()
    check('(bản xem thử)' in body and 'live.js?build=2' in body, 'the plan page shows the new text')

    # A broken change: the last good site stays, the errors are on the status.
    with open(plan, encoding='utf-8') as f:
        lines = f.read().split('\n')
    line = next(i for i, text in enumerate(lines) if 'lead: [phong-van-hoa-xa-hoi]' in text) + 1
    column = lines[line - 1].index('phong-van-hoa-xa-hoi') + 1
    bad = '<img src=x onerror=alert(1)>'
    lines[line - 1] = lines[line - 1].replace('phong-van-hoa-xa-hoi', bad, 1)
    with open(plan, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))
    now = wait_status(origin, lambda s: not s['ok'])
    errors = now['errors']
    check(not now['ok'] and now['build'] == 2, 'a broken change fails and build 2 stays served')
    check(len(errors) >= 1 and errors[0]['file'] == PLAN and errors[0]['line'] == line and errors[0]['column'] == column,
          f'the error is at {PLAN}:{line}:{column}: {errors[:1]}')
    check(len(errors) >= 1 and bad in errors[0]['message'] and errors[0]['hint'] != '', 'with its message and hint')
    body = fetch(origin, PLAN_PAGE)[2].decode()
    check('(bản xem thử)' in body, 'the last good plan page is still served')
    terminal = server.wait_for(re.escape(f'{PLAN}:{line}:{column}: error: '), server.err, 30)
    check(terminal is not None, 'the terminal shows the error as plansite build prints it')

    # The fix.
    edit(plan, bad, 'phong-van-hoa-xa-hoi')
    now = wait_status(origin, lambda s: s['ok'])
    check(now['ok'] and now['build'] == 3 and now['errors'] == [], 'the fix is built (build 3) and the errors are gone')

    # A second server on the same port says so and stops.
    try:
        second = subprocess.run([binary, 'serve', '--source', site, '--port', str(port)], capture_output=True,
                                text=True, timeout=60)
    except subprocess.TimeoutExpired:
        second = subprocess.CompletedProcess([], None, '', 'it kept running on the same port')
    check(second.returncode == 1 and 'cannot listen on 127.0.0.1:%d' % port in second.stderr and 'hint:' in second.stderr,
          'a second serve on a busy port exits 1 with a hint')

    first_build_fails(binary, site, plan)

    # Ctrl-C during the first build still stops it, and cleanly. The signal
    # goes once the server's port takes connections: it is bound before the
    # first build, after Ctrl-C is handled (a fixed wait raced a slow start,
    # as under the sanitizers, and killed the process before it could).
    with socket.socket() as probe:
        probe.bind(('127.0.0.1', 0))
        early_port = probe.getsockname()[1]
    early = Server(binary, site, str(early_port))
    deadline = time.time() + 60
    while time.time() < deadline and early.process.poll() is None:
        try:
            socket.create_connection(('127.0.0.1', early_port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.01)
    early.process.send_signal(signal.SIGINT)
    try:
        code = early.process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        early.process.kill()
        code = None
    check(code == 0, f'Ctrl-C right after start stops the server with status 0 (got {code})')

    # Ctrl-C stops cleanly and removes the private folder.
    server.process.send_signal(signal.SIGINT)
    try:
        code = server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        code = None
    check(code == 0, f'Ctrl-C stops the server with status 0 (got {code})')
    check(not os.path.exists(os.path.dirname(output)), 'and removes its private folder')


def first_build_fails(binary, site, plan):
    """A site broken from the start: a page that waits, shows the errors, and comes once fixed."""
    edit(plan, 'lead: [phong-van-hoa-xa-hoi]', 'lead: [phong-van-hoa-xa-hoj]')
    server = Server(binary, site)
    try:
        match = server.wait_for(r'serving .* at http://127\.0\.0\.1:(\d+)/', server.out)
        check(match is not None, 'a site with errors is served all the same')
        if not match:
            return
        origin = f'http://127.0.0.1:{match.group(1)}'
        code, _, body = fetch(origin, '/ke-hoach/')
        now = status(origin)
        check(code == 503 and b'/__plansite/live.js?build=0' in body, 'with no good build yet, pages answer 503 with the live-reload script')
        check(now['build'] == 0 and not now['ok'] and "unknown agency 'phong-van-hoa-xa-hoj'" in now['errors'][0]['message'],
              'and the status gives the errors')
        edit(plan, 'lead: [phong-van-hoa-xa-hoj]', 'lead: [phong-van-hoa-xa-hoi]')
        now = wait_status(origin, lambda s: s['ok'])
        check(now['build'] == 1 and fetch(origin, '/ke-hoach/')[0] == 200, 'once fixed, the site is served')
    finally:
        server.process.send_signal(signal.SIGINT)
        server.process.wait(timeout=30)


if __name__ == '__main__':
    sys.exit(main())
