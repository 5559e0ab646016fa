#!/usr/bin/env bash
# The JVM base image of every Corridor image (the four services and Keycloak), built from Debian
# packages only (no container registry, no Docker daemon), as the image tarball that Jib takes as
# its base ("tar://", jib.from.image; see deploy/README.md, "Images"):
#
#   deploy/images/base-image.sh [OUT.tar]      (default: .corridor/tools/images/jre21-base.tar)
#
# Debian 13 (trixie) minbase + openjdk-21-jre-headless + ca-certificates, made with mmdebstrap,
# one layer packed with umoci, then rewrapped in the "docker save" layout (manifest.json): the
# one jib-maven-plugin 3.5 reads from tar:// (it refuses an OCI layout tarball). Runs as root
# (installs mmdebstrap and umoci with apt-get when missing) and needs Debian's mirror.
#
# Cached: OUT is rebuilt only when this script changes (its SHA-256 is kept in OUT.key), so a
# machine pays the build once (about 4-5 minutes on a busy 2-core machine, a ~130 MB tarball).
# The packages are those of the day of the build: delete OUT (or set CORRIDOR_BASE_IMAGE_REBUILD=1)
# to take Debian's security updates; a release pipeline rebuilds it every time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-$repo/.corridor/tools/images/jre21-base.tar}
suite=trixie
mirror=http://deb.debian.org/debian

key=$(sha256sum "$0" | cut -d' ' -f1)
if [[ -f "$out" && "$(cat "$out.key" 2>/dev/null)" == "$key" && -z "${CORRIDOR_BASE_IMAGE_REBUILD:-}" ]]; then
  echo "base-image: $out is up to date" >&2
  exit 0
fi

missing=()
command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
command -v umoci >/dev/null || missing+=(umoci)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "base-image: installing Debian's ${missing[*]}" >&2
    apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
      { apt-get update >/dev/null 2>&1 && apt-get install -y "${missing[@]}" >/dev/null; }
  else
    echo "base-image: needs ${missing[*]} (sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
fi
[[ $(id -u) -eq 0 ]] || { echo "base-image: run as root (mmdebstrap installs packages into a root filesystem)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s)

# uid 185 (jboss) runs the Quarkus images and uid 1000 (keycloak) the Keycloak image, both in
# group 0, as the manifests run them. No documentation or locales in an image nobody logs into
# (man pages stay: update-alternatives of the JRE links into /usr/share/man).
mmdebstrap --variant=minbase --include=openjdk-21-jre-headless,ca-certificates \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
  --dpkgopt='path-include=/usr/share/locale/locale.alias' --dpkgopt=force-unsafe-io \
  --customize-hook='chroot "$1" useradd --uid 185 --gid 0 --no-create-home --home-dir /deployments jboss' \
  --customize-hook='chroot "$1" useradd --uid 1000 --gid 0 --no-create-home --home-dir /opt/keycloak keycloak' \
  --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/*' \
  "$suite" "$work/rootfs.tar" "$mirror"

umoci init --layout "$work/oci"
umoci new --image "$work/oci:base"
umoci raw add-layer --image "$work/oci:base" "$work/rootfs.tar"
umoci config --image "$work/oci:base" \
  --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --config.env JAVA_HOME=/usr/lib/jvm/java-21-openjdk-amd64 \
  --config.env LANG=C.UTF-8 \
  --config.user 185 --config.workingdir /deployments

mkdir "$work/save"
python3 - "$work/oci" "$work/save" <<'PY'
import json, shutil, sys
oci, save = sys.argv[1], sys.argv[2]
blob = lambda digest: f"{oci}/blobs/sha256/{digest.split(':')[1]}"
index = json.load(open(f"{oci}/index.json"))
manifest = json.load(open(blob(index["manifests"][0]["digest"])))
shutil.copy(blob(manifest["config"]["digest"]), f"{save}/config.json")
layers = []
for i, layer in enumerate(manifest["layers"]):
    shutil.copy(blob(layer["digest"]), f"{save}/layer{i}.tar.gz")
    layers.append(f"layer{i}.tar.gz")
json.dump([{"Config": "config.json", "RepoTags": ["corridor/jre21-base:trixie"], "Layers": layers}],
          open(f"{save}/manifest.json", "w"))
PY
mkdir -p "$(dirname "$out")"
(cd "$work/save" && tar -cf "$out.tmp" manifest.json config.json layer*.tar.gz)
mv "$out.tmp" "$out"
echo "$key" >"$out.key"
echo "base-image: $out ($(du -m "$out" | cut -f1) MB) in $(($(date +%s) - start)) s" >&2
