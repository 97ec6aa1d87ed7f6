# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
mkdir -p "$SITE/content/plans/ke-hoach-thu/reports/anh"
ln -s "$OUTSIDE/secret.txt" "$SITE/content/plans/ke-hoach-thu/reports/anh/a.svg"
