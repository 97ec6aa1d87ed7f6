# Run in the case's work folder; $SITE is the site. A list nested 3,000 levels
# deep (9 MB), written here rather than kept in the repository.
set -eu
python3 - "$SITE/content/plans/ke-hoach-thu/body.vi.md" << 'PY'
import sys
items = "".join(" " * (2 * level) + "- mục\n" for level in range(3000))
open(sys.argv[1], "w", encoding="utf-8").write(
    "## I. MỤC ĐÍCH\n\n" + items + "\n\n## II. NHIỆM VỤ\n\n1. Tập huấn.\n")
PY
