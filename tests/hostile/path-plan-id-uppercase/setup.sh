# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
mkdir "$SITE/content/plans/Ke-Hoach"
cp "$SITE/content/plans/ke-hoach-thu/plan.yaml" "$SITE/content/plans/Ke-Hoach/"
