# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
ln -sf ../../shared/body.md "$SITE/content/plans/ke-hoach-thu/body.vi.md"
