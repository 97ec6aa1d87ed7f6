# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
mkdir out
printf "# public/\n" > out/README.md
ln -s "$OUTSIDE/folder" out/link
