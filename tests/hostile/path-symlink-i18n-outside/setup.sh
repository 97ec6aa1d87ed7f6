# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
mkdir -p "$SITE/i18n"
ln -s "$OUTSIDE/secret.txt" "$SITE/i18n/vi.yaml"
