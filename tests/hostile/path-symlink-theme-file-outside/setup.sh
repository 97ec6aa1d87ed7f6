# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
mkdir -p "$SITE/themes/rieng"
ln -s "$OUTSIDE/secret.txt" "$SITE/themes/rieng/style.css"
