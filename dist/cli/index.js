#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ BUNDLE_FILE),
/* harmony export */   UU: () => (/* binding */ ITEMS_FILE),
/* harmony export */   Z6: () => (/* binding */ EXAMPLES_FILE),
/* harmony export */   nf: () => (/* binding */ BUNDLE_SCHEMA)
/* harmony export */ });
/** The names of a baseline bundle (docs/baseline.md#the-baseline-bundle), apart from its schema code so that finding a bundle loads no parser. */
const BUNDLE_SCHEMA = 'model-gate/baseline@1';
const BUNDLE_FILE = 'model-gate-baseline.json';
const EXAMPLES_FILE = 'examples.bin.gz';
/** Scored records of LLM evals, item by item (docs/llm-evals.md). */
const ITEMS_FILE = 'items.bin.gz';


/***/ }),

/***/ 3130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ gunzipBounded)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Inflates gzip data whole, never past `limit` bytes (a few kilobytes can inflate to gigabytes), with the gzip
 * trailer checked: zlib compares the CRC-32 and the length it records with what was inflated. Returns the bytes,
 * or the reason they cannot be had, for the caller to word as its error.
 */
function gunzipBounded(bytes, limit) {
    try {
        const inflated = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(bytes, { maxOutputLength: limit });
        // A plain view, not a Node Buffer: `Buffer#slice` shares memory where `Uint8Array#slice` copies.
        return { bytes: new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength) };
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE') {
            return { problem: `inflates past ${formatBytes(limit)}, the limit for this file (a gzip bomb?)` };
        }
        return { problem: `not valid gzip (${error.message})` };
    }
}
function formatBytes(bytes) {
    return bytes >= 1024 ** 3 ? `${bytes / 1024 ** 3} GiB` : `${bytes / 1024 ** 2} MiB`;
}


/***/ }),

/***/ 4155:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(43);
/* harmony import */ var _metrics_sort_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7576);
// The CLI's only side-effecting file: run, then exit with the code.


// MODEL_GATE_THREADS=1 keeps the ranking sort on one thread (README: Performance).
(0,_metrics_sort_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .useSortWorker */ .CD)(process.env.MODEL_GATE_THREADS !== '1');
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    write: (text) => process.stdout.write(text),
    error: (text) => process.stderr.write(text),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 43:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __nccwpck_require__(735);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
;// CONCATENATED MODULE: ./src/report/evaluation-report.ts




/** `task` and `n` are null for a run made of metric files only. */
function toEvaluationJson(run) {
    return {
        task: run.task ?? null,
        n: run.n ?? null,
        metrics: Object.fromEntries(run.metrics),
        notes: run.notes,
    };
}
const SLICE_ID = /^(.+?)\[(.+)\]$/s;
function toGrid(evaluation) {
    const base = [];
    const sliceColumns = [];
    const bySlice = new Map();
    for (const [id, value] of evaluation.metrics) {
        const match = SLICE_ID.exec(id);
        if (!match) {
            base.push(id);
            continue;
        }
        const [, metric, slice] = match;
        if (!bySlice.has(slice)) {
            bySlice.set(slice, new Map());
            sliceColumns.push(slice);
        }
        bySlice.get(slice).set(metric, value);
    }
    return {
        columns: ['all', ...sliceColumns],
        rows: base.map((id) => [id, evaluation.metrics.get(id), ...sliceColumns.map((s) => bySlice.get(s).get(id))]),
    };
}
function headline(run) {
    const evaluation = run.evaluation;
    if (!evaluation)
        return `${run.metrics.size} metrics from ${run.sources.join(', ')}`;
    const classes = evaluation.classes.length > 0 && evaluation.classes.length <= 12 ? ` · classes ${evaluation.classes.join(', ')}` : '';
    return `${evaluation.task} · ${evaluation.n.toLocaleString('en-US')} examples${classes}`;
}
function renderEvaluationMarkdown(evaluation) {
    const grid = toGrid(evaluation);
    const table = (0,markdown_table/* markdownTable */.Q)([
        ['metric', ...grid.columns].map(report_escape/* escapeMarkdown */.FV),
        ...grid.rows.map(([id, ...values]) => [(0,report_escape/* escapeMarkdown */.FV)(id), ...values.map((v) => (0,format/* formatValue */.F)(v))]),
    ], { align: ['l', ...grid.columns.map(() => 'r')] });
    const lines = [`### model-gate: ${(0,report_escape/* escapeMarkdown */.FV)(headline(evaluation))}`, '', table];
    if (evaluation.notes.length > 0) {
        lines.push('', '<details><summary>Notes</summary>', '');
        for (const note of evaluation.notes)
            lines.push(`- ${(0,report_escape/* escapeMarkdown */.FV)(note)}`);
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n`;
}
/** A plain aligned table for a terminal. */
function renderEvaluationText(evaluation) {
    const grid = toGrid(evaluation);
    const cells = [
        ['metric', ...grid.columns],
        ...grid.rows.map(([id, ...values]) => [(0,report_text/* inert */.tJ)(id), ...values.map((v) => (0,format/* formatValue */.F)(v))]),
    ].map((row) => row.map(report_text/* inert */.tJ));
    const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => [...row[c]].length)));
    const render = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
    const lines = [`model-gate · ${(0,report_text/* inert */.tJ)(headline(evaluation))}`, '', render(cells[0]), render(widths.map((w) => '─'.repeat(w)))];
    for (const row of cells.slice(1))
        lines.push(render(row));
    if (evaluation.notes.length > 0) {
        lines.push('', 'Notes:');
        for (const note of evaluation.notes)
            lines.push(`  - ${(0,report_text/* inert */.tJ)(note)}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/config/yaml.ts
/**
 * The `yaml` package, loaded on demand. It was about 300 KB of the CLI's 760 KB main chunk, ~5-10 ms of every
 * start-up, yet most runs (a CSV of predictions, no config file, no `columns` or `rules`) parse no YAML at all.
 * So the parsers stay synchronous and pure, and the shell awaits `loadYaml()` before input that may hold YAML
 * reaches them (src/shell/load-settings.ts, src/shell/load-run.ts); ncc gives the package a chunk of its own.
 * Only types are imported statically here, and the compiler erases them.
 */
let yaml;
/** Loads the YAML parser; idempotent, and free once loaded. */
async function loadYaml() {
    yaml ??= await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}
/**
 * The loaded `yaml` module. Throws a plain Error when `loadYaml()` was not awaited first: a bug in the shell,
 * not bad input, so callers take it before their `try` that turns parse errors into messages for the user.
 */
function loadedYaml() {
    if (yaml === undefined)
        throw new Error('internal error: the YAML parser was used before loadYaml()');
    return yaml;
}

;// CONCATENATED MODULE: ./src/ingest/combine-run.ts
/**
 * Merges metric files with the metrics computed from predictions. Predictions win on a conflict (docs/formats.md#metric-files),
 * and between metric files the later file wins; both with a note, so nothing is replaced silently.
 */
function combineRun(evaluation, readings, sources) {
    const scored = combineScored(readings);
    const metrics = new Map();
    const origin = new Map();
    const stderr = new Map();
    const notes = [];
    const higherIsBetter = new Map();
    for (const { source, reading } of readings) {
        for (const [id, higher] of reading.higherIsBetter ?? [])
            higherIsBetter.set(id, higher);
        for (const [id, value] of reading.metrics) {
            const earlier = origin.get(id);
            if (earlier !== undefined && metrics.get(id) !== value)
                notes.push(`${id}: ${source} replaces the value from ${earlier}`);
            metrics.set(id, value);
            origin.set(id, source);
        }
        for (const [id, error] of reading.stderr)
            stderr.set(id, error);
        notes.push(...reading.notes);
    }
    if (evaluation) {
        const overridden = [...evaluation.metrics.keys()].filter((id) => metrics.has(id));
        if (overridden.length > 0) {
            notes.push(`${overridden.slice(0, 5).join(', ')}${overridden.length > 5 ? ', …' : ''}: computed from the predictions, replacing the metric file's value`);
        }
        for (const id of overridden) {
            metrics.delete(id);
            stderr.delete(id);
            higherIsBetter.delete(id);
            scored.delete(id);
        }
        notes.unshift(...evaluation.notes);
        // Computed metrics first, in their natural order; metric-file metrics after.
        const merged = new Map(evaluation.metrics);
        for (const [id, value] of metrics)
            merged.set(id, value);
        return { task: evaluation.task, n: evaluation.n, metrics: merged, stderr, evaluation, examples: { data: evaluation.data, ids: evaluation.ids }, sources, notes, higherIsBetter, ...withItems(scored) };
    }
    return { task: undefined, n: undefined, metrics, stderr, evaluation, examples: undefined, sources, notes, higherIsBetter, ...withItems(scored) };
}
/** The scored items of every reading; a later file's value of an id replaces the earlier file's items too. */
function combineScored(readings) {
    const items = new Map();
    for (const { reading } of readings) {
        const own = 'scored' in reading ? new Map(reading.scored.map((m) => [m.id, m])) : new Map();
        for (const id of reading.metrics.keys()) {
            const metric = own.get(id);
            if (metric)
                items.set(id, metric);
            else
                items.delete(id);
        }
    }
    return items;
}
function withItems(items) {
    return items.size > 0 ? { items } : {};
}

;// CONCATENATED MODULE: ./src/ingest/formats/big-integers.ts
/**
 * JSON integers with more digits than a double holds (beyond 2^53) lose their identity in `JSON.parse`:
 * 9007199254740993 reads as 9007199254740992. pandas keeps them as int64/uint64, so two such labels stay two
 * classes there. Before a parse, `protectBigIntegers` writes each such integer (outside strings) as a string of
 * its digits, which the readers then take as the label text, compared exactly (see table/classes.ts).
 */
/** An integer literal of 16 or more digits, not part of a decimal or exponent: a cheap test before the scan. */
const BIG_INTEGER_LITERAL = /(?<![\d.eE+-])-?\d{16,}(?![\d.eE])/;
/** The JSON text with big integer literals quoted; the same string when it has none. */
function protectBigIntegers(text) {
    if (!BIG_INTEGER_LITERAL.test(text))
        return text;
    let out = '';
    let copied = 0;
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            i++;
            while (i < text.length && text.charCodeAt(i) !== 0x22)
                i += text.charCodeAt(i) === 0x5c /* \ */ ? 2 : 1;
            i++;
            continue;
        }
        if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
            let end = i + 1;
            while (end < text.length && /[\d.eE+-]/.test(text[end]))
                end++;
            const token = text.slice(i, end);
            // Only a valid JSON integer (no leading zero): anything else stays as written, for JSON.parse to refuse.
            if (/^-?[1-9]\d{15,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
                out += `${text.slice(copied, i)}"${token}"`;
                copied = end;
            }
            i = end;
            continue;
        }
        i++;
    }
    return out + text.slice(copied);
}

;// CONCATENATED MODULE: ./src/ingest/formats/byte-carry.ts
/**
 * The bytes of a record that a chunk ended inside, kept until the chunk that ends the record arrives. They are
 * copied (a reader's chunks may share one reused buffer), into room that doubles as it is needed.
 */
class ByteCarry {
    buffer = new Uint8Array(0);
    /** How many bytes are kept. */
    length = 0;
    append(chunk, from, to) {
        const needed = this.length + (to - from);
        if (needed > this.buffer.length) {
            const bigger = new Uint8Array(Math.max(needed, 2 * this.buffer.length, 1024));
            bigger.set(this.buffer.subarray(0, this.length));
            this.buffer = bigger;
        }
        this.buffer.set(chunk.subarray(from, to), this.length);
        this.length = needed;
    }
    /** Hands the kept bytes over (valid until the next `append`) and starts empty. */
    take() {
        const bytes = this.buffer.subarray(0, this.length);
        this.length = 0;
        return bytes;
    }
    /** Starts empty and lets go of the room. */
    release() {
        this.buffer = new Uint8Array(0);
        this.length = 0;
    }
}

;// CONCATENATED MODULE: ./src/ingest/formats/json-bytes.ts
/** The bytes of JSON's structure, shared by the readers that scan JSON Lines and JSON arrays from their bytes. */
const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const SPACE = 0x20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** JSON's white space: space, tab, LF and CR (not the other characters `String#trim` removes). */
const isJsonWhiteSpace = (b) => b === SPACE || b === LF || b === CR || b === TAB;

// EXTERNAL MODULE: ./src/ingest/table/byte-interner.ts
var byte_interner = __nccwpck_require__(5605);
;// CONCATENATED MODULE: ./src/ingest/table/cells.ts

/**
 * Converts one cell (CSV text or a JSON value) to what a column holds. Numbers are parsed exactly as
 * JavaScript's `Number(text)` parses them (correctly rounded), so ties between scores survive parsing.
 */
/** JavaScript's number prefixes, which pandas reads as text: `0x10` is not 16 in a CSV file. */
const JS_ONLY_NUMBER = /^\s*[+-]?0[xXoObB]/;
/**
 * `Number(text)`, except for spellings pandas does not read as numbers (`0x10`, `0o17`, `0b101`), which give NaN:
 * a column of them is text to scikit-learn, so it must not become numbers here.
 */
function numberOf(text) {
    const value = Number(text);
    return Number.isInteger(value) && JS_ONLY_NUMBER.test(text) ? Number.NaN : value;
}
/** A label, prediction or slice value as text; JSON numbers and booleans keep their JSON spelling. */
function cellText(value, where) {
    if (typeof value === 'string') {
        if (value === '')
            throw new errors/* InputError */.dz('empty cell; every row needs a value here', where);
        return value;
    }
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value === null || value === undefined)
        throw new errors/* InputError */.dz('missing value; every row needs one here', where);
    throw new errors/* InputError */.dz(`expected a single value, found ${describeJson(value)}`, where);
}
/** A slice value: like a label, but an empty cell is its own group. */
function cellSliceText(value, where) {
    if (value === '' || value === null || value === undefined)
        return '';
    return cellText(value, where);
}
/** A finite number; empty cells, text, NaN and Infinity are bad input. */
function cellNumber(value, where) {
    let parsed;
    if (typeof value === 'number') {
        parsed = value;
    }
    else if (typeof value === 'string') {
        parsed = numberOf(value);
        if (parsed === 0 && value.trim() === '')
            throw new errors/* InputError */.dz('empty cell; expected a number', where);
        if (Number.isNaN(parsed) && !/^\s*[+-]?nan\s*$/i.test(value)) {
            throw new errors/* InputError */.dz(`"${truncate(value)}" is not a number`, where);
        }
    }
    else if (value === null || value === undefined) {
        throw new errors/* InputError */.dz('missing value; expected a number', where);
    }
    else {
        throw new errors/* InputError */.dz(`expected a number, found ${describeJson(value)}`, where);
    }
    if (!Number.isFinite(parsed)) {
        throw new errors/* InputError */.dz(`${String(parsed)} is not allowed here; expected a finite number`, where);
    }
    return parsed;
}
/** An id, always kept as text so that large integer ids never collide. */
function cellId(value, where) {
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
        throw new errors/* InputError */.dz(`id ${String(value)} is an integer beyond 2^53 and lost digits when read as JSON; write ids as strings`, where);
    }
    return cellText(value, where);
}
function describeJson(value) {
    if (Array.isArray(value))
        return 'an array';
    if (value === null)
        return 'null';
    return typeof value === 'object' ? 'an object' : typeof value;
}
function truncate(text, max = 40) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: ./src/ingest/formats/json-array.ts






const BOM = [0xef, 0xbb, 0xbf];
/** Where the scanner is in the document. */
var State;
(function (State) {
    /** Before the `[` (byte-order marks and white space allowed). */
    State[State["Start"] = 0] = "Start";
    /** After `[`, before the first element or `]`. */
    State[State["First"] = 1] = "First";
    /** After a comma, before an element. */
    State[State["Next"] = 2] = "Next";
    /** Inside an element. */
    State[State["Element"] = 3] = "Element";
    /** After an element, before `,` or `]`. */
    State[State["After"] = 4] = "After";
    /** After the closing `]`: only white space may follow. */
    State[State["End"] = 5] = "End";
})(State || (State = {}));
/**
 * A JSON document that is an array of records (`df.to_json(orient="records")`), read from UTF-8 bytes as they
 * stream in, one record at a time: a byte scanner finds where each element of the top-level array ends (strings,
 * escapes and nesting followed across chunks), and the element goes through `JSON.parse`, so values are exactly
 * those of parsing the whole document, while memory holds one record, not the document and its tree. The keys
 * of the first record are the header, as for the whole-document reader.
 *
 * Problems are reported in document order, located by record: a record that is not valid JSON, one that is not
 * an object, text between records that is not a comma, or a document that ends before its `]`.
 */
class JsonArrayReader {
    file;
    onRecord;
    boms;
    state = State.Start;
    bomMatched = 0;
    /** The element's nesting depth (objects and arrays), and whether the scan is inside a string. */
    depth = 0;
    inString = false;
    escape = false;
    /** The element is a number, `true`, `false` or `null` (it ends at white space, "," or "]"). */
    scalar = false;
    /** Bytes of an element that began in an earlier chunk. */
    carry = new ByteCarry();
    records = 0;
    /** Elements of the current chunk not handed over yet: [start, end) byte ranges, the first numbered `batchFirst`. */
    batch = new Int32Array(256);
    batched = 0;
    batchFirst = 0;
    /**
     * @param boms how many leading byte-order marks to drop: 2 for file bytes (as the decoder and then the
     *   whole-document reader each dropped one), 1 for text that was already decoded.
     */
    constructor(file, onRecord, boms = 2) {
        this.file = file;
        this.onRecord = onRecord;
        this.boms = boms;
    }
    /** True once a record was read. */
    get started() {
        return this.records > 0;
    }
    /** Reads the next bytes of the document; chunks may split it anywhere, and are not kept past the call. */
    push(chunk) {
        const end = chunk.length;
        let i = 0;
        let elementStart = this.state === State.Element ? 0 : -1;
        while (i < end) {
            const b = chunk[i];
            switch (this.state) {
                case State.Start:
                    if (this.boms > 0 && b === BOM[this.bomMatched]) {
                        if (++this.bomMatched === BOM.length) {
                            this.boms--;
                            this.bomMatched = 0;
                        }
                    }
                    else if (this.bomMatched > 0) {
                        this.unexpected(chunk, b, 'where the document should start with "["');
                    }
                    else if (b === OPEN_BRACKET) {
                        this.boms = 0;
                        this.state = State.First;
                    }
                    else if (isJsonWhiteSpace(b)) {
                        this.boms = 0;
                    }
                    else {
                        this.unexpected(chunk, b, 'where the document should start with "["');
                    }
                    i++;
                    break;
                case State.First:
                case State.Next:
                    if (isJsonWhiteSpace(b)) {
                        i++;
                    }
                    else if (b === CLOSE_BRACKET && this.state === State.First) {
                        this.state = State.End;
                        i++;
                    }
                    else if (b === CLOSE_BRACKET || b === COMMA) {
                        this.unexpected(chunk, b, `where record ${this.records + 1} should start`);
                    }
                    else {
                        this.beginElement(b);
                        elementStart = i;
                        i++;
                    }
                    break;
                case State.Element: {
                    const stop = this.scanElement(chunk, i, end);
                    if (stop < 0) {
                        i = end;
                        break;
                    }
                    // The element is bytes [elementStart, stop) of this chunk, after any carried from earlier ones.
                    if (this.carry.length > 0)
                        this.takeCarried(chunk, stop);
                    else
                        this.addToBatch(elementStart, stop);
                    elementStart = -1;
                    this.state = State.After;
                    i = stop;
                    break;
                }
                case State.After:
                    if (isJsonWhiteSpace(b)) {
                        i++;
                    }
                    else if (b === COMMA) {
                        this.state = State.Next;
                        i++;
                    }
                    else if (b === CLOSE_BRACKET) {
                        this.state = State.End;
                        i++;
                    }
                    else {
                        this.unexpected(chunk, b, `after record ${this.records}, where "," or "]" should follow`);
                    }
                    break;
                case State.End:
                    if (!isJsonWhiteSpace(b))
                        this.unexpected(chunk, b, 'after the closing "]"');
                    i++;
                    break;
            }
        }
        this.flushBatch(chunk);
        if (this.state === State.Element && elementStart >= 0)
            this.carry.append(chunk, elementStart, end);
    }
    /** Ends the document: it must have closed its array, and held a record. */
    finish() {
        if (this.state === State.Start && this.bomMatched === 0)
            throw new errors/* InputError */.dz('empty file', { file: this.file });
        if (this.state !== State.End) {
            throw new errors/* InputError */.dz(`not valid JSON (the document ends ${this.records > 0 ? `after record ${this.records}` : 'inside its array'} without the closing "]"; the file looks truncated)`, {
                file: this.file,
            });
        }
        if (this.records === 0)
            throw new errors/* InputError */.dz('empty JSON array: no records', { file: this.file });
        this.carry.release();
    }
    beginElement(first) {
        this.state = State.Element;
        this.carry.take();
        const nested = first === OPEN_BRACE || first === OPEN_BRACKET;
        this.depth = nested ? 1 : 0;
        this.escape = false;
        this.inString = first === QUOTE;
        this.scalar = !nested && !this.inString;
    }
    /**
     * Scans an element from `from` (its first byte already seen); returns where it ends (the index after its last
     * byte), or -1 when it runs past `end`.
     */
    scanElement(bytes, from, end) {
        let depth = this.depth;
        let inString = this.inString;
        let escape = this.escape;
        let i = from;
        if (this.scalar) {
            while (i < end) {
                const b = bytes[i];
                if (isJsonWhiteSpace(b) || b === COMMA || b === CLOSE_BRACKET)
                    return i;
                i++;
            }
            return -1;
        }
        for (; i < end; i++) {
            const b = bytes[i];
            if (inString) {
                if (escape)
                    escape = false;
                else if (b === BACKSLASH)
                    escape = true;
                else if (b === QUOTE) {
                    inString = false;
                    if (depth === 0) {
                        this.inString = false;
                        return i + 1;
                    }
                }
            }
            else if (b === QUOTE) {
                inString = true;
            }
            else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
                depth++;
            }
            else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
                if (--depth === 0) {
                    this.depth = 0;
                    this.inString = false;
                    return i + 1;
                }
            }
        }
        this.depth = depth;
        this.inString = inString;
        this.escape = escape;
        return -1;
    }
    /** An element that began in an earlier chunk and ends at `to` in this one, read on its own. */
    takeCarried(chunk, to) {
        this.carry.append(chunk, 0, to);
        const element = this.carry.take();
        this.take(element, 0, element.length, ++this.records);
    }
    addToBatch(from, to) {
        if (this.batched === 0)
            this.batchFirst = this.records + 1;
        this.records++;
        if (2 * this.batched + 2 > this.batch.length) {
            const bigger = new Int32Array(this.batch.length * 2);
            bigger.set(this.batch);
            this.batch = bigger;
        }
        this.batch[2 * this.batched] = from;
        this.batch[2 * this.batched + 1] = to;
        this.batched++;
    }
    /**
     * Hands over the chunk's batch: one `JSON.parse` of its elements with the separators between them (already
     * checked), as one array; when that fails, element by element, so that the error names its record.
     */
    flushBatch(chunk) {
        const count = this.batched;
        if (count === 0)
            return;
        this.batched = 0;
        const first = this.batchFirst;
        const start = this.batch[0];
        const end = this.batch[2 * count - 1];
        let values;
        try {
            values = JSON.parse(protectBigIntegers(`[${(0,byte_interner/* decodeUtf8 */._)(chunk, start, end)}]`));
        }
        catch {
            values = undefined;
        }
        if (values === undefined || values.length !== count) {
            for (let k = 0; k < count; k++)
                this.take(chunk, this.batch[2 * k], this.batch[2 * k + 1], first + k);
            return;
        }
        for (let k = 0; k < count; k++)
            this.hand(values[k], first + k);
    }
    /** Parses one element and hands it over. */
    take(bytes, from, to, record) {
        let value;
        try {
            value = JSON.parse(protectBigIntegers((0,byte_interner/* decodeUtf8 */._)(bytes, from, to)));
        }
        catch (error) {
            throw new errors/* InputError */.dz(`not valid JSON (${error.message})`, { file: this.file, line: record, unit: 'record' });
        }
        this.hand(value, record);
    }
    hand(value, record) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            const where = { file: this.file, line: record, unit: 'record' };
            throw new errors/* InputError */.dz(record === 1 ? `expected an array of objects, found ${describeJson(value)}` : `expected an object, found ${describeJson(value)}`, where);
        }
        this.onRecord(value, record);
    }
    unexpected(chunk, b, where) {
        this.flushBatch(chunk); // the records before the problem come first, and may hold the first error
        const shown = b >= 0x20 && b < 0x7f ? `"${String.fromCharCode(b)}"` : `byte 0x${b.toString(16).padStart(2, '0')}`;
        throw new errors/* InputError */.dz(`not valid JSON (unexpected ${shown} ${where})`, { file: this.file });
    }
}
/** A `JsonRecordSink` appending to the table: the first record's keys are the header, as for whole documents. */
function recordsInto(file, builder) {
    let keys;
    let rows;
    return (record, number) => {
        if (!rows) {
            keys = Object.keys(record);
            rows = builder.beginFile(file, keys, keys.map((k) => record[k]), 'record');
        }
        rows(keys.map((k) => record[k]), number);
    };
}
/**
 * The first record of a JSON array from the start of its bytes, or undefined when they do not hold a whole one
 * (or are not an array of records): enough to tell a predictions document from other JSON without reading it all.
 */
function firstArrayRecord(head) {
    let first;
    const stop = new Error('first record read');
    const reader = new JsonArrayReader('', (record) => {
        first = record;
        throw stop;
    });
    // In slices, so that the first record is handed over when its slice is read, not after every other one.
    const SLICE = 1 << 16;
    try {
        for (let at = 0; at < head.length && first === undefined; at += SLICE)
            reader.push(head.subarray(at, at + SLICE));
    }
    catch (error) {
        if (error !== stop && !(error instanceof errors/* InputError */.dz))
            throw error;
    }
    return first;
}

// EXTERNAL MODULE: ./src/ingest/table/columns.ts
var table_columns = __nccwpck_require__(1876);
;// CONCATENATED MODULE: ./src/ingest/metric-files/json-tolerant.ts

/** Deeper nesting than this is not a metrics file; stopping here keeps the recursion off the stack limit. */
const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/**
 * Parses JSON as Python's `json.loads` does, which is what wrote most metrics files: strict JSON plus the bare
 * tokens `NaN`, `Infinity` and `-Infinity` that `json.dumps` emits for non-finite floats (allow_nan=True is
 * its default). Those come back as JavaScript NaN/±Infinity; the same words inside strings stay text. A
 * hand-written parser rather than `JSON.parse` with a pre-pass, because a pre-pass must track strings anyway
 * and `JSON.parse` reports a truncated file without any position on Node 20: here every error carries the
 * line and column.
 */
function parseTolerantJson(text, file) {
    return new TolerantJsonParser(text, file).parseDocument();
}
class TolerantJsonParser {
    text;
    file;
    pos;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    parseDocument() {
        this.skipWhitespace();
        if (this.pos >= this.text.length)
            throw this.fail('the file is empty; expected a JSON object or array');
        const value = this.parseValue(0);
        this.skipWhitespace();
        if (this.pos < this.text.length) {
            throw this.fail('unexpected text after the end of the JSON document (one JSON value per file; JSON Lines files are predictions, not metrics)');
        }
        return value;
    }
    parseValue(depth) {
        if (depth > MAX_DEPTH)
            throw this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
        const c = this.text[this.pos];
        switch (c) {
            case '{':
                return this.parseObject(depth);
            case '[':
                return this.parseArray(depth);
            case '"':
                return this.parseString();
            case 't':
                return this.parseWord('true', true);
            case 'f':
                return this.parseWord('false', false);
            case 'n':
                return this.parseWord('null', null);
            case 'N':
                return this.parseWord('NaN', Number.NaN);
            case 'I':
                return this.parseWord('Infinity', Infinity);
            case '-':
                if (this.text.startsWith('-Infinity', this.pos))
                    return this.parseWord('-Infinity', -Infinity);
                return this.parseNumber();
            case undefined:
                throw this.failAtEnd();
            default:
                if (c >= '0' && c <= '9')
                    return this.parseNumber();
                throw this.fail(`unexpected ${describeChar(c)}; expected a value`);
        }
    }
    parseObject(depth) {
        const object = new Map();
        this.pos++; // {
        this.skipWhitespace();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return object;
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.pos] !== '"')
                throw this.failExpecting('a quoted key');
            const keyStart = this.pos;
            const key = this.parseString();
            if (object.has(key)) {
                // Python keeps the last value, JavaScript too, other tools the first: which score counts is a guess.
                this.pos = keyStart;
                throw this.fail(`the key "${key.length > 80 ? `${key.slice(0, 80)}…` : key}" appears twice in one object; which value counts would be a guess`);
            }
            this.skipWhitespace();
            if (this.text[this.pos] !== ':')
                throw this.failExpecting(`':' after the key "${key}"`);
            this.pos++;
            this.skipWhitespace();
            object.set(key, this.parseValue(depth + 1));
            this.skipWhitespace();
            const c = this.text[this.pos];
            this.pos++;
            if (c === '}')
                return object;
            if (c !== ',') {
                this.pos--;
                throw this.failExpecting("',' or '}' after an object member");
            }
        }
    }
    parseArray(depth) {
        const array = [];
        this.pos++; // [
        this.skipWhitespace();
        if (this.text[this.pos] === ']') {
            this.pos++;
            return array;
        }
        for (;;) {
            this.skipWhitespace();
            array.push(this.parseValue(depth + 1));
            this.skipWhitespace();
            const c = this.text[this.pos];
            this.pos++;
            if (c === ']')
                return array;
            if (c !== ',') {
                this.pos--;
                throw this.failExpecting("',' or ']' after an array element");
            }
        }
    }
    parseString() {
        const start = this.pos;
        this.pos++; // opening quote
        let value = '';
        let chunk = this.pos;
        for (;;) {
            const code = this.text.charCodeAt(this.pos);
            if (Number.isNaN(code)) {
                this.pos = start;
                throw this.fail('a string that never closes; the file may be truncated');
            }
            if (code === 0x22)
                break;
            if (code < 0x20)
                throw this.fail('a line break or control character inside a string (write it as an escape)');
            if (code === 0x5c) {
                value += this.text.slice(chunk, this.pos);
                value += this.parseEscape();
                chunk = this.pos;
                continue;
            }
            this.pos++;
        }
        value += this.text.slice(chunk, this.pos);
        this.pos++; // closing quote
        return value;
    }
    /** One backslash escape; `pos` is on the backslash and ends after the escape. */
    parseEscape() {
        const c = this.text[this.pos + 1];
        this.pos += 2;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u': {
                const hex = this.text.slice(this.pos, this.pos + 4);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    throw this.fail('\\u must be followed by four hex digits');
                this.pos += 4;
                return String.fromCharCode(parseInt(hex, 16));
            }
            default:
                this.pos -= 2;
                if (c === undefined)
                    throw this.failAtEnd();
                throw this.fail(`unknown escape \\${c} in a string`);
        }
    }
    parseNumber() {
        NUMBER.lastIndex = this.pos;
        const match = NUMBER.exec(this.text);
        if (!match)
            throw this.fail('a malformed number');
        this.pos += match[0].length;
        return Number(match[0]);
    }
    parseWord(word, value) {
        if (!this.text.startsWith(word, this.pos)) {
            if (word.startsWith(this.text.slice(this.pos)))
                throw this.failAtEnd();
            throw this.fail(`unexpected ${describeChar(this.text[this.pos] ?? '')}; expected a value`);
        }
        this.pos += word.length;
        return value;
    }
    skipWhitespace() {
        for (;;) {
            const code = this.text.charCodeAt(this.pos);
            if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09)
                this.pos++;
            else
                return;
        }
    }
    failExpecting(expected) {
        if (this.pos >= this.text.length)
            return this.failAtEnd();
        return this.fail(`unexpected ${describeChar(this.text[this.pos] ?? '')}; expected ${expected}`);
    }
    failAtEnd() {
        this.pos = this.text.length;
        return this.fail('the JSON ends in the middle of a value; the file looks truncated');
    }
    /** An error at the current position: line in the location, column in the text. */
    fail(problem) {
        let line = 1;
        let lineStart = 0;
        for (let i = this.text.indexOf('\n'); i >= 0 && i < this.pos; i = this.text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        const column = this.pos - lineStart + 1;
        return new errors/* InputError */.dz(`not valid JSON at column ${column}: ${problem}`, { file: this.file, line });
    }
}
function describeChar(c) {
    if (c === '')
        return 'end of file';
    const code = c.charCodeAt(0);
    return code < 0x20 ? `control character U+${code.toString(16).padStart(4, '0')}` : `'${c}'`;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/metric-collector.ts

/** How many ids a note lists before it says "and N more". */
const NOTE_LIST_LIMIT = 5;
/**
 * Gathers the metrics of one file while a shape reader walks it, and applies the rules every reader shares:
 * NaN/Infinity become `null` (an undefined metric that breaks its rule, docs/rules.md#syntax) with one note listing them;
 * an id written twice keeps its first value, and a second, different value is reported rather than silently
 * replacing it (lm-eval repeats group scores in `results` and `groups`; equal repeats are not worth a note);
 * a standard error is kept only for an id that has a value.
 */
class MetricCollector {
    file;
    metrics = new Map();
    stderr = new Map();
    notes = [];
    nonFinite = [];
    conflicts = [];
    declared = new Map();
    constructor(file) {
        this.file = file;
    }
    /** Records a metric; a non-finite value is recorded as `null`. */
    addMetric(id, value) {
        const stored = Number.isFinite(value) ? value : null;
        if (this.metrics.has(id)) {
            const first = this.metrics.get(id);
            if (first !== stored)
                this.conflicts.push(`${id} (kept ${String(first)}, ignored ${String(stored)})`);
            return;
        }
        this.metrics.set(id, stored);
        if (stored === null)
            this.nonFinite.push(`${id} = ${String(value)}`);
    }
    /** Records the standard error of `id`; negative or non-finite values carry no information and are ignored. */
    addStderr(id, value) {
        if (Number.isFinite(value) && value >= 0 && !this.stderr.has(id))
            this.stderr.set(id, value);
    }
    /** Records the direction the file declares for `id` (kept only if `id` gets a value). */
    declareHigherIsBetter(id, higher) {
        if (!this.declared.has(id))
            this.declared.set(id, higher);
    }
    /** A note for the user; the file name is prepended, since notes of several files end up in one report. */
    addNote(note) {
        this.notes.push(`${this.file}: ${note}`);
    }
    get size() {
        return this.metrics.size;
    }
    /**
     * The finished reading. A file that yields no metric at all is an error naming the file (STYLE §4: readers
     * never drop input silently); `expected` tells the user what the file should have held.
     */
    finish(expected) {
        if (this.metrics.size === 0) {
            throw new errors/* InputError */.dz(`no metrics found: ${expected}`, { file: this.file });
        }
        const notes = [...this.notes];
        if (this.nonFinite.length > 0) {
            notes.push(`${this.file}: ${describeList(this.nonFinite)} ${this.nonFinite.length === 1 ? 'is' : 'are'} not a finite number; read as undefined`);
        }
        if (this.conflicts.length > 0) {
            notes.push(`${this.file}: ${describeList(this.conflicts)} appeared twice with different values`);
        }
        const stderr = new Map();
        for (const [id, value] of this.stderr)
            if (this.metrics.has(id))
                stderr.set(id, value);
        const higherIsBetter = new Map();
        for (const [id, higher] of this.declared)
            if (this.metrics.has(id))
                higherIsBetter.set(id, higher);
        return { metrics: this.metrics, stderr, notes, ...(higherIsBetter.size > 0 ? { higherIsBetter } : {}) };
    }
}
/** "a, b, c and 4 more": notes stay one line however many ids are involved. */
function describeList(items) {
    const shown = items.slice(0, NOTE_LIST_LIMIT).join(', ');
    const rest = items.length - NOTE_LIST_LIMIT;
    return rest > 0 ? `${shown} and ${rest} more` : shown;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/numbers.ts
/**
 * Reads a number written as text by Python (`str(float)`, `csv.writer`): decimal and exponent forms, and the
 * spellings Python uses for the non-finite values (`nan`, `inf`, `-inf`; also `NaN`/`Infinity` as JSON writes
 * them). Non-finite values come back as NaN/±Infinity for the caller to report as undefined metrics.
 * Returns undefined for anything else, so `"0x10"`, `""` or `"1,5"` never pass as numbers the way `Number()`
 * would let some of them.
 */
function parseNumberText(text) {
    const trimmed = text.trim();
    if (DECIMAL.test(trimmed))
        return Number(trimmed);
    const lower = trimmed.toLowerCase();
    if (lower === 'nan' || lower === '+nan' || lower === '-nan')
        return Number.NaN;
    if (lower === 'inf' || lower === '+inf' || lower === 'infinity' || lower === '+infinity')
        return Infinity;
    if (lower === '-inf' || lower === '-infinity')
        return -Infinity;
    return undefined;
}
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

;// CONCATENATED MODULE: ./src/ingest/metric-files/mlflow.ts




/**
 * MLflow's file store keeps one file per metric, `mlruns/<experiment>/<run>/metrics/<name>`, with one line per
 * `log_metric` call: `<timestamp ms> <value> <step>` (files from MLflow before 1.0 may lack the step, which
 * then counts as 0). The value is Python's `str(float)`, so `nan` and `inf` occur. The file carries no name:
 * the caller passes it, from the path below `metrics/` (nested names such as `val/loss` live in sub-folders).
 */
/** One line: integer timestamp, a value, and an optional integer step. */
const LINE = /^(\d+)[ \t]+(\S+)(?:[ \t]+(-?\d+))?[ \t]*$/;
/**
 * The value at the highest step, the last written on ties (a resumed run that logs the same step again
 * supersedes the earlier value). Lines need not be sorted.
 */
function readMlflowMetric(name, text, metricName) {
    let best;
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
        const line = raw.trimEnd();
        if (line === '')
            return;
        const match = LINE.exec(line);
        const value = match ? parseNumberText(match[2] ?? '') : undefined;
        if (!match || value === undefined) {
            throw new errors/* InputError */.dz(`expected "<timestamp> <value> <step>" as MLflow writes metrics, found "${truncate(line)}"`, {
                file: name,
                line: index + 1,
            });
        }
        const step = match[3] === undefined ? 0 : Number(match[3]);
        if (best === undefined || step >= best.step)
            best = { step, value };
    });
    if (best === undefined) {
        throw new errors/* InputError */.dz('the file is empty; an MLflow metric file has one "<timestamp> <value> <step>" line per logged value', {
            file: name,
        });
    }
    const out = new MetricCollector(name);
    out.addMetric(metricName, best.value);
    return out.finish('the metric file holds no value');
}
/** Content sniffing for files without an extension: every non-empty line is an MLflow metric line. */
function looksLikeMlflowMetric(text) {
    let lines = 0;
    for (const raw of text.split('\n')) {
        const line = raw.trimEnd();
        if (line === '')
            continue;
        const match = LINE.exec(line);
        if (!match || parseNumberText(match[2] ?? '') === undefined)
            return false;
        lines++;
    }
    return lines > 0;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/tree.ts
function isMetricObject(value) {
    return value instanceof Map;
}
function isMetricArray(value) {
    return Array.isArray(value);
}
/** Joins a nested key onto its parent's id with `/` (docs/formats.md#metric-files: `eval/accuracy`). */
function joinId(prefix, key) {
    return prefix === '' ? key : `${prefix}/${key}`;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/detect.ts





/**
 * JSON documents larger than this are taken for predictions without parsing them here: metric files are
 * kilobytes (a full lm-eval results file with its configs is ~100 KB), and parsing a large predictions file
 * twice would double the cost of the step for nothing.
 */
const MAX_SNIFFED_JSON = 16 * 1024 * 1024;
/** Column names that make a table a predictions file (docs/formats.md#predictions), lower-cased. */
const PREDICTION_COLUMNS = new Set([...table_columns/* COLUMN_CANDIDATES */.M.label, ...table_columns/* COLUMN_CANDIDATES */.M.prediction]);
/**
 * Decides, for one file, whether it is a metric file and which reader applies; undefined means "not a metric
 * file" (a predictions file, a JSON Lines file, an event file, or unknown text). The extension decides first:
 * `.json` (unless it is a predictions document: records or columns with a label column), `.yaml`/`.yml`,
 * `.csv`/`.tsv`/`.log` with an `epoch` header column (Keras CSVLogger). Other names, including MLflow's
 * extension-less `metrics/<name>` files, are recognised by content. Pure: the caller reads the file.
 */
function detectMetricFormat(name, text) {
    const base = (name.split(/[/\\]/).pop() ?? name).toLowerCase().replace(/\.gz$/, '');
    if (base.includes('tfevents'))
        return undefined;
    const dot = base.lastIndexOf('.');
    const extension = dot > 0 ? base.slice(dot + 1) : '';
    switch (extension) {
        case 'json':
            return isPredictionDocument(text) ? undefined : 'json';
        case 'yaml':
        case 'yml':
            return 'yaml';
        case 'csv':
        case 'tsv':
        case 'tab':
        case 'log':
            return hasEpochHeader(text) ? 'keras-csv' : undefined;
        case 'jsonl':
        case 'ndjson':
            return undefined;
    }
    if (looksLikeMlflowMetric(text))
        return 'mlflow';
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (start.startsWith('{') || start.startsWith('[')) {
        return isJsonLines(start) || isPredictionDocument(text) ? undefined : 'json';
    }
    return hasEpochHeader(text) ? 'keras-csv' : undefined;
}
/**
 * A predictions document as `read-predictions` accepts it: an array of records, or an object of columns
 * (arrays, or pandas' `{"0": …, "1": …}` per column), with a label column among them.
 */
function isPredictionDocument(text) {
    if (text.length > MAX_SNIFFED_JSON)
        return true;
    let root;
    try {
        root = parseTolerantJson(text, '');
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error))
            return false; // a broken file: let the JSON reader report where
        throw error;
    }
    if (isMetricArray(root)) {
        const first = root[0];
        // pandas `to_json(orient='values')`: rows as arrays, no column names; the predictions reader refuses it.
        if (isMetricArray(first))
            return true;
        return isMetricObject(first) && [...first.keys()].some(isPredictionColumn);
    }
    if (!isMetricObject(root))
        return false;
    if (isPandasSplitOrTable(root))
        return true;
    for (const [key, value] of root) {
        if (!isPredictionColumn(key))
            continue;
        if (isMetricArray(value))
            return true;
        if (isMetricObject(value) && value.size > 0 && [...value.keys()].every((k) => /^\d+$/.test(k)))
            return true;
    }
    // pandas `orient='columns'` with any index, or `orient='index'`: an object of objects sharing one key set,
    // with a label or prediction column among the outer or the inner keys.
    const values = [...root.values()];
    if (values.length === 0 || !values.every((v) => isMetricObject(v) && v.size > 0))
        return false;
    const inner = [...values[0].keys()];
    const sameKeys = values.every((v) => v.size === inner.length && inner.every((k) => v.has(k)));
    return sameKeys && ([...root.keys()].some(isPredictionColumn) || inner.some(isPredictionColumn));
}
/** pandas `to_json(orient='split')` (`columns`, `data`, maybe `index`) or `orient='table'` (`schema`, `data`). */
function isPandasSplitOrTable(root) {
    const data = root.get('data');
    if (!isMetricArray(data))
        return false;
    const keys = [...root.keys()].sort().join(',');
    if ((keys === 'columns,data,index' || keys === 'columns,data') && isMetricArray(root.get('columns')))
        return true;
    const schema = root.get('schema');
    return keys === 'data,schema' && isMetricObject(schema) && isMetricArray(schema.get('fields'));
}
/** JSON Lines: the first line is a whole JSON object by itself and more text follows. */
function isJsonLines(start) {
    const newline = start.indexOf('\n');
    if (newline < 0)
        return false;
    const firstLine = start.slice(0, newline).trim();
    if (!firstLine.startsWith('{') || !firstLine.endsWith('}') || start.slice(newline).trim() === '')
        return false;
    try {
        parseTolerantJson(firstLine, '');
        return true;
    }
    catch {
        return false;
    }
}
/** A Keras CSVLogger header: an `epoch` column, at least one other, and no label or prediction column. */
function hasEpochHeader(text) {
    const start = text.replace(/^\uFEFF/, '').trimStart();
    const firstLine = start.slice(0, start.search(/\r|\n|$/));
    const delimiter = [',', '\t', ';'].find((d) => firstLine.includes(d));
    if (delimiter === undefined)
        return false;
    const columns = firstLine.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
    return columns.includes('epoch') && columns.length > 1 && !columns.some(isPredictionColumn);
}
/** A column name that makes a table a predictions file (docs/formats.md#predictions), case and surrounding spaces ignored. */
function isPredictionColumn(name) {
    return PREDICTION_COLUMNS.has(name.trim().toLowerCase());
}

;// CONCATENATED MODULE: ./src/ingest/formats/delimited.ts

const delimited_QUOTE = 0x22;
const delimited_LF = 0x0a;
const delimited_CR = 0x0d;
/**
 * Parses CSV/TSV text per RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks; records
 * end in LF, CRLF or a lone CR; a leading UTF-8 BOM is dropped. Blank lines are skipped, as pandas does. Like
 * pandas, text after a closing quote is kept literally (`"ab"c` is `abc`) rather than rejected.
 */
function parseDelimited(text, delimiter, file, handler) {
    const delim = delimiter.charCodeAt(0);
    const end = text.length;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let fields = [];
    let recordLine = 1;
    while (i <= end) {
        let value;
        if (i < end && text.charCodeAt(i) === delimited_QUOTE) {
            const opened = line;
            let j = i + 1;
            value = '';
            for (;;) {
                const q = text.indexOf('"', j);
                if (q < 0) {
                    throw new errors/* InputError */.dz(`unterminated quoted field (the quote opened on line ${opened} never closes)`, {
                        file,
                        line: opened,
                    });
                }
                value += text.slice(j, q);
                line += countLineFeeds(text, j, q);
                if (text.charCodeAt(q + 1) === delimited_QUOTE) {
                    value += '"';
                    j = q + 2;
                }
                else {
                    j = q + 1;
                    break;
                }
            }
            // Lenient like pandas: anything between the closing quote and the delimiter is kept as written.
            let k = j;
            while (k < end) {
                const c = text.charCodeAt(k);
                if (c === delim || c === delimited_LF || c === delimited_CR)
                    break;
                k++;
            }
            if (k > j)
                value += text.slice(j, k);
            i = k;
        }
        else {
            let k = i;
            while (k < end) {
                const c = text.charCodeAt(k);
                if (c === delim || c === delimited_LF || c === delimited_CR)
                    break;
                k++;
            }
            value = text.slice(i, k);
            i = k;
        }
        fields.push(value);
        if (i < end && text.charCodeAt(i) === delim) {
            i++;
            continue;
        }
        // End of record: a line break or the end of the text.
        if (!(fields.length === 1 && fields[0] === ''))
            handler.record(fields, recordLine);
        fields = [];
        if (i >= end)
            break;
        if (text.charCodeAt(i) === delimited_CR && text.charCodeAt(i + 1) === delimited_LF)
            i += 2;
        else
            i += 1;
        line++;
        recordLine = line;
        if (i === end)
            break;
    }
}
function countLineFeeds(text, from, to) {
    let count = 0;
    for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1))
        count++;
    return count;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/keras.ts





/**
 * Keras training logs: `model.fit(...).history` dumped to JSON, and `CSVLogger` files. Both hold one value
 * per epoch; a gate compares the model as trained, so the last epoch's values are read under their own names
 * (`loss`, `val_accuracy`, or the old `acc`/`val_acc`).
 */
/**
 * True for a history: every value is a list of numbers, all of one length, and `loss` is among them (Keras
 * always records it, which keeps a DVC file like `{"scores": [0.1, 0.2]}` out). pandas' `to_json()` of the
 * history (`{"loss": {"0": …, "1": …}}`) is accepted too.
 */
function isKerasHistory(root) {
    if (!root.has('loss'))
        return false;
    let length;
    for (const value of root.values()) {
        const epochs = epochValues(value);
        if (epochs === undefined || epochs.length === 0)
            return false;
        if (length !== undefined && epochs.length !== length)
            return false;
        length = epochs.length;
    }
    return true;
}
/** The last epoch of each series. */
function readKerasHistory(root, out) {
    for (const [name, value] of root) {
        const last = epochValues(value)?.at(-1);
        if (last !== undefined)
            out.addMetric(name, last);
    }
}
/** A series as a list in epoch order, or undefined when `value` is not one. */
function epochValues(value) {
    if (isMetricArray(value)) {
        return value.every((v) => typeof v === 'number') ? value : undefined;
    }
    if (isMetricObject(value)) {
        const epochs = [];
        for (const [key, v] of value) {
            if (!/^\d+$/.test(key) || typeof v !== 'number')
                return undefined;
            epochs.push([Number(key), v]);
        }
        return epochs.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
    }
    return undefined;
}
/**
 * A `CSVLogger` log (`training.log`, `history.csv`): a header with an `epoch` column, one row per epoch,
 * comma separated (tab or semicolon when `separator=` was set). The last row gives one metric per column
 * other than `epoch`. Keras writes `NA` for a metric missing from that epoch (skipped, with a note) and
 * `nan`/`inf` for non-finite values (read as undefined). A header repeated by a resumed run is skipped.
 */
function readKerasCsvLog(name, text) {
    const delimiter = detectDelimiter(text);
    let header;
    let last;
    parseDelimited(text, delimiter, name, {
        record(fields, line) {
            if (!header)
                header = fields.map((f) => f.trim());
            else if (!fields.every((f, i) => f.trim() === header?.[i]))
                last = { fields, line };
        },
    });
    if (!header)
        throw new errors/* InputError */.dz('the file is empty; expected a Keras CSVLogger log', { file: name });
    const epochColumn = header.findIndex((h) => h.toLowerCase() === 'epoch');
    if (epochColumn < 0) {
        throw new errors/* InputError */.dz('no "epoch" column in the header; a Keras CSVLogger log starts with epoch,loss,…', {
            file: name,
            line: 1,
        });
    }
    if (!last)
        throw new errors/* InputError */.dz('no epochs after the header; the log holds no values yet', { file: name });
    const { fields, line } = last;
    if (fields.length !== header.length) {
        throw new errors/* InputError */.dz(`the last row has ${fields.length} fields but the header has ${header.length}; the log may be truncated`, { file: name, line });
    }
    const out = new MetricCollector(name);
    const missing = [];
    header.forEach((column, i) => {
        if (i === epochColumn || column === '')
            return;
        const cell = (fields[i] ?? '').trim();
        if (cell === '' || cell === 'NA') {
            missing.push(column);
            return;
        }
        const value = parseNumberText(cell);
        if (value === undefined)
            throw new errors/* InputError */.dz(`"${cell}" is not a number`, { file: name, line, field: column });
        out.addMetric(column, value);
    });
    if (missing.length > 0)
        out.addNote(`no value in the last epoch for ${missing.join(', ')}`);
    return out.finish('a Keras CSVLogger log needs at least one metric column besides epoch');
}
/** CSVLogger's `separator`: comma by default; tab or semicolon when the header uses only that. */
function detectDelimiter(text) {
    const firstLine = text.slice(0, text.search(/\r|\n|$/));
    if (firstLine.includes(','))
        return ',';
    if (firstLine.includes('\t'))
        return '\t';
    if (firstLine.includes(';'))
        return ';';
    return ',';
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/sklearn-report.ts

/**
 * scikit-learn's `classification_report(output_dict=True)`, as `json.dump`ed or passed through pandas. Its
 * rows are renamed to model-gate's own metric ids (docs/formats.md#metric-ids) so that a report and a predictions file of the same
 * model produce comparable ids:
 * - `accuracy` → `accuracy`; pandas writes it as a row of four equal numbers, read as the one number.
 * - `macro avg` / `weighted avg` / `micro avg` / `samples avg` → `precision_macro`, `recall_macro`,
 *   `f1_macro` (`f1-score` → `f1`), `*_weighted`, `*_micro`, `*_samples`.
 * - the averages' `support` is the number of examples; it is kept once, as `support`.
 * - a class `c` → `precision[class=c]`, `recall[class=c]`, `f1[class=c]`, `support[class=c]`: model-gate's
 *   per-slice syntax `ID[COLUMN=VALUE]`, so `"f1[class=*]"` rules work. Class names are kept as written.
 */
const AVERAGE_SUFFIX = new Map([
    ['macro avg', 'macro'],
    ['weighted avg', 'weighted'],
    ['micro avg', 'micro'],
    ['samples avg', 'samples'],
]);
const SCORE_ID = new Map([
    ['precision', 'precision'],
    ['recall', 'recall'],
    ['f1-score', 'f1'],
    ['support', 'support'],
]);
/**
 * True when every entry of `node` is a report row and at least one is an average row with precision, recall
 * and f1-score. Anything extra makes it an ordinary nested object, flattened plainly, so a DVC file that merely
 * has a `macro avg` key keeps all its values.
 */
function isClassificationReport(node) {
    let hasAverage = false;
    for (const [key, value] of node) {
        if (key === 'accuracy') {
            if (typeof value === 'number' || isScoreRow(value))
                continue;
            return false;
        }
        if (!isScoreRow(value))
            return false;
        if (AVERAGE_SUFFIX.has(key) && ['precision', 'recall', 'f1-score'].every((k) => typeof value.get(k) === 'number')) {
            hasAverage = true;
        }
    }
    return hasAverage;
}
/** Reads a report recognised by `isClassificationReport`; ids are prefixed with the report's place in the file. */
function readClassificationReport(node, prefix, out) {
    let supportTaken = false;
    for (const [key, value] of node) {
        if (key === 'accuracy') {
            readAccuracy(value, prefix, out);
            continue;
        }
        if (!isMetricObject(value))
            continue;
        const average = AVERAGE_SUFFIX.get(key);
        for (const [score, number] of value) {
            const name = SCORE_ID.get(score);
            if (name === undefined || typeof number !== 'number')
                continue;
            if (average === undefined) {
                out.addMetric(joinId(prefix, `${name}[class=${key}]`), number);
            }
            else if (name !== 'support') {
                out.addMetric(joinId(prefix, `${name}_${average}`), number);
            }
            else if (!supportTaken) {
                out.addMetric(joinId(prefix, 'support'), number);
                supportTaken = true;
            }
        }
    }
}
function readAccuracy(value, prefix, out) {
    const id = joinId(prefix, 'accuracy');
    if (typeof value === 'number') {
        out.addMetric(id, value);
        return;
    }
    if (!isMetricObject(value))
        return;
    // pandas broadcasts the scalar accuracy across the precision/recall/f1-score/support rows.
    const numbers = [...value.values()].filter((v) => typeof v === 'number');
    const first = numbers[0];
    if (first === undefined)
        return;
    out.addMetric(id, first);
    if (numbers.some((n) => n !== first)) {
        out.addNote(`${id}: the report's accuracy row holds different numbers; read the first, ${first}`);
    }
}
function isScoreRow(value) {
    if (!isMetricObject(value) || value.size === 0)
        return false;
    for (const [key, number] of value) {
        // pandas writes a missing cell as null; tolerate it in the shape, skip it when reading.
        if (!SCORE_ID.has(key) || (typeof number !== 'number' && number !== null))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/flatten.ts



/**
 * Plain flattening (docs/formats.md#metric-files), the reading of DVC metrics files and of any JSON/YAML whose shape is not
 * recognised: every numeric leaf is a metric whose id is its path, keys and array indexes joined with `/`
 * (`eval/accuracy`, `scores/0`, `0/auc`). Booleans, strings and nulls are not metrics. A scikit-learn
 * classification report met anywhere in the tree is unwrapped under its path (`report/f1_macro`), because
 * DVC users often store one inside their metrics file.
 */
function flattenTree(tree, prefix, out) {
    if (typeof tree === 'number') {
        out.addMetric(prefix, tree);
    }
    else if (isMetricObject(tree)) {
        if (isClassificationReport(tree)) {
            readClassificationReport(tree, prefix, out);
            return;
        }
        for (const [key, value] of tree)
            flattenTree(value, joinId(prefix, key), out);
    }
    else if (isMetricArray(tree)) {
        tree.forEach((value, index) => flattenTree(value, joinId(prefix, String(index)), out));
    }
    else if (typeof tree === 'string') {
        // A number written as text (`f"{acc:.3f}"`) is a common slip; say why it is missing instead of dropping it.
        const number = parseNumberText(tree);
        if (number !== undefined && Number.isFinite(number)) {
            out.addNote(`${prefix} holds the text "${tree}", not a number, so it is not read as a metric; write it unquoted`);
        }
    }
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/hf-trainer.ts
/**
 * Hugging Face `Trainer.save_metrics` files (`eval_results.json`, `all_results.json`, `train_results.json`):
 * one flat object whose keys carry the split as a prefix (`eval_`, `train_`, `predict_`), usually with `epoch`.
 * Recognised by that content, whatever the file is called.
 */
function isHfTrainerResults(root) {
    let prefixed = false;
    for (const [key, value] of root) {
        if (value !== null && typeof value === 'object')
            return false;
        if (SPLIT_PREFIX.test(key))
            prefixed = true;
    }
    return prefixed;
}
const SPLIT_PREFIX = /^(?:eval|train|predict)_/;
const EVAL_PREFIX = 'eval_';
/**
 * `eval_accuracy` → `accuracy`, `eval_loss` → `loss` (docs/formats.md#metric-files): the eval split is what a gate compares, and
 * the bare names match the ids model-gate computes from predictions. `train_*`, `predict_*`, `epoch`,
 * `total_flos` and un-prefixed keys (run_mlm's `perplexity`) stay as written: `all_results.json` holds all
 * splits at once, and stripping `predict_` as well would make two different numbers claim `accuracy`. If the
 * file also has the bare name (`accuracy` next to `eval_accuracy`), the `eval_` key keeps its prefix.
 */
function readHfTrainerResults(root, out) {
    for (const [key, value] of root) {
        if (typeof value !== 'number')
            continue;
        let id = key;
        if (key.startsWith(EVAL_PREFIX) && key.length > EVAL_PREFIX.length) {
            const bare = key.slice(EVAL_PREFIX.length);
            if (root.has(bare)) {
                out.addNote(`${key} keeps its eval_ prefix because the file also has ${bare}`);
            }
            else {
                id = bare;
            }
        }
        out.addMetric(id, value);
    }
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/lm-eval.ts

/**
 * EleutherAI lm-evaluation-harness results files, in the three layouts found in the wild:
 * - 0.4.x: `results.<task>["<metric>,<filter>"]` with `"<metric>_stderr,<filter>"`, plus `groups`,
 *   `group_subtasks`, `configs`, `n-shot`, `higher_is_better`, `n-samples`, …
 * - 0.3 and earlier (Pythia, BLOOM evals): `results.<task>.<metric>` with `<metric>_stderr`, `versions`, `config`.
 * - the BigScience fork (`bigscience-workshop/lm-evaluation-harness`): `results` is a list with one entry per
 *   task × prompt × metric (`task_name`, `prompt_name`, the metric, `<metric>_stderr`, and prompt metadata).
 * Only `results` and `groups` hold scores; every other section is configuration and is ignored.
 */
/** Top-level keys that only lm-eval writes next to `results`. */
const MARKERS = ['versions', 'configs', 'n-shot', 'group_subtasks', 'higher_is_better', 'n-samples'];
/** Prompt metadata the BigScience fork copies into every result entry; none of it is a score. */
const BIGSCIENCE_METADATA = new Set([
    'task_name',
    'prompt_name',
    'prompt_id',
    'prompt_jinja',
    'prompt_original_task',
    'fixed_answer_choice_list',
    'dataset_path',
    'dataset_name',
    'subset',
    'comment',
]);
const STDERR_SUFFIX = '_stderr';
/**
 * True for a results file. `results` alone is too common a key to decide on (a DVC file may well nest its
 * scores under it), so it must also hold per-task objects with lm-eval's own markers: a marker section next to
 * it, `,filter` metric keys, or `_stderr` companions.
 */
function isLmEvalResults(root) {
    const results = root.get('results');
    if (isMetricArray(results)) {
        return results.length > 0 && results.every((e) => isMetricObject(e) && typeof e.get('task_name') === 'string');
    }
    if (!isMetricObject(results) || results.size === 0)
        return false;
    const tasks = [...results.values()];
    if (!tasks.every(isMetricObject))
        return false;
    if (MARKERS.some((key) => root.has(key)))
        return true;
    return tasks.some((task) => [...task.keys()].some((key) => key.includes(',') || key.includes(STDERR_SUFFIX)));
}
/**
 * `results.<task>.<metric>,<filter>` → `<task>/<metric>`, with the filter kept after a comma unless it is
 * `none` (`gsm8k/exact_match,flexible-extract`). `_stderr` companions go to `stderr` under the same id;
 * non-numeric ones (lm-eval writes "N/A" when it cannot bootstrap) are skipped, as are text entries such as
 * `alias`. `results` is read before `groups`; 0.4 repeats group scores in both, and the first one wins.
 */
function readLmEvalResults(root, out) {
    const results = root.get('results');
    if (isMetricArray(results)) {
        readBigScienceResults(results, out);
        return;
    }
    const declared = root.get('higher_is_better');
    for (const section of ['results', 'groups']) {
        const tasks = root.get(section);
        if (!isMetricObject(tasks))
            continue;
        for (const [task, entries] of tasks) {
            if (!isMetricObject(entries))
                continue;
            const directions = isMetricObject(declared) ? declared.get(task) : undefined;
            readTaskEntries(task, entries, isMetricObject(directions) ? directions : undefined, out);
        }
    }
}
/**
 * One task's scores. `directions` is the task's entry of the file's `higher_is_better` section
 * (`{"perplexity": false, "acc": true}`, by metric name), which decides the gate's direction for those ids.
 */
function readTaskEntries(task, entries, directions, out) {
    for (const [key, value] of entries) {
        if (typeof value !== 'number')
            continue;
        const comma = key.indexOf(',');
        const name = comma < 0 ? key : key.slice(0, comma);
        const filter = comma < 0 ? 'none' : key.slice(comma + 1);
        const suffix = filter === 'none' ? '' : `,${filter}`;
        addScore(`${task}/`, name, suffix, value, out);
        const higher = directions?.get(name);
        if (typeof higher === 'boolean')
            out.declareHigherIsBetter(`${task}/${name}${suffix}`, higher);
    }
}
/** One entry per task × prompt × metric; the id is `<task>/<prompt>/<metric>` (`<task>/<metric>` without a prompt). */
function readBigScienceResults(results, out) {
    for (const entry of results) {
        if (!isMetricObject(entry))
            continue;
        const task = entry.get('task_name');
        const prompt = entry.get('prompt_name');
        if (typeof task !== 'string')
            continue;
        const base = typeof prompt === 'string' && prompt !== '' ? `${task}/${prompt}/` : `${task}/`;
        for (const [key, value] of entry) {
            if (BIGSCIENCE_METADATA.has(key) || typeof value !== 'number')
                continue;
            addScore(base, key, '', value, out);
        }
    }
}
function addScore(base, name, suffix, value, out) {
    if (name.endsWith(STDERR_SUFFIX) && name.length > STDERR_SUFFIX.length) {
        out.addStderr(`${base}${name.slice(0, -STDERR_SUFFIX.length)}${suffix}`, value);
    }
    else {
        out.addMetric(`${base}${name}${suffix}`, value);
    }
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/promptfoo.ts


/**
 * promptfoo's `promptfoo eval -o results.json`: `{evalId, results: {version, prompts, results, stats}, config}`.
 * Flattening it would give hundreds of ids out of the echoed config and per-test latencies, so only what a
 * gate compares between runs is read:
 * - `successes`, `failures`, `errors` — test counts from `results.stats`;
 * - `pass_rate` — successes / (successes + failures + errors);
 * - `score` — the mean test score; `score/<name>` — the mean of each named score (`metric:` on assertions);
 * - `latency_ms` — the mean latency per test; `cost` — the total cost of the run;
 * - `tokens/total`, `tokens/prompt`, `tokens/completion`, `tokens/cached` — token usage of the run;
 * - with several prompts or providers, `pass_rate[prompt=P]` and `score[prompt=P]` per prompt, P being the
 *   prompt's label (prefixed by the provider when there are several), in model-gate's per-slice syntax.
 * The reader declares directions the names alone would not give: `failures`, `errors`, `latency_ms`, `cost` and
 * `tokens/total`, `tokens/prompt`, `tokens/completion` are lower-is-better (more tokens for the same answers is
 * a cost), `successes` is higher-is-better. `tokens/cached` is left undeclared: more of the prompt served from a
 * cache makes a run cheaper, not dearer.
 */
const LOWER_IS_BETTER = ['failures', 'errors', 'latency_ms', 'cost', 'tokens/total', 'tokens/prompt', 'tokens/completion'];
const TOKEN_FIELDS = ['total', 'prompt', 'completion', 'cached'];
/** True for promptfoo output: a `results` object with `stats.successes` next to the per-test list. */
function isPromptfooOutput(root) {
    const results = root.get('results');
    if (!isMetricObject(results))
        return false;
    const stats = results.get('stats');
    return isMetricObject(stats) && typeof stats.get('successes') === 'number' && isMetricArray(results.get('results'));
}
function readPromptfooOutput(root, out) {
    const results = root.get('results');
    const stats = results.get('stats');
    const counts = ['successes', 'failures', 'errors'].map((key) => numberAt(stats, key));
    ['successes', 'failures', 'errors'].forEach((key, i) => {
        const count = counts[i];
        if (count !== undefined)
            out.addMetric(key, count);
    });
    const [successes = 0, failures = 0, errors = 0] = counts;
    const tests = successes + failures + errors;
    out.addMetric('pass_rate', tests > 0 ? successes / tests : Number.NaN);
    const rows = results.get('results').filter(isMetricObject);
    addMean(out, 'score', rows.map((row) => numberAt(row, 'score')));
    for (const [name, values] of namedScores(rows))
        addMean(out, `score/${name}`, values);
    addMean(out, 'latency_ms', rows.map((row) => numberAt(row, 'latencyMs')));
    const costs = present(rows.map((row) => numberAt(row, 'cost')));
    if (costs.length > 0)
        out.addMetric('cost', costs.reduce((a, b) => a + b, 0));
    const tokens = stats.get('tokenUsage');
    if (isMetricObject(tokens)) {
        for (const field of TOKEN_FIELDS) {
            const value = numberAt(tokens, field);
            if (value !== undefined)
                out.addMetric(`tokens/${field}`, value);
        }
    }
    readPerPrompt(results.get('prompts'), out);
    out.declareHigherIsBetter('successes', true);
    for (const id of LOWER_IS_BETTER)
        out.declareHigherIsBetter(id, false);
}
/** Per-prompt pass rate and mean score, from each prompt's own `metrics` block; only worth ids with 2+ prompts. */
function readPerPrompt(prompts, out) {
    if (!isMetricArray(prompts) || prompts.length < 2)
        return;
    const entries = prompts.filter(isMetricObject);
    const providers = new Set(entries.map((p) => p.get('provider')));
    const seen = new Set();
    entries.forEach((prompt, index) => {
        const metrics = prompt.get('metrics');
        if (!isMetricObject(metrics))
            return;
        const label = prompt.get('label');
        const raw = prompt.get('raw');
        let key = typeof label === 'string' && label !== '' ? label : truncate(typeof raw === 'string' ? raw : `#${index}`);
        const provider = prompt.get('provider');
        if (providers.size > 1 && typeof provider === 'string')
            key = `${provider} ${key}`;
        if (seen.has(key))
            key = `${key} #${index}`;
        seen.add(key);
        const pass = numberAt(metrics, 'testPassCount') ?? 0;
        const total = pass + (numberAt(metrics, 'testFailCount') ?? 0) + (numberAt(metrics, 'testErrorCount') ?? 0);
        out.addMetric(`pass_rate[prompt=${key}]`, total > 0 ? pass / total : Number.NaN);
        const score = numberAt(metrics, 'score');
        if (score !== undefined)
            out.addMetric(`score[prompt=${key}]`, total > 0 ? score / total : Number.NaN);
    });
}
function namedScores(rows) {
    const byName = new Map();
    for (const row of rows) {
        const named = row.get('namedScores');
        if (!isMetricObject(named))
            continue;
        for (const [name, value] of named) {
            if (typeof value !== 'number')
                continue;
            const list = byName.get(name) ?? [];
            list.push(value);
            byName.set(name, list);
        }
    }
    return byName;
}
function numberAt(object, key) {
    const value = object.get(key);
    return typeof value === 'number' ? value : undefined;
}
/** Adds the mean of the numbers present; no id at all when no test carries the field. */
function addMean(out, id, values) {
    const numbers = present(values);
    if (numbers.length > 0)
        out.addMetric(id, numbers.reduce((a, b) => a + b, 0) / numbers.length);
}
function present(values) {
    return values.filter((v) => v !== undefined);
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/read-document.ts










/**
 * Tried in order; the first match reads the whole file. promptfoo comes before lm-eval because both have a
 * top-level `results` object; Keras history before the HF Trainer because neither accepts the other's shape
 * but history is the stricter test. Classification reports are not here: they are recognised at any depth
 * by `flattenTree`, the fallback.
 */
const SHAPES = [
    { matches: isPromptfooOutput, read: readPromptfooOutput },
    { matches: isLmEvalResults, read: readLmEvalResults },
    { matches: isKerasHistory, read: readKerasHistory },
    { matches: isHfTrainerResults, read: readHfTrainerResults },
];
/**
 * Reads a JSON metrics file (docs/formats.md#metric-files). Bare `NaN`/`Infinity` tokens from Python become undefined metrics
 * instead of a parse error; a truncated or malformed file is an InputError with its line and column.
 */
function readJsonMetrics(name, text) {
    return readMetricTree(name, parseTolerantJson(text, name));
}
/** Reads a YAML metrics file (DVC `metrics.yaml`); `.nan`/`.inf` become undefined metrics. JSON is YAML too. */
function readYamlMetrics(name, text) {
    return readMetricTree(name, parseYamlTree(name, text));
}
/** Recognises the file's shape and reads it; anything unrecognised is flattened. */
function readMetricTree(name, root) {
    const out = new MetricCollector(name);
    if (isMetricObject(root)) {
        const shape = SHAPES.find((s) => s.matches(root));
        if (shape)
            shape.read(root, out);
        else
            flattenTree(root, '', out);
    }
    else if (Array.isArray(root)) {
        flattenTree(root, '', out);
    }
    else {
        throw new errors/* InputError */.dz(`expected an object of metrics (like {"accuracy": 0.93}) or an array, found ${root === null ? 'null' : typeof root}`, { file: name, line: 1 });
    }
    return out.finish('a metrics file needs at least one number, e.g. {"accuracy": 0.93}');
}
function parseYamlTree(name, text) {
    // Warnings are not printed (the core does no I/O); errors carry their line. Aliases are capped by the
    // library's default `maxAliasCount`, so an alias bomb fails instead of exhausting memory.
    const docs = loadedYaml().parseAllDocuments(text, { logLevel: 'silent' });
    if ('empty' in docs)
        return null;
    const [doc, second] = docs;
    if (!doc)
        return null;
    if (second) {
        // Reading only the first of several `---` documents would drop the others silently.
        const line = text.slice(0, second.range[0]).split('\n').length;
        throw new errors/* InputError */.dz(`holds ${docs.length} YAML documents; a metrics file holds one`, { file: name, line });
    }
    const error = doc.errors[0];
    if (error) {
        const line = error.linePos?.[0].line;
        const column = error.linePos?.[0].col;
        const where = column === undefined ? '' : ` at column ${column}`;
        const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        const problem = `not valid YAML${where}: ${reason}`;
        throw new errors/* InputError */.dz(problem, line === undefined ? { file: name } : { file: name, line });
    }
    let value;
    try {
        value = doc.toJS({ mapAsMap: true });
    }
    catch (cause) {
        throw new errors/* InputError */.dz(`cannot read the YAML: ${cause.message}`, { file: name });
    }
    return toTree(value, name);
}
/** The YAML library's plain values to a MetricTree; mapping keys that are numbers or booleans become text. */
function toTree(value, file) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (Array.isArray(value))
        return value.map((v) => toTree(v, file));
    if (value instanceof Map) {
        const object = new Map();
        for (const [key, v] of value) {
            if (key !== null && typeof key === 'object') {
                throw new errors/* InputError */.dz('a YAML mapping key that is itself a mapping or list; metric names must be text', {
                    file,
                });
            }
            object.set(String(key), toTree(v, file));
        }
        return object;
    }
    return typeof value === 'bigint' ? Number(value) : null;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/crc32c.ts
/**
 * CRC-32C (Castagnoli), as TFRecord files use it to guard every length and payload. Written here rather than
 * taken from a package because the core stays dependency-free and the table is a dozen lines.
 * https://www.tensorflow.org/tutorials/load_data/tfrecord#tfrecords_format_details
 */
/** The reflected Castagnoli polynomial. */
const POLYNOMIAL = 0x82f63b78;
/** TFRecord adds this after rotating, so that a CRC of data holding CRCs does not degenerate. */
const MASK_DELTA = 0xa282ead8;
const TABLE = buildTable();
function buildTable() {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
}
/** CRC-32C of `bytes[start, end)`, as an unsigned 32-bit number. */
function crc32c(bytes, start = 0, end = bytes.length) {
    let crc = 0xffffffff;
    for (let i = start; i < end; i++)
        crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
/** The masked CRC-32C that TFRecord stores: rotate right by 15 bits, then add a constant (mod 2^32). */
function maskedCrc32c(bytes, start = 0, end = bytes.length) {
    const crc = crc32c(bytes, start, end);
    return ((((crc >>> 15) | (crc << 17)) >>> 0) + MASK_DELTA) >>> 0;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/protobuf-wire.ts

/**
 * A minimal reader of the protobuf wire format, enough to walk TensorBoard's Event protos without a schema
 * compiler or a runtime dependency. It reads in place over the file's bytes (positions are byte offsets in
 * the file, so errors can point at them) and rejects malformed input with an InputError instead of reading
 * past a message's end. https://protobuf.dev/programming-guides/encoding/
 */
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH = 2;
const WIRE_FIXED32 = 5;
const TWO_32 = 2 ** 32;
const utf8 = new TextDecoder('utf-8');
/** Wraps a file's bytes for reading; the DataView honours the array's offset into its buffer. */
function openWireSource(file, bytes) {
    return { file, bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
/** Reads the fields of one message, `bytes[start, end)`, in the order they were written. */
class ProtoReader {
    source;
    end;
    /** Field number and wire type of the field that `next()` just reached. */
    field = 0;
    wireType = 0;
    pos;
    lo = 0;
    hi = 0;
    constructor(source, start, end) {
        this.source = source;
        this.end = end;
        this.pos = start;
    }
    /** True while the message has bytes left to read (for packed repeated values). */
    hasMore() {
        return this.pos < this.end;
    }
    /** Moves to the next field's key; false at the end of the message. */
    next() {
        if (this.pos >= this.end)
            return false;
        const at = this.pos;
        const key = this.uint();
        this.field = Math.floor(key / 8);
        this.wireType = key % 8;
        if (this.field === 0 || this.field >= 2 ** 29)
            this.fail(at, `invalid field number ${this.field}`);
        return true;
    }
    /** A varint as a non-negative number (enums, booleans, lengths); exact below 2^53. */
    uint() {
        this.readVarint();
        return this.hi * TWO_32 + this.lo;
    }
    /** A varint as a signed 64-bit integer: negative numbers are ten-byte two's complement varints. */
    int64() {
        this.readVarint();
        if (this.hi === 0)
            return BigInt(this.lo);
        return BigInt.asIntN(64, (BigInt(this.hi) << 32n) | BigInt(this.lo));
    }
    float() {
        const at = this.take(4);
        return this.source.view.getFloat32(at, true);
    }
    double() {
        const at = this.take(8);
        return this.source.view.getFloat64(at, true);
    }
    /** A length-delimited field's payload as `[start, end)` byte offsets in the file, without copying it. */
    range() {
        const length = this.uint();
        const start = this.take(length);
        return [start, start + length];
    }
    /** A length-delimited field read as an embedded message. */
    message() {
        const [start, end] = this.range();
        return new ProtoReader(this.source, start, end);
    }
    /** A length-delimited field read as UTF-8 text (malformed sequences become U+FFFD, as protobuf-python does). */
    string() {
        const [start, end] = this.range();
        return utf8.decode(this.source.bytes.subarray(start, end));
    }
    /** Steps over the current field's value, whatever it is; unknown fields are how protobuf stays compatible. */
    skip() {
        switch (this.wireType) {
            case WIRE_VARINT:
                this.readVarint();
                return;
            case WIRE_FIXED64:
                this.take(8);
                return;
            case WIRE_LENGTH:
                this.range();
                return;
            case WIRE_FIXED32:
                this.take(4);
                return;
            default:
                // Groups (3, 4) are proto2-only and absent from TensorBoard's protos; 6 and 7 do not exist.
                this.fail(this.pos, `unsupported wire type ${this.wireType} in field ${this.field}`);
        }
    }
    /** Throws the InputError for malformed bytes at `at`. */
    fail(at, problem) {
        throw new errors/* InputError */.dz(`malformed protobuf at byte offset ${at}: ${problem} (the event file is damaged)`, {
            file: this.source.file,
        });
    }
    /** Claims `count` bytes of the message and returns where they start. */
    take(count) {
        const at = this.pos;
        if (count > this.end - at) {
            this.fail(at, `field ${this.field} needs ${count} bytes but its message has ${this.end - at} left`);
        }
        this.pos = at + count;
        return at;
    }
    /** Reads a varint of up to ten bytes into `lo`/`hi`, the low and high 32 bits, without BigInt. */
    readVarint() {
        const { bytes } = this.source;
        const at = this.pos;
        let lo = 0;
        let hi = 0;
        for (let shift = 0; shift < 70; shift += 7) {
            if (this.pos >= this.end)
                this.fail(at, 'varint runs past the end of its message');
            const b = bytes[this.pos++];
            const bits = b & 0x7f;
            if (shift < 28)
                lo |= bits << shift;
            else if (shift === 28) {
                lo |= bits << 28;
                hi |= bits >>> 4;
            }
            else
                hi |= bits << (shift - 32);
            if (b < 0x80) {
                this.lo = lo >>> 0;
                this.hi = hi >>> 0;
                return;
            }
        }
        this.fail(at, 'varint longer than ten bytes');
    }
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/tensorboard.ts



/**
 * TensorBoard event files (docs/formats.md#metric-files): TFRecord-framed `Event` protos. We keep, for every scalar tag, the
 * value at the highest step. Field numbers follow tensorflow/core/util/event.proto, summary.proto and
 * tensor.proto; everything else in an Event (graphs, histograms, images, text, hparams) is skipped.
 */
/** TensorFlow DataType enum values that can hold a scalar metric (types.proto). */
const DT_FLOAT = 1;
const DT_DOUBLE = 2;
const DT_HALF = 19;
/** SummaryMetadata.DataClass: what TensorBoard's data providers call a scalar time series. */
const DATA_CLASS_SCALAR = 1;
const EVENT_FILE_NAME = /^events\.out\.tfevents\./;
/** Summary.Value fields that are never scalars, named for the note on a file without scalars. */
const OTHER_VALUES = new Map([
    [4, 'images'],
    [5, 'histograms'],
    [6, 'audio'],
]);
/** TFRecord framing: uint64 length + its CRC before the data, the data's CRC after it. */
const HEADER_BYTES = 12;
const FOOTER_BYTES = 4;
const STILL_WRITING = ' (the file is truncated or was still being written)';
/**
 * Scalars of one or more event files. `prefix` (may be '') is prepended to every tag with '/', for files in
 * sub-folders of a log directory ('validation' → 'validation/epoch_accuracy'). Later files win ties on a
 * tag's highest step, as later records in one file do.
 */
function readTensorBoardEvents(files) {
    const points = new Map();
    const notes = [];
    for (const { file, prefix } of files) {
        const tally = readEventFile(file, prefix.replace(/\/+$/, ''), points);
        if (tally.scalars === 0)
            notes.push(`${file.name}: ${describeEmpty(tally)}`);
    }
    const metrics = new Map();
    for (const [id, point] of points)
        metrics.set(id, toMetric(point));
    return { metrics, stderr: new Map(), notes };
}
/** True for files named like event files, or whose first 12 bytes are a TFRecord header with a valid CRC. */
function looksLikeTensorBoard(file) {
    const base = file.name.split(/[\\/]/).pop() ?? '';
    if (EVENT_FILE_NAME.test(base))
        return true;
    const { bytes } = file;
    if (bytes.length < HEADER_BYTES)
        return false;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return view.getUint32(8, true) === maskedCrc32c(bytes, 0, 8);
}
function readEventFile(file, prefix, points) {
    const source = openWireSource(file.name, file.bytes);
    const kinds = new Map();
    const tally = { scalars: 0, others: new Set(), records: 0 };
    forEachRecord(source, (start, end) => {
        tally.records++;
        const { step, scalars } = readEvent(new ProtoReader(source, start, end), kinds, tally.others);
        for (const { tag, value, float32 } of scalars) {
            tally.scalars++;
            const id = prefix === '' ? tag : `${prefix}/${tag}`;
            const seen = points.get(id);
            if (seen === undefined || step >= seen.step)
                points.set(id, { step, value, float32 });
        }
    });
    return tally;
}
/**
 * Walks TFRecord framing: uint64 length, masked CRC-32C of the length, data, masked CRC-32C of the data.
 * Both CRCs are checked, so a damaged or half-written file fails loudly instead of yielding wrong numbers.
 */
function forEachRecord(source, visit) {
    const { bytes, view, file } = source;
    let offset = 0;
    while (offset < bytes.length) {
        const left = bytes.length - offset;
        if (left < HEADER_BYTES) {
            const detail = `a record header needs ${HEADER_BYTES} bytes but the file ends after ${left}`;
            throw damaged(file, offset, 'truncated', `${detail}${STILL_WRITING}`);
        }
        if (view.getUint32(offset + 8, true) !== maskedCrc32c(bytes, offset, offset + 8)) {
            throw damaged(file, offset, 'corrupt', 'length CRC mismatch (the file is damaged or not an event file)');
        }
        const length = view.getUint32(offset + 4, true) * 2 ** 32 + view.getUint32(offset, true);
        const room = Math.max(0, left - HEADER_BYTES - FOOTER_BYTES);
        if (length > room) {
            const detail = `the record holds ${length} bytes of data but the file has ${room} left for it`;
            throw damaged(file, offset, 'truncated', `${detail}${STILL_WRITING}`);
        }
        const start = offset + HEADER_BYTES;
        const end = start + length;
        if (view.getUint32(end, true) !== maskedCrc32c(bytes, start, end)) {
            throw damaged(file, offset, 'corrupt', 'data CRC mismatch (the file is truncated or damaged)');
        }
        visit(start, end);
        offset = end + FOOTER_BYTES;
    }
}
function damaged(file, offset, how, detail) {
    return new errors/* InputError */.dz(`${how} TFRecord at byte offset ${offset}: ${detail}`, { file });
}
/** Event: step 2 (int64), summary 5; graph_def 4 and meta_graph_def 9 are only tallied for the note. */
function readEvent(r, kinds, others) {
    // Fields may come in any order, so the step is only known once the whole event is read.
    let step = 0n;
    const scalars = [];
    while (r.next()) {
        if (r.field === 2 && r.wireType === WIRE_VARINT)
            step = r.int64();
        else if (r.field === 5 && r.wireType === WIRE_LENGTH) {
            // Summary: repeated Value value = 1.
            const summary = r.message();
            while (summary.next()) {
                if (summary.field === 1 && summary.wireType === WIRE_LENGTH)
                    readValue(summary.message(), scalars, kinds, others);
                else
                    summary.skip();
            }
        }
        else {
            if (r.field === 4 || r.field === 9)
                others.add('graph');
            r.skip();
        }
    }
    return { step, scalars };
}
/** Summary.Value: tag 1, simple_value 2, image 4, histo 5, audio 6, tensor 8, metadata 9. */
function readValue(r, found, kinds, others) {
    let tag = '';
    let simple;
    let tensor;
    let kind;
    let other;
    while (r.next()) {
        if (r.field === 1 && r.wireType === WIRE_LENGTH)
            tag = r.string();
        else if (r.field === 2 && r.wireType === WIRE_FIXED32)
            simple = r.float();
        else if (r.field === 8 && r.wireType === WIRE_LENGTH)
            tensor = r.message();
        else if (r.field === 9 && r.wireType === WIRE_LENGTH)
            kind = readMetadata(r.message());
        else {
            other = OTHER_VALUES.get(r.field) ?? other;
            r.skip();
        }
    }
    if (kind)
        kinds.set(tag, kind);
    else
        kind = kinds.get(tag);
    if (simple !== undefined) {
        found.push({ tag, value: simple, float32: true });
        return;
    }
    if (tensor && isScalarKind(kind)) {
        const scalar = readScalarTensor(tensor, tag);
        if (scalar) {
            found.push({ tag, ...scalar });
            return;
        }
    }
    others.add(kind?.plugin || other || (tensor ? 'non-scalar tensors' : 'empty values'));
}
/** Legacy tensors without plugin data count, as do the scalars plugin and anything marked as a scalar. */
function isScalarKind(kind) {
    if (!kind)
        return true;
    if (kind.dataClass === DATA_CLASS_SCALAR || kind.plugin === 'scalars')
        return true;
    return kind.plugin === '' && kind.dataClass === 0;
}
/** SummaryMetadata: plugin_data 1 { plugin_name 1 }, data_class 4. */
function readMetadata(r) {
    const kind = { plugin: '', dataClass: 0 };
    while (r.next()) {
        if (r.field === 1 && r.wireType === WIRE_LENGTH) {
            const plugin = r.message();
            while (plugin.next()) {
                if (plugin.field === 1 && plugin.wireType === WIRE_LENGTH)
                    kind.plugin = plugin.string();
                else
                    plugin.skip();
            }
        }
        else if (r.field === 4 && r.wireType === WIRE_VARINT)
            kind.dataClass = r.uint();
        else
            r.skip();
    }
    return kind;
}
/**
 * TensorProto: dtype 1, tensor_shape 2 { dim 2, unknown_rank 3 }, tensor_content 4 (little-endian), float_val
 * 5, double_val 6, half_val 13. Only rank-0 floating tensors are scalars; as in TensorFlow's
 * make_ndarray, a scalar with no value at all is zero.
 */
function readScalarTensor(r, tag) {
    const { view } = r.source;
    let dtype = 0;
    let rank = 0;
    let content;
    let listed;
    while (r.next()) {
        const { field, wireType } = r;
        if (field === 1 && wireType === WIRE_VARINT)
            dtype = r.uint();
        else if (field === 2 && wireType === WIRE_LENGTH) {
            const shape = r.message();
            while (shape.next()) {
                if (shape.field === 3 && shape.wireType === WIRE_VARINT) {
                    if (shape.uint() !== 0)
                        rank = -1;
                }
                else {
                    if (shape.field === 2 && rank >= 0)
                        rank++;
                    shape.skip();
                }
            }
        }
        else if (field === 4 && wireType === WIRE_LENGTH)
            content = r.range();
        else if (field === 5 && wireType === WIRE_FIXED32)
            listed ??= r.float();
        else if (field === 6 && wireType === WIRE_FIXED64)
            listed ??= r.double();
        else if (field === 13 && wireType === WIRE_VARINT)
            listed ??= r.uint();
        else if ((field === 5 || field === 6 || field === 13) && wireType === WIRE_LENGTH) {
            // Packed repeated values: only the first matters for a scalar.
            const packed = r.message();
            if (packed.hasMore())
                listed ??= field === 5 ? packed.float() : field === 6 ? packed.double() : packed.uint();
        }
        else
            r.skip();
    }
    if (rank !== 0)
        return undefined;
    const size = dtype === DT_FLOAT ? 4 : dtype === DT_DOUBLE ? 8 : dtype === DT_HALF ? 2 : 0;
    if (size === 0)
        return undefined;
    let value = listed ?? 0;
    if (content && content[1] > content[0]) {
        if (content[1] - content[0] !== size) {
            const problem = `tag "${tag}" holds ${content[1] - content[0]} bytes of tensor_content for a ${size}-byte scalar`;
            r.fail(content[0], problem);
        }
        const at = content[0];
        value = size === 4 ? view.getFloat32(at, true) : size === 8 ? view.getFloat64(at, true) : view.getUint16(at, true);
    }
    if (dtype === DT_HALF)
        return { value: halfToNumber(value), float32: true };
    return { value, float32: dtype === DT_FLOAT };
}
/** IEEE 754 binary16 bits to a number (TensorProto keeps halves as the raw bits in an int32). */
function halfToNumber(bits) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exponent = (bits >>> 10) & 0x1f;
    const fraction = bits & 0x3ff;
    if (exponent === 0)
        return sign * fraction * 2 ** -24;
    if (exponent === 0x1f)
        return fraction ? NaN : sign * Infinity;
    return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
/**
 * NaN and ±Infinity become null. float32 values are given as the shortest decimal that rounds to the same
 * float32, as TensorBoard and numpy print them, so an accuracy of 0.85 reads 0.85, not 0.8500000238418579.
 */
function toMetric({ value, float32 }) {
    if (!Number.isFinite(value))
        return null;
    if (!float32)
        return value;
    for (let digits = 1; digits < 9; digits++) {
        const shortest = Number(value.toPrecision(digits));
        if (Math.fround(shortest) === value)
            return shortest;
    }
    return Number(value.toPrecision(9));
}
function describeEmpty({ records, others }) {
    if (records === 0)
        return 'no scalar summaries (the file holds no records); no metrics read from it';
    const found = [...others].sort();
    const held = found.length === 0 ? 'only the file header' : `only ${found.join(', ')}`;
    return `no scalar summaries (it holds ${held}); no metrics read from it`;
}

// EXTERNAL MODULE: ./src/ingest/formats/parquet-file.ts
var parquet_file = __nccwpck_require__(6862);
;// CONCATENATED MODULE: ./src/ingest/table/decimal.ts
/**
 * Plain decimals read straight from bytes, bit for bit as `Number(text)` reads them.
 *
 * Clinger's fast path ("How to read floating point numbers accurately", PLDI 1990): when the significant
 * digits form an integer below 2^53 (at most 15 digits) and the power of ten is at most 22 in magnitude, both
 * are exact doubles, so one IEEE multiplication or division gives the correctly rounded result — the value
 * `Number` must return. Anything else (more digits, larger exponents, whitespace, hex, `Infinity`, text) is
 * left to `Number` itself by returning NaN, which this path never produces for a number it accepts.
 */
/** 10^0 … 10^22, written as literals (exact doubles; `10 ** e` is not guaranteed to be correctly rounded). */
const POWERS_OF_TEN = new Float64Array([
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
]);
/** Significant digits that always form an exact double (below 2^53). */
const MAX_EXACT_DIGITS = 15;
/** Exponents beyond this are far outside the fast range; capping keeps the accumulator an exact integer. */
const EXPONENT_CAP = 100_000;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
/**
 * The number spelled by `bytes[start, end)` when it is `[+-]digits[.digits][(e|E)[+-]digits]` with at least
 * one mantissa digit and fits the fast path; NaN otherwise (then call `Number` on the decoded text).
 */
function parseDecimal(bytes, start, end) {
    let i = start;
    let negative = false;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS))
        negative = bytes[i++] === MINUS;
    const digitsStart = i;
    while (i < end && bytes[i] === ZERO)
        i++; // leading zeros are not significant
    // Digits past the 15th make the mantissa inexact, but then the count below sends the text to `Number`.
    let mantissa = 0;
    const integerStart = i;
    for (; i < end; i++) {
        const d = bytes[i] - ZERO;
        if (d >>> 0 > 9)
            break;
        mantissa = mantissa * 10 + d;
    }
    let significant = i - integerStart;
    let sawDigit = i > digitsStart;
    let exponent = 0;
    if (i < end && bytes[i] === DOT) {
        const fractionStart = ++i;
        if (mantissa === 0)
            while (i < end && bytes[i] === ZERO)
                i++;
        const significantStart = i;
        for (; i < end; i++) {
            const d = bytes[i] - ZERO;
            if (d >>> 0 > 9)
                break;
            mantissa = mantissa * 10 + d;
        }
        significant += i - significantStart;
        exponent = fractionStart - i;
        sawDigit ||= i > fractionStart;
    }
    if (!sawDigit || significant > MAX_EXACT_DIGITS)
        return Number.NaN;
    if (i < end) {
        if (bytes[i] !== LOWER_E && bytes[i] !== UPPER_E)
            return Number.NaN;
        i++;
        let exponentNegative = false;
        if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS))
            exponentNegative = bytes[i++] === MINUS;
        const exponentStart = i;
        let written = 0;
        for (; i < end; i++) {
            const d = bytes[i] - ZERO;
            if (d >>> 0 > 9)
                break;
            if (written < EXPONENT_CAP)
                written = written * 10 + d;
        }
        if (i === exponentStart || i !== end)
            return Number.NaN;
        exponent += exponentNegative ? -written : written;
    }
    let value;
    if (mantissa === 0)
        value = 0;
    else if (exponent === 0)
        value = mantissa;
    else if (exponent > 0 && exponent <= 22)
        value = mantissa * POWERS_OF_TEN[exponent];
    else if (exponent < 0 && exponent >= -22)
        value = mantissa / POWERS_OF_TEN[-exponent];
    else
        return Number.NaN;
    return negative ? -value : value;
}

;// CONCATENATED MODULE: ./src/ingest/table/plain-decimal.ts

/**
 * The scan of a plain decimal `[-]digits[.digits]` in a delimited file, shared by the parser (delimited-bytes.ts)
 * and its fast lane (plain-rows.ts), so that the two read every number as the same double. It follows the rules
 * of `parseDecimal` in one loop with no branch taken only by some numbers (a sign, leading zeros): the JIT
 * compiles the loop from what the first rows did, and a path they never took would throw that code away when a
 * later row does. Only the mantissa is computed per digit; the counts come from positions. At most 15
 * significant digits is the same as a mantissa below 10^15 (the first significant digit is not 0), and below
 * that every step is exact.
 */
/** Besides the value: where the last scan stopped, whether it met a point, and how many digits it read. */
const plainScan = { end: 0, dot: 0, digits: 0 };
const plain_decimal_MINUS = 0x2d;
const plain_decimal_DOT = 0x2e;
const plain_decimal_ZERO = 0x30;
const plain_decimal_LF = 0x0a;
const plain_decimal_CR = 0x0d;
const EXACT_MANTISSA = POWERS_OF_TEN[MAX_EXACT_DIGITS];
/**
 * Scans from `p` to the first byte that cannot continue the number, or `end` (`plainScan.end`), and returns the
 * number's value when that byte ends a field (`delimiter`, LF, CR, or `end` itself) and the number is on the
 * exact fast path (Clinger's: at most 15 significant digits, at most 22 after the point); NaN otherwise.
 */
function scanPlainDecimal(bytes, p, end, delimiter) {
    let k = p;
    const minus = k < end && bytes[k] === plain_decimal_MINUS ? 1 : 0;
    k += minus;
    const digitsStart = k;
    let mantissa = 0;
    let dot = 0;
    let dotAt = 0;
    for (; k < end; k++) {
        const b = bytes[k];
        const d = b - plain_decimal_ZERO;
        if (d >>> 0 <= 9) {
            mantissa = mantissa * 10 + d;
        }
        else if (b === plain_decimal_DOT && dot === 0) {
            dot = 1;
            dotAt = k;
        }
        else {
            break;
        }
    }
    const digits = k - digitsStart - dot;
    plainScan.end = k;
    plainScan.dot = dot;
    plainScan.digits = digits;
    const c = k < end ? bytes[k] : plain_decimal_LF;
    if (!(c === delimiter || c === plain_decimal_LF || c === plain_decimal_CR))
        return Number.NaN;
    const fractionDigits = dot === 1 ? k - dotAt - 1 : 0;
    if (!(digits > 0 && mantissa < EXACT_MANTISSA && fractionDigits <= 22))
        return Number.NaN;
    return (1 - 2 * minus) * (fractionDigits === 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits]);
}

;// CONCATENATED MODULE: ./src/ingest/table/record-view.ts

const record_view_QUOTE = 0x22;
/*
 * The contract between the byte readers (CSV/TSV in delimited-bytes.ts, flat JSON Lines in json-lines.ts) and
 * the table: a record as byte ranges, so that no string or array is made per row.
 */
/** One record, valid only during the callback that receives it. */
class RecordView {
    /** The bytes the ranges point into. */
    bytes = new Uint8Array(0);
    /** The number of fields. */
    count = 0;
    /** The 1-based line on which the record starts. */
    line = 0;
    /** Field `k` is `bytes[starts[k], ends[k])`, unless `escaped[k]`: then that range is its raw quoted text. */
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    escaped = new Uint8Array(64);
    /**
     * The value of field `k` as a plain decimal, read while scanning, for the columns set as numeric with
     * `DelimitedByteParser.readAsNumbers`; NaN for every other field (parse those from the range).
     */
    numbers = new Float64Array(64).fill(Number.NaN);
    /** True for an empty field (a quoted field with doubled quotes or trailing text is never empty). */
    isEmpty(k) {
        return this.ends[k] === this.starts[k] && this.escaped[k] === 0;
    }
    /** Field `k` as text. */
    text(k) {
        const text = (0,byte_interner/* decodeUtf8 */._)(this.bytes, this.starts[k], this.ends[k]);
        return this.escaped[k] === 0 ? text : unquote(text);
    }
    /** Every field as text (for headers). */
    texts() {
        return Array.from({ length: this.count }, (_, k) => this.text(k));
    }
    /** Appends a field and returns its index; `numbers[index]` is left to the caller. */
    add(start, end, escaped) {
        const k = this.count++;
        if (k === this.starts.length)
            this.grow();
        this.starts[k] = start;
        this.ends[k] = end;
        this.escaped[k] = escaped;
        return k;
    }
    /** Makes room for the next field, so that its number can be stored before the field is added. */
    reserveField() {
        if (this.count === this.starts.length)
            this.grow();
    }
    grow() {
        const grow = (a, make) => {
            const bigger = make(a.length * 2);
            bigger.set(a);
            return bigger;
        };
        this.starts = grow(this.starts, (n) => new Int32Array(n));
        this.ends = grow(this.ends, (n) => new Int32Array(n));
        this.escaped = grow(this.escaped, (n) => new Uint8Array(n));
        this.numbers = grow(this.numbers, (n) => new Float64Array(n));
    }
}
/** `"a""b"c` → `a"bc`: the quoted part with doubled quotes undone, then whatever followed the closing quote. */
function unquote(raw) {
    let value = '';
    let j = 1;
    for (;;) {
        const q = raw.indexOf('"', j);
        value += raw.slice(j, q);
        if (raw.charCodeAt(q + 1) === record_view_QUOTE) {
            value += '"';
            j = q + 2;
        }
        else {
            return value + raw.slice(q + 1);
        }
    }
}

;// CONCATENATED MODULE: ./src/ingest/formats/delimited-bytes.ts



/**
 * CSV/TSV read from UTF-8 bytes as they stream in, with the rules of `parseDelimited` (delimited.ts), the text
 * parser it replaces for prediction files: RFC 4180 quoting (delimiters, doubled quotes and line breaks inside
 * quotes), records ending in LF, CRLF or a lone CR, blank lines skipped, text after a closing quote kept as
 * written (like pandas), a leading byte-order mark dropped, and the same line numbers and messages. Records are
 * handed over as byte ranges into the current buffer, so no string or array is made per row.
 */
const delimited_bytes_QUOTE = 0x22;
const delimited_bytes_LF = 0x0a;
const delimited_bytes_CR = 0x0d;
const delimited_bytes_BOM = [0xef, 0xbb, 0xbf];
/** A record still incomplete at this size is re-parsed only once its carried bytes double (linear overall). */
const RETRY_FLOOR = 1 << 16;
/**
 * Where the unquoted text from `k` ends: at the delimiter, a line break, or `end`. Digits and letters are above
 * every byte that ends a field (`highest`), so one comparison lets most bytes through.
 */
function fieldEnd(bytes, k, end, delimiter, highest) {
    while (k < end) {
        const c = bytes[k];
        if (c <= highest && (c === delimiter || c === delimited_bytes_LF || c === delimited_bytes_CR))
            break;
        k++;
    }
    return k;
}
/**
 * Feeds chunks of a file to `onRecord`, one complete record at a time, header included. Chunks may split the
 * file anywhere (inside a field, a quote pair, a CRLF or a byte-order mark); the result does not depend on where.
 */
class DelimitedByteParser {
    file;
    onRecord;
    delimiter;
    record = new RecordView();
    carry = new Uint8Array(0);
    carried = 0;
    retryAt = 0;
    line = 1;
    bomsLeft;
    numeric = new Uint8Array(0);
    lane;
    /**
     * @param boms how many leading byte-order marks to drop: 2 for file bytes (the text decoder dropped one and
     *   the text parser another), 1 for text that was already decoded.
     */
    constructor(delimiter, file, onRecord, boms = 2) {
        this.file = file;
        this.onRecord = onRecord;
        this.delimiter = delimiter.charCodeAt(0);
        this.bomsLeft = boms;
    }
    /** Fields at these positions are read as plain decimals while scanning (see `RecordView.numbers`). */
    readAsNumbers(columns) {
        this.numeric = new Uint8Array(Math.max(0, ...columns) + 1);
        for (const k of columns)
            this.numeric[k] = 1;
    }
    /** From the next record on, records go to `lane` first (set once the header has been read). */
    useLane(lane) {
        this.lane = lane;
    }
    push(chunk) {
        // Node's Buffer is a Uint8Array of another shape; parsing one kind only keeps the JIT's code (the parser
        // goes on to parse the carried copy, a plain Uint8Array).
        if (chunk.constructor !== Uint8Array)
            chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (this.carried === 0) {
            const used = this.parse(chunk, chunk.length, false);
            this.keep(chunk, used, chunk.length);
            return;
        }
        this.append(chunk);
        if (this.carried < this.retryAt)
            return;
        const used = this.parse(this.carry, this.carried, false);
        this.keep(this.carry, used, this.carried);
    }
    /** Parses what is left; an open quote is an error naming the line it opened on. */
    end() {
        this.parse(this.carry, this.carried, true);
        this.carried = 0;
        this.record.bytes = new Uint8Array(0);
    }
    append(chunk) {
        const needed = this.carried + chunk.length;
        if (needed > this.carry.length) {
            const bigger = new Uint8Array(Math.max(needed, this.carry.length * 2));
            bigger.set(this.carry.subarray(0, this.carried));
            this.carry = bigger;
        }
        this.carry.set(chunk, this.carried);
        this.carried = needed;
    }
    /** Keeps `bytes[from, to)`, the start of a record not complete yet, for the next chunk. */
    keep(bytes, from, to) {
        const rest = to - from;
        if (bytes === this.carry)
            this.carry.copyWithin(0, from, to);
        else if (rest > 0) {
            if (rest > this.carry.length)
                this.carry = new Uint8Array(Math.max(rest, 2 * this.carry.length));
            this.carry.set(bytes.subarray(from, to));
        }
        this.carried = rest;
        this.retryAt = rest >= RETRY_FLOOR ? 2 * rest : 0;
        this.record.bytes = this.carry;
    }
    /** Parses the complete records of `bytes[0, end)`; returns where the first incomplete one starts. */
    parse(bytes, end, final) {
        const pos = this.skipBoms(bytes, end, final);
        if (pos < 0)
            return -1 - pos;
        this.record.bytes = bytes;
        return this.parseRecords(bytes, pos, end, final);
    }
    /**
     * Drops leading byte-order marks and returns where the text starts; while the bytes so far could still be the
     * start of a mark, returns `-1 - position` to wait for more.
     */
    skipBoms(bytes, end, final) {
        let pos = 0;
        while (this.bomsLeft > 0) {
            const available = Math.min(end - pos, delimited_bytes_BOM.length);
            let matched = 0;
            while (matched < available && bytes[pos + matched] === delimited_bytes_BOM[matched])
                matched++;
            if (matched === delimited_bytes_BOM.length) {
                pos += delimited_bytes_BOM.length;
                this.bomsLeft--;
            }
            else if (matched === available && !final) {
                return -1 - pos;
            }
            else {
                this.bomsLeft = 0;
            }
        }
        return pos;
    }
    /**
     * Parses the records from `pos` on, handing each over, and returns where the first one that runs past `end`
     * starts (while more bytes may follow), else `end`. One call per chunk, not per record: the hot path (unquoted
     * fields, numeric columns read as they are scanned) works on local copies of the record's arrays, and this
     * loop runs once per field of every row.
     */
    parseRecords(bytes, from, end, final) {
        const delimiter = this.delimiter;
        // Digits and letters are above every byte that ends a field: one comparison lets most bytes through.
        const highest = Math.max(delimiter, delimited_bytes_CR);
        const record = this.record;
        let { starts, ends, escaped, numbers } = record;
        let pos = from;
        while (pos < end) {
            // The header's callback sets which columns are numeric and the lane, so these are read for every record.
            const lane = this.lane;
            if (lane !== undefined) {
                const rows = lane.take(bytes, pos, end, final, this.line);
                if (rows > 0) {
                    this.line += rows;
                    pos = lane.position;
                    if (pos >= end)
                        break;
                }
            }
            const numeric = this.numeric;
            let count = 0;
            let line = this.line;
            let p = pos;
            for (;;) {
                if (count === starts.length) {
                    record.count = count;
                    record.reserveField();
                    ({ starts, ends, escaped, numbers } = record);
                }
                if (p < end && bytes[p] === delimited_bytes_QUOTE) {
                    const open = p;
                    let q = p + 1;
                    let doubled = false;
                    for (;;) {
                        q = bytes.indexOf(delimited_bytes_QUOTE, q);
                        if (q < 0 || q >= end) {
                            if (!final)
                                return pos;
                            throw new errors/* InputError */.dz(`unterminated quoted field (the quote opened on line ${line} never closes)`, {
                                file: this.file,
                                line,
                            });
                        }
                        if (q + 1 < end && bytes[q + 1] === delimited_bytes_QUOTE) {
                            doubled = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    for (let i = open + 1; i < q; i++)
                        if (bytes[i] === delimited_bytes_LF)
                            line++;
                    const k = fieldEnd(bytes, q + 1, end, delimiter, highest);
                    if (k === end && !final)
                        return pos;
                    const raw = doubled || k > q + 1;
                    starts[count] = raw ? open : open + 1;
                    ends[count] = raw ? k : q;
                    escaped[count] = raw ? 1 : 0;
                    numbers[count++] = Number.NaN;
                    p = k;
                }
                else if (count < numeric.length && numeric[count] === 1) {
                    // A plain decimal is read while its end is found; anything else is a field to parse from its range.
                    const value = scanPlainDecimal(bytes, p, end, delimiter);
                    let k = plainScan.end;
                    const c = k < end ? bytes[k] : delimited_bytes_LF;
                    if (!(c === delimiter || c === delimited_bytes_LF || c === delimited_bytes_CR))
                        k = fieldEnd(bytes, k, end, delimiter, highest);
                    if (k === end && !final)
                        return pos;
                    starts[count] = p;
                    ends[count] = k;
                    escaped[count] = 0;
                    numbers[count++] = value;
                    p = k;
                }
                else {
                    const k = fieldEnd(bytes, p, end, delimiter, highest);
                    if (k === end && !final)
                        return pos;
                    starts[count] = p;
                    ends[count] = k;
                    escaped[count] = 0;
                    numbers[count++] = Number.NaN;
                    p = k;
                }
                if (p < end && bytes[p] === delimiter) {
                    p++;
                    continue;
                }
                break;
            }
            record.count = count;
            // The record ends at a line break or at the end of the file.
            let next = p;
            if (p < end) {
                if (bytes[p] === delimited_bytes_CR) {
                    if (p + 1 < end)
                        next = bytes[p + 1] === delimited_bytes_LF ? p + 2 : p + 1;
                    else if (final)
                        next = p + 1;
                    else
                        return pos; // a CR at the end of a chunk may be the first half of a CRLF
                }
                else {
                    next = p + 1;
                }
            }
            record.line = this.line;
            this.line = line + 1;
            if (!(record.count === 1 && record.isEmpty(0)))
                this.onRecord(record);
            pos = next;
        }
        return pos;
    }
}

;// CONCATENATED MODULE: ./src/ingest/formats/plain-rows.ts


/**
 * The fast lane of the delimited parser: records made only of plain values, read straight into column arrays
 * without a call per record (see `PlainRowsLane`). Most prediction files are nothing else (a regression target
 * and a prediction, integer class labels and probabilities), and for them this loop is the whole read (a
 * 1M-row regression file, warm: 56 ms, against 78 ms handing each record to the record sink).
 *
 * It reads a record only when it would read it exactly as `DelimitedByteParser` and the record sink do, and
 * declines it otherwise, so the two never disagree: the parser then reads that record itself, with its values
 * and its messages. A record is plain when every field is unquoted, it has the header's field count, it ends in
 * LF or CRLF (or at the end of the file, though not in a lone CR there), and every kept field passes its slot's
 * check below.
 */
/** Any number the parser's scan reads (plain-decimal.ts): `-.5`, `5.` and leading zeros too, 15 digits at most. */
const SLOT_NUMBER = 0;
/** A plain decimal that is not negative (a sample weight). */
const SLOT_WEIGHT = 1;
/** A plain decimal within [0, 1] (a column named as a probability). */
const SLOT_PROBABILITY = 2;
/**
 * A class label interned already, written as an integer the way `String(number)` writes it (no sign on zero,
 * no leading zero, no point): its text is then known from its value, and so is its code, from `codeTables`.
 */
const SLOT_CODE = 3;
/** A slice value: any unquoted text whose bytes its column has interned already (`textCodes`). */
const SLOT_TEXT = 4;
/** Code tables cover labels in [-CODE_OFFSET, CODE_TABLE_SIZE - CODE_OFFSET), that is -64 … 4031. */
const CODE_OFFSET = 64;
const CODE_TABLE_SIZE = 4096;
/** Where `scanPlainRows` writes, and how far it got. */
class PlainRowsOutput {
    capacity;
    /** Slot `s` of row `r`: `numbers[s][r]` for number slots, `codes[s][r]` for `SLOT_CODE` and `SLOT_TEXT`. */
    numbers;
    codes;
    /** Rows written. */
    rows = 0;
    /** Where the first record not read starts. */
    position = 0;
    /** True when the scan stopped at a record it does not read (not merely an incomplete one, or a full output). */
    declined = false;
    constructor(slots, capacity) {
        this.capacity = capacity;
        this.numbers = Array.from({ length: slots }, () => new Float64Array(capacity));
        this.codes = Array.from({ length: slots }, () => new Int32Array(capacity));
    }
}
const plain_rows_QUOTE = 0x22;
const plain_rows_MINUS = 0x2d;
const plain_rows_ZERO = 0x30;
const plain_rows_LF = 0x0a;
const plain_rows_CR = 0x0d;
/**
 * Reads the plain records of `bytes[from, end)` into `out`, from row 0, until the output is full, a record is
 * not plain (`declined`), or a record runs past `end` while more bytes may follow (`final` false). Blank lines
 * are never plain: the parser skips them.
 */
function scanPlainRows(bytes, from, end, final, layout, out) {
    const { delimiter, fieldCount, slots, kinds, codeTables, textCodes } = layout;
    const { numbers, codes, capacity } = out;
    // Digits and letters are above every byte that ends a field: one comparison lets most bytes through.
    const highest = Math.max(delimiter, plain_rows_CR);
    let rows = 0;
    let pos = from;
    let declined = false;
    records: while (pos < end && rows < capacity) {
        let p = pos;
        let field = 0;
        for (;;) {
            if (p < end && bytes[p] === plain_rows_QUOTE) {
                declined = true;
                break records;
            }
            const slot = slots[field];
            if (slot >= 0 && kinds[slot] === SLOT_TEXT) {
                const k = fieldEnd(bytes, p, end, delimiter, highest);
                if (k === end && !final)
                    break records;
                const code = textCodes[slot].lookupBytes(bytes, p, k);
                if (code < 0) {
                    declined = true;
                    break records;
                }
                codes[slot][rows] = code;
                p = k;
            }
            else if (slot >= 0) {
                // The parser's own scan (plain-decimal.ts), so the values are the same doubles.
                const value = scanPlainDecimal(bytes, p, end, delimiter);
                const k = plainScan.end;
                if (k === end && !final)
                    break records;
                if (value !== value) {
                    declined = true;
                    break records;
                }
                const kind = kinds[slot];
                if (kind === SLOT_NUMBER) {
                    numbers[slot][rows] = value;
                }
                else if (kind === SLOT_CODE) {
                    const first = bytes[p] === plain_rows_MINUS ? p + 1 : p;
                    const canonical = plainScan.dot === 0 && (plainScan.digits === 1 || bytes[first] !== plain_rows_ZERO) && !(first > p && value === 0);
                    const at = value + CODE_OFFSET;
                    const table = codeTables[slot];
                    const code = canonical && at >= 0 && at < table.length ? table[at | 0] : -1;
                    if (code < 0) {
                        declined = true;
                        break records;
                    }
                    codes[slot][rows] = code;
                }
                else if (kind === SLOT_WEIGHT ? value >= 0 : value >= 0 && value <= 1) {
                    numbers[slot][rows] = value;
                }
                else {
                    declined = true;
                    break records;
                }
                p = k;
            }
            else {
                p = fieldEnd(bytes, p, end, delimiter, highest);
                if (p === end && !final)
                    break records;
            }
            field++;
            if (p < end && bytes[p] === delimiter) {
                p++;
                if (field === fieldCount) {
                    declined = true;
                    break records;
                }
                continue;
            }
            break;
        }
        if (field !== fieldCount) {
            declined = true;
            break;
        }
        let next = p;
        if (p < end) {
            if (bytes[p] === plain_rows_LF)
                next = p + 1;
            else if (p + 1 < end) {
                // A CR: CRLF ends the record; a lone CR (a line break to the parser) is left to it.
                if (bytes[p + 1] !== plain_rows_LF) {
                    declined = true;
                    break;
                }
                next = p + 2;
            }
            else if (final) {
                declined = true;
                break;
            }
            else {
                break; // a CR at the end of a chunk may be the first half of a CRLF
            }
        }
        rows++;
        pos = next;
    }
    out.rows = rows;
    out.position = pos;
    out.declined = declined;
}

;// CONCATENATED MODULE: ./src/ingest/formats/plain-rows-lane.ts

/** Rows per scan: the outputs (8 bytes a slot) stay in the processor's cache between the scan and the append. */
const ROWS_PER_SCAN = 1 << 14;
/**
 * After a record the lane declines straight away, it waits this many offers at most before it scans again (an
 * offer is a record the parser is about to read, or one that runs past the chunk and is offered again).
 */
const MAX_WAIT = 1 << 10;
/**
 * Feeds the plain records of a delimited file (see plain-rows.ts) straight into the table's columns, with the
 * values and checks of the record sink: the parser hands it every record first and reads the ones it declines.
 * Labels are taken as numbers once their column holds numbers (a regression target), and by code while it holds
 * codes, for the values interned already; a new class, like any record the lane does not read, goes through the
 * record sink, and the lane then learns its code.
 */
class PlainRowsLane {
    file;
    columns;
    position = 0;
    layout;
    out;
    labels = [];
    scores = [];
    weightSlot;
    /** The slot of each slice column, in the plan's order. */
    sliceSlots;
    /** The parser read a record this lane declined since the last scan: a label may have a new code or no codes. */
    stale = true;
    wait = 0;
    backoff = 1;
    constructor(file, delimiter, fieldCount, plan, columns) {
        this.file = file;
        this.columns = columns;
        const slots = new Int32Array(fieldCount).fill(-1);
        const kinds = [];
        const take = (index, kind) => {
            slots[index] = kinds.length;
            kinds.push(kind);
            return kinds.length - 1;
        };
        const { label, prediction, score, classScores, weights } = columns;
        this.labels.push({ slot: take(plan.label.index, SLOT_CODE), builder: label, seen: 0 });
        if (prediction && plan.prediction)
            this.labels.push({ slot: take(plan.prediction.index, SLOT_CODE), builder: prediction, seen: 0 });
        const scoreKind = (probability) => (probability ? SLOT_PROBABILITY : SLOT_NUMBER);
        if (score && plan.score) {
            this.scores.push({ slot: take(plan.score.index, scoreKind(score.probabilityByName)), builder: score, name: plan.score.name });
        }
        const classColumns = (classScores && plan.classScores?.columns) || [];
        classColumns.forEach((column, k) => {
            const builder = classScores[k];
            this.scores.push({ slot: take(column.index, scoreKind(builder.probabilityByName)), builder, name: column.name });
        });
        this.weightSlot = weights && plan.weight ? take(plan.weight.index, SLOT_WEIGHT) : -1;
        const textCodes = [];
        this.sliceSlots = plan.slices.map((column, k) => {
            const slot = take(column.index, SLOT_TEXT);
            textCodes[slot] = columns.slices[k];
            return slot;
        });
        this.layout = {
            delimiter,
            fieldCount,
            slots,
            kinds: Uint8Array.from(kinds),
            codeTables: kinds.map((kind) => new Int32Array(kind === SLOT_CODE ? CODE_TABLE_SIZE : 0).fill(-1)),
            textCodes: kinds.map((_, slot) => textCodes[slot]),
        };
        this.out = new PlainRowsOutput(kinds.length, ROWS_PER_SCAN);
    }
    /**
     * The lane for a file planned as `plan`, or undefined when its records are never plain to the record sink:
     * ids are text that must be checked for repeats, and a column feeding two roles would be read twice.
     */
    static for(file, delimiter, fieldCount, plan, columns) {
        if (plan.id)
            return undefined;
        const kept = [plan.label, plan.prediction, plan.score, ...(plan.classScores?.columns ?? []), plan.weight, ...plan.slices].flatMap((c) => c ? [c.index] : []);
        if (new Set(kept).size !== kept.length)
            return undefined;
        return new PlainRowsLane(file, delimiter.charCodeAt(0), fieldCount, plan, columns);
    }
    take(bytes, from, end, final, line) {
        this.position = from;
        if (this.wait > 0) {
            this.wait--;
            return 0;
        }
        if (this.stale)
            this.refresh();
        const out = this.out;
        let taken = 0;
        let at = from;
        for (;;) {
            scanPlainRows(bytes, at, end, final, this.layout, out);
            if (out.rows > 0)
                this.append(out.rows, line + taken);
            taken += out.rows;
            at = out.position;
            if (out.rows < out.capacity)
                break;
        }
        this.position = at;
        if (out.declined) {
            this.stale = true;
            // A file whose records are mostly not plain (numbers in exponent form, say) is left to the parser.
            if (taken === 0) {
                this.wait = this.backoff;
                this.backoff = Math.min(2 * this.backoff, MAX_WAIT);
            }
            else {
                this.backoff = 1;
            }
        }
        return taken;
    }
    /** Appends the scanned rows, the first on `firstLine`, to the columns (checked while scanning already). */
    append(rows, firstLine) {
        const { numbers, codes } = this.out;
        const kinds = this.layout.kinds;
        for (const { slot, builder } of this.labels) {
            if (kinds[slot] === SLOT_CODE)
                builder.pushCodes(codes[slot], rows);
            else
                builder.pushNumbers(numbers[slot].subarray(0, rows));
        }
        for (const { slot, builder, name } of this.scores)
            builder.pushBatch(numbers[slot].subarray(0, rows), this.file, firstLine, name, 'line');
        if (this.weightSlot >= 0)
            this.columns.weights.pushAll(numbers[this.weightSlot].subarray(0, rows));
        this.sliceSlots.forEach((slot, k) => this.columns.slices[k].pushCodes(codes[slot], rows));
        this.columns.countRows(rows);
    }
    /** Catches up with what the record sink did to the label columns: new codes, or numbers from now on. */
    refresh() {
        this.stale = false;
        const kinds = this.layout.kinds;
        for (const entry of this.labels) {
            const { slot, builder } = entry;
            if (!builder.holdsCodes) {
                kinds[slot] = SLOT_NUMBER;
                continue;
            }
            const values = builder.internedValues();
            const table = this.layout.codeTables[slot];
            for (; entry.seen < values.length; entry.seen++) {
                const text = values[entry.seen];
                if (!CANONICAL_INTEGER.test(text))
                    continue;
                const at = Number(text) + CODE_OFFSET;
                if (at >= 0 && at < table.length)
                    table[at] = entry.seen;
            }
        }
    }
}
/** An integer as `String(number)` writes it, with at most 15 digits (the lane's scan reads no more). */
const CANONICAL_INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;

;// CONCATENATED MODULE: ./src/ingest/formats/json-lexer.ts

/*
 * The byte-level JSON lexing the JSON Lines scanner (json-lines.ts) runs on one line: skipping white space,
 * strings, numbers and nested values, matching keys, and telling whether a number reads back as written. Each
 * answers a position, or DECLINED (not for the fast path: `JSON.parse` reads the line) or INCOMPLETE (the bytes
 * so far end inside the value).
 */
const json_lexer_MINUS = 0x2d;
const json_lexer_PLUS = 0x2b;
const json_lexer_DOT = 0x2e;
const json_lexer_ZERO = 0x30;
const json_lexer_LOWER_E = 0x65;
const json_lexer_UPPER_E = 0x45;
const LOWER_T = 0x74;
const LOWER_F = 0x66;
const LOWER_N = 0x6e;
const LOWER_U = 0x75;
/** The scanner's answers besides a line end: the line is not for it, or the bytes so far end inside the line. */
const DECLINED = -1;
const INCOMPLETE = -2;
/** Decimals of at most this many significant digits read back from their double unchanged (DBL_DIG). */
const PLAIN_DIGITS = 15;
/** Nested values under unread keys deeper than this go to `JSON.parse`. */
const MAX_SKIPPED_DEPTH = 64;
const TRUE = Uint8Array.of(0x74, 0x72, 0x75, 0x65);
const FALSE = Uint8Array.of(0x66, 0x61, 0x6c, 0x73, 0x65);
const NULL = Uint8Array.of(0x6e, 0x75, 0x6c, 0x6c);
/** JSON white space within a line: space, tab, CR. */
function skipSpace(bytes, p, end) {
    if (p < end && bytes[p] > SPACE)
        return p;
    while (p < end) {
        const c = bytes[p];
        if (c !== SPACE && c !== TAB && c !== CR)
            break;
        p++;
    }
    return p;
}
/** True when JSON must escape a character of `text` (a quote, a backslash, a control character). */
function needsEscape(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE || c === BACKSLASH || c < SPACE)
            return true;
    }
    return false;
}
/**
 * The position of the closing quote when `bytes` at `start` spell `key` and then a quote; else -1. The keys
 * compared so are those that need no escape in JSON (see `LineScanner`), so a match is that key.
 */
function matchKey(key, bytes, start, end) {
    const close = start + key.length;
    if (close >= end || bytes[close] !== QUOTE)
        return -1;
    for (let i = 0; i < key.length; i++)
        if (key[i] !== bytes[start + i])
            return -1;
    return close;
}
/**
 * The end of the JSON number at `p` (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`), or DECLINED when
 * the bytes there are not one. A number running to `end` is returned as `end` (the caller decides).
 */
function skipNumber(bytes, p, end) {
    if (bytes[p] === json_lexer_MINUS)
        p++;
    if (p === end)
        return end;
    if (bytes[p] === json_lexer_ZERO)
        p++;
    else {
        const first = p;
        while (p < end && isDigit(bytes[p]))
            p++;
        if (p === first)
            return DECLINED;
    }
    if (p < end && bytes[p] === json_lexer_DOT) {
        const first = ++p;
        while (p < end && isDigit(bytes[p]))
            p++;
        if (p === first)
            return p === end ? end : DECLINED;
    }
    if (p < end && (bytes[p] === json_lexer_LOWER_E || bytes[p] === json_lexer_UPPER_E)) {
        p++;
        if (p < end && (bytes[p] === json_lexer_PLUS || bytes[p] === json_lexer_MINUS))
            p++;
        const first = p;
        while (p < end && isDigit(bytes[p]))
            p++;
        if (p === first)
            return p === end ? end : DECLINED;
    }
    return p;
}
function isDigit(c) {
    return c >= json_lexer_ZERO && c <= json_lexer_ZERO + 9;
}
/**
 * True when the valid JSON number `bytes[start, end)` is spelled as `String` prints its value, so that its bytes
 * are its label text: a plain integer or decimal of at most 15 significant digits (each such decimal is the
 * shortest that reads back as its double, so `String` picks its digits), without exponent, without trailing
 * zeros after the point, not `-0`, and not below 1e-6 (which `String` writes with an exponent).
 */
function printsAsWritten(bytes, start, end) {
    if (end - start === 1)
        return true; // a digit
    const negative = bytes[start] === json_lexer_MINUS;
    const integerStart = negative ? start + 1 : start;
    let i = integerStart;
    while (i < end && isDigit(bytes[i]))
        i++;
    const integerDigits = i - integerStart;
    const zero = integerDigits === 1 && bytes[integerStart] === json_lexer_ZERO;
    if (i === end)
        return integerDigits <= PLAIN_DIGITS && !(negative && zero);
    if (bytes[i] !== json_lexer_DOT)
        return false;
    const fractionStart = ++i;
    while (i < end && isDigit(bytes[i]))
        i++;
    if (i !== end || bytes[end - 1] === json_lexer_ZERO)
        return false;
    if (!zero)
        return integerDigits + (end - fractionStart) <= PLAIN_DIGITS;
    let first = fractionStart;
    while (bytes[first] === json_lexer_ZERO)
        first++;
    return first - fractionStart <= 5 && end - first <= PLAIN_DIGITS;
}
/** The end of the JSON string opening at `p` (escapes checked), DECLINED when invalid, INCOMPLETE at `end`. */
function skipString(bytes, p, end) {
    let q = p + 1;
    while (q < end) {
        const c = bytes[q];
        if (c === QUOTE)
            return q + 1;
        if (c < SPACE)
            return DECLINED;
        if (c === BACKSLASH) {
            if (q + 1 >= end)
                return INCOMPLETE;
            const e = bytes[q + 1];
            if (e === LOWER_U) {
                if (q + 6 > end)
                    return INCOMPLETE;
                for (let i = q + 2; i < q + 6; i++)
                    if (!isHex(bytes[i]))
                        return DECLINED;
                q += 6;
                continue;
            }
            // " \ / b f n r t
            if (e !== QUOTE && e !== BACKSLASH && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) {
                return DECLINED;
            }
            q += 2;
            continue;
        }
        q++;
    }
    return INCOMPLETE;
}
function isHex(c) {
    return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
/**
 * The end of the JSON array or object opening at `p`, checked as JSON; DECLINED when it is not valid (or nests
 * deeper than MAX_SKIPPED_DEPTH), INCOMPLETE when it runs to `end`.
 */
function skipNested(bytes, p, end) {
    const closers = [];
    for (;;) {
        // A value is due at `p` (< end).
        const c = bytes[p];
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (closers.length === MAX_SKIPPED_DEPTH)
                return DECLINED;
            const closer = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
            closers.push(closer);
            p = skipSpace(bytes, p + 1, end);
            if (p === end)
                return INCOMPLETE;
            if (bytes[p] !== closer) {
                if (closer === CLOSE_BRACE)
                    p = skipKey(bytes, p, end);
                if (p < 0)
                    return p;
                continue;
            }
            closers.pop();
            p++;
        }
        else {
            p = skipScalar(bytes, p, end);
            if (p < 0)
                return p;
        }
        // After a value: closing brackets, or a comma and the next value (or key and value).
        for (;;) {
            if (closers.length === 0)
                return p;
            p = skipSpace(bytes, p, end);
            if (p === end)
                return INCOMPLETE;
            const closer = closers[closers.length - 1];
            if (bytes[p] === COMMA) {
                p = skipSpace(bytes, p + 1, end);
                if (p === end)
                    return INCOMPLETE;
                if (closer === CLOSE_BRACE)
                    p = skipKey(bytes, p, end);
                if (p < 0)
                    return p;
                break;
            }
            if (bytes[p] !== closer)
                return DECLINED;
            closers.pop();
            p++;
        }
    }
}
/** An object member's key and colon at `p`: returns where its value starts. */
function skipKey(bytes, p, end) {
    if (bytes[p] !== QUOTE)
        return DECLINED;
    p = skipString(bytes, p, end);
    if (p < 0)
        return p;
    p = skipSpace(bytes, p, end);
    if (p === end)
        return INCOMPLETE;
    if (bytes[p] !== COLON)
        return DECLINED;
    p = skipSpace(bytes, p + 1, end);
    return p === end ? INCOMPLETE : p;
}
/** The end of the string, number, `true`, `false` or `null` at `p`. */
function skipScalar(bytes, p, end) {
    const c = bytes[p];
    if (c === QUOTE)
        return skipString(bytes, p, end);
    if (c === json_lexer_MINUS || isDigit(c)) {
        const q = skipNumber(bytes, p, end);
        return q === end ? INCOMPLETE : q;
    }
    if (c === LOWER_T || c === LOWER_F || c === LOWER_N) {
        const word = c === LOWER_T ? TRUE : c === LOWER_F ? FALSE : NULL;
        if (p + word.length > end)
            return INCOMPLETE;
        for (let i = 1; i < word.length; i++)
            if (bytes[p + i] !== word[i])
                return DECLINED;
        return p + word.length;
    }
    return DECLINED;
}

;// CONCATENATED MODULE: ./src/ingest/table/growable.ts
/**
 * Typed arrays that grow while a file streams in, so columns never hold per-row objects. Memory is what matters
 * at ten million rows: a reader that can estimate the row count reserves it once (no doubling through copies),
 * growth is by half (a doubling array holds three times its data while it copies), and `finish` hands back the
 * array itself, or a view of it when little is unused, instead of a second full-size copy.
 */
/** Unused room that `finish` tolerates rather than copying the column: one eighth of the values. */
const SLACK = 8;
const INITIAL = 1024;
class Growable {
    data;
    length = 0;
    constructor(initial) {
        this.data = initial;
    }
    /** Makes room for `size` values in one allocation (an estimate; pushing past it still works). */
    reserve(size) {
        if (size > this.data.length)
            this.resize(Math.ceil(size));
    }
    grow() {
        this.resize(Math.max(INITIAL, Math.ceil(this.data.length * 1.5)));
    }
    resize(size) {
        const bigger = this.allocate(size);
        bigger.set(this.data.subarray(0, this.length));
        this.data = bigger;
    }
    /** The values pushed so far, in an array of exactly that length (possibly a view of a slightly larger one). */
    finish() {
        const { data, length } = this;
        if (length === data.length)
            return data;
        if (data.length - length <= length / SLACK)
            return data.subarray(0, length);
        return data.slice(0, length);
    }
    /** Appends all of `values` at once (a column chunk read column-wise), growing like `push` does. */
    pushAll(values) {
        const needed = this.length + values.length;
        if (needed > this.data.length)
            this.resize(Math.max(needed, Math.ceil(this.data.length * 1.5)));
        this.data.set(values, this.length);
        this.length = needed;
    }
}
class GrowableFloat64 extends Growable {
    constructor() {
        super(new Float64Array(INITIAL));
    }
    allocate(size) {
        return new Float64Array(size);
    }
    push(value) {
        if (this.length === this.data.length)
            this.grow();
        this.data[this.length++] = value;
    }
}
/**
 * Codes (interned values): one byte each while they stay below 256, widened to two bytes and then four only
 * when a code needs it, so a label column of ten million rows takes 10 MB, not 40.
 */
class GrowableCodes {
    data = new Uint8Array(INITIAL);
    /** The largest code the current width holds. */
    limit = 0xff;
    length = 0;
    reserve(size) {
        if (size > this.data.length)
            this.resize(Math.ceil(size), this.data);
    }
    push(code) {
        if (code > this.limit)
            this.widen(code);
        if (this.length === this.data.length)
            this.resize(Math.max(INITIAL, Math.ceil(this.data.length * 1.5)), this.data);
        this.data[this.length++] = code;
    }
    /** Pushes `map[codes[r]]` for r in [from, to), in one go (a row group's labels by their dictionary codes). */
    pushMapped(codes, map, from, to) {
        // The widest code in `map` bounds those of the rows: one look per distinct value rather than per row.
        let widest = 0;
        for (let i = 0; i < map.length; i++)
            widest = Math.max(widest, map[i]);
        if (widest > this.limit)
            this.widen(widest);
        const needed = this.length + (to - from);
        if (needed > this.data.length)
            this.resize(Math.max(needed, Math.ceil(this.data.length * 1.5)), this.data);
        const data = this.data;
        if (isIdentity(map)) {
            // The batch's codes are the column's (a first row group, or one whose classes come in the same order).
            data.set(codes.subarray(from, to), this.length);
        }
        else {
            let at = this.length;
            for (let r = from; r < to; r++)
                data[at++] = map[codes[r]];
        }
        this.length = needed;
    }
    /** Appends `codes[0, count)`, every one a code pushed before (so the width already holds it). */
    pushCodes(codes, count) {
        const needed = this.length + count;
        if (needed > this.data.length)
            this.resize(Math.max(needed, Math.ceil(this.data.length * 1.5)), this.data);
        this.data.set(codes.subarray(0, count), this.length);
        this.length = needed;
    }
    /** The code pushed last; -1 before any. */
    get last() {
        return this.length === 0 ? -1 : this.data[this.length - 1];
    }
    widen(code) {
        const wider = code <= 0xffff ? new Uint16Array(this.data.length) : new Int32Array(this.data.length);
        this.limit = code <= 0xffff ? 0xffff : 0x7fffffff;
        this.resize(this.data.length, wider);
    }
    resize(size, like) {
        const bigger = like instanceof Uint8Array ? new Uint8Array(size) : like instanceof Uint16Array ? new Uint16Array(size) : new Int32Array(size);
        bigger.set(this.data.subarray(0, this.length));
        this.data = bigger;
    }
    /** The codes pushed so far, in an array of exactly that length (possibly a view of a slightly larger one). */
    finish() {
        const { data, length } = this;
        if (length === data.length)
            return data;
        if (data.length - length <= length / SLACK)
            return data.subarray(0, length);
        return data.slice(0, length);
    }
}
/** True when `map` takes every code it maps to itself (-1 marks a code it does not map). */
function isIdentity(map) {
    for (let i = 0; i < map.length; i++)
        if (map[i] !== i && map[i] !== -1)
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/ingest/table/column-builders.ts





/** Past this many distinct values a label column is taken to be a regression target and stored as numbers. */
const MAX_INTERNED = 1 << 16;
/**
 * Past this many distinct values, all numbers and some not whole, a column is a regression target already:
 * scikit-learn calls such labels continuous and no classification metric accepts them. Switching early spares
 * a regression file interning strings it will never use (at 1,024 it cost a 1M-row file 8 ms of its 240).
 */
const MAX_INTERNED_FRACTIONAL = 1 << 6;
/** Interns text values into codes; used for slices. */
class CategoricalBuilder {
    name;
    codes = new GrowableCodes();
    lookup = new Map();
    values = [];
    origins = [];
    bytes = new byte_interner/* ByteInterner */.M();
    constructor(name) {
        this.name = name;
    }
    get distinct() {
        return this.values.length;
    }
    /** The value interned last. */
    get newest() {
        return this.values[this.values.length - 1];
    }
    /** The code appended last (-1 before any). */
    get lastCode() {
        return this.codes.last;
    }
    /** Appends a value by the code it was interned under. */
    pushCode(code) {
        this.codes.push(code);
    }
    /** Appends `codes[0, count)`, values interned already, by their codes. */
    pushCodes(codes, count) {
        this.codes.pushCodes(codes, count);
    }
    /** The code of a value by its UTF-8 bytes, -1 when those bytes have not been pushed yet. */
    lookupBytes(bytes, start, end) {
        return this.bytes.lookup(bytes, start, end);
    }
    /** The values interned so far, by code (the builder's own array: it grows as values are interned). */
    get valuesSoFar() {
        return this.values;
    }
    /** Appends `map[batchCodes[r]]` for rows [from, to): values interned already, by their codes. */
    pushMappedCodes(batchCodes, map, from, to) {
        this.codes.pushMapped(batchCodes, map, from, to);
    }
    /** Room for about this many rows, allocated once. */
    reserve(rows) {
        this.codes.reserve(rows);
    }
    push(text, where) {
        this.codes.push(this.intern(text, where.file, where.line ?? 0));
    }
    /** Appends a cell given as UTF-8 bytes, decoding it only when its bytes are new; true when its value is new. */
    pushBytes(bytes, start, end, file, line) {
        let code = this.bytes.lookup(bytes, start, end);
        let added = false;
        if (code < 0) {
            const before = this.values.length;
            code = this.intern((0,byte_interner/* decodeUtf8 */._)(bytes, start, end), file, line);
            added = this.values.length > before;
            this.bytes.remember(bytes, start, end, code);
        }
        this.codes.push(code);
        return added;
    }
    intern(text, file, line) {
        let code = this.lookup.get(text);
        if (code === undefined) {
            code = this.values.length;
            this.lookup.set(text, code);
            this.values.push(text);
            this.origins.push({ file, line });
        }
        return code;
    }
    /** Numeric values of every distinct text, or undefined when one of them is not a number. */
    numericValues() {
        const out = new Float64Array(this.values.length);
        for (let i = 0; i < this.values.length; i++) {
            const v = numberOf(this.values[i]);
            if (!Number.isFinite(v) || this.values[i].trim() === '')
                return undefined;
            out[i] = v;
        }
        return out;
    }
    codesSoFar() {
        return this.codes.finish();
    }
    finish() {
        return { kind: 'categorical', name: this.name, codes: this.codes.finish(), values: this.values, origins: this.origins };
    }
}
/**
 * A label or prediction column: interned while the distinct values are few (classes), switched to plain
 * numbers once they are many (a regression target), so memory stays one number per row either way.
 */
class LabelBuilder {
    name;
    categorical;
    numeric;
    reserved = 0;
    /** Every distinct value so far is a number, and at least one is not a whole number. */
    allNumbers = true;
    someFractional = false;
    /** How many distinct values the column had when it switched to numbers (for messages). */
    switchedAfter = 0;
    constructor(name) {
        this.name = name;
        this.categorical = new CategoricalBuilder(name);
    }
    reserve(rows) {
        this.reserved = rows;
        if (this.numeric)
            this.numeric.reserve(rows);
        else
            this.categorical.reserve(rows);
    }
    /**
     * Appends a non-empty cell given as UTF-8 bytes (a delimited file's `line`); the same as `push` of its text,
     * without making the text unless the value is new or is not a plain decimal (a value the parser already read
     * goes through `pushNumber`).
     */
    pushBytes(bytes, start, end, file, line, field) {
        if (this.numeric) {
            const value = parseDecimal(bytes, start, end);
            if (value === value)
                this.numeric.push(value);
            else
                this.push((0,byte_interner/* decodeUtf8 */._)(bytes, start, end), { file, line, field, unit: 'line' });
            return;
        }
        if (this.categorical.pushBytes(bytes, start, end, file, line) && this.tooManyToIntern()) {
            this.switchToNumeric({ file, line, field, unit: 'line' });
        }
    }
    /** The code of the value appended last while the column holds codes; -1 once it holds numbers. */
    get lastCode() {
        return this.numeric ? -1 : this.categorical.lastCode;
    }
    /** True while the column holds codes (not yet switched to numbers). */
    get holdsCodes() {
        return this.numeric === undefined;
    }
    /**
     * Appends rows [from, to) of a batch by the codes `lastCode` gave for their values: row r as
     * `known[batchCodes[r]]`, every one of which must be set. Only while the column `holdsCodes`.
     */
    pushKnownCodes(batchCodes, known, from, to) {
        if (this.numeric)
            throw new Error('pushKnownCodes on a column that holds numbers');
        this.categorical.pushMappedCodes(batchCodes, known, from, to);
    }
    /**
     * Appends a value by a code `lastCode` gave for it, while the column holds codes (they never change then);
     * false once it holds numbers, and the value must be appended as itself.
     */
    pushKnownCode(code) {
        if (this.numeric)
            return false;
        this.categorical.pushCode(code);
        return true;
    }
    /** The values interned so far, by code, while the column holds codes; none once it holds numbers. */
    internedValues() {
        return this.numeric ? [] : this.categorical.valuesSoFar;
    }
    /** Appends values by the codes they were interned under, while the column holds codes. */
    pushCodes(codes, count) {
        if (this.numeric)
            throw new Error('pushCodes on a column that holds numbers');
        this.categorical.pushCodes(codes, count);
    }
    /** Appends plain numbers read elsewhere (the plain-rows lane), while the column holds numbers. */
    pushNumbers(values) {
        if (!this.numeric)
            throw new Error('pushNumbers on a column that holds codes');
        this.numeric.pushAll(values);
    }
    /**
     * Appends a cell the parser read as a plain decimal, when the column already holds numbers (small enough to be
     * inlined into the per-row loop); false when it holds codes and the cell must take `pushBytes`.
     */
    pushNumber(value) {
        if (this.numeric === undefined)
            return false;
        this.numeric.push(value);
        return true;
    }
    push(text, where) {
        if (this.numeric) {
            const v = numberOf(text);
            if (!Number.isFinite(v) || text.trim() === '') {
                throw new errors/* InputError */.dz(`"${text}" is not a number, but the rows above hold ${this.switchedAfter} distinct numbers, so this column ` +
                    'was read as a regression target', where);
            }
            this.numeric.push(v);
            return;
        }
        const before = this.categorical.distinct;
        this.categorical.push(text, where);
        if (this.categorical.distinct > before && this.tooManyToIntern())
            this.switchToNumeric(where);
    }
    /** Called when a new distinct value was interned: true when the column should hold plain numbers from now on. */
    tooManyToIntern() {
        const distinct = this.categorical.distinct;
        if (this.allNumbers) {
            const text = this.categorical.newest;
            const value = numberOf(text);
            if (text.trim() === '' || !Number.isFinite(value))
                this.allNumbers = false;
            else if (!Number.isInteger(value))
                this.someFractional = true;
        }
        return distinct > MAX_INTERNED || (distinct > MAX_INTERNED_FRACTIONAL && this.allNumbers && this.someFractional);
    }
    switchToNumeric(where) {
        const byCode = this.categorical.numericValues();
        if (!byCode) {
            throw new errors/* InputError */.dz(`more than ${MAX_INTERNED} distinct values, and not all numbers: too many classes for classification`, where);
        }
        this.switchedAfter = this.categorical.distinct;
        const numeric = new GrowableFloat64();
        const codes = this.categorical.codesSoFar();
        numeric.reserve(this.reserved);
        for (const code of codes)
            numeric.push(byCode[code]);
        this.numeric = numeric;
        this.categorical = new CategoricalBuilder(this.name);
    }
    finish() {
        if (this.numeric)
            return { kind: 'numeric', name: this.name, values: this.numeric.finish() };
        return this.categorical.finish();
    }
}
/** A score or probability column; a column named as a probability must stay within [0, 1]. */
class ScoreBuilder {
    name;
    probabilityByName;
    values = new GrowableFloat64();
    inUnitInterval = true;
    constructor(name, probabilityByName) {
        this.name = name;
        this.probabilityByName = probabilityByName;
    }
    reserve(rows) {
        this.values.reserve(rows);
    }
    push(value, where) {
        if (value < 0 || value > 1)
            this.outside(value, where);
        this.values.push(value);
    }
    /** `push` for a delimited file's line, building the location only when the value is rejected. */
    pushAt(value, file, line, field) {
        if (value < 0 || value > 1)
            this.outside(value, { file, line, field, unit: 'line' });
        this.values.push(value);
    }
    outside(value, where) {
        if (this.probabilityByName)
            throw new errors/* InputError */.dz(`probability ${value} is outside [0, 1]`, where);
        this.inUnitInterval = false;
    }
    finish() {
        return {
            name: this.name,
            values: this.values.finish(),
            probabilityByName: this.probabilityByName,
            inUnitInterval: this.inUnitInterval,
        };
    }
    /**
     * `push` for a batch of values read column-wise (a Parquet row group), the first numbered `firstLine`: each is
     * checked as `push` checks it, then all are appended at once.
     */
    pushBatch(values, file, firstLine, field, unit) {
        for (let i = 0; i < values.length; i++) {
            const value = values[i];
            if (value < 0 || value > 1)
                this.outside(value, { file, line: firstLine + i, field, unit });
        }
        this.values.pushAll(values);
    }
}

;// CONCATENATED MODULE: ./src/ingest/table/column-sink.ts


/** Above this many distinct numbers in a batch, a label column is read like the row path reads it (regression). */
const MAX_BATCH_DISTINCT = 1 << 12;
/** Integer labels below this are looked up in a table rather than a map. */
const SMALL = 1 << 8;
const encoder = new TextEncoder();
function columnSink(file, plan, columns) {
    const { label, prediction, score, classScores, ids, seenIds, weights, slices, countRows } = columns;
    const classColumns = (classScores && plan.classScores?.columns) || [];
    return (batch, firstLine, count) => {
        const take = (planned) => {
            const column = batch[planned.index];
            if (!column)
                throw new Error(`column ${planned.name} missing from the batch`);
            return column;
        };
        // 1. Check everything, changing nothing.
        const labelColumn = take(plan.label);
        const predictionColumn = prediction && plan.prediction ? take(plan.prediction) : undefined;
        if (!textCellsOk(labelColumn, count, isLabelCell))
            return false;
        if (predictionColumn && !textCellsOk(predictionColumn, count, isLabelCell))
            return false;
        const scoreValues = score && plan.score ? numbersOf(take(plan.score), count, plan.score.probabilityByName ? isProbability : isFiniteNumber) : undefined;
        if (scoreValues === null)
            return false;
        const classValues = [];
        for (const column of classColumns) {
            const values = numbersOf(take(column), count, column.probabilityByName ? isProbability : isFiniteNumber);
            if (values === null)
                return false;
            classValues.push(values);
        }
        const weightValues = weights && plan.weight ? numbersOf(take(plan.weight), count, isWeight) : undefined;
        if (weightValues === null)
            return false;
        const sliceColumns = plan.slices.map(take);
        if (!sliceColumns.every((column) => textCellsOk(column, count, isSliceCell)))
            return false;
        // Ids last: they are claimed in `seenIds` while checked, and released again when one is bad.
        const idTexts = ids && plan.id ? claimIds(take(plan.id), count, seenIds) : undefined;
        if (idTexts === null)
            return false;
        // 2. Append. Only a label can still be rejected here (too many classes, found when a value is new), so label
        // and prediction go in row by row, the first such record being the one the row path names.
        const labelFeed = textFeed(labelColumn, count, plan.label.name);
        const predictionFeed = prediction && predictionColumn && plan.prediction ? textFeed(predictionColumn, count, plan.prediction.name) : undefined;
        // Runs of rows whose values both builders already hold go in as codes, in bulk; the row that ends a run
        // goes through the per-row path (which may intern a value, or reject it) before the next run starts.
        const bothHoldCodes = () => label.holdsCodes && (!prediction || !predictionFeed || prediction.holdsCodes);
        for (let r = 0; r < count; r++) {
            let run = bothHoldCodes() ? knownUntil(labelFeed, r, count) : r;
            if (prediction && predictionFeed)
                run = Math.min(run, knownUntil(predictionFeed, r, run));
            if (run > r) {
                label.pushKnownCodes(labelFeed.codes, labelFeed.known, r, run);
                if (prediction && predictionFeed)
                    prediction.pushKnownCodes(predictionFeed.codes, predictionFeed.known, r, run);
                r = run;
                if (r === count)
                    break;
            }
            pushLabelRow(label, labelFeed, r, file, firstLine + r);
            if (prediction && predictionFeed)
                pushLabelRow(prediction, predictionFeed, r, file, firstLine + r);
        }
        if (score && scoreValues && plan.score)
            score.pushBatch(scoreValues, file, firstLine, plan.score.name, 'record');
        classValues.forEach((values, k) => classScores[k].pushBatch(values, file, firstLine, classColumns[k].name, 'record'));
        if (ids && idTexts)
            for (const id of idTexts)
                ids.push(id);
        if (weights && weightValues)
            weights.pushAll(weightValues);
        sliceColumns.forEach((column, k) => {
            const feed = textFeed(column, count, plan.slices[k].name);
            for (let r = 0; r < count; r++)
                pushSliceRow(slices[k], feed, r, file, firstLine + r);
        });
        countRows(count);
        return true;
        function claimIds(column, n, seen) {
            const texts = [];
            for (let r = 0; r < n; r++) {
                const id = attempt(() => cellId(cellAt(column, r), { file }));
                if (id === undefined || seen.has(id)) {
                    for (const claimed of texts)
                        seen.delete(claimed);
                    return null;
                }
                seen.add(id);
                texts.push(id);
            }
            return texts;
        }
    };
}
/** What `read` returns, or undefined when it rejects the cell with an `InputError`. */
function attempt(read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            return undefined;
        throw error;
    }
}
/** The cell at row `r`, as the row path would see it. */
function cellAt(column, r) {
    switch (column.kind) {
        case 'numbers':
            return column.valid && column.valid[r] === 0 ? null : column.values[r];
        case 'coded':
            return column.values[column.codes[r]];
        case 'cells':
            return column.cells[r];
    }
}
/** A cell `cellText` takes: a non-empty string, a number or a boolean. */
function isLabelCell(cell) {
    return typeof cell === 'string' ? cell !== '' : typeof cell === 'number' || typeof cell === 'boolean';
}
/** A cell `cellSliceText` takes: a label cell, or an empty or missing one (its own group). */
function isSliceCell(cell) {
    return cell === '' || cell === null || cell === undefined || isLabelCell(cell);
}
function textCellsOk(column, count, ok) {
    switch (column.kind) {
        case 'numbers': {
            if (!column.valid || ok(null))
                return true;
            const valid = column.valid;
            for (let r = 0; r < count; r++)
                if (valid[r] === 0)
                    return false;
            return true;
        }
        case 'coded': {
            const bad = column.values.map((value) => !ok(value));
            if (!bad.includes(true))
                return true;
            const codes = column.codes;
            for (let r = 0; r < count; r++)
                if (bad[codes[r]])
                    return false;
            return true;
        }
        case 'cells':
            for (let r = 0; r < count; r++)
                if (!ok(column.cells[r]))
                    return false;
            return true;
    }
}
const isFiniteNumber = (value) => Number.isFinite(value);
const isProbability = (value) => value >= 0 && value <= 1;
const isWeight = (value) => Number.isFinite(value) && !(value < 0);
/** A numeric column's values when every cell is a finite number that passes `ok`, else null. */
function numbersOf(column, count, ok) {
    if (column.kind === 'numbers') {
        const { values, valid } = column;
        for (let r = 0; r < count; r++) {
            if ((valid && valid[r] === 0) || !ok(values[r]))
                return null;
        }
        return values.length === count ? values : values.subarray(0, count);
    }
    // Cells of other types go through `cellNumber`, as in the row path: numeric text is read as a number.
    const numberOf = (cell) => {
        const value = attempt(() => cellNumber(cell, { file: '' }));
        return value !== undefined && ok(value) ? value : Number.NaN;
    };
    const out = new Float64Array(count);
    if (column.kind === 'coded') {
        const byCode = column.values.map(numberOf);
        for (let r = 0; r < count; r++)
            out[r] = byCode[column.codes[r]];
    }
    else {
        for (let r = 0; r < count; r++)
            out[r] = numberOf(column.cells[r]);
    }
    // NaN marks a rejected cell (`ok` accepts no NaN, and `cellNumber` returns none).
    for (let r = 0; r < count; r++)
        if (out[r] !== out[r])
            return null;
    return out;
}
function textFeed(column, count, field) {
    const coded = batchCodes(column, count);
    const cells = coded?.cells ?? [];
    return {
        column,
        field,
        codes: coded?.codes,
        cells,
        spellings: new Array(cells.length).fill(undefined),
        known: new Int32Array(cells.length).fill(-1),
        unknown: cells.length,
    };
}
/** Codes into the distinct cells of a column; undefined for `cells` columns and many distinct numbers. */
function batchCodes(column, count) {
    if (column.kind === 'coded')
        return { codes: column.codes, cells: column.values };
    if (column.kind === 'cells')
        return undefined;
    const { values, valid } = column;
    const codes = new Int32Array(count);
    const cells = [];
    // Small non-negative integers by table, other numbers by map.
    const small = new Int32Array(SMALL).fill(-1);
    const others = new Map();
    let nullCode = -1;
    for (let r = 0; r < count; r++) {
        if (valid && valid[r] === 0) {
            if (nullCode < 0)
                nullCode = cells.push(null) - 1;
            codes[r] = nullCode;
            continue;
        }
        const value = values[r];
        if (value >>> 0 === value && value < SMALL) {
            let code = small[value];
            if (code < 0)
                code = small[value] = cells.push(value) - 1;
            codes[r] = code;
            continue;
        }
        let code = others.get(value);
        if (code === undefined) {
            if (others.size >= MAX_BATCH_DISTINCT)
                return undefined;
            code = cells.push(value) - 1;
            others.set(value, code);
        }
        codes[r] = code;
    }
    return { codes, cells };
}
/** The first row from `from` on whose value the label builder does not hold a code for yet (`to` if none). */
function knownUntil(feed, from, to) {
    const { codes, known } = feed;
    if (!codes)
        return from;
    if (feed.unknown === 0)
        return to;
    let r = from;
    while (r < to && known[codes[r]] >= 0)
        r++;
    return r;
}
function pushLabelRow(builder, feed, r, file, line) {
    const codes = feed.codes;
    if (codes) {
        const code = codes[r];
        // A value this batch already appended: its code, without looking its bytes up again (one store per row).
        const known = feed.known[code];
        if (known >= 0 && builder.pushKnownCode(known))
            return;
        const spelling = feed.spellings[code];
        if (spelling !== undefined) {
            builder.pushBytes(spelling, 0, spelling.length, file, line, feed.field);
        }
        else {
            const at = { file, line, field: feed.field, unit: 'record' };
            const text = cellText(feed.cells[code], at);
            builder.push(text, at);
            feed.spellings[code] = encoder.encode(text);
        }
        feed.known[code] = builder.lastCode;
        if (builder.lastCode >= 0)
            feed.unknown--;
        return;
    }
    const at = { file, line, field: feed.field, unit: 'record' };
    builder.push(cellText(cellAt(feed.column, r), at), at);
}
function pushSliceRow(builder, feed, r, file, line) {
    const codes = feed.codes;
    if (codes) {
        const code = codes[r];
        const spelling = feed.spellings[code];
        if (spelling !== undefined) {
            builder.pushBytes(spelling, 0, spelling.length, file, line);
            return;
        }
        const at = { file, line, field: feed.field, unit: 'record' };
        const text = cellSliceText(feed.cells[code], at);
        builder.push(text, at);
        feed.spellings[code] = encoder.encode(text);
        return;
    }
    const at = { file, line, field: feed.field, unit: 'record' };
    builder.push(cellSliceText(cellAt(feed.column, r), at), at);
}

;// CONCATENATED MODULE: ./src/ingest/table/record-sink.ts



/**
 * Appends the records of one delimited file to the columns, straight from their bytes: labels through their
 * byte interner, numbers through the exact fast path of `parseDecimal`. Every cell that the fast paths do not
 * take (quoted with escapes, not a plain decimal, an error) goes through the same functions as text cells, so
 * values and messages are those of the string reader, and checks run in the same order: label, prediction,
 * score, class scores, id, weight, slices.
 */
function recordSink(file, plan, columns) {
    const { label, prediction, score, classScores, ids, seenIds, weights, slices, countRow } = columns;
    const labelAt = plan.label.index;
    const labelName = plan.label.name;
    const predictionAt = plan.prediction?.index ?? -1;
    const predictionName = plan.prediction?.name ?? '';
    const scoreAt = plan.score?.index ?? -1;
    const scoreName = plan.score?.name ?? '';
    const classColumns = (classScores && plan.classScores?.columns) || [];
    const idAt = plan.id?.index ?? -1;
    const idName = plan.id?.name ?? '';
    const weightAt = plan.weight?.index ?? -1;
    const weightName = plan.weight?.name ?? '';
    const sliceColumns = plan.slices;
    const classAt = Int32Array.from(classColumns, (column) => column.index);
    const where = (line, field) => ({ file, line, field, unit: 'line' });
    return (record) => {
        const line = record.line;
        // Numbers are read in place, the common case first (a call returning a double allocates a heap number).
        const numbers = record.numbers;
        let scanned = numbers[labelAt];
        if (!(scanned === scanned && label.pushNumber(scanned)))
            pushLabel(label, record, labelAt, file, line, labelName);
        if (prediction && predictionAt >= 0) {
            scanned = numbers[predictionAt];
            if (!(scanned === scanned && prediction.pushNumber(scanned)))
                pushLabel(prediction, record, predictionAt, file, line, predictionName);
        }
        if (score && scoreAt >= 0) {
            scanned = numbers[scoreAt];
            score.pushAt(scanned === scanned ? scanned : record_sink_numberAt(record, scoreAt, file, line, scoreName), file, line, scoreName);
        }
        for (let k = 0; k < classAt.length; k++) {
            const at = classAt[k];
            scanned = numbers[at];
            const name = classColumns[k].name;
            classScores[k].pushAt(scanned === scanned ? scanned : record_sink_numberAt(record, at, file, line, name), file, line, name);
        }
        if (ids && idAt >= 0) {
            const id = cellId(record.text(idAt), where(line, idName));
            if (seenIds.has(id)) {
                throw new errors/* InputError */.dz(`duplicate id "${id}"; ids must be unique across all files`, where(line, idName));
            }
            seenIds.add(id);
            ids.push(id);
        }
        if (weights && weightAt >= 0) {
            const w = record_sink_numberAt(record, weightAt, file, line, weightName);
            if (w < 0)
                throw new errors/* InputError */.dz(`negative sample weight ${w}`, where(line, weightName));
            weights.push(w);
        }
        for (let k = 0; k < sliceColumns.length; k++) {
            const column = sliceColumns[k];
            const at = column.index;
            if (record.escaped[at] === 0)
                slices[k].pushBytes(record.bytes, record.starts[at], record.ends[at], file, line);
            else
                slices[k].push(record.text(at), where(line, column.name));
        }
        countRow();
    };
}
/** A label or prediction cell: never empty; a cell with escaped quotes is interned by its text. */
function pushLabel(builder, record, k, file, line, field) {
    const start = record.starts[k];
    const end = record.ends[k];
    if (record.escaped[k] !== 0) {
        builder.push(record.text(k), { file, line, field, unit: 'line' });
    }
    else if (start === end) {
        throw new errors/* InputError */.dz('empty cell; every row needs a value here', { file, line, field, unit: 'line' });
    }
    else {
        builder.pushBytes(record.bytes, start, end, file, line, field);
    }
}
/**
 * A number cell: the value read while scanning, else the exact fast path for plain decimals, else `cellNumber`
 * on its text (its values and its errors).
 */
function record_sink_numberAt(record, k, file, line, field) {
    const scanned = record.numbers[k];
    if (scanned === scanned)
        return scanned;
    if (record.escaped[k] === 0) {
        const value = parseDecimal(record.bytes, record.starts[k], record.ends[k]);
        if (value === value)
            return value;
    }
    return cellNumber(record.text(k), { file, line, field, unit: 'line' });
}

;// CONCATENATED MODULE: ./src/ingest/table/table-builder.ts







/** Roles of a column, as flags: read as a label or prediction, as a number, as an id, as a slice value. */
const ROLE_LABEL = 1;
const ROLE_NUMBER = 2;
const ROLE_ID = 4;
const ROLE_SLICE = 8;
/**
 * Builds one table from one or more files (shards). Each file is planned from its own header; every shard must
 * carry the same roles, so that concatenating them means the same thing.
 */
class table_builder_PredictionTableBuilder {
    overrides;
    files = [];
    notes = new Set();
    shape;
    label;
    prediction;
    score;
    classScores;
    classNames;
    ids;
    seenIds = new Set();
    weights;
    slices = [];
    rows = 0;
    constructor(overrides) {
        this.overrides = overrides;
    }
    /** Plans the columns of a file from its header and first record, and returns the sink for its records. */
    beginFile(file, header, firstRow, unit = 'line') {
        return this.start(file, header, firstRow, unit).rows;
    }
    start(file, header, firstRow, unit) {
        const plan = (0,table_columns/* planColumns */.j)(header, this.overrides, file);
        for (const hint of plan.hints)
            this.notes.add(hint);
        const vector = plan.score && firstRow ? vectorShape(firstRow[plan.score.index]) : undefined;
        this.adopt(file, plan, vector);
        this.files.push(file);
        return { plan, vector, rows: this.sinkFor(file, plan, vector, unit) };
    }
    /**
     * `beginFile` for JSON Lines read as bytes: the sink for records parsed with `JSON.parse`, and, unless the
     * score column holds per-class arrays or objects, a sink for records scanned from their bytes, which runs the
     * same checks with the same messages (see `recordSink`). `roles` gives the `ROLE_*` flags of each header
     * position, so the scanner knows which values it must hand over and how they will be read.
     */
    beginJsonLines(file, header, firstRow) {
        const { plan, vector, rows } = this.start(file, header, firstRow, 'line');
        if (vector)
            return { rows, records: undefined, roles: new Uint8Array(header.length) };
        const roles = new Uint8Array(header.length);
        const mark = (column, role) => {
            if (column)
                roles[column.index] |= role;
        };
        mark(plan.label, ROLE_LABEL);
        mark(plan.prediction, ROLE_LABEL);
        mark(plan.score, ROLE_NUMBER);
        for (const column of plan.classScores?.columns ?? [])
            mark(column, ROLE_NUMBER);
        mark(plan.weight, ROLE_NUMBER);
        mark(plan.id, ROLE_ID);
        for (const column of plan.slices)
            mark(column, ROLE_SLICE);
        return { rows, records: this.recordSinkFor(file, plan), roles };
    }
    /**
     * `beginFile` for a CSV or TSV file read as bytes: the same plan, checks and messages as its rows passed to
     * a `RowSink` as strings, without making a string per cell. `makeLane` may offer a lane that reads plain
     * records into the columns without the sink (the delimited reader's plain-rows-lane.ts).
     */
    beginRecords(file, header, makeLane) {
        const plan = (0,table_columns/* planColumns */.j)(header, this.overrides, file);
        for (const hint of plan.hints)
            this.notes.add(hint);
        this.adopt(file, plan, undefined);
        this.files.push(file);
        const sink = this.recordSinkFor(file, plan);
        // Labels too: a regression target is stored as numbers, and then its value read while scanning is used.
        const numericColumns = [plan.label, plan.prediction, plan.score, ...(plan.classScores?.columns ?? []), plan.weight].flatMap((c) => c ? [c.index] : []);
        const lane = makeLane(plan, this.sinkColumns());
        return { sink, numericColumns, lane };
    }
    recordSinkFor(file, plan) {
        return recordSink(file, plan, this.sinkColumns());
    }
    /** The columns adopted for the first file, as the byte and batch sinks append to them. */
    sinkColumns() {
        return {
            label: this.label,
            prediction: this.prediction,
            score: this.score,
            classScores: this.classScores,
            ids: this.ids,
            seenIds: this.seenIds,
            weights: this.weights,
            slices: this.slices,
            countRow: () => this.rows++,
            countRows: (rows) => (this.rows += rows),
        };
    }
    /** Makes room for about this many rows in every column, once, when a reader can estimate the total. */
    reserve(rows) {
        this.label?.reserve(rows);
        this.prediction?.reserve(rows);
        this.score?.reserve(rows);
        for (const column of this.classScores ?? [])
            column.reserve(rows);
        this.weights?.reserve(rows);
        for (const slice of this.slices)
            slice.reserve(rows);
    }
    adopt(file, plan, vector) {
        const shape = JSON.stringify({
            prediction: plan.prediction !== undefined,
            score: plan.score !== undefined && !vector,
            classScores: vector ?? plan.classScores?.classNames ?? null,
            id: plan.id !== undefined,
            weight: plan.weight !== undefined,
            slices: plan.slices.length,
        });
        if (this.shape === undefined) {
            this.shape = shape;
            this.label = new LabelBuilder(plan.label.name);
            this.prediction = plan.prediction && new LabelBuilder(plan.prediction.name);
            if (vector) {
                const width = vector.kind === 'array' ? vector.width : vector.keys.length;
                this.classNames = vector.kind === 'object' ? vector.keys : undefined;
                this.classScores = Array.from({ length: width }, (_, k) => {
                    const name = `${plan.score.name}[${vector.kind === 'object' ? vector.keys[k] : k}]`;
                    return new ScoreBuilder(name, plan.score.probabilityByName);
                });
            }
            else {
                this.score = plan.score && new ScoreBuilder(plan.score.name, plan.score.probabilityByName);
                if (plan.classScores) {
                    this.classNames = plan.classScores.classNames;
                    this.classScores = plan.classScores.columns.map((c) => new ScoreBuilder(c.name, c.probabilityByName));
                }
            }
            this.ids = plan.id && [];
            this.weights = plan.weight && new GrowableFloat64();
            this.slices = plan.slices.map((s) => new CategoricalBuilder(s.name));
        }
        else if (shape !== this.shape) {
            throw new errors/* InputError */.dz(`this shard's columns do not match those of ${this.files[0]} (every shard needs the same label, ` +
                'prediction, score, id, weight and slice columns)', { file, line: 1 });
        }
    }
    sinkFor(file, plan, vector, unit) {
        const label = this.label;
        const prediction = this.prediction;
        const score = this.score;
        const classScores = this.classScores;
        const ids = this.ids;
        const weights = this.weights;
        const slices = this.slices;
        const where = (line, field) => ({ file, line, field, unit });
        return (cells, line) => {
            const at = where(line, plan.label.name);
            label.push(cellText(cells[plan.label.index], at), at);
            if (prediction && plan.prediction) {
                const at = where(line, plan.prediction.name);
                prediction.push(cellText(cells[plan.prediction.index], at), at);
            }
            if (score && plan.score) {
                const at = where(line, plan.score.name);
                score.push(cellNumber(cells[plan.score.index], at), at);
            }
            if (classScores) {
                if (vector && plan.score) {
                    pushVector(cells[plan.score.index], vector, classScores, where(line, plan.score.name));
                }
                else if (plan.classScores) {
                    plan.classScores.columns.forEach((column, k) => {
                        const at = where(line, column.name);
                        classScores[k].push(cellNumber(cells[column.index], at), at);
                    });
                }
            }
            if (ids && plan.id) {
                const id = cellId(cells[plan.id.index], where(line, plan.id.name));
                if (this.seenIds.has(id)) {
                    throw new errors/* InputError */.dz(`duplicate id "${id}"; ids must be unique across all files`, where(line, plan.id.name));
                }
                this.seenIds.add(id);
                ids.push(id);
            }
            if (weights && plan.weight) {
                const w = cellNumber(cells[plan.weight.index], where(line, plan.weight.name));
                if (w < 0)
                    throw new errors/* InputError */.dz(`negative sample weight ${w}`, where(line, plan.weight.name));
                weights.push(w);
            }
            plan.slices.forEach((s, k) => {
                const at = where(line, s.name);
                slices[k].push(cellSliceText(cells[s.index], at), at);
            });
            this.rows++;
        };
    }
    /** The rows appended so far; a reader checks it to reject files without data rows. */
    get rowCount() {
        return this.rows;
    }
    finish() {
        if (!this.label)
            throw new Error('finish() before any file');
        return {
            files: this.files,
            n: this.rows,
            label: this.label.finish(),
            prediction: this.prediction?.finish(),
            score: this.score?.finish(),
            classScores: this.classScores && { names: this.classNames, columns: this.classScores.map((c) => c.finish()) },
            ids: this.ids,
            weights: this.weights?.finish(),
            slices: this.slices.map((s) => s.finish()),
            notes: [...this.notes],
        };
    }
    /**
     * `beginFile` for a columnar reader (Parquet, records numbered from 1): the same plan and checks, with a sink
     * that appends a batch of rows column by column and the row sink for the batches that one declines. The file's
     * columns are flat (a list of scores takes `beginFile`).
     */
    beginColumns(file, header) {
        const rows = this.beginFile(file, header, undefined, 'record');
        const columns = columnSink(file, (0,table_columns/* planColumns */.j)(header, this.overrides, file), this.sinkColumns());
        return { rows, columns };
    }
}
function vectorShape(cell) {
    if (Array.isArray(cell))
        return { kind: 'array', width: cell.length };
    if (cell !== null && typeof cell === 'object')
        return { kind: 'object', keys: Object.keys(cell) };
    return undefined;
}
function pushVector(cell, vector, columns, where) {
    if (vector.kind === 'array') {
        if (!Array.isArray(cell) || cell.length !== vector.width) {
            throw new errors/* InputError */.dz(`expected an array of ${vector.width} scores, found ${describeJson(cell)}`, where);
        }
        cell.forEach((v, k) => columns[k].push(cellNumber(v, where), where));
        return;
    }
    if (cell === null || typeof cell !== 'object' || Array.isArray(cell)) {
        throw new errors/* InputError */.dz(`expected an object of per-class scores, found ${describeJson(cell)}`, where);
    }
    const record = cell;
    if (Object.keys(record).length !== vector.keys.length) {
        throw new errors/* InputError */.dz(`expected scores for the classes ${vector.keys.join(', ')}`, where);
    }
    vector.keys.forEach((key, k) => {
        if (!(key in record))
            throw new errors/* InputError */.dz(`no score for class "${key}"`, where);
        columns[k].push(cellNumber(record[key], where), where);
    });
}

;// CONCATENATED MODULE: ./src/ingest/formats/json-lines.ts










/**
 * JSON Lines read from UTF-8 bytes as they stream in, with the rules of the reader that parsed the whole text:
 * lines split on LF, each trimmed as `String#trim` does (CR, byte-order marks, other white space), blank ones
 * skipped, every other one a JSON object read with `JSON.parse`; the keys of the first record are the header.
 *
 * After the first record, a line that is a flat object (strings without escapes, numbers, `true`, `false`,
 * `null`; nested values only under keys no column reads) is scanned straight from its bytes into the columns,
 * through the byte sink of CSV files: labels by their bytes, numbers through `parseDecimal`. The scanner takes
 * a line only once it has checked all of it, and only when the values it hands over will be read as
 * `JSON.parse`'s values would be; any other line (escapes in a value that is read, nested values that are read,
 * a missing or repeated key, unusual white space, invalid JSON) is decoded and goes through `JSON.parse`, so
 * tables and messages do not depend on which path a line took. Only the line being read is kept.
 */
/** A record whose fields are ranges of the line's bytes, or (when `escaped[k]`) the text `overrides[k]`. */
class JsonRecordView extends RecordView {
    overrides;
    constructor(fields) {
        super();
        const size = Math.max(fields, 1);
        this.starts = new Int32Array(size);
        this.ends = new Int32Array(size);
        this.escaped = new Uint8Array(size);
        this.numbers = new Float64Array(size).fill(Number.NaN);
        this.overrides = new Array(size).fill(undefined);
        this.count = fields;
    }
    text(k) {
        return this.escaped[k] === 0 ? (0,byte_interner/* decodeUtf8 */._)(this.bytes, this.starts[k], this.ends[k]) : this.overrides[k];
    }
}
/**
 * Reads one JSON Lines file pushed in chunks, which may split it anywhere (inside a value, a CRLF or a
 * multi-byte character): the result does not depend on where.
 */
class JsonLinesReader {
    file;
    builder;
    carry = new ByteCarry();
    /** Lines handed over so far (the next line's number minus one). */
    line = 0;
    keys;
    rows;
    scanner;
    /** Lines after the first that went through `JSON.parse` (blank lines not counted); for tests. */
    parsedLines = 0;
    constructor(file, builder) {
        this.file = file;
        this.builder = builder;
    }
    /** True once the first record was read (its keys planned the columns). */
    get started() {
        return this.keys !== undefined;
    }
    push(chunk) {
        let from = 0;
        if (this.carry.length > 0) {
            const lf = chunk.indexOf(LF);
            if (lf < 0) {
                this.carry.append(chunk, 0, chunk.length);
                return;
            }
            this.carry.append(chunk, 0, lf);
            const line = this.carry.take();
            this.readLine(line, 0, line.length);
            from = lf + 1;
        }
        const end = chunk.length;
        while (from < end) {
            const scanner = this.scanner;
            const done = scanner ? scanner.scan(chunk, from, end, false, this.line + 1) : DECLINED;
            if (done >= 0) {
                this.line++;
                from = done + 1;
                continue;
            }
            if (done === INCOMPLETE)
                break;
            const lf = chunk.indexOf(LF, from);
            if (lf < 0)
                break;
            this.readLine(chunk, from, lf);
            from = lf + 1;
        }
        if (from < end)
            this.carry.append(chunk, from, end);
    }
    /** Reads the last line (one without a line break); a file without records is bad input. */
    finish() {
        if (this.carry.length > 0) {
            const line = this.carry.take();
            this.readLine(line, 0, line.length);
        }
        this.carry.release();
        this.scanner?.release();
        if (!this.keys)
            throw new errors/* InputError */.dz('empty file: no JSON records', { file: this.file });
    }
    /** One whole line `bytes[start, end)`, its line break excluded: scanned when it can be, else parsed. */
    readLine(bytes, start, end) {
        const line = ++this.line;
        if (this.scanner && this.scanner.scan(bytes, start, end, true, line) >= 0)
            return;
        this.parseLine(bytes, start, end, line);
    }
    parseLine(bytes, start, end, line) {
        const text = (0,byte_interner/* decodeUtf8 */._)(bytes, start, end).trim();
        if (text === '')
            return;
        let value;
        try {
            value = JSON.parse(protectBigIntegers(text));
        }
        catch (error) {
            throw new errors/* InputError */.dz(`not valid JSON (${error.message})`, { file: this.file, line });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* InputError */.dz(`expected a JSON object per line, found ${describeJson(value)}`, { file: this.file, line });
        }
        const record = value;
        if (!this.keys) {
            const keys = Object.keys(record);
            const sinks = this.builder.beginJsonLines(this.file, keys, keys.map((k) => record[k]));
            this.keys = keys;
            this.rows = sinks.rows;
            if (sinks.records)
                this.scanner = new LineScanner(keys, sinks.roles, sinks.records);
        }
        else {
            this.parsedLines++;
        }
        const keys = this.keys;
        this.rows(keys.map((k) => record[k]), line);
    }
}
/**
 * Scans one line as a flat JSON object into a `JsonRecordView` and hands it to the byte sink, or declines it
 * without side effects. It validates every byte of the line as JSON before handing anything over.
 */
class LineScanner {
    roles;
    sink;
    view;
    keyBytes;
    keyIndex = new Map();
    /** The line stamp at which each header key was last seen, to find repeated keys. */
    seen;
    stamp = 0;
    kept;
    constructor(keys, roles, sink) {
        this.roles = roles;
        this.sink = sink;
        this.view = new JsonRecordView(keys.length);
        const encoder = new TextEncoder();
        // A key that JSON must escape is never matched in place (its lines are declined at the escape).
        this.keyBytes = keys.map((k) => (needsEscape(k) ? undefined : encoder.encode(k)));
        keys.forEach((k, index) => this.keyIndex.set(k, index));
        this.seen = new Int32Array(Math.max(keys.length, 1));
        this.kept = roles.reduce((n, role) => n + (role === 0 ? 0 : 1), 0);
    }
    /** Drops the reference to the last chunk. */
    release() {
        this.view.bytes = new Uint8Array(0);
    }
    /**
     * Scans the line starting at `start`. Returns the position of its line break (or `end` when `final`, the line
     * then being `bytes[start, end)`) once the record went to the sink or the line was blank; DECLINED when the
     * line must be parsed; INCOMPLETE when the line runs past `end` and more bytes will follow.
     */
    scan(bytes, start, end, final, line) {
        const short = final ? DECLINED : INCOMPLETE;
        const roles = this.roles;
        const view = this.view;
        let p = skipSpace(bytes, start, end);
        if (p === end)
            return final ? end : INCOMPLETE;
        if (bytes[p] === LF)
            return p;
        if (bytes[p] !== OPEN_BRACE)
            return DECLINED;
        p = skipSpace(bytes, p + 1, end);
        if (p === end)
            return short;
        if (bytes[p] === CLOSE_BRACE)
            return DECLINED; // `{}`: leave it to the parser
        const stamp = ++this.stamp;
        const seen = this.seen;
        const keyBytes = this.keyBytes;
        let expected = 0;
        let found = 0;
        for (;;) {
            // The key: most often the header's next one, compared in place; else looked up by its text.
            if (bytes[p] !== QUOTE)
                return DECLINED;
            const keyStart = p + 1;
            const guess = expected < keyBytes.length ? keyBytes[expected] : undefined;
            let q = guess ? matchKey(guess, bytes, keyStart, end) : -1;
            let k = -1;
            if (q >= 0) {
                k = expected;
            }
            else {
                q = keyStart;
                while (q < end) {
                    const c = bytes[q];
                    if (c === QUOTE)
                        break;
                    if (c === BACKSLASH || c < SPACE)
                        return DECLINED;
                    q++;
                }
                if (q === end)
                    return short;
                k = this.keyIndex.get((0,byte_interner/* decodeUtf8 */._)(bytes, keyStart, q)) ?? -1;
            }
            const role = k >= 0 ? roles[k] : 0;
            if (k >= 0) {
                expected = k + 1;
                if (role !== 0) {
                    if (seen[k] === stamp)
                        return DECLINED; // a repeated key: the last one wins in `JSON.parse`
                    seen[k] = stamp;
                    found++;
                }
            }
            p = skipSpace(bytes, q + 1, end);
            if (p === end)
                return short;
            if (bytes[p] !== COLON)
                return DECLINED;
            p = skipSpace(bytes, p + 1, end);
            if (p === end)
                return short;
            // The value.
            const c = bytes[p];
            const valueStart = p;
            if (c === QUOTE) {
                q = p + 1;
                while (q < end) {
                    const b = bytes[q];
                    if (b === QUOTE)
                        break;
                    if (b === BACKSLASH || b < SPACE)
                        break;
                    q++;
                }
                if (q === end)
                    return short;
                if (bytes[q] !== QUOTE) {
                    if (role !== 0 || bytes[q] !== BACKSLASH)
                        return DECLINED;
                    q = skipString(bytes, p, end);
                    if (q < 0)
                        return q === INCOMPLETE ? short : DECLINED;
                    p = q;
                }
                else {
                    if (role !== 0) {
                        view.starts[k] = p + 1;
                        view.ends[k] = q;
                        view.escaped[k] = 0;
                        view.numbers[k] = Number.NaN;
                    }
                    p = q + 1;
                }
            }
            else if (c === json_lexer_MINUS || (c >= json_lexer_ZERO && c <= json_lexer_ZERO + 9)) {
                q = skipNumber(bytes, p, end);
                if (q < 0)
                    return DECLINED;
                if (q === end)
                    return short; // more digits may follow
                if (role !== 0 && !this.takeNumber(bytes, valueStart, q, k, role))
                    return DECLINED;
                p = q;
            }
            else if (c === LOWER_T || c === LOWER_F || c === LOWER_N) {
                const word = c === LOWER_T ? TRUE : c === LOWER_F ? FALSE : NULL;
                if (p + word.length > end)
                    return short;
                for (let i = 1; i < word.length; i++)
                    if (bytes[p + i] !== word[i])
                        return DECLINED;
                p += word.length;
                if (role !== 0) {
                    if (c === LOWER_N) {
                        // `null` is an empty slice value; anywhere else it is an error, which the parser words.
                        if (role !== ROLE_SLICE)
                            return DECLINED;
                        view.starts[k] = valueStart;
                        view.ends[k] = valueStart;
                    }
                    else {
                        if ((role & ROLE_NUMBER) !== 0)
                            return DECLINED;
                        view.starts[k] = valueStart;
                        view.ends[k] = p;
                    }
                    view.escaped[k] = 0;
                    view.numbers[k] = Number.NaN;
                }
            }
            else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                if (role !== 0)
                    return DECLINED;
                q = skipNested(bytes, p, end);
                if (q < 0)
                    return q === INCOMPLETE ? short : DECLINED;
                p = q;
            }
            else {
                return DECLINED;
            }
            p = skipSpace(bytes, p, end);
            if (p === end)
                return short;
            if (bytes[p] === COMMA) {
                p = skipSpace(bytes, p + 1, end);
                if (p === end)
                    return short;
                continue;
            }
            if (bytes[p] !== CLOSE_BRACE)
                return DECLINED;
            break;
        }
        p = skipSpace(bytes, p + 1, end);
        let lineEnd;
        if (p === end) {
            if (!final)
                return INCOMPLETE;
            lineEnd = end;
        }
        else if (bytes[p] === LF) {
            lineEnd = p;
        }
        else {
            return DECLINED;
        }
        if (found !== this.kept)
            return DECLINED; // a key that is read is missing
        view.bytes = bytes;
        view.line = line;
        this.sink(view);
        return lineEnd;
    }
    /**
     * Puts the JSON number `bytes[start, end)` into field `k`, to be read as `JSON.parse`'s value would be: as a
     * number through `parseDecimal` (else `Number` of the same text, by the sink), as label text spelled as
     * `String(value)`. False when that cannot be had here (an id that is not a plain integer; a number read both
     * as a number and as text that is not written as it prints).
     */
    takeNumber(bytes, start, end, k, role) {
        const view = this.view;
        view.numbers[k] = (role & ROLE_NUMBER) !== 0 ? parseDecimal(bytes, start, end) : Number.NaN;
        view.starts[k] = start;
        view.ends[k] = end;
        view.escaped[k] = 0;
        if (role === ROLE_NUMBER || printsAsWritten(bytes, start, end))
            return true;
        if ((role & (ROLE_NUMBER | ROLE_ID)) !== 0)
            return false;
        view.escaped[k] = 1;
        const written = (0,byte_interner/* decodeUtf8 */._)(bytes, start, end);
        view.overrides[k] = protectBigIntegers(written) === written ? String(Number(written)) : written;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/ingest/formats/json-records.ts






/** JSON Lines (see `JsonLinesReader`, which reads them from streamed bytes too) and JSON documents. */
/** JSON Lines already decoded to text, read as its UTF-8 bytes by the same reader as streamed files. */
function readJsonLines(file, builder) {
    const reader = new JsonLinesReader(file.name, builder);
    reader.push(new TextEncoder().encode(file.text));
    reader.finish();
}
/**
 * A JSON document: an array of records, an object of equal-length column arrays, or one of pandas' `to_json()`
 * layouts: `columns` (the default: an object of columns, each an object keyed by row index), `index` (an
 * object of rows keyed by index), `split` (`columns`, `index`, `data`), `table` (`schema`, `data` records).
 * `values` (rows as arrays, no names) is refused: the columns cannot be told apart.
 */
function readJsonDocument(file, builder) {
    // An array of records is read record by record, by the reader of streamed documents (same values, same messages).
    if (/^\uFEFF?[ \t\r\n]*\[[ \t\r\n]*\[/.test(file.text)) {
        throw new errors/* InputError */.dz("an array of arrays (pandas to_json(orient='values')) has no column names; write records, e.g. orient='records'", {
            file: file.name,
        });
    }
    if (/^\uFEFF?[ \t\r\n]*\[/.test(file.text)) {
        const bytes = new TextEncoder().encode(file.text);
        const reader = new JsonArrayReader(file.name, recordsInto(file.name, builder), 1);
        // In slices of a megabyte, as if streamed: one parse per slice, not one array the size of the document.
        for (let at = 0; at < bytes.length; at += 1 << 20)
            reader.push(bytes.subarray(at, at + (1 << 20)));
        reader.finish();
        return;
    }
    let doc;
    try {
        doc = JSON.parse(protectBigIntegers(file.text.replace(/^\uFEFF/, '')));
    }
    catch (error) {
        const text = file.text.trim();
        if (text === '')
            throw new errors/* InputError */.dz('empty file', { file: file.name });
        throw new errors/* InputError */.dz(`not valid JSON (${error.message})`, { file: file.name });
    }
    if (doc !== null && typeof doc === 'object') {
        const columns = pandasColumns(doc, file.name);
        const keys = Object.keys(columns);
        if (keys.length === 0)
            throw new errors/* InputError */.dz('empty JSON object: no columns', { file: file.name });
        const cellAt = columnAccessor(columns, keys, file.name);
        const rows = cellAt.rows;
        if (rows === 0)
            throw new errors/* InputError */.dz('no data rows', { file: file.name });
        const sink = builder.beginFile(file.name, keys, keys.map((_, c) => cellAt(c, 0)), 'record');
        for (let r = 0; r < rows; r++)
            sink(keys.map((_, c) => cellAt(c, r)), r + 1);
        return;
    }
    throw new errors/* InputError */.dz(`expected an array of records or an object of columns, found ${describeJson(doc)}`, {
        file: file.name,
    });
}
/** The columns of pandas' `split`, `table` and `index` layouts, as an object of columns; others as they are. */
function pandasColumns(doc, file) {
    const keys = Object.keys(doc).sort().join(',');
    const data = doc.data;
    if ((keys === 'columns,data,index' || keys === 'columns,data') && Array.isArray(doc.columns) && Array.isArray(data)) {
        const names = doc.columns.map(String);
        const out = Object.fromEntries(names.map((name) => [name, []]));
        data.forEach((row, r) => {
            if (!Array.isArray(row) || row.length !== names.length) {
                throw new errors/* InputError */.dz(`row ${r + 1} of "data" has ${Array.isArray(row) ? row.length : 'no'} values for ${names.length} columns`, { file });
            }
            names.forEach((name, c) => out[name].push(row[c]));
        });
        return out;
    }
    if (keys === 'data,schema' && Array.isArray(data))
        return recordsAsColumns(data, file);
    // orient='index': rows keyed by index, each an object of the same columns.
    const values = Object.values(doc);
    const rowLike = values.length > 0 && values.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
    if (rowLike && !Object.keys(doc).some(isPredictionColumn) && Object.keys(values[0]).some(isPredictionColumn)) {
        return recordsAsColumns(values, file);
    }
    return doc;
}
/** Records (objects with the same keys) as an object of column arrays. */
function recordsAsColumns(records, file) {
    const first = records[0];
    if (first === null || typeof first !== 'object' || Array.isArray(first))
        throw new errors/* InputError */.dz('expected records in "data"', { file });
    const names = Object.keys(first);
    const out = Object.fromEntries(names.map((name) => [name, []]));
    records.forEach((record, r) => {
        const row = record;
        if (Object.keys(row).length !== names.length || !names.every((name) => name in row)) {
            throw new errors/* InputError */.dz(`row ${r + 1} does not have the columns of the first row (${names.join(', ')})`, { file });
        }
        names.forEach((name) => out[name].push(row[name]));
    });
    return out;
}
function columnAccessor(columns, keys, file) {
    const values = keys.map((k) => columns[k]);
    if (values.every(Array.isArray)) {
        const arrays = values;
        const rows = arrays[0].length;
        arrays.forEach((a, c) => {
            if (a.length !== rows) {
                throw new errors/* InputError */.dz(`column "${keys[c]}" has ${a.length} values, "${keys[0]}" has ${rows}`, { file });
            }
        });
        return Object.assign((c, r) => arrays[c][r], { rows });
    }
    if (values.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
        const objects = values;
        const index = Object.keys(objects[0]);
        objects.forEach((column, c) => {
            const rows = Object.keys(column);
            if (rows.length !== index.length || !rows.every((row) => row in objects[0])) {
                throw new errors/* InputError */.dz(`column "${keys[c]}" has ${rows.length} rows (by index), "${keys[0]}" has ${index.length}: columns of unequal length`, { file });
            }
        });
        return Object.assign((c, r) => objects[c][index[r]], { rows: index.length });
    }
    throw new errors/* InputError */.dz('expected every column to be an array, or every column an object keyed by row', { file });
}

;// CONCATENATED MODULE: ./src/ingest/read-predictions.ts







/** One reader per format; adding a format fails to compile until it has a reader here. */
const READERS = {
    csv: (file, builder) => readDelimitedText(file, ',', builder),
    tsv: (file, builder) => readDelimitedText(file, '\t', builder),
    jsonl: readJsonLines,
    json: readJsonDocument,
};
/** Reads one or more prediction files (shards) into one columnar table, in the order given. */
function readPredictions(files, overrides) {
    if (files.length === 0)
        throw new InputError('no prediction files given');
    const builder = new PredictionTableBuilder(overrides);
    for (const file of files) {
        const before = builder.rowCount;
        READERS[detectPredictionFormat(file)](file, builder);
        requireRows(builder, before, file.name);
    }
    return builder.finish();
}
/**
 * `readPredictions` for any mix of texts, byte streams and Parquet files. The first bad-input error wins, but
 * only once every later stream has been read through: the whole-file reading this replaced found a broken
 * gzip stream or invalid UTF-8 in any file before parsing the first, and those errors still come first.
 */
async function readPredictionSources(sources, overrides) {
    if (sources.length === 0)
        throw new errors/* InputError */.dz('no prediction files given');
    const builder = new table_builder_PredictionTableBuilder(overrides);
    const sizing = { remainingBytes: sumExpectedBytes(sources), reserved: false };
    let failure;
    for (const source of sources) {
        if (failure) {
            if (source.kind !== 'text' && source.kind !== 'parquet')
                for await (const chunk of source.stream.chunks)
                    void chunk;
            continue;
        }
        if (source.kind === 'delimited') {
            failure = await readDelimitedStream(source.stream, builder, sizing);
            continue;
        }
        if (source.kind === 'json-lines') {
            failure = await readStream(source.stream, new JsonLinesReader(source.stream.name, builder), builder, sizing);
            continue;
        }
        if (source.kind === 'json-array') {
            const { name } = source.stream;
            failure = await readStream(source.stream, new JsonArrayReader(name, recordsInto(name, builder)), builder, sizing);
            continue;
        }
        const before = builder.rowCount;
        try {
            if (source.kind === 'text')
                READERS[detectPredictionFormat(source.file)](source.file, builder);
            else
                await (await Promise.all(/* import() */[__nccwpck_require__.e(31), __nccwpck_require__.e(362)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6362))).readParquetInto(source.file, builder, overrides);
            requireRows(builder, before, source.file.name);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            failure = error;
        }
    }
    if (failure)
        throw failure;
    return builder.finish();
}
function requireRows(builder, before, file) {
    if (builder.rowCount === before)
        throw new errors/* InputError */.dz('no data rows; the file has a header at most', { file });
}
/** The format by extension (ignoring `.gz`), else by content. */
function detectPredictionFormat(file) {
    const byName = formatByName(file.name);
    if (byName)
        return byName;
    const start = file.text.replace(/^\uFEFF/, '').trimStart();
    if (start.startsWith('['))
        return 'json';
    if (start.startsWith('{')) {
        const firstLine = start.split('\n', 1)[0].trim();
        return firstLine.endsWith('}') && isJson(firstLine) ? 'jsonl' : 'json';
    }
    const firstLine = start.split('\n', 1)[0];
    return firstLine.includes('\t') && !firstLine.includes(',') ? 'tsv' : 'csv';
}
/** The format a file's name promises (ignoring `.gz`), if any. */
function formatByName(name) {
    const base = name.toLowerCase().replace(/\.gz$/, '');
    if (base.endsWith('.csv'))
        return 'csv';
    if (base.endsWith('.tsv') || base.endsWith('.tab'))
        return 'tsv';
    if (base.endsWith('.jsonl') || base.endsWith('.ndjson'))
        return 'jsonl';
    if (base.endsWith('.json'))
        return 'json';
    return undefined;
}
/** Decoded text is parsed as its UTF-8 bytes, by the same parser as streamed files. */
function readDelimitedText(file, delimiter, builder) {
    // The text decoder already dropped one byte-order mark; the parser drops one more, as the text parser did.
    const reader = new DelimitedReader(file.name, delimiter, builder, 1);
    reader.push(new TextEncoder().encode(file.text));
    reader.finish();
}
async function readDelimitedStream(stream, builder, sizing) {
    return readStream(stream, new DelimitedReader(stream.name, stream.delimiter, builder, 2), builder, sizing);
}
/** Parses a stream, reading it to its end even after bad input, and returns (not throws) that bad input. */
async function readStream(stream, reader, builder, sizing) {
    const before = builder.rowCount;
    let failure;
    const attempt = (step) => {
        try {
            step();
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            failure = error;
        }
    };
    let seen = 0;
    for await (const chunk of stream.chunks) {
        if (failure)
            continue;
        attempt(() => reader.push(chunk));
        seen += chunk.length;
        sizing.remainingBytes -= chunk.length;
        if (!sizing.reserved && reader.started && seen >= SIZING_SAMPLE) {
            // Rows per byte so far, times the bytes still expected from every stream: columns are allocated once.
            sizing.reserved = true;
            const rowsPerByte = (builder.rowCount - before) / seen;
            if (sizing.remainingBytes > 0)
                builder.reserve(builder.rowCount + Math.ceil(rowsPerByte * sizing.remainingBytes * 1.02) + 1024);
        }
    }
    if (!failure)
        attempt(() => {
            reader.finish();
            requireRows(builder, before, stream.name);
        });
    return failure;
}
/** Bytes read before estimating the row count. */
const SIZING_SAMPLE = 1 << 16;
function sumExpectedBytes(sources) {
    let total = 0;
    for (const source of sources) {
        if (source.kind !== 'text' && source.kind !== 'parquet')
            total += source.stream.expectedBytes ?? 0;
    }
    return total;
}
/** The first record is the header; every other must have as many fields, and goes to the builder. */
class DelimitedReader {
    file;
    delimiter;
    builder;
    parser;
    header;
    sink;
    constructor(file, delimiter, builder, boms) {
        this.file = file;
        this.delimiter = delimiter;
        this.builder = builder;
        this.parser = new DelimitedByteParser(delimiter, file, (record) => this.take(record), boms);
    }
    /** True once data rows go to the builder. */
    get started() {
        return this.sink !== undefined;
    }
    push(chunk) {
        this.parser.push(chunk);
    }
    finish() {
        this.parser.end();
        if (!this.header)
            throw new errors/* InputError */.dz('empty file: no header and no rows', { file: this.file });
        if (!this.sink)
            this.builder.beginFile(this.file, this.header, undefined);
    }
    take(record) {
        if (!this.header) {
            this.header = record.texts();
            return;
        }
        if (record.count !== this.header.length) {
            throw new errors/* InputError */.dz(`expected ${this.header.length} fields like the header, found ${record.count}`, {
                file: this.file,
                line: record.line,
            });
        }
        if (!this.sink) {
            const { file, header, delimiter } = this;
            const { sink, numericColumns, lane } = this.builder.beginRecords(file, header, (plan, columns) => PlainRowsLane.for(file, delimiter, header.length, plan, columns));
            this.parser.readAsNumbers(numericColumns);
            this.parser.useLane(lane);
            this.sink = sink;
        }
        this.sink(record);
    }
}
function isJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/metrics/codes.ts
var codes = __nccwpck_require__(5547);
;// CONCATENATED MODULE: ./src/ingest/table/classes.ts

const BOOLEAN = /^(true|false)$/i;
/** The kind shared by all these raw values. */
function classKindOf(raws) {
    let allBoolean = true;
    let anyValue = false;
    for (const raw of raws) {
        anyValue = true;
        if (BOOLEAN.test(raw))
            continue;
        allBoolean = false;
        if (!isNumeric(raw))
            return 'string';
    }
    return anyValue && allBoolean ? 'boolean' : 'number';
}
/** The canonical key of a raw value under a kind, or undefined when the value does not fit the kind. */
function classKey(raw, kind) {
    if (kind === 'string')
        return raw;
    if (BOOLEAN.test(raw)) {
        const truth = raw.toLowerCase() === 'true';
        return kind === 'boolean' ? String(truth) : truth ? '1' : '0';
    }
    if (kind === 'boolean' || !isNumeric(raw))
        return undefined;
    return BIG_INTEGER.test(raw) ? exactInteger(raw) : String(numberOf(raw));
}
/** Whole numbers written with more digits than a double holds exactly: compared as integers, as pandas' int64. */
const BIG_INTEGER = /^\s*[+-]?\d{16,}\s*$/;
/** The canonical spelling of an integer literal (`-0012` → `-12`); beyond 2^53 it keeps every digit. */
function exactInteger(raw) {
    const value = BigInt(raw.trim());
    return Number.isSafeInteger(Number(value)) ? String(Number(value)) : value.toString();
}
/** Sorts class keys as scikit-learn's `np.unique` would. */
function sortClassKeys(keys, kind) {
    const list = [...new Set(keys)];
    if (kind === 'string')
        return list.sort(compareCodePoints);
    if (kind === 'boolean')
        return list.sort((a, b) => (a === b ? 0 : a === 'false' ? -1 : 1));
    return list.sort(compareNumberKeys);
}
/** Number keys in numeric order; integers beyond 2^53 that round to the same double are ordered exactly. */
function compareNumberKeys(a, b) {
    const difference = Number(a) - Number(b);
    if (difference !== 0 || a === b)
        return difference;
    return /^-?\d+$/.test(a) && /^-?\d+$/.test(b) ? (BigInt(a) < BigInt(b) ? -1 : 1) : 0;
}
function isNumeric(raw) {
    return raw.trim() !== '' && Number.isFinite(numberOf(raw));
}
/** Orders strings by Unicode code point (NumPy's order), not by UTF-16 code unit (JavaScript's default). */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // Surrogates (0xD800–0xDFFF) encode code points above 0xFFFF, so they sort after the rest of the BMP.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}

;// CONCATENATED MODULE: ./src/ingest/resolve.ts




/**
 * Decides the task and the class list, and maps every label to a class index (docs/formats.md#predictions): regression when the
 * labels are non-integer numbers; otherwise binary for at most two classes, multiclass above.
 */
function resolveEvalSet(table, options) {
    const notes = [...table.notes];
    const file = table.files[0];
    for (const column of [table.label, table.prediction])
        if (column)
            refuseMissingMarkers(column);
    for (const slice of table.slices)
        refuseLongSliceValues(slice);
    const labelRaws = rawValues(table.label);
    const predictionRaws = table.prediction ? rawValues(table.prediction) : [];
    const kind = classKindOf([...labelRaws, ...predictionRaws]);
    let task = options.task;
    if (task === 'auto')
        task = detectTask(table, kind, labelRaws, predictionRaws);
    const data = task === 'regression' ? toRegression(table) : toClassification(table, task, kind, options, notes);
    if (data.task === 'binary' && data.classes.length < 2) {
        notes.push(`only one class ("${data.classes[0]}") occurs in ${file}; metrics that need two are undefined`);
    }
    return { data, ids: table.ids, slices: table.slices, notes };
}
/**
 * Spellings of a missing or non-finite value: pandas' default `na_values` (read as NaN, which scikit-learn
 * refuses), infinities, and a lone dash. As a label or prediction none of them is a class: read as text they
 * would add a class "nan" and turn a regression into a multiclass task, so they are errors naming the place.
 */
const MISSING_MARKERS = new Set([
    'nan', 'NaN', 'NAN', '-nan', '-NaN', '+nan', 'NA', 'N/A', 'n/a', 'NULL', 'null', 'None', '<NA>', '#N/A', '#NA',
    '#N/A N/A', '-1.#IND', '-1.#QNAN', '1.#IND', '1.#QNAN', 'inf', '+inf', '-inf', 'Inf', '-Inf', 'INF', '-INF',
    'Infinity', '+Infinity', '-Infinity', 'infinity', '-infinity', '-',
]);
/** A number literal, to tell `1e999` (a number too large for a double) from text. */
const NUMBER_LITERAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
function refuseMissingMarkers(column) {
    if (column.kind !== 'categorical')
        return; // numeric columns were parsed as finite numbers
    column.values.forEach((raw, code) => {
        const value = raw.trim();
        const overflow = NUMBER_LITERAL.test(value) && !Number.isFinite(Number(value));
        if (!MISSING_MARKERS.has(value) && !overflow)
            return;
        const origin = column.origins[code];
        const what = overflow
            ? 'a number too large for a double (read as infinity)'
            : /inf/i.test(value) ? 'infinite (or a number too large for a double)' : 'a missing-value marker';
        throw new errors/* InputError */.dz(`${JSON.stringify(safeCell(raw))} is ${what}, not a value: every row needs a real label and prediction (drop or fill the row)`, { file: origin.file, line: origin.line, field: column.name });
    });
}
/**
 * The longest slice value: each one becomes part of a metric id (`accuracy[region=…]`) for every metric, and a
 * baseline bundle keeps ids of at most 2,000 characters. A longer value is a mistake (a text column given as
 * a slice), refused before it is copied into dozens of ids.
 */
const MAX_SLICE_VALUE = 500;
function refuseLongSliceValues(slice) {
    slice.values.forEach((value, code) => {
        if (value.length <= MAX_SLICE_VALUE)
            return;
        const origin = slice.origins[code];
        throw new errors/* InputError */.dz(`slice value of ${value.length.toLocaleString('en-US')} characters (at most ${MAX_SLICE_VALUE}): a slice column names groups, such as a region or a language`, { file: origin.file, line: origin.line, field: slice.name });
    });
}
/** A cell echoed in a message: short. */
function safeCell(raw) {
    return raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
}
function rawValues(column) {
    return column.kind === 'categorical' ? column.values : [];
}
function detectTask(table, kind, labels, preds) {
    if (table.label.kind === 'numeric')
        return 'regression';
    const nonInteger = (raw) => !Number.isInteger(Number(classKey(raw, kind)));
    if (kind === 'number' && labels.some(nonInteger))
        return 'regression';
    // A prediction column stored as numbers had many distinct values, some of them not whole.
    if (kind === 'number' && (table.prediction?.kind === 'numeric' || preds.some(nonInteger))) {
        throw new errors/* InputError */.dz(`the labels are whole numbers but the predictions in column "${table.prediction.name}" are not: ` +
            'set task to regression, or write class predictions', { file: table.files[0] });
    }
    const classes = new Set([...labels, ...preds].map((raw) => classKey(raw, kind)));
    for (const name of table.classScores?.names ?? [])
        classes.add(classKey(name, kind));
    return classes.size <= 2 ? 'binary' : 'multiclass';
}
function toRegression(table) {
    const file = table.files[0];
    if (!table.prediction) {
        throw new errors/* InputError */.dz('regression needs a prediction column (y_pred, prediction, …; or set columns.prediction)', {
            file,
        });
    }
    return {
        task: 'regression',
        n: table.n,
        yTrue: numericValues(table.label),
        yPred: numericValues(table.prediction),
        weights: table.weights,
    };
}
function numericValues(column) {
    if (column.kind === 'numeric')
        return column.values;
    const byCode = column.values.map((raw, code) => {
        const value = numberOf(raw);
        if (raw.trim() === '' || !Number.isFinite(value)) {
            throw new errors/* InputError */.dz(`"${raw}" is not a number; regression needs numeric values`, {
                file: column.origins[code].file,
                line: column.origins[code].line,
                field: column.name,
            });
        }
        return value;
    });
    const out = new Float64Array(column.codes.length);
    for (let i = 0; i < out.length; i++)
        out[i] = byCode[column.codes[i]];
    return out;
}
function toClassification(table, task, kind, options, notes) {
    const file = table.files[0];
    const label = categorical(table.label, file);
    const prediction = table.prediction && categorical(table.prediction, file);
    // scikit-learn calls numbers that are not all whole "continuous", and no classification metric takes them.
    for (const column of [label, prediction]) {
        if (column && kind === 'number' && column.values.some((raw) => !Number.isInteger(Number(classKey(raw, kind))))) {
            throw new errors/* InputError */.dz(`column "${column.name}" holds numbers that are not all whole, which cannot be classes (scikit-learn calls them continuous); set task to regression`, { file, field: column.name });
        }
    }
    const keyOf = (raw, where) => {
        const key = classKey(raw, kind);
        if (key === undefined)
            throw new errors/* InputError */.dz(`${where} "${raw}" is not a ${kind} like the labels`, { file });
        return key;
    };
    const keys = new Set();
    for (const raw of label.values)
        keys.add(keyOf(raw, 'label'));
    for (const raw of prediction?.values ?? [])
        keys.add(keyOf(raw, 'prediction'));
    const scoreNames = table.classScores?.names?.map((name) => keyOf(name, 'score column for class'));
    for (const key of scoreNames ?? [])
        keys.add(key);
    let positiveKey;
    if (task === 'binary') {
        positiveKey = choosePositive(keys, kind, options.positiveLabel, file);
        if (options.positiveLabel === undefined)
            refuseSplitPositive(keys, kind, positiveKey, table, file);
        keys.add(positiveKey);
        // A binary task has two classes even when the data shows one: 0/1 or false/true for numeric and boolean
        // labels, so that metrics, slices and predictions from scores all see the same class list.
        if (keys.size === 1 && kind !== 'string') {
            const other = kind === 'boolean' ? (positiveKey === 'true' ? 'false' : 'true') : positiveKey === '0' ? '1' : '0';
            keys.add(other);
        }
        if (keys.size > 2) {
            throw new errors/* InputError */.dz(`task is binary but there are ${keys.size} classes: ${[...keys].join(', ')}`, { file });
        }
    }
    const classes = sortClassKeys(keys, kind);
    const indexOf = new Map(classes.map((key, index) => [key, index]));
    const encode = (column) => {
        const byCode = column.values.map((raw) => indexOf.get(classKey(raw, kind)));
        const out = (0,codes/* allocateCodes */.q)(classes.length, column.codes.length);
        for (let i = 0; i < out.length; i++)
            out[i] = byCode[column.codes[i]];
        return out;
    };
    const yTrue = encode(label);
    const positive = positiveKey === undefined ? -1 : indexOf.get(positiveKey);
    let score;
    let proba;
    let scoreColumns = [];
    if (task === 'binary') {
        const column = binaryScore(table, scoreNames, positiveKey, file);
        if (column) {
            score = column.values;
            scoreColumns = [column];
        }
    }
    else {
        proba = classProbabilities(table, scoreNames, classes, label, file);
        scoreColumns = table.classScores?.columns ?? [];
        if (table.score)
            notes.push(`column "${table.score.name}" holds one score per row; multiclass metrics use per-class scores`);
    }
    const scoresAreProbabilities = scoreColumns.length > 0 && scoreColumns.every((c) => c.inUnitInterval);
    let yPred;
    if (prediction) {
        yPred = encode(prediction);
    }
    else if (task === 'binary' && score) {
        if (!scoresAreProbabilities && options.decisionThreshold === undefined) {
            throw new errors/* InputError */.dz(`column "${scoreColumns[0].name}" holds decision scores (values outside [0, 1]) and there is no prediction ` +
                'column: set decision-threshold', { file });
        }
        const threshold = options.decisionThreshold ?? 0.5;
        const negative = 1 - positive;
        yPred = (0,codes/* allocateCodes */.q)(classes.length, score.length);
        for (let i = 0; i < score.length; i++)
            yPred[i] = score[i] >= threshold ? positive : negative;
        notes.push(`predictions are ${scoreColumns[0].name} >= ${threshold}`);
    }
    else if (proba) {
        yPred = argmax(proba, table.n);
        notes.push('predictions are the class with the highest score');
    }
    else {
        throw new errors/* InputError */.dz('no prediction column (y_pred, prediction, …) and no scores to derive predictions from; set columns.prediction', { file });
    }
    if (score && !scoresAreProbabilities) {
        notes.push(`column "${scoreColumns[0].name}" holds decision scores (outside [0, 1]): log_loss and brier_score are undefined`);
    }
    return {
        task,
        n: table.n,
        classes,
        yTrue,
        yPred,
        positive,
        score,
        proba,
        scoresAreProbabilities,
        weights: table.weights,
    };
}
function categorical(column, file) {
    if (column.kind === 'categorical')
        return column;
    throw new errors/* InputError */.dz(`column "${column.name}" holds ${column.values.length > 0 && column.values.some((v) => !Number.isInteger(v)) ? 'numbers that are not all whole, which cannot be classes (scikit-learn calls them continuous)' : 'too many distinct values for classification'}; set task to regression`, { file, field: column.name });
}
function choosePositive(keys, kind, wanted, file) {
    if (wanted !== undefined) {
        const key = classKey(wanted, kind);
        if (key === undefined || (!keys.has(key) && keys.size >= 2)) {
            throw new errors/* InputError */.dz(`positive-label "${wanted}" is not one of the classes: ${[...keys].join(', ')}`, { file });
        }
        return key;
    }
    if (kind === 'boolean')
        return 'true';
    if (kind === 'number' && (keys.has('1') || keys.size < 2))
        return '1';
    const sorted = sortClassKeys(keys, kind);
    return sorted[sorted.length - 1];
}
/**
 * Two numeric classes 1 and a larger one (`{1, 2}`): scikit-learn's precision and recall take 1 as the positive
 * class (`pos_label=1`), but its roc_auc and average_precision read a score as the probability of the larger
 * label. With one score column the two disagree, and picking either silently inverts the other's metrics: the user
 * must say which class the score is for. (0/1, -1/1 and false/true agree; two strings have no `pos_label=1` and
 * take the larger label, as scikit-learn's scores do.)
 */
function refuseSplitPositive(keys, kind, positiveKey, table, file) {
    if (kind !== 'number' || keys.size !== 2 || !table.score)
        return;
    const sorted = sortClassKeys(keys, kind);
    if (sorted[1] === positiveKey)
        return;
    throw new errors/* InputError */.dz(`the two classes are ${sorted[0]} and ${sorted[1]}: scikit-learn's precision and recall take ${positiveKey} as the positive class, ` +
        `but its roc_auc reads the score ("${table.score.name}") as the probability of ${sorted[1]}; set positive-label to the class the score is for`, { file });
}
function binaryScore(table, scoreNames, positiveKey, file) {
    if (table.score)
        return table.score;
    if (!table.classScores)
        return undefined;
    if (!scoreNames) {
        throw new errors/* InputError */.dz('per-class score arrays need a multiclass task; binary files need one score column', { file });
    }
    const k = scoreNames.indexOf(positiveKey);
    if (k < 0)
        throw new errors/* InputError */.dz(`no score column for the positive class "${positiveKey}"`, { file });
    return table.classScores.columns[k];
}
function classProbabilities(table, scoreNames, classes, label, file) {
    const scores = table.classScores;
    if (!scores)
        return undefined;
    if (!scoreNames) {
        if (scores.columns.length !== classes.length) {
            throw new errors/* InputError */.dz(`score arrays have ${scores.columns.length} entries but the data has ${classes.length} classes ` +
                `(${classes.join(', ')}); write scores as objects keyed by class to name them`, { file, field: scores.columns[0]?.name });
        }
        return scores.columns.map((c) => c.values);
    }
    const byKey = new Map(scoreNames.map((key, k) => [key, scores.columns[k].values]));
    if (byKey.size !== scoreNames.length)
        throw new errors/* InputError */.dz('two score columns name the same class', { file });
    return classes.map((key) => {
        const column = byKey.get(key);
        if (column)
            return column;
        const code = label.values.findIndex((raw) => raw === key || Number(raw) === Number(key));
        const origin = code >= 0 ? label.origins[code] : undefined;
        throw new errors/* InputError */.dz(`class "${key}" has no score column (expected y_score_${key} or prob_${key})`, {
            file: origin?.file ?? file,
            line: origin?.line,
            field: label.name,
        });
    });
}
function argmax(columns, n) {
    const out = (0,codes/* allocateCodes */.q)(columns.length, n);
    for (let i = 0; i < n; i++) {
        let best = 0;
        for (let k = 1; k < columns.length; k++)
            if (columns[k][i] > columns[best][i])
                best = k;
        out[i] = best;
    }
    return out;
}

// EXTERNAL MODULE: ./src/metrics/compute.ts + 3 modules
var compute = __nccwpck_require__(3450);
// EXTERNAL MODULE: ./src/metrics/subset.ts
var subset = __nccwpck_require__(7691);
;// CONCATENATED MODULE: ./src/metrics/evaluate.ts



/** Computes every metric of the eval set and of each of its slices. */
function evaluate(set) {
    const overall = (0,compute/* computeMetrics */.p)(set.data);
    const metrics = new Map(overall.values);
    const notes = new Set([...set.notes, ...overall.notes]);
    const sliceResults = [];
    for (const slice of set.slices) {
        const rowsByValue = groupRows(slice.codes, slice.values.length);
        const order = slice.values.map((_, code) => code).sort((a, b) => compareCodePoints(slice.values[a], slice.values[b]));
        for (const code of order) {
            const suffix = `[${slice.name}=${slice.values[code]}]`;
            const result = (0,compute/* computeMetrics */.p)((0,subset/* subsetRows */._)(set.data, rowsByValue[code]));
            for (const [id, value] of result.values)
                metrics.set(`${id}${suffix}`, value);
            sliceResults.push({ suffix, result });
            for (const note of result.notes)
                notes.add(note);
        }
    }
    for (const note of describeUndefined(overall, sliceResults))
        notes.add(note);
    return {
        task: set.data.task,
        n: set.data.n,
        classes: set.data.task === 'regression' ? [] : set.data.classes,
        metrics,
        notes: [...notes],
        data: set.data,
        ids: set.ids,
        slices: set.slices,
    };
}
/**
 * One note per reason a metric is undefined, naming the ids it applies to; a metric undefined overall and in
 * every slice is named once, so a file without scores does not produce a note per slice.
 */
function describeUndefined(overall, slices) {
    const byReason = new Map();
    const add = (reason, id) => byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
    for (const [id, reason] of overall.undefinedBecause) {
        const everywhere = slices.length > 0 && slices.every(({ result }) => result.undefinedBecause.get(id) === reason);
        add(reason, everywhere ? `${id} (in every slice too)` : id);
    }
    for (const { suffix, result } of slices) {
        for (const [id, reason] of result.undefinedBecause) {
            const coveredOverall = overall.undefinedBecause.get(id) === reason && slices.every((s) => s.result.undefinedBecause.get(id) === reason);
            if (!coveredOverall)
                add(reason, `${id}${suffix}`);
        }
    }
    return [...byReason].map(([reason, ids]) => {
        const shown = ids.slice(0, 6).join(', ');
        const more = ids.length > 6 ? ` and ${ids.length - 6} more` : '';
        return `${shown}${more} ${ids.length === 1 && !ids[0].endsWith('too)') ? 'is' : 'are'} undefined: ${reason}`;
    });
}
function groupRows(codes, groups) {
    const counts = new Uint32Array(groups);
    for (const code of codes)
        counts[code]++;
    const rows = Array.from(counts, (count) => new Uint32Array(count));
    const filled = new Uint32Array(groups);
    for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        rows[code][filled[code]++] = i;
    }
    return rows;
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/shell/text-checks.ts

/**
 * Why bytes are not UTF-8 text, with the place: a NUL byte anywhere (binary data, or UTF-16, named as such), or
 * the first byte that breaks UTF-8. Only called once a problem is known, so none of it costs the happy path.
 */
/** How much of a file's start is taken as telling binary data (a NUL there) from text with a stray NUL. */
const BINARY_PROBE_BYTES = 8192;
/** `UTF-16LE`/`UTF-16BE` when the start of a file looks like UTF-16 (a byte order mark, or ASCII with NUL halves). */
function utf16Kind(head) {
    if (head[0] === 0xff && head[1] === 0xfe)
        return 'UTF-16LE';
    if (head[0] === 0xfe && head[1] === 0xff)
        return 'UTF-16BE';
    const pairs = Math.min(32, head.length >> 1);
    if (pairs < 2)
        return undefined;
    let low = 0;
    let high = 0;
    for (let i = 0; i < pairs; i++) {
        if (head[2 * i] !== 0 && head[2 * i + 1] === 0)
            low++;
        if (head[2 * i] === 0 && head[2 * i + 1] !== 0)
            high++;
    }
    if (low === pairs)
        return 'UTF-16LE';
    if (high === pairs)
        return 'UTF-16BE';
    return undefined;
}
/** The offset of the first byte that breaks UTF-8, or -1 (a character cut short at the end counts as broken). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let length;
        let min;
        if (b >= 0xc2 && b <= 0xdf)
            [length, min] = [2, 0x80];
        else if (b >= 0xe0 && b <= 0xef)
            [length, min] = [3, 0x800];
        else if (b >= 0xf0 && b <= 0xf4)
            [length, min] = [4, 0x10000];
        else
            return i;
        if (i + length > bytes.length)
            return i;
        let code = b & (0xff >> (length + 1));
        for (let k = 1; k < length; k++) {
            const c = bytes[i + k];
            if ((c & 0xc0) !== 0x80)
                return i;
            code = (code << 6) | (c & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += length;
    }
    return -1;
}
/** The 1-based line of byte `offset`, counting the line feeds of `before` (the bytes ahead of `bytes`) and `bytes`. */
function lineOfOffset(bytes, offset, before = 0) {
    let line = before + 1;
    for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1))
        line++;
    return line;
}
/** The error for a NUL byte at `offset` (line `line`); `head` is the start of the content. */
function nulError(file, head, offset, line) {
    const utf16 = utf16Kind(head);
    if (utf16)
        return new errors/* InputError */.dz(`${utf16} text; model-gate reads UTF-8: save the file as UTF-8`, { file });
    if (offset < BINARY_PROBE_BYTES)
        return new errors/* InputError */.dz('binary data (NUL bytes), not a text file', { file });
    return new errors/* InputError */.dz(`a NUL byte at byte offset ${offset}: not text (a NUL is never part of a CSV, JSON or YAML file)`, { file, line });
}
/** The error for bytes that break UTF-8 at `offset` (line `line`). */
function utf8Error(file, head, offset, byte, line) {
    const utf16 = utf16Kind(head);
    if (utf16)
        return new errors/* InputError */.dz(`${utf16} text; model-gate reads UTF-8: save the file as UTF-8`, { file });
    const what = byte === undefined ? 'a character cut short at the end' : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return new errors/* InputError */.dz(`not UTF-8 text: ${what} at byte offset ${offset} (save the file as UTF-8)`, { file, line });
}
/** Checks bytes read whole: no NUL anywhere, valid UTF-8. */
function checkTextBytes(bytes, file) {
    const nul = bytes.indexOf(0);
    if (nul >= 0)
        throw nulError(file, bytes, nul, lineOfOffset(bytes, nul));
}
/** The error for whole bytes that failed to decode as UTF-8. */
function invalidUtf8Error(bytes, file) {
    const bad = firstInvalidUtf8(bytes);
    const at = bad < 0 ? bytes.length : bad;
    return utf8Error(file, bytes, at, bytes[at], lineOfOffset(bytes, at));
}

;// CONCATENATED MODULE: ./src/shell/read-files.ts







/** Files above this size are refused with a message instead of exhausting memory. */
const MAX_FILE_BYTES = 2 * 1024 ** 3;
/**
 * Expands newline- or comma-separated globs (README.md#inputs) into files, in the order given, each pattern's matches
 * sorted so shards concatenate reproducibly. A pattern that matches nothing is an error, not a silent skip.
 */
async function expandPatterns(patterns, cwd) {
    const list = splitPatterns(patterns);
    const files = [];
    for (const pattern of list) {
        // tinyglobby (with fdir and picomatch) is loaded only for a pattern that may be a glob: most runs name files.
        const globs = mayBeGlob(pattern) ? await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 3382)) : undefined;
        if (globs === undefined || !globs.isDynamicPattern(pattern)) {
            files.push(pattern);
            continue;
        }
        const matches = await globs.glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
        if (matches.length === 0)
            throw new errors/* InputError */.dz(`no file matches "${pattern}"`);
        files.push(...matches.sort());
    }
    return [...new Set(files)];
}
/**
 * Characters without which tinyglobby's `isDynamicPattern` (picomatch's `scan(pattern).isGlob || negated`) is
 * false. In picomatch 4's lib/scan.js only `* ? [ { ( !` can set either flag (`]` `}` `)` `+` `@` and `\` matter
 * only together with one of them); those are listed too, so an upgrade that reads them differently still cannot
 * turn a glob into a literal path. test/shell/read-files.test.ts checks the shortcut against tinyglobby.
 */
const GLOB_CHARACTERS = /[*?[\]{}()!+@\\]/;
/** False when `pattern` is certainly a literal path, decided without loading the glob library. */
function mayBeGlob(pattern) {
    return GLOB_CHARACTERS.test(pattern);
}
function splitPatterns(patterns) {
    return patterns
        .split(/[\n,]/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
}
function decodeText(bytes, file) {
    checkTextBytes(bytes, file);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch (error) {
        throw decodeFailure(error, bytes, file);
    }
}
/**
 * Why `bytes` bytes of `file` could not be decoded: invalid UTF-8, or more characters than one JavaScript string
 * holds (2^29 - 24, Node's ERR_STRING_TOO_LONG), which only the formats read whole can reach.
 */
function decodeFailure(error, bytes, file) {
    if (error?.code === 'ERR_STRING_TOO_LONG') {
        return new errors/* InputError */.dz(`${((typeof bytes === 'number' ? bytes : bytes.length) / 1024 ** 2).toFixed(0)} MiB is too large to read whole (metric files and JSON column layouts are, ` +
            'up to 512 MiB); predictions stream when the file is named .csv, .tsv, .jsonl or .json (an array of ' +
            'records), gzipped or not', { file });
    }
    return typeof bytes === 'number' ? new errors/* InputError */.dz('not UTF-8 text', { file }) : invalidUtf8Error(bytes, file);
}
/**
 * Decompressed chunks of a file's content as it is read; a broken gzip stream is bad input naming the file.
 * A plain file is read into one buffer, reused: a chunk is valid until the next one is asked for (the readers
 * copy what they keep), and a large file costs no fresh memory per megabyte (14 ms of CPU at 16 MB).
 */
async function* contentChunks(full, name, gzip) {
    if (!gzip) {
        const handle = await (0,promises_.open)(full, 'r');
        try {
            const buffer = new Uint8Array(READ_CHUNK);
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
                if (bytesRead === 0)
                    return;
                yield buffer.subarray(0, bytesRead);
            }
        }
        finally {
            await handle.close();
        }
    }
    const file = (0,external_node_fs_namespaceObject.createReadStream)(full, { highWaterMark: READ_CHUNK });
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: INFLATE_CHUNK });
    (0,external_node_stream_namespaceObject.pipeline)(file, gunzip, () => { }); // errors reach the loop below through `gunzip`
    let inflated = 0;
    try {
        for await (const chunk of gunzip) {
            inflated += chunk.length;
            if (inflated > MAX_INFLATED_STREAM) {
                throw new errors/* InputError */.dz(`inflates past ${MAX_INFLATED_STREAM / 1024 ** 3} GiB, the limit for one file (a gzip bomb?)`, { file: name });
            }
            yield chunk;
        }
    }
    catch (error) {
        if (isZlibError(error))
            throw new errors/* InputError */.dz(`not a valid gzip file (${error.message})`, { file: name });
        throw error;
    }
    finally {
        file.destroy();
        gunzip.destroy();
    }
}
/** The most one gzipped file may inflate to when streamed: 4× the limit for a file on disk. */
const MAX_INFLATED_STREAM = 4 * MAX_FILE_BYTES;
/** Chunks read from disk, and produced by the inflater: large enough that per-chunk work is noise. */
const READ_CHUNK = 1 << 20;
const INFLATE_CHUNK = 1 << 18;
function isZlibError(error) {
    return error instanceof Error && typeof error.errno === 'number' && /^Z_/.test(String(error.code));
}
/**
 * Reads the start of a file's content, until `enough` says so or the end: enough to tell what the file is
 * without reading all of it. `enough` sees each chunk in turn (it keeps what it needs to know); the chunks are
 * joined once, at the end. A broken gzip start is the same error as reading the whole file would give.
 */
async function readFileStart(full, name, size, enough) {
    const handle = await (0,promises_.open)(full, 'r');
    let gzip;
    let expectedBytes = size;
    try {
        const magic = new Uint8Array(4);
        const { bytesRead } = await handle.read(magic, 0, 2, 0);
        gzip = bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
        if (gzip && size >= 18) {
            await handle.read(magic, 0, 4, size - 4);
            expectedBytes = new DataView(magic.buffer).getUint32(0, true);
        }
    }
    finally {
        await handle.close();
    }
    const parts = [];
    let complete = true;
    for await (const chunk of contentChunks(full, name, gzip)) {
        parts.push(chunk.slice()); // the reader reuses its buffer
        if (enough(chunk)) {
            complete = false;
            break;
        }
    }
    const head = parts.length === 1 ? parts[0] : external_node_buffer_namespaceObject.Buffer.concat(parts);
    return { gzip, head, complete, expectedBytes };
}
/**
 * A file's content as checked chunks, with `decodeText`'s checks and messages: NUL bytes near the start mean
 * binary data, and the content must be UTF-8. Like reading the whole file first, a gzip error anywhere wins
 * over these, so they are raised when the stream ends; no chunk is passed on after a failed check. A chunk is
 * valid until the next one is asked for.
 */
function checkedContent(full, name, gzip) {
    return {
        async *[Symbol.asyncIterator]() {
            const utf8 = new Utf8Checker();
            let head;
            let offset = 0;
            let problem;
            for await (const chunk of contentChunks(full, name, gzip)) {
                head ??= chunk.slice(0, 64);
                if (problem === undefined) {
                    const nul = chunk.indexOf(0);
                    if (nul >= 0)
                        problem = { kind: 'nul', offset: offset + nul, byte: 0 };
                    else if (!utf8.check(chunk))
                        problem = utf8.problem(offset);
                    else
                        yield chunk;
                }
                offset += chunk.length;
            }
            if (problem === undefined && !utf8.finish())
                problem = { kind: 'utf8', offset: offset - utf8.unfinished, byte: undefined };
            if (problem === undefined)
                return;
            const line = await lineAt(full, name, gzip, problem.offset);
            const start = head ?? new Uint8Array(0);
            throw problem.kind === 'nul' ? nulError(name, start, problem.offset, line) : utf8Error(name, start, problem.offset, problem.byte, line);
        },
    };
}
/** The 1-based line of a byte offset of a file's content, read again: only asked for when reporting a problem. */
async function lineAt(full, name, gzip, offset) {
    let lines = 0;
    let seen = 0;
    for await (const chunk of contentChunks(full, name, gzip)) {
        if (seen + chunk.length > offset)
            return lineOfOffset(chunk, offset - seen, lines);
        lines = lineOfOffset(chunk, chunk.length, lines) - 1;
        seen += chunk.length;
    }
    return lines + 1;
}
/** Validates UTF-8 across chunk boundaries: a character split between chunks is checked once it is whole. */
class Utf8Checker {
    pending = new Uint8Array(0);
    checked;
    check(chunk) {
        let bytes = chunk;
        const carried = this.pending.length;
        if (carried > 0) {
            bytes = external_node_buffer_namespaceObject.Buffer.concat([this.pending, chunk]);
            this.pending = new Uint8Array(0);
        }
        const cut = incompleteTail(bytes);
        if (cut < bytes.length)
            this.pending = bytes.slice(cut);
        const valid = (0,external_node_buffer_namespaceObject.isUtf8)(bytes.subarray(0, cut));
        if (!valid)
            this.checked = { bytes: bytes.subarray(0, cut), carried };
        return valid;
    }
    /** Where the chunk at `offset` in the content broke UTF-8; called right after `check` failed on it. */
    problem(offset) {
        const { bytes, carried } = this.checked;
        const bad = Math.max(0, firstInvalidUtf8(bytes));
        return { kind: 'utf8', offset: offset - carried + bad, byte: bytes[bad] };
    }
    /** How many bytes of a character cut short are waiting for the next chunk. */
    get unfinished() {
        return this.pending.length;
    }
    /** False when the content ended inside a character. */
    finish() {
        return this.pending.length === 0;
    }
}
/** Where a character that the end of `bytes` cuts short begins (`bytes.length` when none is cut short). */
function incompleteTail(bytes) {
    const end = bytes.length;
    for (let i = end - 1; i >= 0 && i >= end - 4; i--) {
        const b = bytes[i];
        if ((b & 0xc0) === 0x80)
            continue; // a continuation byte: look further back for the lead
        const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        return i + length > end ? i : end;
    }
    return end;
}
/** Byte ranges of a file read on demand (Parquet reads its footer, then one column chunk at a time). */
class FileRanges {
    full;
    byteLength;
    handle;
    constructor(full, byteLength) {
        this.full = full;
        this.byteLength = byteLength;
    }
    async slice(start, end = this.byteLength) {
        this.handle ??= (0,promises_.open)(this.full, 'r');
        const handle = await this.handle;
        const out = new Uint8Array(Math.max(0, end - start));
        let done = 0;
        while (done < out.length) {
            const { bytesRead } = await handle.read(out, done, out.length - done, start + done);
            if (bytesRead === 0)
                break;
            done += bytesRead;
        }
        return done === out.length ? out.buffer : out.slice(0, done).buffer;
    }
    async close() {
        const handle = this.handle;
        this.handle = undefined;
        if (handle)
            await (await handle).close();
    }
}

// EXTERNAL MODULE: ./src/baseline/bundle-names.ts
var bundle_names = __nccwpck_require__(5106);
// EXTERNAL MODULE: ./src/baseline/gunzip-bounded.ts
var gunzip_bounded = __nccwpck_require__(3130);
;// CONCATENATED MODULE: ./src/ingest/llm-logs/json-values.ts
/** Narrowing helpers for parsed JSON from untrusted logs: nothing is trusted to have the shape its tool writes. */
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function objectAt(value, key) {
    const found = isObject(value) ? value[key] : undefined;
    return isObject(found) ? found : undefined;
}
function arrayAt(value, key) {
    const found = isObject(value) ? value[key] : undefined;
    return Array.isArray(found) ? found : undefined;
}
function stringAt(value, key) {
    const found = isObject(value) ? value[key] : undefined;
    return typeof found === 'string' ? found : undefined;
}
function finiteAt(value, key) {
    const found = isObject(value) ? value[key] : undefined;
    return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
}
/** An item key from an id that may be a number or a string (Inspect, lm-eval `doc_id`); else undefined. */
function keyOf(value) {
    if (typeof value === 'string' && value !== '')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}
/** Parses JSON text, or undefined when it is not JSON. */
function tryParse(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/ingest/llm-logs/scored.ts
var llm_logs_scored = __nccwpck_require__(9272);
;// CONCATENATED MODULE: ./src/ingest/llm-logs/deepeval.ts



/**
 * DeepEval test runs: `.deepeval/.latest_test_run.json` (`{testRunData: {testCases: [...]}}`) or a saved
 * `test_run_*.json` (the test run itself). Each test case has `metricsData[]` with `name`, `score`, `success`,
 * `error` and `flaky`. Ids: per metric `<slug>` (the mean score) and `<slug>/pass_rate` (the share of test cases
 * that passed it), the slug being the metric's name in lower case with runs of other characters as `_`
 * ("Answer Relevancy" → `answer_relevancy`). The item key is the test case's `name`. Metric results that
 * errored are left out; flaky ones (DeepEval's own mark: they never decide a test case) are left out of the
 * pass rates but keep their scores.
 *
 * DeepEval's hallucination, bias and toxicity scores are lower-is-better (their threshold is a maximum: a test
 * case passes when `score <= threshold`); the reader declares that, as lm-eval's `higher_is_better` is declared,
 * so the gate does not have to guess it from the name. Their pass rates stay higher-is-better.
 */
/** Slugs of DeepEval's built-in metrics whose score passes at or below the threshold. */
const deepeval_LOWER_IS_BETTER = new Set(['hallucination', 'bias', 'toxicity']);
const POSITIONAL = /^test_case_\d+$/;
function isDeepEvalRun(root) {
    const run = testRunOf(root);
    const cases = arrayAt(run, 'testCases') ?? arrayAt(run, 'conversationalTestCases');
    return cases !== undefined && cases.some((c) => Array.isArray(isObject(c) ? c.metricsData : undefined)) && ('testPassed' in run || 'testFailed' in run || 'metricsScores' in run || 'testFile' in run);
}
function testRunOf(root) {
    return objectAt(root, 'testRunData') ?? (isObject(root) ? root : undefined);
}
function slugOf(metricName) {
    return metricName.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'metric';
}
function readDeepEvalRun(name, root) {
    const run = testRunOf(root);
    const cases = [...(arrayAt(run, 'testCases') ?? []), ...(arrayAt(run, 'conversationalTestCases') ?? [])].filter(isObject);
    const builder = new llm_logs_scored/* ScoredBuilder */.yn();
    let errored = 0;
    let flaky = 0;
    let positional = 0;
    cases.forEach((testCase, index) => {
        const key = stringAt(testCase, 'name') ?? `test_case_${index}`;
        if (POSITIONAL.test(key))
            positional++;
        const caseFlaky = testCase.flaky === true;
        const text = stringAt(testCase, 'input');
        for (const metric of arrayAt(testCase, 'metricsData') ?? []) {
            const metricName = stringAt(metric, 'name');
            if (!metricName)
                continue;
            if (isObject(metric) && metric.error !== null && metric.error !== undefined) {
                errored++;
                continue;
            }
            const slug = slugOf(metricName);
            const score = finiteAt(metric, 'score');
            if (score !== undefined)
                builder.add(slug, 'deepeval', key, score, { text });
            const success = isObject(metric) ? metric.success : undefined;
            if (typeof success !== 'boolean')
                continue;
            if (caseFlaky || (isObject(metric) && metric.flaky === true))
                flaky++;
            else
                builder.add(`${slug}/pass_rate`, 'deepeval', key, success ? 1 : 0, { text });
        }
    });
    const scored = builder.finish();
    if (scored.length === 0)
        throw new errors/* InputError */.dz('a DeepEval test run without metric scores', { file: name });
    const notes = [];
    if (positional > 0) {
        notes.push(`${name}: ${positional} test case(s) are named by position (test_case_<i>): weak keys, since adding or reordering a test pairs the wrong cases; give each LLMTestCase a name`);
    }
    if (errored > 0)
        notes.push(`${name}: ${errored} metric result(s) errored and were left out`);
    if (flaky > 0)
        notes.push(`${name}: ${flaky} flaky metric result(s) kept in the scores but left out of the pass rates`);
    const higherIsBetter = new Map(scored.filter((m) => deepeval_LOWER_IS_BETTER.has(m.id)).map((m) => [m.id, false]));
    return (0,llm_logs_scored/* scoredReading */.hk)(scored, { notes, higherIsBetter });
}

;// CONCATENATED MODULE: ./src/ingest/llm-logs/inspect.ts



/**
 * Inspect (UKGovernmentBEIS/inspect_ai) eval logs: the `.json` log (`eval`, `results`, `samples[]`,
 * `reductions[]`) and the `.eval` zip, whose members are the same pieces (`header.json`, `samples/*.json`,
 * `reductions.json`); see inspect-eval-zip.ts for the archive. Ids are `<task>/<scorer>`, and
 * `<task>/<scorer>/<key>` for a scorer that returns a dict of values. Every epoch of a sample is one repeat of
 * the item keyed by the sample id; values go through Inspect's own `value_to_float` mapping. The headline is
 * the log's own `results` (what Inspect printed); the items behind it are the samples.
 */
/** True for the top level of an Inspect log or of its `header.json`. */
function isInspectLog(root) {
    const evalSpec = objectAt(root, 'eval');
    return evalSpec !== undefined && typeof evalSpec.task === 'string' && typeof evalSpec.run_id === 'string' && finiteAt(root, 'version') !== undefined;
}
/** Inspect's `value_to_float`: C = 1, P = 0.5, I = N = 0, yes/true = 1, no/false = 0, numbers as they are. */
function inspectValueToFloat(value) {
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    if (value === 'C')
        return 1;
    if (value === 'P')
        return 0.5;
    if (value === 'I' || value === 'N')
        return 0;
    const lowered = value.toLowerCase();
    if (lowered === 'yes' || lowered === 'true')
        return 1;
    if (lowered === 'no' || lowered === 'false')
        return 0;
    return /^\d*\.?\d+$/.test(value) ? Number(value) : undefined;
}
function readInspectJson(name, root) {
    if (!isInspectLog(root))
        throw new errors/* InputError */.dz('not an Inspect log (no eval.task)', { file: name });
    return readInspectParts(name, { header: root, samples: arrayAt(root, 'samples') ?? [] });
}
function readInspectParts(name, { header, samples }) {
    const task = stringAt(objectAt(header, 'eval'), 'task');
    const builder = new llm_logs_scored/* ScoredBuilder */.yn();
    const notes = [];
    let skipped = 0;
    for (const sample of samples) {
        const key = keyOf(isObject(sample) ? sample.id : undefined);
        const scores = objectAt(sample, 'scores');
        if (key === undefined || !scores) {
            skipped++;
            continue;
        }
        // Each epoch of a sample is one more repeat of its item; the item mean is Inspect's default reducer.
        const text = inputText(isObject(sample) ? sample.input : undefined);
        for (const [scorer, score] of Object.entries(scores)) {
            const value = isObject(score) ? score.value : undefined;
            if (isObject(value)) {
                for (const [part, v] of Object.entries(value))
                    addValue(builder, `${task}/${scorer}/${part}`, task, key, v, text, () => skipped++);
            }
            else {
                addValue(builder, `${task}/${scorer}`, task, key, value, text, () => skipped++);
            }
        }
    }
    if (skipped > 0)
        notes.push(`${name}: ${skipped} sample scores without an id or a numeric value were left out`);
    const { metrics, stderr } = ownResults(task, header);
    const scored = builder.finish();
    if (scored.length === 0 && metrics.size === 0)
        throw new errors/* InputError */.dz('an Inspect log without samples or results', { file: name });
    if (inspect_status(header) !== 'success')
        notes.push(`${name}: the eval's status is "${inspect_status(header)}", not success`);
    return (0,llm_logs_scored/* scoredReading */.hk)(scored, { metrics, stderr, notes });
}
function addValue(builder, id, task, key, value, text, skip) {
    const number = inspectValueToFloat(value);
    if (number === undefined)
        skip();
    else
        builder.add(id, task, key, number, { text });
}
/** A sample's input: a string, or the first message's text content. */
function inputText(input) {
    if (typeof input === 'string')
        return input;
    if (!Array.isArray(input))
        return undefined;
    const content = isObject(input[0]) ? input[0].content : undefined;
    return typeof content === 'string' ? content : undefined;
}
function inspect_status(header) {
    return stringAt(header, 'status') ?? 'unknown';
}
/**
 * The headline Inspect computed (`results.scores[]`): per score its first metric other than a standard error
 * (accuracy, mean, …), and the `stderr` metric as the standard error.
 */
function ownResults(task, header) {
    const metrics = new Map();
    const stderr = new Map();
    for (const score of arrayAt(objectAt(header, 'results'), 'scores') ?? []) {
        const scorer = stringAt(score, 'scorer');
        const scoreName = stringAt(score, 'name');
        const values = objectAt(score, 'metrics');
        if (!scorer || !scoreName || !values)
            continue;
        const id = scoreName === scorer ? `${task}/${scorer}` : `${task}/${scorer}/${scoreName}`;
        for (const [metricName, metric] of Object.entries(values)) {
            const value = finiteAt(metric, 'value');
            if (value === undefined)
                continue;
            if (metricName === 'stderr')
                stderr.set(id, value);
            else if (!metrics.has(id) && !/std|var/.test(metricName))
                metrics.set(id, value);
        }
    }
    return { metrics, stderr };
}

// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __nccwpck_require__(8339);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var fflate_esm = __nccwpck_require__(1306);
;// CONCATENATED MODULE: ./src/baseline/safe-unzip.ts


const DEFAULT_UNZIP_LIMITS = { maxEntries: 1_000, maxTotalBytes: 1024 ** 3 };
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;
/**
 * Extracts a zip archive from untrusted bytes into memory, refusing what could hurt: entries that would escape
 * the extraction folder (absolute paths, `..`, drive letters, backslashes), symbolic links and other non-files,
 * more than `maxEntries` entries, more than `maxTotalBytes` inflated in total (counted while inflating, so a
 * lying header does not help a zip bomb), CRC mismatches and truncation. Folders are skipped. Pure: the caller
 * writes the returned files, each under a fresh temporary folder.
 */
function safeUnzip(bytes, archive, limits = DEFAULT_UNZIP_LIMITS) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const fail = (problem) => {
        throw new errors/* InputError */.dz(`refused archive: ${problem}`, { file: archive });
    };
    const eocd = findEndOfCentralDirectory(view);
    if (eocd < 0)
        fail('not a zip file, or truncated (no end-of-central-directory record)');
    const entries = view.getUint16(eocd + 10, true);
    const directorySize = view.getUint32(eocd + 12, true);
    const directoryOffset = view.getUint32(eocd + 16, true);
    if (entries === 0xffff || directoryOffset === 0xffffffff)
        fail('ZIP64 archives are not supported');
    if (entries > limits.maxEntries)
        fail(`${entries} entries, above the limit of ${limits.maxEntries}`);
    if (directoryOffset + directorySize > eocd)
        fail('the central directory lies outside the file (truncated?)');
    const files = new Map();
    const folders = new Set();
    let total = 0;
    let at = directoryOffset;
    for (let e = 0; e < entries; e++) {
        if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
            fail('corrupt central directory');
        const madeBy = view.getUint16(at + 4, true) >> 8;
        const flags = view.getUint16(at + 8, true);
        const method = view.getUint16(at + 10, true);
        const crc = view.getUint32(at + 16, true);
        const compressedSize = view.getUint32(at + 20, true);
        const size = view.getUint32(at + 24, true);
        const nameLength = view.getUint16(at + 28, true);
        const extraLength = view.getUint16(at + 30, true);
        const commentLength = view.getUint16(at + 32, true);
        const external = view.getUint32(at + 38, true);
        const localOffset = view.getUint32(at + 42, true);
        const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
        at += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/'))
            continue;
        const unsafe = unsafePath(name);
        if (unsafe)
            fail(`entry "${name}" ${unsafe}`);
        // Unix zips keep the file mode in the high half of the external attributes.
        const mode = madeBy === 3 ? external >>> 16 : 0;
        if (mode !== 0 && (mode & S_IFMT) === S_IFLNK)
            fail(`entry "${name}" is a symbolic link`);
        if (mode !== 0 && (mode & S_IFMT) !== S_IFREG && (mode & S_IFMT) !== 0)
            fail(`entry "${name}" is not a regular file`);
        if (flags & 1)
            fail(`entry "${name}" is encrypted`);
        if (files.has(name))
            fail(`entry "${name}" appears twice`);
        const clash = folderClash(name, files, folders);
        if (clash)
            fail(`entry "${name}" ${clash}`);
        if (total + size > limits.maxTotalBytes)
            fail(`more than ${limits.maxTotalBytes} bytes uncompressed`);
        if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE)
            fail(`entry "${name}": corrupt local header`);
        const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
        if (dataStart + compressedSize > bytes.length)
            fail(`entry "${name}" is truncated`);
        const data = bytes.subarray(dataStart, dataStart + compressedSize);
        const decoder = method === 8 ? inflateBounded : limits.decoders?.[method];
        const content = method === 0 ? data.slice() : decoder ? decoder(data, limits.maxTotalBytes - total, name, fail) : fail(`entry "${name}" uses compression method ${method}`);
        if (content.length !== size)
            fail(`entry "${name}" inflates to ${content.length} bytes, not the ${size} its header says`);
        if (crc32(content) !== crc)
            fail(`entry "${name}" fails its CRC check (damaged archive)`);
        total += content.length;
        files.set(name, content);
    }
    return files;
}
/** Why a path may not be extracted, or undefined when it stays inside the extraction folder. */
function unsafePath(name) {
    if (name.includes('\\'))
        return 'contains a backslash';
    if (name.includes('\0'))
        return 'contains a NUL byte';
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return 'is an absolute path';
    const parts = name.split('/');
    if (parts.some((part) => part === '..'))
        return 'would escape the extraction folder (zip slip)';
    if (parts.some((part) => part === '' || part === '.'))
        return 'has an empty or "." path segment';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'contains a control character';
    if (parts.some((part) => new TextEncoder().encode(part).length > 255))
        return 'has a name longer than 255 bytes';
    return undefined;
}
/**
 * Why `name` cannot sit beside the entries read so far: a file where another entry needs a folder (`q` beside
 * `q/b`), in either order. Records `name`'s folders when it fits.
 */
function folderClash(name, files, folders) {
    if (folders.has(name))
        return 'is a file where another entry has a folder';
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
        const folder = parts.slice(0, i).join('/');
        if (files.has(folder))
            return `needs a folder "${folder}" where another entry is a file`;
    }
    for (let i = 1; i < parts.length; i++)
        folders.add(parts.slice(0, i).join('/'));
    return undefined;
}
function inflateBounded(data, budget, name, fail) {
    const chunks = [];
    let length = 0;
    let finished = false;
    const inflater = new fflate_esm/* Inflate */.EL((chunk, final) => {
        length += chunk.length;
        if (length > budget)
            fail(`entry "${name}" inflates past the size limit (zip bomb?)`);
        chunks.push(chunk);
        if (final)
            finished = true;
    });
    try {
        for (let offset = 0; offset < data.length; offset += 65_536) {
            inflater.push(data.subarray(offset, Math.min(data.length, offset + 65_536)), offset + 65_536 >= data.length);
        }
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        fail(`entry "${name}" is not valid deflate data (${error.message})`);
    }
    if (!finished)
        fail(`entry "${name}" is truncated`);
    const out = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
    }
    return out;
}
function findEndOfCentralDirectory(view) {
    // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
    const lowest = Math.max(0, view.byteLength - 22 - 65_535);
    for (let at = view.byteLength - 22; at >= lowest; at--) {
        if (view.getUint32(at, true) === EOCD_SIGNATURE)
            return at;
    }
    return -1;
}
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 (IEEE), as zip stores it for every entry. */
function crc32(bytes) {
    let crc = 0xffffffff;
    for (let i = 0; i < bytes.length; i++)
        crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}

;// CONCATENATED MODULE: ./src/ingest/llm-logs/inspect-eval-zip.ts





/** An `.eval` log is a few MB of JSON per thousand samples; this bounds what one archive may inflate to. */
const MAX_INFLATED_BYTES = 1024 ** 3;
const MAX_ENTRIES = 200_000;
/** Zip's method number for Zstandard, which Inspect uses for its members (Node 20 has no zstd of its own). */
const ZSTD = 93;
/** A zip whose first entry is one of Inspect's members. */
function looksLikeInspectEval(name, head) {
    if (head.length < 30 || head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04)
        return false;
    const nameLength = head[26] | (head[27] << 8);
    const first = new TextDecoder().decode(head.subarray(30, 30 + nameLength));
    return name.toLowerCase().endsWith('.eval') || first === 'header.json' || first.startsWith('_journal/') || first.startsWith('samples/');
}
/**
 * Reads an Inspect `.eval` archive: `header.json` (or, for a log still being written, `_journal/start.json`)
 * and every `samples/<id>_epoch_<n>.json`. Members are deflate or Zstandard; both inflate under one byte budget,
 * counted while inflating.
 */
function readInspectEval(name, bytes) {
    const files = safeUnzip(bytes, name, { maxEntries: MAX_ENTRIES, maxTotalBytes: MAX_INFLATED_BYTES, decoders: { [ZSTD]: zstdBounded } });
    const json = (member) => {
        const content = files.get(member);
        if (!content)
            return undefined;
        const value = tryParse(new TextDecoder().decode(content));
        if (value === undefined)
            throw new errors/* InputError */.dz(`member ${member} is not valid JSON`, { file: name });
        return value;
    };
    const header = json('header.json') ?? json('_journal/start.json');
    if (!isObject(header))
        throw new errors/* InputError */.dz('an .eval archive without header.json: not an Inspect log', { file: name });
    const members = [...files.keys()].filter((member) => member.startsWith('samples/') && member.endsWith('.json')).sort(bySampleAndEpoch);
    return readInspectParts(name, { header, samples: members.map(json) });
}
/** `samples/<id>_epoch_<n>.json` in id, then epoch order, so repeats are listed the same way every time. */
function bySampleAndEpoch(a, b) {
    const parse = (member) => /^samples\/(.*)_epoch_(\d+)\.json$/.exec(member);
    const pa = parse(a);
    const pb = parse(b);
    if (!pa || !pb)
        return a < b ? -1 : a > b ? 1 : 0;
    if (pa[1] !== pb[1])
        return pa[1] < pb[1] ? -1 : 1;
    return Number(pa[2]) - Number(pb[2]);
}
/** Zstandard, stopped as soon as the output passes the budget (a zip bomb fails early, not after filling memory). */
function zstdBounded(data, budget, member, fail) {
    const chunks = [];
    let length = 0;
    const stream = new esm/* Decompress */.YM((chunk) => {
        length += chunk.length;
        if (length > budget)
            fail(`entry "${member}" inflates past the size limit (zip bomb?)`);
        chunks.push(chunk);
    });
    try {
        for (let offset = 0; offset < data.length; offset += 65_536) {
            stream.push(data.subarray(offset, Math.min(data.length, offset + 65_536)), offset + 65_536 >= data.length);
        }
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        fail(`entry "${member}" is not valid Zstandard data (${error.message})`);
    }
    const out = new Uint8Array(length);
    let offset = 0;
    for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/ingest/llm-logs/lm-eval-samples.ts




/**
 * lm-evaluation-harness `--log_samples` output: `samples_<task>_<date>.jsonl`, one line per document and filter
 * (`doc_id`, `filter`, `metrics`, each metric's per-document value, `doc_hash`, `prompt_hash`, `target_hash`),
 * beside `results_<date>.json`. Ids are those of the results file: `<task>/<metric>`, with `,<filter>` kept when
 * the filter is not `none`. The item key is the `doc_id` (task and filter are part of the id); `doc_hash` and
 * `target_hash` make the item's version, so a document whose text or answer changed is not paired.
 */
const SAMPLES_NAME = /(?:^|[/\\])samples_(.+)_(\d{4}-\d{2}-\d{2}T[\d.-]+)\.jsonl(?:\.gz)?$/i;
const RESULTS_NAME = /(?:^|[/\\])results_(\d{4}-\d{2}-\d{2}T[\d.-]+)\.json(?:\.gz)?$/i;
/** The task and date stamp in a samples file's name, when it follows lm-eval's pattern. */
function samplesFileName(name) {
    const match = SAMPLES_NAME.exec(name);
    return match ? { task: match[1], date: match[2] } : undefined;
}
function resultsFileDate(name) {
    return RESULTS_NAME.exec(name)?.[1];
}
/** A first line with `doc_id` and lm-eval's own per-sample fields. */
function isLmEvalSampleLine(first) {
    return isObject(first) && keyOf(first.doc_id) !== undefined && Array.isArray(first.metrics) && ('doc_hash' in first || 'filter' in first);
}
/** A results file's top level: `results` plus one of the sections only lm-eval writes. */
function isLmEvalResultsRoot(root) {
    return isObject(root) && isObject(root.results) && ['higher_is_better', 'n-samples', 'configs', 'versions', 'lm_eval_version'].some((k) => k in root);
}
/**
 * One lm-eval run: samples files and, when present, the results file written with them (its metrics and
 * `_stderr` for what the samples cannot give, its `higher_is_better` for directions, its `configs` to know
 * which metrics are means of per-document values: only those are paired item by item).
 */
function readLmEvalRun(samples, results) {
    const root = results ? tryParse(results.text) : undefined;
    const fromResults = results ? readJsonMetrics(results.name, results.text) : undefined;
    const directions = new Map();
    const higher = objectAt(root, 'higher_is_better');
    const builder = new llm_logs_scored/* ScoredBuilder */.yn();
    const notes = [...(fromResults?.notes ?? [])];
    for (const file of samples) {
        const task = samplesFileName(file.name)?.task ?? 'lm-eval';
        const notMean = nonMeanMetrics(objectAt(objectAt(root, 'configs'), task));
        readSamplesText(file, task, notMean, builder, notes);
        for (const [metric, isHigher] of Object.entries(objectAt(higher, task) ?? {})) {
            if (typeof isHigher === 'boolean')
                directions.set(`${task}/${metric}`, isHigher);
        }
    }
    // Filters share their metric's direction: `gsm8k/exact_match,strict-match` is `exact_match`.
    const scored = builder.finish();
    const withFilters = new Map([...directions, ...(fromResults?.higherIsBetter ?? [])]);
    for (const id of [...scored.map((m) => m.id), ...(fromResults?.metrics.keys() ?? [])]) {
        const comma = id.indexOf(',');
        const base = comma < 0 ? id : id.slice(0, comma);
        const direction = directions.get(base);
        if (direction !== undefined && !withFilters.has(id))
            withFilters.set(id, direction);
    }
    const reading = (0,llm_logs_scored/* scoredReading */.hk)(scored, { stderr: fromResults?.stderr, notes, higherIsBetter: withFilters });
    // The results file's own numbers for whatever the samples do not score (corpus-level metrics, groups).
    const metrics = new Map(reading.metrics);
    for (const [id, value] of fromResults?.metrics ?? [])
        if (!metrics.has(id))
            metrics.set(id, value);
    return { ...reading, metrics };
}
/** Metrics a task's config aggregates by something other than the mean (`bleu`, corpus `f1`): not itemised. */
function nonMeanMetrics(config) {
    const out = new Set();
    const list = config?.metric_list;
    if (!Array.isArray(list))
        return out;
    for (const entry of list) {
        const metric = stringAt(entry, 'metric');
        const aggregation = isObject(entry) ? entry.aggregation : undefined;
        if (metric && aggregation !== undefined && aggregation !== 'mean')
            out.add(metric);
    }
    return out;
}
function readSamplesText(file, task, notMean, builder, notes) {
    const lines = file.text.split('\n');
    const unscored = new Set();
    let records = 0;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        const record = tryParse(line);
        if (!isObject(record))
            throw new errors/* InputError */.dz('not a JSON object', { file: file.name, line: i + 1 });
        const docId = keyOf(record.doc_id);
        if (docId === undefined)
            throw new errors/* InputError */.dz('no doc_id', { file: file.name, line: i + 1, field: 'doc_id' });
        if (!Array.isArray(record.metrics))
            throw new errors/* InputError */.dz('no metrics list', { file: file.name, line: i + 1, field: 'metrics' });
        records++;
        const filter = typeof record.filter === 'string' ? record.filter : 'none';
        const suffix = filter === 'none' ? '' : `,${filter}`;
        const version = typeof record.doc_hash === 'string' ? `${record.doc_hash}:${typeof record.target_hash === 'string' ? record.target_hash : ''}` : undefined;
        const prompt = typeof record.prompt_hash === 'string' ? record.prompt_hash : undefined;
        const text = documentText(record.doc);
        for (const metric of record.metrics) {
            if (typeof metric !== 'string')
                continue;
            const value = record[metric];
            const number = typeof value === 'boolean' ? Number(value) : value;
            if (typeof number !== 'number' || !Number.isFinite(number) || notMean.has(metric)) {
                unscored.add(metric);
                continue;
            }
            builder.add(`${task}/${metric}${suffix}`, task, docId, number, { version, prompt, text });
        }
    }
    if (records === 0)
        throw new errors/* InputError */.dz('no samples in this lm-eval samples file', { file: file.name });
    if (unscored.size > 0) {
        notes.push(`${file.name}: ${[...unscored].join(', ')} per document are not means of numbers; their values come from the results file, not paired item by item`);
    }
}
/** The document's question, under the field names lm-eval tasks use most. */
function documentText(doc) {
    if (typeof doc === 'string')
        return doc;
    for (const field of ['question', 'query', 'prompt', 'input', 'text', 'sentence', 'premise', 'ctx']) {
        const value = stringAt(doc, field);
        if (value)
            return value;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/ingest/llm-logs/lm-eval-runs.ts


/**
 * The lm-eval files of one input, sorted into runs: a run is the samples files and the results file of one date
 * stamp. An output folder keeps every run lm-eval made into it, so only the newest run of each task is read
 * (docs/llm-evals.md): an older run's files for a task a newer run also has are skipped, with a note naming them.
 */
function readLmEvalRuns(samples, results) {
    const runs = groupByDate(samples, results);
    // Newest first; a renamed samples file with no date stamp (key '') comes last.
    const dates = [...runs.keys()].sort().reverse();
    const claimed = new Set();
    const skipped = [];
    const out = [];
    for (const date of dates) {
        const run = runs.get(date);
        const tasks = tasksOf(run);
        const stale = new Set([...tasks].filter((task) => claimed.has(task)));
        if (tasks.size > 0 && stale.size === tasks.size) {
            skipped.push(...[...run.samples, ...(run.results ? [run.results] : [])].map((f) => f.name));
            continue;
        }
        const kept = run.samples.filter((f) => !stale.has(taskOf(f)));
        skipped.push(...run.samples.filter((f) => stale.has(taskOf(f))).map((f) => f.name));
        if (stale.size > 0 && run.results)
            skipped.push(`${run.results.name} (for ${[...stale].sort().join(', ')})`);
        const reading = withoutTasks(readLmEvalRun(kept, run.results), stale);
        for (const task of tasks)
            claimed.add(task);
        out.push({ source: [...kept, ...(run.results ? [run.results] : [])].map((f) => f.name).join(', '), reading });
    }
    if (skipped.length > 0 && out.length > 0) {
        const note = `lm-eval: read the newest run of each task; older files skipped: ${skipped.join(', ')}`;
        out[0] = { ...out[0], reading: { ...out[0].reading, notes: [note, ...out[0].reading.notes] } };
    }
    return out;
}
function groupByDate(samples, results) {
    const byDate = new Map();
    const group = (date) => byDate.get(date) ?? byDate.set(date, { samples: [], results: undefined }).get(date);
    for (const file of results)
        group(resultsFileDate(file.name)).results = file;
    for (const file of samples) {
        const date = samplesFileName(file.name)?.date;
        // A renamed samples file joins the only results file there is, if there is one.
        const own = date !== undefined && byDate.has(date) ? date : results.length === 1 ? resultsFileDate(results[0].name) : (date ?? '');
        group(own).samples.push(file);
    }
    return byDate;
}
/** The task a samples file is for, as `readLmEvalRun` names it. */
function taskOf(file) {
    return samplesFileName(file.name)?.task ?? 'lm-eval';
}
/** The tasks of a run: those of its samples files and those its results file has results for. */
function tasksOf(run) {
    const tasks = new Set(run.samples.map(taskOf));
    const results = run.results ? objectAt(tryParse(run.results.text), 'results') : undefined;
    for (const [task, value] of Object.entries(results ?? {}))
        if (isObject(value))
            tasks.add(task);
    return tasks;
}
/** A reading without the ids of the given tasks (`<task>/…`): those come from a newer run. */
function withoutTasks(reading, tasks) {
    if (tasks.size === 0)
        return reading;
    const keep = (id) => !tasks.has(id.slice(0, Math.max(0, id.indexOf('/'))));
    const filter = (map) => (map ? new Map([...map].filter(([id]) => keep(id))) : undefined);
    const higherIsBetter = filter(reading.higherIsBetter);
    return {
        metrics: filter(reading.metrics),
        stderr: filter(reading.stderr),
        notes: reading.notes,
        scored: reading.scored.filter((m) => keep(m.id)),
        ...(higherIsBetter && higherIsBetter.size > 0 ? { higherIsBetter } : {}),
    };
}

;// CONCATENATED MODULE: ./src/ingest/llm-logs/openai-evals.ts



/**
 * OpenAI evals record logs (`oaieval … --record_path`): JSON Lines with a `spec` line, a `final_report` line
 * and one event per line (`sample_id`, `type`, `data`). `match` events carry `data.correct`; the id is
 * `accuracy`, as in the final report, and the item key the `sample_id` (several events of one sample are
 * repeats). Other numbers in the final report come along as the tool computed them.
 */
function isOpenAiEvalsLine(first) {
    return isObject(first) && (objectAt(first, 'spec') !== undefined && stringAt(objectAt(first, 'spec'), 'eval_name') !== undefined);
}
function readOpenAiEvalsLog(name, text) {
    const builder = new llm_logs_scored/* ScoredBuilder */.yn();
    const reported = new Map();
    let task = 'openai-evals';
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '')
            continue;
        const record = tryParse(line);
        if (!isObject(record))
            throw new errors/* InputError */.dz('not a JSON object', { file: name, line: i + 1 });
        const spec = objectAt(record, 'spec');
        if (spec)
            task = stringAt(spec, 'eval_name') ?? task;
        const report = objectAt(record, 'final_report');
        if (report) {
            for (const key of Object.keys(report)) {
                const value = finiteAt(report, key);
                if (value !== undefined)
                    reported.set(key, value);
            }
        }
        if (record.type !== 'match')
            continue;
        const key = keyOf(record.sample_id);
        const correct = objectAt(record, 'data')?.correct;
        if (key === undefined || typeof correct !== 'boolean')
            continue;
        builder.add('accuracy', task, key, correct ? 1 : 0);
    }
    const scored = builder.finish();
    if (scored.length === 0 && reported.size === 0)
        throw new errors/* InputError */.dz('an OpenAI evals log without match events or a final report', { file: name });
    const metrics = new Map();
    for (const [id, value] of reported)
        if (!builder.has(id))
            metrics.set(id, value);
    return (0,llm_logs_scored/* scoredReading */.hk)(scored, { metrics });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/ingest/llm-logs/promptfoo-rows.ts





/**
 * promptfoo `promptfoo eval -o results.json`, read row by row: each row is one test case under one prompt and
 * provider. Ids: `pass_rate` (the test passed), `score` (its score) and `score/<name>` (its named scores), and
 * with several prompts or providers the same per prompt as slices, `pass_rate[prompt=P]`. The item key is the
 * test's `metadata.testCaseId`, else a hash of its description, vars and asserts: never `testIdx`, because rows
 * are not written in test order and an added test shifts every index. Rows that errored (`failureReason` 2) are
 * counted apart (`errors`) and left out of the means: an API outage is not a regression of the prompt.
 * The run's own totals (`successes`, `failures`, `errors`, `latency_ms`, `cost`, `tokens/*`) come along, with
 * the directions the totals reader declares for them (failures, cost, latency and tokens are lower-is-better).
 */
const ERROR = 2;
function isPromptfooRoot(root) {
    const results = objectAt(root, 'results');
    return results !== undefined && Array.isArray(results.results) && objectAt(results, 'stats') !== undefined;
}
/** The stable key of a test case. */
function promptfooTestKey(row) {
    const testCase = objectAt(row, 'testCase');
    const id = stringAt(objectAt(testCase, 'metadata'), 'testCaseId');
    if (id)
        return id;
    const hashed = canonicalJson({ description: testCase?.description ?? null, vars: testCase?.vars ?? objectAt(row, 'vars') ?? null, assert: testCase?.assert ?? null });
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(hashed).digest('hex').slice(0, 16)}`;
}
/** JSON with object keys sorted, so the same test hashes the same whatever order its file listed fields in. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (isObject(value)) {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function readPromptfooRows(name, text, root) {
    const totals = readJsonMetrics(name, text);
    const rows = arrayAt(objectAt(root, 'results'), 'results').filter(isObject);
    const sliceOf = promptSlices(rows);
    const builder = new llm_logs_scored/* ScoredBuilder */.yn();
    let errors = 0;
    const add = (id, key, value, slice, text) => {
        // Across prompts, an item is the test under one prompt: the same test under two prompts is two items.
        builder.add(id, 'promptfoo', slice === undefined ? key : `${key} @ ${slice}`, value, { text });
        if (slice !== undefined)
            builder.add(`${id}[prompt=${slice}]`, 'promptfoo', key, value, { text });
    };
    for (const row of rows) {
        if (finiteAt(row, 'failureReason') === ERROR) {
            errors++;
            continue;
        }
        const key = promptfooTestKey(row);
        const slice = sliceOf(row);
        const testCase = objectAt(row, 'testCase');
        const text = stringAt(testCase, 'description') ?? (objectAt(testCase, 'vars') ? JSON.stringify(testCase.vars) : undefined);
        if (typeof row.success === 'boolean')
            add('pass_rate', key, row.success ? 1 : 0, slice, text);
        const score = finiteAt(row, 'score');
        if (score !== undefined)
            add('score', key, score, slice, text);
        for (const [scoreName, value] of Object.entries(objectAt(row, 'namedScores') ?? {})) {
            if (typeof value === 'number' && Number.isFinite(value))
                add(`score/${scoreName}`, key, value, slice, text);
        }
    }
    const notes = errors > 0 ? [`${name}: ${errors} test run(s) errored (failureReason 2); counted under "errors", not as failures`] : [];
    const reading = (0,llm_logs_scored/* scoredReading */.hk)(builder.finish(), { notes: [...totals.notes, ...notes], higherIsBetter: totals.higherIsBetter });
    const metrics = new Map(totals.metrics);
    for (const id of [...metrics.keys()])
        if (id.includes('[prompt='))
            metrics.delete(id);
    for (const [id, value] of reading.metrics)
        metrics.set(id, value);
    return { ...reading, metrics };
}
/** Rows' prompt × provider, named as the aggregate reader names them; undefined when there is only one. */
function promptSlices(rows) {
    const label = (row) => {
        const prompt = objectAt(row, 'prompt');
        const own = stringAt(prompt, 'label');
        return own && own !== '' ? own : truncate(stringAt(prompt, 'raw') ?? `#${finiteAt(row, 'promptIdx') ?? 0}`);
    };
    const provider = (row) => stringAt(objectAt(row, 'provider'), 'id') ?? stringAt(row, 'provider') ?? '';
    const providers = new Set(rows.map(provider));
    const combos = new Set(rows.map((row) => `${provider(row)}\u0000${label(row)}`));
    if (combos.size < 2)
        return () => undefined;
    return (row) => (providers.size > 1 ? `${provider(row)} ${label(row)}` : label(row));
}

;// CONCATENATED MODULE: ./src/ingest/llm-logs/read-llm-logs.ts









/** From a file's first bytes (at least its whole first line): the line-based and binary formats. */
function sniffLlmLog(name, head) {
    if (looksLikeInspectEval(name, head))
        return 'inspect-eval';
    const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
    const start = text.trimStart();
    if (!start.startsWith('{'))
        return undefined;
    const newline = start.indexOf('\n');
    if (newline < 0)
        return undefined;
    const first = tryParse(start.slice(0, newline));
    if (isLmEvalSampleLine(first))
        return 'lm-eval-samples';
    if (isOpenAiEvalsLine(first))
        return 'openai-evals';
    return undefined;
}
/** For a JSON document read whole: which LLM format it is, if any. */
function sniffLlmDocument(name, root) {
    if (!isObject(root))
        return undefined;
    if (isInspectLog(root))
        return 'inspect-json';
    if (isPromptfooRoot(root))
        return 'promptfoo';
    if (isDeepEvalRun(root))
        return 'deepeval';
    if (resultsFileDate(name) !== undefined && isLmEvalResultsRoot(root))
        return 'lm-eval-results';
    return undefined;
}
/**
 * Collects a run's LLM logs as they are sorted out, and reads them once all are known: an lm-eval samples file
 * needs the results file written with it (same date stamp) for directions and for which metrics are means.
 */
class LlmLogs {
    lmSamples = [];
    lmResults = [];
    readings = [];
    get empty() {
        return this.lmSamples.length + this.lmResults.length + this.readings.length === 0;
    }
    /** Adds a whole file of a format `sniffLlmLog` or `sniffLlmDocument` found. */
    add(format, name, bytes, root) {
        const text = () => (typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes));
        const parsed = () => {
            const value = root ?? tryParse(text());
            if (value === undefined)
                throw new errors/* InputError */.dz('not valid JSON', { file: name });
            return value;
        };
        switch (format) {
            case 'lm-eval-samples':
                this.lmSamples.push({ name, text: text() });
                return;
            case 'lm-eval-results':
                this.lmResults.push({ name, text: text() });
                return;
            case 'inspect-eval':
                if (typeof bytes === 'string')
                    throw new errors/* InputError */.dz('an Inspect .eval log is binary; it was read as text', { file: name });
                this.readings.push({ source: name, reading: readInspectEval(name, bytes) });
                return;
            case 'inspect-json':
                this.readings.push({ source: name, reading: readInspectJson(name, parsed()) });
                return;
            case 'promptfoo': {
                const value = parsed();
                if (!isPromptfooRoot(value))
                    throw new errors/* InputError */.dz('not promptfoo output', { file: name });
                this.readings.push({ source: name, reading: readPromptfooRows(name, text(), value) });
                return;
            }
            case 'deepeval':
                this.readings.push({ source: name, reading: readDeepEvalRun(name, parsed()) });
                return;
            case 'openai-evals':
                this.readings.push({ source: name, reading: readOpenAiEvalsLog(name, text()) });
                return;
        }
    }
    /** Every reading; lm-eval files grouped by date stamp (a samples file with its results file), newest run per task. */
    finish() {
        return [...this.readings, ...readLmEvalRuns(this.lmSamples, this.lmResults)];
    }
}

;// CONCATENATED MODULE: ./src/shell/list-files.ts



/** Bounds on walking a log folder, so a wrong path (say, the repo root) fails fast instead of reading everything. */
const MAX_FOLDER_FILES = 10_000;
/** How deep a log folder's files may sit (TensorBoard runs nest a few levels; nothing real nests eight). */
const list_files_MAX_DEPTH = 8;
/** Every file below `root` (links not followed), depth-first; `name` is how the user named the folder. */
async function listFiles(root, name) {
    const out = [];
    const walk = async (folder, depth) => {
        if (depth > list_files_MAX_DEPTH)
            return;
        for (const entry of await (0,promises_.readdir)(folder, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isDirectory())
                await walk(path, depth + 1);
            else if (entry.isFile())
                out.push(path);
            if (out.length > MAX_FOLDER_FILES)
                throw new errors/* InputError */.dz(`more than ${MAX_FOLDER_FILES} files below this folder; name the log folder itself`, { file: name });
        }
    };
    await walk(root, 0);
    return out;
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var metadata = __nccwpck_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/filter.js
var src_filter = __nccwpck_require__(2739);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/rowgroup.js
var rowgroup = __nccwpck_require__(3554);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/scan.js + 1 modules
var scan = __nccwpck_require__(503);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/utils.js
var utils = __nccwpck_require__(4428);
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/read.js
/**
 * @import {AsyncRowGroup, BaseParquetReadOptions, DecodedArray, ParquetReadOptions, ParquetRow} from '../src/types.js'
 */








/**
 * Symbol for the absolute, zero-based physical position of an object row.
 * @type {typeof import('../src/types.js').rowIndex}
 */
// eslint-disable-next-line no-extra-parens
const rowIndex = /** @type {typeof import('../src/types.js').rowIndex} */ (Symbol('rowIndex'))

/**
 * Read parquet data rows from a file-like object.
 * Reads the minimal number of row groups and columns to satisfy the request.
 *
 * Returns a void promise when complete.
 * Errors are thrown on the returned promise.
 * Data is returned in callbacks onComplete, onChunk, onPage, NOT the return promise.
 * See parquetReadObjects for a more convenient API.
 *
 * @param {ParquetReadOptions} options read options
 * @returns {Promise<void>} resolves when all requested rows and columns are parsed, all errors are thrown here
 */
async function parquetRead(options) {
  // load metadata if not provided
  options.metadata ??= await (0,metadata/* parquetMetadataAsync */.Ei)(options.file, options)

  const { rowStart = 0, rowEnd, columns, onChunk, onComplete, rowFormat, filter, filterStrict = true } = options

  // Filter requires object format to match column names
  if (filter && rowFormat !== 'object') {
    throw new Error('parquet filter requires rowFormat: "object"')
  }

  if (options.includeRowIndex && rowFormat !== 'object') {
    throw new Error('parquet includeRowIndex requires rowFormat: "object"')
  }

  const filterColumns = (0,src_filter/* columnsNeededForFilter */.eD)(filter)
  let readColumns = columns
  if (columns && filterColumns.length) {
    const selectedColumns = new Set(columns)
    const extraColumns = filterColumns.filter(column => !selectedColumns.has(column))
    if (extraColumns.length) readColumns = [...columns, ...extraColumns]
  }
  const readOptions = readColumns === columns ? options : { ...options, columns: readColumns }
  const prepared = await (0,scan/* prepareParquetRead */.ek)(readOptions)
  const preparedOptions = prepared.options
  const requiresProjection = readColumns !== columns
  const asyncGroups = (0,scan/* readParquetPlan */.e0)(preparedOptions, prepared.plan)

  // skip assembly if no onComplete or onChunk, but wait for reading to finish
  if (!onComplete && !onChunk) {
    await awaitAllColumns(asyncGroups)
    return
  }

  // assemble struct columns
  if (!preparedOptions.metadata) throw new Error('parquet requires metadata')
  const schemaTree = (0,metadata/* parquetSchema */.YR)(preparedOptions.metadata)
  const assembled = asyncGroups.map(arg => (0,rowgroup/* assembleAsync */.Ls)(arg, schemaTree, options.parsers))

  // onChunk emit all chunks (don't await). Rejection is surfaced by awaitAllColumns below.
  if (onChunk) {
    for (const asyncGroup of assembled) {
      for (const asyncColumn of asyncGroup.asyncColumns) {
        asyncColumn.data.then(({ data, skipped }) => {
          let rowStart = asyncGroup.groupStart + skipped
          for (const columnData of data) {
            onChunk({
              columnName: asyncColumn.pathInSchema[0],
              columnData,
              rowStart,
              rowEnd: rowStart + columnData.length,
            })
            rowStart += columnData.length
          }
        }, () => {})
      }
    }
  }

  // onComplete transpose column chunks to rows
  if (onComplete) {
    // wait for all reads to settle so a sibling rejection cannot leak
    await awaitAllColumns(assembled)
    // loosen the types to avoid duplicate code
    /** @type {any[]} */
    const rows = []
    for (const asyncGroup of assembled) {
      // filter to rows in range (the plan may have narrowed the selection to
      // a sub-range of the group via page index pushdown)
      const selectStart = asyncGroup.selectStart ?? Math.max(rowStart - asyncGroup.groupStart, 0)
      const selectEnd = asyncGroup.selectEnd ?? Math.min((rowEnd ?? Infinity) - asyncGroup.groupStart, asyncGroup.groupRows)
      // transpose column chunks to rows in output
      const groupData = rowFormat === 'object' ?
        await (0,rowgroup/* asyncGroupToRows */.Qe)(asyncGroup, selectStart, selectEnd, readColumns, 'object') :
        await (0,rowgroup/* asyncGroupToRows */.Qe)(asyncGroup, selectStart, selectEnd, columns, 'array')

      // Attach positions before filtering compacts rows. selectStart accounts
      // for both requested ranges and page-index pruning within the group.
      if (options.includeRowIndex) {
        for (let i = 0; i < groupData.length; i++) {
          Object.defineProperty(groupData[i], rowIndex, {
            value: asyncGroup.groupStart + selectStart + i,
          })
        }
      }

      // Apply filter and projection
      if (filter) {
        // eslint-disable-next-line no-extra-parens
        for (const row of /** @type {Record<string, any>[]} */ (groupData)) {
          if ((0,src_filter/* matchFilter */.eA)(row, filter, filterStrict)) {
            if (requiresProjection && columns) {
              for (const col of filterColumns) {
                if (!columns.includes(col)) delete row[col]
              }
            }
            rows.push(row)
          }
        }
      } else {
        (0,utils/* concat */.xW)(rows, groupData)
      }
    }
    onComplete(rows)
  } else {
    // wait for all async groups to finish (complete takes care of this)
    await awaitAllColumns(assembled)
  }
}

/**
 * Await every column promise across the given row groups via Promise.allSettled
 * so no rejection escapes as an unhandledRejection. Throws the first rejection.
 *
 * @param {AsyncRowGroup[]} asyncGroups
 * @returns {Promise<void>}
 */
async function awaitAllColumns(asyncGroups) {
  const all = asyncGroups.flatMap(g => g.asyncColumns.map(c => c.data))
  const results = await Promise.allSettled(all)
  const failed = results.find(r => r.status === 'rejected')
  if (failed) throw failed.reason
}

/**
 * @param {ParquetReadOptions} options read options
 * @returns {AsyncRowGroup[]}
 */
function parquetReadAsync(options) {
  if (!options.metadata) throw new Error('parquet requires metadata')
  // TODO: validate options (start, end, columns, etc)
  return readParquetPlan(options, parquetPlan(options))
}

/**
 * Reads a single column from a parquet file.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<DecodedArray>}
 */
async function parquetReadColumn(options) {
  if (options.columns?.length !== 1) {
    throw new Error('parquetReadColumn expected columns: [columnName]')
  }
  options.metadata ??= await parquetMetadataAsync(options.file, options)
  const column = options.columns[0]
  const prepared = await prepareParquetRead(options)
  const asyncGroups = readParquetPlan(prepared.options, prepared.plan)
  if (!prepared.options.metadata) throw new Error('parquet requires metadata')
  const schemaTree = parquetSchema(prepared.options.metadata)
  const assembled = asyncGroups.map(group => assembleAsync(group, schemaTree, options.parsers))

  // Keep one plan for the whole column so reads can be prefetched together.
  await awaitAllColumns(assembled)
  /** @type {DecodedArray} */
  const columnData = []
  for (const group of assembled) {
    const asyncColumn = group.asyncColumns.find(candidate => candidate.pathInSchema[0] === column)
    if (!asyncColumn) throw new Error(`parquet column not found: ${column}`)
    const { data } = await asyncColumn.data
    for (const chunk of data) concat(columnData, chunk)
  }
  return columnData
}

/**
 * This is a helper function to read parquet row data as a promise.
 * It is a wrapper around the more configurable parquetRead function.
 *
 * @param {Omit<ParquetReadOptions, 'onComplete'>} options
 * @returns {Promise<ParquetRow[]>} resolves when all requested rows and columns are parsed
 */
function parquetReadObjects(options) {
  return new Promise((onComplete, reject) => {
    parquetRead({
      ...options,
      rowFormat: 'object', // force object output
      onComplete,
    }).catch(reject)
  })
}

;// CONCATENATED MODULE: ./src/ingest/llm-logs/generic-records.ts


class ScoredRecordsReader {
    columns;
    builder = new llm_logs_scored/* ScoredBuilder */.yn();
    rows = 0;
    constructor(columns) {
        this.columns = columns;
    }
    /** True once a row was added. */
    get started() {
        return this.rows > 0;
    }
    /** Checks a file's header (its column names) once, before its rows. */
    checkHeader(file, header) {
        const wanted = [this.columns.id, ...this.columns.scores, ...(this.columns.cluster ? [this.columns.cluster] : []), ...(this.columns.slices ?? [])];
        for (const name of wanted) {
            if (!header.includes(name)) {
                throw new errors/* InputError */.dz(`no column "${name}" (named in columns); the file has ${header.map((h) => JSON.stringify(h)).join(', ')}`, { file, line: 1 });
            }
        }
    }
    add(file, row) {
        const where = (field) => ({ file, line: row.line, field });
        const rawId = row.get(this.columns.id);
        const key = typeof rawId === 'string' ? rawId : typeof rawId === 'number' || typeof rawId === 'bigint' ? String(rawId) : undefined;
        if (key === undefined || key === '')
            throw new errors/* InputError */.dz('the item id is empty', where(this.columns.id));
        const rawCluster = this.columns.cluster === undefined ? undefined : row.get(this.columns.cluster);
        const cluster = rawCluster === undefined || rawCluster === null ? undefined : generic_records_cellText(rawCluster);
        const slices = (this.columns.slices ?? []).map((name) => `[${name}=${generic_records_cellText(row.get(name))}]`);
        for (const column of this.columns.scores) {
            const value = scoreValue(row.get(column));
            if (value === undefined) {
                throw new errors/* InputError */.dz(`"${generic_records_cellText(row.get(column))}" is not a score (a number, true/false, or 0/1)`, where(column));
            }
            const facts = cluster === undefined ? undefined : { cluster };
            this.builder.add(column, 'scored', key, value, facts);
            for (const slice of slices)
                this.builder.add(`${column}${slice}`, 'scored', key, value, facts);
        }
        this.rows++;
    }
    finish(file) {
        if (this.rows === 0)
            throw new errors/* InputError */.dz('no scored records in this file', { file });
        return (0,llm_logs_scored/* scoredReading */.hk)(this.builder.finish());
    }
}
/** A cell as text: scalars as they print, anything else (a nested record) as JSON. */
function generic_records_cellText(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value) ?? '';
}
function scoreValue(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (typeof value === 'bigint')
        return Number(value);
    if (typeof value !== 'string')
        return undefined;
    const trimmed = value.trim().toLowerCase();
    if (trimmed === 'true')
        return 1;
    if (trimmed === 'false')
        return 0;
    if (trimmed === '')
        return undefined;
    const number = Number(trimmed);
    return Number.isFinite(number) ? number : undefined;
}

;// CONCATENATED MODULE: ./src/shell/load-llm-logs.ts











/**
 * An lm-eval output folder (`results_*.json` and `samples_*.jsonl`, usually one folder per model) or an Inspect
 * log folder (`*.eval` and `*.json` logs): every log in it goes to `logs`. False when the folder holds none.
 */
async function addLlmFolder(full, name, logs) {
    const files = await listFiles(full, name);
    const candidates = files.filter((f) => /(^|\/)(samples_.+\.jsonl|results_.+\.json|[^/]+\.eval|[^/]+\.json)(\.gz)?$/i.test(f));
    const found = [];
    for (const file of candidates.sort()) {
        const shown = (0,external_node_path_.join)(name, (0,external_node_path_.relative)(full, file));
        const bytes = await readWhole(file, shown);
        const lineFormat = sniffLlmLog(shown, bytes.subarray(0, 1 << 22));
        if (lineFormat) {
            found.push({ format: lineFormat, shown, bytes });
            continue;
        }
        if (!/\.json(\.gz)?$/i.test(file))
            continue;
        const root = tryParse(decodeText(bytes, shown));
        const format = isObject(root) ? sniffLlmDocument(shown, root) : undefined;
        if (format)
            found.push({ format, shown, bytes, root });
    }
    for (const { format, shown, bytes, root } of found)
        logs.add(format, shown, bytes, root);
    return found.length > 0;
}
/** A whole file, gunzipped when it is gzip. */
async function readWhole(full, shown) {
    const size = (await (0,promises_.stat)(full)).size;
    if (size > MAX_FILE_BYTES)
        throw new errors/* InputError */.dz(`${(size / 1024 ** 3).toFixed(1)} GiB, above the 2 GiB limit for one file`, { file: shown });
    const bytes = await (0,promises_.readFile)(full);
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
        // Per-sample logs are large but bounded like any file: 2 GiB inflated, counted while inflating.
        const inflated = (0,gunzip_bounded/* gunzipBounded */.Z)(bytes, MAX_FILE_BYTES);
        if ('problem' in inflated)
            throw new errors/* InputError */.dz(inflated.problem.replace(/^not valid gzip/, 'not a valid gzip file'), { file: shown });
        return inflated.bytes;
    }
    return bytes;
}
/** The scored-record columns the settings name, or undefined when the run reads predictions. */
function scoredColumns(columns) {
    if (!columns.scores || !columns.id)
        return undefined;
    return { id: columns.id, scores: columns.scores, repeat: columns.repeat, cluster: columns.cluster, slices: columns.slices };
}
/** A CSV, TSV, JSON Lines or Parquet file of scored records (`columns.scores`). */
async function readScoredRecordsFile(full, shown, columns) {
    const bytes = await readWhole(full, shown);
    const reader = new ScoredRecordsReader(columns);
    const lower = shown.toLowerCase().replace(/\.gz$/, '');
    if (lower.endsWith('.parquet') || (bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31)) {
        const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        const header = (0,metadata/* parquetSchema */.YR)((0,metadata/* parquetMetadata */.m5)(buffer)).children.map((c) => c.element.name);
        reader.checkHeader(shown, header);
        const wanted = [...new Set([columns.id, ...columns.scores, ...(columns.cluster ? [columns.cluster] : []), ...(columns.slices ?? [])])];
        const rows = await parquetReadObjects({ file: buffer, columns: wanted });
        rows.forEach((row, i) => reader.add(shown, { get: (c) => row[c], line: i + 1 }));
        return reader.finish(shown);
    }
    const text = decodeText(bytes, shown);
    if (lower.endsWith('.csv') || lower.endsWith('.tsv')) {
        let header;
        let index = new Map();
        parseDelimited(text, lower.endsWith('.tsv') ? '\t' : ',', shown, {
            record(fields, line) {
                if (!header) {
                    header = fields;
                    index = new Map(fields.map((f, i) => [f, i]));
                    reader.checkHeader(shown, fields);
                    return;
                }
                reader.add(shown, { get: (c) => fields[index.get(c)], line });
            },
        });
        return reader.finish(shown);
    }
    let line = 0;
    for (const raw of text.split('\n')) {
        line++;
        if (raw.trim() === '')
            continue;
        const record = tryParse(raw);
        if (!isObject(record))
            throw new errors/* InputError */.dz('not a JSON object', { file: shown, line });
        if (!reader.started)
            reader.checkHeader(shown, Object.keys(record));
        reader.add(shown, { get: (c) => record[c], line });
    }
    return reader.finish(shown);
}

;// CONCATENATED MODULE: ./src/shell/load-run.ts






















/**
 * Loads a run from any mix of prediction files, metric files and log folders (TensorBoard log directories,
 * MLflow run folders), recognised by content as well as by name.
 *
 * CSV, TSV and JSON Lines predictions are streamed (docs/performance.md): only their start is read while the files are sorted out, and
 * the rest is parsed as it is read. Errors keep the order of reading every file whole before parsing any: a
 * problem found while sorting out a later file is raised only after the earlier streams were read through
 * (their gzip and UTF-8 errors come first), and the streams defer parse errors the same way.
 */
async function loadRun(patterns, settings, cwd) {
    const paths = await distinctFiles(await expandPatterns(patterns, cwd), cwd);
    const inputs = { sources: [], readings: [], ranges: [], columns: settings.columns, llm: new LlmLogs() };
    try {
        try {
            for (const path of paths) {
                const bundle = await collectInput(path, paths, cwd, inputs);
                if (bundle)
                    return bundle;
            }
        }
        catch (error) {
            for (const source of inputs.sources) {
                if (source.kind !== 'text' && source.kind !== 'parquet')
                    for await (const chunk of source.stream.chunks)
                        void chunk;
            }
            throw error;
        }
        const evaluation = inputs.sources.length > 0
            ? evaluate(resolveEvalSet(await readPredictionSources(inputs.sources, settings.columns), settings))
            : undefined;
        return combineRun(evaluation, [...inputs.readings, ...inputs.llm.finish()], paths);
    }
    finally {
        await Promise.all(inputs.ranges.map((r) => r.close()));
    }
}
/**
 * The paths without the ones that reach a file already listed, through a symlinked folder or `./` spellings: the
 * same predictions read twice would double every count and narrow every interval. The first spelling is kept.
 */
async function distinctFiles(paths, cwd) {
    const seen = new Set();
    const kept = [];
    for (const path of paths) {
        const real = await (0,promises_.realpath)(path.startsWith('/') ? path : (0,external_node_path_.join)(cwd, path)).catch(() => undefined);
        if (real !== undefined && seen.has(real))
            continue;
        if (real !== undefined)
            seen.add(real);
        kept.push(path);
    }
    return kept;
}
/** Sorts out one path; returns the run when the path is a baseline bundle, which stands alone. */
async function collectInput(path, paths, cwd, inputs) {
    const full = path.startsWith('/') ? path : (0,external_node_path_.join)(cwd, path);
    const info = await (0,promises_.stat)(full).catch(() => undefined);
    if (!info)
        throw new errors/* InputError */.dz('no such file', { file: path });
    if (info.isDirectory()) {
        if (await isBundleFolder(full))
            return single(paths, path, (await readBundleRun(full, path)));
        if (await addLlmFolder(full, path, inputs.llm))
            return undefined;
        inputs.readings.push({ source: path, reading: await readLogDirectory(full, path) });
        return undefined;
    }
    checkSize(info.size, path);
    const start = await readFileStart(full, path, info.size, sortOutJudge());
    const head = { name: path, bytes: start.head };
    const llmFormat = sniffLlmLog(path, start.head);
    if (llmFormat) {
        inputs.llm.add(llmFormat, path, await readWhole(full, path));
        return undefined;
    }
    const scored = scoredColumns(inputs.columns);
    if (scored && !looksLikeTensorBoard(head) && /\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i.test(path)) {
        inputs.readings.push({ source: path, reading: await readScoredRecordsFile(full, path, scored) });
        return undefined;
    }
    if (!looksLikeTensorBoard(head)) {
        if ((0,parquet_file/* isParquet */.P8)(start.head, path)) {
            inputs.sources.push({ kind: 'parquet', file: await parquetFile(full, path, info.size, start, inputs) });
            return undefined;
        }
        const delimiter = streamedDelimiter(path, start.head);
        if (delimiter) {
            const chunks = checkedContent(full, path, start.gzip);
            inputs.sources.push({ kind: 'delimited', stream: { name: path, delimiter, chunks, expectedBytes: start.expectedBytes } });
            return undefined;
        }
        if (streamsJsonLines(path, start.head)) {
            const chunks = checkedContent(full, path, start.gzip);
            inputs.sources.push({ kind: 'json-lines', stream: { name: path, chunks, expectedBytes: start.expectedBytes } });
            return undefined;
        }
        if (streamsJsonArray(path, start.head, start.expectedBytes, inputs.columns)) {
            const chunks = checkedContent(full, path, start.gzip);
            inputs.sources.push({ kind: 'json-array', stream: { name: path, chunks, expectedBytes: start.expectedBytes } });
            return undefined;
        }
    }
    // Everything else is small or needs all of its text: read whole, as it always was.
    const file = start.complete ? head : await readBytes(full, path, info.size);
    if (looksLikeTensorBoard(file)) {
        inputs.readings.push({ source: path, reading: readTensorBoardEvents([{ file, prefix: '' }]) });
        return undefined;
    }
    const text = decodeText(file.bytes, path);
    if (BUNDLE_MARKER.test(text.slice(0, 200)))
        return single(paths, path, (await readBundleRun(full, path)));
    const llmDocument = sniffJsonDocument(path, text);
    if (llmDocument) {
        inputs.llm.add(llmDocument.format, path, text, llmDocument.root);
        return undefined;
    }
    const format = detectMetricFormat(path, text);
    if (format === 'yaml')
        await loadYaml(); // the parser is loaded on demand, for the few runs that need it
    if (format === undefined)
        inputs.sources.push({ kind: 'text', file: { name: path, text } });
    else
        inputs.readings.push({ source: path, reading: readMetricText(format, path, text) });
    return undefined;
}
/**
 * Bytes of a file's start read to sort it out: enough for any signature, and its whole first line, unless that
 * line is longer than HEAD_CAP (a JSON document on one line: its first record decides, see `streamsJsonArray`).
 */
const HEAD_BYTES = 1 << 16;
const HEAD_CAP = 4 << 20;
/** A `readFileStart` judge: true once HEAD_BYTES and the first non-blank line are read, or HEAD_CAP bytes. */
function sortOutJudge() {
    let read = 0;
    let content = false;
    let lineEnded = false;
    return (chunk) => {
        for (let i = 0; i < chunk.length && !lineEnded; i++) {
            const b = chunk[i];
            if (b === 0x0a || b === 0x0d)
                lineEnded = content;
            else if (b !== 0x20 && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf)
                content = true;
        }
        read += chunk.length;
        return (read >= HEAD_BYTES && lineEnded) || read >= HEAD_CAP;
    };
}
/**
 * The delimiter of a CSV or TSV predictions file, judged from its start exactly as the whole-file path judges
 * the whole text (a bundle marker in the first 200 characters, a Keras log's header on the first line); else
 * undefined, and the file is read whole.
 */
function streamedDelimiter(path, head) {
    const format = formatByName(path);
    if (format !== 'csv' && format !== 'tsv')
        return undefined;
    const text = new TextDecoder().decode(head);
    if (BUNDLE_MARKER.test(text.slice(0, 200)) || detectMetricFormat(path, text) !== undefined)
        return undefined;
    return format === 'csv' ? ',' : '\t';
}
/** JSON Lines predictions (by name) are streamed too, unless they start like a baseline bundle. */
function streamsJsonLines(path, head) {
    return formatByName(path) === 'jsonl' && !BUNDLE_MARKER.test(new TextDecoder().decode(head).slice(0, 200));
}
/**
 * A JSON array of prediction records (by name) is streamed too: when its first record has a label or prediction
 * column (one of the usual names, or one the settings name), or when it is too large to be anything else (the
 * whole-text path took any JSON document of more than MAX_SNIFFED_JSON characters for predictions; a character
 * is at most 3 bytes). Any other JSON document is read whole, and sorted out from all of its text.
 */
function streamsJsonArray(path, head, expectedBytes, columns) {
    if (formatByName(path) !== 'json' || !startsAsArray(head))
        return false;
    if (expectedBytes > 3 * MAX_SNIFFED_JSON)
        return true;
    const first = firstArrayRecord(head);
    const named = [columns.label, columns.prediction];
    return first !== undefined && Object.keys(first).some((key) => isPredictionColumn(key) || named.includes(key));
}
/** Up to two byte-order marks, JSON white space, then `[`. */
function startsAsArray(head) {
    let i = 0;
    for (let bom = 0; bom < 2 && head[i] === 0xef && head[i + 1] === 0xbb && head[i + 2] === 0xbf; bom++)
        i += 3;
    while (i < head.length && isJsonWhiteSpace(head[i]))
        i++;
    return head[i] === OPEN_BRACKET;
}
/** A Parquet file is read by ranges from disk; a gzipped one (rare) is inflated into memory first. */
async function parquetFile(full, path, size, start, inputs) {
    if (start.gzip) {
        const bytes = start.complete ? start.head : (await readBytes(full, path, size)).bytes;
        // A plain view, not a Node Buffer: `Buffer#slice` shares memory, and the reader slices ranges to copy them.
        return { name: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    }
    const ranges = new FileRanges(full, size);
    inputs.ranges.push(ranges);
    return { name: path, bytes: ranges };
}
/** A JSON document (of metric-file size) that is an LLM eval log, with its parsed root. */
function sniffJsonDocument(path, text) {
    const start = text.slice(0, 400).replace(/^\uFEFF/, '').trimStart();
    if (!start.startsWith('{'))
        return undefined;
    // Large documents are predictions, unless they open as an Inspect log does (those reach hundreds of MB).
    if (text.length > MAX_SNIFFED_JSON && !/^\{\s*"version"\s*:\s*\d+\s*,/.test(start))
        return undefined;
    let root;
    try {
        root = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch {
        return undefined; // not plain JSON: the metric-file reader reports where it breaks, or reads NaN tokens
    }
    const format = sniffLlmDocument(path, root);
    return format ? { format, root } : undefined;
}
/** A baseline bundle's document starts with its schema field. */
const BUNDLE_MARKER = /^\s*\{\s*"schema"\s*:\s*"model-gate\/baseline@/;
async function isBundleFolder(folder) {
    return (0,promises_.stat)((0,external_node_path_.join)(folder, bundle_names/* BUNDLE_FILE */.Ij)).then((info) => info.isFile(), () => false);
}
/** Bundles are read only by `compare`, so their schema code is loaded only then. */
async function readBundleRun(full, path) {
    const { readBundle } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(74)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7074));
    return (await readBundle(full, path)).run;
}
/** A bundle is a whole run on its own; mixing it with other files would blur what the baseline is. */
function single(paths, path, run) {
    if (paths.length > 1)
        throw new errors/* InputError */.dz('a baseline bundle stands alone; do not mix it with other files', { file: path });
    return run;
}
function readMetricText(format, path, text) {
    switch (format) {
        case 'json':
            return readJsonMetrics(path, text);
        case 'yaml':
            return readYamlMetrics(path, text);
        case 'keras-csv':
            return readKerasCsvLog(path, text);
        case 'mlflow':
            return readMlflowMetric(path, text, (0,external_node_path_.basename)(path));
    }
}
function checkSize(size, name) {
    if (size > MAX_FILE_BYTES)
        throw new errors/* InputError */.dz(`${(size / 1024 ** 3).toFixed(1)} GiB, above the 2 GiB limit for one file`, { file: name });
}
/** Files read whole (metric files, JSON documents, gzipped Parquet) may inflate to this much, no more. */
const MAX_WHOLE_FILE_BYTES = 512 * 1024 ** 2;
async function readBytes(full, name, size) {
    checkSize(size, name);
    let bytes = await (0,promises_.readFile)(full);
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
        const inflated = (0,gunzip_bounded/* gunzipBounded */.Z)(bytes, MAX_WHOLE_FILE_BYTES);
        if ('problem' in inflated)
            throw new errors/* InputError */.dz(inflated.problem.replace(/^not valid gzip/, 'not a valid gzip file'), { file: name });
        bytes = inflated.bytes;
    }
    return { name, bytes };
}
/**
 * A TensorBoard log directory (event files anywhere below it; sub-folders prefix the tags) or an MLflow run
 * folder (`metrics/<name>` files; nested names keep their folders).
 */
async function readLogDirectory(full, name) {
    const files = await listFiles(full, name);
    const events = files.filter((f) => (0,external_node_path_.basename)(f).startsWith('events.out.tfevents.'));
    if (events.length > 0) {
        const inputs = [];
        for (const file of events.sort()) {
            const prefix = (0,external_node_path_.dirname)((0,external_node_path_.relative)(full, file)).split('\\').join('/');
            inputs.push({ file: await readBytes(file, (0,external_node_path_.join)(name, (0,external_node_path_.relative)(full, file)), (await (0,promises_.stat)(file)).size), prefix: prefix === '.' ? '' : prefix });
        }
        return readTensorBoardEvents(inputs);
    }
    const metricsRoot = (0,external_node_path_.basename)(full) === 'metrics' ? full : (0,external_node_path_.join)(full, 'metrics');
    const mlflow = files.filter((f) => f.startsWith(`${metricsRoot}/`));
    if (mlflow.length > 0) {
        const metrics = new Map();
        const notes = [];
        for (const file of mlflow.sort()) {
            const metricName = (0,external_node_path_.relative)(metricsRoot, file).split('\\').join('/');
            const shown = (0,external_node_path_.join)(name, (0,external_node_path_.relative)(full, file));
            const reading = readMlflowMetric(shown, decodeText(await (0,promises_.readFile)(file), shown), metricName);
            for (const [id, value] of reading.metrics)
                metrics.set(id, value);
            notes.push(...reading.notes);
        }
        return { metrics, stderr: new Map(), notes };
    }
    throw new errors/* InputError */.dz('a folder without TensorBoard event files or MLflow metrics; name the files to read', { file: name });
}

// EXTERNAL MODULE: ./src/gate/outcome.ts
var outcome = __nccwpck_require__(5163);
;// CONCATENATED MODULE: ./src/config/inputs.ts
/** The action's inputs and outputs (README.md#inputs), in one place; a test keeps this list and action.yml in step. */
const INPUT_NAMES = [
    'predictions',
    'metrics',
    'task',
    'columns',
    'positive-label',
    'decision-threshold',
    'rules',
    'config',
    'mode',
    'baseline',
    'baseline-artifact',
    'baseline-workflow',
    'baseline-branch',
    'significance',
    'comment',
    'comment-tag',
    'fail-on',
    'if-no-baseline',
    'accept-label',
    'retention-days',
    'history',
    'current-artifact',
    'current-run-id',
    'github-token',
    'report-artifact',
];
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'status',
    'passed',
    'metrics',
    'regressions',
    'report',
    'comment-url',
    'baseline-sha',
]));

;// CONCATENATED MODULE: ./src/config/parse-rules.ts


const RULE_KEYS = ['min', 'max', 'max-regression', 'direction', 'severity', 'required', 'max-newly-failing'];
/**
 * Parses rules from YAML text (the `rules` input, `--rules`) or an already-parsed value (a config file's
 * `rules:` map). Every problem names the rule and the key: `rules."f1".max-regression: "2 percent" is not …`.
 */
function parseRules(source, origin = 'rules') {
    let value = source;
    if (typeof source === 'string') {
        if (source.trim() === '')
            return [];
        const yaml = loadedYaml();
        try {
            value = yaml.parse(source);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`${origin}: not valid YAML (${error.message.split('\n', 1)[0]})`);
        }
    }
    if (value === null || value === undefined)
        return [];
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigError */.xL(`${origin}: expected a map of metric ids to rules, such as "accuracy: { min: 0.9 }"`);
    }
    return Object.entries(value).map(([key, body]) => parseRule(key, body, `${origin}.${quoteKey(key)}`));
}
function parseRule(key, body, where) {
    if (key.trim() === '')
        throw new errors/* ConfigError */.xL(`${where}: a rule needs a metric id or glob`);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new errors/* ConfigError */.xL(`${where}: expected a map such as { min: 0.9, max-regression: 1% }`);
    }
    const fields = body;
    for (const name of Object.keys(fields)) {
        if (!RULE_KEYS.includes(name)) {
            throw new errors/* ConfigError */.xL(`${where}: unknown key "${name}"; expected ${RULE_KEYS.join(', ')}`);
        }
    }
    const rule = {
        key,
        min: optionalNumber(fields.min, `${where}.min`),
        max: optionalNumber(fields.max, `${where}.max`),
        maxRegression: fields['max-regression'] === undefined ? undefined : parseRegression(fields['max-regression'], `${where}.max-regression`),
        direction: optionalChoice(fields.direction, ['higher', 'lower'], `${where}.direction`),
        severity: optionalChoice(fields.severity, ['error', 'warning'], `${where}.severity`) ?? 'error',
        required: optionalBoolean(fields.required, `${where}.required`) ?? false,
        ...optionalCount(fields['max-newly-failing'], `${where}.max-newly-failing`),
    };
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
        throw new errors/* ConfigError */.xL(`${where}: min ${rule.min} is above max ${rule.max}, so nothing could pass`);
    }
    if (rule.min === undefined && rule.max === undefined && rule.maxRegression === undefined && !rule.required && rule.maxNewlyFailing === undefined) {
        throw new errors/* ConfigError */.xL(`${where}: the rule checks nothing; give min, max, max-regression, max-newly-failing or required: true`);
    }
    return rule;
}
/** `0.01` is absolute, `2%` relative; negative allowances make no sense and are refused. */
function parseRegression(value, where) {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
        return { kind: 'absolute', value };
    if (typeof value === 'string') {
        const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/.exec(value);
        if (match)
            return { kind: 'relative', percent: Number(match[1]) };
        const number = Number(value);
        if (value.trim() !== '' && Number.isFinite(number) && number >= 0)
            return { kind: 'absolute', value: number };
    }
    throw new errors/* ConfigError */.xL(`${where}: ${shown(value)} is not an allowed regression; use a number ≥ 0 (0.01) or a percentage (2%)`);
}
function optionalNumber(value, where) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    throw new errors/* ConfigError */.xL(`${where}: expected a finite number, found ${shown(value)}`);
}
/** A YAML value as the file wrote it: JSON.stringify would write NaN and Infinity (`.nan`, `.inf`) as null. */
function shown(value) {
    if (typeof value === 'number' && !Number.isFinite(value))
        return Number.isNaN(value) ? '.nan (not a number)' : `${value > 0 ? '' : '-'}.inf (infinity)`;
    return JSON.stringify(value);
}
/** `max-newly-failing: N`, a whole number of items ≥ 0; absent stays absent (the field is optional on Rule). */
function optionalCount(value, where) {
    if (value === undefined)
        return {};
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
        return { maxNewlyFailing: value };
    throw new errors/* ConfigError */.xL(`${where}: expected a whole number of items ≥ 0, found ${JSON.stringify(value)}`);
}
function optionalBoolean(value, where) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'boolean')
        return value;
    throw new errors/* ConfigError */.xL(`${where}: expected true or false, found ${JSON.stringify(value)}`);
}
function optionalChoice(value, choices, where) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'string' && choices.includes(value))
        return value;
    throw new errors/* ConfigError */.xL(`${where}: expected ${choices.join(' or ')}, found ${JSON.stringify(value)}`);
}
function quoteKey(key) {
    return /^[\w-]+$/.test(key) ? key : JSON.stringify(key);
}

;// CONCATENATED MODULE: ./src/config/settings.ts





const TASKS = ['auto', 'binary', 'multiclass', 'regression'];
const MODES = ['auto', 'compare', 'record', 'evaluate'];
const COMMENT_MODES = ['always', 'on-change', 'on-failure', 'never'];
/** Keys a config file may hold: every input, plus settings that have no input of their own. */
const CONFIG_ONLY_KEYS = ['min-slice-size', 'accept-absolute-rules', 'show-item-text'];
function parseConfigFile(text, file) {
    const yaml = loadedYaml();
    let value;
    try {
        value = yaml.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`${file}: not valid YAML (${error.message.split('\n', 1)[0]})`);
    }
    if (value === null || value === undefined)
        return new Map();
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigError */.xL(`${file}: expected a map of settings`);
    const known = [...INPUT_NAMES, ...CONFIG_ONLY_KEYS];
    for (const key of Object.keys(value)) {
        if (!known.includes(key)) {
            const close = known.find((k) => editDistance(k, key) <= 2);
            throw new errors/* ConfigError */.xL(`${file}: unknown setting "${key}"${close ? ` (did you mean "${close}"?)` : ''}`);
        }
    }
    return new Map(Object.entries(value));
}
/**
 * Parses every setting once, before any file is read: inputs win over the config file, the config file over
 * defaults; `rules` merge key by key (an input rule replaces the config's rule for the same key).
 */
function parseSettings(read, config = new Map(), configName = 'config file') {
    const text = (name) => {
        const input = read(name)?.trim();
        if (input !== undefined && input !== '')
            return input;
        const value = config.get(name);
        if (typeof value === 'string')
            return value.trim();
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        // A list or a map where one value belongs (`task: [binary]`) must not fall back to the default silently.
        if (value !== undefined && value !== null) {
            throw new errors/* ConfigError */.xL(`${configName}: ${name}: expected a single value, found ${Array.isArray(value) ? 'a list' : 'a map'}`);
        }
        return undefined;
    };
    const choice = (name, choices, fallback) => {
        const raw = text(name);
        if (raw === undefined)
            return fallback;
        if (choices.includes(raw))
            return raw;
        throw new errors/* ConfigError */.xL(`${name}: "${raw}" is not one of ${choices.join(', ')}`);
    };
    const configRules = config.get('rules');
    const rules = mergeRules(configRules === undefined ? [] : parseRules(configRules, `${configName}: rules`), parseRules(read('rules') ?? '', 'rules'));
    const columnsInput = read('columns');
    const columns = columnsInput !== undefined && columnsInput.trim() !== ''
        ? parseColumns(columnsInput)
        : config.has('columns')
            ? parseColumnsValue(config.get('columns'), `${configName}: columns`)
            : {};
    const threshold = text('decision-threshold');
    const significance = text('significance') ?? 'auto';
    return Object.freeze({
        evaluate: Object.freeze({
            task: choice('task', TASKS, 'auto'),
            positiveLabel: text('positive-label'),
            decisionThreshold: threshold === undefined ? undefined : parseNumberInput('decision-threshold', threshold),
            columns,
        }),
        predictions: text('predictions'),
        metrics: text('metrics'),
        rules,
        minSliceSize: parseCount('min-slice-size', config.get('min-slice-size'), 30),
        significance: significance === 'auto' || significance === 'off' ? significance : parseAlpha(significance),
        failOn: choice('fail-on', outcome/* FAIL_ON */.d$, 'error'),
        ifNoBaseline: choice('if-no-baseline', outcome/* IF_NO_BASELINE */.G9, 'warn'),
        mode: choice('mode', MODES, 'auto'),
        baseline: text('baseline') ?? 'artifact',
        baselineArtifact: text('baseline-artifact') ?? 'model-gate-baseline',
        baselineWorkflow: text('baseline-workflow'),
        baselineBranch: text('baseline-branch'),
        comment: choice('comment', COMMENT_MODES, 'always'),
        commentTag: parseTag(text('comment-tag') ?? 'default'),
        acceptLabel: text('accept-label') ?? 'model-gate: accept-regression',
        acceptAbsoluteRules: parseBoolean('accept-absolute-rules', config.get('accept-absolute-rules')),
        showItemText: parseBoolean('show-item-text', config.get('show-item-text')),
        retentionDays: settings_optionalCount('retention-days', text('retention-days')),
        history: parseCount('history', text('history'), 30),
        currentArtifact: text('current-artifact'),
        currentRunId: settings_optionalCount('current-run-id', text('current-run-id')),
        reportArtifact: text('report-artifact'),
    });
}
function mergeRules(fromConfig, fromInput) {
    const byKey = new Map(fromConfig.map((rule) => [rule.key, rule]));
    for (const rule of fromInput)
        byKey.set(rule.key, rule);
    return [...byKey.values()];
}
const COLUMN_KEYS = ['label', 'prediction', 'score', 'id', 'weight', 'slices', 'scores', 'repeat', 'cluster'];
/** Keys that take a name or a list of names. */
const LIST_KEYS = new Set(['slices', 'scores']);
function parseColumns(text) {
    if (text === undefined || text.trim() === '')
        return {};
    const yaml = loadedYaml();
    let value;
    try {
        value = yaml.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`columns: not valid YAML (${error.message.split('\n', 1)[0]})`);
    }
    return parseColumnsValue(value, 'columns');
}
/**
 * `columns` as a map of role → column name (`slices`: a name or a list of names). Hand-written rather than a
 * schema library: this is the only schema every CLI run needs, and loading one cost more start-up time than
 * evaluating a 100,000-row file (test/config/columns-schema.test.ts checks it against the zod schema it replaced).
 */
function parseColumnsValue(value, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigError */.xL(`${where}: expected a map such as {label: y, prediction: y_hat}`);
    }
    const entries = Object.entries(value);
    const unknown = entries.map(([key]) => key).filter((key) => !COLUMN_KEYS.includes(key));
    if (unknown.length > 0) {
        throw new errors/* ConfigError */.xL(`${where}: unknown key ${unknown.map((k) => `"${k}"`).join(', ')}; expected ${COLUMN_KEYS.join(', ')}`);
    }
    const isName = (v) => typeof v === 'string' && v.length > 0;
    const out = {};
    for (const [key, v] of entries) {
        if (v === undefined)
            continue;
        if (LIST_KEYS.has(key)) {
            const list = key;
            if (isName(v))
                out[list] = [v];
            else if (Array.isArray(v) && v.every(isName))
                out[list] = [...v];
            else
                throw new errors/* ConfigError */.xL(`${where}.${key}: expected a column name or a list of them`);
        }
        else if (isName(v)) {
            out[key] = v;
        }
        else {
            throw new errors/* ConfigError */.xL(`${where}.${key}: expected a column name`);
        }
    }
    if (out.scores && !out.id)
        throw new errors/* ConfigError */.xL(`${where}.scores: scored records pair items by id; name the id column too (columns.id)`);
    return out;
}
function parseNumberInput(name, raw) {
    const value = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(value))
        throw new errors/* ConfigError */.xL(`${name}: "${raw}" is not a number`);
    return value;
}
function parseAlpha(raw) {
    const alpha = Number(raw);
    if (!Number.isFinite(alpha) || alpha <= 0 || alpha >= 0.5) {
        throw new errors/* ConfigError */.xL(`significance: "${raw}" is not auto, off, or an alpha between 0 and 0.5 such as 0.05`);
    }
    return alpha;
}
function parseCount(name, raw, fallback) {
    if (raw === undefined || raw === null || raw === '')
        return fallback;
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
    if (!Number.isInteger(value) || value < 0)
        throw new errors/* ConfigError */.xL(`${name}: ${JSON.stringify(raw)} is not a whole number ≥ 0`);
    return value;
}
function settings_optionalCount(name, raw) {
    return raw === undefined ? undefined : parseCount(name, raw, 0);
}
/** Strict: YAML booleans only, never the string "false" read as true. */
function parseBoolean(name, raw) {
    if (raw === undefined || raw === null)
        return false;
    if (typeof raw === 'boolean')
        return raw;
    throw new errors/* ConfigError */.xL(`${name}: expected true or false, found ${JSON.stringify(raw)}`);
}
function parseTag(tag) {
    if (!/^[\w.-]{1,64}$/.test(tag))
        throw new errors/* ConfigError */.xL(`comment-tag: "${tag}" may hold only letters, digits, '.', '_' and '-'`);
    return tag;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/shell/load-settings.ts





const DEFAULT_CONFIG = '.github/model-gate.yml';
/** The inputs whose values are YAML text (see parseSettings); anything else is read as plain text. */
const YAML_INPUTS = ['columns', 'rules'];
/**
 * Reads the config file (the `config` input, else .github/model-gate.yml when it exists) and parses every
 * setting once. A config file that was named but cannot be read is an error; the default one is optional.
 * The YAML parser is loaded only when there is YAML to parse: a config file, or a YAML input that is set.
 */
async function loadSettings(read, cwd) {
    const named = read('config')?.trim();
    const path = named || DEFAULT_CONFIG;
    let text;
    try {
        text = await (0,promises_.readFile)(path.startsWith('/') ? path : (0,external_node_path_.join)(cwd, path), 'utf8');
    }
    catch {
        if (named)
            throw new errors/* ConfigError */.xL(`config: cannot read "${named}"`);
    }
    if (text !== undefined || YAML_INPUTS.some((name) => (read(name)?.trim() ?? '') !== ''))
        await loadYaml();
    const config = text === undefined ? undefined : parseConfigFile(text, path);
    return parseSettings(read, config, path);
}

;// CONCATENATED MODULE: ./src/cli/arguments.ts
// Parses a command's arguments against its options in ./usage.ts. Hand-written rather than node:util's
// parseArgs, which refuses an option value that starts with a dash (`--decision-threshold -0.5`) and cannot
// suggest the option that was meant. Pure: throws UsageError, prints nothing.

/**
 * `--name value`, `--name=value`, switches, `-h`, and `--` (everything after it is positional). A value is the
 * next argument whatever it starts with, except another long option: `--columns --format json` is a missing value.
 * `where` names the command in messages ("model-gate compare").
 */
function parseArguments(args, options, where) {
    const values = {};
    const positionals = [];
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--') {
            positionals.push(...args.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        const equals = arg.indexOf('=');
        const given = arg.startsWith('--') ? (equals < 0 ? arg : arg.slice(0, equals)) : arg;
        const option = options.find((o) => `--${o.name}` === given || (o.short !== undefined && `-${o.short}` === given));
        if (!option)
            throw new errors/* UsageError */.eb(explainUnknownOption(given, options, where));
        if (!option.value) {
            if (equals >= 0 && arg.startsWith('--'))
                throw new errors/* UsageError */.eb(`option --${option.name} takes no value`);
            values[option.name] = true;
            continue;
        }
        let value;
        if (equals >= 0 && arg.startsWith('--'))
            value = arg.slice(equals + 1);
        else {
            const next = args[i + 1];
            if (next === undefined || (next.startsWith('--') && next.length > 2)) {
                throw new errors/* UsageError */.eb(`option --${option.name} needs a value (${option.value})`);
            }
            value = next;
            i++;
        }
        if (option.multiple)
            values[option.name] = [...(values[option.name] ?? []), value];
        else
            values[option.name] = value;
    }
    // Reading an option the command does not declare is a programming error: the help would not list it.
    const declared = (name, kind) => {
        const option = options.find((o) => o.name === name);
        const actual = option === undefined ? undefined : !option.value ? 'flag' : option.multiple ? 'list' : 'string';
        if (actual !== kind)
            throw new Error(`${where} reads --${name} as a ${kind}, but declares it ${actual === undefined ? 'not at all' : `as a ${actual}`}`);
        return option;
    };
    return {
        positionals,
        string: (name) => (declared(name, 'string'), values[name]),
        list: (name) => (declared(name, 'list'), values[name] ?? []),
        flag: (name) => (declared(name, 'flag'), values[name] === true),
        input: (name) => (typeof values[name] === 'string' ? values[name] : undefined),
    };
}
/** "unknown option --thresold (did you mean --decision-threshold?)", one line. */
function explainUnknownOption(given, options, where) {
    const close = suggestNearest(given.replace(/^-+/, ''), options.map((o) => o.name));
    return close === undefined
        ? `unknown option ${escapeArgument(given)}; run ${where} --help for the options`
        : `unknown option ${escapeArgument(given)} (did you mean --${close}?)`;
}
/** An argument echoed in a message: control characters as \xHH (no terminal escapes), at most 60 characters. */
function escapeArgument(arg) {
    // eslint-disable-next-line no-control-regex
    const visible = arg.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return visible.length > 60 ? `${visible.slice(0, 59)}…` : visible;
}
/**
 * The candidate nearest to what was typed, or undefined when none is plausibly meant. A candidate is compared
 * whole and by each of its hyphen-separated tails, so "thresold" finds "decision-threshold" through "threshold";
 * a prefix of a candidate ("base" for "baseline") counts as a match. Allowed typos: a third of the length, at
 * least 1 and at most 3.
 */
function suggestNearest(typed, candidates) {
    const word = typed.toLowerCase();
    if (word === '')
        return undefined;
    let best;
    for (const name of candidates) {
        const parts = name.split('-');
        const forms = parts.map((_, i) => parts.slice(i).join('-'));
        const distance = Math.min(...forms.map((form) => (word.length >= 3 && form.startsWith(word) ? 0 : arguments_editDistance(word, form))));
        if (distance <= Math.min(3, Math.max(1, Math.floor(word.length / 3))) && (!best || distance < best.distance)) {
            best = { name, distance };
        }
    }
    return best?.name;
}
/** Levenshtein distance, counting a swap of two neighbours as one edit (optimal string alignment). */
function arguments_editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, d[i - 2][j - 2] + 1);
            d[i][j] = value;
        }
    }
    return d[a.length][b.length];
}

;// CONCATENATED MODULE: ./src/cli/usage.ts
// The CLI's commands and options, in one table: the parser accepts exactly these options, the help text lists
// exactly these, and "did you mean" suggests among these, so none of the three can drift from the others.
// Pure: no I/O; src/cli.ts prints what these functions return.


const COMMAND_NAMES = ['evaluate', 'compare', 'record'];
const HELP = { name: 'help', short: 'h', meaning: 'print this help and exit' };
const TASK = {
    name: 'task',
    value: TASKS.join('|'),
    meaning: 'the kind of model; auto infers it from the labels and predictions',
    default: 'auto',
};
const COLUMNS = {
    name: 'columns',
    value: 'YAML',
    meaning: 'column names as a YAML map of label, prediction, score, id, weight, slices (a list)',
    default: 'found by their usual names, such as y_true, label, y_pred, y_score',
};
const POSITIVE_LABEL = {
    name: 'positive-label',
    value: 'L',
    meaning: 'the positive class for binary metrics',
    default: '1, true, or the larger of two sorted labels',
};
const DECISION_THRESHOLD = {
    name: 'decision-threshold',
    value: 'T',
    meaning: 'threshold on the score when a binary file has no prediction column; may be negative',
    default: '0.5; decision scores need one',
};
const CONFIG = {
    name: 'config',
    value: 'FILE',
    meaning: 'a YAML file of these settings (and rules); options on the command line override it',
    default: '.github/model-gate.yml if it exists',
};
const FORMATS = ['text', 'markdown', 'json'];
const FORMAT = { name: 'format', value: FORMATS.join('|'), meaning: 'how to print the result', default: 'text' };
const DEBUG = { name: 'debug', meaning: 'add the stack trace to an error message', default: 'off' };
const RULES = {
    name: 'rules',
    value: 'YAML',
    meaning: 'inline rules, e.g. "accuracy: { min: 0.90, max-regression: 1% }"; each replaces the config file\'s rule of the same key',
    default: 'the config file\'s rules, else none',
};
/** The settings every command reads, in the order the help lists them. */
const SETTINGS = [TASK, COLUMNS, POSITIVE_LABEL, DECISION_THRESHOLD, CONFIG];
const FILES = 'prediction files (CSV, TSV, JSONL, JSON, Parquet; .gz too), metric files (JSON, YAML, Hugging Face, ' +
    'lm-evaluation-harness, scikit-learn reports, DVC, Keras logs, MLflow, TensorBoard event files) or log folders, ' +
    'in any mix; globs work';
const COMMANDS = {
    evaluate: {
        name: 'evaluate',
        summary: 'compute the metrics of one run and print them',
        synopsis: 'FILES… [options]',
        positionals: `FILES: ${FILES}`,
        options: [...SETTINGS, FORMAT, DEBUG, HELP],
        example: 'model-gate evaluate predictions.csv --columns "{slices: [region]}" --format markdown',
    },
    compare: {
        name: 'compare',
        summary: 'compare a run with a baseline under rules; exit 1 when a rule fails',
        synopsis: '--baseline PATH… --current PATH… [options]',
        positionals: 'PATH…: files as for evaluate; extra positional FILES are added to --current',
        options: [
            {
                name: 'baseline',
                value: 'PATH',
                multiple: true,
                meaning: 'the baseline: a bundle folder written by record, metric or prediction files, or none; repeat for several',
                default: 'required',
            },
            { name: 'current', value: 'PATH', multiple: true, meaning: 'the run under review; repeat for several', default: 'required' },
            RULES,
            { name: 'fail-on', value: outcome/* FAIL_ON */.d$.join('|'), meaning: 'which failed rules make the exit code 1', default: 'error' },
            { name: 'if-no-baseline', value: outcome/* IF_NO_BASELINE */.G9.join('|'), meaning: 'the outcome when the baseline holds nothing to compare', default: 'warn' },
            {
                name: 'significance',
                value: 'auto|off|ALPHA',
                meaning: 'paired statistics: a regression fails only when it is confidently beyond its allowance; off compares the raw values',
                default: 'auto',
            },
            { name: 'html', value: 'FILE', meaning: 'also write the self-contained HTML report to FILE', default: 'no HTML report' },
            { name: 'no-color', meaning: 'no ANSI colours in the text report', default: 'colours on a terminal unless NO_COLOR is set' },
            ...SETTINGS,
            FORMAT,
            DEBUG,
            HELP,
        ],
        example: 'model-gate compare --baseline baseline-predictions.csv --current predictions.csv --rules "f1: { max-regression: 1% }"',
    },
    record: {
        name: 'record',
        summary: 'write a baseline bundle of a run for later comparisons',
        synopsis: 'FILES… --out DIR [options]',
        positionals: `FILES: ${FILES}`,
        options: [
            { name: 'out', value: 'DIR', meaning: 'the folder to write the baseline bundle into', default: 'required' },
            { name: 'previous', value: 'DIR', meaning: 'an earlier bundle whose history the new one carries on', default: 'no history' },
            { name: 'sha', value: 'SHA', meaning: 'the commit the bundle is recorded for', default: 'local' },
            { ...RULES, meaning: 'rules recorded in the bundle, by which later comparisons are judged as well' },
            ...SETTINGS,
            DEBUG,
            HELP,
        ],
        example: 'model-gate record predictions.csv --out baseline --sha "$(git rev-parse HEAD)"',
    },
};
/** What the program itself accepts before a command. */
const GLOBAL_OPTIONS = [
    { ...HELP, meaning: 'print this overview; model-gate COMMAND --help prints that command\'s usage' },
    { name: 'version', meaning: 'print the version of model-gate' },
];
const EXIT_CODES = `Exit codes: 0 success (compare: passed, possibly with warnings), 1 compare: rules failed,
            2 bad usage or bad input (one line on stderr), 3 internal error.`;
/** The text of `model-gate --help`. */
function renderOverview() {
    const width = Math.max(...COMMAND_NAMES.map((name) => name.length));
    const commands = COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name].summary}`);
    return [
        'Usage: model-gate COMMAND [options]',
        '',
        'Commands:',
        ...commands,
        '',
        'Options:',
        ...GLOBAL_OPTIONS.flatMap(renderOption),
        '',
        'Run model-gate COMMAND --help for the options of a command.',
        EXIT_CODES,
        '',
    ].join('\n');
}
/** The text of `model-gate <command> --help`: synopsis, every option with its meaning and default, an example. */
function renderCommandUsage(name) {
    const command = COMMANDS[name];
    return [
        `Usage: model-gate ${name} ${command.synopsis}`,
        '',
        `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
        ...(command.positionals ? ['', ...wrapText(`${command.positionals}.`, WIDTH)] : []),
        '',
        'Options:',
        ...command.options.flatMap(renderOption),
        '',
        'Example:',
        `  ${command.example}`,
        '',
        EXIT_CODES,
        '',
    ].join('\n');
}
/**
 * An option's lines in a help text: the flag, then its meaning and default in a column; a flag too wide for the
 * column gets a line of its own.
 */
function renderOption(option) {
    const flag = `  ${formatFlag(option)}`;
    const when = option.default === undefined ? '' : option.default === 'required' ? ' (required)' : ` (default: ${option.default})`;
    const text = wrapText(`${option.meaning}${when}`, WIDTH - COLUMN).map((line) => `${' '.repeat(COLUMN)}${line}`);
    if (flag.length + 2 > COLUMN)
        return [flag, ...text];
    return [`${flag.padEnd(COLUMN)}${text[0].trimStart()}`, ...text.slice(1)];
}
/** `-h, --help`, `--task auto|binary|…`: the option as the user types it. */
function formatFlag(option) {
    const long = `--${option.name}${option.value ? ` ${option.value}` : ''}`;
    return option.short ? `-${option.short}, ${long}` : long;
}
/** Help lines stay within WIDTH characters (a long example excepted); meanings start at column COLUMN. */
const WIDTH = 100;
const COLUMN = 28;
/** Splits text at spaces into lines of at most `width` characters (a longer word gets a line of its own). */
function wrapText(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/cli/version.ts
// The package's version, for `model-gate --version`. Imported as JSON so that the bundler inlines it into
// dist/cli/index.js at build time: the bundle does not read package.json at run time, wherever it is installed.

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/cli.ts









/** Runs the CLI and returns its exit code. */
async function runCli(argv, io) {
    const debug = argv.includes('--debug');
    try {
        return await dispatch(argv, io);
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error)) {
            io.error(`model-gate: ${error.message}\n`);
            if (debug && error.stack)
                io.error(`${error.stack}\n`);
            return 2;
        }
        io.error(`model-gate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        return 3;
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined) {
        io.error(renderOverview());
        return 2;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
        const topic = rest[0];
        if (topic === undefined)
            io.write(renderOverview());
        else if (isCommand(topic))
            io.write(renderCommandUsage(topic));
        else
            throw new errors/* UsageError */.eb(explainUnknownCommand(topic));
        return 0;
    }
    if (command === '--version') {
        io.write(`model-gate ${VERSION}\n`);
        return 0;
    }
    if (!isCommand(command)) {
        throw new errors/* UsageError */.eb(command.startsWith('-') ? explainUnknownOption(command, GLOBAL_OPTIONS, 'model-gate') : explainUnknownCommand(command));
    }
    if (asksForHelp(rest)) {
        io.write(renderCommandUsage(command));
        return 0;
    }
    const args = parseArguments(rest, COMMANDS[command].options, `model-gate ${command}`);
    if (command === 'evaluate')
        return runEvaluate(args, io);
    if (command === 'compare')
        return runCompare(args, io);
    return runRecord(args, io);
}
function isCommand(name) {
    return COMMAND_NAMES.includes(name);
}
function explainUnknownCommand(name) {
    const close = suggestNearest(name, COMMAND_NAMES);
    return `unknown command "${escapeArgument(name)}"${close ? ` (did you mean ${close}?)` : ''}; run model-gate --help`;
}
/** `--help` or `-h` anywhere before `--` shows the command's usage, whatever else the line holds. */
function asksForHelp(args) {
    const end = args.indexOf('--');
    return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
async function runEvaluate(args, io) {
    const { positionals } = args;
    if (positionals.length === 0)
        throw new errors/* UsageError */.eb('evaluate needs at least one file');
    const format = parseFormat(args.string('format'));
    const settings = await loadSettings(args.input, io.cwd);
    const run = await loadRun(positionals.join('\n'), settings.evaluate, io.cwd);
    if (format === 'json')
        io.write(`${JSON.stringify(toEvaluationJson(run), null, 2)}\n`);
    else if (format === 'markdown')
        io.write(renderEvaluationMarkdown(run));
    else
        io.write(renderEvaluationText(run));
    return 0;
}
async function runCompare(args, io) {
    const current = [...args.list('current'), ...args.positionals];
    const baseline = args.list('baseline');
    if (current.length === 0)
        throw new errors/* UsageError */.eb('compare needs --current PATH (the run under review)');
    if (baseline.length === 0) {
        throw new errors/* UsageError */.eb('compare needs --baseline PATH (a baseline bundle, metrics or predictions), or --baseline none');
    }
    const format = parseFormat(args.string('format'));
    const settings = await loadSettings(args.input, io.cwd);
    const currentRun = await loadRun(current.join('\n'), settings.evaluate, io.cwd);
    const noBaseline = baseline.length === 1 && baseline[0] === 'none';
    const baselineRun = noBaseline ? undefined : await loadRun(baseline.join('\n'), settings.evaluate, io.cwd);
    const { compareRuns, renderHtmlReport, toHtmlReportInput, toJsonReport, renderMarkdown, renderText } = await __nccwpck_require__.e(/* import() */ 265).then(__nccwpck_require__.bind(__nccwpck_require__, 7265));
    const report = compareRuns(currentRun, baselineRun, { ...settings, expectBaseline: !noBaseline });
    const html = args.string('html');
    if (html)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, html), renderHtmlReport(toHtmlReportInput(report)));
    if (format === 'json')
        io.write(`${JSON.stringify(toJsonReport(report), null, 2)}\n`);
    else if (format === 'markdown')
        io.write(renderMarkdown(report));
    else
        io.write(renderText(report, { color: io.color === true && !args.flag('no-color') }));
    return report.passed ? 0 : 1;
}
async function runRecord(args, io) {
    const { positionals } = args;
    const out = args.string('out');
    const previousDir = args.string('previous');
    if (positionals.length === 0)
        throw new errors/* UsageError */.eb('record needs at least one file');
    if (!out)
        throw new errors/* UsageError */.eb('record needs --out DIR, the folder to write the baseline bundle into');
    const settings = await loadSettings(args.input, io.cwd);
    const run = await loadRun(positionals.join('\n'), settings.evaluate, io.cwd);
    const { buildBundle, readBundle, writeBundle } = await Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605));
    const previous = previousDir ? (await readBundle((0,external_node_path_.resolve)(io.cwd, previousDir), previousDir)).bundle : undefined;
    const { bundle, examples, items } = buildBundle({
        run,
        settings,
        previous,
        provenance: {
            sha: args.string('sha') ?? 'local',
            ref: null,
            runId: null,
            runNumber: null,
            runAttempt: null,
            workflow: null,
            repository: null,
            date: new Date().toISOString(),
        },
    });
    const files = await writeBundle((0,external_node_path_.resolve)(io.cwd, out), bundle, examples, items);
    io.write(`model-gate: recorded ${Object.keys(bundle.metrics).length} metrics into ${out} (${files.map((f) => (0,external_node_path_.basename)(f)).join(', ')})\n`);
    for (const note of bundle.notes)
        io.write(`  - ${note}\n`);
    return 0;
}
function parseFormat(value) {
    const format = value ?? 'text';
    if (FORMATS.includes(format))
        return format;
    throw new errors/* UsageError */.eb(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports logSafe, GitHubError */
/**
 * One error policy: every failure a user can cause is one of these typed errors, with a message that names
 * the file, line and field and says what to do. The entry points print `message` as one line and exit 2
 * (CLI) or fail the step (action); anything else is a bug and keeps its stack trace.
 */
/** Bad input data: a file that cannot be read as what it claims to be. */
class InputError extends Error {
    name = 'InputError';
    location;
    constructor(problem, location) {
        super(logSafe(location ? `${formatLocation(location)}: ${problem}` : problem));
        this.location = location;
    }
}
/** A setting, input or flag with a value that cannot be used. */
class ConfigError extends Error {
    name = 'ConfigError';
    constructor(message) {
        super(logSafe(message));
    }
}
/** The command line was used the wrong way. */
class UsageError extends Error {
    name = 'UsageError';
    constructor(message) {
        super(logSafe(message));
    }
}
/**
 * A message made safe to print in a CI log: one line, whatever the cells it quotes hold. Line breaks and other
 * control characters are written as escapes (`\n`, `\u001b`), so a cell cannot start a line with a GitHub
 * workflow command (`::warning::…`, `::add-mask::…`) or drive the terminal; bidirectional controls (U+202E…),
 * which reorder what a reader sees, are written as their code point.
 */
function logSafe(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, (c) => {
        if (c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        if (c === '\t')
            return '\\t';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/**
 * A GitHub API call that failed for a reason outside model-gate: a missing permission, a workflow file that does
 * not exist, an exhausted rate limit. The message names the call, the status and what to do (docs/github.md).
 */
class GitHubError extends Error {
    status;
    name = 'GitHubError';
    constructor(message, 
    /** The HTTP status, or 0 for a network failure or a refusal model-gate made itself. */
    status) {
        super(message);
        this.status = status;
    }
}
/** True for the errors a user caused and can fix; these are reported without a stack trace. */
function isUserError(error) {
    return error instanceof InputError || error instanceof ConfigError || error instanceof UsageError || error instanceof GitHubError;
}
function formatLocation({ file, line, field, unit }) {
    let text = file;
    if (line !== undefined)
        text += unit === 'record' ? ` record ${line}` : `:${line}`;
    if (field !== undefined)
        text += ` (column "${field}")`;
    return text;
}


/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   V2: () => (/* binding */ baseMetricId)
/* harmony export */ });
/* unused harmony exports metricTokens, metricName */
/** Built-in metrics where lower is better; every other built-in is higher-is-better (docs/input-safety.md). */
const LOWER_IS_BETTER = new Set(['log_loss', 'brier_score', 'mae', 'mse', 'rmse', 'mape', 'median_ae', 'max_error']);
const HIGHER_IS_BETTER = new Set([
    'n', 'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'specificity', 'mcc', 'cohen_kappa', 'roc_auc',
    'average_precision', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro',
    'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc_ovr', 'top2_accuracy', 'r2', 'explained_variance',
]);
/**
 * Whole words that mark an unknown metric as lower-is-better: losses, errors, distances and durations.
 * Matched as tokens of the id, never as substrings, so `sentiment_accuracy` (…ti-me…), `glossary_f1` (…loss…) and
 * `uptime` stay higher-is-better.
 */
const LOWER_TOKENS = new Set([
    'loss', 'losses', 'logloss', 'nll', 'error', 'errors', 'err', 'mae', 'mse', 'rmse', 'msle', 'rmsle', 'mape', 'smape',
    'wer', 'cer', 'ter', 'perplexity', 'ppl', 'bpb', 'bpc', 'brier', 'latency', 'runtime', 'duration', 'time', 'ms',
    'sec', 'secs', 'second', 'seconds', 'fpr', 'fnr', 'eer',
]);
/**
 * Metric names, as the last part of an id, that some tool declares lower-is-better though their words do not say
 * so (lm-evaluation-harness's crows_pairs metrics, which its 0.3 result files carry without a declaration).
 */
const LOWER_NAMES = new Set(['likelihood_difference', 'pct_stereotype']);
/** Rates written as `<thing>_per_<unit>` (`samples_per_second`): the unit after `per` says nothing about direction. */
const PER = 'per';
/**
 * Strips a slice suffix: `accuracy[region=eu]` → `accuracy`. Only `[name=value]` is a slice: brackets without
 * `=` belong to the id itself (`y_score[0]`, `acc[5-shot]`), which stays whole.
 */
function baseMetricId(id) {
    const bracket = id.indexOf('[');
    if (bracket <= 0 || !id.endsWith(']'))
        return id;
    const equals = id.indexOf('=', bracket);
    return equals > bracket + 1 ? id.slice(0, bracket) : id;
}
/** The words of an id: split on `/ _ - . [ ] ( ) , : =` and spaces, and between a lower-case letter and a capital. */
function metricTokens(id) {
    return id
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[/_\-.[\](),:=\s]+/)
        .filter((token) => token !== '');
}
/**
 * Split names that TensorBoard-style tags put after the metric (`Loss/train`, `accuracy/val`): when the last part
 * of an id is one of these, the part before it names the metric.
 */
const SPLIT_NAMES = new Set(['train', 'training', 'val', 'valid', 'validation', 'test', 'eval', 'dev']);
/**
 * The metric name an id ends with, the only part that says anything about direction: the slice suffix, the task
 * prefix (`time_qa/accuracy` → `accuracy`, so a task named for time or seconds does not flip its metrics) and
 * lm-eval's `,filter` suffix are dropped (`gsm8k/exact_match,strict-match` → `exact_match`).
 */
function metricName(id) {
    const parts = baseMetricId(id).split('/').filter((part) => part !== '');
    let last = parts.length - 1;
    if (last > 0 && SPLIT_NAMES.has(parts[last].split(',')[0].toLowerCase()))
        last -= 1;
    const name = (parts[last] ?? id).split(',')[0];
    return name === '' ? id : name;
}
/** True when the name's words name a loss, an error or a duration (`val_loss`, `wer`, `p95_latency_ms`). */
function soundsLowerIsBetter(name) {
    if (LOWER_NAMES.has(name))
        return true;
    const tokens = metricTokens(name);
    if (tokens.join('_').includes('bits_per_byte') || tokens.join('_').includes('bits_per_char'))
        return true;
    return tokens.some((token, i) => LOWER_TOKENS.has(token) && tokens[i - 1] !== PER);
}
/**
 * Whether higher or lower values of a metric are better. In order: the rule's own `direction`, the direction
 * the metric file declares (lm-eval's `higher_is_better`), the built-in metrics, and last the words of the
 * metric name. Built-ins and words are judged on the name alone (see `metricName`), never on the task prefix.
 */
function directionOf(id, explicit, declared) {
    if (explicit)
        return explicit;
    if (declared)
        return declared;
    const name = metricName(id);
    if (LOWER_IS_BETTER.has(name))
        return 'lower';
    if (HIGHER_IS_BETTER.has(name))
        return 'higher';
    return soundsLowerIsBetter(name) ? 'lower' : 'higher';
}


/***/ }),

/***/ 5163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ IF_NO_BASELINE),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   dl: () => (/* binding */ decideOutcome)
/* harmony export */ });
const FAIL_ON = ['error', 'warning', 'never'];
const IF_NO_BASELINE = ['pass', 'warn', 'fail'];
/** Whether the step passes, from the gate's status and the `fail-on` / `if-no-baseline` policies (README.md#inputs). */
function decideOutcome(status, failOn, ifNoBaseline, failed) {
    const listed = failed.slice(0, 5).join(', ') + (failed.length > 5 ? `, and ${failed.length - 5} more` : '');
    switch (status) {
        case 'fail':
            return failOn === 'never'
                ? { passed: true, summary: `rules failed (${listed}), but fail-on is never` }
                : { passed: false, summary: `${failed.length} rule${failed.length === 1 ? '' : 's'} failed: ${listed}` };
        case 'warn':
            return failOn === 'warning'
                ? { passed: false, summary: `warnings with fail-on: warning: ${listed}` }
                : { passed: true, summary: `passed with warnings: ${listed}` };
        case 'no-baseline':
            return ifNoBaseline === 'fail'
                ? { passed: false, summary: 'no baseline to compare against, and if-no-baseline is fail' }
                : { passed: true, summary: 'no baseline to compare against; absolute rules passed' };
        case 'pass':
            return { passed: true, summary: 'every rule passed' };
    }
}


/***/ }),

/***/ 7962:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RS: () => (/* binding */ judgeMove),
/* harmony export */   YD: () => (/* binding */ describeBound),
/* harmony export */   ll: () => (/* binding */ describeRegressionCheck)
/* harmony export */ });
/* unused harmony exports describeMove, describeAllowance, formatBounds, formatLevel */
/* harmony import */ var _report_units_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7885);

/** "fell 2.0 pts (−2.3%)", "rose 0.028 (+9.4%)", "unchanged". */
function describeMove(id, baseline, current, interval, decimals) {
    const delta = current - baseline;
    const unit = (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .unitOf */ .uF)(id, baseline, current);
    if (delta === 0)
        return 'unchanged';
    const digits = decimals ?? (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .changeDecimals */ .dk)(unit, delta, interval);
    const amount = (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(Math.abs(delta), unit, digits).replace(/^\+/, '');
    const relative = baseline !== 0 ? ` (${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatPercent */ .l9)(delta / Math.abs(baseline))})` : '';
    return `${delta > 0 ? 'rose' : 'fell'} ${amount}${relative}`;
}
/** "improved" or "worse", as a word beside the move: a sign alone does not say which for lower-is-better metrics. */
function judgeMove(direction, delta) {
    if (delta === 0)
        return 'unchanged';
    return (delta > 0) === (direction === 'higher') ? 'better' : 'worse';
}
/** The allowance in the change's unit: "1 pt", "2% (1.4 pts)", "5% (0.137)", "0.005". */
function describeAllowance(unit, regression, allowed, digits) {
    const scaled = allowed * (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .changeScale */ .pI)(unit);
    // A rule's own number is shown as written (0.005 → 0.5 pts); a relative allowance at the change's precision.
    const decimals = regression.kind === 'absolute' ? significantDecimals(scaled) : digits;
    const amount = `${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .fixed */ .Zu)(scaled, decimals)}${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSuffix */ .gr)(unit, (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .fixed */ .Zu)(scaled, decimals))}`;
    return regression.kind === 'relative' ? `${regression.percent}% (${amount})` : amount;
}
/** Enough decimals to show a rule's own number without rounding it away (0.005 → 3). */
function significantDecimals(value) {
    if (value === 0 || !Number.isFinite(value))
        return 0;
    const text = String(Number(value.toPrecision(6)));
    const dot = text.indexOf('.');
    return dot < 0 ? 0 : Math.min(10, text.length - dot - 1);
}
/** The reason for a max-regression check that broke (or, with `not-confident`, broke only on the point estimate). */
function describeRegressionCheck(facts, outcome) {
    const { id, baseline, current, direction } = facts;
    const unit = (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .unitOf */ .uF)(id, baseline, current);
    const bounds = facts.interval?.bounds;
    const limit = direction === 'higher' ? -facts.allowed : facts.allowed;
    const digits = (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .separateDecimals */ .iU)(unit, (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .changeDecimals */ .dk)(unit, current - baseline, bounds), bounds, limit);
    const move = describeMove(id, baseline, current, bounds, digits);
    const judged = judgeMove(direction, current - baseline);
    const allowance = `allowed worsening ${describeAllowance(unit, facts.regression, facts.allowed, digits)}`;
    const head = `${move}${judged === 'worse' ? ', worse' : judged === 'better' ? ', better' : ''}; ${allowance}`;
    if (!facts.interval)
        return `${head}; judged on the point estimate: ${facts.noInterval ?? 'no uncertainty known'}`;
    const { level, adjustment } = facts.interval;
    const shown = `${formatLevel(level)} interval${adjustment ? ` (${adjustment})` : ''} ${formatBounds(bounds, unit, digits)}`;
    if (outcome === 'beyond')
        return `${head}; the ${shown} lies wholly beyond it`;
    if (outcome === 'holm-stopped')
        return `${head}; the ${shown} lies beyond it, but Holm's procedure stopped at a less certain check first: a warning`;
    return `${head}; beyond it on the point estimate, but the ${shown} reaches back within it: a warning, not a failure`;
}
/** "−3.5 … −0.5 pts". */
function formatBounds(bounds, unit, digits) {
    return `${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(bounds[0], unit, digits, false)} … ${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatChange */ .eD)(bounds[1], unit, digits, false)}${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSuffix */ .gr)(unit, 2)}`;
}
/** "95%", "98.75%": a level as people write it. */
function formatLevel(level) {
    return `${Number((level * 100).toPrecision(4))}%`;
}
/** A broken `min` or `max`, saying when the baseline broke it already (the pull request did not cause it). */
function describeBound(id, kind, limit, current, baseline) {
    const unit = (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .unitOf */ .uF)(id, current, baseline);
    // Enough digits that a value just past the limit never reads as the limit itself (0.8999, not 0.900).
    const show = (v) => {
        let digits = (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .valueDecimals */ .G7)(unit, v, undefined) + (unit === 'rate' ? 1 : 0);
        while (digits < 10 && Number((0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .fixed */ .Zu)(v * (unit === 'percent' ? 100 : 1), digits).replace(/[,−]/g, (c) => (c === '−' ? '-' : ''))) === limit * (unit === 'percent' ? 100 : 1) && v !== limit)
            digits++;
        // Trailing zeros say nothing here: 0.868, not 0.8680.
        return (0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInUnit */ .NH)(v, unit, digits).replace(/(\.\d*?)0+(%?)$/, '$1$2').replace(/\.(%?)$/, '$1');
    };
    const word = kind === 'min' ? 'below the minimum' : 'above the maximum';
    const limitText = unit === 'percent' ? `${(0,_report_units_js__WEBPACK_IMPORTED_MODULE_0__/* .fixed */ .Zu)(limit * 100, significantDecimals(limit * 100))}%` : String(limit);
    const before = typeof baseline === 'number' && (kind === 'min' ? baseline < limit : baseline > limit);
    if (before)
        return `already ${word} ${limitText} on the baseline (${show(baseline)}), now ${show(current)}: not caused by this change`;
    return `${show(current)} is ${word} ${limitText}`;
}


/***/ }),

/***/ 7344:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   b4: () => (/* binding */ allowedWorsening),
/* harmony export */   rX: () => (/* binding */ DEFAULT_RULE_KEY)
/* harmony export */ });
/* unused harmony export describeRegression */
/** How much worsening `regression` allows against `baseline`: a relative allowance is of the baseline's magnitude. */
function allowedWorsening(regression, baseline) {
    return regression.kind === 'absolute' ? regression.value : (regression.percent / 100) * Math.abs(baseline);
}
/** The key that applies to every metric without a rule of its own. */
const DEFAULT_RULE_KEY = 'default';
/** Renders a rule back in the syntax users write, for the report. */
function describeRule(rule) {
    const parts = [];
    if (rule.min !== undefined)
        parts.push(`min ${rule.min}`);
    if (rule.max !== undefined)
        parts.push(`max ${rule.max}`);
    if (rule.maxRegression)
        parts.push(`max-regression ${describeRegression(rule.maxRegression)}`);
    if (rule.maxNewlyFailing !== undefined)
        parts.push(`max-newly-failing ${rule.maxNewlyFailing}`);
    if (rule.required)
        parts.push('required');
    if (rule.severity === 'warning')
        parts.push('warning');
    return parts.join(', ');
}
function describeRegression(regression) {
    return regression.kind === 'absolute' ? String(regression.value) : `${regression.percent}%`;
}


/***/ }),

/***/ 6862:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ isParquet),
/* harmony export */   TL: () => (/* binding */ MIN_SIZE),
/* harmony export */   hn: () => (/* binding */ startsWithMagic)
/* harmony export */ });
/* unused harmony export MAGIC */
/**
 * What the file loader needs to know about Parquet without loading hyparquet (most of the action's bundle by
 * size): the file shape and how to recognise one. The reader itself, src/ingest/parquet.ts, is imported lazily.
 */
const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
/** The smallest Parquet file: magic, a 4-byte footer length, magic. */
const MIN_SIZE = 12;
/**
 * True when the bytes (the whole file or at least its first four bytes) start with the Parquet magic `PAR1`, or
 * the name ends in `.parquet`, `.parq` or `.pq`. Only the head is checked so that a truncated Parquet file still
 * goes to the Parquet reader, which then reports it as truncated, instead of being parsed as CSV.
 */
function isParquet(bytes, name) {
    if (name !== undefined && /\.(parquet|parq|pq)$/i.test(name))
        return true;
    return startsWithMagic(bytes);
}
function startsWithMagic(bytes, offset = 0) {
    return bytes.length >= offset + 4 && MAGIC.every((b, i) => bytes[offset + i] === b);
}


/***/ }),

/***/ 9272:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ itemMean),
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   Ng: () => (/* binding */ minRepeats),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   hk: () => (/* binding */ scoredReading),
/* harmony export */   qK: () => (/* binding */ itemMeans),
/* harmony export */   yn: () => (/* binding */ ScoredBuilder)
/* harmony export */ });
/* unused harmony exports passAtK, passHatK, passAtKMetrics */
/** The mean over repeats of item i. */
function itemMean(metric, i) {
    const from = metric.offsets[i];
    const to = metric.offsets[i + 1];
    let sum = 0;
    for (let k = from; k < to; k++)
        sum += metric.values[k];
    return sum / (to - from);
}
/** Every item's mean over its repeats. */
function itemMeans(metric) {
    const out = new Float64Array(metric.keys.length);
    for (let i = 0; i < out.length; i++)
        out[i] = itemMean(metric, i);
    return out;
}
/** The metric's value: the mean over items of the per-item mean over repeats. */
function headline(metric) {
    const means = itemMeans(metric);
    let sum = 0;
    for (const m of means)
        sum += m;
    return means.length > 0 ? sum / means.length : Number.NaN;
}
const binary = new WeakMap();
/** True when every score is 0 or 1: pass/fail items. */
function isBinary(metric) {
    let known = binary.get(metric.values);
    if (known === undefined) {
        known = true;
        for (const v of metric.values) {
            if (v !== 0 && v !== 1) {
                known = false;
                break;
            }
        }
        binary.set(metric.values, known);
    }
    return known;
}
/** The fewest repeats any item has. */
function minRepeats(metric) {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < metric.keys.length; i++)
        min = Math.min(min, metric.offsets[i + 1] - metric.offsets[i]);
    return Number.isFinite(min) ? min : 0;
}
/** Item texts are kept short: enough to recognise the item in a report. */
const MAX_TEXT = 300;
/** Collects scores one record at a time, in any order, and packs them per metric. */
class ScoredBuilder {
    metrics = new Map();
    /** The last metric added to: readers add runs of one metric, and the lookup is a tenth of the work. */
    lastId;
    last;
    /** Adds one score of one item (one repeat); NaN and infinities are refused by the readers before this. */
    add(id, task, key, value, facts) {
        let metric = this.lastId === id ? this.last : this.metrics.get(id);
        if (!metric) {
            metric = { task, index: new Map(), keys: [], facts: { cluster: [], version: [], prompt: [], text: [] }, rowItem: [], rowValue: [] };
            this.metrics.set(id, metric);
        }
        this.lastId = id;
        this.last = metric;
        let item = metric.index.get(key);
        if (item === undefined) {
            item = metric.keys.length;
            metric.index.set(key, item);
            metric.keys.push(key);
            const text = facts?.text;
            metric.facts.cluster.push(facts?.cluster);
            metric.facts.version.push(facts?.version);
            metric.facts.prompt.push(facts?.prompt);
            metric.facts.text.push(text === undefined || text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT)}…`);
        }
        metric.rowItem.push(item);
        metric.rowValue.push(value);
    }
    get size() {
        return this.metrics.size;
    }
    has(id) {
        return this.metrics.has(id);
    }
    /** The packed metrics, in the order they were first seen. */
    finish() {
        return [...this.metrics].map(([id, pending]) => packMetric(id, pending));
    }
}
function packMetric(id, pending) {
    const n = pending.keys.length;
    const offsets = new Uint32Array(n + 1);
    for (const item of pending.rowItem)
        offsets[item + 1]++;
    for (let i = 0; i < n; i++)
        offsets[i + 1] += offsets[i];
    const next = offsets.slice(0, n);
    const values = new Float64Array(pending.rowValue.length);
    for (let r = 0; r < pending.rowItem.length; r++)
        values[next[pending.rowItem[r]]++] = pending.rowValue[r];
    const column = (list) => (list.some((v) => v !== undefined) ? list.map((v) => v ?? '') : undefined);
    return {
        id,
        task: pending.task,
        keys: pending.keys,
        offsets,
        values,
        clusters: column(pending.facts.cluster),
        versions: column(pending.facts.version),
        prompts: column(pending.facts.prompt),
        texts: column(pending.facts.text),
    };
}
/** A reading whose headline metrics are the means of its scored metrics, plus any the tool reported itself. */
function scoredReading(scored, extra = {}) {
    const withPassAtK = [...scored, ...scored.filter((m) => !m.id.includes('[')).flatMap(passAtKMetrics)];
    const metrics = new Map();
    for (const metric of withPassAtK)
        metrics.set(metric.id, headline(metric));
    for (const [id, value] of extra.metrics ?? [])
        metrics.set(id, value);
    return {
        metrics,
        stderr: new Map(extra.stderr ?? []),
        notes: [...(extra.notes ?? [])],
        scored: withPassAtK,
        ...(extra.higherIsBetter && extra.higherIsBetter.size > 0 ? { higherIsBetter: new Map(extra.higherIsBetter) } : {}),
    };
}
/**
 * The unbiased estimators of Chen et al. 2021 ("Evaluating Large Language Models Trained on Code") from n
 * repeats of which c passed: pass@k = 1 − C(n − c, k) / C(n, k), the chance that at least one of k draws passes;
 * and pass^k = C(c, k) / C(n, k), the chance that all k pass (τ-bench's reliability measure). Both as products,
 * so no binomial coefficient overflows.
 */
function passAtK(n, c, k) {
    if (n - c < k)
        return 1;
    let miss = 1;
    for (let i = n - c + 1; i <= n; i++)
        miss *= 1 - k / i;
    return 1 - miss;
}
function passHatK(n, c, k) {
    if (c < k)
        return 0;
    let all = 1;
    for (let i = 0; i < k; i++)
        all *= (c - i) / (n - i);
    return all;
}
/**
 * `<id>/pass@k` and `<id>/pass^k` for a pass/fail metric whose items all have k ≥ 2 repeats, k being the fewest
 * repeats any item has: one value per item (the estimator over its repeats), paired like any scored metric.
 */
function passAtKMetrics(metric) {
    const k = minRepeats(metric);
    if (k < 2 || !isBinary(metric))
        return [];
    const n = metric.keys.length;
    const at = new Float64Array(n);
    const hat = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const repeats = metric.offsets[i + 1] - metric.offsets[i];
        let passed = 0;
        for (let r = metric.offsets[i]; r < metric.offsets[i + 1]; r++)
            passed += metric.values[r];
        at[i] = passAtK(repeats, passed, k);
        hat[i] = passHatK(repeats, passed, k);
    }
    const offsets = Uint32Array.from({ length: n + 1 }, (_, i) => i);
    return [
        { ...metric, id: `${metric.id}/pass@${k}`, offsets, values: at },
        { ...metric, id: `${metric.id}/pass^${k}`, offsets, values: hat },
    ];
}


/***/ }),

/***/ 5605:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ ByteInterner),
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/**
 * Byte-level helpers for columns read straight from file bytes: text is decoded only when a value is new, so a
 * label column of ten million rows costs a table lookup per row instead of a string per row.
 */
/** Cells kept as text (`"\uFEFF"` included: only a file's leading byte-order mark is dropped, by the reader). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Short ASCII cells (ids, labels) are built directly; the decoder call costs more than the loop for them. */
const SHORT = 32;
/** The UTF-8 text of `bytes[start, end)`; the bytes were validated as UTF-8 when they were read. */
function decodeUtf8(bytes, start, end) {
    if (end - start <= SHORT) {
        let text = '';
        let i = start;
        for (; i < end; i++) {
            const c = bytes[i];
            if (c >= 0x80)
                break;
            text += String.fromCharCode(c);
        }
        if (i === end)
            return text;
    }
    return decoder.decode(bytes.subarray(start, end));
}
const EMPTY_SLOT = 256;
/**
 * Maps the byte spelling of a value to the code its text was interned under. Valid UTF-8 decodes one-to-one,
 * so equal bytes mean equal text and the map only caches what the text map decides. Empty and single-byte
 * cells (`0`, `1`, `y`) use a 257-entry table; longer ones a hash of their bytes, checked against a copy kept
 * in one shared byte pool (an object per value would cost more than the strings it saves).
 */
class ByteInterner {
    short = new Int32Array(257).fill(-1);
    byHash = new Map();
    pool = new Uint8Array(1024);
    used = 0;
    /** Where the bytes of each code start in the pool, and how many there are; -1 for codes not kept. */
    keyStarts = new Int32Array(64).fill(-1);
    keyLengths = new Int32Array(64);
    /** The code of these bytes, or -1 when they have not been seen (or collide with other bytes' hash). */
    lookup(bytes, start, end) {
        const length = end - start;
        if (length <= 1)
            return this.short[length === 0 ? EMPTY_SLOT : bytes[start]];
        const code = this.byHash.get(hashBytes(bytes, start, end));
        if (code === undefined || this.keyLengths[code] !== length)
            return -1;
        const pool = this.pool;
        const at = this.keyStarts[code];
        for (let i = 0; i < length; i++)
            if (pool[at + i] !== bytes[start + i])
                return -1;
        return code;
    }
    /** Remembers the code of these bytes; on a hash collision the later value keeps taking the text path. */
    remember(bytes, start, end, code) {
        const length = end - start;
        if (length <= 1) {
            this.short[length === 0 ? EMPTY_SLOT : bytes[start]] = code;
            return;
        }
        const hash = hashBytes(bytes, start, end);
        if (this.byHash.has(hash))
            return;
        this.byHash.set(hash, code);
        if (code >= this.keyStarts.length) {
            const size = Math.max(2 * this.keyStarts.length, code + 1);
            const starts = new Int32Array(size).fill(-1);
            starts.set(this.keyStarts);
            const lengths = new Int32Array(size);
            lengths.set(this.keyLengths);
            this.keyStarts = starts;
            this.keyLengths = lengths;
        }
        if (this.used + length > this.pool.length) {
            const pool = new Uint8Array(Math.max(2 * this.pool.length, this.used + length));
            pool.set(this.pool.subarray(0, this.used));
            this.pool = pool;
        }
        for (let i = 0; i < length; i++)
            this.pool[this.used + i] = bytes[start + i];
        this.keyStarts[code] = this.used;
        this.keyLengths[code] = length;
        this.used += length;
    }
}
/** FNV-1a, masked to 30 bits so that the map keys stay small integers. */
function hashBytes(bytes, start, end) {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], 0x01000193);
    return hash & 0x3fffffff;
}


/***/ }),

/***/ 1876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ COLUMN_CANDIDATES),
/* harmony export */   j: () => (/* binding */ planColumns)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

/** Names tried in order, case-insensitively; the first present wins (docs/formats.md#predictions). */
const COLUMN_CANDIDATES = {
    label: ['y_true', 'label', 'target', 'labels', 'actual', 'true_label', 'gold_label', 'gold', 'ground_truth'],
    prediction: ['y_pred', 'prediction', 'predictions', 'pred', 'predicted', 'predicted_label', 'pred_label'],
    score: ['y_score', 'score', 'probability', 'prob', 'proba'],
    id: ['id', 'example_id', 'uid'],
    // Weights change every metric, so a weight column is used only when `columns.weight` names it; these names
    // only produce a hint.
    weight: ['sample_weight', 'weight'],
};
/** Names that promise a probability: such a column outside [0, 1] is bad input, not a decision score. */
const PROBABILITY_NAMES = new Set(['probability', 'prob', 'proba']);
const CLASS_SCORE_PREFIXES = ['y_score_', 'prob_'];
/**
 * Maps a header to roles. Empty header cells (a pandas index written by `to_csv`) are ignored. A name that
 * appears twice (case-insensitively) for a role is ambiguous and rejected rather than guessed.
 */
function planColumns(header, overrides, file) {
    const lowered = header.map((name) => name.trim().toLowerCase());
    const describe = () => header.filter((h) => h.trim() !== '').map((h) => JSON.stringify(h)).join(', ');
    const findExact = (wanted, role) => {
        let matches = header.flatMap((name, index) => (name === wanted ? [index] : []));
        if (matches.length === 0) {
            const lower = wanted.trim().toLowerCase();
            matches = lowered.flatMap((name, index) => (name === lower ? [index] : []));
        }
        if (matches.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no column "${wanted}" (set as columns.${role}); the header has ${describe()}`, {
                file,
                line: 1,
            });
        }
        if (matches.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`column "${wanted}" appears ${matches.length} times in the header; rename one`, {
                file,
                line: 1,
                field: wanted,
            });
        }
        const index = matches[0];
        return { index, name: header[index] };
    };
    // A column that `columns` gives another role is never detected as the label (`prediction: label`).
    const claimed = claimedNames(overrides);
    const detect = (role) => {
        for (const candidate of COLUMN_CANDIDATES[role]) {
            if (role === 'label' && claimed.has(candidate))
                continue;
            const matches = lowered.flatMap((name, index) => (name === candidate ? [index] : []));
            if (matches.length > 1) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`ambiguous ${role} column: ${matches.map((i) => JSON.stringify(header[i])).join(' and ')} ` +
                    `both match; name the one to use with columns.${role}`, { file, line: 1, field: header[matches[0]] });
            }
            if (matches.length === 1)
                return { index: matches[0], name: header[matches[0]] };
        }
        return undefined;
    };
    const pick = (role) => {
        const wanted = overrides[role];
        return wanted !== undefined ? findExact(wanted, role) : detect(role);
    };
    if (overrides.label === undefined)
        refuseSeveralLabels(header, lowered, overrides, file);
    const label = pick('label');
    if (!label) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no label column: expected one of ${COLUMN_CANDIDATES.label.join(', ')} (or set columns.label); ` +
            `the header has ${describe()}`, { file, line: 1 });
    }
    const prediction = pick('prediction');
    const scoreColumn = pick('score');
    const score = scoreColumn && {
        ...scoreColumn,
        probabilityByName: PROBABILITY_NAMES.has(scoreColumn.name.trim().toLowerCase()),
    };
    const classScores = detectClassScores(header, lowered);
    const id = pick('id');
    const weight = overrides.weight !== undefined ? findExact(overrides.weight, 'weight') : undefined;
    const slices = (overrides.slices ?? []).map((name) => findExact(name, 'slices'));
    refuseSharedColumns({ label, prediction, score, id, weight }, file);
    const hints = [];
    if (!score && !classScores) {
        const used = new Set([label.index, prediction?.index, id?.index, weight?.index, ...slices.map((s) => s.index)]);
        const lookalike = header.find((name, index) => !used.has(index) && /prob|score/i.test(name));
        if (lookalike !== undefined) {
            hints.push(`column "${lookalike}" looks like a score but is not used; set columns.score to use it`);
        }
    }
    if (!weight) {
        const lookalike = detect('weight');
        if (lookalike) {
            hints.push(`column "${lookalike.name}" looks like sample weights but is not used; set columns.weight to weight the metrics`);
        }
    }
    return { label, prediction, score, classScores, id, weight, slices, hints };
}
/**
 * Refuses a header with label-like columns of different names (`gold_label` and `label`): taking the first
 * would be a guess, and a wrong one is likely, since Hugging Face's pipeline writes its prediction as `label`
 * beside the dataset's gold column. Columns that `columns` gives another role are not candidates.
 */
function refuseSeveralLabels(header, lowered, overrides, file) {
    const claimed = claimedNames(overrides);
    const candidates = COLUMN_CANDIDATES.label;
    const found = header.filter((_, index) => candidates.includes(lowered[index]) && !claimed.has(lowered[index]));
    if (new Set(found.map((name) => name.trim().toLowerCase())).size < 2)
        return;
    const gold = found.find((name) => /^gold/i.test(name.trim()));
    const plain = found.find((name) => name.trim().toLowerCase() === 'label');
    const likely = gold !== undefined && plain !== undefined
        ? `; "${plain}" beside "${gold}" is most likely a prediction (as a Hugging Face pipeline writes it): set columns: {label: ${gold}, prediction: ${plain}}`
        : '';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`several label columns: ${found.map((name) => JSON.stringify(name)).join(', ')}; name the one to use with columns.label${likely}`, {
        file,
        line: 1,
    });
}
/** The lower-cased names `columns` gives a role other than the label. */
function claimedNames(overrides) {
    const names = [overrides.prediction, overrides.score, overrides.id, overrides.weight];
    return new Set(names.flatMap((name) => (name === undefined ? [] : [name.trim().toLowerCase()])));
}
/** Refuses one column given two roles (label and prediction, label and score…): every metric would be meaningless. */
function refuseSharedColumns(roles, file) {
    const seen = new Map();
    for (const [role, column] of Object.entries(roles)) {
        if (!column)
            continue;
        const earlier = seen.get(column.index);
        if (earlier !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`column "${column.name}" would be both the ${earlier} and the ${role}; one column has one role (check columns)`, {
                file,
                line: 1,
                field: column.name,
            });
        }
        seen.set(column.index, role);
    }
}
function detectClassScores(header, lowered) {
    // Only one prefix family may be used in a file; `y_score_` is tried first, as documented.
    for (const prefix of CLASS_SCORE_PREFIXES) {
        const columns = [];
        const classNames = [];
        lowered.forEach((name, index) => {
            if (name.startsWith(prefix) && name.length > prefix.length) {
                const original = header[index].trim();
                classNames.push(original.slice(prefix.length));
                columns.push({ index, name: header[index], probabilityByName: prefix === 'prob_' });
            }
        });
        if (columns.length > 0)
            return { classNames, columns };
    }
    return undefined;
}


/***/ }),

/***/ 5547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ allocateCodes)
/* harmony export */ });
/** An array of `length` codes, each below `count`. */
function allocateCodes(count, length) {
    if (count <= 1 << 8)
        return new Uint8Array(length);
    if (count <= 1 << 16)
        return new Uint16Array(length);
    return new Int32Array(length);
}


/***/ }),

/***/ 3450:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ computeMetrics)
});

// UNUSED EXPORTS: METRIC_IDS

// EXTERNAL MODULE: ./src/metrics/confusion.ts
var confusion = __nccwpck_require__(1073);
// EXTERNAL MODULE: ./src/metrics/confusion-metrics.ts
var confusion_metrics = __nccwpck_require__(3721);
;// CONCATENATED MODULE: ./src/metrics/probabilistic.ts
/** scikit-learn 1.2 clips probabilities to [eps, 1 - eps] with float64's machine epsilon before the log. */
const EPS = Number.EPSILON;
const clip = (p) => Math.min(Math.max(p, EPS), 1 - EPS);
/**
 * Binary cross-entropy of the positive-class probability; rows renormalised as scikit-learn does. The per-row
 * metrics here are plain loops: through a shared helper taking a closure per row they cost three times as much.
 * Weighted and unweighted rows are summed by separate loops, as in regression.ts: one loop taking a weight that
 * is either the row's or the constant 1 took 300 ms per 10M rows, the unweighted loop alone 200 (Brier: 50 and
 * 15 ms). With weight 1 both give the same sums, so the values do not depend on which loop ran.
 */
function binaryLogLoss(score, isPositive, weights) {
    if (weights) {
        let sum = 0;
        let total = 0;
        for (let i = 0; i < score.length; i++) {
            const w = weights[i];
            sum += w * binaryRowLoss(score[i], isPositive[i]);
            total += w;
        }
        return total === 0 ? Number.NaN : sum / total;
    }
    let sum = 0;
    for (let i = 0; i < score.length; i++)
        sum += binaryRowLoss(score[i], isPositive[i]);
    return score.length === 0 ? Number.NaN : sum / score.length;
}
/** One row's loss: scikit-learn clips p, builds the row [1 - p, p] from it, then divides by the row sum. */
function binaryRowLoss(score, positive) {
    const p = clip(score);
    const q = 1 - p;
    return -Math.log((positive ? p : q) / (q + p));
}
/** Multiclass cross-entropy; each row is clipped and renormalised to sum to one, as scikit-learn does. */
function multiclassLogLoss(proba, yTrue, weights) {
    const classes = proba.length;
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
        let rowSum = 0;
        for (let c = 0; c < classes; c++)
            rowSum += clip(proba[c][i]);
        const w = weights ? weights[i] : 1;
        sum += w * -Math.log(clip(proba[yTrue[i]][i]) / rowSum);
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
/** Mean squared difference between the positive-class probability and the 0/1 outcome. */
function brierScore(score, isPositive, weights) {
    if (weights) {
        let sum = 0;
        let total = 0;
        for (let i = 0; i < score.length; i++) {
            const d = isPositive[i] - score[i];
            const w = weights[i];
            sum += w * (d * d);
            total += w;
        }
        return total === 0 ? Number.NaN : sum / total;
    }
    let sum = 0;
    for (let i = 0; i < score.length; i++) {
        const d = isPositive[i] - score[i];
        sum += d * d;
    }
    return score.length === 0 ? Number.NaN : sum / score.length;
}
/**
 * Share of rows whose true class is among the k highest scores. Ties rank the higher class index first:
 * scikit-learn reverses a stable ascending argsort.
 */
function topKAccuracy(proba, yTrue, k, weights) {
    const classes = proba.length;
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const t = yTrue[i];
        const own = proba[t][i];
        let ahead = 0;
        for (let c = 0; c < classes; c++) {
            const s = proba[c][i];
            if (s > own || (s === own && c > t))
                ahead++;
        }
        const w = weights ? weights[i] : 1;
        if (ahead < k)
            sum += w;
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
/** True when every row sums to one within NumPy's `allclose` tolerance, which roc_auc_ovr requires. */
function rowsSumToOne(proba, n) {
    const classes = proba.length;
    for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let c = 0; c < classes; c++)
            sum += proba[c][i];
        if (!(Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum)))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/metrics/ranking.ts
var metrics_ranking = __nccwpck_require__(3355);
;// CONCATENATED MODULE: ./src/metrics/select.ts
/**
 * Selection: the k-th smallest value of an array in expected linear time (Hoare's quickselect with a
 * median-of-three pivot), falling back to a full sort when partitioning stops shrinking the range (adversarial
 * input), so the worst case stays n log n. Reorders `values` so that `values[k]` holds the answer, every value
 * before it is at most it and every value after it at least it. The values must not be NaN.
 */
function quickselect(values, k) {
    let lo = 0;
    let hi = values.length - 1;
    let budget = 2 * Math.ceil(Math.log2(values.length + 1)) + 8;
    while (hi > lo) {
        if (budget-- === 0 || hi - lo < 16) {
            const range = values.subarray(lo, hi + 1);
            range.sort();
            return values[k];
        }
        const mid = lo + ((hi - lo) >> 1);
        const pivot = medianOfThree(values[lo], values[mid], values[hi]);
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                const t = values[i];
                values[i] = values[j];
                values[j] = t;
                i++;
                j--;
            }
        }
        // Now values[lo..j] <= pivot <= values[i..hi], and every value between j and i equals the pivot.
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return values[k];
    }
    return values[k];
}
function medianOfThree(a, b, c) {
    if (a < b)
        return b < c ? b : a < c ? c : a;
    return a < c ? a : b < c ? c : b;
}
/** Below this many values, selecting in a full copy is as quick as sampling first. */
const SAMPLE_FROM = 1 << 14;
const SAMPLE_SIZE = 1 << 13;
/**
 * The median of |a[i] - b[i]| (NumPy's median: the mean of the two middle values when the count is even) in one
 * pass over the columns, without an array of all the differences (Floyd and Rivest's idea): the middle of a
 * sorted sample brackets the median's ranks, the pass counts the differences below the bracket and keeps those
 * inside it (a few hundredths of them), and selection finishes there. The sample only steers: when the bracket
 * misses a middle rank (rare: about one input in 15,000, and always the same ones, as the sample positions are
 * fixed) the median is selected among all the differences, so the answer never depends on it.
 */
function medianAbsoluteDifference(a, b) {
    return medianAbsoluteDifferenceTraced(a, b).median;
}
/** `medianAbsoluteDifference`, saying whether the sample's bracket held the middle ranks (for tests). */
function medianAbsoluteDifferenceTraced(a, b, sampleSize = SAMPLE_SIZE) {
    const n = a.length;
    if (b.length !== n)
        throw new Error(`medianAbsoluteDifference: columns of ${n} and ${b.length} values`);
    if (n === 0)
        return { median: Number.NaN, sampled: false };
    const upper = n >> 1;
    const lower = n % 2 === 1 ? upper : upper - 1;
    if (n >= SAMPLE_FROM) {
        const [low, high] = bracket(a, b, lower / n, upper / n, sampleSize);
        // Branch-free: which side of the bracket a difference falls is a coin toss, which a branch would mispredict
        // half the time. Every difference is written at the end of `kept`, and stays there when it is inside.
        let below = 0;
        let k = 0;
        let kept = new Float64Array(Math.ceil(n / 16) + 1);
        for (let i = 0; i < n; i++) {
            const d = Math.abs(a[i] - b[i]);
            const isBelow = +(d < low);
            below += isBelow;
            kept[k] = d;
            k += +(d <= high) - isBelow;
            if (k === kept.length)
                kept = grown(kept);
        }
        // The bracket holds ranks below … below + k - 1: both middle ranks must be among them.
        if (below <= lower && upper < below + k)
            return { median: middleOf(kept.subarray(0, k), lower - below, upper - below), sampled: true };
    }
    const all = new Float64Array(n);
    for (let i = 0; i < n; i++)
        all[i] = Math.abs(a[i] - b[i]);
    return { median: middleOf(all, lower, upper), sampled: false };
}
/** Bounds that hold the quantiles `p` and `q` of the differences, from a sorted sample (xorshift positions). */
function bracket(a, b, p, q, size) {
    const n = a.length;
    const sample = new Float64Array(size);
    let state = 0x9e3779b9;
    for (let s = 0; s < size; s++) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        const i = (state >>> 0) % n;
        sample[s] = Math.abs(a[i] - b[i]);
    }
    sample.sort();
    // Four standard deviations of a sample quantile's rank on either side.
    const margin = Math.ceil(4 * Math.sqrt(size * 0.25));
    const low = sample[Math.max(0, Math.floor(p * size) - margin)];
    const high = sample[Math.min(size - 1, Math.ceil(q * size) + margin)];
    return [low, high];
}
/** The mean of ranks `lower` and `upper` (equal, or consecutive) of `values`, which it reorders. */
function middleOf(values, lower, upper) {
    const middle = quickselect(values, upper);
    if (lower === upper)
        return middle;
    // After selection everything left of `upper` is at most values[upper]: the lower middle is their maximum.
    let lowerValue = values[0];
    for (let i = 1; i < upper; i++)
        if (values[i] > lowerValue)
            lowerValue = values[i];
    return (lowerValue + middle) / 2;
}
function grown(values) {
    const bigger = new Float64Array(values.length * 2);
    bigger.set(values);
    return bigger;
}

;// CONCATENATED MODULE: ./src/metrics/regression.ts

/**
 * Regression metrics with scikit-learn 1.2's definitions, weights and `force_finite` conventions. Two passes
 * over the rows: sums of the errors first, then the spreads around the means they give; the median absolute
 * error takes its own (select.ts), or a sort when weighted.
 *
 * The weighted and unweighted passes are written out separately: a weight that is either the row's or the
 * constant 1 made V8 compile one slow loop for both (25 ms instead of 4 at a million rows).
 */
function regressionMetrics(data) {
    if (data.weights) {
        const errors = new Float64Array(data.n);
        const sums = weightedSums(data, data.weights, errors);
        const spreads = weightedSpreads(data, data.weights, sums);
        return assembleMetrics(data.n, sums, spreads, weightedMedian(errors, data.weights));
    }
    const sums = unweightedSums(data);
    const spreads = unweightedSpreads(data, sums);
    return assembleMetrics(data.n, sums, spreads, medianAbsoluteDifference(data.yTrue, data.yPred));
}
function assembleMetrics(n, sums, spreads, medianError) {
    const mean = (sum) => (sums.total === 0 ? Number.NaN : sum / sums.total);
    const mse = mean(sums.squareSum);
    return {
        mae: mean(sums.absSum),
        mse,
        rmse: Math.sqrt(mse),
        r2: n < 2 ? Number.NaN : assemble(sums.squareSum, spreads.trueSpread),
        mape: mean(sums.percentSum),
        median_ae: medianError,
        explained_variance: assemble(mean(spreads.diffSpread), mean(spreads.trueSpread)),
        max_error: sums.maxError,
    };
}
/** The means the spreads are taken around: NaN when the total weight is 0. */
function means(sums) {
    if (sums.total === 0)
        return { trueMean: Number.NaN, diffMean: Number.NaN };
    return { trueMean: sums.trueSum / sums.total, diffMean: sums.diffSum / sums.total };
}
/** Pass one, unweighted. */
function unweightedSums({ yTrue, yPred, n }) {
    let absSum = 0;
    let squareSum = 0;
    let percentSum = 0;
    let trueSum = 0;
    let diffSum = 0;
    let maxError = 0;
    for (let i = 0; i < n; i++) {
        const y = yTrue[i];
        const diff = y - yPred[i];
        const abs = Math.abs(diff);
        absSum += abs;
        squareSum += diff * diff;
        percentSum += abs / Math.max(Math.abs(y), Number.EPSILON);
        trueSum += y;
        diffSum += diff;
        if (abs > maxError)
            maxError = abs;
    }
    return { total: n, absSum, squareSum, percentSum, trueSum, diffSum, maxError };
}
/** Pass two, unweighted. */
function unweightedSpreads({ yTrue, yPred, n }, sums) {
    const { trueMean, diffMean } = means(sums);
    let trueSpread = 0;
    let diffSpread = 0;
    for (let i = 0; i < n; i++) {
        const y = yTrue[i];
        const diff = y - yPred[i];
        trueSpread += (y - trueMean) ** 2;
        diffSpread += (diff - diffMean) ** 2;
    }
    return { trueSpread, diffSpread };
}
/** Pass one, weighted (each term is the weight times the row's value, as `np.average` multiplies); keeps the errors. */
function weightedSums({ yTrue, yPred, n }, weights, errors) {
    let total = 0;
    let absSum = 0;
    let squareSum = 0;
    let percentSum = 0;
    let trueSum = 0;
    let diffSum = 0;
    let maxError = 0;
    for (let i = 0; i < n; i++) {
        const w = weights[i];
        const y = yTrue[i];
        const diff = y - yPred[i];
        const abs = Math.abs(diff);
        errors[i] = abs;
        total += w;
        absSum += w * abs;
        squareSum += w * (diff * diff);
        percentSum += w * (abs / Math.max(Math.abs(y), Number.EPSILON));
        trueSum += w * y;
        diffSum += w * diff;
        if (abs > maxError)
            maxError = abs;
    }
    return { total, absSum, squareSum, percentSum, trueSum, diffSum, maxError };
}
/** Pass two, weighted. */
function weightedSpreads({ yTrue, yPred, n }, weights, sums) {
    const { trueMean, diffMean } = means(sums);
    let trueSpread = 0;
    let diffSpread = 0;
    for (let i = 0; i < n; i++) {
        const w = weights[i];
        const y = yTrue[i];
        const diff = y - yPred[i];
        trueSpread += w * (y - trueMean) ** 2;
        diffSpread += w * (diff - diffMean) ** 2;
    }
    return { trueSpread, diffSpread };
}
/** scikit-learn's `force_finite`: a constant target scores 1 when predicted exactly, else 0. */
function assemble(numerator, denominator) {
    if (denominator === 0)
        return numerator === 0 ? 1 : 0;
    return 1 - numerator / denominator;
}
/**
 * The weighted median absolute error: scikit-learn's `_weighted_percentile`, the first error (in sorted order)
 * whose cumulative weight reaches half the total. Reorders nothing; `errors` is the rows' absolute errors.
 */
function weightedMedian(errors, weights) {
    const n = errors.length;
    if (n === 0)
        return Number.NaN;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    order.sort((a, b) => errors[a] - errors[b]);
    const cdf = new Float64Array(n);
    let running = 0;
    for (let j = 0; j < n; j++) {
        running += weights[order[j]];
        cdf[j] = running;
    }
    let target = 0.5 * cdf[n - 1];
    if (target === 0)
        target = Number.MIN_VALUE;
    let index = 0;
    while (index < n - 1 && cdf[index] < target)
        index++;
    return errors[order[index]];
}

;// CONCATENATED MODULE: ./src/metrics/compute.ts





/** Metric ids per task, in the order reports list them (docs/formats.md#metric-ids). */
const METRIC_IDS = {
    binary: [
        'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'specificity', 'mcc', 'cohen_kappa',
        'roc_auc', 'average_precision', 'log_loss', 'brier_score',
    ],
    multiclass: [
        'accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro',
        'recall_micro', 'f1_micro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'mcc', 'cohen_kappa',
        'roc_auc_ovr', 'log_loss', 'top2_accuracy',
    ],
    regression: ['mae', 'mse', 'rmse', 'r2', 'mape', 'median_ae', 'explained_variance', 'max_error'],
};
/**
 * Every metric of the task on this data. Values scikit-learn leaves undefined (it raises, or returns NaN)
 * are `null`, each with a note saying why: one class in y_true, decision scores where probabilities are needed.
 */
function computeMetrics(data) {
    const raw = { n: data.n };
    const reasons = new Map();
    const notes = [];
    if (data.task === 'regression')
        Object.assign(raw, regressionMetrics(data));
    else if (data.task === 'binary')
        Object.assign(raw, binaryMetrics(data, reasons, notes));
    else
        Object.assign(raw, multiclassMetrics(data, reasons));
    const values = new Map();
    const undefinedBecause = new Map();
    for (const id of ['n', ...METRIC_IDS[data.task]]) {
        const value = raw[id];
        const defined = value !== undefined && Number.isFinite(value);
        values.set(id, defined ? value : null);
        if (!defined)
            undefinedBecause.set(id, reasons.get(id) ?? 'it is not defined on this data');
    }
    return { values, undefinedBecause, notes };
}
function confusionMetrics(data) {
    const m = (0,confusion/* buildConfusion */.HR)(data);
    return { m, accuracy: (0,confusion_metrics/* accuracy */.y2)(m), balanced_accuracy: (0,confusion_metrics/* balancedAccuracy */.q2)(m), mcc: (0,confusion_metrics/* matthews */._b)(m), cohen_kappa: (0,confusion_metrics/* cohenKappa */.rX)(m) };
}
function binaryMetrics(data, reasons, notes) {
    const { m, ...shared } = confusionMetrics(data);
    const positive = data.positive;
    const negative = data.classes.length === 2 ? 1 - positive : -1;
    const rates = (0,confusion_metrics/* classRates */.el)(m, positive);
    const out = {
        ...shared,
        precision: rates.precision,
        recall: rates.recall,
        f1: rates.f1,
        specificity: negative >= 0 ? (0,confusion_metrics/* classRates */.el)(m, negative).recall : 0,
    };
    reasons.set('cohen_kappa', 'labels and predictions are all one class, so chance agreement is certain');
    const isPositive = new Uint8Array(data.n);
    for (let i = 0; i < data.n; i++)
        isPositive[i] = data.yTrue[i] === positive ? 1 : 0;
    // Like scikit-learn, hard predictions serve as scores when the file has none.
    let score = data.score;
    let probabilities = data.scoresAreProbabilities;
    if (!score) {
        notes.push('there is no score column: roc_auc, average_precision, log_loss and brier_score use the hard predictions ' +
            'as scores, as scikit-learn does');
        score = new Float64Array(data.n);
        for (let i = 0; i < data.n; i++)
            score[i] = data.yPred[i] === positive ? 1 : 0;
        probabilities = true;
    }
    // One sort and one walk down the thresholds serve both ranking metrics.
    const ranking = (0,metrics_ranking/* rankingMetrics */.ar)(score, isPositive, data.weights);
    out.roc_auc = ranking.rocAuc;
    reasons.set('roc_auc', 'only one class is present in the labels');
    out.average_precision = ranking.averagePrecision;
    if (probabilities) {
        out.log_loss = data.classes.length < 2 ? Number.NaN : binaryLogLoss(score, isPositive, data.weights);
        out.brier_score = brierScore(score, isPositive, data.weights);
        reasons.set('log_loss', 'it needs two classes');
    }
    else {
        reasons.set('log_loss', 'the scores are decision scores, not probabilities');
        reasons.set('brier_score', 'the scores are decision scores, not probabilities');
    }
    return out;
}
function multiclassMetrics(data, reasons) {
    const { m, ...shared } = confusionMetrics(data);
    const out = { ...shared };
    for (const average of ['macro', 'micro', 'weighted']) {
        const rates = (0,confusion_metrics/* averagedRates */.ZF)(m, average);
        out[`precision_${average}`] = rates.precision;
        out[`recall_${average}`] = rates.recall;
        out[`f1_${average}`] = rates.f1;
    }
    reasons.set('cohen_kappa', 'labels and predictions are all one class, so chance agreement is certain');
    const proba = data.proba;
    if (!proba) {
        for (const id of ['roc_auc_ovr', 'log_loss', 'top2_accuracy'])
            reasons.set(id, 'the file has no per-class scores');
        return out;
    }
    out.top2_accuracy = topKAccuracy(proba, data.yTrue, 2, data.weights);
    if (!data.scoresAreProbabilities) {
        reasons.set('roc_auc_ovr', 'the scores are decision scores, not probabilities');
        reasons.set('log_loss', 'the scores are decision scores, not probabilities');
        return out;
    }
    out.log_loss = multiclassLogLoss(proba, data.yTrue, data.weights);
    out.roc_auc_ovr = rocAucOvr(data, proba, reasons);
    return out;
}
/** Macro one-vs-rest ROC AUC; scikit-learn refuses rows that do not sum to one and classes without examples. */
function rocAucOvr(data, proba, reasons) {
    if (!rowsSumToOne(proba, data.n)) {
        reasons.set('roc_auc_ovr', 'the class probabilities of some rows do not sum to 1');
        return Number.NaN;
    }
    let sum = 0;
    const unweighted = data.weights ? undefined : (0,metrics_ranking/* rocAucOneVsRest */.PY)(proba, data.yTrue);
    const isClass = unweighted ? undefined : new Uint8Array(data.n);
    for (let c = 0; c < proba.length; c++) {
        let auc;
        if (unweighted) {
            auc = unweighted[c];
        }
        else {
            for (let i = 0; i < data.n; i++)
                isClass[i] = data.yTrue[i] === c ? 1 : 0;
            auc = (0,metrics_ranking/* rankingMetrics */.ar)(proba[c], isClass, data.weights).rocAuc;
        }
        if (Number.isNaN(auc)) {
            reasons.set('roc_auc_ovr', `class "${data.classes[c]}" has no examples (or all of them) in the labels`);
            return Number.NaN;
        }
        sum += auc;
    }
    return sum / proba.length;
}


/***/ }),

/***/ 3721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZF: () => (/* binding */ averagedRates),
/* harmony export */   _b: () => (/* binding */ matthews),
/* harmony export */   el: () => (/* binding */ classRates),
/* harmony export */   q2: () => (/* binding */ balancedAccuracy),
/* harmony export */   rX: () => (/* binding */ cohenKappa),
/* harmony export */   y2: () => (/* binding */ accuracy)
/* harmony export */ });
/* harmony import */ var _confusion_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1073);

/**
 * Metrics that are functions of the confusion matrix, with scikit-learn's definitions and its defaults:
 * `zero_division=0`, averages over the labels present in y_true ∪ y_pred, NaN where scikit-learn gives NaN.
 */
/** 0/0 → 0, as scikit-learn's `zero_division=0`. */
function divide(numerator, denominator) {
    return denominator === 0 ? 0 : numerator / denominator;
}
function f1Of(precision, recall) {
    const denominator = precision + recall;
    return denominator === 0 ? 0 : (2 * precision * recall) / denominator;
}
function accuracy(m) {
    let correct = 0;
    for (let c = 0; c < m.k; c++)
        correct += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
    return m.total === 0 ? Number.NaN : correct / m.total;
}
/** Mean recall over the classes that have true examples (scikit-learn drops the others with a warning). */
function balancedAccuracy(m) {
    let sum = 0;
    let count = 0;
    for (let c = 0; c < m.k; c++) {
        if (!m.present[c])
            continue;
        const support = (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c);
        if (support === 0)
            continue;
        sum += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c) / support;
        count++;
    }
    return count === 0 ? Number.NaN : sum / count;
}
/** Precision, recall and F1 of one class against the rest (scikit-learn's `average='binary'`). */
function classRates(m, c) {
    const tp = (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
    const precision = divide(tp, (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .columnSum */ .y1)(m, c));
    const recall = divide(tp, (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c));
    return { precision, recall, f1: f1Of(precision, recall) };
}
/** Averaged precision, recall and F1 over the present labels. */
function averagedRates(m, average) {
    if (average === 'micro') {
        let tp = 0;
        let predicted = 0;
        let actual = 0;
        for (let c = 0; c < m.k; c++) {
            if (!m.present[c])
                continue;
            tp += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
            predicted += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .columnSum */ .y1)(m, c);
            actual += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c);
        }
        const precision = divide(tp, predicted);
        const recall = divide(tp, actual);
        return { precision, recall, f1: f1Of(precision, recall) };
    }
    let precision = 0;
    let recall = 0;
    let f1 = 0;
    let norm = 0;
    for (let c = 0; c < m.k; c++) {
        if (!m.present[c])
            continue;
        const rates = classRates(m, c);
        const weight = average === 'weighted' ? (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c) : 1;
        precision += weight * rates.precision;
        recall += weight * rates.recall;
        f1 += weight * rates.f1;
        norm += weight;
    }
    // scikit-learn returns zero_division (0) when the weights sum to zero.
    return { precision: divide(precision, norm), recall: divide(recall, norm), f1: divide(f1, norm) };
}
/** Matthews correlation coefficient, multiclass form; 0 when a marginal is constant, as scikit-learn. */
function matthews(m) {
    let correct = 0;
    let tDotP = 0;
    let pDotP = 0;
    let tDotT = 0;
    for (let c = 0; c < m.k; c++) {
        const t = (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c);
        const p = (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .columnSum */ .y1)(m, c);
        correct += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
        tDotP += t * p;
        pDotP += p * p;
        tDotT += t * t;
    }
    const n = m.total;
    const covTP = correct * n - tDotP;
    const covPP = n * n - pDotP;
    const covTT = n * n - tDotT;
    if (covPP * covTT === 0)
        return 0;
    return covTP / Math.sqrt(covTT * covPP);
}
/** Cohen's kappa (unweighted); NaN when agreement by chance is certain, as scikit-learn. */
function cohenKappa(m) {
    let observed = 0;
    let agreeByChance = 0;
    for (let c = 0; c < m.k; c++) {
        agreeByChance += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .columnSum */ .y1)(m, c) * (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c);
        observed += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
    }
    const disagreement = m.total - observed;
    const expectedDisagreement = m.total - agreeByChance / m.total;
    return 1 - disagreement / expectedDisagreement;
}


/***/ }),

/***/ 1073:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ buildConfusion),
/* harmony export */   ib: () => (/* binding */ diagonal),
/* harmony export */   oc: () => (/* binding */ rowSum),
/* harmony export */   y1: () => (/* binding */ columnSum)
/* harmony export */ });
/** One pass over the rows, whatever the number of metrics that read the matrix. */
function buildConfusion(data) {
    const k = data.classes.length;
    const cells = new Float64Array(k * k);
    const present = new Uint8Array(k);
    const { yTrue, yPred, weights, n } = data;
    if (weights) {
        for (let i = 0; i < n; i++) {
            const t = yTrue[i];
            const p = yPred[i];
            cells[t * k + p] += weights[i];
            present[t] = 1;
            present[p] = 1;
        }
    }
    else {
        // Unweighted, a class occurs exactly when its row or column counts something.
        for (let i = 0; i < n; i++)
            cells[yTrue[i] * k + yPred[i]]++;
        for (let r = 0; r < k; r++) {
            for (let c = 0; c < k; c++) {
                if (cells[r * k + c] > 0) {
                    present[r] = 1;
                    present[c] = 1;
                }
            }
        }
    }
    let total = 0;
    for (let c = 0; c < cells.length; c++)
        total += cells[c];
    return { k, cells, present, total };
}
function rowSum(m, row) {
    let sum = 0;
    for (let c = 0; c < m.k; c++)
        sum += m.cells[row * m.k + c];
    return sum;
}
function columnSum(m, column) {
    let sum = 0;
    for (let r = 0; r < m.k; r++)
        sum += m.cells[r * m.k + column];
    return sum;
}
function diagonal(m, c) {
    return m.cells[c * m.k + c];
}


/***/ }),

/***/ 3355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PY: () => (/* binding */ rocAucOneVsRest),
/* harmony export */   ar: () => (/* binding */ rankingMetrics),
/* harmony export */   cF: () => (/* binding */ averagePrecision),
/* harmony export */   om: () => (/* binding */ rocAuc),
/* harmony export */   pN: () => (/* binding */ thresholdCurve)
/* harmony export */ });
/* harmony import */ var _sort_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5357);

/** A batch of consecutive curve points. */
class PointBatch {
    static SIZE = 4096;
    tps = new Float64Array(PointBatch.SIZE);
    fps = new Float64Array(PointBatch.SIZE);
    thresholds = new Float64Array(PointBatch.SIZE);
    count = 0;
}
/**
 * Walks the thresholds of a score. Without weights, the scores of each class are sorted on their own (no row
 * index to carry) and merged, since counts do not depend on the order within a tie. With weights, the rows are
 * sorted together and visited in that order, so sums of weights add up exactly as they always did.
 */
function walkThresholds(score, isPositive, weights, order, sink) {
    const batch = new PointBatch();
    if (weights)
        walkWeighted(score, isPositive, weights, order ?? (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortDescending */ .NY)(score), batch, sink);
    else
        walkByClass((0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByClass */ .y4)(score, isPositive), batch, sink);
    if (batch.count > 0)
        sink.points(batch);
}
function walkByClass({ positives, negatives }, batch, sink) {
    const { tps, fps, thresholds } = batch;
    const p = positives.length;
    const q = negatives.length;
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < p || j < q) {
        const threshold = j === q || (i < p && positives[i] >= negatives[j]) ? positives[i] : negatives[j];
        while (i < p && positives[i] === threshold)
            i++;
        while (j < q && negatives[j] === threshold)
            j++;
        tps[k] = i;
        fps[k] = j;
        thresholds[k++] = threshold;
        if (k === PointBatch.SIZE) {
            batch.count = k;
            sink.points(batch);
            k = 0;
        }
    }
    batch.count = k;
}
function walkWeighted(score, isPositive, weights, order, batch, sink) {
    const { tps, fps, thresholds } = batch;
    const n = order.length;
    let tp = 0;
    let fp = 0;
    let k = 0;
    for (let j = 0; j < n; j++) {
        const i = order[j];
        if (isPositive[i])
            tp += weights[i];
        else
            fp += weights[i];
        if (j === n - 1 || score[order[j + 1]] !== score[i]) {
            tps[k] = tp;
            fps[k] = fp;
            thresholds[k++] = score[i];
            if (k === PointBatch.SIZE) {
                batch.count = k;
                sink.points(batch);
                k = 0;
            }
        }
    }
    batch.count = k;
}
/**
 * The sums of `rocAuc` and `averagePrecision`, taken point by point as the curve is walked: the same
 * operations in the same order as on the full curve, without materialising it.
 */
class RankingSums {
    totalPositive;
    area = 0;
    precisionSum = 0;
    lastTp = 0;
    lastFp = 0;
    prevRecall = 0;
    constructor(totalPositive) {
        this.totalPositive = totalPositive;
    }
    points({ tps, fps, count }) {
        const totalPositive = this.totalPositive;
        let { area, precisionSum, lastTp, lastFp, prevRecall } = this;
        for (let t = 0; t < count; t++) {
            const tp = tps[t];
            const fp = fps[t];
            area += (fp - lastFp) * (tp + lastTp);
            lastTp = tp;
            lastFp = fp;
            const predicted = tp + fp;
            const precision = predicted === 0 ? 0 : tp / predicted;
            const recall = tp / totalPositive;
            precisionSum += (recall - prevRecall) * precision;
            prevRecall = recall;
        }
        Object.assign(this, { area, precisionSum, lastTp, lastFp, prevRecall });
    }
}
/** ROC AUC and average precision from one sort and one walk down the thresholds. */
function rankingMetrics(score, isPositive, weights) {
    let positiveRows = 0;
    for (let i = 0; i < isPositive.length; i++)
        positiveRows += isPositive[i];
    const negativeRows = isPositive.length - positiveRows;
    let totalPositive = positiveRows;
    let order;
    if (weights) {
        // Average precision divides by the curve's last point; summed in the walk's order, it is equal bit for bit.
        order = (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortDescending */ .NY)(score);
        totalPositive = 0;
        for (let j = 0; j < order.length; j++)
            if (isPositive[order[j]])
                totalPositive += weights[order[j]];
    }
    const sums = new RankingSums(totalPositive);
    walkThresholds(score, isPositive, weights, order, sums);
    const norm = sums.lastTp * sums.lastFp;
    return {
        rocAuc: positiveRows === 0 || negativeRows === 0 || norm === 0 ? Number.NaN : sums.area / 2 / norm,
        averagePrecision: positiveRows === 0 || totalPositive === 0 ? 0 : sums.precisionSum,
    };
}
/**
 * The unweighted ROC AUC of each class against the rest (one score column per class), NaN for a class with no
 * rows or all of them. Pipelined: while the sort worker sorts one column's buckets, this thread splits the next
 * column, then walks the first; each class is computed exactly as `rankingMetrics` computes it.
 */
function rocAucOneVsRest(columns, yTrue) {
    const n = yTrue.length;
    const aucs = new Float64Array(columns.length);
    const isPositive = new Uint8Array(n); // read only while a column is split, so one buffer serves every class
    const counts = new Float64Array(columns.length);
    for (let i = 0; i < n; i++)
        counts[yTrue[i]]++;
    const start = (c) => {
        for (let i = 0; i < n; i++)
            isPositive[i] = yTrue[i] === c ? 1 : 0;
        return (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .startSortByClass */ .qX)(columns[c], isPositive);
    };
    let current = columns.length > 0 ? start(0) : undefined;
    for (let c = 0; c < columns.length; c++) {
        const sorting = current;
        current = c + 1 < columns.length ? start(c + 1) : undefined;
        sorting.finish();
        const positiveRows = counts[c];
        const sums = new RankingSums(positiveRows);
        const batch = new PointBatch();
        walkByClass(sorting, batch, sums);
        if (batch.count > 0)
            sums.points(batch);
        const norm = sums.lastTp * sums.lastFp;
        aucs[c] = positiveRows === 0 || positiveRows === n || norm === 0 ? Number.NaN : sums.area / 2 / norm;
    }
    return aucs;
}
/** Collects the curve's points into typed arrays (of the row count: a curve has at most one point per row). */
class CurvePoints {
    tps;
    fps;
    thresholds;
    count = 0;
    constructor(tps, fps, thresholds) {
        this.tps = tps;
        this.fps = fps;
        this.thresholds = thresholds;
    }
    points(batch) {
        const n = batch.count;
        this.tps.set(batch.tps.subarray(0, n), this.count);
        this.fps.set(batch.fps.subarray(0, n), this.count);
        this.thresholds.set(batch.thresholds.subarray(0, n), this.count);
        this.count += n;
    }
}
/** The full curve, in typed arrays (for plotting; the metrics above do not need it). */
function thresholdCurve(score, isPositive, weights) {
    const n = score.length;
    const points = new CurvePoints(new Float64Array(n), new Float64Array(n), new Float64Array(n));
    walkThresholds(score, isPositive, weights, undefined, points);
    let positiveRows = 0;
    for (let i = 0; i < n; i++)
        positiveRows += isPositive[i];
    const t = points.count;
    return {
        tps: points.tps.slice(0, t),
        fps: points.fps.slice(0, t),
        thresholds: points.thresholds.slice(0, t),
        positiveRows,
        negativeRows: n - positiveRows,
    };
}
/** Area under the ROC curve by the trapezoid rule; NaN when only one class is present (scikit-learn raises). */
function rocAuc(curve) {
    if (curve.positiveRows === 0 || curve.negativeRows === 0)
        return Number.NaN;
    const { tps, fps } = curve;
    const last = tps.length - 1;
    const totalPositive = tps[last];
    const totalNegative = fps[last];
    let area = 0;
    let prevTp = 0;
    let prevFp = 0;
    for (let t = 0; t <= last; t++) {
        area += (fps[t] - prevFp) * (tps[t] + prevTp);
        prevTp = tps[t];
        prevFp = fps[t];
    }
    const norm = totalPositive * totalNegative;
    return norm === 0 ? Number.NaN : area / 2 / norm;
}
/**
 * Average precision as scikit-learn defines it: the step-wise sum of precision × recall increments, without
 * interpolation. With no positive rows scikit-learn sets recall to one everywhere, which makes it 0.
 */
function averagePrecision(curve) {
    const { tps, fps } = curve;
    const last = tps.length - 1;
    const totalPositive = tps[last];
    if (curve.positiveRows === 0 || totalPositive === 0)
        return 0;
    let sum = 0;
    let prevRecall = 0;
    for (let t = 0; t <= last; t++) {
        const predicted = tps[t] + fps[t];
        const precision = predicted === 0 ? 0 : tps[t] / predicted;
        const recall = tps[t] / totalPositive;
        sum += (recall - prevRecall) * precision;
        prevRecall = recall;
    }
    return sum;
}


/***/ }),

/***/ 7576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TP: () => (/* binding */ finishSortingBuckets),
  QT: () => (/* binding */ startSortingBuckets),
  CD: () => (/* binding */ useSortWorker)
});

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/metrics/bucket-sort-kernel.ts
/**
 * Builds the kernel. It must stay self-contained (no reference to anything outside this function, not even a
 * module constant): sort-pool.ts runs this function's source text in a worker thread, so that the worker needs
 * no file of its own next to the bundle.
 *
 * Inside a bucket: a least-significant-digit radix sort with four 12-bit digits, whose 4,096-entry histograms
 * stay in the first-level cache (16-bit digits need 256 KB of them per bucket); tiny buckets by insertion.
 */
function createBucketSortKernel() {
    const BITS = 12;
    const SIZE = 1 << BITS;
    const MASK = SIZE - 1;
    const INSERTION_LIMIT = 48;
    const counts = new Uint32Array(4 * SIZE);
    let scratch = new Uint32Array(1024);
    /** Digit `pass` (0 = lowest) of the 48 low bits of the key (lo, hi). */
    function digitOf(lo, hi, pass) {
        if (pass === 0)
            return lo & MASK;
        if (pass === 1)
            return (lo >>> BITS) & MASK;
        if (pass === 2)
            return ((lo >>> 24) | (hi << 8)) & MASK;
        return (hi >>> 4) & MASK;
    }
    function insertionSort(keys, from, to) {
        for (let i = from + 1; i < to; i++) {
            const lo = keys[2 * i];
            const hi = keys[2 * i + 1];
            let j = i - 1;
            while (j >= from) {
                const jh = keys[2 * j + 1];
                if (jh < hi || (jh === hi && keys[2 * j] <= lo))
                    break;
                keys[2 * j + 2] = keys[2 * j];
                keys[2 * j + 3] = jh;
                j--;
            }
            keys[2 * j + 2] = lo;
            keys[2 * j + 3] = hi;
        }
    }
    function radixSort(keys, from, to) {
        const n = to - from;
        if (scratch.length < 2 * n)
            scratch = new Uint32Array(Math.max(2 * n, 2 * scratch.length));
        counts.fill(0);
        for (let w = 2 * from; w < 2 * to; w += 2) {
            const lo = keys[w];
            const hi = keys[w + 1];
            counts[lo & MASK]++;
            counts[SIZE + ((lo >>> BITS) & MASK)]++;
            counts[2 * SIZE + (((lo >>> 24) | (hi << 8)) & MASK)]++;
            counts[3 * SIZE + ((hi >>> 4) & MASK)]++;
        }
        let source = keys;
        let sourceStart = 2 * from;
        let target = scratch;
        let targetStart = 0;
        for (let pass = 0; pass < 4; pass++) {
            const base = pass * SIZE;
            if (counts[base + digitOf(source[sourceStart], source[sourceStart + 1], pass)] === n)
                continue; // one digit
            let offset = 0;
            for (let d = base; d < base + SIZE; d++) {
                const c = counts[d];
                counts[d] = offset;
                offset += c;
            }
            for (let w = sourceStart; w < sourceStart + 2 * n; w += 2) {
                const lo = source[w];
                const hi = source[w + 1];
                const at = targetStart + 2 * counts[base + digitOf(lo, hi, pass)]++;
                target[at] = lo;
                target[at + 1] = hi;
            }
            const t = source;
            source = target;
            target = t;
            const s = sourceStart;
            sourceStart = targetStart;
            targetStart = s;
        }
        if (source !== keys)
            keys.set(source.subarray(sourceStart, sourceStart + 2 * n), 2 * from);
    }
    function unflip(keys, from, to) {
        for (let w = 2 * from; w < 2 * to; w += 2) {
            if ((keys[w + 1] & 0x80000000) === 0) {
                keys[w] = ~keys[w];
                keys[w + 1] = ~keys[w + 1] & 0x7fffffff;
            }
        }
    }
    return {
        sortBuckets(keys, starts, first, end) {
            for (let d = first; d < end; d++) {
                const from = starts[d];
                const to = starts[d + 1];
                if (to - from <= INSERTION_LIMIT)
                    insertionSort(keys, from, to);
                else
                    radixSort(keys, from, to);
                unflip(keys, from, to);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/metrics/sort-pool.ts


/**
 * Sorting the buckets of large score columns on two threads: the main thread and one worker share the buckets
 * through a counter in shared memory, each claiming the next chunk of buckets until none is left. Nothing waits
 * for the worker to start: while it boots, or if it never does, the main thread simply claims every chunk
 * itself. The result does not depend on which thread sorted what, since every bucket is sorted the same way.
 *
 * The caller stays synchronous (the metrics are pure functions): the main thread blocks in `Atomics.wait` only
 * for chunks the worker has claimed and not finished. `useSortWorker(false)` (the entry points' reading of
 * `MODEL_GATE_THREADS=1`) keeps everything on one thread.
 */
/** Below this many keys, handing work over costs more than it saves. */
const PARALLEL_MIN_KEYS = 1 << 18;
/** Chunks per call: enough that the two threads finish close together. */
const CHUNKS = 64;
/**
 * A worker that holds a chunk this long has failed (a chunk is a 64th of a column: milliseconds); the run stops
 * with an internal error rather than guess.
 */
const STALL_MS = 30_000;
const THREADS_HINT = 'set MODEL_GATE_THREADS=1 to sort on one thread, and please report this';
const kernel = createBucketSortKernel();
let worker;
let workerFailed = false;
let workerAllowed = true;
/** Allows or forbids the sort worker (allowed unless an entry point says otherwise). */
function useSortWorker(allowed) {
    workerAllowed = allowed;
}
/**
 * Hands the buckets to the worker and returns at once, so that the main thread can prepare the next column
 * while the worker sorts this one; `finishSortingBuckets` must be called before the keys are read. Small jobs,
 * or no worker: everything is sorted here and now.
 */
function startSortingBuckets(jobs) {
    let total = 0;
    for (const job of jobs)
        total += job.keys.length / 2;
    const helper = total >= PARALLEL_MIN_KEYS && jobs.every((j) => j.keys.buffer instanceof SharedArrayBuffer) ? sortWorker() : undefined;
    // control[0]: next chunk to claim; control[1]: chunks finished; control[2]: chunks the worker failed.
    const control = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    if (!helper) {
        for (const { keys, starts } of jobs)
            kernel.sortBuckets(keys, starts, 0, starts.length - 1);
        return { jobs, chunks: new Int32Array(0), control };
    }
    const chunks = splitIntoChunks(jobs, total);
    helper.postMessage({ jobs, chunks, control });
    return { jobs, chunks, control };
}
/** Sorts the chunks nobody has claimed yet, waits for those the worker holds; returns how many it sorted. */
function finishSortingBuckets({ jobs, chunks, control }) {
    const count = chunks.length / 3;
    let sortedHere = 0;
    for (let c = Atomics.add(control, 0, 1); c < count; c = Atomics.add(control, 0, 1)) {
        const job = jobs[chunks[3 * c]];
        kernel.sortBuckets(job.keys, job.starts, chunks[3 * c + 1], chunks[3 * c + 2]);
        Atomics.add(control, 1, 1);
        sortedHere++;
    }
    for (let done = Atomics.load(control, 1); done < count; done = Atomics.load(control, 1)) {
        if (Atomics.wait(control, 1, done, STALL_MS) === 'timed-out')
            throw new Error(`the sort worker stopped responding; ${THREADS_HINT}`);
    }
    if (Atomics.load(control, 2) > 0)
        throw new Error(`the sort worker failed; ${THREADS_HINT}`);
    return count - sortedHere;
}
/**
 * Chunks as (job, first bucket, end bucket) triples in shared memory, each holding about `total / CHUNKS` keys;
 * a bucket is never split.
 */
function splitIntoChunks(jobs, total) {
    const target = Math.max(1, Math.ceil(total / CHUNKS));
    const triples = [];
    jobs.forEach(({ starts }, j) => {
        const buckets = starts.length - 1;
        let first = 0;
        for (let d = 0; d < buckets; d++) {
            if (starts[d + 1] - starts[first] >= target || d === buckets - 1) {
                triples.push(j, first, d + 1);
                first = d + 1;
            }
        }
    });
    const chunks = new Int32Array(new SharedArrayBuffer(Math.max(1, triples.length) * Int32Array.BYTES_PER_ELEMENT));
    chunks.set(triples);
    return chunks;
}
/** The worker, started on first use and never keeping the process alive; undefined when threads are off. */
function sortWorker() {
    if (workerFailed || !workerAllowed)
        return undefined;
    if (!worker) {
        try {
            worker = new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, { eval: true });
        }
        catch {
            workerFailed = true;
            return undefined;
        }
        worker.unref();
        // A worker that cannot start never claims a chunk, so the main thread does them all; just stop using it.
        worker.on('error', () => {
            workerFailed = true;
            worker = undefined;
        });
    }
    return worker;
}
/**
 * The worker: the kernel's own source, and a loop claiming chunks. The worker allocates almost nothing, so its
 * garbage collector would hardly ever run and free the shared arrays each message brought (a column's worth of
 * memory per sort); it collects after every message instead (a few milliseconds on its tiny heap), where the
 * runtime lets it expose the collector (if not, it only keeps more memory).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
let collect = () => {};
try {
  require('node:v8').setFlagsFromString('--expose-gc');
  const gc = require('node:vm').runInNewContext('gc');
  if (typeof gc === 'function') collect = gc;
} catch {}
const kernel = (${createBucketSortKernel.toString()})();
parentPort.on('message', (message) => {
  const { jobs, chunks, control } = message;
  const count = chunks.length / 3;
  for (let c = Atomics.add(control, 0, 1); c < count; c = Atomics.add(control, 0, 1)) {
    try {
      const job = jobs[chunks[3 * c]];
      kernel.sortBuckets(job.keys, job.starts, chunks[3 * c + 1], chunks[3 * c + 2]);
    } catch {
      Atomics.add(control, 2, 1);
    }
    Atomics.add(control, 1, 1);
    Atomics.notify(control, 1);
  }
  message.jobs = undefined;
  setImmediate(collect);
});
`;


/***/ }),

/***/ 5357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NY: () => (/* binding */ argsortDescending),
/* harmony export */   qX: () => (/* binding */ startSortByClass),
/* harmony export */   y4: () => (/* binding */ sortByClass)
/* harmony export */ });
/* harmony import */ var _sort_pool_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7576);

/**
 * The sorts behind the ranking metrics. Large inputs use a radix sort on the IEEE-754 bits (linear time; one
 * 16-bit pass, then 12-bit digits within each bucket, see bucket-sort-kernel.ts), several times faster than
 * `Float64Array.prototype.sort` at ten million scores; small ones a comparison sort. Float bits are mapped to unsigned keys that sort ascending in the order wanted
 * (descending scores): negative numbers keep their bits, the others have every bit but the sign flipped.
 */
const RADIX_THRESHOLD = 4096;
const DIGITS = 1 << 16;
/**
 * Orders rows by score, highest first, ties by row (the sort is stable). Used where each row carries more
 * than its score (sample weights); -0 sorts after +0, next to it.
 */
function argsortDescending(values) {
    const n = values.length;
    if (n < RADIX_THRESHOLD) {
        const order = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        return order.sort((a, b) => values[b] - values[a]);
    }
    return radixArgsortDescending(values);
}
/**
 * The scores of each class, each sorted highest first: what the ranking metrics walk. One pass splits the rows
 * by class and, at the same time, by the top 16 bits of their key (an MSD radix pass) into memory shared with
 * the sort worker; the buckets are then sorted on their low 48 bits, in cache, on two threads (sort-pool.ts),
 * with scratch memory for the largest bucket rather than for a whole class: at 80 million rows, megabytes
 * instead of gigabytes.
 */
function sortByClass(score, isPositive) {
    const sorting = startSortByClass(score, isPositive);
    sorting.finish();
    return sorting;
}
/**
 * `sortByClass` in two steps: this call splits the rows (on this thread) and hands the buckets to the sort
 * worker; `finish()` helps with what is left and waits. In between, this thread can split the next column.
 */
function startSortByClass(score, isPositive) {
    const n = score.length;
    if (n < RADIX_THRESHOLD)
        return { ...sortByClassSmall(score, isPositive), finish: () => undefined };
    const bits = new Uint32Array(score.buffer, score.byteOffset, n * 2);
    // Bucket boundaries per class: starts[d] is where top digit d begins, starts[DIGITS] the class size.
    const negativeStarts = new Uint32Array(DIGITS + 1);
    const positiveStarts = new Uint32Array(DIGITS + 1);
    countTopDigits(bits, isPositive, negativeStarts, positiveStarts);
    const shared = (count) => new Float64Array(new SharedArrayBuffer(count * Float64Array.BYTES_PER_ELEMENT));
    const negatives = shared(negativeStarts[DIGITS]);
    const positives = shared(positiveStarts[DIGITS]);
    const negativeKeys = new Uint32Array(negatives.buffer);
    const positiveKeys = new Uint32Array(positives.buffer);
    scatterByTopDigit(bits, isPositive, negativeStarts, positiveStarts, negativeKeys, positiveKeys);
    const ticket = (0,_sort_pool_js__WEBPACK_IMPORTED_MODULE_0__/* .startSortingBuckets */ .QT)([
        { keys: negativeKeys, starts: negativeStarts },
        { keys: positiveKeys, starts: positiveStarts },
    ]);
    return { positives, negatives, finish: () => void (0,_sort_pool_js__WEBPACK_IMPORTED_MODULE_0__/* .finishSortingBuckets */ .TP)(ticket) };
}
// The passes over every row are functions of their own: a column's loops compiled while they run (on-stack)
// are thrown away when the code after them runs, so each column would start slow again; as whole functions
// they stay compiled from the second column on (one-vs-rest AUC sorts one column per class).
/** Counts the rows of each class per top digit of their key, and turns the counts into bucket starts. */
function countTopDigits(bits, isPositive, negativeStarts, positiveStarts) {
    const n = isPositive.length;
    for (let i = 0; i < n; i++) {
        const digit = toKeyHigh(bits[2 * i + 1]) >>> 16;
        if (isPositive[i] === 0)
            negativeStarts[digit + 1]++;
        else
            positiveStarts[digit + 1]++;
    }
    for (let d = 1; d <= DIGITS; d++) {
        negativeStarts[d] += negativeStarts[d - 1];
        positiveStarts[d] += positiveStarts[d - 1];
    }
}
/** Writes every row's key into its class's array, in the bucket of its top digit. */
function scatterByTopDigit(bits, isPositive, negativeStarts, positiveStarts, negativeKeys, positiveKeys) {
    const n = isPositive.length;
    const negativeNext = negativeStarts.slice(0, DIGITS);
    const positiveNext = positiveStarts.slice(0, DIGITS);
    for (let i = 0; i < n; i++) {
        const high = bits[2 * i + 1];
        const flip = (high & 0x80000000) === 0;
        const lo = flip ? ~bits[2 * i] : bits[2 * i];
        const hi = flip ? ~high & 0x7fffffff : high;
        let at;
        if (isPositive[i] === 0) {
            at = 2 * negativeNext[hi >>> 16]++;
            negativeKeys[at] = lo;
            negativeKeys[at + 1] = hi;
        }
        else {
            at = 2 * positiveNext[hi >>> 16]++;
            positiveKeys[at] = lo;
            positiveKeys[at + 1] = hi;
        }
    }
}
function sortByClassSmall(score, isPositive) {
    let m = 0;
    for (let i = 0; i < score.length; i++)
        m += isPositive[i];
    const positives = new Float64Array(m);
    const negatives = new Float64Array(score.length - m);
    for (let i = 0, p = 0, q = 0; i < score.length; i++) {
        if (isPositive[i])
            positives[p++] = score[i];
        else
            negatives[q++] = score[i];
    }
    return { positives: positives.sort().reverse(), negatives: negatives.sort().reverse() };
}
/** The high word of a score's key, from the high word of its bits. */
function toKeyHigh(high) {
    return (high & 0x80000000) === 0 ? ~high & 0x7fffffff : high;
}
/** Counts → the first output position of each digit. */
function prefixSums(counts) {
    let offset = 0;
    for (let d = 0; d < DIGITS; d++) {
        const c = counts[d];
        counts[d] = offset;
        offset += c;
    }
}
function radixArgsortDescending(values) {
    const n = values.length;
    const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    let lo = new Uint32Array(n);
    let hi = new Uint32Array(n);
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        const low = bits[2 * i];
        const high = bits[2 * i + 1];
        if (high & 0x80000000) {
            lo[i] = low;
            hi[i] = high;
        }
        else {
            lo[i] = ~low >>> 0;
            hi[i] = ~(high | 0x80000000) >>> 0;
        }
        order[i] = i;
    }
    let loNext = new Uint32Array(n);
    let hiNext = new Uint32Array(n);
    let orderNext = new Uint32Array(n);
    const counts = new Uint32Array(DIGITS);
    for (let pass = 0; pass < 4; pass++) {
        const source = pass < 2 ? lo : hi;
        const shift = (pass & 1) * 16;
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[(source[i] >>> shift) & 0xffff]++;
        if (counts[(source[0] >>> shift) & 0xffff] === n)
            continue; // every key shares this digit
        prefixSums(counts);
        for (let i = 0; i < n; i++) {
            const at = counts[(source[i] >>> shift) & 0xffff]++;
            loNext[at] = lo[i];
            hiNext[at] = hi[i];
            orderNext[at] = order[i];
        }
        [lo, loNext] = [loNext, lo];
        [hi, hiNext] = [hiNext, hi];
        [order, orderNext] = [orderNext, order];
    }
    return order;
}


/***/ }),

/***/ 7691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ subsetRows)
/* harmony export */ });
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5547);

/** The rows `rows` of the data, as data of the same task and class list (for per-slice metrics). */
function subsetRows(data, rows) {
    const pickF = (a) => {
        const out = new Float64Array(rows.length);
        for (let j = 0; j < rows.length; j++)
            out[j] = a[rows[j]];
        return out;
    };
    const pickI = (a) => {
        const out = (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .allocateCodes */ .q)(data.task === 'regression' ? 0 : data.classes.length, rows.length);
        for (let j = 0; j < rows.length; j++)
            out[j] = a[rows[j]];
        return out;
    };
    const weights = data.weights && pickF(data.weights);
    if (data.task === 'regression') {
        return { ...data, n: rows.length, yTrue: pickF(data.yTrue), yPred: pickF(data.yPred), weights };
    }
    return {
        ...data,
        n: rows.length,
        yTrue: pickI(data.yTrue),
        yPred: pickI(data.yPred),
        score: data.score && pickF(data.score),
        proba: data.proba?.map(pickF),
        weights,
    };
}


/***/ }),

/***/ 571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ metricCells),
/* harmony export */   Y3: () => (/* binding */ ruleText),
/* harmony export */   Z4: () => (/* binding */ checkSummary),
/* harmony export */   bS: () => (/* binding */ shownInterval),
/* harmony export */   h9: () => (/* binding */ directionArrow)
/* harmony export */ });
/* unused harmony exports notChecked, changeLimit */
/* harmony import */ var _gate_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7344);
/* harmony import */ var _gate_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7962);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8850);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7885);




/** The interval to show: the one the verdict used when there is one, else the estimate's own. */
function shownInterval(v) {
    return v.verdictInterval?.bounds ?? v.estimate?.interval;
}
/** A rule that needs a baseline, shown when there was none: it was not checked, so it must not read as passed. */
function notChecked(v, hasBaseline) {
    if (hasBaseline || v.status !== 'pass' || !v.rule)
        return false;
    return v.rule.maxRegression !== undefined && v.rule.min === undefined && v.rule.max === undefined;
}
function metricCells(v, hasBaseline = true) {
    const unit = (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .unitOf */ .uF)(v.id, v.baseline, v.current);
    const interval = shownInterval(v);
    const digits = v.delta === undefined ? undefined : (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .separateDecimals */ .iU)(unit, (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .changeDecimals */ .dk)(unit, v.delta, interval), interval, changeLimit(v));
    // A value with no change beside it keeps its significant digits only: 0.08, not 0.08000.
    const trim = (text) => (digits === undefined && text.includes('.') ? text.replace(/\.?0+(%?)$/, '$1') : text);
    const value = (x) => trim((0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatInUnit */ .NH)(x, unit, typeof x === 'number' ? (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .valueDecimals */ .G7)(unit, x, digits) : 0));
    return {
        icon: notChecked(v, hasBaseline) ? '➖' : _report_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ICON */ .tW[v.status],
        arrow: directionArrow(v),
        baseline: value(v.baseline),
        current: value(v.current),
        change: v.delta === undefined ? '' : v.delta === 0 ? '0' : (0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(v.delta, unit, digits),
        interval: interval && digits !== undefined ? `${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(interval[0], unit, digits, false)} … ${(0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(interval[1], unit, digits, false)}` : '',
        judgement: v.delta === undefined ? '' : (0,_gate_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeMove */ .RS)(v.direction, v.delta),
        rule: ruleText(v),
        adjusted: v.verdictInterval?.adjustment !== undefined,
        unit,
    };
}
/** The change a max-regression rule allows at most, as a signed change (−0.01 for higher-is-better). */
function changeLimit(v) {
    const regression = v.rule?.maxRegression;
    if (!regression || typeof v.baseline !== 'number')
        return undefined;
    const allowed = (0,_gate_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .allowedWorsening */ .b4)(regression, v.baseline);
    return v.direction === 'higher' ? -allowed : allowed;
}
/** ↑ for higher-is-better, ↓ for lower-is-better (as the gate decided), nothing for example counts. */
function directionArrow(v) {
    if ((0,_units_js__WEBPACK_IMPORTED_MODULE_2__/* .unitOf */ .uF)(v.id) === 'count')
        return '';
    return v.direction === 'higher' ? '↑' : '↓';
}
/** The rule in words, naming the key it came from when that is a glob or `default`. */
function ruleText(verdict) {
    if (!verdict.rule)
        return '';
    const named = (rule) => (rule.key === verdict.id ? (0,_gate_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRule */ .IO)(rule) : `${(0,_gate_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRule */ .IO)(rule)} (${rule.key})`);
    const text = named(verdict.rule);
    const base = verdict.baselineRule;
    if (!base || base === verdict.rule || (0,_gate_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRule */ .IO)(base) === (0,_gate_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRule */ .IO)(verdict.rule))
        return text;
    return `${text}; baseline: ${named(base)}`;
}
/** What a gated metric's check came to, in a few words, for the rules list (passing rows have no reasons). */
function checkSummary(v, hasBaseline) {
    if (notChecked(v, hasBaseline))
        return 'not checked: no baseline to compare with';
    if (v.reasons.length > 0)
        return v.reasons.join('; ');
    if (v.status === 'pass') {
        if (!hasBaseline)
            return 'passed (only min and max can be checked without a baseline)';
        return v.rule?.maxRegression ? 'passed: within the allowed worsening' : 'passed';
    }
    return v.status;
}


/***/ }),

/***/ 7023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ renderConfusionMarkdown),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Vn: () => (/* binding */ selectClasses),
/* harmony export */   mm: () => (/* binding */ shortClassName),
/* harmony export */   th: () => (/* binding */ fitsClasses)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2011);



/** Longest class name shown in a table; longer names are cut with `…` (before escaping). */
const MAX_CLASS_NAME = 40;
/**
 * Picks at most `maxClasses` classes to show: all of them when they fit, otherwise those with the most examples
 * in the current run (row sums: support), ties by position. Kept in the matrix's own order.
 */
function selectClasses(pair, maxClasses) {
    const all = pair.classes.map((_, i) => i);
    if (all.length <= maxClasses)
        return { indexes: all, omitted: 0 };
    const support = all.map((i) => (pair.current[i] ?? []).reduce((sum, v) => sum + v, 0));
    const top = [...all].sort((a, b) => support[b] - support[a] || a - b).slice(0, Math.max(0, maxClasses));
    return { indexes: top.sort((a, b) => a - b), omitted: all.length - top.length };
}
/** Whether a matrix is square over the classes and all finite; a mismatched one is reported, not guessed at. */
function fitsClasses(matrix, classes) {
    return matrix !== undefined && matrix.length === classes.length && matrix.every((row) => row.length === classes.length && row.every(Number.isFinite));
}
/** A class name cut to a readable length; callers escape it for their format. */
function shortClassName(name) {
    const chars = [...name];
    return chars.length > MAX_CLASS_NAME ? `${chars.slice(0, MAX_CLASS_NAME - 1).join('')}…` : name;
}
/**
 * The confusion matrices as markdown: baseline, current, and their difference (current − baseline, signed), rows
 * the true class and columns the predicted class. With more than `maxClasses` classes only the best-supported are
 * shown, with a note. Class names are escaped.
 */
function renderConfusionMarkdown(pair, maxClasses = 12) {
    if (!fitsClasses(pair.current, pair.classes)) {
        return `The confusion matrix does not match its ${pair.classes.length} classes, so it is not shown.\n`;
    }
    const selection = selectClasses(pair, maxClasses);
    const out = [];
    if (selection.omitted > 0) {
        out.push(`Showing the ${selection.indexes.length} of ${pair.classes.length} classes with the most examples in this run; the other ${selection.omitted} are left out of these tables.`, '');
    }
    const current = (title) => [title, '', table(pair, selection, pair.current, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .F), ''];
    if (pair.baseline === undefined) {
        out.push(...current('**Current** (rows: true class, columns: predicted)'), 'No baseline confusion matrix to compare with.');
    }
    else if (!fitsClasses(pair.baseline, pair.classes)) {
        out.push(...current('**Current** (rows: true class, columns: predicted)'), 'The baseline confusion matrix does not match these classes, so it and the difference are not shown.');
    }
    else {
        const baseline = pair.baseline;
        const difference = pair.current.map((row, i) => row.map((v, j) => v - baseline[i][j]));
        out.push('**Baseline** (rows: true class, columns: predicted)', '', table(pair, selection, baseline, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .F), '');
        out.push(...current('**Current**'));
        out.push('**Difference** (current − baseline)', '', table(pair, selection, difference, formatSigned));
    }
    return `${out.join('\n').trimEnd()}\n`;
}
function table(pair, selection, matrix, format) {
    const names = selection.indexes.map((i) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(shortClassName(pair.classes[i])));
    const header = ['true ↓ / predicted →', ...names];
    const rows = selection.indexes.map((i, r) => [names[r], ...selection.indexes.map((j) => format(matrix[i][j]))]);
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([header, ...rows], { align: ['l', ...names.map(() => 'r')], alignDelimiters: false });
}
/** A difference with its sign: `+3`, `−2` (a real minus, as in the metric table), `0`. */
function formatSigned(value) {
    if (value === 0)
        return '0';
    return `${value > 0 ? '+' : '−'}${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .F)(Math.abs(value))}`;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   wz: () => (/* binding */ showBidiControls)
/* harmony export */ });
/**
 * Makes text from an artifact (metric ids, class names, slice values) inert in GitHub markdown: it renders as
 * the same characters, cannot break a table cell, open HTML, start code or a link, or @-mention anyone.
 * Every cell of every table goes through here.
 */
const REPLACEMENTS = {
    '\\': '\\\\',
    '|': '\\|',
    '`': '\\`',
    '*': '\\*',
    _: '\\_',
    '~': '\\~',
    '[': '\\[',
    ']': '\\]',
    '<': '&lt;',
    '>': '&gt;',
    '&': '&amp;',
    // A zero-width joiner keeps the text readable but stops GitHub from turning it into a mention or an issue ref.
    '@': '@\u200d',
    '#': '#\u200d',
    // GitHub renders $…$ as math.
    $: '\\$',
};
/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F/U+061C) reorder the text around
 * them: a class name holding U+202E can make "fail" read as "liaf" or hide what follows. They are shown as their
 * code point instead, in every format.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/** Text with each bidirectional control replaced by a visible `<U+202E>`. */
function showBidiControls(text) {
    return text.replace(BIDI_CONTROLS, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
/**
 * The longest text shown whole in markdown: a longer one (an id of 70,000 characters) keeps its start and end
 * around an ellipsis, so that one hostile id cannot push every row out of a comment's 65,536 characters.
 */
const MAX_SHOWN = 1000;
function shorten(text) {
    if (text.length <= MAX_SHOWN)
        return text;
    const chars = Array.from(text);
    return chars.length <= MAX_SHOWN ? text : `${chars.slice(0, 700).join('')}…${chars.slice(-250).join('')}`;
}
/**
 * GitHub turns `https://…`, `http://…`, `ftp://…`, `mailto:…`, `xmpp:…` and `www.…` into links by itself (GFM's
 * extended autolinks), so a metric id or item key could show a clickable phishing link in a trusted comment. A
 * zero-width joiner after the scheme's colon or after `www` breaks the autolink and keeps the text readable.
 * Matched anywhere, not only at a word start: GFM also links after `_` or `*`, which are part of ids.
 */
const AUTOLINK_SCHEME = /(https?|ftp|mailto|xmpp):/gi;
const AUTOLINK_WWW = /(www)\./gi;
function escapeMarkdown(text) {
    return showBidiControls(shorten(text))
        .replace(/[\\|`*_~[\]<>&@#$]/g, (c) => REPLACEMENTS[c])
        .replace(AUTOLINK_SCHEME, '$1:\u200d')
        .replace(AUTOLINK_WWW, '$1\u200d.')
        .replace(/[\r\n]+/g, ' ');
}
/** Makes text inert in HTML, in element content and in quoted attribute values alike. */
function escapeHtml(text) {
    return showBidiControls(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ formatValue)
/* harmony export */ });
/** Numbers for people: enough significant digits to see a change, never 17 of them, and never an exponent. */
function formatValue(value) {
    if (value === null || value === undefined)
        return '—';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : value < 0 ? '−∞' : 'NaN';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return value.toLocaleString('en-US');
    const abs = Math.abs(value);
    if (abs >= 1000)
        return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
    // Four significant digits written out in full: 0.00005146, not 5.146e-5.
    const decimals = abs === 0 ? 0 : Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(abs))));
    return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: decimals });
}


/***/ }),

/***/ 8134:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ renderItemsMarkdown),
/* harmony export */   Sx: () => (/* binding */ toJsonItems),
/* harmony export */   WW: () => (/* binding */ renderItemsText),
/* harmony export */   Xi: () => (/* binding */ itemTables)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2011);



/** How many metrics get a row, and newly failing keys per metric, before the rest is summed up. */
const MAX_ROWS = 30;
const MAX_KEYS = 10;
/**
 * The items section: per metric the paired item count, the test and the correlation of the paired scores, the
 * pass/fail transitions, changed, added and removed items; then the first newly failing item keys, folded.
 * Item keys and metric ids come from eval logs and are escaped like every other artifact string; an item's text
 * is there only when `show-item-text` asked for it, escaped the same way.
 */
function renderItemsMarkdown(items) {
    const shown = items.metrics.slice(0, MAX_ROWS);
    const rows = shown.map(({ comparison: c }) => {
        const t = c.transitions;
        const count = (n) => (n === undefined ? '–' : String(n));
        return [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.id),
            String(c.paired),
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.test),
            c.correlation === undefined ? '–' : c.correlation.toFixed(2),
            count(t?.passToFail),
            count(t?.failToPass),
            count(t?.stillFailing),
            count(t?.flaky),
            String(c.changed),
            String(c.added),
            String(c.removed),
        ];
    });
    const lines = [
        `**Items** · ${items.metrics.length} scored metric${items.metrics.length === 1 ? '' : 's'} compared item by item (pairing by item key only)`,
        '',
        (0,markdown_table__WEBPACK_IMPORTED_MODULE_1__/* .markdownTable */ .Q)([['metric', 'paired', 'test', 'corr.', 'pass→fail', 'fail→pass', 'still failing', 'flaky', 'changed', 'added', 'removed'], ...rows]),
        '',
    ];
    if (items.metrics.length > shown.length)
        lines.push(`… and ${items.metrics.length - shown.length} more metrics.`, '');
    for (const { comparison: c, tooSmall } of items.metrics) {
        if (tooSmall) {
            lines.push(`- ⚠️ **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.id)}**: the eval is too small for this rule: with ${c.paired} paired items it detects (80% power) only a worsening of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .F)(tooSmall.detectable)} beyond the allowance, more than the allowance of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .F)(tooSmall.allowed)} itself; it would need about ${tooSmall.itemsNeeded} items`);
        }
        if (c.promptChanged > 0)
            lines.push(`- ℹ️ **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.id)}**: the prompt changed on ${c.promptChanged} paired items (still paired)`);
    }
    if (lines[lines.length - 1] !== '')
        lines.push('');
    const failing = items.metrics.filter(({ comparison: c }) => (c.transitions?.newlyFailing.length ?? 0) > 0);
    if (failing.length > 0) {
        const body = failing
            .flatMap(({ comparison: c }) => [
            `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.id)}** (task ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(c.task)}): ${c.transitions.passToFail} newly failing${c.transitions.passToFail > MAX_KEYS ? `, first ${MAX_KEYS}` : ''}`,
            '',
            ...c.transitions.newlyFailing.slice(0, MAX_KEYS).map((change) => `- ${describeChange(change)}`),
            '',
        ])
            .join('\n');
        const total = failing.reduce((s, { comparison: c }) => s + c.transitions.passToFail, 0);
        lines.push(`<details><summary>Newly failing items (${total})</summary>`, '', body.trimEnd(), '', '</details>', '');
    }
    return lines;
}
function describeChange(change) {
    const text = change.text === undefined ? '' : ` — “${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(change.text.length > 120 ? `${change.text.slice(0, 120)}…` : change.text)}”`;
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(change.key)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .F)(change.baseline)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .F)(change.current)}${text}`;
}
/**
 * The items as plain tables for the HTML report, which escapes every cell: the per-metric summary, then every
 * newly failing key shown in the comment (the first ten per metric), with its task and baseline → current score.
 */
function itemTables(items) {
    const count = (n) => (n === undefined ? '–' : String(n));
    const summary = {
        title: `Items (${items.metrics.length} scored metric${items.metrics.length === 1 ? '' : 's'}, paired by item key)`,
        header: ['metric', 'paired', 'test', 'corr.', 'pass→fail', 'fail→pass', 'still failing', 'flaky', 'changed', 'added', 'removed'],
        rows: items.metrics.map(({ comparison: c }) => {
            const t = c.transitions;
            return [c.id, String(c.paired), c.test, c.correlation === undefined ? '–' : c.correlation.toFixed(2), count(t?.passToFail), count(t?.failToPass), count(t?.stillFailing), count(t?.flaky), String(c.changed), String(c.added), String(c.removed)];
        }),
    };
    const small = items.metrics.filter((m) => m.tooSmall).map(({ comparison: c, tooSmall }) => `${c.id}: too small for its rule, about ${tooSmall.itemsNeeded} items needed`);
    const failing = items.metrics.flatMap(({ comparison: c }) => (c.transitions?.newlyFailing ?? []).slice(0, MAX_KEYS).map((change) => [c.id, c.task, change.key, `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .F)(change.baseline)} → ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .F)(change.current)}`, change.text ?? '']));
    const tables = [small.length > 0 ? { ...summary, note: small.join('; ') } : summary];
    if (failing.length > 0) {
        const withText = failing.some((row) => row[4] !== '');
        tables.push({
            title: 'Newly failing items',
            note: `The first ${MAX_KEYS} per metric: passed in every baseline repeat, fail in every current one.`,
            header: ['metric', 'task', 'item', 'baseline → current', ...(withText ? ['text'] : [])],
            rows: failing.map((row) => (withText ? row : row.slice(0, 4))),
        });
    }
    return tables;
}
/** The items section for a terminal: one line per metric, and its first newly failing keys; `inert` disarms text. */
function renderItemsText(items, inert) {
    const lines = ['Items (paired by key):'];
    for (const { comparison: c, tooSmall } of items.metrics.slice(0, MAX_ROWS)) {
        const t = c.transitions;
        const moves = t ? `, ${t.passToFail} pass→fail, ${t.failToPass} fail→pass, ${t.stillFailing} still failing, ${t.flaky} flaky` : '';
        lines.push(`  ${inert(c.id)}: ${c.paired} paired (${inert(c.test)})${moves}; ${c.changed} changed, ${c.added} added, ${c.removed} removed`);
        if (t && t.newlyFailing.length > 0)
            lines.push(`    newly failing: ${t.newlyFailing.map((change) => `${inert(change.key)}${change.text ? ` “${inert(change.text.slice(0, 80))}”` : ''}`).join(', ')}`);
        if (tooSmall)
            lines.push(`    too small for this rule: about ${tooSmall.itemsNeeded} items needed`);
    }
    if (items.metrics.length > MAX_ROWS)
        lines.push(`  … and ${items.metrics.length - MAX_ROWS} more metrics`);
    return lines;
}
/** The items section in the JSON report: snake_case, every item key as found (JSON escapes itself). */
function toJsonItems(items) {
    return items.metrics.map(({ comparison: c, tooSmall }) => ({
        id: c.id,
        task: c.task,
        paired: c.paired,
        test: c.test,
        correlation: c.correlation ?? null,
        clusters: c.clusters ?? null,
        added: c.added,
        removed: c.removed,
        changed: c.changed,
        prompt_changed: c.promptChanged,
        transitions: c.transitions
            ? {
                pass_to_fail: c.transitions.passToFail,
                fail_to_pass: c.transitions.failToPass,
                still_failing: c.transitions.stillFailing,
                flaky: c.transitions.flaky,
                newly_flaky: c.transitions.newlyFlaky,
                newly_failing: c.transitions.newlyFailing,
            }
            : null,
        too_small: tooSmall ? { allowed: tooSmall.allowed, detectable: tooSmall.detectable, items_needed: tooSmall.itemsNeeded } : null,
    }));
}


/***/ }),

/***/ 3864:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  to: () => (/* binding */ describeHeader),
  o1: () => (/* binding */ legend),
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: COMMENT_LIMIT

// EXTERNAL MODULE: ./src/gate/rules.ts
var rules = __nccwpck_require__(7344);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __nccwpck_require__(735);
// EXTERNAL MODULE: ./src/report/cells.ts
var report_cells = __nccwpck_require__(571);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/confusion-table.ts
var confusion_table = __nccwpck_require__(7023);
// EXTERNAL MODULE: ./src/report/units.ts
var units = __nccwpck_require__(7885);
;// CONCATENATED MODULE: ./src/report/mermaid.ts

/**
 * Mermaid `xychart-beta` charts for the PR comment (docs/report.md, issue "Pictures"). GitHub renders fenced ```mermaid
 * blocks as diagrams. Markdown escaping does not apply inside a code block, so every string from an artifact goes
 * through sanitizeMermaidText instead: it can neither end its quoted string, the block or the diagram, nor
 * reach mermaid's directives, comments, entities or math.
 */
/** Colours by plot order. Plots are unnamed (legends need a newer mermaid than GitHub may run), so titles name the colours. */
const BLUE = '#0969da';
const GREY = '#8c959f';
const ORANGE = '#bc4c00';
const MAX_TITLE = 80;
const MAX_AXIS_TITLE = 40;
const MAX_CATEGORY = 12;
/**
 * Makes an artifact string safe inside a quoted mermaid string: `"` becomes `'`, brackets and braces become
 * parentheses, anything else outside letters, digits and `. _ - + / : ( ) = , ! ? * ' @` becomes `_` (so no
 * `#`/`;` entity, `%%` comment or directive, `$$` math, backtick, `<`, `>` or newline survives), runs of
 * spaces collapse, and the result is cut to `max` characters with `…`.
 */
function sanitizeMermaidText(text, max = MAX_TITLE) {
    const clean = text
        .replace(/"/g, "'")
        .replace(/[[{]/g, '(')
        .replace(/[\]}]/g, ')')
        .replace(/[^\p{L}\p{M}\p{N} ._\-+/:()=,!?*'@]/gu, '_')
        .replace(/ +/g, ' ')
        .trim();
    const chars = [...clean];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}
/**
 * A number mermaid's lexer accepts (`[+-]?\d+(\.\d+)?`): 4 significant digits, never an exponent, `-0` as `0`.
 */
function formatMermaidNumber(value) {
    if (!Number.isFinite(value))
        throw new RangeError(`mermaid cannot plot ${value}`);
    const text = value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 4 });
    return text === '-0' ? '0' : text;
}
/**
 * A metric's trend over the default branch's last runs as a blue line ending at this run (labelled "this PR"),
 * and this run's value as a flat orange line across the chart, so a reader sees at once whether it lies within
 * the usual wobble. (A bar for this run was tried: mermaid gives even zero-height bars a visible stub.) Runs
 * without a value are left out, and a note under the chart says how many. The y-axis is padded around the
 * values; the axis titles are left out because mermaid draws them over the tick labels and the title names the
 * metric. Returns '' when no run has a value.
 */
function renderTrendChart(trend, limit) {
    // A percentage (MAPE) is charted as the table shows it, 5.24 rather than 0.0524.
    const percent = (0,units/* unitOf */.uF)(trend.id) === 'percent';
    const scale = percent ? 100 : 1;
    const points = trend.points.map((p, i) => ({ ...p, value: p.value === null ? null : p.value * scale, current: i === trend.points.length - 1 }));
    const shown = points.filter((p) => p.value !== null && Number.isFinite(p.value));
    if (shown.length === 0)
        return '';
    const values = shown.map((p) => p.value);
    const bound = limit !== undefined && Number.isFinite(limit) ? limit * scale : undefined;
    const withLimit = bound !== undefined;
    // The allowed limit is part of the range, so run-to-run noise is seen against the allowance, not blown up.
    const [low, high] = paddedRange(bound !== undefined ? [...values, bound] : values);
    const last = shown[shown.length - 1];
    const hasCurrent = last.current;
    const history = shown.length - (hasCurrent ? 1 : 0);
    const better = trend.direction === 'higher' ? '↑ higher is better' : '↓ lower is better';
    const earlier = history === 0 ? 'no earlier runs' : `${history} earlier ${history === 1 ? 'run' : 'runs'}`;
    const title = `${sanitizeMermaidText(trend.id, 32)}${percent ? ' in %' : ''} ${better === '↑ higher is better' ? '(higher is better)' : '(lower is better)'}`;
    const palette = [...(withLimit ? [GREY] : []), ...(hasCurrent ? [ORANGE] : []), BLUE];
    const lines = [
        '```mermaid',
        directive(palette),
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis [${uniqueLabels(shown.map((p) => p.label)).map((l) => `"${l}"`).join(', ')}]`,
        `    y-axis ${formatMermaidNumber(low)} --> ${formatMermaidNumber(high)}`,
    ];
    if (bound !== undefined)
        lines.push(`    line [${shown.map(() => formatMermaidNumber(bound)).join(', ')}]`);
    if (hasCurrent)
        lines.push(`    line [${shown.map(() => formatMermaidNumber(last.value)).join(', ')}]`);
    lines.push(`    line [${values.map(formatMermaidNumber).join(', ')}]`, '```');
    const key = [`blue: ${earlier}`, hasCurrent ? `orange: this run (${formatMermaidNumber(last.value)})` : 'this run has no value'];
    if (bound !== undefined)
        key.push(`grey: the worst value the rule allows (${formatMermaidNumber(bound)})`);
    lines.push('', `<sub>${key.join(' · ')}</sub>`);
    const missing = points.length - shown.length;
    if (missing > 0)
        lines.push('', `${missing} ${missing === 1 ? 'run has' : 'runs have'} no value and ${missing === 1 ? 'is' : 'are'} left out of the chart.`);
    return `${lines.join('\n')}\n`;
}
/**
 * Baseline (grey) and current (blue) curves as two lines on their shared x grid, e.g. ROC or precision–recall.
 * `areaName` labels `Curve.area` in the title (e.g. "AUC", "AP"). A grid point where either curve has no finite
 * value is left out; a baseline on another grid is not drawn, and the title says so.
 */
function renderCurveChart(title, pair, xLabel, yLabel, areaName = 'area') {
    const { current } = pair;
    const baseline = pair.baseline && sameGrid(pair.baseline.x, current.x) ? pair.baseline : undefined;
    const keep = current.x
        .map((x, i) => i)
        .filter((i) => [current.x[i], current.y[i], ...(baseline ? [baseline.y[i]] : [])].every((v) => v !== undefined && Number.isFinite(v)));
    const describe = (name, colour, area) => `${name} (${colour}${area !== undefined && Number.isFinite(area) ? `, ${sanitizeMermaidText(areaName, 12)} ${formatMermaidNumber(area)}` : ''})`;
    const parts = [describe('current', 'blue', current.area)];
    if (baseline)
        parts.unshift(describe('baseline', 'grey', baseline.area));
    else
        parts.push(pair.baseline ? 'baseline on another grid, not drawn' : 'no baseline');
    if (keep.length === 0)
        return '';
    const heading = `${sanitizeMermaidText(title, 40)}: ${parts.join(baseline ? ' vs ' : ', ')}`;
    const ys = keep.flatMap((i) => [current.y[i], ...(baseline ? [baseline.y[i]] : [])]);
    const [low, high] = ys.length > 0 && ys.every((v) => v >= 0 && v <= 1) ? [0, 1] : paddedRange(ys.length > 0 ? ys : [0]);
    const series = (ys) => `[${keep.map((i) => formatMermaidNumber(ys[i])).join(', ')}]`;
    const lines = [
        '```mermaid',
        directive(baseline ? [GREY, BLUE] : [BLUE]),
        'xychart-beta',
        `    title "${heading}"`,
        `    x-axis "${sanitizeMermaidText(xLabel, MAX_AXIS_TITLE)}" [${keep.map((i) => formatMermaidNumber(current.x[i])).join(', ')}]`,
        `    y-axis "${sanitizeMermaidText(yLabel, MAX_AXIS_TITLE)}" ${formatMermaidNumber(low)} --> ${formatMermaidNumber(high)}`,
    ];
    if (baseline)
        lines.push(`    line ${series(baseline.y)}`);
    lines.push(`    line ${series(current.y)}`, '```');
    return `${lines.join('\n')}\n`;
}
/**
 * A regression model's mean absolute error by range of the actual value: baseline grey, current blue, so a
 * reader sees where along the range the error grew. Bins where either run has no example are left out.
 */
function renderResidualChart(bins) {
    const keep = bins.centres.map((_, i) => i).filter((i) => Number.isFinite(bins.current[i]) && (!bins.baseline || Number.isFinite(bins.baseline[i])));
    if (keep.length < 2)
        return '';
    const ys = keep.flatMap((i) => [bins.current[i], ...(bins.baseline ? [bins.baseline[i]] : [])]);
    const [, high] = paddedRange([0, ...ys]);
    const series = (values) => `[${keep.map((i) => formatMermaidNumber(values[i])).join(', ')}]`;
    const lines = [
        '```mermaid',
        directive(bins.baseline ? [GREY, BLUE] : [BLUE]),
        'xychart-beta',
        `    title "Mean absolute error by actual value: ${bins.baseline ? 'baseline grey, current blue' : 'current (blue)'}"`,
        `    x-axis "actual value (bin middle)" [${keep.map((i) => `"${formatMermaidNumber(Number(bins.centres[i].toPrecision(3)))}"`).join(', ')}]`,
        `    y-axis 0 --> ${formatMermaidNumber(high)}`,
    ];
    if (bins.baseline)
        lines.push(`    line ${series(bins.baseline)}`);
    lines.push(`    line ${series(bins.current)}`, '```');
    return `${lines.join('\n')}\n`;
}
/** An init directive setting the plot colours; written by us, never from an artifact. */
function directive(palette) {
    return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.join(', ')}"}}}}%%`;
}
/** xychart's x-axis is a band scale: equal labels would share one band, so repeats get a counter. */
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((label) => {
        const clean = sanitizeMermaidText(label, MAX_CATEGORY) || '?';
        const count = (seen.get(clean) ?? 0) + 1;
        seen.set(clean, count);
        return count === 1 ? clean : `${clean} (${count})`;
    });
}
function sameGrid(a, b) {
    return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) < 1e-9);
}
/**
 * min..max padded by a tenth of the span (or of the value, for a flat series), rounded outward to a tidy step,
 * and kept within 0..1 when every value is — most metrics are rates.
 */
function paddedRange(values) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const span = max - min;
    const pad = span > 0 ? span * 0.1 : Math.abs(max) > 0 ? Math.abs(max) * 0.05 : 0.05;
    let low = min - pad;
    let high = max + pad;
    const step = 10 ** (Math.floor(Math.log10(high - low)) - 1);
    low = Math.floor(low / step) * step;
    high = Math.ceil(high / step) * step;
    if (min >= 0 && low < 0)
        low = 0;
    if (min >= 0 && max <= 1 && high > 1)
        high = 1;
    // Rounded outward to the 4 significant digits mermaid is given, so the axis still holds every value.
    return [roundSignificant(low, 'down'), roundSignificant(high, 'up')];
}
function roundSignificant(value, direction) {
    if (value === 0)
        return 0;
    const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 3);
    // The nudge keeps 0.84 / 0.0001 = 8399.999… from flooring to 8399.
    const units = direction === 'down' ? Math.floor(value / step + 1e-9) : Math.ceil(value / step - 1e-9);
    return Number((units * step).toPrecision(4));
}

// EXTERNAL MODULE: ./src/report/per-class.ts
var per_class = __nccwpck_require__(4452);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __nccwpck_require__(8850);
// EXTERNAL MODULE: ./src/report/slice-pivot.ts
var slice_pivot = __nccwpck_require__(1641);
;// CONCATENATED MODULE: ./src/report/markdown-sections.ts









/** The folded sections of the comment below the verdict: slices, per-class scores, churn and charts. */
function folded(summary, body) {
    return [`<details><summary>${(0,report_escape/* escapeMarkdown */.FV)(summary)}</summary>`, '', body, '', '</details>', ''];
}
/** A slice cell: "0.810 (−6.7 pts)" with the row's verdict icon when that metric broke a rule. */
function sliceCell(v) {
    if (!v)
        return '';
    const mark = v.status === 'fail' || v.status === 'warn' || v.status === 'accepted' ? `${report_report/* STATUS_ICON */.tW[v.status]} ` : '';
    if (typeof v.current !== 'number')
        return `${mark}${v.current === null ? 'NaN' : ''}`;
    // One precision per column, so a column of slices reads down evenly.
    const unit = (0,units/* unitOf */.uF)(v.id, v.baseline, v.current);
    const digits = unit === 'rate' ? 3 : (0,units/* valueDecimals */.G7)(unit, v.current, undefined);
    const value = (0,units/* formatInUnit */.NH)(v.current, unit, digits);
    return v.delta === undefined ? `${mark}${value}` : `${mark}${value} (${(0,units/* formatChange */.eD)(v.delta, unit, unit === 'rate' ? 1 : digits)})`;
}
function sliceTable(rows, metrics) {
    const header = ['', 'slice', 'n', ...metrics.map(report_escape/* escapeMarkdown */.FV)];
    const body = rows.map((row) => [
        row.gated ? report_report/* STATUS_ICON */.tW[row.status] : row.cells.some((c) => c?.status === 'skipped') ? '⏭️' : '·',
        (0,report_escape/* escapeMarkdown */.FV)(row.slice),
        row.n === undefined ? '' : row.n.toLocaleString('en-US'),
        ...row.cells.map(sliceCell),
    ]);
    return (0,markdown_table/* markdownTable */.Q)([header, ...body], { align: ['c', 'l', 'r', ...metrics.map(() => 'r')], alignDelimiters: false });
}
/** Slices × gated metrics: gated slices first (open when one broke a rule), the ungated ones folded and marked. */
function sliceSections(report) {
    const headlineIds = (0,report_report/* byAttention */._p)(report.gate.verdicts).filter((v) => v.rule && !v.id.includes('[')).map((v) => v.id);
    const pivot = (0,slice_pivot/* pivotSlices */.g)(report.gate.verdicts, headlineIds);
    if (!pivot)
        return [];
    const lines = [];
    if (pivot.gated.length > 0) {
        const broken = pivot.gated.filter((r) => r.status === 'fail' || r.status === 'warn').length;
        lines.push(...folded(`Gated slices (${pivot.gated.length}${broken ? `, ${broken} with a broken rule` : ''})`, sliceTable(pivot.gated, pivot.metrics)));
    }
    if (pivot.ungated.length > 0) {
        const small = pivot.ungated.filter((r) => r.cells.some((c) => c?.status === 'skipped')).length;
        const note = small > 0 ? `⏭️ marks ${small} slice${small === 1 ? '' : 's'} below min-slice-size: shown, not gated.\n\n` : '';
        lines.push(...folded(`Other slices (${pivot.ungated.length}, not gated${small ? `; ${small} too small` : ''})`, `${note}${sliceTable(pivot.ungated, pivot.metrics)}`));
    }
    return lines;
}
/** Per-class precision, recall and F1 with their changes, worst F1 change first. */
function perClassSection(pair) {
    const scores = (0,per_class/* perClassScores */.P)(pair);
    if (scores.length === 0)
        return [];
    const cell = (now, before) => {
        if (!Number.isFinite(now))
            return 'NaN';
        const value = (0,units/* formatInUnit */.NH)(now, 'rate', 3);
        return before === undefined || !Number.isFinite(before) ? value : `${value} (${(0,units/* formatChange */.eD)(now - before, 'rate', 1)})`;
    };
    const delta = (s) => (s.baseline ? s.current.f1 - s.baseline.f1 : 0);
    const rows = [...scores].sort((a, b) => (delta(a) || 0) - (delta(b) || 0)).slice(0, 30);
    const table = (0,markdown_table/* markdownTable */.Q)([['class', 'n', 'precision ↑', 'recall ↑', 'F1 ↑'], ...rows.map((s) => [(0,report_escape/* escapeMarkdown */.FV)((0,confusion_table/* shortClassName */.mm)(s.name)), s.support.toLocaleString('en-US'), cell(s.current.precision, s.baseline?.precision), cell(s.current.recall, s.baseline?.recall), cell(s.current.f1, s.baseline?.f1)])], { align: ['l', 'r', 'r', 'r', 'r'], alignDelimiters: false });
    const more = scores.length > rows.length ? `\n\n${scores.length - rows.length} more classes in the full report.` : '';
    return folded(`Per class: precision, recall, F1 (${scores.length} classes, largest F1 drop first)`, `${table}${more}`);
}
/** Prediction churn: how many examples flipped each way, by class, and the first newly wrong ids. */
function churnSection(churn) {
    const body = [
        `${churn.rightToWrong.toLocaleString('en-US')} examples went from right to wrong, ${churn.wrongToRight.toLocaleString('en-US')} from wrong to right.`,
        '',
    ];
    if (churn.byClass.length > 1) {
        body.push((0,markdown_table/* markdownTable */.Q)([['true class', 'right → wrong', 'wrong → right'], ...churn.byClass.slice(0, 30).map(([c, rw, wr]) => [(0,report_escape/* escapeMarkdown */.FV)(c), String(rw), String(wr)])], {
            align: ['l', 'r', 'r'],
            alignDelimiters: false,
        }), '');
    }
    if (churn.newlyWrong.length > 0)
        body.push(`First newly wrong ids: ${churn.newlyWrong.map(report_escape/* escapeMarkdown */.FV).join(', ')}`);
    return folded(`Prediction churn (${churn.rightToWrong} right → wrong, ${churn.wrongToRight} wrong → right)`, body.join('\n'));
}
/** Whether an area metric (roc_auc, average_precision) moved enough to be worth a curve: a broken rule or a clear change. */
function moved(verdicts, id) {
    const v = verdicts.find((x) => x.id === id);
    if (!v || v.delta === undefined)
        return false;
    if (v.status === 'fail' || v.status === 'warn')
        return true;
    const interval = v.estimate?.interval;
    return interval ? interval[0] > 0 || interval[1] < 0 : Math.abs(v.delta) >= 0.01;
}
/** Folded charts: trends (worst first, with the allowed band), curves when the areas moved, confusion matrices. */
function pictureSections(pictures, verdicts) {
    const lines = [];
    const byId = new Map(verdicts.map((v) => [v.id, v]));
    if (pictures.trends.length > 0) {
        const order = (0,report_report/* byAttention */._p)(verdicts).map((v) => v.id);
        const trends = [...pictures.trends].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
        const charts = trends.map((t) => renderTrendChart(t, allowedLimit(byId.get(t.id))));
        lines.push(...folded(`Trends over the last ${pictures.trends[0].points.length - 1} default-branch runs (worst first)`, charts.join('\n\n')));
    }
    const curves = [
        pictures.roc && moved(verdicts, 'roc_auc') ? renderCurveChart('ROC curve', pictures.roc, 'false positive rate', 'true positive rate', 'AUC') : undefined,
        pictures.precisionRecall && moved(verdicts, 'average_precision') ? renderCurveChart('Precision-recall curve', pictures.precisionRecall, 'recall', 'precision', 'AP') : undefined,
    ].filter((c) => c !== undefined && c !== '');
    if (curves.length > 0)
        lines.push(...folded('ROC and precision-recall curves (the areas moved: baseline vs current)', curves.join('\n\n')));
    if (pictures.confusion)
        lines.push(...folded('Confusion matrices', (0,confusion_table/* renderConfusionMarkdown */.Cn)(pictures.confusion)));
    const residuals = pictures.residuals && renderResidualChart(pictures.residuals);
    if (residuals)
        lines.push(...folded('Where the error changed: mean absolute error by actual value', residuals));
    return lines;
}
/** The worst value a max-regression rule allows, drawn as the trend chart's limit line. */
function allowedLimit(v) {
    const regression = v?.rule?.maxRegression;
    if (!v || !regression || typeof v.baseline !== 'number')
        return undefined;
    const allowed = (0,rules/* allowedWorsening */.b4)(regression, v.baseline);
    return v.direction === 'higher' ? v.baseline - allowed : v.baseline + allowed;
}

// EXTERNAL MODULE: ./src/report/items.ts
var items = __nccwpck_require__(8134);
;// CONCATENATED MODULE: ./src/report/sparkline.ts
/** Eight block heights, lowest first. */
const BLOCKS = '▁▂▃▄▅▆▇█';
/** Where a run has no value: visible, so a gap is not read as a low value, and never trimmed from a table cell. */
const GAP = '·';
/** Between the earlier runs and the run under review in a trend cell. */
const ARROW = ' → ';
/**
 * A unicode sparkline: one block per value, scaled to the min..max of the finite values. A flat series is all
 * middle blocks (▄), so no change does not look like a low value; null or non-finite values show as `·`.
 */
function renderSparkline(values) {
    return sparkBlocks(values).join('');
}
/**
 * A trend as one markdown table cell: the earlier runs' sparkline, an arrow, then the run under review on the
 * same scale, e.g. `▂▃▃▄▃▂ → ▁`. The arrow sets the last point apart without bold or colour (which a table cell
 * and a terminal would not both show); a trend of one run is just its block. No `|`, nothing from an artifact.
 */
function renderTrendCell(trend, minSpan = 0) {
    const blocks = sparkBlocks(trend.points.map((p) => p.value), minSpan);
    if (blocks.length <= 1)
        return blocks.join('');
    return `${blocks.slice(0, -1).join('')}${ARROW}${blocks[blocks.length - 1]}`;
}
/**
 * Scaled to the values' range, but never narrower than `minSpan` (the allowance or the interval), centred on
 * the values: a change within the noise then moves a block or two rather than reading as a collapse.
 */
function sparkBlocks(values, minSpan = 0) {
    const finite = values.filter((v) => v !== null && Number.isFinite(v));
    if (finite.length === 0)
        return values.map(() => GAP);
    let min = Math.min(...finite);
    let max = Math.max(...finite);
    if (max - min < minSpan) {
        const middle = (min + max) / 2;
        [min, max] = [middle - minSpan / 2, middle + minSpan / 2];
    }
    const span = max - min;
    return values.map((v) => {
        if (v === null || !Number.isFinite(v))
            return GAP;
        if (span === 0 || !Number.isFinite(span))
            return BLOCKS[3];
        const level = Math.round(((v - min) / span) * (BLOCKS.length - 1));
        return BLOCKS[Math.min(BLOCKS.length - 1, Math.max(0, level))];
    });
}

;// CONCATENATED MODULE: ./src/report/markdown.ts









/** GitHub's limit on a comment body; the renderer stays under it (docs/report.md). */
const COMMENT_LIMIT = 65_536;
/**
 * The report as GitHub markdown: headline, the metric table with regressions first, then folded sections for
 * slices, other metrics and notes. Every string from an artifact passes through escapeMarkdown.
 */
function renderMarkdown(report, options = {}) {
    const maxLength = options.maxLength ?? COMMENT_LIMIT;
    const sections = (0,report_report/* splitSections */.nO)(report.gate);
    const full = assemble(report, { pictures: true, slices: true, other: true, notes: true, mainRows: sections.main.length }, []);
    if (full.length <= maxLength)
        return full;
    const hint = options.fullReportHint ?? 'the full report is in the job summary';
    const dropped = [];
    const plan = { pictures: true, slices: true, other: true, notes: true, mainRows: sections.main.length };
    const present = { pictures: report.pictures !== undefined && hasPictures(report.pictures), other: sections.other.length > 0, slices: sections.slices.length > 0, notes: report.notes.length > 0 };
    for (const section of ['pictures', 'other', 'slices', 'notes']) {
        plan[section] = false;
        if (present[section])
            dropped.push(section === 'other' ? 'other metrics' : section === 'pictures' ? 'charts' : section);
        const text = assemble(report, plan, trimNote(dropped, hint));
        if (text.length <= maxLength)
            return text;
    }
    // Still too long: keep as many main-table rows as fit (they are sorted regressions first).
    let low = 0;
    let high = sections.main.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        const text = assemble(report, { ...plan, mainRows: mid }, trimNote([...dropped, 'rows'], hint));
        if (text.length <= maxLength)
            low = mid;
        else
            high = mid - 1;
    }
    return assemble(report, { ...plan, mainRows: low }, trimNote([...dropped, `${sections.main.length - low} rows`], hint));
}
function trimNote(dropped, hint) {
    return [`> ✂️ Trimmed to fit GitHub's comment limit (dropped: ${dropped.join(', ')}); ${hint}.`];
}
function assemble(report, plan, trim) {
    const { title, counts } = (0,report_report/* headline */.Pl)(report);
    const sections = (0,report_report/* splitSections */.nO)(report.gate);
    const hasBaseline = report.gate.hasBaseline;
    const lines = [`### ${title}`, '', `**${counts}** · ${(0,report_escape/* escapeMarkdown */.FV)(describeHeader(report))}${provenanceLink(report)}`, ''];
    lines.push(...trim.map((t) => `${t}\n`));
    if (!hasBaseline && report.baselineExpected) {
        lines.push('No baseline was found, so only `min` and `max` were checked; `max-regression` rules show ➖ not checked. A baseline is recorded when this runs on a push to the default branch.', '');
    }
    const main = sections.main.slice(0, plan.mainRows);
    const trends = new Map((report.pictures?.trends ?? []).map((t) => [t.id, t]));
    if (main.length > 0) {
        lines.push(metricTable(main, hasBaseline, trends), '');
        if (plan.mainRows < sections.main.length)
            lines.push(`… and ${sections.main.length - plan.mainRows} more rows.`, '');
        const reasons = main.filter((v) => v.reasons.length > 0 && v.status !== 'pass' && v.status !== 'new');
        for (const verdict of reasons) {
            lines.push(`- ${report_report/* STATUS_ICON */.tW[verdict.status]} **${(0,report_escape/* escapeMarkdown */.FV)(verdict.id)}** ${(0,report_cells/* directionArrow */.h9)(verdict)} ${(0,report_escape/* escapeMarkdown */.FV)(verdict.reasons.join('; '))}`);
        }
        if (reasons.length > 0)
            lines.push('');
        lines.push(`<sub>${(0,report_escape/* escapeMarkdown */.FV)(legend(report, main))}</sub>`, '');
    }
    const confusion = report.pictures?.confusion;
    const newConfusion = confusion && confusion.classes.length > 2 ? (0,per_class/* largestNewConfusion */.r)(confusion) : undefined;
    if (newConfusion) {
        lines.push(`Largest new confusion: **${(0,report_escape/* escapeMarkdown */.FV)(newConfusion.from)} → ${(0,report_escape/* escapeMarkdown */.FV)(newConfusion.to)} +${newConfusion.added.toLocaleString('en-US')}** (true ${(0,report_escape/* escapeMarkdown */.FV)(newConfusion.from)} predicted as ${(0,report_escape/* escapeMarkdown */.FV)(newConfusion.to)}: ${newConfusion.baseline.toLocaleString('en-US')} → ${newConfusion.current.toLocaleString('en-US')})`, '');
    }
    if (!report.passed && report.gate.status === 'fail')
        lines.push(...nextSteps(report));
    // Without any rule the ungated metrics are the report, so they are shown rather than folded.
    const otherShown = main.length === 0 && sections.other.length > 0;
    if (otherShown)
        lines.push(metricTable(sections.other, hasBaseline), '');
    const ruled = report.gate.verdicts.filter((v) => v.rule && (v.status === 'pass' || v.status === 'skipped'));
    if (plan.other && ruled.length > 0)
        lines.push(...folded(`Rules: how each gated metric was checked (${ruled.length} passed or not gated)`, rulesList(ruled, hasBaseline)));
    if (plan.slices && sections.slices.length + sections.main.filter((v) => (0,report_report/* isSliceId */.Ip)(v.id)).length > 0)
        lines.push(...sliceSections(report));
    if (plan.pictures && confusion && confusion.classes.length > 2)
        lines.push(...perClassSection(confusion));
    if (plan.other && report.comparison?.churn)
        lines.push(...churnSection(report.comparison.churn));
    if (plan.other && report.items)
        lines.push(...(0,items/* renderItemsMarkdown */.CB)(report.items));
    if (plan.pictures && report.pictures)
        lines.push(...pictureSections(report.pictures, report.gate.verdicts));
    if (plan.other && !otherShown && sections.other.length > 0) {
        lines.push(...folded(`Other metrics (${sections.other.length}, no rule)`, metricTable(sections.other, hasBaseline)));
    }
    if (plan.notes && report.notes.length > 0) {
        lines.push(...folded(`Notes (${report.notes.length})`, report.notes.map((n) => `- ${(0,report_escape/* escapeMarkdown */.FV)(n)}`).join('\n')));
    }
    if (report.htmlReportUrl && (report.passed || report.gate.status !== 'fail'))
        lines.push(`📈 [Full report](${encodeURI(report.htmlReportUrl)}): every metric, slice and chart.`, '');
    return `${lines.join('\n').trimEnd()}\n`;
}
function provenanceLink(report) {
    const url = report.baseline?.provenance?.url;
    return url ? ` · [baseline run](${encodeURI(url)})` : '';
}
/** What a failing report asks the reader to do: accept, or fix, and where the rest is. */
function nextSteps(report) {
    const label = report.acceptLabel ?? 'model-gate: accept-regression';
    const regression = report.gate.verdicts.some((v) => v.status === 'fail' && v.rule?.maxRegression);
    const steps = ['**Next steps**', ''];
    if (regression) {
        steps.push(`- Intended? Add the label \`${label.replace(/`/g, "'")}\` to this pull request and re-run the check: failed \`max-regression\` checks become accepted (broken \`min\`/\`max\` rules still fail).`);
    }
    steps.push('- A rule loosened in this pull request applies only once it is merged: until then the baseline\'s recorded rules gate too.');
    steps.push(report.htmlReportUrl
        ? `- Full report, with every metric, slice and chart: [HTML report](${encodeURI(report.htmlReportUrl)}).`
        : '- Full report, with every metric, slice and chart: the job summary of this run; the HTML report with `report-artifact` (action) or `--html FILE` (CLI).');
    return [...steps, ''];
}
/** The header's one line on the runs: task and size once, then the baseline's commit and run. */
function describeHeader(report) {
    const parts = [];
    const current = report.current;
    const baseline = report.baseline;
    if (current.task)
        parts.push(current.task);
    if (current.n !== undefined) {
        const other = baseline?.n !== undefined && baseline.n !== current.n ? ` (baseline ${baseline.n.toLocaleString('en-US')})` : '';
        parts.push(`${current.n.toLocaleString('en-US')} examples${other}`);
    }
    else if (current.sources.length > 0) {
        parts.push(`metrics from ${current.sources.slice(0, 2).join(', ')}${current.sources.length > 2 ? ', …' : ''}`);
    }
    if (baseline?.provenance)
        parts.push((0,report_report/* describeProvenance */.h3)(baseline.provenance));
    else if (baseline)
        parts.push(`baseline ${baseline.sources.slice(0, 2).join(', ')}${baseline.sources.length > 2 ? ', …' : ''}`);
    return parts.join(' · ');
}
/** The small print under the table: what the arrows, units and intervals mean, said once. */
function legend(report, shown) {
    const parts = ['↑ higher is better, ↓ lower is better'];
    if (report.gate.hasBaseline)
        parts.push('Δ = this run − baseline; pts = percentage points');
    const adjusted = shown.find((v) => v.verdictInterval?.adjustment);
    const level = shown.find((v) => v.estimate)?.estimate?.level;
    if (adjusted)
        parts.push(`intervals: the one each verdict used (${adjusted.verdictInterval.adjustment}, so wider than ${Math.round((level ?? 0.95) * 100)}%)`);
    else if (level !== undefined)
        parts.push(`intervals: ${Math.round(level * 100)}%`);
    const comparison = report.comparison;
    if (comparison) {
        if (comparison.paired) {
            const pairing = [`paired on ${comparison.pairedRows.toLocaleString('en-US')} shared examples`];
            if (comparison.added)
                pairing.push(`${comparison.added.toLocaleString('en-US')} added`);
            if (comparison.removed)
                pairing.push(`${comparison.removed.toLocaleString('en-US')} removed`);
            parts.push(pairing.join(', '));
        }
        else if (comparison.reason)
            parts.push(`unpaired: ${comparison.reason}`);
        if (!shown.some((v) => v.estimate))
            parts.push('no intervals: no per-example data or standard errors, so rules judge point estimates');
    }
    return parts.join(' · ');
}
/** The change and its interval in one cell, "**−6.8 pts** worse (−11.9 … −1.6)": bold and a word mark a worsening. */
function changeCell(v, cells) {
    if (!cells.change)
        return '';
    const change = cells.judgement === 'worse' ? `**${cells.change}** worse` : cells.judgement === 'better' ? `${cells.change} better` : cells.change;
    return cells.interval ? `${change} (${cells.interval})` : change;
}
function metricTable(verdicts, hasBaseline, trends = new Map()) {
    const withTrend = verdicts.some((v) => trends.has(v.id));
    const withBaseline = verdicts.some((v) => v.baseline !== undefined);
    const rows = verdicts.map((v) => {
        const cells = (0,report_cells/* metricCells */.GF)(v, hasBaseline);
        const row = [cells.icon, `${(0,report_escape/* escapeMarkdown */.FV)(v.id)} ${cells.arrow}`.trimEnd()];
        if (withBaseline)
            row.push(cells.baseline);
        row.push(cells.current);
        if (withBaseline)
            row.push(changeCell(v, cells));
        if (withTrend)
            row.push(trends.has(v.id) ? renderTrendCell(trends.get(v.id), noiseSpan(v)) : '');
        if (!hasBaseline)
            row.push((0,report_escape/* escapeMarkdown */.FV)(cells.rule));
        return row;
    });
    const withInterval = verdicts.some((v) => (0,report_cells/* shownInterval */.bS)(v) !== undefined);
    const header = ['', 'metric', ...(withBaseline ? ['baseline'] : []), 'current', ...(withBaseline ? [withInterval ? 'Δ (interval)' : 'Δ'] : []), ...(withTrend ? ['trend'] : []), ...(!hasBaseline ? ['rule'] : [])];
    const align = ['c', 'l', ...(withBaseline ? ['r'] : []), 'r', ...(withBaseline ? ['r'] : []), ...(withTrend ? ['l'] : []), ...(!hasBaseline ? ['l'] : [])];
    return (0,markdown_table/* markdownTable */.Q)([header, ...rows], { align, alignDelimiters: false });
}
/** The least span a sparkline is drawn over: twice the allowance, or the interval's width, whichever is wider. */
function noiseSpan(v) {
    const interval = v.verdictInterval?.bounds ?? v.estimate?.interval;
    const width = interval ? Math.abs(interval[1] - interval[0]) : 0;
    const regression = v.rule?.maxRegression;
    const allowed = !regression || typeof v.baseline !== 'number' ? 0 : (0,rules/* allowedWorsening */.b4)(regression, v.baseline);
    return Math.max(width, 2 * allowed);
}
/** Every gated metric that passed (or was too small a slice to gate), with its rule and what the check found. */
function rulesList(verdicts, hasBaseline) {
    return verdicts
        .map((v) => `- ${(0,report_cells/* metricCells */.GF)(v, hasBaseline).icon} **${(0,report_escape/* escapeMarkdown */.FV)(v.id)}** ${(0,report_cells/* directionArrow */.h9)(v)} ${(0,report_escape/* escapeMarkdown */.FV)((0,report_cells/* ruleText */.Y3)(v))}: ${(0,report_escape/* escapeMarkdown */.FV)((0,report_cells/* checkSummary */.Z4)(v, hasBaseline))}`)
        .join('\n');
}
function hasPictures(p) {
    return p.trends.length > 0 || p.roc !== undefined || p.precisionRecall !== undefined || p.confusion !== undefined || p.residuals !== undefined;
}


/***/ }),

/***/ 4452:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ perClassScores),
/* harmony export */   r: () => (/* binding */ largestNewConfusion)
/* harmony export */ });
function scores(m, k) {
    const tp = m[k][k];
    const predicted = m.reduce((sum, row) => sum + row[k], 0);
    const actual = m[k].reduce((sum, v) => sum + v, 0);
    const precision = predicted > 0 ? tp / predicted : Number.NaN;
    const recall = actual > 0 ? tp / actual : Number.NaN;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : Number.NaN;
    return { precision, recall, f1 };
}
function square(m, n) {
    return m !== undefined && m.length === n && m.every((row) => row.length === n && row.every(Number.isFinite));
}
/** Per-class precision, recall and F1 from the confusion matrices (rows true, columns predicted). */
function perClassScores(pair) {
    const n = pair.classes.length;
    if (!square(pair.current, n))
        return [];
    const baseline = square(pair.baseline, n) ? pair.baseline : undefined;
    return pair.classes.map((name, k) => ({
        name,
        support: pair.current[k].reduce((sum, v) => sum + v, 0),
        baseline: baseline && scores(baseline, k),
        current: scores(pair.current, k),
    }));
}
/** The off-diagonal cell that grew most from baseline to current, if any grew. */
function largestNewConfusion(pair) {
    const n = pair.classes.length;
    if (!square(pair.current, n) || !square(pair.baseline, n))
        return undefined;
    let best;
    for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
            if (i === j)
                continue;
            const added = pair.current[i][j] - pair.baseline[i][j];
            if (added > 0 && (!best || added > best.added)) {
                best = { from: pair.classes[i], to: pair.classes[j], added, baseline: pair.baseline[i][j], current: pair.current[i][j] };
            }
        }
    }
    return best;
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ isSliceId),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   _p: () => (/* binding */ byAttention),
/* harmony export */   h3: () => (/* binding */ describeProvenance),
/* harmony export */   nO: () => (/* binding */ splitSections),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* harmony import */ var _gate_direction_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7490);

/** Where the baseline came from, said once: "baseline d062abb (run #12, 2026-11-20, this PR's merge-base)". */
function describeProvenance(p) {
    const sha = /^[0-9a-f]{7,64}$/i.test(p.sha) ? p.sha.slice(0, 7) : undefined;
    const parts = [];
    if (p.runNumber !== null)
        parts.push(`run #${p.runNumber}`);
    if (p.date)
        parts.push(p.date.slice(0, 10));
    parts.push({
        'merge-base': "this PR's merge-base",
        'before-merge-base': 'not the merge-base: the newest baseline before it',
        newest: 'not the merge-base: the newest on the branch',
        local: 'a local baseline',
    }[p.match]);
    return `baseline ${sha ?? 'from local files'} (${parts.join(', ')})`;
}
/** Order of statuses in tables: what needs attention first. */
const STATUS_ORDER = ['fail', 'warn', 'accepted', 'removed', 'new', 'pass', 'skipped', 'info'];
const STATUS_ICON = {
    fail: '❌',
    warn: '⚠️',
    accepted: '☑️',
    removed: '➖',
    new: '🆕',
    pass: '✅',
    skipped: '⏭️',
    info: '·',
};
function isSliceId(id) {
    return (0,_gate_direction_js__WEBPACK_IMPORTED_MODULE_0__/* .baseMetricId */ .V2)(id) !== id;
}
/** Regressions first, then by the order the metrics were computed. */
function byAttention(verdicts) {
    const position = new Map(verdicts.map((v, i) => [v.id, i]));
    return [...verdicts].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || position.get(a.id) - position.get(b.id));
}
function splitSections(gate) {
    const main = [];
    const other = [];
    const slices = [];
    for (const verdict of byAttention(gate.verdicts)) {
        const slice = isSliceId(verdict.id);
        const attention = verdict.status === 'fail' || verdict.status === 'warn' || verdict.status === 'accepted';
        if (attention || (!slice && verdict.status !== 'info'))
            main.push(verdict);
        else if (slice)
            slices.push(verdict);
        else
            other.push(verdict);
    }
    return { main, other, slices: bySliceRegression(slices) };
}
/** The headline: verdict and counts, e.g. "2 failed · 1 warning · 14 passed". */
function headline(report) {
    const { counts, status } = report.gate;
    const parts = [];
    if (counts.fail)
        parts.push(`${counts.fail.toLocaleString('en-US')} failed`);
    if (counts.warn)
        parts.push(`${counts.warn} warning${counts.warn === 1 ? '' : 's'}`);
    if (counts.accepted)
        parts.push(`${counts.accepted} accepted`);
    // Without a baseline a max-regression-only rule was not checked: it must not count as passed.
    const unchecked = report.gate.hasBaseline ? 0 : report.gate.verdicts.filter((v) => v.status === 'pass' && v.rule?.maxRegression && v.rule.min === undefined && v.rule.max === undefined).length;
    if (counts.pass - unchecked > 0)
        parts.push(`${(counts.pass - unchecked).toLocaleString('en-US')} passed`);
    if (unchecked)
        parts.push(`${unchecked} not checked (no baseline)`);
    if (counts.new)
        parts.push(`${counts.new} new`);
    if (counts.removed)
        parts.push(`${counts.removed} removed`);
    if (counts.skipped)
        parts.push(`${counts.skipped} not gated (small slices)`);
    const title = status === 'fail'
        ? `❌ model-gate: ${report.passed ? 'rules failed (not blocking)' : 'failed'}`
        : status === 'warn'
            ? '⚠️ model-gate: passed with warnings'
            : status === 'no-baseline' && report.baselineExpected
                ? `${report.passed ? '🆕' : '❌'} model-gate: no baseline yet`
                : '✅ model-gate: passed';
    return { title, counts: parts.join(' · ') || 'no rules' };
}
/** Slices sorted by regression: the largest relative worsening first, improvements last (issue 8). */
function bySliceRegression(verdicts) {
    const worsening = (v) => {
        if (v.relativeDelta === undefined)
            return Number.NEGATIVE_INFINITY;
        return v.direction === 'higher' ? -v.relativeDelta : v.relativeDelta;
    };
    return [...verdicts].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || worsening(b) - worsening(a));
}


/***/ }),

/***/ 1641:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pivotSlices)
/* harmony export */ });
/* harmony import */ var _gate_direction_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7490);

const ORDER = ['fail', 'warn', 'accepted', 'removed', 'new', 'pass', 'skipped', 'info'];
const MAX_COLUMNS = 4;
/**
 * Slices × metrics, so a reader sees where a regression sits (docs/report.md, "Slices"): one row per slice with
 * its n, one column per gated metric (or the headline metrics when no slice is gated), gated slices first.
 */
function pivotSlices(verdicts, headline) {
    const bySlice = new Map();
    for (const v of verdicts) {
        const base = (0,_gate_direction_js__WEBPACK_IMPORTED_MODULE_0__/* .baseMetricId */ .V2)(v.id);
        if (base === v.id)
            continue;
        const slice = v.id.slice(base.length + 1, -1);
        if (!bySlice.has(slice))
            bySlice.set(slice, new Map());
        bySlice.get(slice).set(base, v);
    }
    if (bySlice.size === 0)
        return undefined;
    const gatedMetrics = new Set();
    for (const cells of bySlice.values())
        for (const [base, v] of cells)
            if (v.rule && base !== 'n')
                gatedMetrics.add(base);
    const available = new Set([...bySlice.values()].flatMap((cells) => [...cells.keys()]));
    const metrics = [...gatedMetrics, ...headline.filter((id) => !gatedMetrics.has(id) && available.has(id))].slice(0, MAX_COLUMNS);
    const rows = [...bySlice.entries()].map(([slice, cells]) => {
        const shown = metrics.map((m) => cells.get(m));
        const ruled = [...cells.values()].filter((v) => v.rule && v.status !== 'skipped');
        const status = ruled.reduce((worst, v) => (ORDER.indexOf(v.status) < ORDER.indexOf(worst) ? v.status : worst), ruled.length > 0 ? 'pass' : 'info');
        const n = cells.get('n')?.current;
        return { slice, n: typeof n === 'number' ? n : undefined, cells: shown, status, gated: ruled.length > 0 };
    });
    const worsening = (row) => Math.max(...row.cells.map((v) => (v?.relativeDelta === undefined ? -Infinity : v.direction === 'higher' ? -v.relativeDelta : v.relativeDelta)));
    const gated = rows.filter((r) => r.gated).sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status) || worsening(b) - worsening(a));
    const ungated = rows.filter((r) => !r.gated).sort((a, b) => (b.n ?? 0) - (a.n ?? 0));
    return { metrics, gated, ungated };
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
/* unused harmony export displayWidth */
/* harmony import */ var _cells_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(571);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3864);
/* harmony import */ var _per_class_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(4452);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8850);
/* harmony import */ var _slice_pivot_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1641);
/* harmony import */ var _items_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8134);







/** Control characters from artifacts must not drive the terminal (escape sequences, carriage returns). */
function inert(text) {
    // eslint-disable-next-line no-control-regex
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .showBidiControls */ .wz)(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/**
 * Columns a string takes in a terminal: emoji (and a character followed by the emoji selector U+FE0F) take two,
 * combining marks and joiners none, everything else one.
 */
function displayWidth(text) {
    let width = 0;
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        const code = c.codePointAt(0);
        if ((code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f) || /\p{M}/u.test(c))
            continue;
        const wide = /\p{Emoji_Presentation}/u.test(c) || (/\p{Extended_Pictographic}/u.test(c) && chars[i + 1] === '\ufe0f');
        width += wide || /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1;
    }
    return width;
}
/** Cuts text to `max` columns, ending with … when cut. */
function cut(text, max) {
    if (displayWidth(text) <= max)
        return text;
    let out = '';
    for (const c of text) {
        if (displayWidth(out + c) > max - 1)
            break;
        out += c;
    }
    return `${out}…`;
}
/** Words wrapped at `width` columns, continuation lines indented by `indent`. */
function wrap(text, width, indent) {
    const lines = [];
    let line = '';
    // A word longer than a line (a long metric id) is cut into line-sized pieces.
    const words = text.split(' ').flatMap((word) => {
        const pieces = [];
        let rest = [...word];
        while (displayWidth(rest.join('')) > width - indent.length) {
            let take = 0;
            while (take < rest.length && displayWidth(rest.slice(0, take + 1).join('')) <= width - indent.length)
                take++;
            pieces.push(rest.slice(0, Math.max(1, take)).join(''));
            rest = rest.slice(Math.max(1, take));
        }
        return [...pieces, rest.join('')];
    });
    for (const word of words) {
        const next = line ? `${line} ${word}` : word;
        if (line && displayWidth(next) > width) {
            lines.push(line);
            line = `${indent}${word}`;
        }
        else
            line = next;
    }
    if (line)
        lines.push(line);
    return lines;
}
const COLOURS = { fail: '31', warn: '33', pass: '32', accepted: '36' };
/** The report for a terminal: verdict, the gated metrics, their reasons, a slice summary; fits `width` columns. */
function renderText(report, options = {}) {
    const width = options.width ?? 100;
    const paint = (code, text) => (options.color && code ? `\u001b[${code}m${text}\u001b[0m` : text);
    const { title, counts } = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .headline */ .Pl)(report);
    const sections = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .splitSections */ .nO)(report.gate);
    const hasBaseline = report.gate.hasBaseline;
    const status = report.gate.status === 'no-baseline' ? undefined : report.gate.status;
    const lines = [paint(status === undefined ? undefined : `1;${COLOURS[status] ?? '0'}`, title), ...wrap(`${counts} · ${inert((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .describeHeader */ .to)(report))}`, width, '  '), ''];
    if (!hasBaseline && report.baselineExpected)
        lines.push('No baseline: only min and max were checked; max-regression rules show ➖ (not checked).', '');
    const main = sections.main.length > 0 ? sections.main : sections.other;
    if (main.length > 0)
        lines.push(...table(main, hasBaseline, width, paint), '');
    for (const verdict of sections.main) {
        if (verdict.reasons.length > 0 && verdict.status !== 'pass' && verdict.status !== 'new') {
            const head = `${_report_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_ICON */ .tW[verdict.status]} ${inert(verdict.id)} ${(0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .directionArrow */ .h9)(verdict)}`.trimEnd();
            lines.push(...wrap(`${paint(COLOURS[verdict.status], head)} ${inert(verdict.reasons.join('; '))}`, width + (options.color ? 9 : 0), '    '));
        }
    }
    const confusion = report.pictures?.confusion;
    const newConfusion = confusion && confusion.classes.length > 2 ? (0,_per_class_js__WEBPACK_IMPORTED_MODULE_6__/* .largestNewConfusion */ .r)(confusion) : undefined;
    if (newConfusion)
        lines.push('', cut(`Largest new confusion: ${inert(newConfusion.from)} → ${inert(newConfusion.to)} +${newConfusion.added.toLocaleString('en-US')}`, width));
    const pivot = (0,_slice_pivot_js__WEBPACK_IMPORTED_MODULE_4__/* .pivotSlices */ .g)(report.gate.verdicts, []);
    if (pivot) {
        const broken = pivot.gated.filter((r) => r.status === 'fail' || r.status === 'warn').map((r) => inert(r.slice));
        const small = pivot.ungated.filter((r) => r.cells.some((c) => c?.status === 'skipped') || [...report.gate.verdicts].some((v) => v.status === 'skipped' && v.id.endsWith(`[${r.slice}]`))).length;
        const summary = `Slices: ${pivot.gated.length} gated${broken.length ? ` (broken: ${broken.join(', ')})` : ''}, ${pivot.ungated.length} not gated${small ? ` (${small} below min-slice-size)` : ''}; --format markdown or --html FILE shows them all.`;
        lines.push('', ...wrap(summary, width, '  '));
    }
    const churn = report.comparison?.churn;
    if (churn)
        lines.push('', `Prediction churn: ${churn.rightToWrong} right → wrong, ${churn.wrongToRight} wrong → right`);
    if (sections.main.length > 0 && sections.other.length > 0)
        lines.push(`Other metrics: ${sections.other.length} without a rule (--format markdown lists them).`);
    if (report.items)
        lines.push('', ...(0,_items_js__WEBPACK_IMPORTED_MODULE_5__/* .renderItemsText */ .WW)(report.items, inert));
    if (report.notes.length > 0)
        lines.push('', 'Notes:', ...report.notes.flatMap((n) => wrap(`  - ${inert(n)}`, width, '    ')));
    lines.push('', paint(status === undefined ? undefined : COLOURS[status], inert(report.outcome)));
    return `${lines.join('\n')}\n`;
}
/** An aligned table that fits `width`: the interval goes first, then the baseline, and the metric id is cut last. */
function table(verdicts, hasBaseline, width, paint) {
    const cells = verdicts.map((v) => ({ v, c: (0,_cells_js__WEBPACK_IMPORTED_MODULE_0__/* .metricCells */ .GF)(v, hasBaseline) }));
    const withBaseline = verdicts.some((v) => v.baseline !== undefined);
    const change = (c) => (c.change ? `${c.change}${c.judgement === 'worse' ? ' worse' : c.judgement === 'better' ? ' better' : ''}` : '');
    let columns = [
        { name: '', values: cells.map(({ c }) => c.icon), right: false, drop: 99 },
        { name: 'metric', values: cells.map(({ v, c }) => `${inert(v.id)} ${c.arrow}`.trimEnd()), right: false, drop: 99 },
        ...(withBaseline ? [{ name: 'baseline', values: cells.map(({ c }) => c.baseline), right: true, drop: 2 }] : []),
        { name: 'current', values: cells.map(({ c }) => c.current), right: true, drop: 99 },
        ...(withBaseline ? [{ name: 'Δ', values: cells.map(({ c }) => change(c)), right: true, drop: 3 }] : []),
        ...(cells.some(({ c }) => c.interval) ? [{ name: 'interval', values: cells.map(({ c }) => c.interval), right: true, drop: 1 }] : []),
        ...(!hasBaseline ? [{ name: 'rule', values: cells.map(({ c }) => c.rule), right: false, drop: 1 }] : []),
    ];
    const widthOf = (col) => Math.max(displayWidth(col.name), ...col.values.map(displayWidth));
    const total = (cols) => cols.reduce((sum, col) => sum + widthOf(col), 0) + 2 * (cols.length - 1);
    for (const level of [1, 2, 3]) {
        if (total(columns) <= width)
            break;
        columns = columns.filter((col) => col.drop > level);
    }
    if (total(columns) > width) {
        const metric = columns[1];
        const room = Math.max(12, width - (total(columns) - widthOf(metric)));
        metric.values = metric.values.map((value) => cut(value, room));
    }
    const widths = columns.map(widthOf);
    const render = (row, status) => row
        .map((cell, c) => {
        const pad = ' '.repeat(Math.max(0, widths[c] - displayWidth(cell)));
        const text = columns[c].right ? pad + cell : cell + pad;
        return c === 1 && status ? paint(COLOURS[status], text) : text;
    })
        .join('  ')
        .trimEnd();
    return [render(columns.map((col) => col.name)), ...verdicts.map((v, r) => render(columns.map((col) => col.values[r]), v.status))];
}


/***/ }),

/***/ 7885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ valueDecimals),
/* harmony export */   NH: () => (/* binding */ formatInUnit),
/* harmony export */   Zu: () => (/* binding */ fixed),
/* harmony export */   dk: () => (/* binding */ changeDecimals),
/* harmony export */   eD: () => (/* binding */ formatChange),
/* harmony export */   gr: () => (/* binding */ changeSuffix),
/* harmony export */   iU: () => (/* binding */ separateDecimals),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   pI: () => (/* binding */ changeScale),
/* harmony export */   uF: () => (/* binding */ unitOf)
/* harmony export */ });
/* harmony import */ var _gate_direction_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7490);

/** Built-in and common metric-file names that are shares in [0, 1]. */
const RATE_NAMES = /^(?:top\d+_)?(?:acc|accuracy|balanced_accuracy|precision|recall|f1|specificity|sensitivity|roc_auc|auc|average_precision|exact_match|em|pass@\d+|hit_rate|win_rate)(?:_(?:norm|macro|micro|weighted|ovr|ovo|samples|binary))*$/i;
const PERCENT_NAMES = /(?:^|_)(?:mape|smape|mdape|wape)(?:_|$)/i;
/** The unit of a metric, from its name and, for rates, both values lying in [0, 1]. */
function unitOf(id, ...values) {
    const base = (0,_gate_direction_js__WEBPACK_IMPORTED_MODULE_0__/* .baseMetricId */ .V2)(id);
    if (base === 'n')
        return 'count';
    const inUnitRange = values.every((v) => typeof v !== 'number' || (v >= 0 && v <= 1));
    if (PERCENT_NAMES.test(base))
        return 'percent';
    const name = base.split('/').pop().replace(/^(?:eval|test|val|valid|validation)_/i, '').replace(/,none$/, '');
    return RATE_NAMES.test(name) && inUnitRange ? 'rate' : 'plain';
}
/** The factor from a metric's raw value to how its changes are shown (points for rates and percentages). */
function changeScale(unit) {
    return unit === 'rate' || unit === 'percent' ? 100 : 1;
}
/** The suffix of a change: " pts" for rates and percentages, nothing otherwise. */
function changeSuffix(unit, amount) {
    return unit === 'rate' || unit === 'percent' ? (String(amount).replace(/^[+−-]/, '') === '1' ? ' pt' : ' pts') : '';
}
const MAX_DECIMALS = 10;
function clampDecimals(d) {
    return Math.min(MAX_DECIMALS, Math.max(0, d));
}
/**
 * Decimals for a change, in its shown unit: down to the second significant digit of the interval's half-width
 * when there is one (finer digits would be noise), else of the change itself.
 */
function changeDecimals(unit, delta, interval) {
    if (unit === 'count')
        return 0;
    const scale = changeScale(unit);
    const halfWidth = interval ? (Math.abs(interval[1] - interval[0]) / 2) * scale : 0;
    const basis = halfWidth > 0 && Number.isFinite(halfWidth) ? halfWidth : Math.abs(delta ?? 0) * scale;
    if (!(basis > 0) || !Number.isFinite(basis))
        return unit === 'plain' ? 3 : 1;
    return clampDecimals(1 - Math.floor(Math.log10(basis)));
}
/**
 * One more decimal while an interval bound and the allowance's limit (both as changes) round to the same text
 * though they differ: a reader must be able to tell on which side of the limit the bound lies.
 */
function separateDecimals(unit, digits, bounds, limit) {
    if (!bounds || limit === undefined || !Number.isFinite(limit))
        return digits;
    const scale = changeScale(unit);
    let d = digits;
    while (d < MAX_DECIMALS && bounds.some((b) => b !== limit && fixed(b * scale, d) === fixed(limit * scale, d)))
        d++;
    return d;
}
/** Decimals for a value whose change is shown with `changeDecimals` digits: the same digits, in the value's unit. */
function valueDecimals(unit, value, changeDigits) {
    if (unit === 'count')
        return 0;
    const shift = unit === 'rate' ? 2 : 0;
    // Alone, a value keeps three significant digits (a rate, a percentage) or four (anything else).
    const significant = unit === 'plain' ? 4 : 3;
    const own = value === 0 ? 0 : significant - 1 - Math.floor(Math.log10(Math.abs(value * (unit === 'percent' ? 100 : 1))));
    // Never fewer digits than the change needs, never so few that a non-zero value reads as 0.
    return clampDecimals(changeDigits === undefined ? own : Math.max(changeDigits + shift, Math.min(own, 2)));
}
/** A plain decimal with grouping: never an exponent, never "-0". */
function fixed(value, decimals) {
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : value < 0 ? '−∞' : 'NaN';
    const text = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    const zero = /^[0.,]*$/.test(text);
    return value < 0 && !zero ? `−${text}` : text;
}
/** A value in its unit: "0.868", "5.24%", "2,000", "3.351". */
function formatInUnit(value, unit, decimals) {
    if (value === undefined)
        return '';
    if (value === null)
        return 'NaN';
    if (unit === 'percent')
        return `${fixed(value * 100, decimals)}%`;
    if (unit === 'count' || (Number.isInteger(value) && unit === 'plain' && Math.abs(value) >= 1000))
        return fixed(value, 0);
    return fixed(value, decimals);
}
/** A signed change in its unit: "+1.2 pts", "−0.028"; a change that rounds to nothing is "0.0", without a sign. */
function formatChange(delta, unit, decimals, withSuffix = true) {
    if (delta === 0)
        return '0';
    const shown = delta * changeScale(unit);
    const text = fixed(Math.abs(shown), decimals);
    const zero = /^[0.,]*$/.test(text);
    const sign = zero ? '' : shown > 0 ? '+' : '−';
    return `${sign}${text}${withSuffix ? changeSuffix(unit, text) : ''}`;
}
/** A relative change as a percentage, "+9.4%", with two significant digits (at least one decimal below 10%). */
function formatPercent(relative) {
    const percent = relative * 100;
    const abs = Math.abs(percent);
    const decimals = abs >= 10 ? 0 : abs >= 1 ? 1 : abs >= 0.1 ? 2 : 3;
    const text = fixed(abs, decimals);
    const zero = /^[0.,]*$/.test(text);
    return `${zero ? '' : percent > 0 ? '+' : '−'}${text}%`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 1306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ Inflate),
/* harmony export */   u3: () => (/* binding */ gzipSync)
/* harmony export */ });
/* unused harmony exports FlateErrorCode, Deflate, AsyncDeflate, deflate, deflateSync, AsyncInflate, inflate, inflateSync, Gzip, AsyncGzip, gzip, Gunzip, AsyncGunzip, gunzip, gunzipSync, Zlib, AsyncZlib, zlib, zlibSync, Unzlib, AsyncUnzlib, unzlib, unzlibSync, compress, AsyncCompress, compressSync, Compress, Decompress, AsyncDecompress, decompress, decompressSync, DecodeUTF8, EncodeUTF8, strToU8, strFromU8, ZipPassThrough, ZipDeflate, AsyncZipDeflate, Zip, zip, zipSync, UnzipPassThrough, UnzipInflate, AsyncUnzipInflate, Unzip, unzip, unzipSync */
/* harmony import */ var module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3339);

var require = (0,module__WEBPACK_IMPORTED_MODULE_0__.createRequire)('/');
// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).
var _a;
// Mediocre shim
var Worker;
var isMarkedAsUntransferable;
var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
try {
    (_a = require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = (/* unused pure expression or super */ null && (Worker ? function (c, _, msg, transfer, cb) {
    var done = false;
    var w = new Worker(c + workerAdd, { eval: true })
        .on('error', function (e) { return cb(e, null); })
        .on('message', function (m) { return cb(null, m); })
        .on('exit', function (c) {
        if (c && !done)
            cb(new Error('exited with code ' + c), null);
    });
    if (isMarkedAsUntransferable)
        transfer = transfer.filter(function (t) { return !isMarkedAsUntransferable(t); });
    w.postMessage(msg, transfer);
    w.terminate = function () {
        done = true;
        return Worker.prototype.terminate.call(w);
    };
    return w;
} : function (_, __, ___, ____, cb) {
    setImmediate(function () { return cb(new Error('async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)'), null); });
    var NOP = function () { };
    return {
        terminate: NOP,
        postMessage: NOP
    };
}));

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flm = /*#__PURE__*/ hMap(flt, 9, 0), flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdm = /*#__PURE__*/ hMap(fdt, 5, 0), fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
/**
 * Codes for errors generated within this library
 */
var FlateErrorCode = {
    UnexpectedEOF: 0,
    InvalidBlockType: 1,
    InvalidLengthLiteral: 2,
    InvalidDistance: 3,
    StreamFinished: 4,
    NoStreamHandler: 5,
    InvalidHeader: 6,
    NoCallback: 7,
    InvalidUTF8: 8,
    ExtraFieldTooLong: 9,
    InvalidDate: 10,
    FilenameTooLong: 11,
    StreamFinishing: 12,
    InvalidZipData: 13,
    UnknownCompressionMethod: 14
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
;
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// starting at p, write the minimum number of bits that can hold v to d
var wbits = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
};
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
};
// creates code lengths from a frequency table
var hTree = function (d, mb) {
    // Need extra info to make a tree
    var t = [];
    for (var i = 0; i < d.length; ++i) {
        if (d[i])
            t.push({ s: i, f: d[i] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
        return { t: et, l: 0 };
    if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
    }
    t.sort(function (a, b) { return a.f - b.f; });
    // after i2 reaches last ind, will be stopped
    // freq must be greater than largest possible number of symbols
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
    t[0] = { s: -1, f: l.f + r.f, l: l, r: r };
    // efficient algorithm from UZIP.js
    // i0 is lookbehind, i2 is lookahead - after processing two low-freq
    // symbols that combined have high freq, will start processing i2 (high-freq,
    // non-composite) symbols instead
    // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
    while (i1 != s - 1) {
        l = t[t[i0].f < t[i2].f ? i0++ : i2++];
        r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
        t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r };
    }
    var maxSym = t2[0].s;
    for (var i = 1; i < s; ++i) {
        if (t2[i].s > maxSym)
            maxSym = t2[i].s;
    }
    // code lengths
    var tr = new u16(maxSym + 1);
    // max bits in tree
    var mbt = ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
        // more algorithms from UZIP.js
        // TODO: find out how this code works (debt)
        //  ind    debt
        var i = 0, dt = 0;
        //    left            cost
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function (a, b) { return tr[b.s] - tr[a.s] || a.f - b.f; });
        for (; i < s; ++i) {
            var i2_1 = t2[i].s;
            if (tr[i2_1] > mb) {
                dt += cst - (1 << (mbt - tr[i2_1]));
                tr[i2_1] = mb;
            }
            else
                break;
        }
        dt >>= lft;
        while (dt > 0) {
            var i2_2 = t2[i].s;
            if (tr[i2_2] < mb)
                dt -= 1 << (mb - tr[i2_2]++ - 1);
            else
                ++i;
        }
        for (; i >= 0 && dt; --i) {
            var i2_3 = t2[i].s;
            if (tr[i2_3] == mb) {
                --tr[i2_3];
                ++dt;
            }
        }
        mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
};
// get the max length and assign length codes
var ln = function (n, l, d) {
    return n.s == -1
        ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1))
        : (l[n.s] = d);
};
// length codes generation
var lc = function (c) {
    var s = c.length;
    // Note that the semicolon was intentional
    while (s && !c[--s])
        ;
    var cl = new u16(++s);
    //  ind      num         streak
    var cli = 0, cln = c[0], cls = 1;
    var w = function (v) { cl[cli++] = v; };
    for (var i = 1; i <= s; ++i) {
        if (c[i] == cln && i != s)
            ++cls;
        else {
            if (!cln && cls > 2) {
                for (; cls > 138; cls -= 138)
                    w(32754);
                if (cls > 2) {
                    w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
                    cls = 0;
                }
            }
            else if (cls > 3) {
                w(cln), --cls;
                for (; cls > 6; cls -= 6)
                    w(8304);
                if (cls > 2)
                    w(((cls - 3) << 5) | 8208), cls = 0;
            }
            while (cls--)
                w(cln);
            cls = 1;
            cln = c[i];
        }
    }
    return { c: cl.subarray(0, cli), n: s };
};
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
    var l = 0;
    for (var i = 0; i < cl.length; ++i)
        l += cf[i] * cl[i];
    return l;
};
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
    // no need to write 00 as type: TypedArray defaults to 0
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i = 0; i < s; ++i)
        out[o + i + 4] = dat[i];
    return (o + 4 + s) * 8;
};
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
    var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i = 0; i < lclt.length; ++i)
        ++lcfreq[lclt[i] & 31];
    for (var i = 0; i < lcdt.length; ++i)
        ++lcfreq[lcdt[i] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
    var flen = (bl + 5) << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i = 0; i < nlcc; ++i)
            wbits(out, p + 3 * i, lct[clim[i]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
            var clct = lcts[it];
            for (var i = 0; i < clct.length; ++i) {
                var len = clct[i] & 31;
                wbits(out, p, llm[len]), p += lct[len];
                if (len > 15)
                    wbits(out, p, (clct[i] >> 5) & 127), p += clct[i] >> 12;
            }
        }
    }
    else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i = 0; i < li; ++i) {
        var sym = syms[i];
        if (sym > 255) {
            var len = (sym >> 18) & 31;
            wbits16(out, p, lm[len + 257]), p += ll[len + 257];
            if (len > 7)
                wbits(out, p, (sym >> 23) & 31), p += fleb[len];
            var dst = sym & 31;
            wbits16(out, p, dm[dst]), p += dl[dst];
            if (dst > 3)
                wbits16(out, p, (sym >> 5) & 8191), p += fdeb[dst];
        }
        else {
            wbits16(out, p, lm[sym]), p += ll[sym];
        }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
};
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
// empty
var et = /*#__PURE__*/ new u8(0);
// compresses data into a raw DEFLATE buffer
var dflt = function (dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7000)) + post);
    // writing to this writes to the output buffer
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
        if (pos)
            w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        //    prev 2-byte val map    curr 2-byte val map
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };
        // 24576 is an arbitrary number of maximum symbols per block
        // 424 buffer for last block
        var syms = new i32(25000);
        // length/literal freq   distance freq
        var lf = new u16(288), df = new u16(32);
        //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
        var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
            // index mod 32768    previous index mod
            var imod = i & 32767, pimod = head[hv];
            prev[imod] = pimod;
            head[hv] = imod;
            // We always should modify head and prev, but only add symbols if
            // this data is not yet processed ("wait" for wait index)
            if (wi <= i) {
                // bytes remaining
                var rem = s - i;
                if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
                    pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
                    li = lc_1 = eb = 0, bs = i;
                    for (var j = 0; j < 286; ++j)
                        lf[j] = 0;
                    for (var j = 0; j < 30; ++j)
                        df[j] = 0;
                }
                //  len    dist   chain
                var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
                if (rem > 2 && hv == hsh(i - dif)) {
                    var maxn = Math.min(n, rem) - 1;
                    var maxd = Math.min(32767, i);
                    // max possible length
                    // not capped at dif because decompressors implement "rolling" index population
                    var ml = Math.min(258, rem);
                    while (dif <= maxd && --ch_1 && imod != pimod) {
                        if (dat[i + l] == dat[i + l - dif]) {
                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
                            if (nl > l) {
                                l = nl, d = dif;
                                // break out early when we reach "nice" (we are satisfied enough)
                                if (nl > maxn)
                                    break;
                                // now, find the rarest 2-byte sequence within this
                                // length of literals and search for that instead.
                                // Much faster than just using the start
                                var mmd = Math.min(dif, nl - 2);
                                var md = 0;
                                for (var j = 0; j < mmd; ++j) {
                                    var ti = i - dif + j & 32767;
                                    var pti = prev[ti];
                                    var cd = ti - pti & 32767;
                                    if (cd > md)
                                        md = cd, pimod = ti;
                                }
                            }
                        }
                        // check the previous match
                        imod = pimod, pimod = prev[imod];
                        dif += imod - pimod & 32767;
                    }
                }
                // d will be nonzero only when a match was found
                if (d) {
                    // store both dist and len data in one int32
                    // Make sure this is recognized as a len/dist with 28th bit (2^28)
                    syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
                    var lin = revfl[l] & 31, din = revfd[d] & 31;
                    eb += fleb[lin] + fdeb[din];
                    ++lf[257 + lin];
                    ++df[din];
                    wi = i + l;
                    ++lc_1;
                }
                else {
                    syms[li++] = dat[i];
                    ++lf[dat[i]];
                }
            }
        }
        for (i = Math.max(i, wi); i < s; ++i) {
            syms[li++] = dat[i];
            ++lf[dat[i]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
        if (!lst) {
            st.r = (pos & 7) | w[(pos / 8) | 0] << 3;
            // shft(pos) now 1 less if pos & 7 != 0
            pos -= 7;
            st.h = head, st.p = prev, st.i = i, st.w = wi;
        }
    }
    else {
        for (var i = st.w || 0; i < s + lst; i += 65535) {
            // end
            var e = i + 65535;
            if (e >= s) {
                // write final block
                w[(pos / 8) | 0] = lst;
                e = s;
            }
            pos = wfblk(w, pos + 1, dat.subarray(i, e));
        }
        st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
};
// CRC32 table
var crct = /*#__PURE__*/ (function () {
    var t = new Int32Array(256);
    for (var i = 0; i < 256; ++i) {
        var c = i, k = 9;
        while (--k)
            c = ((c & 1) && -306674912) ^ (c >>> 1);
        t[i] = c;
    }
    return t;
})();
// CRC32
var crc = function () {
    var c = -1;
    return {
        p: function (d) {
            // closures have awful performance
            var cr = c;
            for (var i = 0; i < d.length; ++i)
                cr = crct[(cr & 255) ^ d[i]] ^ (cr >>> 8);
            c = cr;
        },
        d: function () { return ~c; }
    };
};
// Adler32
var adler = function () {
    var a = 1, b = 0;
    return {
        p: function (d) {
            // closures have awful performance
            var n = a, m = b;
            var l = d.length | 0;
            for (var i = 0; i != l;) {
                var e = Math.min(i + 2655, l);
                for (; i < e; ++i)
                    m += n += d[i];
                n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
            }
            a = n, b = m;
        },
        d: function () {
            a %= 65521, b %= 65521;
            return (a & 255) << 24 | (a & 0xFF00) << 8 | (b & 255) << 8 | (b >> 8);
        }
    };
};
;
// deflate with opts
var dopt = function (dat, opt, pre, post, st) {
    if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
            var dict = opt.dictionary.subarray(-32768);
            var newDat = new u8(dict.length + dat.length);
            newDat.set(dict);
            newDat.set(dat, dict.length);
            dat = newDat;
            st.w = dict.length;
        }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? (st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20) : (12 + opt.mem), pre, post, st);
};
// Walmart object spread
var mrg = function (a, b) {
    var o = {};
    for (var k in a)
        o[k] = a[k];
    for (var k in b)
        o[k] = b[k];
    return o;
};
// worker clone
// This is possibly the craziest part of the entire codebase, despite how simple it may seem.
// The only parameter to this function is a closure that returns an array of variables outside of the function scope.
// We're going to try to figure out the variable names used in the closure as strings because that is crucial for workerization.
// We will return an object mapping of true variable name to value (basically, the current scope as a JS object).
// The reason we can't just use the original variable names is minifiers mangling the toplevel scope.
// This took me three weeks to figure out how to do.
var wcln = function (fn, fnStr, td) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf('[') + 1, st.lastIndexOf(']')).replace(/\s+/g, '').split(',');
    for (var i = 0; i < dt.length; ++i) {
        var v = dt[i], k = ks[i];
        if (typeof v == 'function') {
            fnStr += ';' + k + '=';
            var st_1 = v.toString();
            if (v.prototype) {
                // for global objects
                if (st_1.indexOf('[native code]') != -1) {
                    var spInd = st_1.indexOf(' ', 8) + 1;
                    fnStr += st_1.slice(spInd, st_1.indexOf('(', spInd));
                }
                else {
                    fnStr += st_1;
                    for (var t in v.prototype)
                        fnStr += ';' + k + '.prototype.' + t + '=' + v.prototype[t].toString();
                }
            }
            else
                fnStr += st_1;
        }
        else
            td[k] = v;
    }
    return fnStr;
};
var ch = (/* unused pure expression or super */ null && ([]));
// clone bufs
var cbfs = function (v) {
    var tl = [];
    for (var k in v) {
        if (v[k].buffer) {
            tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
    }
    return tl;
};
// use a worker to execute code
var wrkr = function (fns, init, id, cb) {
    if (!ch[id]) {
        var fnStr = '', td_1 = {}, m = fns.length - 1;
        for (var i = 0; i < m; ++i)
            fnStr = wcln(fns[i], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td = mrg({}, ch[id].e);
    return wk(ch[id].c + ';onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=' + init.toString() + '}', id, td, cbfs(td), cb);
};
// base async inflate fn
var bInflt = function () { return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt]; };
var bDflt = function () { return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf]; };
// gzip extra
var gze = function () { return [gzh, gzhl, wbytes, crc, crct]; };
// gunzip extra
var guze = function () { return [gzs, gzl]; };
// zlib extra
var zle = function () { return [zlh, wbytes, adler]; };
// unzlib extra
var zule = function () { return [zls]; };
// post buf
var pbf = function (msg) { return postMessage(msg, [msg.buffer]); };
// get opts
var gopt = function (o) { return o && {
    out: o.size && new u8(o.size),
    dictionary: o.dictionary
}; };
// async helper
var cbify = function (dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function (err, dat) {
        w.terminate();
        cb(err, dat);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function () { w.terminate(); };
};
// auto stream
var astrm = function (strm) {
    strm.ondata = function (dat, final) { return postMessage([dat, final], [dat.buffer]); };
    return function (ev) {
        if (ev.data[0]) {
            strm.push(ev.data[0], ev.data[1]);
            postMessage([ev.data[0].length]);
        }
        else
            strm.flush(ev.data[1]);
    };
};
// async stream attach
var astrmify = function (fns, strm, opts, init, id, flush, ext) {
    var t;
    var w = wrkr(fns, init, id, function (err, dat) {
        if (err)
            w.terminate(), strm.ondata.call(strm, err);
        else if (!Array.isArray(dat))
            ext(dat);
        else if (dat.length == 1) {
            strm.queuedSize -= dat[0];
            if (strm.ondrain)
                strm.ondrain(dat[0]);
        }
        else {
            if (dat[1])
                w.terminate();
            strm.ondata.call(strm, err, dat[0], dat[1]);
        }
    });
    w.postMessage(opts);
    strm.queuedSize = 0;
    strm.push = function (d, f) {
        if (!strm.ondata)
            err(5);
        if (t)
            strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        // can fail for cross-realm Uint8Array, but ok - only a small performance penalty
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
    };
    strm.terminate = function () { w.terminate(); };
    if (flush) {
        strm.flush = function (sync) { w.postMessage([0, sync]); };
    }
};
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
// write bytes
var wbytes = function (d, b, v) {
    for (; v; ++b)
        d[b] = v, v >>>= 8;
};
// gzip header
var gzh = function (c, o) {
    var fn = o.filename;
    c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3; // assume Unix
    if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1000));
    if (fn) {
        c[3] = 8;
        for (var i = 0; i <= fn.length; ++i)
            c[i + 10] = fn.charCodeAt(i);
    }
};
// gzip footer: -8 to -4 = CRC, -4 to -0 is length
// gzip start
var gzs = function (d) {
    if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, 'invalid gzip data');
    var flg = d[3];
    var st = 10;
    if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
    for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
    return st + (flg & 2);
};
// gzip length
var gzl = function (d) {
    var l = d.length;
    return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
// gzip header length
var gzhl = function (o) { return 10 + (o.filename ? o.filename.length + 1 : 0); };
// zlib header
var zlh = function (c, o) {
    var lv = o.level, fl = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = (fl << 6) | (o.dictionary && 32);
    c[1] |= 31 - ((c[0] << 8) | c[1]) % 31;
    if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
    }
};
// zlib start
var zls = function (d, dict) {
    if ((d[0] & 15) != 8 || (d[0] >> 4) > 7 || ((d[0] << 8 | d[1]) % 31))
        err(6, 'invalid zlib data');
    if ((d[1] >> 5 & 1) == +!dict)
        err(6, 'invalid zlib data: ' + (d[1] & 32 ? 'need' : 'unexpected') + ' dictionary');
    return (d[1] >> 3 & 4) + 2;
};
function StrmOpt(opts, cb) {
    if (typeof opts == 'function')
        cb = opts, opts = {};
    this.ondata = cb;
    return opts;
}
/**
 * Streaming DEFLATE compression
 */
var Deflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Deflate(opts, cb) {
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        // Buffer length must always be 0 mod 32768 for index calculations to be correct when modifying head and prev
        // 98304 = 32768 (lookback) + 65536 (common chunk size)
        this.b = new u8(98304);
        if (this.o.dictionary) {
            var dict = this.o.dictionary.subarray(-32768);
            this.b.set(dict, 32768 - dict.length);
            this.s.i = 32768 - dict.length;
        }
    }
    Deflate.prototype.p = function (c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Deflate.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
            if (endLen > 2 * this.b.length - 32768) {
                var newBuf = new u8(endLen & -32768);
                newBuf.set(this.b.subarray(0, this.s.z));
                this.b = newBuf;
            }
            var split = this.b.length - this.s.z;
            this.b.set(chunk.subarray(0, split), this.s.z);
            this.s.z = this.b.length;
            this.p(this.b, false);
            this.b.set(this.b.subarray(-32768));
            this.b.set(chunk.subarray(split), 32768);
            this.s.z = chunk.length - split + 32768;
            this.s.i = 32766, this.s.w = 32768;
        }
        else {
            this.b.set(chunk, this.s.z);
            this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
            this.p(this.b, final || false);
            this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
            // cleanup unneeded buffers/state to reduce memory usage
            this.s = this.o = {};
            this.b = et;
        }
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * deflated output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible. A separate DEFLATE stream may be concatenated
     *             with the current output after a sync flush.
     */
    Deflate.prototype.flush = function (sync) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        // could technically skip writing the type-0 block for (this.s.r & 7) == 0,
        // but the deterministic trailer (00 00 FF FF) is useful in some situations
        if (sync) {
            var c = new u8(6);
            c[0] = this.s.r >> 3;
            // write empty, non-final type-0 block
            var ep = wfblk(c, this.s.r, et);
            this.s.r = 0;
            this.ondata(c.subarray(0, ep >> 3), false);
        }
    };
    return Deflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression
 */
var AsyncDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDeflate(opts, cb) {
        astrmify([
            bDflt,
            function () { return [astrm, Deflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Deflate(ev.data);
            onmessage = astrm(strm);
        }, 6, 1);
    }
    return AsyncDeflate;
}())));

function deflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
    ], function (ev) { return pbf(deflateSync(ev.data[0], ev.data[1])); }, 0, cb);
}
/**
 * Compresses data with DEFLATE without any wrapper
 * @param data The data to compress
 * @param opts The compression options
 * @returns The deflated version of the data
 */
function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
}
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}());

/**
 * Asynchronous streaming DEFLATE decompression
 */
var AsyncInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncInflate(opts, cb) {
        astrmify([
            bInflt,
            function () { return [astrm, Inflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Inflate(ev.data);
            onmessage = astrm(strm);
        }, 7, 0);
    }
    return AsyncInflate;
}())));

function inflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt
    ], function (ev) { return pbf(inflateSync(ev.data[0], gopt(ev.data[1]))); }, 1, cb);
}
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// before you yell at me for not just using extends, my reason is that TS inheritance is hard to workerize.
/**
 * Streaming GZIP compression
 */
var Gzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gzip(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gzip.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
    };
    Gzip.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
            gzh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * GZIPped output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Gzip.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Gzip;
}())));

/**
 * Asynchronous streaming GZIP compression
 */
var AsyncGzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGzip(opts, cb) {
        astrmify([
            bDflt,
            gze,
            function () { return [astrm, Deflate, Gzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gzip(ev.data);
            onmessage = astrm(strm);
        }, 8, 1);
    }
    return AsyncGzip;
}())));

function gzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        gze,
        function () { return [gzipSync]; }
    ], function (ev) { return pbf(gzipSync(ev.data[0], ev.data[1])); }, 2, cb);
}
/**
 * Compresses data with GZIP
 * @param data The data to compress
 * @param opts The compression options
 * @returns The gzipped version of the data
 */
function gzipSync(data, opts) {
    if (!opts)
        opts = {};
    var c = crc(), l = data.length;
    c.p(data);
    var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
    return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
/**
 * Streaming single or multi-member GZIP decompression
 */
var Gunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gunzip(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GUNZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gunzip.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
            var p = this.p.subarray(this.v - 1);
            var s = p.length > 3 ? gzs(p) : 4;
            if (s > p.length) {
                if (!final)
                    return;
            }
            else if (this.v > 1 && this.onmember) {
                this.onmember(this.r - p.length);
            }
            this.p = p.subarray(s), this.v = 0;
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, 0);
        // process concatenated GZIP
        if (this.s.f && !this.s.l) {
            this.v = shft(this.s.p) + 9;
            this.s = { i: 0 };
            this.o = new u8(0);
            this.push(new u8(0), final);
        }
        else if (final) {
            Inflate.prototype.c.call(this, final);
        }
    };
    return Gunzip;
}())));

/**
 * Asynchronous streaming single or multi-member GZIP decompression
 */
var AsyncGunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGunzip(opts, cb) {
        var _this = this;
        astrmify([
            bInflt,
            guze,
            function () { return [astrm, Inflate, Gunzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gunzip(ev.data);
            strm.onmember = function (offset) { return postMessage(offset); };
            onmessage = astrm(strm);
        }, 9, 0, function (offset) { return _this.onmember && _this.onmember(offset); });
    }
    return AsyncGunzip;
}())));

function gunzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        guze,
        function () { return [gunzipSync]; }
    ], function (ev) { return pbf(gunzipSync(ev.data[0], ev.data[1])); }, 3, cb);
}
function gunzipSync(data, opts) {
    var st = gzs(data);
    if (st + 8 > data.length)
        err(6, 'invalid gzip data');
    return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
/**
 * Streaming Zlib compression
 */
var Zlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Zlib(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be zlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Zlib.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
    };
    Zlib.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
            zlh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * zlibbed output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Zlib.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Zlib;
}())));

/**
 * Asynchronous streaming Zlib compression
 */
var AsyncZlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncZlib(opts, cb) {
        astrmify([
            bDflt,
            zle,
            function () { return [astrm, Deflate, Zlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Zlib(ev.data);
            onmessage = astrm(strm);
        }, 10, 1);
    }
    return AsyncZlib;
}())));

function zlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        zle,
        function () { return [zlibSync]; }
    ], function (ev) { return pbf(zlibSync(ev.data[0], ev.data[1])); }, 4, cb);
}
/**
 * Compress data with Zlib
 * @param data The data to compress
 * @param opts The compression options
 * @returns The zlib-compressed version of the data
 */
function zlibSync(data, opts) {
    if (!opts)
        opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
}
/**
 * Streaming Zlib decompression
 */
var Unzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Unzlib(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
    }
    /**
     * Pushes a chunk to be unzlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzlib.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
            if (this.p.length < 6 && !final)
                return;
            this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
            if (this.p.length < 4)
                err(6, 'invalid zlib data');
            this.p = this.p.subarray(0, -4);
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, final);
    };
    return Unzlib;
}())));

/**
 * Asynchronous streaming Zlib decompression
 */
var AsyncUnzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncUnzlib(opts, cb) {
        astrmify([
            bInflt,
            zule,
            function () { return [astrm, Inflate, Unzlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Unzlib(ev.data);
            onmessage = astrm(strm);
        }, 11, 0);
    }
    return AsyncUnzlib;
}())));

function unzlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        zule,
        function () { return [unzlibSync]; }
    ], function (ev) { return pbf(unzlibSync(ev.data[0], gopt(ev.data[1]))); }, 5, cb);
}
function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// Default algorithm for compression (used because having a known output size allows faster decompression)


/**
 * Streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Decompress(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
    }
    // init substream
    // overriden by AsyncDecompress
    Decompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (dat, final) {
            _this.ondata(dat, final);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Decompress.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (!this.s) {
            if (this.p && this.p.length) {
                var n = new u8(this.p.length + chunk.length);
                n.set(this.p), n.set(chunk, this.p.length);
            }
            else
                this.p = chunk;
            if (this.p.length > 2) {
                this.s = (this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8)
                    ? new this.G(this.o)
                    : ((this.p[0] & 15) != 8 || (this.p[0] >> 4) > 7 || ((this.p[0] << 8 | this.p[1]) % 31))
                        ? new this.I(this.o)
                        : new this.Z(this.o);
                this.i();
                this.s.push(this.p, final);
                this.p = null;
            }
        }
        else
            this.s.push(chunk, final);
    };
    return Decompress;
}())));

/**
 * Asynchronous streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var AsyncDecompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDecompress(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
    }
    AsyncDecompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (err, dat, final) {
            _this.ondata(err, dat, final);
        };
        this.s.ondrain = function (size) {
            _this.queuedSize -= size;
            if (_this.ondrain)
                _this.ondrain(size);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncDecompress.prototype.push = function (chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
    };
    return AsyncDecompress;
}())));

function decompress(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzip(data, opts, cb)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflate(data, opts, cb)
            : unzlib(data, opts, cb);
}
/**
 * Expands compressed GZIP, Zlib, or raw DEFLATE data, automatically detecting the format
 * @param data The data to decompress
 * @param opts The decompression options
 * @returns The decompressed version of the data
 */
function decompressSync(data, opts) {
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzipSync(data, opts)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflateSync(data, opts)
            : unzlibSync(data, opts);
}
// flatten a directory structure
var fltn = function (d, p, t, o) {
    for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
            op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
            t[n] = [val, op];
        else {
            t[n += '/'] = [new u8(0), op];
            fltn(val, n, t, o);
        }
    }
};
// text encoder
var te = typeof TextEncoder != 'undefined' && /*#__PURE__*/ new TextEncoder();
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Streaming UTF-8 decoding
 */
var DecodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is decoded
     */
    function DecodeUTF8(cb) {
        this.ondata = cb;
        if (tds)
            this.t = new TextDecoder();
        else
            this.p = et;
    }
    /**
     * Pushes a chunk to be decoded from UTF-8 binary
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    DecodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        final = !!final;
        if (this.t) {
            this.ondata(this.t.decode(chunk, { stream: true }), final);
            if (final) {
                if (this.t.decode().length)
                    err(8);
                this.t = null;
            }
            return;
        }
        if (!this.p)
            err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (final) {
            if (r.length)
                err(8);
            this.p = null;
        }
        else
            this.p = r;
        this.ondata(s, final);
    };
    return DecodeUTF8;
}())));

/**
 * Streaming UTF-8 encoding
 */
var EncodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is encoded
     */
    function EncodeUTF8(cb) {
        this.ondata = cb;
    }
    /**
     * Pushes a chunk to be encoded to UTF-8
     * @param chunk The string data to push
     * @param final Whether this is the last chunk
     */
    EncodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
    };
    return EncodeUTF8;
}())));

/**
 * Converts a string into a Uint8Array for use with compression/decompression methods
 * @param str The string to encode
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless decoding a binary string.
 * @returns The string encoded in UTF-8/Latin-1 binary
 */
function strToU8(str, latin1) {
    if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i = 0; i < str.length; ++i)
            ar_1[i] = str.charCodeAt(i);
        return ar_1;
    }
    if (te)
        return te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function (v) { ar[ai++] = v; };
    for (var i = 0; i < l; ++i) {
        if (ai + 5 > ar.length) {
            var n = new u8(ai + 8 + ((l - i) << 1));
            n.set(ar);
            ar = n;
        }
        var c = str.charCodeAt(i);
        if (c < 128 || latin1)
            w(c);
        else if (c < 2048)
            w(192 | (c >> 6)), w(128 | (c & 63));
        else if (c > 55295 && c < 57344)
            c = 65536 + (c & 1023 << 10) | (str.charCodeAt(++i) & 1023),
                w(240 | (c >> 18)), w(128 | ((c >> 12) & 63)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
        else
            w(224 | (c >> 12)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
    }
    return slc(ar, 0, ai);
}
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
;
// deflate bit flag
var dbf = function (l) { return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0; };
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
// extra field length
var exfl = function (ex) {
    var le = 0;
    if (ex) {
        for (var k in ex) {
            var l = ex[k].length;
            if (l > 65535)
                err(9);
            le += l + 4;
        }
    }
    return le;
};
// write zip header
var wzh = function (d, b, f, fn, u, c, ce, co) {
    var fl = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 0x2014B50 : 0x4034B50), b += 4;
    if (ce != null)
        d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2; // spec compliance? what's that?
    d[b++] = (f.flag << 1) | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
        err(10);
    wbytes(d, b, (y << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1)), b += 4;
    if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl;
    if (exl) {
        for (var k in ex) {
            var exf = ex[k], l = exf.length;
            wbytes(d, b, +k);
            wbytes(d, b + 2, l);
            d.set(exf, b + 4), b += 4 + l;
        }
    }
    if (col)
        d.set(co, b), b += col;
    return b;
};
// write zip footer (end of central directory)
var wzf = function (o, b, c, d, e) {
    wbytes(o, b, 0x6054B50); // skip disk
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
};
/**
 * A pass-through stream to keep data uncompressed in a ZIP archive.
 */
var ZipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a pass-through stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     */
    function ZipPassThrough(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
    }
    /**
     * Processes a chunk and pushes to the output stream. You can override this
     * method in a subclass for custom behavior, but by default this passes
     * the data through. You must call this.ondata(err, chunk, final) at some
     * point in this method.
     * @param chunk The chunk to process
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.process = function (chunk, final) {
        this.ondata(null, chunk, final);
    };
    /**
     * Pushes a chunk to be added. If you are subclassing this with a custom
     * compression algorithm, note that you must push data from the source
     * file only, pre-compression.
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
            this.crc = this.c.d();
        // we shouldn't really do this cast, but properly handling ArrayBufferLike
        // makes the API unergonomic with Buffer
        this.process(chunk, final || false);
    };
    return ZipPassThrough;
}())));

// I don't extend because TypeScript extension adds 1kB of runtime bloat
/**
 * Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
 * for better performance
 */
var ZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function ZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function (dat, final) {
            _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
    }
    ZipDeflate.prototype.process = function (chunk, final) {
        try {
            this.d.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return ZipDeflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression for ZIP archives
 */
var AsyncZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an asynchronous DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function AsyncZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function (err, dat, final) {
            _this.ondata(err, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
    }
    AsyncZipDeflate.prototype.process = function (chunk, final) {
        this.d.push(chunk, final);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return AsyncZipDeflate;
}())));

// TODO: Better tree shaking
/**
 * A zippable archive to which files can incrementally be added
 */
var Zip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an empty ZIP archive to which files can be added
     * @param cb The callback to call whenever data for the generated ZIP archive
     *           is available
     */
    function Zip(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
    }
    /**
     * Adds a file to the ZIP archive
     * @param file The file stream to add
     */
    Zip.prototype.add = function (file) {
        var _this = this;
        if (!this.ondata)
            err(5);
        // finishing or finished
        if (this.d & 2)
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
            var f = strToU8(file.filename), fl_1 = f.length;
            var com = file.comment, o = com && strToU8(com);
            var u = fl_1 != file.filename.length || (o && (com.length != o.length));
            var hl_1 = fl_1 + exfl(file.extra) + 30;
            if (fl_1 > 65535)
                this.ondata(err(11, 0, 1), null, false);
            var header = new u8(hl_1);
            wzh(header, 0, file, f, u, -1);
            var chks_1 = [header];
            var pAll_1 = function () {
                for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
                    var chk = chks_2[_i];
                    _this.ondata(null, chk, false);
                }
                chks_1 = [];
            };
            var tr_1 = this.d;
            this.d = 0;
            var ind_1 = this.u.length;
            var uf_1 = mrg(file, {
                f: f,
                u: u,
                o: o,
                t: function () {
                    if (file.terminate)
                        file.terminate();
                },
                r: function () {
                    pAll_1();
                    if (tr_1) {
                        var nxt = _this.u[ind_1 + 1];
                        if (nxt)
                            nxt.r();
                        else
                            _this.d = 1;
                    }
                    tr_1 = 1;
                }
            });
            var cl_1 = 0;
            file.ondata = function (err, dat, final) {
                if (err) {
                    _this.ondata(err, dat, final);
                    _this.terminate();
                }
                else {
                    cl_1 += dat.length;
                    chks_1.push(dat);
                    if (final) {
                        var dd = new u8(16);
                        wbytes(dd, 0, 0x8074B50);
                        wbytes(dd, 4, file.crc);
                        wbytes(dd, 8, cl_1);
                        wbytes(dd, 12, file.size);
                        chks_1.push(dd);
                        uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                        if (tr_1)
                            uf_1.r();
                        tr_1 = 1;
                    }
                    else if (tr_1)
                        pAll_1();
                }
            };
            this.u.push(uf_1);
        }
    };
    /**
     * Ends the process of adding files and prepares to emit the final chunks.
     * This *must* be called after adding all desired files for the resulting
     * ZIP file to work properly.
     */
    Zip.prototype.end = function () {
        var _this = this;
        if (this.d & 2) {
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
            return;
        }
        if (this.d)
            this.e();
        else
            this.u.push({
                r: function () {
                    if (!(_this.d & 1))
                        return;
                    _this.u.splice(-1, 1);
                    _this.e();
                },
                t: function () { }
            });
        this.d = 3;
    };
    Zip.prototype.e = function () {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
            var f = _c[_b];
            wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
            bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
    };
    /**
     * A method to terminate any internal workers used by the stream. Subsequent
     * calls to add() will fail.
     */
    Zip.prototype.terminate = function () {
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            f.t();
        }
        this.d = 2;
    };
    return Zip;
}())));

function zip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var r = {};
    fltn(data, '', r, opts);
    var k = Object.keys(r);
    var lft = k.length, o = 0, tot = 0;
    var slft = lft, files = new Array(lft);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var cbf = function () {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i = 0; i < slft; ++i) {
            var f = files[i];
            try {
                var l = f.c.length;
                wzh(out, tot, f, f.f, f.u, l);
                var badd = 30 + f.f.length + exfl(f.extra);
                var loc = tot + badd;
                out.set(f.c, loc);
                wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
            }
            catch (e) {
                return cbd(e, null);
            }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
    };
    if (!lft)
        cbf();
    var _loop_1 = function (i) {
        var fn = k[i];
        var _a = r[fn], file = _a[0], p = _a[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function (e, d) {
            if (e) {
                tAll();
                cbd(e, null);
            }
            else {
                var l = d.length;
                files[i] = mrg(p, {
                    size: size,
                    crc: c.d(),
                    c: d,
                    f: f,
                    m: m,
                    u: s != fn.length || (m && (com.length != ms)),
                    compression: compression
                });
                o += 30 + s + exl + l;
                tot += 76 + 2 * (s + exl) + (ms || 0) + l;
                if (!--lft)
                    cbf();
            }
        };
        if (s > 65535)
            cbl(err(11, 0, 1), null);
        if (!compression)
            cbl(null, file);
        else if (size < 160000) {
            try {
                cbl(null, deflateSync(file, p));
            }
            catch (e) {
                cbl(e, null);
            }
        }
        else
            term.push(deflate(file, p, cbl));
    };
    // Cannot use lft because it can decrease
    for (var i = 0; i < slft; ++i) {
        _loop_1(i);
    }
    return tAll;
}
/**
 * Synchronously creates a ZIP file. Prefer using `zip` for better performance
 * with more than one file.
 * @param data The directory structure for the ZIP archive
 * @param opts The main options, merged with per-file options
 * @returns The generated ZIP archive
 */
function zipSync(data, opts) {
    if (!opts)
        opts = {};
    var r = {};
    var files = [];
    fltn(data, '', r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
        var _a = r[fn], file = _a[0], p = _a[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
            err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
            size: file.length,
            crc: c.d(),
            c: d,
            f: f,
            m: m,
            u: s != fn.length || (m && (com.length != ms)),
            o: o,
            compression: compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i = 0; i < files.length; ++i) {
        var f = files[i];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
}
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}())));

/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression for ZIP archives
 */
var AsyncUnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function AsyncUnzipInflate(_, sz) {
        var _this = this;
        if (sz < 320000) {
            this.i = new Inflate(function (dat, final) {
                _this.ondata(null, dat, final);
            });
        }
        else {
            this.i = new AsyncInflate(function (err, dat, final) {
                _this.ondata(err, dat, final);
            });
            this.terminate = this.i.terminate;
        }
    }
    AsyncUnzipInflate.prototype.push = function (chunk, final) {
        if (this.i.terminate)
            chunk = slc(chunk, 0);
        this.i.push(chunk, final);
    };
    AsyncUnzipInflate.compression = 8;
    return AsyncUnzipInflate;
}())));

/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}())));

var mt = typeof queueMicrotask == 'function' ? queueMicrotask : typeof setTimeout == 'function' ? setTimeout : function (fn) { fn(); };
function unzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var files = {};
    var cbd = function (a, b) {
        mt(function () { cb(a, b); });
    };
    mt(function () { cbd = cb; });
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558) {
            cbd(err(13, 0, 1), null);
            return tAll;
        }
    }
    ;
    var lft = b2(data, e + 8);
    if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 0x7064B50;
        if (z) {
            var ze = b4(data, e - 12);
            z = b4(data, ze) == 0x6064B50;
            if (z) {
                c = lft = b4(data, ze + 32);
                o = b4(data, ze + 48);
            }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function (i) {
            var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
            o = no;
            var cbl = function (e, d) {
                if (e) {
                    tAll();
                    cbd(e, null);
                }
                else {
                    if (d)
                        files[fn] = d;
                    if (!--lft)
                        cbd(null, files);
                }
            };
            if (!fltr || fltr({
                name: fn,
                size: sc,
                originalSize: su,
                compression: c_1
            })) {
                if (!c_1)
                    cbl(null, slc(data, b, b + sc));
                else if (c_1 == 8) {
                    var infl = data.subarray(b, b + sc);
                    // Synchronously decompress under 512KB, or barely-compressed data
                    if (su < 524288 || sc > 0.8 * su) {
                        try {
                            cbl(null, inflateSync(infl, { out: new u8(su) }));
                        }
                        catch (e) {
                            cbl(e, null);
                        }
                    }
                    else
                        term.push(inflate(infl, { size: su }, cbl));
                }
                else
                    cbl(err(14, 'unknown compression type ' + c_1, 1), null);
            }
            else
                cbl(null, null);
        };
        for (var i = 0; i < c; ++i) {
            _loop_3(i);
        }
    }
    else
        cbd(null, {});
    return tAll;
}
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    ;
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}


/***/ }),

/***/ 8339:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YM: () => (/* binding */ Decompress),
/* harmony export */   mF: () => (/* binding */ decompress)
/* harmony export */ });
/* unused harmony export ZstdErrorCode */
// Some numerical data is initialized as -1 even when it doesn't need initialization to help the JIT infer types
// aliases for shorter compressed code (most minifers don't do this)
var ab = ArrayBuffer, u8 = Uint8Array, u16 = Uint16Array, i16 = Int16Array, u32 = (/* unused pure expression or super */ null && (Uint32Array)), i32 = Int32Array;
var slc = function (v, s, e) {
    if (u8.prototype.slice)
        return u8.prototype.slice.call(v, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    var n = new u8(e - s);
    n.set(v.subarray(s, e));
    return n;
};
var fill = function (v, n, s, e) {
    if (u8.prototype.fill)
        return u8.prototype.fill.call(v, n, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    for (; s < e; ++s)
        v[s] = n;
    return v;
};
var cpw = function (v, t, s, e) {
    if (u8.prototype.copyWithin)
        return u8.prototype.copyWithin.call(v, t, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    while (s < e) {
        v[t++] = v[s++];
    }
};
/**
 * Codes for errors generated within this library
 */
var ZstdErrorCode = {
    InvalidData: 0,
    WindowSizeTooLarge: 1,
    InvalidBlockType: 2,
    FSEAccuracyTooHigh: 3,
    DistanceTooFarBack: 4,
    UnexpectedEOF: 5
};
// error codes
var ec = [
    'invalid zstd data',
    'window size too large (>2046MB)',
    'invalid block type',
    'FSE accuracy too high',
    'match distance too far back',
    'unexpected EOF'
];
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
var rb = function (d, b, n) {
    var i = 0, o = 0;
    for (; i < n; ++i)
        o |= d[b++] << (i << 3);
    return o;
};
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read Zstandard frame header
var rzfh = function (dat, w) {
    var n3 = dat[0] | (dat[1] << 8) | (dat[2] << 16);
    if (n3 == 0x2FB528 && dat[3] == 253) {
        // Zstandard
        var flg = dat[4];
        //    single segment       checksum             dict flag     frame content flag
        var ss = (flg >> 5) & 1, cc = (flg >> 2) & 1, df = flg & 3, fcf = flg >> 6;
        if (flg & 8)
            err(0);
        // byte
        var bt = 6 - ss;
        // dict bytes
        var db = df == 3 ? 4 : df;
        // dictionary id
        var di = rb(dat, bt, db);
        bt += db;
        // frame size bytes
        var fsb = fcf ? (1 << fcf) : ss;
        // frame source size
        var fss = rb(dat, bt, fsb) + ((fcf == 1) && 256);
        // window size
        var ws = fss;
        if (!ss) {
            // window descriptor
            var wb = 1 << (10 + (dat[5] >> 3));
            ws = wb + (wb >> 3) * (dat[5] & 7);
        }
        if (ws > 2145386496)
            err(1);
        var buf = new u8((w == 1 ? (fss || ws) : w ? 0 : ws) + 12);
        buf[0] = 1, buf[4] = 4, buf[8] = 8;
        return {
            b: bt + fsb,
            y: 0,
            l: 0,
            d: di,
            w: (w && w != 1) ? w : buf.subarray(12),
            e: ws,
            o: new i32(buf.buffer, 0, 3),
            u: fss,
            c: cc,
            m: Math.min(131072, ws)
        };
    }
    else if (((n3 >> 4) | (dat[3] << 20)) == 0x184D2A5) {
        // skippable
        return b4(dat, 4) + 8;
    }
    err(0);
};
// most significant bit for nonzero
var msb = function (val) {
    var bits = 0;
    for (; (1 << bits) <= val; ++bits)
        ;
    return bits - 1;
};
// read finite state entropy
var rfse = function (dat, bt, mal) {
    // table pos
    var tpos = (bt << 3) + 4;
    // accuracy log
    var al = (dat[bt] & 15) + 5;
    if (al > mal)
        err(3);
    // size
    var sz = 1 << al;
    // probabilities symbols  repeat   index   high threshold
    var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
    // optimization: single allocation is much faster
    var buf = new ab(512 + (sz << 2));
    var freq = new i16(buf, 0, 256);
    // same view as freq
    var dstate = new u16(buf, 0, 256);
    var nstate = new u16(buf, 512, sz);
    var bb1 = 512 + (sz << 1);
    var syms = new u8(buf, bb1, sz);
    var nbits = new u8(buf, bb1 + sz);
    while (sym < 255 && probs > 0) {
        var bits = msb(probs + 1);
        var cbt = tpos >> 3;
        // mask
        var msk = (1 << (bits + 1)) - 1;
        var val = ((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (tpos & 7)) & msk;
        // mask (1 fewer bit)
        var msk1fb = (1 << bits) - 1;
        // max small value
        var msv = msk - probs - 1;
        // small value
        var sval = val & msk1fb;
        if (sval < msv)
            tpos += bits, val = sval;
        else {
            tpos += bits + 1;
            if (val > msk1fb)
                val -= msv;
        }
        freq[++sym] = --val;
        if (val == -1) {
            probs += val;
            syms[--ht] = sym;
        }
        else
            probs -= val;
        if (!val) {
            do {
                // repeat byte
                var rbt = tpos >> 3;
                re = ((dat[rbt] | (dat[rbt + 1] << 8)) >> (tpos & 7)) & 3;
                tpos += 2;
                sym += re;
            } while (re == 3);
        }
    }
    if (sym > 255 || probs)
        err(0);
    var sympos = 0;
    // sym step (coprime with sz - formula from zstd source)
    var sstep = (sz >> 1) + (sz >> 3) + 3;
    // sym mask
    var smask = sz - 1;
    for (var s = 0; s <= sym; ++s) {
        var sf = freq[s];
        if (sf < 1) {
            dstate[s] = -sf;
            continue;
        }
        // This is split into two loops in zstd to avoid branching, but as JS is higher-level that is unnecessary
        for (i = 0; i < sf; ++i) {
            syms[sympos] = s;
            do {
                sympos = (sympos + sstep) & smask;
            } while (sympos >= ht);
        }
    }
    // After spreading symbols, should be zero again
    if (sympos)
        err(0);
    for (i = 0; i < sz; ++i) {
        // next state
        var ns = dstate[syms[i]]++;
        // num bits
        var nb = nbits[i] = al - msb(ns);
        nstate[i] = (ns << nb) - sz;
    }
    return [(tpos + 7) >> 3, {
            b: al,
            s: syms,
            n: nbits,
            t: nstate
        }];
};
// read huffman
var rhu = function (dat, bt) {
    //  index  weight count
    var i = 0, wc = -1;
    //    buffer             header byte
    var buf = new u8(292), hb = dat[bt];
    // huffman weights
    var hw = buf.subarray(0, 256);
    // rank count
    var rc = buf.subarray(256, 268);
    // rank index
    var ri = new u16(buf.buffer, 268);
    // NOTE: at this point bt is 1 less than expected
    if (hb < 128) {
        // end byte, fse decode table
        var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
        bt += hb;
        var epos = ebt << 3;
        // last byte
        var lb = dat[bt];
        if (!lb)
            err(0);
        //  state1   state2   state1 bits   state2 bits
        var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
        // fse pos
        // pre-increment to account for original deficit of 1
        var fpos = (++bt << 3) - 8 + msb(lb);
        for (;;) {
            fpos -= btr1;
            if (fpos < epos)
                break;
            var cbt = fpos >> 3;
            st1 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr1) - 1);
            hw[++wc] = fdt.s[st1];
            fpos -= btr2;
            if (fpos < epos)
                break;
            cbt = fpos >> 3;
            st2 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr2) - 1);
            hw[++wc] = fdt.s[st2];
            btr1 = fdt.n[st1];
            st1 = fdt.t[st1];
            btr2 = fdt.n[st2];
            st2 = fdt.t[st2];
        }
        if (++wc > 255)
            err(0);
    }
    else {
        wc = hb - 127;
        for (; i < wc; i += 2) {
            var byte = dat[++bt];
            hw[i] = byte >> 4;
            hw[i + 1] = byte & 15;
        }
        ++bt;
    }
    // weight exponential sum
    var wes = 0;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        // bits must be at most 11, same as weight
        if (wt > 11)
            err(0);
        wes += wt && (1 << (wt - 1));
    }
    // max bits
    var mb = msb(wes) + 1;
    // table size
    var ts = 1 << mb;
    // remaining sum
    var rem = ts - wes;
    // must be power of 2
    if (rem & (rem - 1))
        err(0);
    hw[wc++] = msb(rem) + 1;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        ++rc[hw[i] = wt && (mb + 1 - wt)];
    }
    // huf buf
    var hbuf = new u8(ts << 1);
    //    symbols                      num bits
    var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
    ri[mb] = 0;
    for (i = mb; i > 0; --i) {
        var pv = ri[i];
        fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << (mb - i)));
    }
    if (ri[0] != ts)
        err(0);
    for (i = 0; i < wc; ++i) {
        var bits = hw[i];
        if (bits) {
            var code = ri[bits];
            fill(syms, i, code, ri[bits] = code + (1 << (mb - bits)));
        }
    }
    return [bt, {
            n: nb,
            b: mb,
            s: syms
        }];
};
// Tables generated using this:
// https://gist.github.com/101arrowz/a979452d4355992cbf8f257cbffc9edd
// default literal length table
var dllt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    81, 16, 99, 140, 49, 198, 24, 99, 12, 33, 196, 24, 99, 102, 102, 134, 70, 146, 4
]), 0, 6)[1];
// default match length table
var dmlt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    33, 20, 196, 24, 99, 140, 33, 132, 16, 66, 8, 33, 132, 16, 66, 8, 33, 68, 68, 68, 68, 68, 68, 68, 68, 36, 9
]), 0, 6)[1];
// default offset code table
var doct = /*#__PURE__ */ rfse(/*#__PURE__*/ new u8([
    32, 132, 16, 66, 102, 70, 68, 68, 68, 68, 36, 73, 2
]), 0, 5)[1];
// bits to baseline
var b2bl = function (b, s) {
    var len = b.length, bl = new i32(len);
    for (var i = 0; i < len; ++i) {
        bl[i] = s;
        s += 1 << b[i];
    }
    return bl;
};
// literal length bits
var llb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 16843009, 50528770, 134678020, 202050057, 269422093
])).buffer, 0, 36);
// literal length baseline
var llbl = /*#__PURE__ */ b2bl(llb, 0);
// match length bits
var mlb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 0, 0, 0, 0, 16843009, 50528770, 117769220, 185207048, 252579084, 16
])).buffer, 0, 53);
// match length baseline
var mlbl = /*#__PURE__ */ b2bl(mlb, 3);
// decode huffman stream
var dhu = function (dat, out, hu) {
    var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
    if (!lb)
        err(0);
    var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
    for (; pos > eb && i < ss;) {
        var cbt = pos >> 3;
        var val = (dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (pos & 7);
        st = ((st << btr) | val) & msk;
        out[++i] = hu.s[st];
        pos -= (btr = hu.n[st]);
    }
    if (pos != eb || i + 1 != ss)
        err(0);
};
// decode huffman stream 4x
// TODO: use workers to parallelize
var dhu4 = function (dat, out, hu) {
    var bt = 6;
    var ss = out.length, sz1 = (ss + 3) >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
    dhu(dat.subarray(bt, bt += dat[0] | (dat[1] << 8)), out.subarray(0, sz1), hu);
    dhu(dat.subarray(bt, bt += dat[2] | (dat[3] << 8)), out.subarray(sz1, sz2), hu);
    dhu(dat.subarray(bt, bt += dat[4] | (dat[5] << 8)), out.subarray(sz2, sz3), hu);
    dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
// read Zstandard block
var rzb = function (dat, st, out) {
    var _a;
    var bt = st.b;
    //    byte 0        block type
    var b0 = dat[bt], btype = (b0 >> 1) & 3;
    st.l = b0 & 1;
    var sz = (b0 >> 3) | (dat[bt + 1] << 5) | (dat[bt + 2] << 13);
    // end byte for block
    var ebt = (bt += 3) + sz;
    if (btype == 1) {
        if (bt >= dat.length)
            return;
        st.b = bt + 1;
        if (out) {
            fill(out, dat[bt], st.y, st.y += sz);
            return out;
        }
        return fill(new u8(sz), dat[bt]);
    }
    if (ebt > dat.length)
        return;
    if (btype == 0) {
        st.b = ebt;
        if (out) {
            out.set(dat.subarray(bt, ebt), st.y);
            st.y += sz;
            return out;
        }
        return slc(dat, bt, ebt);
    }
    if (btype == 2) {
        //    byte 3        lit btype     size format
        var b3 = dat[bt], lbt = b3 & 3, sf = (b3 >> 2) & 3;
        // lit src size  lit cmp sz 4 streams
        var lss = b3 >> 4, lcs = 0, s4 = 0;
        if (lbt < 2) {
            if (sf & 1)
                lss |= (dat[++bt] << 4) | ((sf & 2) && (dat[++bt] << 12));
            else
                lss = b3 >> 3;
        }
        else {
            s4 = sf;
            if (sf < 2)
                lss |= ((dat[++bt] & 63) << 4), lcs = (dat[bt] >> 6) | (dat[++bt] << 2);
            else if (sf == 2)
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 3) << 12), lcs = (dat[bt] >> 2) | (dat[++bt] << 6);
            else
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 63) << 12), lcs = (dat[bt] >> 6) | (dat[++bt] << 2) | (dat[++bt] << 10);
        }
        ++bt;
        // add literals to end - can never overlap with backreferences because unused literals always appended
        var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
        // starting point for literals
        var spl = buf.length - lss;
        if (lbt == 0)
            buf.set(dat.subarray(bt, bt += lss), spl);
        else if (lbt == 1)
            fill(buf, dat[bt++], spl);
        else {
            // huffman table
            var hu = st.h;
            if (lbt == 2) {
                var hud = rhu(dat, bt);
                // subtract description length
                lcs += bt - (bt = hud[0]);
                st.h = hu = hud[1];
            }
            else if (!hu)
                err(0);
            (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
        }
        // num sequences
        var ns = dat[bt++];
        if (ns) {
            if (ns == 255)
                ns = (dat[bt++] | (dat[bt++] << 8)) + 0x7F00;
            else if (ns > 127)
                ns = ((ns - 128) << 8) | dat[bt++];
            // symbol compression modes
            var scm = dat[bt++];
            if (scm & 3)
                err(0);
            var dts = [dmlt, doct, dllt];
            for (var i = 2; i > -1; --i) {
                var md = (scm >> ((i << 1) + 2)) & 3;
                if (md == 1) {
                    // rle buf
                    var rbuf = new u8([0, 0, dat[bt++]]);
                    dts[i] = {
                        s: rbuf.subarray(2, 3),
                        n: rbuf.subarray(0, 1),
                        t: new u16(rbuf.buffer, 0, 1),
                        b: 0
                    };
                }
                else if (md == 2) {
                    // accuracy log 8 for offsets, 9 for others
                    _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
                }
                else if (md == 3) {
                    if (!st.t)
                        err(0);
                    dts[i] = st.t[i];
                }
            }
            var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
            var lb = dat[ebt - 1];
            if (!lb)
                err(0);
            var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
            var lst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << llt.b) - 1);
            cbt = (spos -= oct.b) >> 3;
            var ost = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << oct.b) - 1);
            cbt = (spos -= mlt.b) >> 3;
            var mst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mlt.b) - 1);
            for (++ns; --ns;) {
                var llc = llt.s[lst];
                var lbtr = llt.n[lst];
                var mlc = mlt.s[mst];
                var mbtr = mlt.n[mst];
                var ofc = oct.s[ost];
                var obtr = oct.n[ost];
                cbt = (spos -= ofc) >> 3;
                var ofp = 1 << ofc;
                var off = ofp + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16) | (dat[cbt + 3] << 24)) >>> (spos & 7)) & (ofp - 1));
                cbt = (spos -= mlb[mlc]) >> 3;
                var ml = mlbl[mlc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << mlb[mlc]) - 1));
                cbt = (spos -= llb[llc]) >> 3;
                var ll = llbl[llc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << llb[llc]) - 1));
                cbt = (spos -= lbtr) >> 3;
                lst = llt.t[lst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << lbtr) - 1));
                cbt = (spos -= mbtr) >> 3;
                mst = mlt.t[mst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mbtr) - 1));
                cbt = (spos -= obtr) >> 3;
                ost = oct.t[ost] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << obtr) - 1));
                if (off > 3) {
                    st.o[2] = st.o[1];
                    st.o[1] = st.o[0];
                    st.o[0] = off -= 3;
                }
                else {
                    var idx = off - (ll != 0);
                    if (idx) {
                        off = idx == 3 ? st.o[0] - 1 : st.o[idx];
                        if (idx > 1)
                            st.o[2] = st.o[1];
                        st.o[1] = st.o[0];
                        st.o[0] = off;
                    }
                    else
                        off = st.o[0];
                }
                for (var i = 0; i < ll; ++i) {
                    buf[oubt + i] = buf[spl + i];
                }
                oubt += ll, spl += ll;
                var stin = oubt - off;
                if (stin < 0) {
                    var len = -stin;
                    var bs = st.e + stin;
                    if (len > ml)
                        len = ml;
                    for (var i = 0; i < len; ++i) {
                        buf[oubt + i] = st.w[bs + i];
                    }
                    oubt += len, ml -= len, stin = 0;
                }
                for (var i = 0; i < ml; ++i) {
                    buf[oubt + i] = buf[stin + i];
                }
                oubt += ml;
            }
            if (oubt != spl) {
                while (spl < buf.length) {
                    buf[oubt++] = buf[spl++];
                }
            }
            else
                oubt = buf.length;
            if (out)
                st.y += oubt;
            else
                buf = slc(buf, 0, oubt);
        }
        else if (out) {
            st.y += lss;
            if (spl) {
                for (var i = 0; i < lss; ++i) {
                    buf[i] = buf[spl + i];
                }
            }
        }
        else if (spl)
            buf = slc(buf, spl);
        st.b = ebt;
        return buf;
    }
    err(2);
};
// concat
var cct = function (bufs, ol) {
    if (bufs.length == 1)
        return bufs[0];
    var buf = new u8(ol);
    for (var i = 0, b = 0; i < bufs.length; ++i) {
        var chk = bufs[i];
        buf.set(chk, b);
        b += chk.length;
    }
    return buf;
};
/**
 * Decompresses Zstandard data
 * @param dat The input data
 * @param buf The output buffer. If unspecified, the function will allocate
 *            exactly enough memory to fit the decompressed data. If your
 *            data has multiple frames and you know the output size, specifying
 *            it will yield better performance.
 * @returns The decompressed data
 */
function decompress(dat, buf) {
    var bufs = [], nb = +!buf;
    var bt = 0, ol = 0;
    for (; dat.length;) {
        var st = rzfh(dat, nb || buf);
        if (typeof st == 'object') {
            if (nb) {
                buf = null;
                if (st.w.length == st.u) {
                    bufs.push(buf = st.w);
                    ol += st.u;
                }
            }
            else {
                bufs.push(buf);
                st.e = 0;
            }
            for (; !st.l;) {
                var blk = rzb(dat, st, buf);
                if (!blk)
                    err(5);
                if (buf)
                    st.e = st.y;
                else {
                    bufs.push(blk);
                    ol += blk.length;
                    cpw(st.w, 0, blk.length);
                    st.w.set(blk, st.w.length - blk.length);
                }
            }
            bt = st.b + (st.c * 4);
        }
        else
            bt = st;
        dat = dat.subarray(bt);
    }
    return cct(bufs, ol);
}
/**
 * Decompressor for Zstandard streamed data
 */
var Decompress = /*#__PURE__*/ (function () {
    /**
     * Creates a Zstandard decompressor
     * @param ondata The handler for stream data
     */
    function Decompress(ondata) {
        this.ondata = ondata;
        this.c = [];
        this.l = 0;
        this.z = 0;
    }
    /**
     * Pushes data to be decompressed
     * @param chunk The chunk of data to push
     * @param final Whether or not this is the last chunk in the stream
     */
    Decompress.prototype.push = function (chunk, final) {
        if (typeof this.s == 'number') {
            var sub = Math.min(chunk.length, this.s);
            chunk = chunk.subarray(sub);
            this.s -= sub;
        }
        var sl = chunk.length;
        var ncs = sl + this.l;
        if (!this.s) {
            if (final) {
                if (!ncs) {
                    this.ondata(new u8(0), true);
                    return;
                }
                // min for frame + one block
                if (ncs < 5)
                    err(5);
            }
            else if (ncs < 18) {
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (typeof (this.s = rzfh(chunk)) == 'number')
                return this.push(chunk, final);
        }
        if (typeof this.s != 'number') {
            if (ncs < (this.z || 3)) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (!this.z && ncs < (this.z = (chunk[this.s.b] & 2) ? 4 : 3 + ((chunk[this.s.b] >> 3) | (chunk[this.s.b + 1] << 5) | (chunk[this.s.b + 2] << 13)))) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            else
                this.z = 0;
            for (;;) {
                var blk = rzb(chunk, this.s);
                if (!blk) {
                    if (final)
                        err(5);
                    var adc = chunk.subarray(this.s.b);
                    this.s.b = 0;
                    this.c.push(adc), this.l += adc.length;
                    return;
                }
                else {
                    this.ondata(blk, false);
                    cpw(this.s.w, 0, blk.length);
                    this.s.w.set(blk, this.s.w.length - blk.length);
                }
                if (this.s.l) {
                    var rest = chunk.subarray(this.s.b);
                    this.s = this.s.c * 4;
                    this.push(rest, final);
                    return;
                }
            }
        }
        else if (final)
            err(5);
    };
    return Decompress;
}());



/***/ }),

/***/ 5573:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ assembleLists),
  d: () => (/* binding */ assembleNested)
});

// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var src_schema = __nccwpck_require__(8286);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __nccwpck_require__(9234);
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/variant.js


/**
 * @import {DataReader, ParquetParsers, VariantMetadata} from '../src/types.js'
 */

const decoder = new TextDecoder()
/** @type {WeakMap<object, Map<string, VariantMetadata>>} */
const metadataCache = new WeakMap()

/**
 * Recursively decode variant structs into native values.
 *
 * @param {any} value
 * @param {ParquetParsers} [parsers]
 * @returns {any}
 */
function decodeVariantColumn(value, parsers = convert/* DEFAULT_PARSERS */.Rc) {
  if (Array.isArray(value)) {
    return value.map(entry => decodeVariantColumn(entry, parsers))
  }
  if (typeof value !== 'object') return value

  if ('metadata' in value) {
    const metadata = parseVariantMetadata(value.metadata)

    // Decode shredded fields from typed_value
    const shreddedFields = value.typed_value && decodeTypedValue(value.typed_value, metadata, parsers)

    // Decode binary value (may contain additional fields for partially shredded objects)
    const binaryValue = value.value && readVariant(makeReader(value.value), metadata, parsers)

    // Merge shredded and binary values for partially shredded objects
    if (shreddedFields && binaryValue) {
      return { ...binaryValue, ...shreddedFields }
    }
    return shreddedFields ?? binaryValue
  }

  return value
}

/**
 * Decode a shredded variant typed_value field.
 *
 * @param {any} typedValue
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function decodeTypedValue(typedValue, metadata, parsers) {
  if (typedValue instanceof Date) return typedValue

  // Handle {typed_value, value} wrapper - unwrap and recurse
  if (typedValue && typeof typedValue === 'object' && !Array.isArray(typedValue) && !(typedValue instanceof Uint8Array)) {
    if ('typed_value' in typedValue && typedValue.typed_value !== null && typedValue.typed_value !== undefined) {
      return decodeTypedValue(typedValue.typed_value, metadata, parsers)
    }
    if ('value' in typedValue && typedValue.value instanceof Uint8Array) {
      return readVariant(makeReader(typedValue.value), metadata, parsers)
    }
    if ('typed_value' in typedValue || 'value' in typedValue) {
      // both null/missing → field is null
      return null
    }
    // Shredded object: each field value gets decoded
    /** @type {Record<string, any>} */
    const result = {}
    for (const [key, field] of Object.entries(typedValue)) {
      if (!metadata.dictionary.includes(key)) continue
      result[key] = decodeTypedValue(field, metadata, parsers)
    }
    return result
  }

  // Uint8Array: decode as binary variant
  if (typedValue instanceof Uint8Array) {
    return readVariant(makeReader(typedValue), metadata, parsers)
  }

  // Arrays
  if (Array.isArray(typedValue)) {
    return typedValue.map(element => decodeTypedValue(element, metadata, parsers))
  }

  return typedValue
}

/**
 * @param {Uint8Array} bytes
 * @returns {DataReader}
 */
function makeReader(bytes) {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }
}

/**
 * Parse and cache variant metadata dictionary.
 *
 * @param {Uint8Array} bytes
 * @returns {VariantMetadata}
 */
function parseVariantMetadata(bytes) {
  let bufferCache = metadataCache.get(bytes.buffer)
  if (!bufferCache) {
    bufferCache = new Map()
    metadataCache.set(bytes.buffer, bufferCache)
  }
  const key = `${bytes.byteOffset}:${bytes.byteLength}`
  const cached = bufferCache.get(key)
  if (cached) return cached

  const reader = makeReader(bytes)
  const header = reader.view.getUint8(reader.offset++)
  const version = header & 0x0f
  if (version !== 1) throw new Error(`parquet unsupported variant metadata version: ${version}`)
  const sorted = (header >> 4 & 0x1) === 1
  const offsetSize = (header >> 6 & 0x3) + 1

  const dictionarySize = readUnsigned(reader, offsetSize)

  const offsets = new Array(dictionarySize + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetSize)
  }

  const base = reader.offset
  const dictionary = new Array(dictionarySize)
  for (let i = 0; i < dictionarySize; i++) {
    const start = offsets[i]
    const end = offsets[i + 1]
    const strBytes = new Uint8Array(bytes.buffer, bytes.byteOffset + base + start, end - start)
    dictionary[i] = decoder.decode(strBytes)
  }

  const metadata = { dictionary, sorted }
  bufferCache.set(key, metadata)
  return metadata
}

/**
 * @param {DataReader} reader
 * @param {number} byteWidth
 * @returns {number}
 */
function readUnsigned(reader, byteWidth) {
  let value = 0
  for (let i = 0; i < byteWidth; i++) {
    value |= reader.view.getUint8(reader.offset + i) << i * 8
  }
  reader.offset += byteWidth
  return value
}

/**
 * @param {DataReader} reader
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function readVariant(reader, metadata, parsers) {
  const typeByte = reader.view.getUint8(reader.offset++)
  const basicType = typeByte & 0x3
  const header = typeByte >> 2
  if (basicType === 0) return readVariantPrimitive(reader, header, parsers)
  if (basicType === 2) return readVariantObject(reader, header, metadata, parsers)
  if (basicType === 3) return readVariantArray(reader, header, metadata, parsers)
  // else short string
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header)
  reader.offset += header
  return decoder.decode(bytes)
}

/**
 * @param {DataReader} reader
 * @param {number} typeId
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function readVariantPrimitive(reader, typeId, parsers) {
  switch (typeId) {
  case 0: return null
  case 1: return true
  case 2: return false
  case 3: {
    const value = reader.view.getInt8(reader.offset)
    reader.offset += 1
    return value
  }
  case 4: {
    const value = reader.view.getInt16(reader.offset, true)
    reader.offset += 2
    return value
  }
  case 5: {
    const value = reader.view.getInt32(reader.offset, true)
    reader.offset += 4
    return value
  }
  case 6: {
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 7: {
    const value = reader.view.getFloat64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 8:
    return readVariantDecimal(reader, 4)
  case 9:
    return readVariantDecimal(reader, 8)
  case 10:
    return readVariantDecimal(reader, 16)
  case 11: {
    const value = reader.view.getInt32(reader.offset, true)
    reader.offset += 4
    return parsers.dateFromDays(value)
  }
  case 12: // timestamp_micros (utc)
  case 13: { // timestamp_micros_ntz (no timezone)
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return parsers.timestampFromMicroseconds(value)
  }
  case 14: {
    const value = reader.view.getFloat32(reader.offset, true)
    reader.offset += 4
    return value
  }
  case 15:
    return readVariantBinary(reader)
  case 16: {
    const bytes = readVariantBinary(reader)
    return decoder.decode(bytes)
  }
  case 17: {
    // time: microseconds since midnight
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 18: // timestamp_nanos (utc)
  case 19: { // timestamp_nanos_ntz (no timezone)
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return parsers.timestampFromNanoseconds(value)
  }
  case 20: {
    const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, 16)
    reader.offset += 16
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }
  default:
    throw new Error(`parquet unsupported variant primitive type: ${typeId}`)
  }
}

/**
 * @param {DataReader} reader
 * @param {number} header
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {Record<string, any>}
 */
function readVariantObject(reader, header, metadata, parsers) {
  const offsetWidth = (header & 0x3) + 1
  const idWidth = (header >> 2 & 0x3) + 1
  const isLarge = header >> 4 & 0x1
  const numElements = isLarge ? readUnsigned(reader, 4) : reader.view.getUint8(reader.offset++)

  /** @type {number[]} */
  const fieldIds = new Array(numElements)
  for (let i = 0; i < numElements; i++) {
    fieldIds[i] = readUnsigned(reader, idWidth)
  }

  const offsets = new Array(numElements + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth)
  }

  /** @type {Record<string, any>} */
  const out = {}
  for (let i = 0; i < numElements; i++) {
    const key = metadata.dictionary[fieldIds[i]]
    // Read value at the given offset
    const valueReader = {
      view: reader.view,
      offset: reader.offset + offsets[i],
    }
    out[key] = readVariant(valueReader, metadata, parsers)
  }
  reader.offset += offsets[offsets.length - 1]
  return out
}

/**
 * @param {DataReader} reader
 * @param {number} header
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any[]}
 */
function readVariantArray(reader, header, metadata, parsers) {
  const fieldOffsetSize = header & 0x3
  const isLarge = header >> 2 & 0x1
  const offsetWidth = fieldOffsetSize + 1
  const numElements = readUnsigned(reader, isLarge ? 4 : 1)

  const offsets = new Array(numElements + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth)
  }

  const valuesStart = reader.offset
  const result = new Array(numElements)
  for (let i = 0; i < numElements; i++) {
    const valueReader = {
      view: reader.view,
      offset: valuesStart + offsets[i],
    }
    result[i] = readVariant(valueReader, metadata, parsers)
  }
  reader.offset = valuesStart + offsets[offsets.length - 1]
  return result
}

/**
 * @param {DataReader} reader
 * @param {number} width
 * @returns {number}
 */
function readVariantDecimal(reader, width) {
  const scale = reader.view.getUint8(reader.offset)
  reader.offset += 1
  let unscaled
  if (width === 4) {
    unscaled = BigInt(reader.view.getInt32(reader.offset, true))
    reader.offset += 4
  } else if (width === 8) {
    unscaled = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
  } else {
    const low = reader.view.getBigUint64(reader.offset, true)
    const high = reader.view.getBigInt64(reader.offset + 8, true)
    unscaled = high << 64n | low
    reader.offset += 16
  }

  return Number(unscaled) / 10 ** scale
}

/**
 * @param {DataReader} reader
 * @returns {Uint8Array}
 */
function readVariantBinary(reader) {
  const length = reader.view.getUint32(reader.offset, true)
  reader.offset += 4
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
  reader.offset += length
  return bytes
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/assemble.js



/**
 * Reconstructs a complex nested structure from flat arrays of values and
 * definition and repetition levels, according to Dremel encoding.
 *
 * @param {any[]} output
 * @param {number[] | undefined} definitionLevels
 * @param {number[]} repetitionLevels
 * @param {DecodedArray} values
 * @param {SchemaTree[]} schemaPath
 * @returns {DecodedArray}
 */
function assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) {
  const maxDefinitionLevel = (0,src_schema/* getMaxDefinitionLevel */.mM)(schemaPath)
  // If no def/rep levels, synthesize def levels at max
  if (!definitionLevels?.length && !repetitionLevels.length) {
    if (!maxDefinitionLevel || !values.length) return values
    definitionLevels = new Array(values.length).fill(maxDefinitionLevel)
  }
  const n = definitionLevels?.length || repetitionLevels.length
  const repetitionPath = schemaPath.map(({ element }) => element.repetition_type)
  let valueIndex = 0

  // Track state of nested structures
  const containerStack = [output]
  let currentContainer = output
  let currentDepth = 0 // schema depth
  let currentDefLevel = 0 // list depth
  let currentRepLevel = 0

  if (repetitionLevels[0]) {
    // continue previous row
    while (currentDepth < repetitionPath.length - 2 && currentRepLevel < repetitionLevels[0]) {
      currentDepth++
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        // go into last list
        currentContainer = currentContainer.at(-1)
        containerStack.push(currentContainer)
        currentDefLevel++
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel++
    }
  }

  for (let i = 0; i < n; i++) {
    // assert(currentDefLevel === containerStack.length - 1)
    const def = definitionLevels?.length ? definitionLevels[i] : maxDefinitionLevel
    const rep = repetitionLevels[i]

    // Pop up to start of rep level
    while (currentDepth && (rep < currentRepLevel || repetitionPath[currentDepth] !== 'REPEATED')) {
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        containerStack.pop()
        currentDefLevel--
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel--
      currentDepth--
    }
    // @ts-expect-error won't be empty
    currentContainer = containerStack.at(-1)

    // Go deeper to end of definition level
    while (
      (currentDepth < repetitionPath.length - 2 || repetitionPath[currentDepth + 1] === 'REPEATED') &&
      (currentDefLevel < def || repetitionPath[currentDepth + 1] === 'REQUIRED')
    ) {
      currentDepth++
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        /** @type {any[]} */
        const newList = []
        currentContainer.push(newList)
        currentContainer = newList
        containerStack.push(newList)
        currentDefLevel++
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel++
    }

    // Add value or null based on definition level
    if (def === maxDefinitionLevel) {
      // assert(currentDepth === maxDefinitionLevel || currentDepth === repetitionPath.length - 2)
      currentContainer.push(values[valueIndex++])
    } else if (currentDepth === repetitionPath.length - 2) {
      // an undefined repeated leaf is an empty list, not a null value
      currentContainer.push(repetitionPath[currentDepth + 1] === 'REPEATED' ? [] : null)
    } else {
      currentContainer.push([])
    }
  }

  // Handle edge cases for empty inputs or single-level data
  if (!output.length) {
    // return max definition level of nested lists
    for (let i = 0; i < maxDefinitionLevel; i++) {
      /** @type {any[]} */
      const newList = []
      currentContainer.push(newList)
      currentContainer = newList
    }
  }

  return output
}

/**
 * Assemble a nested structure from subcolumn data.
 *
 * @param {Map<string, DecodedArray>} subcolumnData
 * @param {SchemaTree} schema top-level schema element
 * @param {ParquetParsers} parsers
 * @param {number} [depth] depth of nested structure
 */
function assembleNested(subcolumnData, schema, parsers, depth = 0) {
  const path = schema.path.join('.')
  const optional = schema.element.repetition_type === 'OPTIONAL'
  const nextDepth = optional ? depth + 1 : depth

  if ((0,src_schema/* isListLike */.wq)(schema)) {
    let sublist = schema.children[0]
    let subDepth = nextDepth
    if (sublist.children.length === 1) {
      sublist = sublist.children[0]
      subDepth++
    }
    assembleNested(subcolumnData, sublist, parsers, subDepth)

    const subcolumn = sublist.path.join('.')
    const values = subcolumnData.get(subcolumn)
    if (!values) throw new Error('parquet list column missing values')
    if (optional) flattenAtDepth(values, depth)
    subcolumnData.set(path, values)
    subcolumnData.delete(subcolumn)
    return
  }

  if ((0,src_schema/* isMapLike */.ES)(schema)) {
    const mapName = schema.children[0].element.name

    // Assemble keys and values
    assembleNested(subcolumnData, schema.children[0].children[0], parsers, nextDepth + 1)
    assembleNested(subcolumnData, schema.children[0].children[1], parsers, nextDepth + 1)

    const keys = subcolumnData.get(`${path}.${mapName}.key`)
    const values = subcolumnData.get(`${path}.${mapName}.value`)

    if (!keys) throw new Error('parquet map column missing keys')
    if (!values) throw new Error('parquet map column missing values')
    if (keys.length !== values.length) {
      throw new Error('parquet map column key/value length mismatch')
    }

    const out = assembleMaps(keys, values, nextDepth)
    if (optional) flattenAtDepth(out, depth)

    subcolumnData.delete(`${path}.${mapName}.key`)
    subcolumnData.delete(`${path}.${mapName}.value`)
    subcolumnData.set(path, out)
    return
  }

  // Struct-like column
  if (schema.children.length) {
    // construct a meta struct and then invert
    const invertDepth = schema.element.repetition_type === 'REQUIRED' ? depth : depth + 1
    /** @type {Record<string, any>} */
    const struct = {}
    for (const child of schema.children) {
      assembleNested(subcolumnData, child, parsers, invertDepth)
      const childData = subcolumnData.get(child.path.join('.'))
      if (!childData) throw new Error('parquet struct missing child data')
      struct[child.element.name] = childData
    }
    // remove children
    for (const child of schema.children) {
      subcolumnData.delete(child.path.join('.'))
    }

    // invert struct by depth
    let inverted = invertStruct(struct, invertDepth)
    if (schema.element.logical_type?.type === 'VARIANT') {
      inverted = decodeVariantColumn(inverted, parsers)
    }
    if (optional) flattenAtDepth(inverted, depth)
    subcolumnData.set(path, inverted)
  }
}

/**
 * @import {DecodedArray, ParquetParsers, SchemaTree} from '../src/types.js'
 * @param {DecodedArray} arr
 * @param {number} depth
 */
function flattenAtDepth(arr, depth) {
  for (let i = 0; i < arr.length; i++) {
    if (depth) {
      flattenAtDepth(arr[i], depth - 1)
    } else {
      arr[i] = arr[i].length ? arr[i][0] : null
    }
  }
}

/**
 * @param {DecodedArray} keys
 * @param {DecodedArray} values
 * @param {number} depth
 * @returns {any[]}
 */
function assembleMaps(keys, values, depth) {
  const out = []
  for (let i = 0; i < keys.length; i++) {
    if (depth) {
      out.push(assembleMaps(keys[i], values[i], depth - 1)) // go deeper
    } else {
      if (keys[i]) {
        /** @type {Record<string, any>} */
        const obj = {}
        for (let j = 0; j < keys[i].length; j++) {
          const value = values[i][j]
          obj[keys[i][j]] = value === undefined ? null : value
        }
        out.push(obj)
      } else {
        out.push(undefined)
      }
    }
  }
  return out
}

/**
 * Invert a struct-like object by depth.
 *
 * @param {Record<string, any[]>} struct
 * @param {number} depth
 * @returns {any[]}
 */
function invertStruct(struct, depth) {
  const keys = Object.keys(struct)
  const length = struct[keys[0]]?.length
  const out = []
  for (let i = 0; i < length; i++) {
    /** @type {Record<string, any>} */
    const obj = {}
    for (const key of keys) {
      if (struct[key].length !== length) throw new Error('parquet struct parsing error')
      obj[key] = struct[key][i]
    }
    if (depth) {
      out.push(invertStruct(obj, depth - 1)) // deeper
    } else {
      out.push(obj)
    }
  }
  return out
}


/***/ }),

/***/ 9974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  W0: () => (/* binding */ bloomEligibleColumns),
  wv: () => (/* binding */ hashParquetValue),
  Mw: () => (/* binding */ readBloomFilter),
  xo: () => (/* binding */ sbbfContains)
});

// UNUSED EXPORTS: sbbfInsert

// EXTERNAL MODULE: ./node_modules/hyparquet/src/thrift.js
var thrift = __nccwpck_require__(2558);
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/xxhash.js
// XxHash64 (https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md)
// Used by parquet bloom filters: hashes the PLAIN encoding of column values with seed 0.

const MASK = 0xffffffffffffffffn
const PRIME1 = 0x9e3779b185ebca87n
const PRIME2 = 0xc2b2ae3d27d4eb4fn
const PRIME3 = 0x165667b19e3779f9n
const PRIME4 = 0x85ebca77c2b2ae63n
const PRIME5 = 0x27d4eb2f165667c5n

/**
 * @param {bigint} x
 * @param {bigint} r rotation amount in bits (1..63)
 * @returns {bigint}
 */
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK
}

/**
 * @param {bigint} acc
 * @param {bigint} val
 * @returns {bigint}
 */
function round(acc, val) {
  acc = acc + val * PRIME2 & MASK
  acc = rotl64(acc, 31n)
  return acc * PRIME1 & MASK
}

/**
 * @param {bigint} acc
 * @param {bigint} val
 * @returns {bigint}
 */
function mergeRound(acc, val) {
  acc ^= round(0n, val)
  return acc * PRIME1 + PRIME4 & MASK
}

/**
 * Compute the 64-bit xxHash of a byte buffer.
 *
 * @param {Uint8Array} input
 * @param {bigint} [seed]
 * @returns {bigint} 64-bit hash
 */
function xxhash64(input, seed = 0n) {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  const len = input.byteLength
  let offset = 0
  let h64

  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK
    let v2 = seed + PRIME2 & MASK
    let v3 = seed
    let v4 = seed - PRIME1 & MASK

    while (offset + 32 <= len) {
      v1 = round(v1, view.getBigUint64(offset, true)); offset += 8
      v2 = round(v2, view.getBigUint64(offset, true)); offset += 8
      v3 = round(v3, view.getBigUint64(offset, true)); offset += 8
      v4 = round(v4, view.getBigUint64(offset, true)); offset += 8
    }

    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK
    h64 = mergeRound(h64, v1)
    h64 = mergeRound(h64, v2)
    h64 = mergeRound(h64, v3)
    h64 = mergeRound(h64, v4)
  } else {
    h64 = seed + PRIME5 & MASK
  }

  h64 = h64 + BigInt(len) & MASK

  while (offset + 8 <= len) {
    h64 ^= round(0n, view.getBigUint64(offset, true))
    h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK
    offset += 8
  }

  if (offset + 4 <= len) {
    h64 ^= BigInt(view.getUint32(offset, true)) * PRIME1 & MASK
    h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK
    offset += 4
  }

  while (offset < len) {
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK
    h64 = rotl64(h64, 11n) * PRIME1 & MASK
    offset += 1
  }

  h64 ^= h64 >> 33n
  h64 = h64 * PRIME2 & MASK
  h64 ^= h64 >> 29n
  h64 = h64 * PRIME3 & MASK
  h64 ^= h64 >> 32n
  return h64
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/bloom.js
// Split Block Bloom Filter (https://github.com/apache/parquet-format/blob/master/BloomFilter.md)
// A bloom filter is a sequence of 32-byte blocks. Each block holds 8 little-endian uint32 words.
// Insertion sets one bit per word, chosen by salting the low 32 bits of an xxhash64.
// Membership requires all 8 bits to be set; misses are exact, hits are probabilistic.




/**
 * @import {BloomFilter, DataReader, ParquetQueryFilter, SchemaElement} from '../src/types.js'
 */

const textEncoder = new TextEncoder()

const SALT = new Uint32Array([
  0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d,
  0x705495c7, 0x2df1424b, 0x9efc4947, 0x5c6bfb31,
])

/**
 * Map the high 32 bits of a hash to a block index in [0, numBlocks).
 *
 * @param {bigint} hash
 * @param {number} numBlocks
 * @returns {number}
 */
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n)
}

/**
 * Per-block mask: 8 uint32 words, each with a single bit set at position `(low32 * SALT[i]) >> 27`.
 *
 * @param {bigint} hash
 * @returns {Uint32Array}
 */
function blockMask(hash) {
  const m = new Uint32Array(8)
  const low = Number(hash & 0xffffffffn) | 0
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT[i]) >>> 27)
  }
  return m
}

/**
 * Insert a hash into a Split Block Bloom Filter.
 *
 * @param {Uint32Array} blocks bloom filter words (8 * numBlocks long)
 * @param {bigint} hash 64-bit xxhash of the parquet-plain-encoded value
 */
function sbbfInsert(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3
  const m = blockMask(hash)
  for (let i = 0; i < 8; i++) {
    blocks[offset + i] |= m[i]
  }
}

/**
 * Test whether a hash might be present in a Split Block Bloom Filter.
 * False positives are possible; false negatives are not.
 *
 * @param {Uint32Array} blocks bloom filter words (8 * numBlocks long)
 * @param {bigint} hash 64-bit xxhash of the parquet-plain-encoded value
 * @returns {boolean}
 */
function sbbfContains(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3
  const m = blockMask(hash)
  for (let i = 0; i < 8; i++) {
    if ((blocks[offset + i] & m[i]) === 0) return false
  }
  return true
}

/**
 * Parse a Split Block Bloom Filter from a reader positioned at the BloomFilterHeader.
 * Returns undefined when the header advertises an unsupported algorithm, hash, or
 * compression — callers should treat that as "cannot use this bloom filter."
 *
 * @param {DataReader} reader
 * @returns {BloomFilter | undefined}
 */
function readBloomFilter(reader) {
  const header = (0,thrift/* deserializeTCompactProtocol */.Tn)(reader)
  const numBytes = header.field_1
  if (typeof numBytes !== 'number' || numBytes <= 0 || numBytes % 32 !== 0) return undefined
  // BloomFilterAlgorithm / Hash / Compression are unions with a single supported variant each.
  if (!header.field_2?.field_1) return undefined // algorithm must be BLOCK
  if (!header.field_3?.field_1) return undefined // hash must be XXHASH
  if (!header.field_4?.field_1) return undefined // compression must be UNCOMPRESSED

  const { view, offset } = reader
  if (offset + numBytes > view.byteLength) {
    throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength - offset}`)
  }
  // Reader offset is not 4-aligned in general, and we want endian-portable reads.
  const blocks = new Uint32Array(numBytes >> 2)
  for (let i = 0; i < blocks.length; i++) {
    blocks[i] = view.getUint32(offset + i * 4, true)
  }
  reader.offset = offset + numBytes
  return { numBytes, blocks }
}

/**
 * Hash a JS filter value as its parquet PLAIN-encoded bytes, suitable for a
 * bloom filter lookup. Returns undefined when the column's parser is lossy or
 * ambiguous (DATE, TIMESTAMP_*, DECIMAL, JSON, BSON, INT96, FLOAT16, UUID,
 * GEOMETRY, GEOGRAPHY, INTERVAL) or when the JS value type doesn't match the
 * column. Callers must treat undefined as "bloom filter cannot help."
 *
 * @param {any} value
 * @param {SchemaElement} element
 * @returns {bigint | undefined}
 */
function hashParquetValue(value, element) {
  if (value === null || value === undefined) return undefined
  const { type, converted_type, logical_type } = element

  if (type === 'BOOLEAN') {
    if (typeof value !== 'boolean') return undefined
    return xxhash64(new Uint8Array([value ? 1 : 0]))
  }

  if (type === 'FLOAT') {
    if (typeof value !== 'number') return undefined
    const buf = new ArrayBuffer(4)
    new DataView(buf).setFloat32(0, value, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'DOUBLE') {
    if (typeof value !== 'number') return undefined
    const buf = new ArrayBuffer(8)
    new DataView(buf).setFloat64(0, value, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'INT32') {
    if (converted_type === 'DATE' || converted_type === 'DECIMAL' || converted_type === 'TIME_MILLIS') return undefined
    if (logical_type?.type === 'DATE' || logical_type?.type === 'TIME' || logical_type?.type === 'DECIMAL') return undefined
    if (typeof value !== 'number' || !Number.isInteger(value)) return undefined
    const buf = new ArrayBuffer(4)
    new DataView(buf).setInt32(0, value | 0, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'INT64') {
    if (converted_type === 'TIMESTAMP_MILLIS' || converted_type === 'TIMESTAMP_MICROS') return undefined
    if (converted_type === 'TIME_MICROS' || converted_type === 'DECIMAL') return undefined
    if (logical_type?.type === 'TIMESTAMP' || logical_type?.type === 'TIME' || logical_type?.type === 'DECIMAL') return undefined
    let bigValue
    if (typeof value === 'bigint') bigValue = value
    else if (typeof value === 'number' && Number.isSafeInteger(value)) bigValue = BigInt(value)
    else return undefined
    const buf = new ArrayBuffer(8)
    new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'BYTE_ARRAY') {
    if (converted_type === 'JSON' || converted_type === 'BSON' || converted_type === 'DECIMAL') return undefined
    if (logical_type?.type === 'JSON' || logical_type?.type === 'BSON' || logical_type?.type === 'VARIANT') return undefined
    if (logical_type?.type === 'GEOMETRY' || logical_type?.type === 'GEOGRAPHY') return undefined
    if (typeof value === 'string') return xxhash64(textEncoder.encode(value))
    if (value instanceof Uint8Array) return xxhash64(value)
    return undefined
  }

  if (type === 'FIXED_LEN_BYTE_ARRAY') {
    if (converted_type === 'DECIMAL' || converted_type === 'INTERVAL') return undefined
    if (logical_type?.type === 'DECIMAL' || logical_type?.type === 'UUID' || logical_type?.type === 'FLOAT16') return undefined
    if (logical_type?.type === 'GEOMETRY' || logical_type?.type === 'GEOGRAPHY') return undefined
    if (value instanceof Uint8Array) return xxhash64(value)
    return undefined
  }

  // INT96 deprecated, or type missing on group columns
  return undefined
}

/**
 * Top-level column names that appear in $eq or $in predicates within a filter.
 * These are the only columns where a bloom filter can prove a value's absence
 * and let us skip a row group; any other operator can't be helped by a bloom.
 *
 * @param {ParquetQueryFilter | undefined} filter
 * @returns {Set<string>}
 */
function bloomEligibleColumns(filter) {
  /** @type {Set<string>} */
  const out = new Set()
  walkBloomEligible(filter, out)
  return out
}

/**
 * @param {ParquetQueryFilter | undefined} filter
 * @param {Set<string>} out
 */
function walkBloomEligible(filter, out) {
  if (!filter) return
  if ('$and' in filter && Array.isArray(filter.$and)) {
    for (const sub of filter.$and) walkBloomEligible(sub, out)
    return
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    for (const sub of filter.$or) walkBloomEligible(sub, out)
    return
  }
  // $nor would need to prove presence, not absence — bloom can't help.
  if ('$nor' in filter) return
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$')) continue
    if (typeof condition === 'object' && condition !== null && !Array.isArray(condition)) {
      if ('$eq' in condition || '$in' in condition) out.add(field)
    } else {
      // primitive / null / array condition is an implicit $eq
      out.add(field)
    }
  }
}


/***/ }),

/***/ 6167:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ readColumn),
/* harmony export */   wK: () => (/* binding */ parquetHeader)
/* harmony export */ });
/* unused harmony export readPage */
/* harmony import */ var _assemble_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5573);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(312);
/* harmony import */ var _convert_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9234);
/* harmony import */ var _datapage_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6884);
/* harmony import */ var _plain_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4809);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8286);
/* harmony import */ var _thrift_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2558);
/**
 * @import {ColumnDecoder, DataReader, DecodedArray, PageHeader, PageResult, RowGroupSelect, Statistics, SubColumnData} from '../src/types.js'
 */









/**
 * Parse column data from a buffer.
 *
 * @param {DataReader} reader
 * @param {RowGroupSelect} rowGroupSelect row group selection
 * @param {ColumnDecoder} columnDecoder column decoder params
 * @param {(chunk: SubColumnData) => void} [onPage] callback for each page
 * @returns {{ data: DecodedArray[], skipped: number }}
 */
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  const { pathInSchema, schemaPath } = columnDecoder
  const isFlat = (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isFlatColumn */ .g7)(schemaPath)
  /** @type {DecodedArray[]} */
  const chunks = []
  /** @type {DecodedArray | undefined} */
  let dictionary = undefined
  /** @type {DecodedArray | undefined} */
  let lastChunk = undefined
  let rowCount = 0
  let skipped = 0

  const emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount,
    })
  })

  while (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) {
    if (reader.offset >= reader.view.byteLength - 1) break // end of reader

    // read page header
    const header = parquetHeader(reader)
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = readPage(reader, header, columnDecoder, dictionary, undefined, 0)
      if (data) dictionary = (0,_convert_js__WEBPACK_IMPORTED_MODULE_1__/* .convert */ .C6)(data, columnDecoder)
    } else {
      const lastChunkLength = lastChunk?.length || 0
      const result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount)
      if (result.skipped) {
        // skipped page - just advance row count, don't add to chunks
        if (!chunks.length) {
          skipped += result.skipped
        }
        rowCount += result.skipped
      } else if (result.data && lastChunk === result.data) {
        // continued from previous page
        rowCount += result.data.length - lastChunkLength
      } else if (result.data && result.data.length) {
        emitLastChunk?.()
        chunks.push(result.data)
        rowCount += result.data.length
        lastChunk = result.data
      }
    }
  }
  emitLastChunk?.()

  return { data: chunks, skipped }
}

/**
 * Read a page (data or dictionary) from a buffer.
 *
 * @param {DataReader} reader
 * @param {PageHeader} header
 * @param {ColumnDecoder} columnDecoder
 * @param {DecodedArray | undefined} dictionary
 * @param {DecodedArray | undefined} previousChunk
 * @param {number} pageStart skip this many rows in the page
 * @returns {PageResult}
 */
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  // read compressed_page_size bytes
  const compressedBytes = new Uint8Array(
    reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size
  )
  reader.offset += header.compressed_page_size

  // parse page data by type
  if (header.type === 'DATA_PAGE') {
    const daph = header.data_page_header
    if (!daph) throw new Error('parquet data page header is undefined')

    // skip unnecessary non-nested pages
    if (pageStart > daph.num_values && (0,_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .isFlatColumn */ .g7)(schemaPath)) {
      return { skipped: daph.num_values }
    }

    const page = (0,_datapage_js__WEBPACK_IMPORTED_MODULE_2__/* .decompressPage */ .tC)(compressedBytes, Number(header.uncompressed_page_size), codec, compressors)
    const { definitionLevels, repetitionLevels, dataPage } = (0,_datapage_js__WEBPACK_IMPORTED_MODULE_2__/* .readDataPage */ .kS)(page, daph, columnDecoder)
    // assert(!daph.statistics?.null_count || daph.statistics.null_count === BigInt(daph.num_values - dataPage.length))

    // convert types, dereference dictionary, and assemble lists
    const values = (0,_convert_js__WEBPACK_IMPORTED_MODULE_1__/* .convertWithDictionary */ .Km)(dataPage, dictionary, daph.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = (0,_assemble_js__WEBPACK_IMPORTED_MODULE_3__/* .assembleLists */ .g)(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DATA_PAGE_V2') {
    const daph2 = header.data_page_header_v2
    if (!daph2) throw new Error('parquet data page header v2 is undefined')

    // skip unnecessary pages
    if (pageStart > daph2.num_rows) {
      return { skipped: daph2.num_rows }
    }

    const { definitionLevels, repetitionLevels, dataPage } =
      (0,_datapage_js__WEBPACK_IMPORTED_MODULE_2__/* .readDataPageV2 */ .uD)(compressedBytes, header, columnDecoder)

    // convert types, dereference dictionary, and assemble lists
    const values = (0,_convert_js__WEBPACK_IMPORTED_MODULE_1__/* .convertWithDictionary */ .Km)(dataPage, dictionary, daph2.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = (0,_assemble_js__WEBPACK_IMPORTED_MODULE_3__/* .assembleLists */ .g)(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DICTIONARY_PAGE') {
    const diph = header.dictionary_page_header
    if (!diph) throw new Error('parquet dictionary page header is undefined')

    const page = (0,_datapage_js__WEBPACK_IMPORTED_MODULE_2__/* .decompressPage */ .tC)(
      compressedBytes, Number(header.uncompressed_page_size), codec, compressors
    )

    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }
    const dictArray = (0,_plain_js__WEBPACK_IMPORTED_MODULE_4__/* .readPlain */ .r)(reader, type, diph.num_values, element.type_length)
    return { skipped: 0, data: dictArray }
  } else {
    throw new Error(`parquet unsupported page type: ${header.type}`)
  }
}

/**
 * Read a page header from a buffer, leaving the reader at the start of the page data.
 *
 * @param {DataReader} reader
 * @returns {PageHeader}
 */
function parquetHeader(reader) {
  const header = (0,_thrift_js__WEBPACK_IMPORTED_MODULE_5__/* .deserializeTCompactProtocol */ .Tn)(reader)

  // Parse parquet header from thrift data
  const type = _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .PageTypes */ .P2[header.field_1]
  const uncompressed_page_size = header.field_2
  const compressed_page_size = header.field_3
  const crc = header.field_4
  const data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .Encodings */ .p6[header.field_5.field_2],
    definition_level_encoding: _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .Encodings */ .p6[header.field_5.field_3],
    repetition_level_encoding: _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .Encodings */ .p6[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5),
  }
  const index_page_header = header.field_6
  const dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .Encodings */ .p6[header.field_7.field_2],
    is_sorted: header.field_7.field_3,
  }
  const data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: _constants_js__WEBPACK_IMPORTED_MODULE_6__/* .Encodings */ .p6[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === undefined ? true : header.field_8.field_7, // default true
    statistics: pageStatistics(header.field_8.field_8),
  }

  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2,
  }
}

/**
 * @param {any} stats thrift Statistics struct
 * @returns {Statistics | undefined}
 */
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}


/***/ }),

/***/ 312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ ParquetTypes),
/* harmony export */   I7: () => (/* binding */ EdgeInterpolationAlgorithms),
/* harmony export */   IE: () => (/* binding */ CompressionCodecs),
/* harmony export */   Nw: () => (/* binding */ FieldRepetitionTypes),
/* harmony export */   P2: () => (/* binding */ PageTypes),
/* harmony export */   UQ: () => (/* binding */ BoundaryOrders),
/* harmony export */   gQ: () => (/* binding */ ConvertedTypes),
/* harmony export */   p6: () => (/* binding */ Encodings)
/* harmony export */ });

/** @type {import('../src/types.d.ts').ParquetType[]} */
const ParquetTypes = [
  'BOOLEAN',
  'INT32',
  'INT64',
  'INT96', // deprecated
  'FLOAT',
  'DOUBLE',
  'BYTE_ARRAY',
  'FIXED_LEN_BYTE_ARRAY',
]

/** @type {import('../src/types.d.ts').Encoding[]} */
const Encodings = [
  'PLAIN',
  'GROUP_VAR_INT', // deprecated
  'PLAIN_DICTIONARY',
  'RLE',
  'BIT_PACKED', // deprecated
  'DELTA_BINARY_PACKED',
  'DELTA_LENGTH_BYTE_ARRAY',
  'DELTA_BYTE_ARRAY',
  'RLE_DICTIONARY',
  'BYTE_STREAM_SPLIT',
  'ALP',
]

/** @type {import('../src/types.d.ts').FieldRepetitionType[]} */
const FieldRepetitionTypes = [
  'REQUIRED',
  'OPTIONAL',
  'REPEATED',
]

/** @type {import('../src/types.d.ts').ConvertedType[]} */
const ConvertedTypes = [
  'UTF8',
  'MAP',
  'MAP_KEY_VALUE',
  'LIST',
  'ENUM',
  'DECIMAL',
  'DATE',
  'TIME_MILLIS',
  'TIME_MICROS',
  'TIMESTAMP_MILLIS',
  'TIMESTAMP_MICROS',
  'UINT_8',
  'UINT_16',
  'UINT_32',
  'UINT_64',
  'INT_8',
  'INT_16',
  'INT_32',
  'INT_64',
  'JSON',
  'BSON',
  'INTERVAL',
]

/** @type {import('../src/types.d.ts').CompressionCodec[]} */
const CompressionCodecs = [
  'UNCOMPRESSED',
  'SNAPPY',
  'GZIP',
  'LZO',
  'BROTLI',
  'LZ4',
  'ZSTD',
  'LZ4_RAW',
]

/** @type {import('../src/types.d.ts').PageType[]} */
const PageTypes = [
  'DATA_PAGE',
  'INDEX_PAGE',
  'DICTIONARY_PAGE',
  'DATA_PAGE_V2',
]

/** @type {import('../src/types.d.ts').BoundaryOrder[]} */
const BoundaryOrders = [
  'UNORDERED',
  'ASCENDING',
  'DESCENDING',
]

/** @type {import('../src/types.d.ts').EdgeInterpolationAlgorithm[]} */
const EdgeInterpolationAlgorithms = [
  'SPHERICAL',
  'VINCENTY',
  'THOMAS',
  'ANDOYER',
  'KARNEY',
]


/***/ }),

/***/ 9234:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Rc: () => (/* binding */ DEFAULT_PARSERS),
  C6: () => (/* binding */ convert),
  Km: () => (/* binding */ convertWithDictionary),
  $Q: () => (/* binding */ parseDecimal),
  dq: () => (/* binding */ parseFloat16)
});

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/wkb.js
/**
 * WKB (Well-Known Binary) decoder for geometry objects.
 *
 * @param {DataReader} reader
 * @returns {Geometry} geometry object
 */
function wkbToGeojson(reader) {
  const flags = getFlags(reader)

  if (flags.type === 1) { // Point
    return { type: 'Point', coordinates: readPosition(reader, flags) }
  } else if (flags.type === 2) { // LineString
    return { type: 'LineString', coordinates: readLine(reader, flags) }
  } else if (flags.type === 3) { // Polygon
    return { type: 'Polygon', coordinates: readPolygon(reader, flags) }
  } else if (flags.type === 4) { // MultiPoint
    const points = []
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)))
    }
    return { type: 'MultiPoint', coordinates: points }
  } else if (flags.type === 5) { // MultiLineString
    const lines = []
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)))
    }
    return { type: 'MultiLineString', coordinates: lines }
  } else if (flags.type === 6) { // MultiPolygon
    const polygons = []
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)))
    }
    return { type: 'MultiPolygon', coordinates: polygons }
  } else if (flags.type === 7) { // GeometryCollection
    const geometries = []
    for (let i = 0; i < flags.count; i++) {
      geometries.push(wkbToGeojson(reader))
    }
    return { type: 'GeometryCollection', geometries }
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`)
  }
}

/**
 * Extract ISO WKB flags and base geometry type.
 *
 * @param {DataReader} reader
 * @returns {WkbFlags}
 */
function getFlags(reader) {
  const { view } = reader
  const littleEndian = view.getUint8(reader.offset++) === 1
  const rawType = view.getUint32(reader.offset, littleEndian)
  reader.offset += 4

  const type = rawType % 1000
  const flags = Math.floor(rawType / 1000)

  let count = 0
  if (type > 1 && type <= 7) {
    count = view.getUint32(reader.offset, littleEndian)
    reader.offset += 4
  }

  // XY, XYZ, XYM, XYZM
  let dim = 2
  if (flags) dim++
  if (flags === 3) dim++

  return { littleEndian, type, dim, count }
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[]}
 */
function readPosition(reader, flags) {
  const points = []
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian)
    reader.offset += 8
    points.push(coord)
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][]}
 */
function readLine(reader, flags) {
  const points = []
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags))
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][][]}
 */
function readPolygon(reader, flags) {
  const { view } = reader
  const rings = []
  for (let r = 0; r < flags.count; r++) {
    const count = view.getUint32(reader.offset, flags.littleEndian)
    reader.offset += 4
    rings.push(readLine(reader, { ...flags, count }))
  }
  return rings
}

/**
 * @typedef {object} WkbFlags
 * @property {boolean} littleEndian
 * @property {number} type
 * @property {number} dim
 * @property {number} count
 */

/**
 * @import {DataReader, Geometry} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/convert.js


/**
 * @import {ColumnDecoder, DecodedArray, Encoding, ParquetParsers} from '../src/types.js'
 */

const decoder = new TextDecoder()

/**
 * Default type parsers when no custom ones are given
 * @type ParquetParsers
 */
const DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis))
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n))
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n))
  },
  dateFromDays(days) {
    return new Date(days * 86400000)
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes)
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes))
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  uuidFromBytes(bytes) {
    if (!bytes) return undefined
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20, 32)
  },
}

/**
 * Convert known types from primitive to rich, and dereference dictionary.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {DecodedArray | undefined} dictionary
 * @param {Encoding} encoding
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith('_DICTIONARY')) {
    let output = data
    if (data instanceof Uint8Array && !(dictionary instanceof Uint8Array)) {
      // @ts-expect-error upgrade data to match dictionary type with fancy constructor
      output = new dictionary.constructor(data.length)
    }
    for (let i = 0; i < data.length; i++) {
      output[i] = dictionary[data[i]]
    }
    return output
  } else {
    return convert(data, columnDecoder)
  }
}

/**
 * Convert known types from primitive to rich.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convert(data, columnDecoder) {
  const { element, parsers, utf8 = true, schemaPath } = columnDecoder
  const { type, converted_type: ctype, logical_type: ltype } = element
  const nullable = element.repetition_type !== 'REQUIRED'

  // FILE inline data is binary, even when utf8 conversion is enabled.
  if (type === 'BYTE_ARRAY' && element.name === 'inline' && schemaPath?.at(-2)?.element.logical_type?.type === 'FILE') {
    return data
  }

  // Skip utf8 conversion for plain BYTE_ARRAY inside VARIANT
  const isVariant = schemaPath?.some(s => s.element.logical_type?.type === 'VARIANT')
  if (isVariant && type === 'BYTE_ARRAY' && ctype !== 'UTF8' && ltype?.type !== 'STRING') {
    return data
  }
  if (ctype === 'DECIMAL') {
    const scale = element.scale || 0
    // divide rather than multiply by 10 ** -scale, which is inexact
    // (3 * 10 ** -1 is 0.30000000000000004, 3 / 10 ** 1 is 0.3)
    const factor = 10 ** scale
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      if (data[i] instanceof Uint8Array) {
        // Large scales can overflow the divisor while the result is still representable.
        arr[i] = scale > 308 ? parseDecimal(data[i]) * 10 ** -scale : parseDecimal(data[i]) / factor
      } else {
        arr[i] = Number(data[i]) / factor
      }
    }
    return arr
  }
  if (!ctype && type === 'INT96') {
    return Array.from(data).map(v => parsers.timestampFromNanoseconds(parseInt96Nanos(v)))
  }
  if (ctype === 'DATE') {
    return Array.from(data).map(v => parsers.dateFromDays(v))
  }
  if (ctype === 'TIMESTAMP_MILLIS') {
    return Array.from(data).map(v => parsers.timestampFromMilliseconds(v))
  }
  if (ctype === 'TIMESTAMP_MICROS') {
    return Array.from(data).map(v => parsers.timestampFromMicroseconds(v))
  }
  if (ctype === 'JSON') {
    return data.map(v => parsers.jsonFromBytes(v))
  }
  if (ctype === 'BSON') {
    throw new Error('parquet bson not supported')
  }
  if (ctype === 'INTERVAL') {
    throw new Error('parquet interval not supported')
  }
  if (ltype?.type === 'GEOMETRY') {
    return data.map(v => parsers.geometryFromBytes(v))
  }
  if (ltype?.type === 'GEOGRAPHY') {
    return data.map(v => parsers.geographyFromBytes(v))
  }
  if (ltype?.type === 'UUID') {
    return data.map(v => parsers.uuidFromBytes(v))
  }
  if (ctype === 'UTF8' || ltype?.type === 'STRING' || utf8 && type === 'BYTE_ARRAY') {
    return data.map(v => parsers.stringFromBytes(v))
  }
  if (ctype === 'UINT_64' || ltype?.type === 'INTEGER' && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length)
    for (let i = 0; i < arr.length; i++) arr[i] = data[i]
    return arr
  }
  if (ctype === 'UINT_32' || ltype?.type === 'INTEGER' && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new Uint32Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i]
    }
    return arr
  }
  if (ltype?.type === 'FLOAT16') {
    return Array.from(data).map(parseFloat16)
  }
  if (ltype?.type === 'TIMESTAMP') {
    const { unit } = ltype
    /** @type {ParquetParsers[keyof ParquetParsers]} */
    let parser = parsers.timestampFromMilliseconds
    if (unit === 'MICROS') parser = parsers.timestampFromMicroseconds
    if (unit === 'NANOS') parser = parsers.timestampFromNanoseconds
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = parser(data[i])
    }
    return arr
  }
  return data
}

/**
 * @param {Uint8Array} bytes
 * @returns {number}
 */
function parseDecimal(bytes) {
  if (!bytes.length) return 0

  let value = 0n
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte)
  }

  // handle signed
  const bits = bytes.length * 8
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits)
  }

  return Number(value)
}

/**
 * Converts INT96 date format (hi 32bit days, lo 64bit nanos) to nanos since epoch
 * @param {bigint} value
 * @returns {bigint}
 */
function parseInt96Nanos(value) {
  const days = (value >> 64n) - 2440588n
  const nano = value & 0xffffffffffffffffn
  return days * 86400000000000n + nano
}

/**
 * @param {Uint8Array | undefined} bytes
 * @returns {number | undefined}
 */
function parseFloat16(bytes) {
  if (!bytes) return undefined
  const int16 = bytes[1] << 8 | bytes[0]
  const sign = int16 >> 15 ? -1 : 1
  const exp = int16 >> 10 & 0x1f
  const frac = int16 & 0x3ff
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024) // subnormals
  if (exp === 0x1f) return frac ? NaN : sign * Infinity
  return sign * 2 ** (exp - 15) * (1 + frac / 1024)
}


/***/ }),

/***/ 6884:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tC: () => (/* binding */ decompressPage),
  kS: () => (/* binding */ readDataPage),
  uD: () => (/* binding */ readDataPageV2)
});

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/alp.js
/**
 * ALP (Adaptive Lossless floating-Point) encoding decoder.
 * Supports FLOAT and DOUBLE types.
 *
 * ALP encodes floating-point values by converting them to integers using
 * decimal scaling, then applying frame of reference (FOR) encoding and
 * bit-packing. Values that cannot be losslessly converted are stored as exceptions.
 *
 * See https://github.com/apache/parquet-format/blob/master/AlpEncoding.md
 */

// Correctly-rounded powers of ten (all exactly representable as doubles)
const POW10 = [
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
  1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
]
const POW10_NEG = [
  1e0, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9,
  1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18,
]
// float32 versions for FLOAT decoding (exponent range [0, 10])
const POW10F = POW10.slice(0, 11).map(Math.fround)
const POW10F_NEG = POW10_NEG.slice(0, 11).map(Math.fround)

/**
 * Decode ALP encoded data.
 *
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.d.ts'
 * @param {DataReader} reader - data reader positioned at start of ALP data
 * @param {number} count - number of values to decode
 * @param {ParquetType} type - FLOAT or DOUBLE
 * @returns {DecodedArray} decoded float or double array
 */
function alpDecode(reader, count, type) {
  if (type === 'FLOAT') {
    return alpDecodeFloat(reader, count)
  } else if (type === 'DOUBLE') {
    return alpDecodeDouble(reader, count)
  } else {
    throw new Error(`ALP encoding unsupported type: ${type}`)
  }
}

/**
 * Read the ALP page header and offset array, returning vector layout info.
 *
 * @param {DataReader} reader
 * @returns {{ vectorSize: number, numElements: number, numVectors: number, offsetArrayStart: number }}
 */
function readAlpHeader(reader) {
  const { view } = reader
  const compressionMode = view.getUint8(reader.offset++)
  if (compressionMode !== 0) {
    throw new Error(`ALP unsupported compression mode: ${compressionMode}`)
  }
  const integerEncoding = view.getUint8(reader.offset++)
  if (integerEncoding !== 0) {
    throw new Error(`ALP unsupported integer encoding: ${integerEncoding}`)
  }
  const logVectorSize = view.getUint8(reader.offset++)
  if (logVectorSize < 3 || logVectorSize > 15) {
    throw new Error(`ALP invalid log_vector_size: ${logVectorSize}`)
  }
  const vectorSize = 1 << logVectorSize
  const numElements = view.getInt32(reader.offset, true)
  reader.offset += 4
  const numVectors = Math.ceil(numElements / vectorSize)
  const offsetArrayStart = reader.offset
  reader.offset += numVectors * 4
  return { vectorSize, numElements, numVectors, offsetArrayStart }
}

/**
 * Decode ALP encoded float data.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float32Array}
 */
function alpDecodeFloat(reader, count) {
  const { view } = reader
  const { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader)
  if (numElements !== count) {
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`)
  }

  const output = new Float32Array(count)
  const outputBytes = new Uint8Array(output.buffer)

  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, true)
    const outputOffset = v * vectorSize
    const n = Math.min(vectorSize, numElements - outputOffset)

    // AlpInfo (4 bytes)
    const exponent = view.getUint8(reader.offset++)
    const factor = view.getUint8(reader.offset++)
    const numExceptions = view.getUint16(reader.offset, true)
    reader.offset += 2

    // ForInfo (5 bytes)
    const frameOfReference = view.getInt32(reader.offset, true)
    reader.offset += 4
    const bitWidth = view.getUint8(reader.offset++)

    // PackedValues
    const deltas = unpackBits(reader, n, bitWidth)

    // Reverse FOR (wrapping int32) and decimal decode in float32 arithmetic
    const mulFactor = POW10F[factor]
    const mulExponent = POW10F_NEG[exponent]
    for (let i = 0; i < n; i++) {
      const encoded = deltas[i] + frameOfReference | 0
      output[outputOffset + i] = Math.fround(Math.fround(encoded) * mulFactor) * mulExponent
    }

    patchExceptions(reader, numExceptions, 4, outputBytes, outputOffset)
  }

  return output
}

/**
 * Decode ALP encoded double data.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float64Array}
 */
function alpDecodeDouble(reader, count) {
  const { view } = reader
  const { vectorSize, numElements, numVectors, offsetArrayStart } = readAlpHeader(reader)
  if (numElements !== count) {
    throw new Error(`ALP num_elements ${numElements} does not match expected ${count}`)
  }

  const output = new Float64Array(count)
  const outputBytes = new Uint8Array(output.buffer)

  for (let v = 0; v < numVectors; v++) {
    reader.offset = offsetArrayStart + view.getUint32(offsetArrayStart + v * 4, true)
    const outputOffset = v * vectorSize
    const n = Math.min(vectorSize, numElements - outputOffset)

    // AlpInfo (4 bytes)
    const exponent = view.getUint8(reader.offset++)
    const factor = view.getUint8(reader.offset++)
    const numExceptions = view.getUint16(reader.offset, true)
    reader.offset += 2

    // ForInfo (9 bytes)
    const frameOfReference = view.getBigInt64(reader.offset, true)
    reader.offset += 8
    const bitWidth = view.getUint8(reader.offset++)

    const mulFactor = POW10[factor]
    const mulExponent = POW10_NEG[exponent]
    const forNumber = Number(frameOfReference)
    if (bitWidth <= 32 && Number.isSafeInteger(forNumber)) {
      // Fast path: deltas and frame of reference are exact as doubles,
      // so delta + FOR rounds identically to an int64 -> double cast.
      const deltas = unpackBits(reader, n, bitWidth)
      for (let i = 0; i < n; i++) {
        output[outputOffset + i] = (deltas[i] + forNumber) * mulFactor * mulExponent
      }
    } else {
      // Wide values: use BigInt for exact wrapping int64 arithmetic
      const deltas = unpackBitsBig(reader, n, bitWidth)
      for (let i = 0; i < n; i++) {
        const encoded = BigInt.asIntN(64, deltas[i] + frameOfReference)
        output[outputOffset + i] = Number(encoded) * mulFactor * mulExponent
      }
    }

    patchExceptions(reader, numExceptions, 8, outputBytes, outputOffset)
  }

  return output
}

/**
 * Read exception positions and values, and copy the raw IEEE-754 bytes
 * into the output (preserving NaN payloads bit-for-bit).
 *
 * @param {DataReader} reader
 * @param {number} numExceptions
 * @param {number} byteSize - 4 for float, 8 for double
 * @param {Uint8Array} outputBytes - byte view of the output array
 * @param {number} outputOffset - element index of the current vector
 */
function patchExceptions(reader, numExceptions, byteSize, outputBytes, outputOffset) {
  if (!numExceptions) return
  const { view } = reader
  const positionsStart = reader.offset
  const valuesStart = positionsStart + numExceptions * 2
  const source = new Uint8Array(view.buffer, view.byteOffset + valuesStart, numExceptions * byteSize)
  for (let e = 0; e < numExceptions; e++) {
    const pos = view.getUint16(positionsStart + e * 2, true)
    const dest = (outputOffset + pos) * byteSize
    outputBytes.set(source.subarray(e * byteSize, (e + 1) * byteSize), dest)
  }
  reader.offset = valuesStart + numExceptions * byteSize
}

/**
 * Unpack LSB-first bit-packed unsigned values with bitWidth <= 32.
 * Consumes ceil(count * bitWidth / 8) bytes from the reader.
 *
 * @param {DataReader} reader
 * @param {number} count - number of values to unpack
 * @param {number} bitWidth - bits per value
 * @returns {Uint32Array}
 */
function unpackBits(reader, count, bitWidth) {
  const output = new Uint32Array(count)
  if (!bitWidth) return output
  const { view } = reader
  const start = reader.offset
  const modulus = 2 ** bitWidth
  let bitPos = 0
  for (let i = 0; i < count; i++) {
    let byteIndex = start + (bitPos >>> 3)
    const shift = bitPos & 7
    // accumulate as a double to avoid 32-bit overflow (at most 40 bits needed)
    let value = view.getUint8(byteIndex++) >>> shift
    let bits = 8 - shift
    while (bits < bitWidth) {
      value += view.getUint8(byteIndex++) * 2 ** bits
      bits += 8
    }
    output[i] = value % modulus
    bitPos += bitWidth
  }
  reader.offset = start + Math.ceil(count * bitWidth / 8)
  return output
}

/**
 * Unpack LSB-first bit-packed unsigned values with bitWidth <= 64 as BigInts.
 * Consumes ceil(count * bitWidth / 8) bytes from the reader.
 *
 * @param {DataReader} reader
 * @param {number} count - number of values to unpack
 * @param {number} bitWidth - bits per value
 * @returns {BigUint64Array}
 */
function unpackBitsBig(reader, count, bitWidth) {
  const output = new BigUint64Array(count)
  if (!bitWidth) return output
  const { view } = reader
  const start = reader.offset
  const mask = (1n << BigInt(bitWidth)) - 1n
  let buffer = 0n
  let bitsInBuffer = 0
  let byteIndex = start
  for (let i = 0; i < count; i++) {
    while (bitsInBuffer < bitWidth) {
      buffer |= BigInt(view.getUint8(byteIndex++)) << BigInt(bitsInBuffer)
      bitsInBuffer += 8
    }
    output[i] = buffer & mask
    buffer >>= BigInt(bitWidth)
    bitsInBuffer -= bitWidth
  }
  reader.offset = start + Math.ceil(count * bitWidth / 8)
  return output
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/thrift.js
var thrift = __nccwpck_require__(2558);
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/delta.js
/**
 * @import {DataReader} from '../src/types.js'
 */



/**
 * @param {DataReader} reader
 * @param {number} count number of values to read
 * @param {Int32Array | BigInt64Array} output
 */
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output)
    return
  }
  const blockSize = (0,thrift/* readVarInt */.pT)(reader)
  const miniblockPerBlock = (0,thrift/* readVarInt */.pT)(reader)
  ;(0,thrift/* readVarInt */.pT)(reader) // assert(=== count)
  let value = (0,thrift/* readZigZagBigInt */.GD)(reader) // first value
  let outputIndex = 0
  output[outputIndex++] = value

  const valuesPerMiniblock = blockSize / miniblockPerBlock

  while (outputIndex < count) {
    // new block
    const minDelta = (0,thrift/* readZigZagBigInt */.GD)(reader)
    const bitWidths = new Uint8Array(miniblockPerBlock)
    for (let i = 0; i < miniblockPerBlock; i++) {
      bitWidths[i] = reader.view.getUint8(reader.offset++)
    }

    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      // new miniblock
      const bitWidth = bitWidths[i]
      if (bitWidth) {
        // Miniblock data lengths are multiples of four bytes.
        let bitpackPos = 0
        let miniblockCount = valuesPerMiniblock
        const mask = (1n << BigInt(bitWidth)) - 1n
        while (miniblockCount && outputIndex < count) {
          let bits = BigInt(reader.view.getUint32(reader.offset, true) >>> bitpackPos) & mask // TODO: don't re-read value every time
          bitpackPos += bitWidth
          while (bitpackPos >= 32) {
            bitpackPos -= 32
            reader.offset += 4
            if (bitpackPos) {
              bits |= BigInt(reader.view.getUint32(reader.offset, true)) << BigInt(bitWidth - bitpackPos) & mask
            }
          }
          const delta = minDelta + bits
          value += delta
          output[outputIndex++] = value
          miniblockCount--
        }
        if (miniblockCount) {
          // consume leftover miniblock
          reader.offset += Math.ceil((miniblockCount * bitWidth + bitpackPos) / 8)
        }
      } else {
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
          value += minDelta
          output[outputIndex++] = value
        }
      }
    }
  }
}

/**
 * Decode INT32 without BigInt arithmetic in the per-value loop.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {Int32Array} output
 */
function deltaBinaryUnpackInt32(reader, count, output) {
  const blockSize = (0,thrift/* readVarInt */.pT)(reader)
  const miniblockPerBlock = (0,thrift/* readVarInt */.pT)(reader)
  ;(0,thrift/* readVarInt */.pT)(reader)
  let value = (0,thrift/* readZigZag */.fN)(reader)
  let outputIndex = 0
  output[outputIndex++] = value
  const valuesPerMiniblock = blockSize / miniblockPerBlock
  const { view } = reader
  while (outputIndex < count) {
    const minDelta = readZigZagInt33(reader)
    const bitWidthsOffset = reader.offset
    let offset = bitWidthsOffset + miniblockPerBlock
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth = view.getUint8(bitWidthsOffset + i)
      const end = offset + valuesPerMiniblock * bitWidth / 8
      let bitOffset = 0
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0
        let bitsRead = 0
        while (bitsRead < bitWidth) {
          const bitsToRead = Math.min(8 - bitOffset, bitWidth - bitsRead)
          // Residual bits at 32 and above vanish modulo 2^32.
          if (bitsRead < 32) {
            residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead
          }
          bitsRead += bitsToRead
          bitOffset += bitsToRead
          if (bitOffset === 8) {
            bitOffset = 0
            offset++
          }
        }
        // Parquet INT32 delta arithmetic wraps in two's complement.
        value = value + minDelta + residual | 0
        output[outputIndex++] = value
      }
      // Consume the entire padded miniblock, but not unused miniblock bodies.
      offset = end
    }
    reader.offset = offset
  }
}

/**
 * Read a zigzag varint modulo 2^32. INT32 deltas can need 33 bits, which
 * readZigZag truncates, but only the low 32 bits of the decoded value matter.
 * readVarInt keeps the low 32 zigzag bits of a 5-byte varint; bit 32 is bit 4
 * of the fifth byte. Reusing readVarInt keeps the caller's hot loop fast.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZagInt33(reader) {
  const start = reader.offset
  const low = (0,thrift/* readVarInt */.pT)(reader)
  const high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0
  return (low >>> 1 | high << 31) ^ -(low & 1)
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaLengthByteArray(reader, count, output) {
  const lengths = new Int32Array(count)
  deltaBinaryUnpack(reader, count, lengths)
  for (let i = 0; i < count; i++) {
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i])
    reader.offset += lengths[i]
  }
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaByteArray(reader, count, output) {
  const prefixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, prefixData)
  const suffixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, suffixData)

  for (let i = 0; i < count; i++) {
    const suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i])
    if (prefixData[i]) {
      // copy from previous value
      output[i] = new Uint8Array(prefixData[i] + suffixData[i])
      output[i].set(output[i - 1].subarray(0, prefixData[i]))
      output[i].set(suffix, prefixData[i])
    } else {
      output[i] = suffix
    }
    reader.offset += suffixData[i]
  }
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var encoding = __nccwpck_require__(3448);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __nccwpck_require__(4809);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __nccwpck_require__(8286);
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/snappy.js
/**
 * The MIT License (MIT)
 * Copyright (c) 2016 Zhipeng Jia
 * https://github.com/zhipeng-jia/snappyjs
 */

const WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff]

/**
 * Copy bytes from one array to another
 *
 * @param {Uint8Array} fromArray source array
 * @param {number} fromPos source position
 * @param {Uint8Array} toArray destination array
 * @param {number} toPos destination position
 * @param {number} length number of bytes to copy
 */
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i]
  }
}

/**
 * Decompress snappy data.
 * Accepts an output buffer to avoid allocating a new buffer for each call.
 *
 * @param {Uint8Array} input compressed data
 * @param {Uint8Array} output output buffer
 */
function snappyUncompress(input, output) {
  const inputLength = input.byteLength
  const outputLength = output.byteLength
  let pos = 0
  let outPos = 0

  // skip preamble (contains uncompressed length as varint)
  while (pos < inputLength) {
    const c = input[pos]
    pos++
    if (c < 128) {
      break
    }
  }
  if (outputLength && pos >= inputLength) {
    throw new Error('invalid snappy length header')
  }

  while (pos < inputLength) {
    const c = input[pos]
    let len = 0
    pos++

    if (pos >= inputLength) {
      throw new Error('missing eof marker')
    }

    // There are two types of elements, literals and copies (back references)
    if ((c & 0x3) === 0) {
      // Literals are uncompressed data stored directly in the byte stream
      let len = (c >>> 2) + 1
      // Longer literal length is encoded in multiple bytes
      if (len > 60) {
        if (pos + 3 >= inputLength) {
          throw new Error('snappy error literal pos + 3 >= inputLength')
        }
        const lengthSize = len - 60 // length bytes - 1
        len = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        len = (len & WORD_MASK[lengthSize]) + 1
        pos += lengthSize
      }
      if (pos + len > inputLength) {
        throw new Error('snappy error literal exceeds input length')
      }
      copyBytes(input, pos, output, outPos, len)
      pos += len
      outPos += len
    } else {
      // Copy elements
      let offset = 0 // offset back from current position to read
      switch (c & 0x3) {
      case 1:
        // Copy with 1-byte offset
        len = (c >>> 2 & 0x7) + 4
        offset = input[pos] + (c >>> 5 << 8)
        pos++
        break
      case 2:
        // Copy with 2-byte offset
        if (inputLength <= pos + 1) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos] + (input[pos + 1] << 8)
        pos += 2
        break
      case 3:
        // Copy with 4-byte offset
        if (inputLength <= pos + 3) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        pos += 4
        break
      default:
        break
      }
      if (offset === 0 || isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`)
      }
      if (offset > outPos) {
        throw new Error('cannot copy from before start of buffer')
      }
      copyBytes(output, outPos - offset, output, outPos, len)
      outPos += len
    }
  }

  if (outPos !== outputLength) throw new Error('premature end of input')
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/datapage.js
/**
 * @import {ColumnDecoder, CompressionCodec, Compressors, DataPage, DataPageHeader, DataPageHeaderV2, DataReader, DecodedArray, PageHeader, SchemaTree} from '../src/types.js'
 */








/**
 * Read a data page from uncompressed reader.
 *
 * @param {Uint8Array} bytes raw page data (should already be decompressed)
 * @param {DataPageHeader} daph data page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const reader = { view, offset: 0 }
  /** @type {DecodedArray} */
  let dataPage

  // repetition and definition levels
  const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath)
  // assert(!repetitionLevels.length || repetitionLevels.length === daph.num_values)
  const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath)
  // assert(!definitionLevels.length || definitionLevels.length === daph.num_values)

  // read values based on encoding
  const nValues = daph.num_values - numNulls
  if (daph.encoding === 'PLAIN') {
    dataPage = (0,plain/* readPlain */.r)(reader, type, nValues, element.type_length)
  } else if (
    daph.encoding === 'PLAIN_DICTIONARY' ||
    daph.encoding === 'RLE_DICTIONARY' ||
    daph.encoding === 'RLE'
  ) {
    const bitWidth = type === 'BOOLEAN' ? 1 : view.getUint8(reader.offset++)
    if (bitWidth) {
      dataPage = new Array(nValues)
      if (type === 'BOOLEAN') {
        (0,encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth, dataPage)
        dataPage = dataPage.map(x => !!x) // convert to boolean
      } else {
        // assert(daph.encoding.endsWith('_DICTIONARY'))
        (0,encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth, dataPage, view.byteLength - reader.offset)
      }
    } else {
      dataPage = new Uint8Array(nValues) // nValue zeroes
    }
  } else if (daph.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = (0,encoding/* byteStreamSplit */.L)(reader, nValues, type, element.type_length)
  } else if (daph.encoding === 'ALP') {
    dataPage = alpDecode(reader, nValues, type)
  } else if (daph.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(reader, nValues, dataPage)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels and number of bytes read
 */
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    const maxRepetitionLevel = (0,schema/* getMaxRepetitionLevel */.qt)(schemaPath)
    if (maxRepetitionLevel) {
      const values = new Array(daph.num_values)
      ;(0,encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth(maxRepetitionLevel), values)
      return values
    }
  }
  return []
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {{ definitionLevels: number[], numNulls: number }} definition levels
 */
function readDefinitionLevels(reader, daph, schemaPath) {
  const maxDefinitionLevel = (0,schema/* getMaxDefinitionLevel */.mM)(schemaPath)
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 }

  const definitionLevels = new Array(daph.num_values)
  ;(0,encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth(maxDefinitionLevel), definitionLevels)

  // count nulls
  let numNulls = daph.num_values
  for (const def of definitionLevels) {
    if (def === maxDefinitionLevel) numNulls--
  }
  if (numNulls === 0) definitionLevels.length = 0

  return { definitionLevels, numNulls }
}

/**
 * @param {Uint8Array} compressedBytes
 * @param {number} uncompressed_page_size
 * @param {CompressionCodec} codec
 * @param {Compressors | undefined} compressors
 * @returns {Uint8Array}
 */
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
  /** @type {Uint8Array} */
  let page
  const customDecompressor = compressors?.[codec]
  if (codec === 'UNCOMPRESSED') {
    page = compressedBytes
  } else if (customDecompressor) {
    page = customDecompressor(compressedBytes, uncompressed_page_size)
  } else if (codec === 'SNAPPY') {
    page = new Uint8Array(uncompressed_page_size)
    snappyUncompress(compressedBytes, page)
  } else {
    throw new Error(`parquet unsupported compression codec: ${codec}`)
  }
  if (page?.length !== uncompressed_page_size) {
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`)
  }
  return page
}


/**
 * Read a data page from the given Uint8Array.
 *
 * @param {Uint8Array} compressedBytes raw page data
 * @param {PageHeader} ph page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function readDataPageV2(compressedBytes, ph, columnDecoder) {
  const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength)
  const reader = { view, offset: 0 }
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  const daph2 = ph.data_page_header_v2
  if (!daph2) throw new Error('parquet data page header v2 is undefined')

  // repetition levels
  const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath)
  reader.offset = daph2.repetition_levels_byte_length // readVarInt() => len for boolean v2?

  // definition levels
  const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath)
  // assert(reader.offset === daph2.repetition_levels_byte_length + daph2.definition_levels_byte_length)

  const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length

  let page = compressedBytes.subarray(reader.offset)
  // a page with no values may have zero compressed bytes, which is not a valid stream
  if (daph2.is_compressed !== false && uncompressedPageSize) {
    page = decompressPage(page, uncompressedPageSize, codec, compressors)
  }
  const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength)
  const pageReader = { view: pageView, offset: 0 }

  // read values based on encoding
  /** @type {DecodedArray} */
  let dataPage
  const nValues = daph2.num_values - daph2.num_nulls
  if (daph2.encoding === 'PLAIN') {
    dataPage = (0,plain/* readPlain */.r)(pageReader, type, nValues, element.type_length)
  } else if (daph2.encoding === 'RLE') {
    // assert(type === 'BOOLEAN')
    dataPage = new Array(nValues)
    ;(0,encoding/* readRleBitPackedHybrid */.z)(pageReader, 1, dataPage)
    dataPage = dataPage.map(x => !!x)
  } else if (
    daph2.encoding === 'PLAIN_DICTIONARY' ||
    daph2.encoding === 'RLE_DICTIONARY'
  ) {
    const bitWidth = pageView.getUint8(pageReader.offset++)
    dataPage = new Array(nValues)
    ;(0,encoding/* readRleBitPackedHybrid */.z)(pageReader, bitWidth, dataPage, uncompressedPageSize - 1)
  } else if (daph2.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = (0,encoding/* byteStreamSplit */.L)(pageReader, nValues, type, element.type_length)
  } else if (daph2.encoding === 'ALP') {
    dataPage = alpDecode(pageReader, nValues, type)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels
 */
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  const maxRepetitionLevel = (0,schema/* getMaxRepetitionLevel */.qt)(schemaPath)
  if (!maxRepetitionLevel) return []

  const values = new Array(daph2.num_values)
  ;(0,encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length)
  return values
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {number[] | undefined} definition levels
 */
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  const maxDefinitionLevel = (0,schema/* getMaxDefinitionLevel */.mM)(schemaPath)
  if (maxDefinitionLevel) {
    // V2 we know the length
    const values = new Array(daph2.num_values)
    ;(0,encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length)
    return values
  }
}

/**
 * Minimum bits needed to store value.
 *
 * @param {number} value
 * @returns {number}
 */
function bitWidth(value) {
  return 32 - Math.clz32(value)
}


/***/ }),

/***/ 3448:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ byteStreamSplit),
/* harmony export */   z: () => (/* binding */ readRleBitPackedHybrid)
/* harmony export */ });
/* harmony import */ var _thrift_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2558);
/**
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 */



/**
 * Read values from a run-length encoded/bit-packed hybrid encoding.
 *
 * If length is zero, then read int32 length at the start.
 *
 * @param {DataReader} reader
 * @param {number} width - bitwidth
 * @param {DecodedArray} output
 * @param {number} [length] - length of the encoded data
 */
function readRleBitPackedHybrid(reader, width, output, length) {
  if (length === undefined) {
    length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
  }
  const startOffset = reader.offset
  let seen = 0
  while (seen < output.length) {
    const header = (0,_thrift_js__WEBPACK_IMPORTED_MODULE_0__/* .readVarInt */ .pT)(reader)
    if (header & 1) {
      // bit-packed
      seen = readBitPacked(reader, header, width, output, seen)
    } else {
      // rle
      const count = header >>> 1
      readRle(reader, count, width, output, seen)
      seen += count
    }
  }
  reader.offset = startOffset + length // duckdb writes an empty block
}

/**
 * Run-length encoding: read value with bitWidth and repeat it count times.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 */
function readRle(reader, count, bitWidth, output, seen) {
  const width = bitWidth + 7 >> 3
  let value = 0
  for (let i = 0; i < width; i++) {
    value |= reader.view.getUint8(reader.offset++) << (i << 3)
  }
  // assert(value < 1 << bitWidth)

  // repeat value count times
  for (let i = 0; i < count; i++) {
    output[seen + i] = value
  }
}

/**
 * Read a bit-packed run of the rle/bitpack hybrid.
 * Supports width > 8 (crossing bytes).
 *
 * @param {DataReader} reader
 * @param {number} header - bit-pack header
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 * @returns {number} total output values so far
 */
function readBitPacked(reader, header, bitWidth, output, seen) {
  let count = header >> 1 << 3 // values to read
  const mask = (1 << bitWidth) - 1

  let data = 0
  if (reader.offset < reader.view.byteLength) {
    data = reader.view.getUint8(reader.offset++)
  } else if (mask) {
    // sometimes out-of-bounds reads are masked out
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`)
  }
  let left = 8
  let right = 0

  // read values
  while (count) {
    // if we have crossed a byte boundary, shift the data
    if (right > 8) {
      right -= 8
      left -= 8
      data >>>= 8
    } else if (left - right < bitWidth) {
      // if we don't have bitWidth number of bits to read, read next byte
      data |= reader.view.getUint8(reader.offset) << left
      reader.offset++
      left += 8
    } else {
      if (seen < output.length) {
        // emit value
        output[seen++] = data >> right & mask
      }
      count--
      right += bitWidth
    }
  }

  return seen
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {DecodedArray}
 */
function byteStreamSplit(reader, count, type, typeLength) {
  const width = byteWidth(type, typeLength)
  const bytes = new Uint8Array(count * width)
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
      bytes[i * width + b] = reader.view.getUint8(reader.offset++)
    }
  }
  // interpret bytes as typed array
  if (type === 'FLOAT') return new Float32Array(bytes.buffer)
  else if (type === 'DOUBLE') return new Float64Array(bytes.buffer)
  else if (type === 'INT32') return new Int32Array(bytes.buffer)
  else if (type === 'INT64') return new BigInt64Array(bytes.buffer)
  else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    // split into arrays of typeLength
    const split = new Array(count)
    for (let i = 0; i < count; i++) {
      split[i] = bytes.subarray(i * width, (i + 1) * width)
    }
    return split
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`)
}

/**
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {number}
 */
function byteWidth(type, typeLength) {
  switch (type) {
  case 'INT32':
  case 'FLOAT':
    return 4
  case 'INT64':
  case 'DOUBLE':
    return 8
  case 'FIXED_LEN_BYTE_ARRAY':
    if (!typeLength) throw new Error('parquet byteWidth missing type_length')
    return typeLength
  default:
    throw new Error(`parquet unsupported type: ${type}`)
  }
}


/***/ }),

/***/ 2739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ pathsNeededForFilter),
/* harmony export */   EE: () => (/* binding */ filterPageRanges),
/* harmony export */   eA: () => (/* binding */ matchFilter),
/* harmony export */   eD: () => (/* binding */ columnsNeededForFilter),
/* harmony export */   lu: () => (/* binding */ canSkipRowGroup)
/* harmony export */ });
/* unused harmony exports intersectRanges, unionRanges */
/* harmony import */ var _bloom_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9974);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4428);
/**
 * @import {BloomFilter, ColumnPageStats, PageRanges, ParquetQueryFilter, RowGroup, SchemaElement} from '../src/types.js'
 */




const encoder = new TextEncoder()

/**
 * Returns the physical leaf paths referenced by a filter.
 *
 * @param {ParquetQueryFilter} [filter]
 * @returns {string[]}
 */
function pathsNeededForFilter(filter) {
  if (!filter) return []
  /** @type {string[]} */
  const paths = []
  if ('$and' in filter && Array.isArray(filter.$and)) {
    paths.push(...filter.$and.flatMap(pathsNeededForFilter))
  } else if ('$or' in filter && Array.isArray(filter.$or)) {
    paths.push(...filter.$or.flatMap(pathsNeededForFilter))
  } else if ('$nor' in filter && Array.isArray(filter.$nor)) {
    paths.push(...filter.$nor.flatMap(pathsNeededForFilter))
  } else {
    paths.push(...Object.keys(filter))
  }
  return [...new Set(paths)]
}

/**
 * Returns an array of top-level column names needed to evaluate the filter.
 *
 * @param {ParquetQueryFilter} [filter]
 * @returns {string[]}
 */
function columnsNeededForFilter(filter) {
  return [...new Set(pathsNeededForFilter(filter).map(path => path.split('.')[0]))]
}

/**
 * Match a record against a query filter
 *
 * @param {Record<string, any>} record
 * @param {ParquetQueryFilter} filter
 * @param {boolean} [strict]
 * @returns {boolean}
 */
function matchFilter(record, filter, strict = true) {
  if ('$and' in filter && Array.isArray(filter.$and)) {
    return filter.$and.every(subQuery => matchFilter(record, subQuery, strict))
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    return filter.$or.some(subQuery => matchFilter(record, subQuery, strict))
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    return !filter.$nor.some(subQuery => matchFilter(record, subQuery, strict))
  }

  return Object.entries(filter).every(([field, condition]) => {
    const value = resolve(record, field)

    // implicit $eq for non-object conditions
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
      return (0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(value, condition, strict)
    }

    return Object.entries(condition || {}).every(([operator, target]) => {
      if (operator === '$gt') return value !== null && value !== undefined && value > target
      if (operator === '$gte') return value !== null && value !== undefined && value >= target
      if (operator === '$lt') return value !== null && value !== undefined && value < target
      if (operator === '$lte') return value !== null && value !== undefined && value <= target
      if (operator === '$eq') return (0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(value, target, strict)
      if (operator === '$ne') return !(0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(value, target, strict)
      if (operator === '$in') return Array.isArray(target) && matchesIn(value, target, strict)
      if (operator === '$nin') return Array.isArray(target) && !matchesIn(value, target, strict)
      // value is already resolved, so re-wrap it under a plain key. Reusing
      // field would send a dotted path back through resolve and lose the value.
      if (operator === '$not') return !matchFilter({ value }, { value: target }, strict)
      return true
    })
  })
}

/**
 * Match a value or one of its immediate array elements against a list.
 *
 * @param {any} value
 * @param {any[]} targets
 * @param {boolean} strict
 * @returns {boolean}
 */
function matchesIn(value, targets, strict) {
  return targets.some(target =>
    (0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(value, target, strict) ||
    Array.isArray(value) && value.some(element => (0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(element, target, strict)))
}

/**
 * Check if a row group can be skipped based on filter and column statistics,
 * optionally consulting per-column bloom filters for equality predicates that
 * statistics can't decide.
 *
 * @param {object} options
 * @param {RowGroup} options.rowGroup
 * @param {string[]} options.physicalColumns
 * @param {ParquetQueryFilter | undefined} options.filter
 * @param {boolean} [options.strict]
 * @param {Record<string, BloomFilter>} [options.bloomFilters] keyed by filter path
 * @param {Record<string, SchemaElement>} [options.schemaElements] keyed by physical leaf path
 * @returns {boolean} true if the row group can be skipped
 */
function canSkipRowGroup({ rowGroup, physicalColumns, filter, strict = true, bloomFilters, schemaElements }) {
  if (!filter) return false

  // Handle logical operators
  if ('$and' in filter && Array.isArray(filter.$and)) {
    // For AND, we can skip if ANY condition allows skipping
    return filter.$and.some(subFilter => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }))
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    // For OR, we can skip only if ALL conditions allow skipping
    return filter.$or.every(subFilter => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }))
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    // For NOR, we can skip if none of the conditions allow skipping
    // This is complex, so we'll be conservative and not skip
    return false
  }

  // Check column filters
  for (const [field, condition] of Object.entries(filter)) {
    // Find the column chunk for this field
    const columnIndex = physicalColumns.indexOf(field)
    if (columnIndex === -1) continue

    const stats = rowGroup.columns[columnIndex].meta_data?.statistics
    const { min, max, min_value, max_value, null_count: nullCount } = stats || {}
    const minVal = min_value !== undefined ? min_value : min
    const maxVal = max_value !== undefined ? max_value : max
    const haveStats = minVal !== undefined && maxVal !== undefined

    const bloom = bloomFilters?.[field]
    const element = schemaElements?.[field]
    const matchingNulls = matchFilter({ value: null }, { value: condition }, strict) &&
      (nullCount === undefined || nullCount > 0)

    if (haveStats && !matchingNulls && canSkipStats(condition, minVal, maxVal, strict, element)) {
      return true
    }

    // Handle operators
    for (const [operator, target] of Object.entries(condition || {})) {
      // Bloom-filter skipping for equality predicates (proves absence, never presence)
      if (bloom && element) {
        if (operator === '$eq') {
          const hash = (0,_bloom_js__WEBPACK_IMPORTED_MODULE_1__/* .hashParquetValue */ .wv)(target, element)
          if (hash !== undefined && !(0,_bloom_js__WEBPACK_IMPORTED_MODULE_1__/* .sbbfContains */ .xo)(bloom.blocks, hash)) return true
        }
        if (operator === '$in' && Array.isArray(target) && target.length > 0) {
          let allAbsent = true
          for (const v of target) {
            const h = (0,_bloom_js__WEBPACK_IMPORTED_MODULE_1__/* .hashParquetValue */ .wv)(v, element)
            if (h === undefined || (0,_bloom_js__WEBPACK_IMPORTED_MODULE_1__/* .sbbfContains */ .xo)(bloom.blocks, h)) {
              allAbsent = false
              break
            }
          }
          if (allAbsent) return true
        }
      }
    }
  }

  return false
}

/**
 * Check if a page value range [minVal, maxVal] provably contains no value
 * matching the operator conditions.
 *
 * @param {any} condition operator object like { $gt: 5 }
 * @param {any} minVal lower bound (may be truncated, still a valid bound)
 * @param {any} maxVal upper bound (may be truncated, still a valid bound)
 * @param {boolean} strict
 * @param {SchemaElement} [element] physical schema element for the bounds
 * @returns {boolean} true if no value in the range can match
 */
function canSkipStats(condition, minVal, maxVal, strict, element) {
  if (minVal === undefined || maxVal === undefined) return false
  const mayContainNaN = element?.type === 'FLOAT' || element?.type === 'DOUBLE' || element?.logical_type?.type === 'FLOAT16'
  for (const [operator, target] of Object.entries(condition || {})) {
    const minComparison = compareParquetValues(minVal, target, strict, element)
    const maxComparison = compareParquetValues(maxVal, target, strict, element)
    // Row filtering uses JavaScript relational operators. For non-ASCII
    // strings their UTF-16 order can differ from Parquet's UTF-8 index order,
    // and binary values are string-coerced rather than byte-compared, so those
    // min/max bounds cannot safely prove a relational predicate impossible.
    const binaryBounds = minVal instanceof Uint8Array || maxVal instanceof Uint8Array
    const relationalBoundsAreSafe = !binaryBounds && (element?.type !== 'BYTE_ARRAY' ||
      typeof target === 'string' && [...target].every(character => character.charCodeAt(0) <= 0x7f))
    if (operator === '$gt' && relationalBoundsAreSafe && maxComparison !== undefined && maxComparison <= 0) return true
    if (operator === '$gte' && relationalBoundsAreSafe && maxComparison !== undefined && maxComparison < 0) return true
    if (operator === '$lt' && relationalBoundsAreSafe && minComparison !== undefined && minComparison >= 0) return true
    if (operator === '$lte' && relationalBoundsAreSafe && minComparison !== undefined && minComparison > 0) return true
    if (operator === '$eq') {
      const targetMinComparison = compareParquetValues(target, minVal, strict, element)
      const targetMaxComparison = compareParquetValues(target, maxVal, strict, element)
      if (targetMinComparison !== undefined && targetMinComparison < 0 ||
          targetMaxComparison !== undefined && targetMaxComparison > 0) return true
    }
    if (operator === '$ne' && !mayContainNaN && (0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(minVal, maxVal, strict) && (0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(minVal, target, strict)) return true
    if (operator === '$in' && Array.isArray(target) && target.every(value => {
      const valueMinComparison = compareParquetValues(value, minVal, strict, element)
      const valueMaxComparison = compareParquetValues(value, maxVal, strict, element)
      return valueMinComparison !== undefined && valueMinComparison < 0 ||
        valueMaxComparison !== undefined && valueMaxComparison > 0
    })) return true
    if (operator === '$nin' && !mayContainNaN && Array.isArray(target) && (0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(minVal, maxVal, strict) && target.some(value => (0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(minVal, value, strict))) return true
  }
  return false
}

/**
 * Compare values using Parquet's unsigned lexicographic ordering for binary
 * values. Returns undefined when values do not have a safely comparable order.
 *
 * @param {any} a
 * @param {any} b
 * @param {boolean} strict
 * @param {SchemaElement} [element]
 * @returns {-1 | 0 | 1 | undefined}
 */
function compareParquetValues(a, b, strict, element) {
  // BYTE_ARRAY values are decoded as UTF-8 strings by the default parser even
  // without an explicit UTF8/STRING annotation.
  if (element?.type === 'BYTE_ARRAY') {
    if (typeof a !== 'string' || typeof b !== 'string') return undefined
    return compareBytes(encoder.encode(a), encoder.encode(b))
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) return undefined
    return compareBytes(a, b)
  }
  if (a < b) return -1
  if (a > b) return 1
  if ((0,_utils_js__WEBPACK_IMPORTED_MODULE_0__/* .equals */ .aI)(a, b, strict)) return 0
  return undefined
}

/**
 * @param {Uint8Array} a
 * @param {Uint8Array} b
 * @returns {-1 | 0 | 1}
 */
function compareBytes(a, b) {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    if (a[i] < b[i]) return -1
    if (a[i] > b[i]) return 1
  }
  if (a.length < b.length) return -1
  if (a.length > b.length) return 1
  return 0
}

/**
 * Check whether the filter condition accepts a null value.
 *
 * @param {any} condition
 * @param {boolean} strict
 * @returns {boolean}
 */
function matchesNull(condition, strict) {
  return matchFilter({ value: null }, { value: condition }, strict)
}

/**
 * Compute candidate row ranges within a row group that could match the filter,
 * based on per-page column index statistics.
 *
 * Returns sorted disjoint [start, end) row ranges relative to the group.
 * An empty array means the filter provably matches no rows in the group.
 * Returns undefined when the page statistics give no pruning information
 * (the caller must read the whole selection).
 *
 * @param {ParquetQueryFilter | undefined} filter
 * @param {Record<string, ColumnPageStats>} columnPages keyed by physical leaf path
 * @param {number} groupRows number of rows in the row group
 * @param {boolean} [strict]
 * @returns {PageRanges | undefined}
 */
function filterPageRanges(filter, columnPages, groupRows, strict = true) {
  if (!filter) return undefined
  if ('$and' in filter && Array.isArray(filter.$and)) {
    /** @type {PageRanges | undefined} */
    let ranges
    for (const subFilter of filter.$and) {
      ranges = intersectRanges(ranges, filterPageRanges(subFilter, columnPages, groupRows, strict))
    }
    return ranges
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    /** @type {PageRanges} */
    let ranges = []
    for (const subFilter of filter.$or) {
      const subRanges = filterPageRanges(subFilter, columnPages, groupRows, strict)
      // any un-prunable branch could match anywhere
      if (!subRanges) return undefined
      ranges = unionRanges(ranges, subRanges)
    }
    return ranges
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    // Conservative: negations cannot be pruned by min/max bounds
    return undefined
  }

  // Column conditions: all fields must match, so intersect their ranges
  /** @type {PageRanges | undefined} */
  let result
  for (const [field, condition] of Object.entries(filter)) {
    const pages = columnPages[field]
    if (!pages) continue
    const nullCanMatch = matchesNull(condition, strict)
    /** @type {PageRanges} */
    const keep = []
    for (let i = 0; i < pages.pageStarts.length; i++) {
      const start = pages.pageStarts[i]
      const end = i + 1 < pages.pageStarts.length ? pages.pageStarts[i + 1] : groupRows
      const nullCount = pages.nullCounts?.[i]
      // Keep pages with matching nulls, including pages whose null presence is
      // unknown because the optional null_counts index field was omitted.
      const matchingNulls = nullCanMatch && (nullCount === undefined || nullCount > 0)
      const skip = !pages.nullPages[i] && !matchingNulls &&
        canSkipStats(condition, pages.minValues[i], pages.maxValues[i], strict, pages.element)
      if (!skip) {
        const last = keep[keep.length - 1]
        if (last && last[1] === start) last[1] = end
        else keep.push([start, end])
      }
    }
    result = intersectRanges(result, keep)
  }
  return result
}

/**
 * Intersect two sets of sorted disjoint ranges. Undefined means "everything".
 *
 * @param {PageRanges | undefined} a
 * @param {PageRanges | undefined} b
 * @returns {PageRanges | undefined}
 */
function intersectRanges(a, b) {
  if (!a) return b
  if (!b) return a
  /** @type {PageRanges} */
  const out = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0])
    const end = Math.min(a[i][1], b[j][1])
    if (start < end) out.push([start, end])
    if (a[i][1] < b[j][1]) i++
    else j++
  }
  return out
}

/**
 * Union two sets of sorted disjoint ranges.
 *
 * @param {PageRanges} a
 * @param {PageRanges} b
 * @returns {PageRanges}
 */
function unionRanges(a, b) {
  /** @type {PageRanges} */
  const out = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || i < a.length && a[i][0] <= b[j][0] ? a[i++] : b[j++]
    const last = out[out.length - 1]
    if (last && next[0] <= last[1]) last[1] = Math.max(last[1], next[1])
    else out.push([next[0], next[1]])
  }
  return out
}

/**
 * Resolve a dot-notation path to a value in a nested object.
 *
 * @param {Record<string, any>} record
 * @param {string} path
 * @returns {any}
 */
function resolve(record, path) {
  let value = record
  for (const part of path.split('.')) {
    value = value?.[part]
  }
  return value
}


/***/ }),

/***/ 9249:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ readColumnIndex),
/* harmony export */   i: () => (/* binding */ readOffsetIndex)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(312);
/* harmony import */ var _convert_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9234);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6367);
/* harmony import */ var _thrift_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2558);
/**
 * @import {ColumnIndex, DataReader, OffsetIndex, PageLocation, ParquetParsers, SchemaElement} from '../src/types.js'
 */






/**
 * @param {DataReader} reader
 * @param {SchemaElement} schema
 * @param {Partial<ParquetParsers> | undefined} parsers
 * @returns {ColumnIndex}
 */
function readColumnIndex(reader, schema, parsers = undefined) {
  const allParsers = { ..._convert_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_PARSERS */ .Rc, ...parsers }

  const thrift = (0,_thrift_js__WEBPACK_IMPORTED_MODULE_1__/* .deserializeTCompactProtocol */ .Tn)(reader)
  return {
    null_pages: thrift.field_1,
    min_values: thrift.field_2.map((/** @type {any} */ m) => (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .convertMetadata */ .FS)(m, schema, allParsers)),
    max_values: thrift.field_3.map((/** @type {any} */ m) => (0,_metadata_js__WEBPACK_IMPORTED_MODULE_2__/* .convertMetadata */ .FS)(m, schema, allParsers)),
    boundary_order: _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .BoundaryOrders */ .UQ[thrift.field_4],
    null_counts: thrift.field_5,
    repetition_level_histograms: thrift.field_6,
    definition_level_histograms: thrift.field_7,
  }
}

/**
 * @param {DataReader} reader
 * @returns {OffsetIndex}
 */
function readOffsetIndex(reader) {
  const thrift = (0,_thrift_js__WEBPACK_IMPORTED_MODULE_1__/* .deserializeTCompactProtocol */ .Tn)(reader)
  return {
    // @ts-ignore
    page_locations: thrift.field_1.map(loc => ({
      offset: loc.field_1,
      compressed_page_size: loc.field_2,
      first_row_index: loc.field_3,
    })),
    unencoded_byte_array_data_bytes: thrift.field_2,
  }
}


/***/ }),

/***/ 6367:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FS: () => (/* binding */ convertMetadata),
  m5: () => (/* binding */ parquetMetadata),
  Ei: () => (/* binding */ parquetMetadataAsync),
  YR: () => (/* binding */ parquetSchema)
});

// UNUSED EXPORTS: defaultInitialFetchSize

// EXTERNAL MODULE: ./node_modules/hyparquet/src/constants.js
var constants = __nccwpck_require__(312);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __nccwpck_require__(9234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var src_schema = __nccwpck_require__(8286);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/thrift.js
var thrift = __nccwpck_require__(2558);
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/geoparquet.js
/**
 * @param {SchemaElement[]} schema
 * @param {KeyValue[] | undefined} key_value_metadata
 * @returns {void}
 */
function markGeoColumns(schema, key_value_metadata) {
  // Prepare the list of GeoParquet columns
  /** @type {Map<string, LogicalType>} */
  const columns = new Map()
  const geo = key_value_metadata?.find(({ key }) => key === 'geo')?.value
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {}
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== 'WKB') continue

    const type = column.edges === 'spherical' ? 'GEOGRAPHY' : 'GEOMETRY'
    const id = column.crs?.id ?? column.crs?.ids?.[0]
    const crs = id ? `${id.authority}:${id.code.toString()}` : undefined
    // Note: we can't infer GEOGRAPHY's algorithm from GeoParquet
    columns.set(name, { type, crs })
  }

  // Mark schema elements with logical type
  // Only look at root-level columns of type BYTE_ARRAY without existing logical_type
  for (let i = 1; i < schema.length; i++) { // skip root
    const { logical_type, name, num_children, type } = schema[i]
    if (num_children) {
      i += num_children
      continue // skip the element and its children
    }
    if (type === 'BYTE_ARRAY' && !logical_type) {
      schema[i].logical_type = columns.get(name)
    }
  }
}

/**
 * @import {KeyValue, LogicalType, SchemaElement} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/metadata.js






/**
 * @import {AsyncBuffer, FileMetaData, KeyValue, LogicalType, MetadataOptions, MinMaxType, ParquetParsers, SchemaElement, SchemaTree, Statistics, TimeUnit} from '../src/types.js'
 */

const defaultInitialFetchSize = 1 << 19 // 512kb

const decoder = new TextDecoder()
function decode(/** @type {Uint8Array} */ value) {
  return value && decoder.decode(value)
}

/**
 * Read parquet metadata from an async buffer.
 *
 * An AsyncBuffer is like an ArrayBuffer, but the slices are loaded
 * asynchronously, possibly over the network.
 *
 * You must provide the byteLength of the buffer, typically from a HEAD request.
 *
 * In theory, you could use suffix-range requests to fetch the end of the file,
 * and save a round trip. But in practice, this doesn't work because chrome
 * deems suffix-range requests as a not-safe-listed header, and will require
 * a pre-flight. So the byteLength is required.
 *
 * To make this efficient, we initially request the last 512kb of the file,
 * which is likely to contain the metadata. If the metadata length exceeds the
 * initial fetch, 512kb, we request the rest of the metadata from the AsyncBuffer.
 *
 * This ensures that we either make one 512kb initial request for the metadata,
 * or a second request for up to the metadata size.
 *
 * @param {AsyncBuffer} asyncBuffer parquet file contents
 * @param {MetadataOptions & { initialFetchSize?: number }} options initial fetch size in bytes (default 512kb)
 * @returns {Promise<FileMetaData>} parquet metadata object
 */
async function parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error('parquet expected AsyncBuffer')

  // fetch last bytes (footer) of the file
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize)
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength)

  // Check for parquet magic number "PAR1"
  const footerView = new DataView(footerBuffer)
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true)
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`)
  }

  // check if metadata size fits inside the initial fetch
  if (metadataLength + 8 > initialFetchSize) {
    // fetch the rest of the metadata
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset)
    // combine initial fetch with the new slice
    const combinedBuffer = new ArrayBuffer(metadataLength + 8)
    const combinedView = new Uint8Array(combinedBuffer)
    combinedView.set(new Uint8Array(metadataBuffer))
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset)
    return parquetMetadata(combinedBuffer, { parsers, geoparquet })
  } else {
    // parse metadata from the footer
    return parquetMetadata(footerBuffer, { parsers, geoparquet })
  }
}

/**
 * Read parquet metadata from a buffer synchronously.
 *
 * @param {ArrayBuffer | Uint8Array} arrayBuffer parquet file footer
 * @param {MetadataOptions} options metadata parsing options
 * @returns {FileMetaData} parquet metadata object
 */
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer)
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength)
  } else {
    throw new Error('parquet expected ArrayBuffer or Uint8Array')
  }

  // Use default parsers if not given
  const allParsers = { ...convert/* DEFAULT_PARSERS */.Rc, ...parsers }

  // Validate footer magic number "PAR1"
  if (view.byteLength < 8) {
    throw new Error('parquet file is too short')
  }
  if (view.getUint32(view.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLengthOffset = view.byteLength - 8
  const metadataLength = view.getUint32(metadataLengthOffset, true)
  if (metadataLength > view.byteLength - 8) {
    // {metadata}, metadata_length, PAR1
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`)
  }

  const metadataOffset = metadataLengthOffset - metadataLength
  const reader = { view, offset: metadataOffset }
  const metadata = (0,thrift/* deserializeTCompactProtocol */.Tn)(reader)

  // Parse metadata from thrift data
  const version = metadata.field_1
  /** @type {SchemaElement[]} */
  const schema = metadata.field_2.map((/** @type {any} */ field) => ({
    type: constants/* ParquetTypes */.CE[field.field_1],
    type_length: field.field_2,
    repetition_type: constants/* FieldRepetitionTypes */.Nw[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: constants/* ConvertedTypes */.gQ[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10),
  }))
  // schema element per column index
  const columnSchema = schema.filter(e => e.type)
  const num_rows = metadata.field_3
  const row_groups = metadata.field_4.map((/** @type {any} */ rowGroup) => ({
    columns: rowGroup.field_1.map((/** @type {any} */ column, /** @type {number} */ columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: constants/* ParquetTypes */.CE[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((/** @type {number} */ e) => constants/* Encodings */.p6[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: constants/* CompressionCodecs */.IE[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((/** @type {any} */ kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2),
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((/** @type {any} */ encodingStat) => ({
          page_type: constants/* PageTypes */.P2[encodingStat.field_1],
          encoding: constants/* Encodings */.p6[encodingStat.field_2],
          count: encodingStat.field_3,
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3,
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8,
          },
          geospatial_types: column.field_3.field_17.field_2,
        },
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9,
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((/** @type {any} */ sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3,
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7,
  }))
  /** @type {KeyValue[] | undefined} */
  const key_value_metadata = metadata.field_5?.map((/** @type {any} */ kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2),
  }))
  const created_by = decode(metadata.field_6)

  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata)
  }

  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength,
  }
}

/**
 * Return a tree of schema elements from parquet metadata.
 *
 * @param {{schema: SchemaElement[]}} metadata parquet metadata object
 * @returns {SchemaTree} tree of schema elements
 */
function parquetSchema({ schema }) {
  return (0,src_schema/* getSchemaPath */.Dy)(schema, [])[0]
}

/**
 * @param {any} logicalType
 * @returns {LogicalType | undefined}
 */
function logicalType(logicalType) {
  if (logicalType?.field_1) return { type: 'STRING' }
  if (logicalType?.field_2) return { type: 'MAP' }
  if (logicalType?.field_3) return { type: 'LIST' }
  if (logicalType?.field_4) return { type: 'ENUM' }
  if (logicalType?.field_5) return {
    type: 'DECIMAL',
    scale: logicalType.field_5.field_1,
    precision: logicalType.field_5.field_2,
  }
  if (logicalType?.field_6) return { type: 'DATE' }
  if (logicalType?.field_7) return {
    type: 'TIME',
    isAdjustedToUTC: logicalType.field_7.field_1,
    unit: timeUnit(logicalType.field_7.field_2),
  }
  if (logicalType?.field_8) return {
    type: 'TIMESTAMP',
    isAdjustedToUTC: logicalType.field_8.field_1,
    unit: timeUnit(logicalType.field_8.field_2),
  }
  if (logicalType?.field_10) return {
    type: 'INTEGER',
    bitWidth: logicalType.field_10.field_1,
    isSigned: logicalType.field_10.field_2,
  }
  if (logicalType?.field_11) return { type: 'NULL' }
  if (logicalType?.field_12) return { type: 'JSON' }
  if (logicalType?.field_13) return { type: 'BSON' }
  if (logicalType?.field_14) return { type: 'UUID' }
  if (logicalType?.field_15) return { type: 'FLOAT16' }
  if (logicalType?.field_16) return {
    type: 'VARIANT',
    specification_version: logicalType.field_16.field_1,
  }
  if (logicalType?.field_17) return {
    type: 'GEOMETRY',
    crs: decode(logicalType.field_17.field_1),
  }
  if (logicalType?.field_18) return {
    type: 'GEOGRAPHY',
    crs: decode(logicalType.field_18.field_1),
    algorithm: constants/* EdgeInterpolationAlgorithms */.I7[logicalType.field_18.field_2],
  }
  if (logicalType?.field_19) return { type: 'FILE' }
  return logicalType
}

/**
 * @param {any} unit
 * @returns {TimeUnit}
 */
function timeUnit(unit) {
  if (unit.field_1) return 'MILLIS'
  if (unit.field_2) return 'MICROS'
  if (unit.field_3) return 'NANOS'
  throw new Error('parquet time unit required')
}

/**
 * Convert column statistics based on column type.
 *
 * @param {any} stats
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {Statistics}
 */
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}

/**
 * @param {Uint8Array | undefined} value
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {MinMaxType | undefined}
 */
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema
  if (value === undefined) return value
  if (type === 'BOOLEAN') return value[0] === 1
  if (type === 'BYTE_ARRAY') return parsers.stringFromBytes(value)
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength)
  if (type === 'FLOAT' && view.byteLength === 4) return view.getFloat32(0, true)
  if (type === 'DOUBLE' && view.byteLength === 8) return view.getFloat64(0, true)
  if (type === 'INT32' && converted_type === 'DECIMAL' && view.byteLength === 4) {
    return view.getInt32(0, true) / 10 ** (schema.scale || 0)
  }
  if (type === 'INT64' && converted_type === 'DECIMAL' && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) / 10 ** (schema.scale || 0)
  }
  if (type === 'INT32' && converted_type === 'DATE') return parsers.dateFromDays(view.getInt32(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MILLIS') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'NANOS') return parsers.timestampFromNanoseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  const unsigned = converted_type?.startsWith('UINT_') ||
    logical_type?.type === 'INTEGER' && !logical_type.isSigned
  if (type === 'INT32' && unsigned && view.byteLength === 4) return view.getUint32(0, true)
  if (type === 'INT64' && unsigned && view.byteLength === 8) return view.getBigUint64(0, true)
  if (type === 'INT32' && view.byteLength === 4) return view.getInt32(0, true)
  if (type === 'INT64' && view.byteLength === 8) return view.getBigInt64(0, true)
  if (converted_type === 'DECIMAL') {
    const scale = schema.scale || 0
    return scale > 308 ? (0,convert/* parseDecimal */.$Q)(value) * 10 ** -scale : (0,convert/* parseDecimal */.$Q)(value) / 10 ** scale
  }
  if (logical_type?.type === 'FLOAT16') return (0,convert/* parseFloat16 */.dq)(value)
  if (logical_type?.type === 'UUID') return parsers.uuidFromBytes(value)
  if (type === 'FIXED_LEN_BYTE_ARRAY') return value
  // assert(false)
  return value
}


/***/ }),

/***/ 4809:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ readPlain)
/* harmony export */ });
/**
 * Read `count` values of the given type from the reader.view.
 *
 * @param {DataReader} reader - buffer to read data from
 * @param {ParquetType} type - parquet type of the data
 * @param {number} count - number of values to read
 * @param {number | undefined} fixedLength - length of each fixed length byte array
 * @returns {DecodedArray} array of values
 */
function readPlain(reader, type, count, fixedLength) {
  if (count === 0) return []
  if (type === 'BOOLEAN') {
    return readPlainBoolean(reader, count)
  } else if (type === 'INT32') {
    return readPlainInt32(reader, count)
  } else if (type === 'INT64') {
    return readPlainInt64(reader, count)
  } else if (type === 'INT96') {
    return readPlainInt96(reader, count)
  } else if (type === 'FLOAT') {
    return readPlainFloat(reader, count)
  } else if (type === 'DOUBLE') {
    return readPlainDouble(reader, count)
  } else if (type === 'BYTE_ARRAY') {
    return readPlainByteArray(reader, count)
  } else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    if (!fixedLength) throw new Error('parquet missing fixed length')
    return readPlainByteArrayFixed(reader, count, fixedLength)
  } else {
    throw new Error(`parquet unhandled type: ${type}`)
  }
}

/**
 * Read `count` boolean values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {boolean[]}
 */
function readPlainBoolean(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const byteOffset = reader.offset + (i / 8 | 0)
    const bitOffset = i % 8
    const byte = reader.view.getUint8(byteOffset)
    values[i] = (byte & 1 << bitOffset) !== 0
  }
  reader.offset += Math.ceil(count / 8)
  return values
}

/**
 * Read `count` int32 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Int32Array}
 */
function readPlainInt32(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` int64 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {BigInt64Array}
 */
function readPlainInt64(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` int96 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {bigint[]}
 */
function readPlainInt96(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const low = reader.view.getBigInt64(reader.offset + i * 12, true)
    const high = reader.view.getInt32(reader.offset + i * 12 + 8, true)
    values[i] = BigInt(high) << 64n | low
  }
  reader.offset += count * 12
  return values
}

/**
 * Read `count` float values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float32Array}
 */
function readPlainFloat(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` double values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float64Array}
 */
function readPlainDouble(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` byte array values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Uint8Array[]}
 */
function readPlainByteArray(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
    reader.offset += length
  }
  return values
}

/**
 * Read a fixed length byte array.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} fixedLength
 * @returns {Uint8Array[]}
 */
function readPlainByteArrayFixed(reader, count, fixedLength) {
  // assert(reader.view.byteLength - reader.offset >= count * fixedLength)
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength)
    reader.offset += fixedLength
  }
  return values
}

/**
 * Create a new buffer with the offset and size.
 *
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 * @param {ArrayBufferLike} buffer
 * @param {number} offset
 * @param {number} size
 * @returns {ArrayBuffer}
 */
function align(buffer, offset, size) {
  const aligned = new ArrayBuffer(size)
  new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size))
  return aligned
}


/***/ }),

/***/ 3554:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ES: () => (/* binding */ readRowGroup),
/* harmony export */   Ls: () => (/* binding */ assembleAsync),
/* harmony export */   Qe: () => (/* binding */ asyncGroupToRows)
/* harmony export */ });
/* harmony import */ var _assemble_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5573);
/* harmony import */ var _column_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6167);
/* harmony import */ var _convert_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9234);
/* harmony import */ var _indexes_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9249);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6367);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8286);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4428);
/**
 * @import {AsyncColumn, AsyncRowGroup, ChunkPlan, ColumnDecoder, DecodedArray, GroupPlan, PageLocation, ParquetParsers, ParquetReadOptions, QueryPlan, SchemaTree} from '../src/types.js'
 */









/**
 * Read a row group from a file-like object.
 *
 * @param {ParquetReadOptions} options
 * @param {QueryPlan} plan
 * @param {GroupPlan} groupPlan
 * @returns {AsyncRowGroup} resolves to column data
 */
function readRowGroup(options, { metadata }, groupPlan) {
  /** @type {AsyncColumn[]} */
  const asyncColumns = []
  // build the schema tree once, not per column chunk
  const schemaTree = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_0__/* .parquetSchema */ .YR)(metadata)

  // read column data
  for (const chunk of groupPlan.chunks) {
    const { path_in_schema: pathInSchema } = chunk.columnMetadata
    const schemaPath = (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .getTreePath */ .st)(schemaTree, pathInSchema)
    const columnDecoder = {
      pathInSchema,
      element: schemaPath[schemaPath.length - 1].element,
      schemaPath,
      ...options,
      ...chunk.columnMetadata,
      // merge after options, so a partial parsers object keeps the defaults
      parsers: { ..._convert_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PARSERS */ .Rc, ...options.parsers },
    }
    const { startByte, endByte } = chunk.range

    if ('pageLocations' in chunk) {
      // page locations already parsed from the offset index
      asyncColumns.push({
        pathInSchema,
        data: readSelectedPages(options, groupPlan, chunk, chunk.pageLocations, columnDecoder),
      })
    } else if ('offsetIndex' in chunk) {
      asyncColumns.push({
        pathInSchema,
        // fetch offset index
        data: Promise.resolve(options.file.slice(chunk.offsetIndex.startByte, chunk.offsetIndex.endByte))
          .then(arrayBuffer => {
            const pages = (0,_indexes_js__WEBPACK_IMPORTED_MODULE_3__/* .readOffsetIndex */ .i)({ view: new DataView(arrayBuffer), offset: 0 }).page_locations
            return readSelectedPages(options, groupPlan, chunk, pages, columnDecoder)
          }),
      })
    } else {
      // full column chunk
      asyncColumns.push({
        pathInSchema,
        data: Promise.resolve(options.file.slice(startByte, endByte))
          .then(buffer => {
            const reader = { view: new DataView(buffer), offset: 0 }
            return (0,_column_js__WEBPACK_IMPORTED_MODULE_4__/* .readColumn */ .JB)(reader, groupPlan, columnDecoder, options.onPage)
          }),
      })
    }
  }

  return {
    groupStart: groupPlan.groupStart,
    groupRows: groupPlan.groupRows,
    selectStart: groupPlan.selectStart,
    selectEnd: groupPlan.selectEnd,
    asyncColumns,
  }
}

/**
 * Read only the pages of a column chunk that overlap the group plan's select
 * range [selectStart, selectEnd), using page locations from the offset index.
 *
 * @param {ParquetReadOptions} options
 * @param {GroupPlan} groupPlan
 * @param {ChunkPlan} chunk
 * @param {PageLocation[]} pages
 * @param {ColumnDecoder} columnDecoder
 * @returns {Promise<{data: DecodedArray[], skipped: number}>}
 */
async function readSelectedPages(options, groupPlan, chunk, pages, columnDecoder) {
  const { data_page_offset, dictionary_page_offset } = chunk.columnMetadata
  const { selectStart, selectEnd } = groupPlan
  let { startByte, endByte } = chunk.range
  let skipped = -1
  // include dictionary if present, handle polars missing dictionary_page_offset
  const hasDict = dictionary_page_offset || data_page_offset < pages[0].offset
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]
    const pageStart = Number(page.first_row_index)
    const pageEnd = i + 1 < pages.length
      ? Number(pages[i + 1].first_row_index)
      : groupPlan.groupRows // last page extends to end of row group
    // check if page overlaps with [selectStart, selectEnd)
    if (skipped < 0 && pageEnd > selectStart) {
      startByte = Number(page.offset)
      skipped = pageStart
    }
    if (pageStart < selectEnd) {
      endByte = Number(page.offset) + page.compressed_page_size
    }
  }
  if (skipped < 0) skipped = 0
  /** @type {DataView} */
  let view
  if (hasDict && skipped) {
    // fetch the dictionary page separately from the selected data pages so
    // the skipped leading pages are not transferred
    const dictLength = Number(pages[0].offset) - chunk.range.startByte
    const [dictBuffer, dataBuffer] = await Promise.all([
      options.file.slice(chunk.range.startByte, Number(pages[0].offset)),
      options.file.slice(startByte, endByte),
    ])
    // clamp in case the AsyncBuffer returned more bytes than requested
    const combined = new Uint8Array(dictLength + dataBuffer.byteLength)
    combined.set(new Uint8Array(dictBuffer, 0, dictLength))
    combined.set(new Uint8Array(dataBuffer), dictLength)
    view = new DataView(combined.buffer)
  } else if (hasDict) {
    // dictionary page is contiguous with the first selected page
    view = new DataView(await options.file.slice(chunk.range.startByte, endByte))
  } else {
    view = new DataView(await options.file.slice(startByte, endByte))
  }
  const reader = { view, offset: 0 }
  // adjust row selection for skipped pages
  const adjustedGroupPlan = skipped ? {
    ...groupPlan,
    groupStart: groupPlan.groupStart + skipped,
    selectStart: groupPlan.selectStart - skipped,
    selectEnd: groupPlan.selectEnd - skipped,
  } : groupPlan
  const { data, skipped: columnSkipped } = (0,_column_js__WEBPACK_IMPORTED_MODULE_4__/* .readColumn */ .JB)(reader, adjustedGroupPlan, columnDecoder, options.onPage)
  return {
    data,
    skipped: skipped + columnSkipped,
  }
}

/**
 * @overload
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'object'} rowFormat
 * @returns {Promise<Record<string, any>[]>} resolves to row data
 */
/**
 * @overload
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'array'} [rowFormat]
 * @returns {Promise<any[][]>} resolves to row data
 */
/**
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'object' | 'array'} [rowFormat]
 * @returns {Promise<Record<string, any>[] | any[][]>} resolves to row data
 */
async function asyncGroupToRows({ asyncColumns }, selectStart, selectEnd, columns, rowFormat) {
  // TODO: do it without flatten
  const asyncPages = await Promise.all(asyncColumns.map(column =>
    column.data.then(({ skipped, data }) => ({ skipped, data: (0,_utils_js__WEBPACK_IMPORTED_MODULE_5__/* .flatten */ .Bq)(data) }))
  ))

  // transpose columns into rows
  const selectCount = selectEnd - selectStart
  if (rowFormat === 'object') {
    /** @type {Record<string, any>[]} */
    const groupData = Array(selectCount)
    for (let selectRow = 0; selectRow < selectCount; selectRow++) {
      // return each row as an object
      /** @type {Record<string, any>} */
      const rowData = {}
      for (let i = 0; i < asyncColumns.length; i++) {
        const { data, skipped } = asyncPages[i]
        rowData[asyncColumns[i].pathInSchema[0]] = data[selectStart + selectRow - skipped]
      }
      groupData[selectRow] = rowData
    }
    return groupData
  }

  // careful mapping of column order for rowFormat: array
  const includedColumnNames = asyncColumns
    .map(child => child.pathInSchema[0])
    .filter(name => !columns || columns.includes(name))
  const columnOrder = columns ?? includedColumnNames
  const columnIndexes = columnOrder.map(name => asyncColumns.findIndex(column => column.pathInSchema[0] === name))

  /** @type {any[][]} */
  const groupData = Array(selectCount)
  for (let selectRow = 0; selectRow < selectCount; selectRow++) {
    // return each row as an array
    const rowData = Array(asyncColumns.length)
    for (let i = 0; i < columnOrder.length; i++) {
      const colIdx = columnIndexes[i]
      if (colIdx < 0) throw new Error(`parquet column not found: ${columnOrder[i]}`)
      const { data, skipped } = asyncPages[colIdx]
      rowData[i] = data[selectStart + selectRow - skipped]
    }
    groupData[selectRow] = rowData
  }
  return groupData
}

/**
 * Assemble physical columns into top-level columns asynchronously.
 *
 * @param {AsyncRowGroup} asyncRowGroup
 * @param {SchemaTree} schemaTree
 * @param {Partial<ParquetParsers>} [parsers]
 * @returns {AsyncRowGroup}
 */
function assembleAsync(asyncRowGroup, schemaTree, parsers) {
  const { asyncColumns } = asyncRowGroup
  const allParsers = { ..._convert_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_PARSERS */ .Rc, ...parsers }
  /** @type {AsyncColumn[]} */
  const assembled = []
  for (const child of schemaTree.children) {
    if (child.children.length) {
      const childColumns = asyncColumns.filter(column => column.pathInSchema[0] === child.element.name)
      if (!childColumns.length) continue

      assembled.push({
        pathInSchema: child.path,
        data: (async () => {
          // collect subcolumn data — Promise.all observes every rejection so
          // a sibling failure cannot leak as an unhandledRejection
          const resolved = await Promise.all(childColumns.map(c => c.data))
          /** @type {Map<string, DecodedArray>} */
          const subcolumnData = new Map()
          const flattened = resolved.map(({ data }) => (0,_utils_js__WEBPACK_IMPORTED_MODULE_5__/* .flatten */ .Bq)(data))
          // Physical pages can cover far more rows than the requested range.
          // Clip before nested/VARIANT assembly, which expands compact binary
          // values into independent object graphs and strings for every row.
          const skipped = Math.max(asyncRowGroup.selectStart ?? 0, ...resolved.map(result => result.skipped))
          const end = Math.min(asyncRowGroup.selectEnd ?? Infinity, ...resolved.map((result, i) => result.skipped + flattened[i].length))
          for (let i = 0; i < childColumns.length; i++) {
            // Offset-index reads may start each physical child at a different
            // page boundary. Align them to their common absolute row range.
            const start = skipped - resolved[i].skipped
            const length = Math.max(0, end - skipped)
            subcolumnData.set(
              childColumns[i].pathInSchema.join('.'),
              flattened[i].slice(start, start + length)
            )
          }
          // assemble the column
          (0,_assemble_js__WEBPACK_IMPORTED_MODULE_6__/* .assembleNested */ .d)(subcolumnData, child, allParsers)
          const assembled = subcolumnData.get(child.element.name)
          if (!assembled) throw new Error('parquet column data not assembled')
          return { data: [assembled], skipped }
        })(),
      })
    } else {
      // leaf node, return the column
      const asyncColumn = asyncColumns.find(column => column.pathInSchema[0] === child.element.name)
      if (asyncColumn) assembled.push(asyncColumn)
    }
  }
  return { ...asyncRowGroup, asyncColumns: assembled }
}


/***/ }),

/***/ 503:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ik: () => (/* binding */ parquetScan),
  ek: () => (/* binding */ prepareParquetRead),
  e0: () => (/* binding */ readParquetPlan)
});

// EXTERNAL MODULE: ./node_modules/hyparquet/src/filter.js
var src_filter = __nccwpck_require__(2739);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __nccwpck_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/bloom.js + 1 modules
var src_bloom = __nccwpck_require__(9974);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/indexes.js
var indexes = __nccwpck_require__(9249);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __nccwpck_require__(8286);
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/plan.js






/**
 * @import {AsyncBuffer, BloomFilter, ByteRange, ChunkPlan, ColumnPageStats, FileMetaData, GroupPlan, PageLocation, PageRanges, ParquetParsers, ParquetQueryFilter, ParquetReadOptions, QueryPlan, RowGroup, SchemaElement, SchemaTree} from '../src/types.js'
 */

// Combine column chunks if less than 2mb
const runLimit = 1 << 21 // 2mb
// When reading selected columns, combine chunks separated by at most this many unrequested bytes.
// Arrow C++ before 18 and Polars write a copy of each column's metadata after its chunk, leaving small gaps.
// Same default as Arrow's CacheOptions hole_size_limit.
const columnGapLimit = 1 << 13 // 8kb

/**
 * Plan which byte ranges to read to satisfy a read request.
 * Metadata must be non-null.
 *
 * @param {ParquetReadOptions & { bloomFiltersByGroup?: Record<string, BloomFilter>[], schemaElements?: Record<string, SchemaElement>, pageRangesByGroup?: (PageRanges | undefined)[], pageLocationsByGroup?: Record<string, PageLocation[]>[] }} options
 * @returns {QueryPlan}
 */
function parquetPlan(options) {
  const { metadata, rowStart = 0, columns, useOffsetIndex = false } = options
  if (!metadata) throw new Error('parquetPlan requires metadata')
  /** @type {GroupPlan[]} */
  const groups = []
  /** @type {ByteRange[]} */
  const fetches = []
  /** @type {ByteRange[]} */
  const indexes = []
  const scanPlan = parquetPlanGroups(options)
  for (const group of scanPlan.groups) {
    const groupPlan = parquetPlanGroup({ ...group, columns, useOffsetIndex })
    groups.push(...groupPlan.groups)
    fetches.push(...groupPlan.fetches)
    indexes.push(...groupPlan.indexes)
  }
  fetches.push(...indexes)

  return { metadata, rowStart, rowEnd: scanPlan.rowEnd, columns, fetches, groups }
}

/**
 * Select physical row-group ranges without planning column reads.
 *
 * @param {ParquetReadOptions & { bloomFiltersByGroup?: Record<string, BloomFilter>[], schemaElements?: Record<string, SchemaElement>, pageRangesByGroup?: (PageRanges | undefined)[], pageLocationsByGroup?: Record<string, PageLocation[]>[] }} options
 * @returns {{groups: {rowGroup: RowGroup, groupIndex: number, groupStart: number, groupRows: number, ranges: PageRanges, pageRanges?: PageRanges, pageLocations?: Record<string, PageLocation[]>}[], rowEnd: number}}
 */
function parquetPlanGroups({ metadata, rowStart = 0, rowEnd = Infinity, columns, filter, filterStrict = true, bloomFiltersByGroup, schemaElements, pageRangesByGroup, pageLocationsByGroup }) {
  if (!metadata) throw new Error('parquetPlan requires metadata')
  const schemaTree = (0,src_metadata/* parquetSchema */.YR)(metadata)
  const physicalColumns = (0,schema/* getPhysicalColumns */.fX)(schemaTree)
  const elementsByPath = filter ? {
    ...physicalSchemaElements(schemaTree),
    ...schemaElements,
  } : schemaElements
  const groups = []
  let groupStart = 0
  for (let groupIndex = 0; groupIndex < metadata.row_groups.length; groupIndex++) {
    const rowGroup = metadata.row_groups[groupIndex]
    const groupRows = Number(rowGroup.num_rows)
    const groupEnd = groupStart + groupRows
    if (groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd && !(0,src_filter/* canSkipRowGroup */.lu)({
      rowGroup,
      physicalColumns,
      filter,
      strict: filterStrict,
      bloomFilters: bloomFiltersByGroup?.[groupIndex],
      schemaElements: elementsByPath,
    })) {
      const selectStart = Math.max(rowStart - groupStart, 0)
      const selectEnd = Math.min(rowEnd - groupStart, groupRows)
      const pageRanges = pageRangesByGroup?.[groupIndex]
      const pageLocations = pageLocationsByGroup?.[groupIndex]
      /** @type {PageRanges} */
      let ranges = pageRanges
        ? pageRanges
          .map(([start, end]) => {
            /** @type {[number, number]} */
            const range = [Math.max(start, selectStart), Math.min(end, selectEnd)]
            return range
          })
          .filter(([start, end]) => start < end)
        : [[selectStart, selectEnd]]

      if (ranges.length > 1) {
        const canSplit = rowGroup.columns.every(chunk => {
          const columnName = chunk.meta_data?.path_in_schema[0]
          const columnPath = chunk.meta_data?.path_in_schema.join('.')
          if (columns && columnName && !columns.includes(columnName)) return true
          return !!(chunk.offset_index_offset && chunk.offset_index_length) || !!(columnPath && pageLocations?.[columnPath])
        })
        ranges = canSplit
          ? coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations)
          : [[ranges[0][0], ranges[ranges.length - 1][1]]]
      }
      if (ranges.length) {
        groups.push({ rowGroup, groupIndex, groupStart, groupRows, ranges, pageRanges, pageLocations })
      }
    }
    groupStart = groupEnd
  }
  return { groups, rowEnd: isFinite(rowEnd) ? rowEnd : groupStart }
}

/**
 * Build byte plans for retained ranges in one row group.
 *
 * @param {object} options
 * @param {RowGroup} options.rowGroup
 * @param {number} options.groupStart
 * @param {number} options.groupRows
 * @param {PageRanges} options.ranges
 * @param {string[]} [options.columns]
 * @param {boolean} [options.useOffsetIndex]
 * @param {PageRanges} [options.pageRanges]
 * @param {Record<string, PageLocation[]>} [options.pageLocations]
 * @returns {{groups: GroupPlan[], fetches: ByteRange[], indexes: ByteRange[]}}
 */
function parquetPlanGroup({ rowGroup, groupStart, groupRows, ranges, columns, useOffsetIndex = false, pageRanges, pageLocations }) {
  /** @type {ChunkPlan[]} */
  const chunks = []
  /** @type {ByteRange[]} */
  const fetches = []
  /** @type {ByteRange[]} */
  const indexes = []
  const narrowed = ranges.length > 1 || ranges[0][0] > 0 || ranges[0][1] < groupRows
  for (const chunk of rowGroup.columns) {
    const meta = chunk.meta_data
    if (chunk.file_path) throw new Error('parquet file_path not supported')
    if (!meta) throw new Error('parquet column metadata is undefined')
    if (columns && !columns.includes(meta.path_in_schema[0])) continue
    const columnOffset = meta.dictionary_page_offset || meta.data_page_offset
    const startByte = Number(columnOffset)
    const endByte = Number(columnOffset + meta.total_compressed_size)
    const chunkPageLocations = pageLocations?.[meta.path_in_schema.join('.')]

    if (chunkPageLocations && narrowed) {
      chunks.push({ columnMetadata: meta, pageLocations: chunkPageLocations, range: { startByte, endByte } })
    } else if ((useOffsetIndex || pageRanges) && chunk.offset_index_offset && chunk.offset_index_length && narrowed) {
      const startByte = Number(chunk.offset_index_offset)
      chunks.push({
        columnMetadata: meta,
        offsetIndex: { startByte, endByte: startByte + chunk.offset_index_length },
        range: { startByte: Number(columnOffset), endByte },
      })
    } else {
      chunks.push({ columnMetadata: meta, range: { startByte, endByte } })
    }
  }

  /** @type {ByteRange[]} */
  const columnRanges = []
  /** @type {ByteRange | undefined} */
  let run
  for (const chunk of chunks) {
    if ('pageLocations' in chunk) continue
    if ('offsetIndex' in chunk) {
      indexes.push(chunk.offsetIndex)
    } else if (columns) {
      columnRanges.push(chunk.range)
    } else if (run && chunk.range.endByte - run.startByte <= runLimit) {
      run.endByte = chunk.range.endByte
    } else {
      if (run) fetches.push(run)
      run = { ...chunk.range }
    }
  }
  if (run) fetches.push(run)
  // selected chunks are combined in file order, skipping only small gaps
  fetches.push(...coalesceByteRanges(columnRanges, columnGapLimit, runLimit))
  const groups = ranges.map(([selectStart, selectEnd]) => ({
    chunks,
    rowGroup,
    groupStart,
    groupRows,
    selectStart,
    selectEnd,
  }))
  return { groups, fetches, indexes }
}

/**
 * Merge candidate ranges when any selected column would read an overlapping
 * data page for both ranges. Unknown page layouts are merged conservatively.
 *
 * @param {PageRanges} ranges
 * @param {RowGroup} rowGroup
 * @param {string[] | undefined} columns
 * @param {Record<string, PageLocation[]> | undefined} pageLocations
 * @returns {PageRanges}
 */
function coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) {
  const selectedPageLayouts = rowGroup.columns
    .filter(chunk => !columns || columns.includes(chunk.meta_data?.path_in_schema[0] || ''))
    .map(chunk => pageLocations?.[chunk.meta_data?.path_in_schema.join('.') || ''])

  /** @type {PageRanges} */
  const merged = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    const overlapsPage = last && selectedPageLayouts.some(pages => {
      if (!pages) return true
      const lastPages = pagesForRange(last, pages, Number(rowGroup.num_rows))
      const rangePages = pagesForRange(range, pages, Number(rowGroup.num_rows))
      return lastPages[0] <= rangePages[1] && rangePages[0] <= lastPages[1]
    })
    if (last && overlapsPage) last[1] = range[1]
    else merged.push([...range])
  }
  return merged
}

/**
 * Return the inclusive indexes of the first and last pages overlapping a row
 * range. Offset indexes cover every row, so a valid range always finds a page.
 *
 * @param {[number, number]} range
 * @param {PageLocation[]} pages
 * @param {number} groupRows
 * @returns {[number, number]}
 */
function pagesForRange([rangeStart, rangeEnd], pages, groupRows) {
  let first = Infinity
  let last = -Infinity
  for (let i = 0; i < pages.length; i++) {
    const pageStart = Number(pages[i].first_row_index)
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupRows
    if (pageEnd > rangeStart && pageStart < rangeEnd) {
      first = Math.min(first, i)
      last = i
    }
  }
  return [first, last]
}

/**
 * Fetch bloom filters for $eq / $in columns of row groups not already provably
 * skippable by statistics alone. Returns an array indexed by row-group ordinal;
 * each entry maps top-level column name → BloomFilter for any chunk whose
 * bloom filter we were able to parse. Adds one round-trip when at least one
 * bloom filter is fetched; otherwise returns synchronously.
 *
 * @param {object} options
 * @param {AsyncBuffer} options.file
 * @param {FileMetaData} options.metadata
 * @param {ParquetQueryFilter} options.filter
 * @param {boolean} [options.filterStrict]
 * @returns {Promise<Record<string, BloomFilter>[]>}
 */
async function prefetchBloomFilters({ file, metadata, filter, filterStrict = true }) {
  const result = metadata.row_groups.map(() => /** @type {Record<string, BloomFilter>} */ ({}))
  const eligibleCols = (0,src_bloom/* bloomEligibleColumns */.W0)(filter)
  if (eligibleCols.size === 0) return result
  const physicalColumns = (0,schema/* getPhysicalColumns */.fX)((0,src_metadata/* parquetSchema */.YR)(metadata))

  /** @type {Promise<void>[]} */
  const tasks = []
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    if ((0,src_filter/* canSkipRowGroup */.lu)({ rowGroup, physicalColumns, filter, strict: filterStrict })) return
    for (const colName of eligibleCols) {
      const columnIdx = physicalColumns.indexOf(colName)
      if (columnIdx === -1) continue
      const meta = rowGroup.columns[columnIdx]?.meta_data
      if (!meta?.bloom_filter_offset || !meta.bloom_filter_length) continue
      const start = Number(meta.bloom_filter_offset)
      const end = start + meta.bloom_filter_length
      tasks.push((async () => {
        const buffer = await file.slice(start, end)
        const bloom = (0,src_bloom/* readBloomFilter */.Mw)({ view: new DataView(buffer), offset: 0 })
        if (bloom) result[rgIdx][colName] = bloom
      })())
    }
  })

  if (tasks.length) await Promise.all(tasks)
  return result
}

/**
 * Fetch page indexes (column index + offset index) for filter columns of row
 * groups that survive row-group-level pruning, and compute candidate row
 * ranges per group from the per-page min/max statistics.
 *
 * Returns pageRangesByGroup indexed by row-group ordinal: sorted disjoint
 * [start, end) row ranges (relative to the group) that could match the filter.
 * An empty array means the group provably contains no matching rows; undefined
 * means no page-level information was available for that group.
 * Also returns pageLocationsByGroup, mapping row-group ordinals and physical
 * leaf paths to page locations, so the read path can reuse the parsed offset
 * indexes without refetching them.
 *
 * @param {object} options
 * @param {AsyncBuffer} options.file
 * @param {FileMetaData} options.metadata
 * @param {ParquetQueryFilter} [options.filter]
 * @param {boolean} [options.filterStrict]
 * @param {number} [options.rowStart]
 * @param {number} [options.rowEnd]
 * @param {string[]} [options.columns]
 * @param {Record<string, BloomFilter>[]} [options.bloomFiltersByGroup]
 * @param {Record<string, SchemaElement>} [options.schemaElements]
 * @param {Partial<ParquetParsers>} [options.parsers]
 * @returns {Promise<{pageRangesByGroup: (PageRanges | undefined)[], pageLocationsByGroup: Record<string, PageLocation[]>[]}>}
 */
async function prefetchPageIndexes({ file, metadata, filter, filterStrict = true, rowStart = 0, rowEnd = Infinity, columns, bloomFiltersByGroup, schemaElements, parsers }) {
  /** @type {(PageRanges | undefined)[]} */
  const pageRangesByGroup = metadata.row_groups.map(() => undefined)
  const pageLocationsByGroup = metadata.row_groups.map(() => /** @type {Record<string, PageLocation[]>} */ ({}))
  if (filter && '$nor' in filter && Array.isArray(filter.$nor)) {
    return { pageRangesByGroup, pageLocationsByGroup }
  }
  const filterColumns = (0,src_filter/* pathsNeededForFilter */.DI)(filter)
  if (!filterColumns.length) return { pageRangesByGroup, pageLocationsByGroup }
  const schemaTree = (0,src_metadata/* parquetSchema */.YR)(metadata)
  const physicalColumns = (0,schema/* getPhysicalColumns */.fX)(schemaTree)
  const elementsByPath = {
    ...physicalSchemaElements(schemaTree),
    ...schemaElements,
  }

  /** @type {ByteRange[]} */
  const indexRanges = []
  /** @type {((file: AsyncBuffer) => Promise<void>)[]} */
  const indexTasks = []
  /** @type {{rgIdx: number, groupRows: number, columnPages: Record<string, ColumnPageStats>}[]} */
  const candidateGroups = []
  let groupStart = 0
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    const groupRows = Number(rowGroup.num_rows)
    const groupEnd = groupStart + groupRows
    const overlaps = groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd
    groupStart = groupEnd
    if (!overlaps) return
    if ((0,src_filter/* canSkipRowGroup */.lu)({ rowGroup, physicalColumns, filter, strict: filterStrict, bloomFilters: bloomFiltersByGroup?.[rgIdx], schemaElements: elementsByPath })) return

    /** @type {Record<string, ColumnPageStats>} */
    const columnPages = {}
    let columnTaskCount = 0
    const scheduledOffsetPaths = new Set()
    let hasFilterIndex = false
    for (const columnName of filterColumns) {
      const columnIdx = physicalColumns.indexOf(columnName)
      if (columnIdx === -1) continue
      const chunk = rowGroup.columns[columnIdx]
      const meta = chunk?.meta_data
      if (!meta) continue
      if (!chunk.column_index_offset || !chunk.column_index_length) continue
      if (!chunk.offset_index_offset || !chunk.offset_index_length) continue
      const element = elementsByPath[columnName]
      if (!element) continue
      hasFilterIndex = true
      scheduledOffsetPaths.add(columnName)
      const columnIndexStart = Number(chunk.column_index_offset)
      const offsetIndexStart = Number(chunk.offset_index_offset)
      const columnIndexEnd = columnIndexStart + chunk.column_index_length
      const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length
      indexRanges.push(
        { startByte: columnIndexStart, endByte: columnIndexEnd },
        { startByte: offsetIndexStart, endByte: offsetIndexEnd }
      )
      columnTaskCount++
      indexTasks.push(async prefetchedFile => {
        const [columnIndexBuffer, offsetIndexBuffer] = await Promise.all([
          prefetchedFile.slice(columnIndexStart, columnIndexEnd),
          prefetchedFile.slice(offsetIndexStart, offsetIndexEnd),
        ])
        const columnIndex = (0,indexes/* readColumnIndex */.Z)({ view: new DataView(columnIndexBuffer), offset: 0 }, element, parsers)
        const offsetIndex = (0,indexes/* readOffsetIndex */.i)({ view: new DataView(offsetIndexBuffer), offset: 0 })
        pageLocationsByGroup[rgIdx][columnName] = offsetIndex.page_locations
        columnPages[columnName] = {
          minValues: columnIndex.min_values,
          maxValues: columnIndex.max_values,
          nullPages: columnIndex.null_pages,
          nullCounts: columnIndex.null_counts,
          pageStarts: offsetIndex.page_locations.map(page => Number(page.first_row_index)),
          element,
        }
      })
    }
    // Candidate ranges are shared by every selected column. Load their offset
    // indexes too so the planner can merge ranges that map to the same coarse
    // page instead of fetching and decoding that page more than once.
    if (hasFilterIndex) {
      for (const chunk of rowGroup.columns) {
        const meta = chunk.meta_data
        if (!meta) continue
        const columnName = meta.path_in_schema[0]
        const columnPath = meta.path_in_schema.join('.')
        if (columns && !columns.includes(columnName)) continue
        if (scheduledOffsetPaths.has(columnPath)) continue
        if (!chunk.offset_index_offset || !chunk.offset_index_length) continue
        scheduledOffsetPaths.add(columnPath)
        const offsetIndexStart = Number(chunk.offset_index_offset)
        const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length
        indexRanges.push({ startByte: offsetIndexStart, endByte: offsetIndexEnd })
        columnTaskCount++
        indexTasks.push(async prefetchedFile => {
          const offsetIndexBuffer = await prefetchedFile.slice(offsetIndexStart, offsetIndexEnd)
          const offsetIndex = (0,indexes/* readOffsetIndex */.i)({ view: new DataView(offsetIndexBuffer), offset: 0 })
          pageLocationsByGroup[rgIdx][columnPath] = offsetIndex.page_locations
        })
      }
    }
    if (columnTaskCount) {
      candidateGroups.push({ rgIdx, groupRows, columnPages })
    }
  })

  if (indexTasks.length) {
    const prefetchedFile = prefetchAsyncBuffer(file, { fetches: coalesceByteRanges(indexRanges) })
    await Promise.all(indexTasks.map(task => task(prefetchedFile)))
    for (const { rgIdx, groupRows, columnPages } of candidateGroups) {
      pageRangesByGroup[rgIdx] = (0,src_filter/* filterPageRanges */.EE)(filter, columnPages, groupRows, filterStrict)
    }
  }
  return { pageRangesByGroup, pageLocationsByGroup }
}

/**
 * Merge overlapping or touching byte ranges. By default no bytes are added;
 * pass maxGap to also merge ranges separated by up to maxGap unrequested bytes,
 * as long as the merged range stays within maxSize.
 *
 * @param {ByteRange[]} ranges
 * @param {number} [maxGap]
 * @param {number} [maxSize]
 * @returns {ByteRange[]}
 */
function coalesceByteRanges(ranges, maxGap = 0, maxSize = Infinity) {
  const sorted = ranges
    .map(range => ({ ...range }))
    .sort((a, b) => a.startByte - b.startByte || a.endByte - b.endByte)
  /** @type {ByteRange[]} */
  const merged = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range.startByte <= last.endByte + maxGap && Math.max(last.endByte, range.endByte) - last.startByte <= maxSize) {
      last.endByte = Math.max(last.endByte, range.endByte)
    } else {
      merged.push(range)
    }
  }
  return merged
}

/**
 * Build a lookup from physical paths to leaf schema elements.
 *
 * @param {SchemaTree} schemaTree
 * @returns {Record<string, SchemaElement>}
 */
function physicalSchemaElements(schemaTree) {
  /** @type {Record<string, SchemaElement>} */
  const elements = {}
  /** @param {SchemaTree} node */
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) traverse(child)
    } else {
      elements[node.path.join('.')] = node.element
    }
  }
  traverse(schemaTree)
  return elements
}

/**
 * Prefetch byte ranges from an AsyncBuffer.
 *
 * @param {AsyncBuffer} file
 * @param {{fetches: ByteRange[]}} options
 * @returns {AsyncBuffer}
 */
function prefetchAsyncBuffer(file, { fetches }) {
  // fetch byte ranges from the file
  const promises = fetches.map(({ startByte, endByte }) => file.slice(startByte, endByte))
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      // find matching slice
      const index = fetches.findIndex(({ startByte, endByte }) => startByte <= start && end <= endByte)
      if (index < 0) {
        // fallback to direct read
        return file.slice(start, end)
      }
      if (fetches[index].startByte !== start || fetches[index].endByte !== end) {
        // slice a subrange of the prefetch
        const startOffset = start - fetches[index].startByte
        const endOffset = end - fetches[index].startByte
        if (promises[index] instanceof Promise) {
          return promises[index].then(buffer => buffer.slice(startOffset, endOffset))
        } else {
          return promises[index].slice(startOffset, endOffset)
        }
      } else {
        return promises[index]
      }
    },
  }
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/rowgroup.js
var rowgroup = __nccwpck_require__(3554);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/utils.js
var utils = __nccwpck_require__(4428);
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/scan.js
/**
 * @import {AsyncRowGroup, BaseParquetReadOptions, BloomFilter, DecodedArray, PageLocation, PageRanges, ParquetScan, ParquetScanOptions, QueryPlan, SchemaElement} from '../src/types.js'
 */

/**
 * @typedef {BaseParquetReadOptions & {
 *   bloomFiltersByGroup?: Record<string, BloomFilter>[],
 *   schemaElements?: Record<string, SchemaElement>,
 *   pageRangesByGroup?: (PageRanges | undefined)[],
 *   pageLocationsByGroup?: Record<string, PageLocation[]>[],
 * }} PreparedParquetReadOptions
 */







/**
 * Prepare a lazy column-oriented scan of a parquet file.
 *
 * The returned ranges are physical, zero-based row ranges in the file. A
 * `pruningFilter` may narrow them using row-group statistics, bloom filters,
 * and page indexes, but does not filter individual values returned by
 * `readColumn`. This makes the scan suitable for query engines that maintain
 * their own row selections while retaining parquet-level I/O pushdown.
 *
 * `columns`, when supplied, limits the columns available to `readColumn`.
 * Columns referenced by `pruningFilter` are included automatically.
 *
 * @param {ParquetScanOptions} options
 * @returns {Promise<ParquetScan>}
 */
async function parquetScan(options) {
  options.metadata ??= await (0,src_metadata/* parquetMetadataAsync */.Ei)(options.file, options)
  const { pruningFilter, ...readOptions } = options
  let { columns } = readOptions
  if (columns && pruningFilter) {
    const selectedColumns = new Set(columns)
    const extraColumns = (0,src_filter/* columnsNeededForFilter */.eD)(pruningFilter)
      .filter(column => !selectedColumns.has(column))
    if (extraColumns.length) columns = [...columns, ...extraColumns]
  }
  const preparedOptions = await prepareParquetOptions({
    ...readOptions,
    columns,
    filter: pruningFilter,
    useOffsetIndex: readOptions.useOffsetIndex ?? true,
  })
  const { metadata } = preparedOptions
  if (!metadata) throw new Error('parquet requires metadata')

  const schemaTree = (0,src_metadata/* parquetSchema */.YR)(metadata)
  const availableColumns = new Set(columns ?? schemaTree.children.map(child => child.element.name))
  const plan = parquetPlanGroups(preparedOptions)
  const candidates = plan.groups.flatMap(group => group.ranges.map(([selectStart, selectEnd]) => ({
    rowStart: group.groupStart + selectStart,
    rowEnd: group.groupStart + selectEnd,
    group,
  })))
  const ranges = candidates.map(({ rowStart, rowEnd }) => ({ rowStart, rowEnd }))
  /** @type {Map<string, {rowStart: number, rowEnd: number, data: Promise<DecodedArray>}>} */
  const cache = new Map()

  /**
   * @param {import('../src/types.js').ParquetScanColumnOptions} columnOptions
   * @returns {Promise<DecodedArray>}
   */
  function readColumn({ column, rowStart, rowEnd }) {
    if (!availableColumns.has(column)) {
      throw new Error(`parquet column not found in scan: ${column}`)
    }
    validateRange(rowStart, rowEnd)
    if (rowStart === rowEnd) return Promise.resolve([])
    const candidateIndex = findCandidate(candidates, rowStart, rowEnd)
    if (candidateIndex < 0) {
      throw new RangeError(`parquet row range [${rowStart}, ${rowEnd}) is outside scan ranges`)
    }
    const { group } = candidates[candidateIndex]

    const cached = cache.get(column)
    if (cached && rowStart >= cached.rowStart && rowEnd <= cached.rowEnd) {
      return cached.data.then(data => sliceDecodedArray(
        data,
        rowStart - cached.rowStart,
        rowEnd - cached.rowStart
      ))
    }

    const data = readColumnRange({
      options: preparedOptions,
      schemaTree,
      group,
      column,
      rowStart,
      rowEnd,
    })
    cache.set(column, { rowStart, rowEnd, data })
    return data
  }

  return {
    metadata,
    ranges,
    readColumn,
  }
}

/**
 * Load optional indexes and build the canonical physical read plan.
 * Shared by row-oriented reads and lazy scans so pruning behavior cannot
 * diverge between APIs.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<{options: PreparedParquetReadOptions, plan: QueryPlan}>}
 */
async function prepareParquetRead(options) {
  const prepared = await prepareParquetOptions(options)
  return {
    options: prepared,
    plan: parquetPlan(prepared),
  }
}

/**
 * Load optional indexes and validate read options without planning data reads.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function prepareParquetOptions(options) {
  const metadata = options.metadata ?? await (0,src_metadata/* parquetMetadataAsync */.Ei)(options.file, options)
  const schemaColumns = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map(child => child.element.name)
  const filterColumns = (0,src_filter/* columnsNeededForFilter */.eD)(options.filter)
  const missingFilterColumns = filterColumns.filter(column => !schemaColumns.includes(column))
  if (missingFilterColumns.length) {
    throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(', ')}`)
  }

  if (options.columns) {
    const missingColumns = options.columns.filter(column => !schemaColumns.includes(column))
    if (missingColumns.length) throw new Error(`parquet column not found: ${missingColumns[0]}`)
  }

  /** @type {PreparedParquetReadOptions} */
  let prepared = { ...options, metadata }
  prepared = await withBloomFilters(prepared)
  prepared = await withPageIndexes(prepared)
  return prepared
}

/**
 * Read all planned row groups, prefetching their coalesced byte ranges.
 *
 * @param {BaseParquetReadOptions} options
 * @param {QueryPlan} plan
 * @returns {AsyncRowGroup[]}
 */
function readParquetPlan(options, plan) {
  const readOptions = { ...options, file: prefetchAsyncBuffer(options.file, plan) }
  return plan.groups.map(group => (0,rowgroup/* readRowGroup */.ES)(readOptions, plan, group))
}

/**
 * @param {object} input
 * @param {PreparedParquetReadOptions} input.options
 * @param {import('../src/types.js').SchemaTree} input.schemaTree
 * @param {ReturnType<typeof parquetPlanGroups>['groups'][number]} input.group
 * @param {string} input.column
 * @param {number} input.rowStart
 * @param {number} input.rowEnd
 * @returns {Promise<DecodedArray>}
 */
async function readColumnRange({ options, schemaTree, group, column, rowStart, rowEnd }) {
  const columnOptions = {
    ...options,
    columns: [column],
    filter: undefined,
    rowStart,
    rowEnd,
    useBloomFilters: false,
    useOffsetIndex: options.useOffsetIndex ?? true,
    usePageIndex: false,
    pageRangesByGroup: undefined,
  }
  const columnPlan = planCandidateColumn({ options, group, column, rowStart, rowEnd })
  const [asyncGroup] = readParquetPlan(columnOptions, columnPlan)
  if (!asyncGroup) throw new Error('parquet scan range not planned')
  const assembled = (0,rowgroup/* assembleAsync */.Ls)(asyncGroup, schemaTree, options.parsers)
  const asyncColumn = assembled.asyncColumns.find(child => child.pathInSchema[0] === column)
  if (!asyncColumn) throw new Error(`parquet column not found: ${column}`)
  const result = await asyncColumn.data
  const data = (0,utils/* flatten */.Bq)(result.data)
  const selectStart = assembled.selectStart ?? rowStart - assembled.groupStart
  const selectEnd = assembled.selectEnd ?? rowEnd - assembled.groupStart
  return sliceDecodedArray(data, selectStart - result.skipped, selectEnd - result.skipped)
}

/**
 * Build a one-column plan from a retained candidate without scanning the
 * file's row groups again.
 *
 * @param {object} input
 * @param {PreparedParquetReadOptions} input.options
 * @param {ReturnType<typeof parquetPlanGroups>['groups'][number]} input.group
 * @param {string} input.column
 * @param {number} input.rowStart
 * @param {number} input.rowEnd
 * @returns {QueryPlan}
 */
function planCandidateColumn({ options, group, column, rowStart, rowEnd }) {
  if (!options.metadata) throw new Error('parquet requires metadata')
  const localPlan = parquetPlanGroup({
    rowGroup: group.rowGroup,
    groupStart: group.groupStart,
    groupRows: group.groupRows,
    ranges: [[rowStart - group.groupStart, rowEnd - group.groupStart]],
    columns: [column],
    useOffsetIndex: options.useOffsetIndex ?? true,
    pageLocations: group.pageLocations,
  })
  const [localGroupPlan] = localPlan.groups
  if (!localGroupPlan) throw new Error(`parquet column not found: ${column}`)
  return {
    metadata: options.metadata,
    rowStart,
    rowEnd,
    columns: [column],
    fetches: [...localPlan.fetches, ...localPlan.indexes],
    groups: [localGroupPlan],
  }
}

/**
 * Find the one candidate that fully contains a requested non-empty range.
 * Candidates are sorted and disjoint, so lookup is logarithmic.
 *
 * @param {{rowStart: number, rowEnd: number}[]} candidates
 * @param {number} rowStart
 * @param {number} rowEnd
 * @returns {number}
 */
function findCandidate(candidates, rowStart, rowEnd) {
  let low = 0
  let high = candidates.length - 1
  while (low <= high) {
    const middle = Math.floor((low + high) / 2)
    const candidate = candidates[middle]
    if (rowStart < candidate.rowStart) {
      high = middle - 1
    } else if (rowStart >= candidate.rowEnd) {
      low = middle + 1
    } else {
      return rowEnd <= candidate.rowEnd ? middle : -1
    }
  }
  return -1
}

/**
 * @param {number} rowStart
 * @param {number} rowEnd
 */
function validateRange(rowStart, rowEnd) {
  if (!Number.isSafeInteger(rowStart) || rowStart < 0) {
    throw new RangeError('parquet rowStart must be a non-negative safe integer')
  }
  if (!Number.isSafeInteger(rowEnd) || rowEnd < rowStart) {
    throw new RangeError('parquet rowEnd must be a safe integer greater than or equal to rowStart')
  }
}

/**
 * Return an exact view over decoded values. Typed arrays retain a zero-copy
 * subarray while ordinary arrays use their native slice.
 *
 * @param {DecodedArray} data
 * @param {number} start
 * @param {number} end
 * @returns {DecodedArray}
 */
function sliceDecodedArray(data, start, end) {
  if (start === 0 && end === data.length) return data
  return Array.isArray(data) ? data.slice(start, end) : data.subarray(start, end)
}

/**
 * Conditionally fetch bloom filters and attach them to planner options.
 *
 * @param {PreparedParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function withBloomFilters(options) {
  if (!options.useBloomFilters || !options.filter || !options.metadata) return options
  const schemaTree = (0,src_metadata/* parquetSchema */.YR)(options.metadata)
  /** @type {Record<string, SchemaElement>} */
  const schemaElements = {}
  for (const child of schemaTree.children) schemaElements[child.element.name] = child.element
  const bloomFiltersByGroup = await prefetchBloomFilters({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
  })
  return { ...options, bloomFiltersByGroup, schemaElements }
}

/**
 * Conditionally fetch page indexes and attach candidate ranges and layouts.
 *
 * @param {PreparedParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function withPageIndexes(options) {
  if (!options.usePageIndex || !options.filter || !options.metadata) return options
  const { pageRangesByGroup, pageLocationsByGroup } = await prefetchPageIndexes({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
    rowStart: options.rowStart,
    rowEnd: options.rowEnd,
    columns: options.columns,
    bloomFiltersByGroup: options.bloomFiltersByGroup,
    schemaElements: options.schemaElements,
    parsers: options.parsers,
  })
  return { ...options, pageRangesByGroup, pageLocationsByGroup }
}


/***/ }),

/***/ 8286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dy: () => (/* binding */ getSchemaPath),
/* harmony export */   ES: () => (/* binding */ isMapLike),
/* harmony export */   fX: () => (/* binding */ getPhysicalColumns),
/* harmony export */   g7: () => (/* binding */ isFlatColumn),
/* harmony export */   mM: () => (/* binding */ getMaxDefinitionLevel),
/* harmony export */   qt: () => (/* binding */ getMaxRepetitionLevel),
/* harmony export */   st: () => (/* binding */ getTreePath),
/* harmony export */   wq: () => (/* binding */ isListLike)
/* harmony export */ });
/**
 * Build a tree from the schema elements.
 *
 * @param {SchemaElement[]} schema
 * @param {number} rootIndex index of the root element
 * @param {string[]} path path to the element
 * @returns {SchemaTree} tree of schema elements
 */
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex]
  const children = []
  let count = 1

  // Read the specified number of children
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count]
      const child = schemaTree(schema, rootIndex + count, [...path, childElement.name])
      count += child.count
      children.push(child)
    }
  }

  return { count, element, children, path }
}

/**
 * Get schema elements from the root to the given element name.
 *
 * @param {SchemaElement[]} schema
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name)
}

/**
 * Get schema tree nodes from the root of a prebuilt tree to the given element name.
 *
 * @param {SchemaTree} tree root of the schema tree
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getTreePath(tree, name) {
  const path = [tree]
  for (const part of name) {
    const child = tree.children.find(child => child.element.name === part)
    if (!child) throw new Error(`parquet schema element not found: ${name}`)
    path.push(child)
    tree = child
  }
  return path
}

/**
 * Get all physical (leaf) column names.
 *
 * @param {SchemaTree} schemaTree
 * @returns {string[]} list of physical column names
 */
function getPhysicalColumns(schemaTree) {
  /** @type {string[]} */
  const columns = []
  /** @param {SchemaTree} node */
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) {
        traverse(child)
      }
    } else {
      columns.push(node.path.join('.'))
    }
  }
  traverse(schemaTree)
  return columns
}

/**
 * Get the max repetition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max repetition level
 */
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath) {
    if (element.repetition_type === 'REPEATED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Get the max definition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max definition level
 */
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== 'REQUIRED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Check if a column is list-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if list-like
 */
function isListLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'LIST') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length > 1) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  return true
}

/**
 * Check if a column is map-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if map-like
 */
function isMapLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'MAP') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length !== 2) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  const keyChild = firstChild.children.find(child => child.element.name === 'key')
  if (keyChild?.element.repetition_type === 'REPEATED') return false

  const valueChild = firstChild.children.find(child => child.element.name === 'value')
  if (valueChild?.element.repetition_type === 'REPEATED') return false

  return true
}

/**
 * Returns true if a column is non-nested.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {boolean}
 */
function isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return false
  const [, column] = schemaPath
  if (column.element.repetition_type === 'REPEATED') return false
  if (column.children.length) return false
  return true
}

/**
 * @import {SchemaElement, SchemaTree} from '../src/types.js'
 */


/***/ }),

/***/ 2558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GD: () => (/* binding */ readZigZagBigInt),
/* harmony export */   Tn: () => (/* binding */ deserializeTCompactProtocol),
/* harmony export */   fN: () => (/* binding */ readZigZag),
/* harmony export */   pT: () => (/* binding */ readVarInt)
/* harmony export */ });
/**
 * @import {DataReader, ThriftObject, ThriftType} from '../src/types.js'
 */

// TCompactProtocol types
const STOP = 0
const TRUE = 1
const FALSE = 2
const BYTE = 3
const I16 = 4
const I32 = 5
const I64 = 6
const DOUBLE = 7
const BINARY = 8
const LIST = 9
const STRUCT = 12

/**
 * Parse TCompactProtocol
 *
 * @param {DataReader} reader
 * @returns {{ [key: `field_${number}`]: any }}
 */
function deserializeTCompactProtocol(reader) {
  /** @type {ThriftObject} */
  const value = {}
  let fid = 0

  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error('thrift struct ended without STOP')
    // Parse each field based on its type and add to the result object
    const byte = reader.view.getUint8(reader.offset++)
    const type = byte & 0x0f
    if (type === STOP) break
    const delta = byte >> 4
    fid = delta ? fid + delta : readZigZag(reader)
    value[`field_${fid}`] = readElement(reader, type)
  }

  return value
}

/**
 * Read a single element based on its type
 *
 * @param {DataReader} reader
 * @param {number} type
 * @returns {ThriftType}
 */
function readElement(reader, type) {
  switch (type) {
  case TRUE:
    return true
  case FALSE:
    return false
  case BYTE:
    return reader.view.getInt8(reader.offset++)
  case I16:
  case I32:
    return readZigZag(reader)
  case I64:
    return readZigZagBigInt(reader)
  case DOUBLE: {
    const value = reader.view.getFloat64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case BINARY: {
    const stringLength = readVarInt(reader)
    if (reader.offset + stringLength > reader.view.byteLength) {
      throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`)
    }
    const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength)
    reader.offset += stringLength
    return strBytes
  }
  case LIST: {
    const byte = reader.view.getUint8(reader.offset++)
    const elemType = byte & 0x0f
    let listSize = byte >> 4
    if (listSize === 15) {
      listSize = readVarInt(reader)
    }
    const boolType = elemType === TRUE || elemType === FALSE
    const values = new Array(listSize)
    for (let i = 0; i < listSize; i++) {
      values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType)
    }
    return values
  }
  case STRUCT:
    // main function handles struct parsing
    return deserializeTCompactProtocol(reader)
  default:
    // MAP, SET, UUID not used by parquet
    throw new Error(`thrift unhandled type: ${type}`)
  }
}

/**
 * Read varint aka Unsigned LEB128.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readVarInt(reader) {
  let result = 0
  let shift = 0
  while (true) {
    // Read groups of 7 low bits until high bit is 0
    const byte = reader.view.getUint8(reader.offset++)
    result |= (byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7
  }
}

/**
 * Read a varint as a bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readVarBigInt(reader) {
  let result = 0n
  let shift = 0n
  while (true) {
    const byte = reader.view.getUint8(reader.offset++)
    result |= BigInt(byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7n
  }
}

/**
 * Read a zigzag number.
 * Zigzag folds positive and negative numbers into the positive number space.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZag(reader) {
  const zigzag = readVarInt(reader)
  return zigzag >>> 1 ^ -(zigzag & 1)
}

/**
 * Read a zigzag bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader)
  return zigzag >> 1n ^ -(zigzag & 1n)
}


/***/ }),

/***/ 4428:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ flatten),
/* harmony export */   aI: () => (/* binding */ equals),
/* harmony export */   xW: () => (/* binding */ concat)
/* harmony export */ });
/* unused harmony exports toJson, byteLengthFromUrl, asyncBufferFromUrl, cachedAsyncBuffer */
/**
 * @import {AsyncBuffer, Awaitable, DecodedArray} from '../src/types.js'
 */



/**
 * Replace bigint, date, etc with legal JSON types.
 *
 * @param {any} obj object to convert
 * @returns {unknown} converted object
 */
function toJson(obj) {
  if (obj === undefined) return null
  if (typeof obj === 'bigint') return Number(obj)
  if (Object.is(obj, -0)) return 0
  if (Array.isArray(obj)) return obj.map(toJson)
  if (obj instanceof Uint8Array) return Array.from(obj)
  if (obj instanceof Date) return obj.toISOString()
  if (obj instanceof Object) {
    /** @type {Record<string, unknown>} */
    const newObj = {}
    for (const key of Object.keys(obj)) {
      if (obj[key] === undefined) continue
      newObj[key] = toJson(obj[key])
    }
    return newObj
  }
  return obj
}

/**
 * Concatenate two arrays fast.
 *
 * @param {any[]} aaa
 * @param {DecodedArray} bbb
 */
function concat(aaa, bbb) {
  const chunk = 10000
  for (let i = 0; i < bbb.length; i += chunk) {
    aaa.push(...bbb.slice(i, i + chunk))
  }
}

/**
 * Deep equality.
 *
 * @param {any} a
 * @param {any} b
 * @param {boolean} [strict]
 * @returns {boolean}
 */
function equals(a, b, strict = true) {
  // eslint-disable-next-line eqeqeq
  if (strict ? a === b : a == b) return true
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false

  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false
    }
    return true
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (!equals(a[i], b[i], strict)) return false
    }
    return true
  }

  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  for (const k of aKeys) {
    if (!equals(a[k], b[k], strict)) return false
  }
  return true
}

/**
 * Get the byte length using fetch with a ranged GET request.
 * Aborts the request if server returns 200 instead of 206.
 *
 * @param {string} url
 * @param {RequestInit} [requestInit] fetch options
 * @param {typeof globalThis.fetch} [fetchFn] fetch function to use
 * @returns {Promise<number>}
 */
async function byteLengthFromUrlUsingGet(url, requestInit = {}, fetchFn = globalThis.fetch) {
  const controller = new AbortController()
  const headers = new Headers(requestInit.headers)
  headers.set('Range', 'bytes=0-0')

  const res = await fetchFn(url, {
    ...requestInit,
    headers,
    signal: controller.signal,
  })

  if (!res.ok) throw new Error(`fetch with range failed ${res.status}`)

  // Server supports Range requests (206 Partial Content)
  if (res.status === 206) {
    const contentRange = res.headers.get('Content-Range')
    if (!contentRange) throw new Error('missing content-range header')

    // Parse "bytes 0-0/9446073" to get total length
    const match = contentRange.match(/bytes \d+-\d+\/(\d+)/)
    if (!match) throw new Error(`invalid content-range header: ${contentRange}`)

    return parseInt(match[1])
  }

  // Server ignored Range and returned 200 - get Content-Length and abort request
  if (res.status === 200) {
    const contentLength = res.headers.get('Content-Length')

    // Abort the request to stop any ongoing download
    controller.abort()

    if (contentLength) return parseInt(contentLength)
  }

  throw new Error('server does not support range requests and missing content-length')
}

/**
 * Get the byte length of a URL using a HEAD request.
 * If HEAD fails with 403 (e.g., with signed S3 URLs), falls back to a ranged GET request.
 * If HEAD succeeds but Content-Length is missing, falls back to GET with range.
 * If requestInit is provided, it will be passed to fetch.
 *
 * @param {string} url
 * @param {RequestInit} [requestInit] fetch options
 * @param {typeof globalThis.fetch} [customFetch] fetch function to use
 * @returns {Promise<number>}
 */
async function byteLengthFromUrl(url, requestInit, customFetch) {
  const fetch = customFetch ?? globalThis.fetch
  const res = await fetch(url, { ...requestInit, method: 'HEAD' })

  // If HEAD request is forbidden (common with signed S3 URLs), try GET with range
  if (res.status === 403) {
    return byteLengthFromUrlUsingGet(url, requestInit, fetch)
  }

  if (!res.ok) throw new Error(`fetch head failed ${res.status}`)
  const length = res.headers.get('Content-Length')
  // If Content-Length is missing from HEAD, fallback to GET with range
  if (!length) {
    return byteLengthFromUrlUsingGet(url, requestInit, fetch)
  }
  return parseInt(length)
}

/**
 * Construct an AsyncBuffer for a URL.
 * If byteLength is not provided, will make a HEAD request to get the file size.
 * If fetch is provided, it will be used instead of the global fetch.
 * If requestInit is provided, it will be passed to fetch.
 *
 * @param {object} options
 * @param {string} options.url
 * @param {number} [options.byteLength]
 * @param {typeof globalThis.fetch} [options.fetch] fetch function to use
 * @param {RequestInit} [options.requestInit]
 * @returns {Promise<AsyncBuffer>}
 */
async function asyncBufferFromUrl({ url, byteLength, requestInit, fetch: customFetch }) {
  if (!url) throw new Error('missing url')
  const fetch = customFetch ?? globalThis.fetch
  // byte length from HEAD request
  byteLength ??= await byteLengthFromUrl(url, requestInit, fetch)

  /**
   * A promise for the whole buffer, if range requests are not supported.
   * @type {Promise<ArrayBuffer>|undefined}
   */
  let buffer = undefined
  const init = requestInit || {}

  return {
    byteLength,
    async slice(start, end) {
      if (buffer) {
        return buffer.then(buffer => buffer.slice(start, end))
      }

      const headers = new Headers(init.headers)
      const endStr = end === undefined ? '' : end - 1
      headers.set('Range', `bytes=${start}-${endStr}`)

      const res = await fetch(url, { ...init, headers })
      if (!res.ok || !res.body) throw new Error(`fetch failed ${res.status}`)

      if (res.status === 200) {
        // Endpoint does not support range requests and returned the whole object
        buffer = res.arrayBuffer()
        return buffer.then(buffer => buffer.slice(start, end))
      } else if (res.status === 206) {
        // The endpoint supports range requests and sent us the requested range
        return res.arrayBuffer()
      } else {
        throw new Error(`fetch received unexpected status code ${res.status}`)
      }
    },
  }
}

/**
 * Returns a cached layer on top of an AsyncBuffer. For caching slices of a file
 * that are read multiple times, possibly over a network.
 *
 * @param {AsyncBuffer} file file-like object to cache
 * @param {{ minSize?: number }} [options]
 * @returns {AsyncBuffer} cached file-like object
 */
function cachedAsyncBuffer({ byteLength, slice }, { minSize = defaultInitialFetchSize } = {}) {
  if (byteLength < minSize) {
    // Cache whole file if it's small
    const buffer = slice(0, byteLength)
    return {
      byteLength,
      async slice(start, end) {
        return (await buffer).slice(start, end)
      },
    }
  }
  const cache = new Map()
  return {
    byteLength,
    /**
     * @param {number} start
     * @param {number} [end]
     * @returns {Awaitable<ArrayBuffer>}
     */
    slice(start, end) {
      const key = cacheKey(start, end, byteLength)
      const cached = cache.get(key)
      if (cached) return cached
      // cache miss, read from file
      const promise = slice(start, end)
      cache.set(key, promise)
      return promise
    },
  }
}


/**
 * Returns canonical cache key for a byte range 'start,end'.
 * Normalize int-range and suffix-range requests to the same key.
 *
 * @param {number} start start byte of range
 * @param {number} [end] end byte of range, or undefined for suffix range
 * @param {number} [size] size of file, or undefined for suffix range
 * @returns {string}
 */
function cacheKey(start, end, size) {
  if (start < 0) {
    if (end !== undefined) throw new Error(`invalid suffix range [${start}, ${end}]`)
    if (size === undefined) return `${start},`
    return `${size + start},${size}`
  } else if (end !== undefined) {
    if (start > end) throw new Error(`invalid empty range [${start}, ${end}]`)
    return `${start},${end}`
  } else if (size === undefined) {
    return `${start},`
  } else {
    return `${start},${size}`
  }
}

/**
 * Flatten a list of lists into a single list.
 *
 * @param {DecodedArray[]} [chunks]
 * @returns {DecodedArray}
 */
function flatten(chunks) {
  if (!chunks) return []
  if (chunks.length === 1) return chunks[0]
  /** @type {any[]} */
  const output = []
  for (const chunk of chunks) {
    concat(output, chunk)
  }
  return output
}


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4155);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
