export const id = 832;
export const ids = [832];
export const modules = {

/***/ 9832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isParquet: () => (/* reexport safe */ _parquet_file_js__WEBPACK_IMPORTED_MODULE_3__.P8),
/* harmony export */   readParquetInto: () => (/* binding */ readParquetInto)
/* harmony export */ });
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7033);
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(138);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9567);
/* harmony import */ var _parquet_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2427);




/**
 * Parquet prediction files (SPEC §3.1), read with hyparquet one row group at a time into the same builder as the
 * text formats. A row is handed to the builder as JS values, like a JSON record: numbers, strings, booleans and
 * null; INT64 values become numbers when they are safe integers and decimal text otherwise, so ids above 2^53
 * keep every digit; timestamps become ISO 8601 text; lists become arrays (a `list<double>` `y_score` column is
 * read like a JSONL score array).
 */


/**
 * Appends every row of a Parquet file to the builder, one row group at a time, with 1-based record numbers in
 * errors. With `overrides` (the same ones the builder was made with), only the columns the plan uses are
 * decoded; without, every top-level column is. Bad or truncated files are an `InputError` naming the file.
 */
async function readParquetInto(file, builder, overrides) {
    const name = file.name;
    const source = asSource(file.bytes);
    await checkMagic(source, name);
    const metadata = await guard(name, 'cannot read the Parquet footer', () => (0,hyparquet__WEBPACK_IMPORTED_MODULE_4__/* .parquetMetadataAsync */ .Ei)(source));
    const header = (0,hyparquet__WEBPACK_IMPORTED_MODULE_4__/* .parquetSchema */ .YR)(metadata).children.map((child) => child.element.name);
    if (header.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('the Parquet file has no columns', { file: name });
    const used = usedColumns(header, overrides, name);
    const scan = await guard(name, 'cannot read the Parquet file', () => (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .parquetScan */ .Ik)({ file: source, metadata, columns: used.map((c) => header[c]), compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__/* .compressors */ .Vm }));
    const cells = new Array(header.length).fill(undefined);
    let sink;
    let expected = 0;
    for (const { rowStart, rowEnd } of scan.ranges) {
        if (rowStart !== expected) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`corrupt Parquet file: rows ${expected + 1} to ${rowStart} are in no row group`, { file: name });
        }
        expected = rowEnd;
        const rows = rowEnd - rowStart;
        if (rows === 0)
            continue;
        const readers = await Promise.all(used.map(async (c) => {
            const column = header[c];
            const data = await guard(name, `cannot read Parquet column "${column}" (records ${rowStart + 1}–${rowEnd})`, () => scan.readColumn({ column, rowStart, rowEnd }));
            if (data.length !== rows) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`corrupt Parquet data in column "${column}": ${data.length} values for records ${rowStart + 1}–${rowEnd}`, { file: name });
            }
            return cellReader(data);
        }));
        for (let r = 0; r < rows; r++) {
            for (let k = 0; k < used.length; k++)
                cells[used[k]] = readers[k](r);
            sink ??= builder.beginFile(name, header, [...cells], 'record');
            sink(cells, rowStart + r + 1);
        }
    }
    checkRowCount(metadata, expected, name);
    if (!sink) {
        builder.beginFile(name, header, undefined, 'record');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('no data rows; the Parquet file has columns but no rows', { file: name });
    }
}
function asSource(bytes) {
    if (!(bytes instanceof Uint8Array))
        return bytes;
    // A Node Buffer may be a view into a shared pool: slice the view, never the whole underlying buffer. Each slice
    // copies only the range hyparquet asks for (the footer, then one column chunk at a time).
    return {
        byteLength: bytes.byteLength,
        // Uint8Array's slice copies; Buffer's (a Node override) returns a view whose .buffer is the whole pool.
        slice: (start, end = bytes.byteLength) => Uint8Array.prototype.slice.call(bytes, start, end).buffer,
    };
}
async function checkMagic(source, file) {
    const size = source.byteLength;
    if (size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('empty file', { file });
    const head = new Uint8Array(await source.slice(0, Math.min(4, size)));
    if (!(0,_parquet_file_js__WEBPACK_IMPORTED_MODULE_3__/* .startsWithMagic */ .hn)(head))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('not a Parquet file: it does not start with "PAR1"', { file });
    const tail = size >= _parquet_file_js__WEBPACK_IMPORTED_MODULE_3__/* .MIN_SIZE */ .TL ? new Uint8Array(await source.slice(size - 4, size)) : new Uint8Array();
    if (!(0,_parquet_file_js__WEBPACK_IMPORTED_MODULE_3__/* .startsWithMagic */ .hn)(tail)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`truncated or corrupt Parquet file: no "PAR1" footer at its end (${size} bytes)`, { file });
    }
}
/** Header positions to decode: those the plan uses, or all when the overrides are not known. */
function usedColumns(header, overrides, file) {
    if (!overrides)
        return header.map((_, index) => index);
    const plan = (0,_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .planColumns */ .j)(header, overrides, file);
    const used = new Set([plan.label.index]);
    for (const column of [plan.prediction, plan.score, plan.id, plan.weight, ...plan.slices]) {
        if (column)
            used.add(column.index);
    }
    for (const column of plan.classScores?.columns ?? [])
        used.add(column.index);
    return [...used].sort((a, b) => a - b);
}
function checkRowCount(metadata, read, file) {
    const declared = Number(metadata.num_rows);
    if (declared !== read) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`corrupt Parquet file: the footer declares ${declared} rows, the row groups hold ${read}`, {
            file,
        });
    }
}
/** Runs a hyparquet call and turns whatever it throws on bad bytes into an `InputError` naming the file. */
async function guard(file, problem, run) {
    try {
        return await run();
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${problem} (${reason})`, { file });
    }
}
/** How to read one decoded column chunk as cells; typed arrays of numbers need no per-cell conversion. */
function cellReader(data) {
    if (data instanceof BigInt64Array || data instanceof BigUint64Array)
        return (row) => bigintCell(data[row]);
    if (ArrayBuffer.isView(data))
        return (row) => data[row];
    const values = data;
    return (row) => toCell(values[row]);
}
/** A safe integer as a number; beyond ±2^53 as exact decimal text (ids must not collide). */
function bigintCell(value) {
    return value >= -MAX_SAFE && value <= MAX_SAFE ? Number(value) : value.toString();
}
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** A decoded Parquet value as the JSON-like value the builder expects. */
function toCell(value) {
    switch (typeof value) {
        case 'number':
        case 'string':
        case 'boolean':
            return value;
        case 'bigint':
            return bigintCell(value);
        case 'undefined':
            return null;
        case 'object':
            if (value === null)
                return null;
            if (value instanceof Date)
                return Number.isNaN(value.getTime()) ? null : value.toISOString();
            if (Array.isArray(value))
                return value.map(toCell);
            if (ArrayBuffer.isView(value))
                return Array.from(value, toCell);
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCell(v)]));
        default:
            return String(value);
    }
}


/***/ })

};
