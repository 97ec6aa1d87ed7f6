# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
ln -sf "$OUTSIDE/folder/plan.yaml" "$SITE/content/plans/ke-hoach-thu/plan.yaml"
