// Offline validation of rendered Kubernetes manifests (multi-document YAML).
//
//   node validate.mjs --schemas <dir with fabric8 *.json schemas> <label> <rendered.yaml>
//
// Three layers, each reported with "<label>: <Kind>/<name>: <message>":
//
//  1. Schema, upstream OpenAPI: every document's apiVersion/kind must be a
//     known type of the npm packages `kubernetes-models` (Kubernetes 1.3x
//     OpenAPI) or `@kubernetes-models/knative` (Knative CRDs), and must pass
//     that type's generated validator (types, required fields, enums).
//  2. Schema, closed world: those validators allow unknown fields (like
//     `kubectl apply --validate=false`). Every field is therefore also looked up
//     in the fabric8 Kubernetes/Knative JSON schemas (Maven Central jars
//     io.fabric8:kubernetes-model-*), which list every field of every type; an
//     unknown field (a typo such as `readinessprobe`) is an error, as with
//     `kubectl --validate=strict`.
//  3. Project rules (k8s/README.md): probes, resources, restricted security
//     context, /tmp emptyDir, pinned image tags, Prometheus annotations,
//     namespace Pod Security label, default-deny NetworkPolicy, and that
//     references between objects (HPA target, Service/PDB selectors,
//     ConfigMaps) resolve.
//
// Exit status: 0 when all documents pass, 1 when any check fails, 2 on usage
// or input errors.

import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";

const args = process.argv.slice(2);
let schemaDir = null;
if (args[0] === "--schemas") {
  schemaDir = args[1];
  args.splice(0, 2);
}
if (args.length !== 2 || !schemaDir) {
  console.error("usage: node validate.mjs --schemas DIR LABEL RENDERED.yaml");
  process.exit(2);
}
const [label, file] = args;
const errors = [];
const fail = (where, msg) => errors.push(`${label}: ${where}: ${msg}`);

// ---------------------------------------------------------------- parse
const text = fs.readFileSync(file, "utf8");
const docs = [];
for (const d of parseAllDocuments(text)) {
  if (d.errors.length) {
    console.error(`${label}: YAML parse error: ${d.errors[0].message}`);
    process.exit(1);
  }
  const obj = d.toJS();
  if (obj === null || obj === undefined) continue;
  docs.push(obj);
}
if (docs.length === 0) {
  console.error(`${label}: rendered output contains no objects`);
  process.exit(1);
}
const id = (o) => `${o?.kind ?? "?"}/${o?.metadata?.name ?? "?"}`;

// ---------------------------------------------- layer 1: kubernetes-models
async function loadModel(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string") return null;
  if (!/^[A-Za-z0-9.\/-]+$/.test(apiVersion) || !/^[A-Za-z0-9]+$/.test(kind)) return null;
  const candidates = apiVersion.endsWith(".knative.dev/v1") || apiVersion.includes("knative.dev/")
    ? [`@kubernetes-models/knative/${apiVersion}/${kind}`]
    : [`kubernetes-models/${apiVersion}/${kind}`];
  for (const spec of candidates) {
    try {
      const mod = await import(spec);
      if (mod[kind]) return mod[kind];
    } catch (e) {
      if (e.code !== "ERR_MODULE_NOT_FOUND" && e.code !== "ERR_PACKAGE_PATH_NOT_EXPORTED") throw e;
    }
  }
  return null;
}

// ------------------------------------------- layer 2: fabric8 JSON schemas
const defs = {};
const byJavaType = {};
const byGvk = {};
{
  // core first: its definitions are the most complete; later files only add.
  const files = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".json")).sort((a, b) =>
    (a.startsWith("kubernetes-model-core") ? 0 : 1) - (b.startsWith("kubernetes-model-core") ? 0 : 1) || a.localeCompare(b));
  if (files.length === 0) {
    console.error(`${label}: no fabric8 schema files in ${schemaDir}`);
    process.exit(2);
  }
  for (const f of files) {
    const s = JSON.parse(fs.readFileSync(path.join(schemaDir, f), "utf8"));
    for (const [k, v] of Object.entries(s.definitions ?? {})) {
      const richer = defs[k] && !defs[k].properties && v.properties;
      if (!defs[k] || richer) defs[k] = v;
    }
  }
  for (const [k, v] of Object.entries(defs)) {
    if (v.javaType && (!byJavaType[v.javaType] || v.properties)) byJavaType[v.javaType] = k;
    const av = v.properties?.apiVersion?.default;
    const kd = v.properties?.kind?.default;
    if (av && kd) byGvk[`${av} ${kd}`] = k;
  }
}
// Types that fabric8 models as Java objects but that are scalars in YAML.
const SCALAR_JAVA_TYPES = {
  "io.fabric8.kubernetes.api.model.Quantity": ["string", "number"],
  "io.fabric8.kubernetes.api.model.IntOrString": ["string", "number"],
  "io.fabric8.kubernetes.api.model.Duration": ["string"],
  "io.fabric8.kubernetes.api.model.MicroTime": ["string"],
  "io.fabric8.kubernetes.api.model.Time": ["string"],
};
const ANY_JAVA_TYPES = new Set([
  "io.fabric8.kubernetes.api.model.runtime.RawExtension",
  "io.fabric8.kubernetes.api.model.FieldsV1",
  "io.fabric8.kubernetes.api.model.AnyType",
  "io.fabric8.kubernetes.api.model.KubernetesResource",
  "io.fabric8.kubernetes.api.model.HasMetadata",
]);
const typeOf = (v) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);

function resolve(schema) {
  // Returns [schema, javaType] with $ref / existingJavaType followed.
  for (let i = 0; i < 10 && schema; i++) {
    if (schema.$ref) {
      const key = schema.$ref.replace("#/definitions/", "");
      const jt = schema.existingJavaType ?? defs[key]?.javaType;
      if (jt && (SCALAR_JAVA_TYPES[jt] || ANY_JAVA_TYPES.has(jt))) return [null, jt];
      schema = defs[key];
      if (!schema) return [null, "unresolved"];
      continue;
    }
    const jt = schema.existingJavaType ?? schema.javaType;
    if (jt && (SCALAR_JAVA_TYPES[jt] || ANY_JAVA_TYPES.has(jt))) return [null, jt];
    if (!schema.type && !schema.properties && schema.existingJavaType) {
      if (schema.existingJavaType.startsWith("java.util.Map")) return [{ type: "object", additionalProperties: true }, null];
      const key = byJavaType[schema.existingJavaType];
      if (!key) return [null, "unresolved"];
      schema = defs[key];
      continue;
    }
    return [schema, null];
  }
  return [null, "unresolved"];
}

function walk(value, schema, where, at) {
  const [s, special] = resolve(schema);
  if (special) {
    const allowed = SCALAR_JAVA_TYPES[special];
    if (allowed && !allowed.includes(typeOf(value))) fail(where, `${at}: expected ${allowed.join(" or ")}, got ${typeOf(value)}`);
    return;
  }
  if (!s) return;
  const t = typeOf(value);
  if (value === null) return;
  if (s.type === "array") {
    if (t !== "array") return fail(where, `${at}: expected array, got ${t}`);
    value.forEach((v, i) => walk(v, s.items ?? {}, where, `${at}[${i}]`));
    return;
  }
  if (s.type === "object" || s.properties) {
    if (t !== "object") return fail(where, `${at}: expected object, got ${t}`);
    if (s.properties && Object.keys(s.properties).length > 0) {
      for (const [k, v] of Object.entries(value)) {
        const ps = s.properties[k];
        if (!ps) {
          fail(where, `${at}.${k}: unknown field (not in the schema of ${s.javaType ?? "this object"})`);
          continue;
        }
        walk(v, ps, where, `${at}.${k}`);
      }
    } else if (s.additionalProperties && typeof s.additionalProperties === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, s.additionalProperties, where, `${at}.${k}`);
    }
    return;
  }
  const want = { string: ["string"], integer: ["number"], number: ["number"], boolean: ["boolean"] }[s.type];
  if (want && !want.includes(t)) return fail(where, `${at}: expected ${s.type}, got ${t}`);
  if (s.type === "integer" && !Number.isInteger(value)) fail(where, `${at}: expected integer, got ${value}`);
}

// ----------------------------------------------- layer 3: project rules
const POD_SPEC_PATHS = {
  Pod: ["spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
};
const get = (o, p) => p.reduce((x, k) => (x == null ? undefined : x[k]), o);

function podSpecOf(o) {
  if (o.apiVersion === "serving.knative.dev/v1" && o.kind === "Service") return [get(o, ["spec", "template", "spec"]), get(o, ["spec", "template", "metadata"])];
  const p = POD_SPEC_PATHS[o.kind];
  if (!p) return [undefined, undefined];
  return [get(o, p), get(o, [...p.slice(0, -1), "metadata"])];
}

function checkImage(where, c) {
  const img = c.image;
  if (typeof img !== "string" || img === "") return fail(where, `container ${c.name}: no image`);
  if (img.includes("@sha256:")) return;
  const last = img.split("/").pop();
  if (!last.includes(":")) return fail(where, `container ${c.name}: image "${img}" has no tag (an untagged image means :latest)`);
  const tag = last.split(":").pop();
  if (tag === "latest" || tag === "") fail(where, `container ${c.name}: image "${img}" uses the tag "latest"; pin a version`);
}

function checkProbe(where, c, name, knative) {
  const p = c[name];
  if (!p || typeof p !== "object") return fail(where, `container ${c.name}: missing ${name}`);
  const handlers = ["httpGet", "tcpSocket", "exec", "grpc"].filter((h) => p[h]);
  if (handlers.length !== 1) fail(where, `container ${c.name}: ${name} must have exactly one handler (httpGet/tcpSocket/exec/grpc)`);
  if (p.httpGet) {
    if (!p.httpGet.path) fail(where, `container ${c.name}: ${name}.httpGet has no path`);
    if (!knative && p.httpGet.port === undefined) fail(where, `container ${c.name}: ${name}.httpGet has no port`);
  }
}

function checkContainer(where, c, podSc, volumes, { init, knative }) {
  checkImage(where, c);
  if (!init) for (const pr of ["startupProbe", "readinessProbe", "livenessProbe"]) checkProbe(where, c, pr, knative);
  for (const kind of ["requests", "limits"]) {
    for (const r of ["cpu", "memory"]) {
      if (c.resources?.[kind]?.[r] === undefined) fail(where, `container ${c.name}: missing resources.${kind}.${r}`);
    }
  }
  const sc = c.securityContext ?? {};
  if (sc.allowPrivilegeEscalation !== false) fail(where, `container ${c.name}: securityContext.allowPrivilegeEscalation must be false`);
  if (sc.readOnlyRootFilesystem !== true) fail(where, `container ${c.name}: securityContext.readOnlyRootFilesystem must be true`);
  if (sc.privileged === true) fail(where, `container ${c.name}: securityContext.privileged must not be true`);
  const drop = sc.capabilities?.drop ?? [];
  if (!drop.includes("ALL")) fail(where, `container ${c.name}: securityContext.capabilities.drop must contain ALL`);
  if ((sc.capabilities?.add ?? []).some((cap) => cap !== "NET_BIND_SERVICE")) fail(where, `container ${c.name}: only NET_BIND_SERVICE may be added to capabilities`);
  const nonRoot = sc.runAsNonRoot ?? podSc?.runAsNonRoot;
  if (nonRoot !== true) fail(where, `container ${c.name}: runAsNonRoot must be true (pod or container securityContext)`);
  const uid = sc.runAsUser ?? podSc?.runAsUser;
  if (!Number.isInteger(uid) || uid <= 0) fail(where, `container ${c.name}: runAsUser must be a numeric non-zero UID (pod or container securityContext), got ${uid}`);
  const seccomp = sc.seccompProfile?.type ?? podSc?.seccompProfile?.type;
  if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost") fail(where, `container ${c.name}: seccompProfile.type must be RuntimeDefault or Localhost (pod or container), got ${seccomp}`);
  // A read-only root filesystem needs a writable /tmp.
  const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
  const vol = tmp && (volumes ?? []).find((v) => v.name === tmp.name);
  if (!vol || !vol.emptyDir) fail(where, `container ${c.name}: /tmp must be mounted from an emptyDir volume`);
}

// ------------------------------------------------------------- run
const configMaps = new Set(docs.filter((d) => d.kind === "ConfigMap").map((d) => d.metadata?.name));
const secrets = new Set(docs.filter((d) => d.kind === "Secret").map((d) => d.metadata?.name));
// Secrets that ops create outside git (k8s/README.md): may be absent.
const EXTERNAL_SECRETS = new Set(["crosscheck-db", "crosscheck-service-token"]);
const workloads = [];

for (const o of docs) {
  const where = id(o);
  if (typeof o !== "object" || Array.isArray(o)) {
    fail("document", "not a mapping");
    continue;
  }
  if (!o.apiVersion || !o.kind) {
    fail(where, "missing apiVersion or kind");
    continue;
  }
  if (!o.metadata?.name) fail(where, "missing metadata.name");

  // layer 1
  const Model = await loadModel(o.apiVersion, o.kind);
  if (!Model) {
    fail(where, `unknown apiVersion/kind "${o.apiVersion}" "${o.kind}" (not a Kubernetes or Knative type)`);
    continue;
  }
  try {
    new Model(o).validate();
  } catch (e) {
    fail(where, `schema: ${e.message}`);
  }
  // layer 2
  const key = byGvk[`${o.apiVersion} ${o.kind}`];
  if (!key) fail(where, `no fabric8 schema for "${o.apiVersion}" "${o.kind}": cannot check for unknown fields`);
  else walk(o, { $ref: `#/definitions/${key}` }, where, "");

  // layer 3
  const [pod, podMeta] = podSpecOf(o);
  if (pod !== undefined) {
    const knative = o.kind === "Service";
    if (!pod || !Array.isArray(pod.containers) || pod.containers.length === 0) {
      fail(where, "pod template has no containers");
      continue;
    }
    const podSc = pod.securityContext;
    if (podSc?.runAsNonRoot !== true) fail(where, "pod securityContext.runAsNonRoot must be true");
    if (!Number.isInteger(podSc?.runAsUser) || podSc.runAsUser <= 0) fail(where, "pod securityContext.runAsUser must be a numeric non-zero UID");
    if (podSc?.seccompProfile?.type !== "RuntimeDefault") fail(where, "pod securityContext.seccompProfile.type must be RuntimeDefault");
    if (pod.hostNetwork || pod.hostPID || pod.hostIPC) fail(where, "host namespaces are not allowed");
    for (const v of pod.volumes ?? []) if (v.hostPath) fail(where, `volume ${v.name}: hostPath is not allowed`);
    for (const c of pod.containers) checkContainer(where, c, podSc, pod.volumes, { init: false, knative });
    for (const c of pod.initContainers ?? []) checkContainer(where, c, podSc, pod.volumes, { init: true, knative });
    const ours = pod.containers.some((c) => typeof c.image === "string" && c.image.startsWith("crosscheck/"));
    if (ours) {
      const a = podMeta?.annotations ?? {};
      if (a["prometheus.io/scrape"] !== "true" || a["prometheus.io/path"] !== "/q/metrics" || !a["prometheus.io/port"]) {
        fail(where, "pod template needs annotations prometheus.io/scrape=\"true\", prometheus.io/path=/q/metrics and prometheus.io/port");
      }
    }
    for (const c of [...pod.containers, ...(pod.initContainers ?? [])]) {
      for (const ef of c.envFrom ?? []) {
        const cm = ef.configMapRef?.name;
        if (cm && !configMaps.has(cm) && ef.configMapRef.optional !== true) fail(where, `container ${c.name}: envFrom ConfigMap "${cm}" is not in the rendered output`);
        const sn = ef.secretRef?.name;
        if (sn && !secrets.has(sn) && !EXTERNAL_SECRETS.has(sn)) fail(where, `container ${c.name}: envFrom Secret "${sn}" is neither rendered nor a known external Secret`);
      }
      for (const e of c.env ?? []) {
        const sn = e.valueFrom?.secretKeyRef?.name;
        if (sn && !secrets.has(sn) && !EXTERNAL_SECRETS.has(sn)) fail(where, `container ${c.name}: env ${e.name} references Secret "${sn}", neither rendered nor a known external Secret`);
        const cm = e.valueFrom?.configMapKeyRef?.name;
        if (cm && !configMaps.has(cm)) fail(where, `container ${c.name}: env ${e.name} references ConfigMap "${cm}", not rendered`);
      }
    }
    for (const v of pod.volumes ?? []) {
      if (v.configMap && !configMaps.has(v.configMap.name)) fail(where, `volume ${v.name}: ConfigMap "${v.configMap.name}" is not in the rendered output`);
    }
    workloads.push({ o, labels: podMeta?.labels ?? {} });
  }
}

// Cross-object checks.
const matches = (sel, labels) => sel && Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => labels[k] === v);
for (const o of docs) {
  const where = id(o);
  if (o.kind === "HorizontalPodAutoscaler") {
    const t = o.spec?.scaleTargetRef ?? {};
    if (!docs.some((d) => d.kind === t.kind && d.metadata?.name === t.name)) fail(where, `scaleTargetRef ${t.kind}/${t.name} is not in the rendered output`);
    if (!(o.spec?.minReplicas >= 1) || !(o.spec?.maxReplicas >= o.spec?.minReplicas)) fail(where, "needs minReplicas >= 1 and maxReplicas >= minReplicas");
  }
  if (o.kind === "Service" && o.apiVersion === "v1" && o.spec?.selector) {
    if (!workloads.some((w) => w.o.kind !== "Service" && matches(o.spec.selector, w.labels))) fail(where, "selector matches no pod template in the rendered output");
  }
  if (o.kind === "PodDisruptionBudget") {
    if (!workloads.some((w) => w.o.kind !== "Service" && matches(o.spec?.selector?.matchLabels, w.labels))) fail(where, "selector matches no pod template in the rendered output");
  }
}
const nss = docs.filter((d) => d.kind === "Namespace");
if (nss.length === 0) fail("Namespace", "the rendered output must contain the Namespace (with its Pod Security labels)");
for (const ns of nss) {
  if (ns.metadata?.labels?.["pod-security.kubernetes.io/enforce"] !== "restricted") fail(id(ns), "label pod-security.kubernetes.io/enforce=restricted is missing");
}
const denyAll = docs.some((d) => d.kind === "NetworkPolicy" && d.spec?.podSelector && Object.keys(d.spec.podSelector).length === 0 &&
  ["Ingress", "Egress"].every((t) => (d.spec.policyTypes ?? []).includes(t)) && !(d.spec.ingress?.length) && !(d.spec.egress?.length));
if (!denyAll) fail("NetworkPolicy", "no default-deny policy (podSelector {}, policyTypes Ingress+Egress, no rules)");
if (workloads.length === 0) fail("workloads", "no workload found in the rendered output");

if (errors.length) {
  for (const e of errors) console.error(`FAIL ${e}`);
  console.error(`${label}: ${errors.length} problem(s) in ${docs.length} objects`);
  process.exit(1);
}
console.log(`${label}: OK (${docs.length} objects, ${workloads.length} workloads)`);
