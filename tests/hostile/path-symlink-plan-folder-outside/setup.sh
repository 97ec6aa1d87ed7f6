# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
ln -s "$OUTSIDE/folder" "$SITE/content/plans/ke-hoach-hai"
