# Run in the case's work folder; $SITE is the site. The lead agency's id is a
# million letters long (1 MB), written here rather than kept in the repository.
set -eu
python3 - "$SITE/content/plans/ke-hoach-thu/plan.yaml" << 'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = text.replace("[LONG_ID]  # setup.sh writes a million-letter id here", "[" + "a" * 1000000 + "]")
open(path, "w", encoding="utf-8").write(text)
PY
