# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
mkdir "$SITE/content/plans/assets"
cp -r "$SITE/content/plans/ke-hoach-thu/." "$SITE/content/plans/assets/"
