# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
mkdir -p out
ln -s "$OUTSIDE/planted" .out.plansite-lock
