# 100,000 stray closing tags in one HTML block (700 kB), each a warning:
# written here, not kept in the repository.
set -eu
python3 - "$SITE/content/plans/ke-hoach-thu/body.vi.md" <<'PY'
import sys
body = "## I. MỤC ĐÍCH\n\n<div>\n" + "</div></main>\n" * 100000 + "\n## II. NHIỆM VỤ\n\n1. Tập huấn.\n"
open(sys.argv[1], "w", encoding="utf-8").write(body)
PY
