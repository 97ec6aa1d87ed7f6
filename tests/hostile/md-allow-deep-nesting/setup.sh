# 3,000 nested divs and 20,000 unclosed spans (150 kB): written here, not
set -eu
# kept in the repository.
python3 - "$SITE/content/plans/ke-hoach-thu/body.vi.md" <<'PY'
import sys
body = ("## I. MỤC ĐÍCH\n\n" + "<div>" * 3000 + "sâu" + "</div>" * 3000 + "\n\n"
        + "<span>" * 20000 + "x\n\n## II. NHIỆM VỤ\n\n1. Tập huấn.\n")
open(sys.argv[1], "w", encoding="utf-8").write(body)
PY
