# Run in the case's work folder; $SITE is the site. One 2 MB line of text,
# written here rather than kept in the repository.
set -eu
python3 - "$SITE/content/plans/ke-hoach-thu/body.vi.md" << 'PY'
import sys
open(sys.argv[1], "w", encoding="utf-8").write(
    "## I. MỤC ĐÍCH\n\n" + "chữ " * 500000 + "\n\n## II. NHIỆM VỤ\n\n1. Tập huấn.\n")
PY
