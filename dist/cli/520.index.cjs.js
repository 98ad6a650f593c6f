"use strict";
exports.id = 520;
exports.ids = [520];
exports.modules = {

/***/ 7520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderSbom: () => (/* binding */ renderSbom),
  writeAiSbom: () => (/* binding */ writeAiSbom)
});

// UNUSED EXPORTS: DEFAULT_SBOM

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/config.ts
var config = __webpack_require__(1122);
// EXTERNAL MODULE: ./src/inventory/report.ts
var report = __webpack_require__(252);
// EXTERNAL MODULE: ./src/io/write.ts
var write = __webpack_require__(5419);
// EXTERNAL MODULE: ./src/io/workspace.ts
var workspace = __webpack_require__(2645);
// EXTERNAL MODULE: ./src/readers/formats/cyclonedx/cyclonedx-schema.ts
var cyclonedx_schema = __webpack_require__(9030);
// EXTERNAL MODULE: ./src/run.ts + 82 modules
var run = __webpack_require__(4472);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/enums/index.js
var enums = __webpack_require__(6820);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/models/index.js
var dist_node_models = __webpack_require__(320);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/serialize/index.node.js
var index_node = __webpack_require__(1248);
// EXTERNAL MODULE: ./node_modules/@cyclonedx/cyclonedx-library/dist.node/spec/index.js
var spec = __webpack_require__(4321);
;// CONCATENATED MODULE: ./src/sbom/bom.ts
// The AI SBOM's entries as CycloneDX JSON, built with @cyclonedx/cyclonedx-library's models and
// JSON serializer (sorted lists, no serial number, no timestamp unless SOURCE_DATE_EPOCH), so the
// same inventory always gives the same bytes. The library has no model for a service's `endpoints`
// and `data`, so those are added to its output: the data flow's classification is a `TODO` only a
// person can fill (AIGIS-INV-003 asks for it until then).
// Subpath imports: the package root also loads its schema resources through __dirname, which the
// ESM bundle does not have.




const SPECS = { "1.5": spec.Spec1dot5, "1.6": spec.Spec1dot6, "1.7": spec.Spec1dot7 };
/** CycloneDX versions that know `machine-learning-model` components and service data flows. */
const SUPPORTED_SPECS = Object.keys(SPECS);
const UNCLASSIFIED_FLOW = { flow: "bi-directional", classification: "TODO" };
/** A bom-ref from a name, unique among `taken` (which it joins). */
function bomRef(kind, name, taken) {
    const base = `${kind}-${name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")}`;
    let ref = base;
    for (let i = 2; taken.has(ref); i++)
        ref = `${base}-${i}`;
    taken.add(ref);
    return ref;
}
function component(m, refs) {
    const c = new dist_node_models.Component(enums.ComponentType.MachineLearningModel, m.name, {
        bomRef: bomRef("model", m.name, refs),
        ...(m.version ? { version: m.version } : {}),
        ...(m.purl ? { purl: m.purl } : {}),
        ...(m.supplier ? { supplier: new dist_node_models.OrganizationalEntity({ name: m.supplier }) } : {}),
    });
    // The library keeps one hash per algorithm; a model directory's other files join in cycloneDxJson.
    if (m.sha256[0])
        c.hashes.set(enums.HashAlgorithm["SHA-256"], m.sha256[0]);
    if (m.distribution)
        c.externalReferences.add(new dist_node_models.ExternalReference(m.distribution, enums.ExternalReferenceType.Distribution));
    return c;
}
function service(s, refs) {
    return new dist_node_models.Service(s.name, { bomRef: bomRef("service", s.provider, refs), provider: new dist_node_models.OrganizationalEntity({ name: s.providerName }) });
}
/** A CycloneDX JSON document holding `entries` (and, for a new BOM, its metadata). */
function cycloneDxJson(entries, opts) {
    const spec = SPECS[opts.specVersion];
    if (!spec)
        throw new Error(`CycloneDX ${opts.specVersion} is not supported`);
    const refs = opts.takenRefs ?? new Set();
    const bom = new dist_node_models.Bom();
    if (opts.product)
        bom.metadata.component = new dist_node_models.Component(enums.ComponentType.Application, opts.product, { bomRef: bomRef("product", opts.product, refs) });
    if (opts.tool)
        bom.metadata.tools.components.add(new dist_node_models.Component(enums.ComponentType.Application, opts.tool.name, { version: opts.tool.version }));
    if (opts.timestamp)
        bom.metadata.timestamp = new Date(opts.timestamp);
    for (const m of entries.models)
        bom.components.add(component(m, refs));
    for (const s of entries.services)
        bom.services.add(service(s, refs));
    const serializer = new index_node.JsonSerializer(new index_node.JSON.Normalize.Factory(spec));
    const doc = JSON.parse(serializer.serialize(bom, { sortLists: true }));
    // The library lists every bom-ref as a dependency with none of its own: that says nothing.
    delete doc["dependencies"];
    const byName = new Map(entries.services.map((s) => [s.name, s]));
    for (const svc of (doc["services"] ?? [])) {
        const s = byName.get(svc["name"]);
        svc["endpoints"] = s.endpoints;
        svc["data"] = [{ ...UNCLASSIFIED_FLOW }];
    }
    // A model directory has one SHA-256 per weights file; CycloneDX `hashes` is a list that may hold them all.
    const models = new Map(entries.models.map((m) => [m.name, m]));
    for (const c of (doc["components"] ?? [])) {
        const m = models.get(c["name"]);
        if (m && m.sha256.length > 1)
            c["hashes"] = m.sha256.map((content) => ({ alg: "SHA-256", content }));
    }
    return doc;
}
/** SOURCE_DATE_EPOCH (seconds) as an ISO time, the one way a timestamp gets into the BOM. */
function sourceDateEpoch(env = process.env) {
    const v = env["SOURCE_DATE_EPOCH"];
    if (!v || !/^\d+$/.test(v))
        return null;
    return new Date(Number(v) * 1000).toISOString();
}

// EXTERNAL MODULE: ./src/inventory/catalogue.ts
var catalogue = __webpack_require__(405);
;// CONCATENATED MODULE: ./src/sbom/entries.ts
// What the observed inventory says an AI SBOM must list, as plain facts a machine can know: the
// models (Hub models with their purl and pinned revision, Ollama models with their tag, provider
// models with their provider, weights files with their SHA-256) and one service per hosted
// provider. Packages (SDKs, frameworks, runtimes) are left to the ordinary software SBOM, which
// reads them from lockfiles with exact versions; here a provider SDK only evidences its service.

/** The name the rules match on: lower case, without an owner prefix. */
const shortName = (name) => name.split("/").pop().trim().toLowerCase();
/** Removes everything but letters and digits, as the rules compare service names (lib.compact). */
const compact = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
/** A purl path segment: percent-encoded as the purl spec asks, `/` included. */
const seg = (s) => encodeURIComponent(s);
function hubModel(item) {
    const [owner, model] = item.name.includes("/")
        ? [item.name.slice(0, item.name.indexOf("/")), item.name.slice(item.name.indexOf("/") + 1)]
        : [null, item.name];
    // A purl's version is the Hub commit; a branch or tag name moves, so it is not a version.
    const revision = item.revision && /^[0-9a-f]{40}$/.test(item.revision) ? item.revision : null;
    return {
        key: shortName(item.name),
        name: item.name,
        version: revision,
        purl: `pkg:huggingface/${owner ? `${seg(owner)}/` : ""}${seg(model)}${revision ? `@${revision}` : ""}`,
        supplier: owner,
        sha256: [],
        distribution: `https://huggingface.co/${item.name}`,
        origin: "huggingface",
    };
}
function entryFor(item) {
    if (item.type === "weights") {
        return {
            key: item.name.toLowerCase(),
            name: item.name,
            version: null,
            purl: null,
            supplier: null,
            sha256: item.sha256s,
            distribution: null,
            origin: "weights",
        };
    }
    if (item.type !== "model")
        return null;
    if (item.hub === "huggingface")
        return hubModel(item);
    if (item.hub === "ollama") {
        return {
            key: shortName(item.name),
            name: item.name,
            version: item.version,
            purl: null,
            supplier: null,
            sha256: [],
            distribution: `https://ollama.com/library/${item.name}`,
            origin: "ollama",
        };
    }
    const provider = item.provider ? catalogue/* PROVIDERS */.xq[item.provider] : undefined;
    return {
        key: shortName(item.name),
        name: item.name,
        version: null,
        purl: null,
        supplier: provider?.name ?? null,
        sha256: [],
        distribution: null,
        origin: item.provider ?? item.hub ?? "model",
    };
}
/** A richer entry wins over a poorer one for the same name (a pinned revision, a hash). */
const richness = (m) => (m.version ? 2 : 0) + (m.sha256.length ? 1 : 0);
/** The models and services the inventory shows, one per name and provider, sorted. */
function aiBomEntries(items) {
    const models = new Map();
    for (const item of items) {
        const m = entryFor(item);
        if (!m || m.key === "")
            continue;
        const seen = models.get(m.key);
        if (!seen || richness(m) > richness(seen))
            models.set(m.key, m);
    }
    const providers = new Set(items.map((i) => i.provider).filter((p) => !!p && p in catalogue/* PROVIDERS */.xq));
    const services = [...providers].sort().map((p) => ({
        provider: p,
        name: `${catalogue/* PROVIDERS */.xq[p].name} API`,
        providerName: catalogue/* PROVIDERS */.xq[p].name,
        endpoints: catalogue/* PROVIDERS */.xq[p].hosts.map((h) => `https://${h}`),
    }));
    return { models: [...models.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)), services };
}

;// CONCATENATED MODULE: ./src/sbom/sbom.ts
// `aigis sbom [path]`: writes or updates a CycloneDX AI SBOM from the observed inventory. It only
// adds: a model or provider that no AI SBOM of the repository names yet becomes a component or a
// service; every entry and field a person wrote stays as written. Nothing to add writes nothing,
// so a second run changes nothing.










/** Where a new AI SBOM goes when the repository has none (the name `aigis init` uses). */
const DEFAULT_SBOM = "ai-bom.cdx.json";
function writeAiSbom(root, opts) {
    const dir = external_node_path_default().resolve(root);
    if (!external_node_fs_default().existsSync(dir) || !external_node_fs_default().statSync(dir).isDirectory())
        throw new config/* ConfigError */.xL(`path ${root} is not a directory`);
    const ws = opts.workspace ?? (0,workspace/* cliWorkspace */.cQ)(dir);
    (0,workspace/* resolveInside */.LI)(ws, dir, "path");
    const cfg = (0,config/* loadConfig */.Z9)(dir, (0,config/* findConfig */.u0)(dir, opts.config), ws, !!opts.config);
    const { artifacts, errors } = (0,run/* collect */.Fo)(dir, cfg);
    const items = artifacts.flatMap(({ artifact: a }) => (a.kind === "inventory" ? (0,report/* inventoryOf */.o)(a) : []));
    const sboms = artifacts.map((a) => a.artifact).filter((a) => a.kind === "sbom");
    const existing = sboms.filter((s) => s.spec === "cyclonedx" && s.path.toLowerCase().endsWith(".json")).sort((a, b) => (a.path < b.path ? -1 : 1))[0];
    const abs = opts.output ? external_node_path_default().resolve(opts.output) : external_node_path_default().join(dir, ...(existing?.path ?? DEFAULT_SBOM).split("/"));
    const shownPath = external_node_path_default().relative(dir, abs).startsWith("..") ? abs : external_node_path_default().relative(dir, abs).split((external_node_path_default()).sep).join("/");
    const unreadable = errors.find((e) => external_node_path_default().join(dir, ...e.path.split("/")) === abs);
    if (unreadable)
        throw new config/* ConfigError */.xL(`${shownPath} cannot be read (${unreadable.reason}); fix it before aigis adds to it`);
    const doc = external_node_fs_default().existsSync(abs) ? readBom(ws, abs, shownPath, cfg.maxFileMiB) : null;
    const missing = missingEntries(aiBomEntries(items), sboms, doc);
    const result = {
        path: shownPath,
        created: !doc,
        written: false,
        uses: items.length,
        added: { models: missing.models.map((m) => m.name), services: missing.services.map((s) => s.name) },
    };
    if (missing.models.length === 0 && missing.services.length === 0)
        return result;
    const out = doc ? extended(doc, missing, shownPath) : fresh(missing, external_node_path_default().basename(dir) || "ai-system", opts);
    const text = JSON.stringify(out, null, doc ? indentOf(external_node_fs_default().readFileSync(abs, "utf8")) : 2) + "\n";
    (0,write/* writeFileSafely */.kv)(ws, abs, "AI SBOM", (write) => write(text));
    result.written = true;
    return result;
}
/** A CycloneDX JSON document aigis can add to, or a ConfigError saying why not. */
function readBom(ws, abs, shownPath, maxMiB) {
    const text = (0,workspace/* readRegularFile */.XF)(ws, abs, "AI SBOM", maxMiB * 1024 * 1024, true);
    let doc;
    try {
        doc = JSON.parse(text.replace(/^\uFEFF/, ""));
    }
    catch (e) {
        throw new config/* ConfigError */.xL(`${shownPath} is not JSON (${e.message}); aigis sbom adds only to a CycloneDX JSON SBOM (name another file with --output)`);
    }
    if (!doc || typeof doc !== "object" || Array.isArray(doc) || doc["bomFormat"] !== "CycloneDX") {
        throw new config/* ConfigError */.xL(`${shownPath} is not a CycloneDX SBOM; aigis sbom adds only to one (name another file with --output)`);
    }
    const spec = doc["specVersion"];
    if (typeof spec !== "string" || !SUPPORTED_SPECS.includes(spec)) {
        throw new config/* ConfigError */.xL(`${shownPath} is CycloneDX ${String(spec)}; models and service data flows need ${SUPPORTED_SPECS.join(", ")} (raise specVersion, or name another file with --output)`);
    }
    return doc;
}
/** What no AI SBOM names yet, compared as the rules compare (short names; provider within a service's keys). */
function missingEntries(entries, sboms, doc) {
    const names = new Set();
    // SHA-256 hashes by short name: a weights file is listed when a component of its name records its hash
    // (AIGIS-INV-004 compares the same way), so same-named weights in other directories each get theirs.
    const hashes = new Map();
    const addHash = (name, alg, value) => {
        if (typeof alg !== "string" || typeof value !== "string" || !/^sha-?256$/i.test(alg))
            return;
        const key = shortName(name);
        hashes.set(key, (hashes.get(key) ?? new Set()).add(value.toLowerCase()));
    };
    const serviceKeys = [];
    for (const s of sboms) {
        for (const c of s.components) {
            if (!c.name)
                continue;
            names.add(shortName(c.name));
            for (const h of c.hashes)
                addHash(c.name, h.alg, h.value);
        }
        for (const svc of s.services)
            serviceKeys.push(...[svc.name, svc.provider, ...svc.endpoints].filter((v) => !!v).map(compact));
    }
    // The target itself, which discovery may not have read (--output outside the scanned tree).
    for (const c of arrayOf(doc?.["components"])) {
        if (typeof c["name"] !== "string")
            continue;
        names.add(shortName(c["name"]));
        for (const h of arrayOf(c["hashes"]))
            addHash(c["name"], h["alg"], h["content"]);
    }
    for (const svc of arrayOf(doc?.["services"])) {
        const provider = svc["provider"];
        serviceKeys.push(...[svc["name"], provider?.["name"], ...(Array.isArray(svc["endpoints"]) ? svc["endpoints"] : [])]
            .filter((v) => typeof v === "string")
            .map(compact));
    }
    return {
        models: entries.models.filter((m) => {
            const key = shortName(m.name);
            if (!names.has(key))
                return true;
            const recorded = hashes.get(key);
            // A weights file whose name is listed with other hashes is other weights; with no hash recorded, it is listed.
            return m.origin === "weights" && m.sha256.length > 0 && !!recorded && m.sha256.some((h) => !recorded.has(h.toLowerCase()));
        }),
        services: entries.services.filter((s) => !serviceKeys.some((k) => k.includes(s.provider))),
    };
}
const arrayOf = (v) => (Array.isArray(v) ? v.filter((x) => !!x && typeof x === "object" && !Array.isArray(x)) : []);
/** A new AI SBOM holding the missing entries; checked against the CycloneDX schema before it is written. */
function fresh(missing, product, opts) {
    const doc = cycloneDxJson(missing, { specVersion: "1.6", product, tool: { name: "aigis", version: opts.version }, timestamp: sourceDateEpoch(opts.env) });
    assertValid(doc, "1.6", "the new AI SBOM");
    return doc;
}
/** The person's document with the missing entries appended and its version raised; nothing else changes. */
function extended(doc, missing, shownPath) {
    const spec = doc["specVersion"];
    const added = cycloneDxJson(missing, { specVersion: spec, takenRefs: bomRefsIn(doc) });
    // Only the additions are checked: the rest is the person's, judged by `aigis check`.
    assertValid({ bomFormat: "CycloneDX", specVersion: spec, version: 1, ...pick(added, ["components", "services"]) }, spec, `the entries added to ${shownPath}`);
    const out = { ...doc };
    for (const key of ["components", "services"]) {
        const more = (added[key] ?? []);
        if (more.length === 0)
            continue;
        if (doc[key] !== undefined && !Array.isArray(doc[key]))
            throw new config/* ConfigError */.xL(`${shownPath}: ${key} is not a list; aigis cannot add to it`);
        out[key] = [...(doc[key] ?? []), ...more];
    }
    // CycloneDX: a BOM that is modified gets the next version.
    if (Number.isInteger(doc["version"]))
        out["version"] = doc["version"] + 1;
    return out;
}
const pick = (o, keys) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
function assertValid(doc, spec, what) {
    const violations = (0,cyclonedx_schema/* validateCycloneDx */.O)(doc, spec);
    if (violations.length)
        throw new Error(`${what} does not validate against CycloneDX ${spec}: ${violations.map((v) => `/${v.path.join("/")}: ${v.reason}`).join("; ")}`);
}
function bomRefsIn(value, refs = new Set()) {
    if (Array.isArray(value))
        for (const v of value)
            bomRefsIn(v, refs);
    else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
            if (k === "bom-ref" && typeof v === "string")
                refs.add(v);
            else
                bomRefsIn(v, refs);
        }
    }
    return refs;
}
/** The indentation the person's file uses (2 spaces when it is on one line). */
function indentOf(text) {
    const m = /\n([ \t]+)\S/.exec(text);
    return m ? m[1] : 2;
}
function renderSbom(r) {
    const out = [];
    if (!r.written)
        out.push(`aigis sbom: ${r.uses === 0 ? "no AI use found" : "every model and hosted provider in use is already in an AI SBOM"}; nothing written.`);
    else {
        out.push(`aigis sbom: ${r.created ? "created" : "updated"} ${r.path}`);
        for (const m of r.added.models)
            out.push(`  added model    ${m}`);
        for (const s of r.added.services)
            out.push(`  added service  ${s}`);
        out.push("", "Next: fill in what a machine cannot know (licences, suppliers, the classification of the data each service receives), then run `aigis check`.");
    }
    return out.join("\n") + "\n";
}


/***/ })

};
;