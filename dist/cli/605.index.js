export const id = 605;
export const ids = [605,74];
export const modules = {

/***/ 1823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ checkRecordable),
/* harmony export */   Ij: () => (/* reexport safe */ _bundle_names_js__WEBPACK_IMPORTED_MODULE_4__.Ij),
/* harmony export */   Ou: () => (/* binding */ nextHistory),
/* harmony export */   WW: () => (/* binding */ bundleFromFiles),
/* harmony export */   Z6: () => (/* reexport safe */ _bundle_names_js__WEBPACK_IMPORTED_MODULE_4__.Z6),
/* harmony export */   nf: () => (/* reexport safe */ _bundle_names_js__WEBPACK_IMPORTED_MODULE_4__.nf)
/* harmony export */ });
/* unused harmony exports parseBundle, bundleToRun */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _gate_direction_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7490);
/* harmony import */ var _bundle_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5106);
/* harmony import */ var _examples_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3096);
/* harmony import */ var _items_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3707);






/**
 * The baseline bundle (docs/baseline.md#the-baseline-bundle): a folder uploaded as an artifact, holding `BUNDLE_FILE` (this document) and,
 * when it fits under the cap, `EXAMPLES_FILE` (per-example data, see examples.ts). The `schema` field versions
 * the format; a reader refuses versions it does not know instead of guessing.
 */

const number = zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable();
const count = zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().nonnegative();
const ruleSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    key: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(1000),
    min: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional(),
    max: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().optional(),
    maxRegression: zod__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('absolute'), value: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nonnegative() }), zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('relative'), percent: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nonnegative() })])
        .optional(),
    direction: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['higher', 'lower']).optional(),
    severity: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['error', 'warning']),
    required: zod__WEBPACK_IMPORTED_MODULE_5__/* .boolean */ .zMY(),
    maxNewlyFailing: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().int().min(0).optional(),
});
const metricRecord = zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(2000), number);
const bundleSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(_bundle_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_SCHEMA */ .nf),
    provenance: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        sha: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(100),
        ref: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(1000).nullable(),
        runId: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
        runNumber: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
        runAttempt: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(),
        workflow: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(1000).nullable(),
        repository: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(1000).nullable(),
        date: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(100),
    }),
    task: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
    n: count.nullable(),
    classes: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(10_000)).max(100_000).refine((classes) => new Set(classes).size === classes.length, 'a class appears twice'),
    metrics: metricRecord.refine((metrics) => Object.entries(metrics).every(([id, value]) => !(id === 'n' || id.startsWith('n[')) || value === null || (Number.isInteger(value) && value >= 0)), 'an example count (n) is not a whole number ≥ 0'),
    stderr: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(2000), zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nonnegative()),
    settings: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J()),
    rules: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(ruleSchema).max(10_000),
    fingerprint: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ n: count, ids: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(200).nullable(), labels: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(200) }).nullable(),
    examples: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(1000), bytes: count }).nullable(),
    items: zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(1000),
        bytes: count,
        metrics: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(2000), zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ items: count, mean: number })).optional(),
    })
        .nullable()
        .optional(),
    directions: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(2000), zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['higher', 'lower'])).optional(),
    history: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(100), date: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(100), runId: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(), runNumber: zod__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig().nullable(), metrics: metricRecord }))
        .max(10_000),
    notes: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().max(10_000)).max(10_000),
});
/**
 * Refuses to record what `parseBundle` would refuse to read (an id or class name over its limit…): a baseline
 * that every pull request fails to load is worse than no baseline. Called before anything is written.
 */
function checkRecordable(bundle) {
    const parsed = bundleSchema.safeParse(bundle);
    if (parsed.success)
        return;
    const issue = parsed.error.issues[0];
    const path = issue.path.map((part) => (String(part).length > 60 ? `${String(part).slice(0, 60)}…` : String(part))).join('.');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`cannot record this run: ${path || 'document'}: ${issue.message}; a baseline with it could not be read back`);
}
/**
 * Parses and validates a bundle document from an untrusted artifact: JSON only, every field typed and bounded;
 * unknown fields are dropped. Any problem is an InputError naming the file and the field.
 */
function parseBundle(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`not valid JSON (${error.message})`, { file });
    }
    const schema = value?.schema;
    if (typeof schema === 'string' && schema !== _bundle_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_SCHEMA */ .nf && schema.startsWith('model-gate/baseline@')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`baseline format ${schema} is newer than this model-gate understands (${_bundle_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_SCHEMA */ .nf}); update the action`, { file });
    }
    const parsed = bundleSchema.safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`not a model-gate baseline: ${issue.path.join('.') || 'document'}: ${issue.message}`, { file });
    }
    return parsed.data;
}
/** The metrics of a bundle as a run, for the gate (per-example data is attached by the caller when present). */
function bundleToRun(bundle, source, examples, items) {
    return {
        ...(items && items.length > 0 ? { items: new Map(items.map((m) => [m.id, m])) } : {}),
        ...(bundle.directions ? { higherIsBetter: new Map(Object.entries(bundle.directions).map(([id, d]) => [id, d === 'higher'])) } : {}),
        task: bundle.task ?? undefined,
        n: bundle.n ?? undefined,
        metrics: new Map(Object.entries(bundle.metrics)),
        stderr: new Map(Object.entries(bundle.stderr)),
        evaluation: undefined,
        examples,
        sources: [source],
        notes: [],
        recordedRules: bundle.rules,
        history: nextHistory(bundle, Number.POSITIVE_INFINITY),
    };
}
/** The next history: the previous bundle's history plus its own entry, keeping the last `keep` (docs/baseline.md#the-baseline-bundle). */
function nextHistory(previous, keep) {
    if (!previous || keep === 0)
        return [];
    const own = {
        sha: previous.provenance.sha,
        date: previous.provenance.date,
        runId: previous.provenance.runId,
        runNumber: previous.provenance.runNumber,
        metrics: Object.fromEntries(Object.entries(previous.metrics).filter(([id]) => (0,_gate_direction_js__WEBPACK_IMPORTED_MODULE_1__/* .baseMetricId */ .V2)(id) === id)),
    };
    return [...previous.history, own].slice(-keep);
}
/** The per-example data must describe the run the document describes: same task, count and classes. */
function checkExamplesAgree(bundle, { data }, file) {
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`per-example data disagrees with ${_bundle_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILE */ .Ij}: ${problem}`, { file });
    };
    if (bundle.task !== null && bundle.task !== data.task)
        fail(`task ${data.task}, not ${bundle.task}`);
    if (bundle.n !== null && bundle.n !== data.n)
        fail(`${data.n} rows, not n = ${bundle.n}`);
    if (data.task !== 'regression' && bundle.classes.length > 0 && bundle.classes.join('\u0000') !== data.classes.join('\u0000')) {
        fail('the classes differ');
    }
}
/** A bundle from its files (a folder on disk, or an artifact extracted in memory), validated as untrusted input. */
function bundleFromFiles(files, shownAs) {
    const document = files.get(_bundle_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILE */ .Ij);
    if (!document)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no ${_bundle_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILE */ .Ij} inside: not a model-gate baseline bundle`, { file: shownAs });
    const bundle = parseBundle(new TextDecoder().decode(document), shownAs);
    let examples;
    if (bundle.examples) {
        const bytes = files.get(bundle.examples.file);
        if (!bytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the per-example file ${bundle.examples.file} is missing`, { file: shownAs });
        const where = `${shownAs}/${bundle.examples.file}`;
        examples = (0,_examples_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeExamples */ .M1)(bytes, where);
        checkExamplesAgree(bundle, examples, where);
    }
    let items;
    if (bundle.items) {
        const bytes = files.get(bundle.items.file);
        if (!bytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the scored-records file ${bundle.items.file} is missing`, { file: shownAs });
        const where = `${shownAs}/${bundle.items.file}`;
        items = (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeItems */ .Tr)(bytes, where);
        const disagree = (problem) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`scored records disagree with ${_bundle_names_js__WEBPACK_IMPORTED_MODULE_4__/* .BUNDLE_FILE */ .Ij}: ${problem}`, { file: where });
        };
        // Every scored metric is a metric of the run, whose headline the document records.
        const unknown = items.find((m) => !Object.hasOwn(bundle.metrics, m.id));
        if (unknown)
            disagree(`the file scores ${JSON.stringify(unknown.id.slice(0, 80))}, which metrics does not list`);
        // Bundles recorded before the summary existed carry none: their items are checked no further.
        if (bundle.items.metrics)
            (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .checkItemsAgree */ .bU)(items, bundle.items.metrics, disagree);
    }
    return { bundle, examples, run: bundleToRun(bundle, shownAs, examples, items) };
}


/***/ }),

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KS: () => (/* binding */ encodeExamples),
/* harmony export */   M1: () => (/* binding */ decodeExamples)
/* harmony export */ });
/* unused harmony export MAX_INFLATED_EXAMPLES */
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1306);
/* harmony import */ var _gunzip_bounded_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3130);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);



const MAGIC = 'model-gate-examples/1\n';
/** Encodes the examples, or returns undefined when the compressed file would exceed `maxBytes`. */
function encodeExamples({ data, ids }, maxBytes) {
    const columns = [];
    if (data.task === 'regression') {
        columns.push(['yTrue', data.yTrue], ['yPred', data.yPred]);
    }
    else {
        // The file keeps 32-bit codes whatever width they have in memory, so bundles read the same either way.
        const wide = (codes) => (codes instanceof Int32Array ? codes : Int32Array.from(codes));
        columns.push(['yTrue', wide(data.yTrue)], ['yPred', wide(data.yPred)]);
        if (data.score)
            columns.push(['score', data.score]);
        data.proba?.forEach((column, k) => columns.push([`proba${k}`, column]));
    }
    if (data.weights)
        columns.push(['weights', data.weights]);
    const idBytes = ids ? new TextEncoder().encode(ids.join('\n')) : undefined;
    const header = {
        task: data.task,
        n: data.n,
        classes: data.task === 'regression' ? [] : [...data.classes],
        positive: data.task === 'regression' ? -1 : data.positive,
        scoresAreProbabilities: data.task === 'regression' ? false : data.scoresAreProbabilities,
        columns: [],
        ids: null,
    };
    let offset = 0;
    for (const [name, column] of columns) {
        header.columns.push({ name, type: column instanceof Float64Array ? 'f64' : 'i32', offset });
        offset += column.byteLength;
    }
    if (idBytes)
        header.ids = { offset, length: idBytes.length };
    const head = new TextEncoder().encode(`${MAGIC}${JSON.stringify(header)}\n`);
    const body = new Uint8Array(head.length + offset + (idBytes?.length ?? 0));
    body.set(head, 0);
    for (const [i, [, column]] of columns.entries()) {
        body.set(new Uint8Array(column.buffer, column.byteOffset, column.byteLength), head.length + header.columns[i].offset);
    }
    if (idBytes)
        body.set(idBytes, head.length + offset);
    const packed = (0,fflate__WEBPACK_IMPORTED_MODULE_2__/* .gzipSync */ .u3)(body, { level: 6, mtime: 0 });
    return packed.length > maxBytes ? undefined : packed;
}
/**
 * The most the per-example file may inflate to: 10 million binary predictions with scores, weights and ids take
 * about 300 MB; a tampered file must not make a 1.5 MB download cost gigabytes of memory.
 */
const MAX_INFLATED_EXAMPLES = 512 * 1024 ** 2;
/** Decodes what `encodeExamples` wrote; anything malformed is an InputError naming the file. */
function decodeExamples(packed, file, maxInflated = MAX_INFLATED_EXAMPLES) {
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`per-example data: ${problem}`, { file });
    };
    const inflated = (0,_gunzip_bounded_js__WEBPACK_IMPORTED_MODULE_0__/* .gunzipBounded */ .Z)(packed, maxInflated);
    if ('problem' in inflated)
        return fail(inflated.problem);
    const body = inflated.bytes;
    const magic = new TextDecoder().decode(body.subarray(0, MAGIC.length));
    if (magic !== MAGIC)
        fail('unknown format');
    const newline = body.indexOf(0x0a, MAGIC.length);
    if (newline < 0)
        fail('no header');
    let header;
    try {
        header = JSON.parse(new TextDecoder().decode(body.subarray(MAGIC.length, newline)));
    }
    catch {
        return fail('unreadable header');
    }
    const start = newline + 1;
    const n = header.n;
    if (!Number.isInteger(n) || n < 0)
        fail('bad row count');
    checkHeader(header, fail);
    const column = (name) => {
        const spec = header.columns.find((c) => c.name === name);
        if (!spec)
            return undefined;
        const width = spec.type === 'f64' ? 8 : 4;
        const from = start + spec.offset;
        if (from + n * width > body.length)
            fail(`column ${name} is truncated`);
        const copy = body.slice(from, from + n * width);
        return spec.type === 'f64' ? new Float64Array(copy.buffer) : new Int32Array(copy.buffer);
    };
    const f64 = (name) => {
        const c = column(name);
        if (c !== undefined && !(c instanceof Float64Array))
            fail(`column ${name} has the wrong type`);
        return c;
    };
    const i32 = (name) => {
        const c = column(name);
        if (!(c instanceof Int32Array))
            return fail(`column ${name} is missing`);
        return c;
    };
    let ids;
    if (header.ids) {
        const from = start + header.ids.offset;
        ids = new TextDecoder().decode(body.subarray(from, from + header.ids.length)).split('\n');
        if (ids.length !== n)
            fail(`${ids.length} ids for ${n} rows`);
        const seen = new Set();
        for (const id of ids) {
            if (seen.has(id))
                fail(`id "${id.slice(0, 100)}" appears twice`);
            seen.add(id);
        }
    }
    const weights = f64('weights');
    checkValues(weights, 'weights', fail, (w) => w >= 0, 'a negative weight');
    if (header.task === 'regression') {
        const yTrue = f64('yTrue');
        const yPred = f64('yPred');
        if (!yTrue || !yPred)
            return fail('labels or predictions are missing');
        checkValues(yTrue, 'yTrue', fail);
        checkValues(yPred, 'yPred', fail);
        return { data: { task: 'regression', n, yTrue, yPred, weights }, ids };
    }
    const proba = [];
    for (let k = 0; header.columns.some((c) => c.name === `proba${k}`); k++)
        proba.push(f64(`proba${k}`));
    if (proba.length > 0 && proba.length !== header.classes.length)
        fail(`${proba.length} score columns for ${header.classes.length} classes`);
    const unit = (v) => !header.scoresAreProbabilities || (v >= 0 && v <= 1);
    checkValues(f64('score'), 'score', fail, unit, 'a probability outside [0, 1]');
    proba.forEach((column, k) => checkValues(column, `proba${k}`, fail, unit, 'a probability outside [0, 1]'));
    const data = {
        task: header.task,
        n,
        classes: header.classes,
        yTrue: i32('yTrue'),
        yPred: i32('yPred'),
        positive: header.positive,
        score: f64('score'),
        proba: proba.length > 0 ? proba : undefined,
        scoresAreProbabilities: header.scoresAreProbabilities,
        weights,
    };
    for (const labels of [data.yTrue, data.yPred]) {
        for (const c of labels)
            if (c < 0 || c >= data.classes.length)
                fail('a class index is out of range');
    }
    return { data, ids };
}
/** The header's own fields: a known task, distinct class names, and a positive class that exists. */
function checkHeader(header, fail) {
    if (!['binary', 'multiclass', 'regression'].includes(header.task))
        fail(`unknown task ${JSON.stringify(header.task).slice(0, 50)}`);
    if (!Array.isArray(header.columns))
        fail('no column list');
    if (header.task === 'regression')
        return;
    if (!Array.isArray(header.classes) || !header.classes.every((c) => typeof c === 'string'))
        fail('classes are not a list of names');
    if (new Set(header.classes).size !== header.classes.length)
        fail('a class appears twice');
    const positiveOk = header.task === 'binary' ? Number.isInteger(header.positive) && header.positive >= 0 && header.positive < header.classes.length : header.positive === -1;
    if (!positiveOk)
        fail(`positive class ${String(header.positive)} is not one of the ${header.classes.length} classes`);
    if (typeof header.scoresAreProbabilities !== 'boolean')
        fail('scoresAreProbabilities is not true or false');
}
/** Every value finite and, when `ok` is given, passing it (`what` says what failed). */
function checkValues(values, name, fail, ok = () => true, what = '') {
    if (!values)
        return;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (!Number.isFinite(v))
            fail(`column ${name} row ${i + 1} is ${String(v)}, not a finite number`);
        if (!ok(v))
            fail(`column ${name} row ${i + 1} is ${v}: ${what}`);
    }
}


/***/ }),

/***/ 3707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $5: () => (/* binding */ encodeItems),
/* harmony export */   Eg: () => (/* binding */ summarizeItems),
/* harmony export */   Tr: () => (/* binding */ decodeItems),
/* harmony export */   bU: () => (/* binding */ checkItemsAgree)
/* harmony export */ });
/* unused harmony export MAX_INFLATED_ITEMS */
/* harmony import */ var fflate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1306);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8816);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _ingest_llm_logs_scored_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9272);
/* harmony import */ var _gunzip_bounded_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3130);





/**
 * The scored records a baseline keeps for item-by-item comparison (docs/llm-evals.md): per metric its item keys,
 * clusters and hashes, and every repeat's score. Layout, gzipped: a magic line, one JSON header line (ids, tasks,
 * item strings, and where each metric's numbers start), then the offsets (u32) and values (f64) of every metric,
 * little-endian.
 */
const MAGIC = 'model-gate-items/1\n';
/**
 * The most the scored-records file may inflate to. Its compressed size is capped like the per-example file's
 * (64 MiB); item keys compress well, but a tampered file must not make a small download cost gigabytes.
 */
const MAX_INFLATED_ITEMS = 512 * 1024 ** 2;
function summarizeItems(metrics) {
    return Object.fromEntries(metrics.map((m) => {
        const mean = (0,_ingest_llm_logs_scored_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(m);
        return [m.id, { items: m.keys.length, mean: Number.isFinite(mean) ? mean : null }];
    }));
}
/** How far a mean may drift from the recorded one: float summation order, nothing more. */
const MEAN_TOLERANCE = 1e-9;
/**
 * Refuses scored records that disagree with the document's `items.metrics`: another set of metric ids, another
 * item count, or another mean. `fail` words the message; the field is named (`items.metrics["t/acc"].mean`).
 */
function checkItemsAgree(metrics, expected, fail) {
    const field = (id, part) => `items.metrics[${JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id)}]${part ? `.${part}` : ''}`;
    const actual = summarizeItems(metrics);
    for (const id of Object.keys(expected))
        if (!(id in actual))
            fail(`${field(id)} has no scores in the file`);
    for (const [id, { items, mean }] of Object.entries(actual)) {
        const recorded = expected[id];
        if (!Object.hasOwn(expected, id) || !recorded)
            return fail(`the file scores ${JSON.stringify(id)}, which ${field(id)} does not list`);
        if (recorded.items !== items)
            fail(`${field(id, 'items')} is ${recorded.items}, the file has ${items} items`);
        const drift = mean === null || recorded.mean === null ? (mean === recorded.mean ? 0 : Infinity) : Math.abs(mean - recorded.mean);
        if (!(drift <= MEAN_TOLERANCE * Math.max(1, Math.abs(recorded.mean ?? 0)))) {
            fail(`${field(id, 'mean')} is ${String(recorded.mean)}, the file's scores average ${String(mean)}`);
        }
    }
}
const strings = zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(100_000));
const headerSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    metrics: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(2000),
        task: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().max(2000),
        keys: strings,
        clusters: strings.nullable(),
        versions: strings.nullable(),
        prompts: strings.nullable(),
        values: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0),
        offset: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(0),
    }))
        .max(100_000),
});
/** Encodes the items, or undefined when the compressed file would exceed `maxBytes`. */
function encodeItems(metrics, maxBytes) {
    let offset = 0;
    const header = {
        metrics: metrics.map((m) => {
            const entry = { id: m.id, task: m.task, keys: [...m.keys], clusters: m.clusters ? [...m.clusters] : null, versions: m.versions ? [...m.versions] : null, prompts: m.prompts ? [...m.prompts] : null, values: m.values.length, offset };
            offset += m.offsets.byteLength + m.values.byteLength;
            return entry;
        }),
    };
    const head = new TextEncoder().encode(`${MAGIC}${JSON.stringify(header)}\n`);
    // Float64 values need 8-byte alignment when read back as views; pad the header.
    const start = Math.ceil(head.length / 8) * 8;
    const body = new Uint8Array(start + offset);
    body.set(head, 0);
    body.fill(0x20, head.length, start);
    let at = start;
    for (const m of metrics) {
        body.set(new Uint8Array(m.offsets.buffer, m.offsets.byteOffset, m.offsets.byteLength), at);
        at += m.offsets.byteLength;
        body.set(new Uint8Array(m.values.buffer, m.values.byteOffset, m.values.byteLength), at);
        at += m.values.byteLength;
    }
    const packed = (0,fflate__WEBPACK_IMPORTED_MODULE_4__/* .gzipSync */ .u3)(body, { level: 6, mtime: 0 });
    return packed.length > maxBytes ? undefined : packed;
}
/**
 * Decodes what `encodeItems` wrote, inflating at most `maxInflated` bytes with the gzip CRC and length checked;
 * anything malformed is an InputError naming the file.
 */
function decodeItems(packed, file, maxInflated = MAX_INFLATED_ITEMS) {
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`scored records: ${problem}`, { file });
    };
    const inflated = (0,_gunzip_bounded_js__WEBPACK_IMPORTED_MODULE_2__/* .gunzipBounded */ .Z)(packed, maxInflated);
    if ('problem' in inflated)
        return fail(inflated.problem);
    const body = inflated.bytes;
    if (new TextDecoder().decode(body.subarray(0, MAGIC.length)) !== MAGIC)
        fail('unknown format');
    const newline = body.indexOf(0x0a, MAGIC.length);
    if (newline < 0)
        fail('no header');
    let raw;
    try {
        raw = JSON.parse(new TextDecoder().decode(body.subarray(MAGIC.length, newline)));
    }
    catch {
        return fail('unreadable header');
    }
    const parsed = headerSchema.safeParse(raw);
    if (!parsed.success)
        return fail(`bad header (${parsed.error.issues[0].path.join('.')})`);
    const start = Math.ceil((newline + 1) / 8) * 8;
    return parsed.data.metrics.map((m) => {
        const n = m.keys.length;
        for (const column of [m.clusters, m.versions, m.prompts])
            if (column && column.length !== n)
                fail(`${m.id}: ${column.length} entries for ${n} items`);
        const from = start + m.offset;
        const valuesFrom = from + (n + 1) * 4;
        if (valuesFrom + m.values * 8 > body.length)
            fail(`${m.id}: truncated`);
        const offsets = new Uint32Array(body.slice(from, valuesFrom).buffer);
        const values = new Float64Array(body.slice(valuesFrom, valuesFrom + m.values * 8).buffer);
        if (offsets[0] !== 0 || offsets[n] !== m.values)
            fail(`${m.id}: offsets do not cover the values`);
        for (let i = 0; i < n; i++)
            if (offsets[i + 1] <= offsets[i])
                fail(`${m.id}: an item without scores`);
        for (const v of values)
            if (!Number.isFinite(v))
                fail(`${m.id}: a score that is not a finite number`);
        return { id: m.id, task: m.task, keys: m.keys, offsets, values, clusters: m.clusters ?? undefined, versions: m.versions ?? undefined, prompts: m.prompts ?? undefined };
    });
}


/***/ }),

/***/ 7605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildBundle: () => (/* reexport */ buildBundle),
  readBundle: () => (/* reexport */ bundle_files.readBundle),
  writeBundle: () => (/* reexport */ bundle_files/* writeBundle */.M)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/baseline/bundle-names.ts
var bundle_names = __webpack_require__(5106);
// EXTERNAL MODULE: ./src/baseline/items.ts
var baseline_items = __webpack_require__(3707);
// EXTERNAL MODULE: ./src/baseline/bundle.ts
var baseline_bundle = __webpack_require__(1823);
// EXTERNAL MODULE: ./src/baseline/examples.ts
var baseline_examples = __webpack_require__(3096);
;// CONCATENATED MODULE: ./src/baseline/record.ts





/** Per-example data above this (compressed) stays out of the bundle, with a note: artifacts should stay small. */
const EXAMPLES_CAP_BYTES = 64 * 1024 ** 2;
/** Builds the bundle document and its per-example file (docs/baseline.md#the-baseline-bundle). Pure: the caller writes and uploads. */
function buildBundle(input) {
    const { run, settings, provenance, previous } = input;
    const notes = [];
    const evaluation = run.evaluation;
    let examples;
    if (evaluation) {
        examples = (0,baseline_examples/* encodeExamples */.KS)({ data: evaluation.data, ids: evaluation.ids }, input.examplesCapBytes ?? EXAMPLES_CAP_BYTES);
        if (!examples) {
            notes.push(`per-example data left out: it compresses to more than ${Math.round((input.examplesCapBytes ?? EXAMPLES_CAP_BYTES) / 1024 ** 2)} MiB; paired significance tests fall back to unpaired ones`);
        }
    }
    const cap = input.examplesCapBytes ?? EXAMPLES_CAP_BYTES;
    const items = run.items && run.items.size > 0 ? (0,baseline_items/* encodeItems */.$5)([...run.items.values()], cap) : undefined;
    if (run.items && run.items.size > 0 && !items) {
        notes.push(`scored records left out: they compress to more than ${Math.round(cap / 1024 ** 2)} MiB; items are not compared item by item against this baseline`);
    }
    const bundle = {
        schema: baseline_bundle/* BUNDLE_SCHEMA */.nf,
        provenance,
        task: run.task ?? null,
        n: run.n ?? null,
        classes: evaluation && evaluation.data.task !== 'regression' ? [...evaluation.data.classes] : [],
        metrics: Object.fromEntries(run.metrics),
        stderr: Object.fromEntries(run.stderr),
        settings: {
            task: settings.evaluate.task,
            columns: settings.evaluate.columns,
            positiveLabel: settings.evaluate.positiveLabel ?? null,
            decisionThreshold: settings.evaluate.decisionThreshold ?? null,
            minSliceSize: settings.minSliceSize,
        },
        rules: settings.rules,
        fingerprint: evaluation ? fingerprintOf(evaluation.data, evaluation.ids) : null,
        examples: examples ? { file: baseline_bundle/* EXAMPLES_FILE */.Z6, bytes: examples.length } : null,
        ...(items && run.items ? { items: { file: bundle_names/* ITEMS_FILE */.UU, bytes: items.length, metrics: (0,baseline_items/* summarizeItems */.Eg)([...run.items.values()]) } } : {}),
        ...(run.higherIsBetter && run.higherIsBetter.size > 0 ? { directions: Object.fromEntries([...run.higherIsBetter].map(([id, higher]) => [id, higher ? 'higher' : 'lower'])) } : {}),
        history: (0,baseline_bundle/* nextHistory */.Ou)(previous, settings.history),
        notes,
    };
    (0,baseline_bundle/* checkRecordable */.Ee)(bundle);
    return { bundle, examples, items };
}
/**
 * Hashes of the ids and of the labels in row order: equal fingerprints mean the same eval set. Class codes are
 * hashed as 32-bit integers whatever width they have in memory, so the hash does not change with it.
 */
function fingerprintOf(data, ids) {
    const yTrue = data.yTrue instanceof Uint8Array || data.yTrue instanceof Uint16Array ? Int32Array.from(data.yTrue) : data.yTrue;
    const labels = (0,external_node_crypto_.createHash)('sha256').update(new Uint8Array(yTrue.buffer, yTrue.byteOffset, yTrue.byteLength));
    if (data.task !== 'regression')
        labels.update(`|${data.classes.join('\u0000')}`);
    return {
        n: data.n,
        ids: ids ? (0,external_node_crypto_.createHash)('sha256').update(ids.join('\n')).digest('hex') : null,
        labels: labels.digest('hex'),
    };
}

// EXTERNAL MODULE: ./src/shell/bundle-files.ts
var bundle_files = __webpack_require__(7074);
;// CONCATENATED MODULE: ./src/cli/record-code.ts
// What `model-gate record` needs beyond `evaluate`, loaded only for that command so that `evaluate` starts fast.




/***/ }),

/***/ 7074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ writeBundle),
/* harmony export */   readBundle: () => (/* binding */ readBundle)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _baseline_bundle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1823);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);




/** Writes a bundle folder and returns the paths of its files (for the artifact upload). */
async function writeBundle(folder, bundle, examples, items) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true });
    const files = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, _baseline_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILE */ .Ij)];
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files[0], `${JSON.stringify(bundle, null, 2)}\n`);
    if (examples && bundle.examples) {
        files.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, bundle.examples.file));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files[1], examples);
    }
    if (items && bundle.items) {
        files.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, bundle.items.file));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(files[files.length - 1], items);
    }
    return files;
}
/** Reads a bundle from its folder (or its JSON file), validating everything as untrusted input. */
async function readBundle(path, shownAs) {
    const isFolder = !path.endsWith('.json');
    const folder = isFolder ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    const files = new Map();
    try {
        files.set(_baseline_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILE */ .Ij, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(isFolder ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(path, _baseline_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILE */ .Ij) : path));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`no ${_baseline_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILE */ .Ij} here: not a model-gate baseline bundle`, { file: shownAs });
    }
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(folder)) {
        if (name !== _baseline_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .BUNDLE_FILE */ .Ij && /^[\w.-]+$/.test(name))
            files.set(name, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, name)));
    }
    return (0,_baseline_bundle_js__WEBPACK_IMPORTED_MODULE_2__/* .bundleFromFiles */ .WW)(files, shownAs);
}


/***/ })

};
