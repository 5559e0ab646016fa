#!/usr/bin/env bash
# The optimized build of the Keycloak distribution that goes into the Keycloak image (deploy/pom.xml,
# profile "images"): "kc.sh build OPTIONS" in KEYCLOAK_HOME, skipped when that directory was already
# built with the same options (about 2 minutes on a busy 2-core machine), as ./corridor does for its own.
#
#   deploy/images/keycloak-build.sh KEYCLOAK_HOME OPTIONS...
set -euo pipefail
home=$1
shift
marker="$home.built-with" # beside the directory, not in the image
if [[ "$(cat "$marker" 2>/dev/null || true)" == "$*" ]]; then
  echo "keycloak-build: $home already built with $*" >&2
  exit 0
fi
bash "$home/bin/kc.sh" build "$@"
echo "$*" >"$marker"
