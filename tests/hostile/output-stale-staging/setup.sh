# Run in the case's work folder; $SITE is the site, $OUTSIDE a folder beside it.
set -eu
mkdir -p .out.plansite-staging-abc123
echo x > .out.plansite-staging-abc123/index.html
