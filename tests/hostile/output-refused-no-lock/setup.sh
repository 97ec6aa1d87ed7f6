# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
mkdir victim
echo keep > victim/keep.txt
