# shellcheck shell=bash
# Shared by the publish tests (sourced): a copy of the sample site, the edits
# an officer makes to it, free ports and failures.
copy_sample_site() {
  mkdir -p "$1"
  cp -r "${top:?the sourcing test sets top}/site.yaml" "$top/content" "$1/"
}

change_one_report() {
  local report="$1/content/plans/chuyen-doi-so-2026-2030/reports/2026-Q2.yaml"
  python3 - "$report" "$2" << 'PY'
import re, sys
path, value = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
# The first indicator's value: the figure an officer types each quarter.
new, count = re.subn(r"(indicators:\n  - id: [a-z0-9-]+\n    value: )[0-9.]+", r"\g<1>" + value, text, count=1)
assert count == 1, "no indicator value found in " + path
open(path, "w", encoding="utf-8").write(new)
PY
}

break_content() {
  # An unknown agency: a content error the build reports with its position.
  sed -i '0,/agency: [a-z-]*/s//agency: phong-khong-co/' "$1/content/plans/chuyen-doi-so-2026-2030/reports/2026-Q2.yaml"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_port() {
  for _ in $(seq 100); do
    if python3 -c "import socket; socket.create_connection(('127.0.0.1', $1), timeout=1)" 2> /dev/null; then return 0; fi
    sleep 0.1
  done
  echo "nothing listens on 127.0.0.1:$1" >&2
  return 1
}

# Serves $work/remote over SFTP on a free port of 127.0.0.1 (rclone serve
# sftp) and defines the remote 'loopback' from the environment only: an empty
# config file keeps the machine's own rclone.conf out of the test. Sets
# $server (for the test's cleanup) and $password (the server's).
serve_sftp_loopback() {
  local port
  port=$(free_port)
  password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
  mkdir -p "$work/remote"
  rclone serve sftp --addr "127.0.0.1:$port" --user plansite --pass "$password" "$work/remote" > "$work/server.log" 2>&1 &
  server=$!
  wait_for_port "$port"
  export RCLONE_CONFIG="$work/rclone.conf"
  : > "$RCLONE_CONFIG"
  export RCLONE_CONFIG_LOOPBACK_TYPE=sftp RCLONE_CONFIG_LOOPBACK_HOST=127.0.0.1 RCLONE_CONFIG_LOOPBACK_PORT=$port
  RCLONE_CONFIG_LOOPBACK_USER=plansite RCLONE_CONFIG_LOOPBACK_PASS=$(rclone obscure "$password")
  export RCLONE_CONFIG_LOOPBACK_USER RCLONE_CONFIG_LOOPBACK_PASS
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
