# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
rm "$SITE/content/plans/ke-hoach-thu/body.vi.md"
mkdir "$SITE/content/plans/ke-hoach-thu/body.vi.md"
