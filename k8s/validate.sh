#!/usr/bin/env bash
# Renders every kustomize overlay of k8s/overlays and validates the result:
#   - Kubernetes/Knative schema (known apiVersion/kind, field types, required
#     fields, and no unknown field), offline, without a cluster;
#   - the project rules (probes, requests/limits, restricted security context,
#     /tmp emptyDir, pinned image tags, Prometheus annotations, Pod Security
#     namespace label, default-deny NetworkPolicy, references that resolve).
#
# Usage:
#   k8s/validate.sh              validate overlays dev, prod and knative
#   k8s/validate.sh --self-test  also feed the broken cases of k8s/tests/ to
#                                the validator and require each to be rejected
#
# Needs, and installs itself where possible (non-interactively):
#   kubectl >= 1.27 (its built-in kustomize v5) - on the project's machine image;
#   node + npm      - npm packages pinned in k8s/tools/package-lock.json;
#   mvn             - fabric8 schema jars from Maven Central (k8s/tools/schemas-pom.xml);
#   python3         - unpacks the schema files from the jars.
# Exit status: 0 all good, 1 a manifest is broken (or a self-test case was not
# rejected), 2 a tool is missing.
set -euo pipefail

K8S_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOLS="$K8S_DIR/tools"
CACHE="$TOOLS/.cache"
OVERLAYS=(dev prod knative)
SELF_TEST=0
case "${1:-}" in
  "") ;;
  --self-test) SELF_TEST=1 ;;
  -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--self-test]" >&2; exit 2 ;;
esac

log() { echo "[validate] $*"; }
die() { echo "[validate] ERROR: $*" >&2; exit 2; }
START=$(date +%s)

# ------------------------------------------------------------- tools
need() { command -v "$1" >/dev/null 2>&1; }
if ! need node || ! need npm; then
  if need apt-get && [ "$(id -u)" = 0 ]; then
    log "installing nodejs and npm from apt"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
fi
need node || die "node is required (apt-get install nodejs npm)"
need mvn || die "mvn is required to fetch the fabric8 schema jars from Maven Central"
need python3 || die "python3 is required"

# kustomize: kubectl's built-in one (v5 since kubectl 1.27), or a standalone
# kustomize v5. Debian's kubernetes-client (kubectl 1.20, kustomize v2) is too
# old for `labels:`/`patches:` and is not used.
KUSTOMIZE=()
if need kubectl && kubectl version --client 2>/dev/null | grep -Eq 'Kustomize Version: v5'; then
  KUSTOMIZE=(kubectl kustomize)
elif need kustomize && kustomize version 2>/dev/null | grep -Eq 'v5\.'; then
  KUSTOMIZE=(kustomize build)
else
  die "no kustomize v5 found: install kubectl >= 1.27 (or kustomize v5) and re-run"
fi
log "renderer: ${KUSTOMIZE[*]} ($(kubectl version --client 2>/dev/null | grep -i kustomize || kustomize version))"

# npm packages (pinned by package-lock.json), re-installed when the lock changes.
mkdir -p "$CACHE"
LOCK_SUM=$(sha256sum "$TOOLS/package-lock.json" | cut -d' ' -f1)
if [ ! -d "$TOOLS/node_modules" ] || [ "$(cat "$CACHE/npm.stamp" 2>/dev/null)" != "$LOCK_SUM" ]; then
  log "installing npm packages (kubernetes-models, @kubernetes-models/knative, yaml)"
  (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error --engine-strict=false >/dev/null 2>"$CACHE/npm.log") \
    || { cat "$CACHE/npm.log" >&2; die "npm ci failed"; }
  echo "$LOCK_SUM" > "$CACHE/npm.stamp"
fi

# fabric8 JSON schemas from Maven Central.
SCHEMAS="$CACHE/schemas"
POM_SUM=$(sha256sum "$TOOLS/schemas-pom.xml" | cut -d' ' -f1)
if [ ! -d "$SCHEMAS" ] || [ "$(cat "$CACHE/schemas.stamp" 2>/dev/null)" != "$POM_SUM" ]; then
  log "fetching fabric8 schema jars with Maven"
  rm -rf "$CACHE/jars" "$SCHEMAS"
  mvn -q -B -f "$TOOLS/schemas-pom.xml" \
    org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
    -DexcludeTransitive=true -DoutputDirectory="$CACHE/jars" >"$CACHE/mvn.log" 2>&1 \
    || { cat "$CACHE/mvn.log" >&2; die "mvn could not fetch the schema jars"; }
  python3 - "$CACHE/jars" "$SCHEMAS" <<'PY'
import sys, zipfile, pathlib, re
jars, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True)
n = 0
for jar in sorted(jars.glob("*.jar")):
    name = re.sub(r"-\d[\w.]*\.jar$", "", jar.name)
    with zipfile.ZipFile(jar) as z:
        for entry in ("schema/kube-schema.json", "schema/knative-schema.json"):
            if entry in z.namelist():
                (out / f"{name}.json").write_bytes(z.read(entry)); n += 1
if n == 0:
    sys.exit("no schema/*.json found in the fabric8 jars")
PY
  echo "$POM_SUM" > "$CACHE/schemas.stamp"
fi

# ------------------------------------------------------------- checks
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# validate_dir LABEL DIR -> 0 valid, 1 invalid; messages on stderr/stdout
validate_dir() {
  local label=$1 dir=$2
  if ! "${KUSTOMIZE[@]}" "$dir" >"$WORK/$label.yaml" 2>"$WORK/$label.err"; then
    echo "FAIL $label: kustomize could not render $dir:" >&2
    sed 's/^/    /' "$WORK/$label.err" | head -20 >&2
    return 1
  fi
  node "$TOOLS/validate.mjs" --schemas "$SCHEMAS" "$label" "$WORK/$label.yaml"
}

passed=0
failed=0
for o in "${OVERLAYS[@]}"; do
  if validate_dir "overlay-$o" "$K8S_DIR/overlays/$o"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
done

if [ "$SELF_TEST" = 1 ]; then
  log "self-test: every case in k8s/tests/ must be rejected with its expected message"
  for case_dir in "$K8S_DIR"/tests/*/; do
    name=$(basename "$case_dir")
    expect=$(cat "$case_dir/expect")
    if validate_dir "test-$name" "$case_dir" >"$WORK/out" 2>&1; then
      echo "FAIL self-test $name: the broken manifest was ACCEPTED (expected: $expect)" >&2
      failed=$((failed + 1))
    elif grep -qF -- "$expect" "$WORK/out"; then
      echo "ok   self-test $name: rejected ($(grep -F -m1 -- "$expect" "$WORK/out" | sed 's/^FAIL //' | cut -c1-150))"
      passed=$((passed + 1))
    else
      echo "FAIL self-test $name: rejected, but without the expected message \"$expect\":" >&2
      sed 's/^/    /' "$WORK/out" >&2
      failed=$((failed + 1))
    fi
  done
fi

log "done in $(( $(date +%s) - START )) s"
echo "validate: $passed passed, $failed failed"
[ "$failed" = 0 ]
