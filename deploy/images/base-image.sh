#!/usr/bin/env bash
# Builds the JVM base image of the applications as an image tarball, from Debian packages only
# (no container registry, no Docker daemon), for Jib's "tar://" base (jib.from.image):
#
#   deploy/images/base-image.sh [OUT.tar]          (default: deploy/target/jre21-base.tar)
#
# Debian 13 (trixie) minbase + openjdk-21-jre-headless + ca-certificates, made with mmdebstrap,
# one layer packed with umoci, then rewrapped in the "docker save" layout (manifest.json), the
# one jib-maven-plugin 3.5 reads from tar:// (it does not read an OCI layout tarball). Needs root
# (or fakeroot), mmdebstrap and umoci (apt-get install -y mmdebstrap umoci) and Debian's mirror.
# Tried on 2026-12-06: under 5 minutes on a busy 2-core machine, a 127 MB tarball; Jib 3.5.2 then
# built the gateway's image offline from it
# (deploy/README.md, "Images"), whose java -jar quarkus-run.jar started in a chroot of it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../target/jre21-base.tar}
suite=trixie
mirror=http://deb.debian.org/debian
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for tool in mmdebstrap umoci python3; do
  command -v $tool >/dev/null || { echo "base-image: $tool is needed (apt-get install -y mmdebstrap umoci)" >&2; exit 1; }
done

mmdebstrap --variant=minbase --include=openjdk-21-jre-headless,ca-certificates \
  --customize-hook='chroot "$1" useradd --uid 185 --gid 0 --no-create-home --home-dir /deployments jboss' \
  "$suite" "$work/rootfs.tar" "$mirror"

umoci init --layout "$work/oci"
umoci new --image "$work/oci:base"
umoci raw add-layer --image "$work/oci:base" "$work/rootfs.tar"
umoci config --image "$work/oci:base" \
  --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --config.env JAVA_HOME=/usr/lib/jvm/java-21-openjdk-amd64 \
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
echo "base-image: $out" >&2
