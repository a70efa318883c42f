export const id = 362;
export const ids = [362];
export const modules = {

/***/ 6362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isParquet: () => (/* reexport */ parquet_file/* isParquet */.P8),
  readParquetInto: () => (/* binding */ readParquetInto)
});

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/scan.js + 1 modules
var src_scan = __webpack_require__(503);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/ingest/table/columns.ts
var columns = __webpack_require__(1876);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 15 modules
var src = __webpack_require__(1031);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var src_column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(9234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 3 modules
var datapage = __webpack_require__(6884);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(4809);
// EXTERNAL MODULE: ./src/ingest/table/byte-interner.ts
var byte_interner = __webpack_require__(5605);
;// CONCATENATED MODULE: ./src/ingest/formats/parquet-outputs.ts


/*
 * Where the Parquet fast path (parquet-columns.ts) puts a column chunk's values: numbers into a Float64Array
 * (or codes into their dictionary while every page is dictionary-encoded), text and booleans as codes into their
 * distinct values, each page's values placed at their rows in one pass.
 */
/** The output for a column of physical type `type`, writing into `arrays`. */
function outputFor(type, rows, arrays) {
    if (type === 'BYTE_ARRAY')
        return new TextOutput(arrays.int32s(rows));
    if (type === 'BOOLEAN')
        return new BooleanOutput(arrays.int32s(rows));
    return new NumberOutput(rows, arrays);
}
/**
 * The typed arrays one column's batches are decoded into, reused from one row group to the next: a batch is
 * appended to the table (copied) before the next row group is decoded, and reusing them leaves no garbage per
 * row group (the 10M-row file peaked at 344-371 MB while the collector caught up with it, 290-301 MB now).
 */
class ColumnArrays {
    int32 = new Int32Array(0);
    float64 = new Float64Array(0);
    int32s(size) {
        if (this.int32.length < size)
            this.int32 = new Int32Array(size);
        return this.int32.subarray(0, size);
    }
    float64s(size) {
        if (this.float64.length < size)
            this.float64 = new Float64Array(size);
        return this.float64.subarray(0, size);
    }
}
/** True when `indices` were decoded into `codes` at row `at` (see `indexTarget`). */
const inPlace = (indices, codes, at) => indices.buffer === codes.buffer && indices.byteOffset === codes.byteOffset + at * Int32Array.BYTES_PER_ELEMENT;
/** ±(2^53 - 1): INT64 values beyond it are kept as text, like the row path keeps them. */
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO_32 = 4294967296;
/**
 * INT32, INT64, FLOAT and DOUBLE columns. While every page is dictionary-encoded they stay codes into the
 * dictionary (a label column then needs no lookup by value); a plain page turns them into a Float64Array, with
 * a validity mask once a null is seen.
 */
class NumberOutput {
    rows;
    arrays;
    values;
    valid;
    /** Dictionary indices per row (-1 for null), until a plain page comes. */
    codes;
    hasNull = false;
    lookup;
    /** INT64 values beyond ±2^53 as exact decimal text, by row. */
    big;
    constructor(rows, arrays) {
        this.rows = rows;
        this.arrays = arrays;
    }
    dictionary(values) {
        if (this.codes)
            throw new Error('a second dictionary page');
        if (values instanceof BigInt64Array) {
            const big = new Map();
            const numbers = int64Numbers(values, big);
            return (this.lookup = { values: numbers, big: big.size > 0 ? big : undefined });
        }
        return (this.lookup = { values: Float64Array.from(numericArray(values)), big: undefined });
    }
    placeValues(at, count, levels, dense) {
        let numbers;
        let big;
        if (dense instanceof BigInt64Array) {
            big = new Map();
            numbers = int64Numbers(dense, big);
            if (big.size === 0)
                big = undefined;
        }
        else {
            numbers = numericArray(dense);
        }
        const values = this.numbers(at);
        if (!levels) {
            values.set(numbers, at);
            if (big)
                for (const [k, text] of big)
                    this.keepBig(at + k, text);
            return;
        }
        const valid = this.mask();
        let j = 0;
        for (let i = 0; i < count; i++) {
            if (levels[i] === 0) {
                valid[at + i] = 0;
                continue;
            }
            const text = big?.get(j);
            if (text !== undefined)
                this.keepBig(at + i, text);
            values[at + i] = numbers[j++];
        }
    }
    placeCodes(at, count, levels, indices, dictionary, bound) {
        if (dictionary instanceof Int32Array)
            throw new Error('not a number dictionary');
        const size = dictionary.values.length;
        if (this.values) {
            this.placeLookedUp(at, count, levels, indices, dictionary);
            return;
        }
        const codes = (this.codes ??= this.arrays.int32s(this.rows));
        if (!levels) {
            if (!inPlace(indices, codes, at))
                codes.set(indices, at);
            // Indices the decoder bounds by the dictionary's size (two classes at bit width 1, say) need no pass.
            if (bound > size)
                for (let i = at; i < at + count; i++)
                    if (codes[i] >>> 0 >= size)
                        throw new Error('a dictionary index out of range');
            return;
        }
        let j = 0;
        for (let i = 0; i < count; i++) {
            if (levels[i] === 0) {
                codes[at + i] = -1;
                this.hasNull = true;
                continue;
            }
            const index = indices[j++];
            if (index >>> 0 >= size)
                throw new Error('a dictionary index out of range');
            codes[at + i] = index;
        }
    }
    indexTarget(at, count) {
        return this.values ? undefined : (this.codes ??= this.arrays.int32s(this.rows)).subarray(at, at + count);
    }
    placeLookedUp(at, count, levels, indices, dictionary) {
        const { values: lookup, big } = dictionary;
        const size = lookup.length;
        const values = this.values;
        const valid = levels ? this.mask() : undefined;
        let j = 0;
        for (let i = 0; i < count; i++) {
            if (levels && levels[i] === 0) {
                valid[at + i] = 0;
                continue;
            }
            const index = indices[j++];
            if (index >>> 0 >= size)
                throw new Error('a dictionary index out of range');
            values[at + i] = lookup[index];
            const text = big?.get(index);
            if (text !== undefined)
                this.keepBig(at + i, text);
        }
    }
    /** The values as numbers, the rows before `at` looked up in the dictionary if they were codes so far. */
    numbers(at) {
        if (this.values)
            return this.values;
        const values = (this.values = this.arrays.float64s(this.rows));
        const codes = this.codes;
        if (codes) {
            this.codes = undefined;
            const { values: lookup, big } = this.lookup;
            for (let i = 0; i < at; i++) {
                const code = codes[i];
                if (code < 0) {
                    this.mask()[i] = 0;
                    continue;
                }
                values[i] = lookup[code];
                const text = big?.get(code);
                if (text !== undefined)
                    this.keepBig(i, text);
            }
        }
        return values;
    }
    keepBig(row, text) {
        (this.big ??= new Map()).set(row, text);
    }
    mask() {
        return (this.valid ??= new Uint8Array(this.rows).fill(1));
    }
    finish() {
        const codes = this.codes;
        if (codes) {
            const { values: lookup, big } = this.lookup;
            const cells = Array.from(lookup);
            if (big)
                for (const [index, text] of big)
                    cells[index] = text;
            if (this.hasNull) {
                const nullCode = cells.push(null) - 1;
                for (let i = 0; i < codes.length; i++)
                    if (codes[i] === -1)
                        codes[i] = nullCode;
            }
            return { kind: 'coded', codes, values: cells };
        }
        const { valid, big } = this;
        const values = this.numbers(0);
        if (!big)
            return { kind: 'numbers', values, valid };
        const cells = Array.from(values, (value, r) => (valid && valid[r] === 0 ? null : value));
        for (const [r, text] of big)
            cells[r] = text;
        return { kind: 'cells', cells };
    }
}
function numericArray(values) {
    if (values.length === 0)
        return values; // a page of nulls reads as []
    if (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array)
        return values;
    throw new Error('not a numeric page');
}
/**
 * INT64 values as numbers, read as two 32-bit halves (no BigInt per value); values beyond ±2^53 go into `big`
 * as exact decimal text by position (their number is only a placeholder).
 */
function int64Numbers(values, big) {
    const halves = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    const out = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const high = halves[2 * i + 1];
        const value = high * TWO_32 + (halves[2 * i] >>> 0);
        out[i] = value;
        if (high < -0x200000 || high >= 0x200000 || value < -MAX_SAFE)
            big.set(i, values[i].toString());
    }
    return out;
}
/** BYTE_ARRAY columns: codes into the distinct texts, decoded once each by hyparquet's `stringFromBytes`. */
class TextOutput {
    codes;
    texts = [];
    bytes = new byte_interner/* ByteInterner */.M();
    byText = new Map();
    /** @param codes where the rows' codes go, one per row (every one is written). */
    constructor(codes) {
        this.codes = codes;
    }
    code(value) {
        let code = this.bytes.lookup(value, 0, value.length);
        if (code < 0) {
            code = this.intern(convert/* DEFAULT_PARSERS */.Rc.stringFromBytes(value));
            this.bytes.remember(value, 0, value.length, code);
        }
        return code;
    }
    intern(text) {
        let code = this.byText.get(text);
        if (code === undefined) {
            code = this.texts.length;
            this.texts.push(text);
            this.byText.set(text, code);
        }
        return code;
    }
    dictionary(values) {
        return Int32Array.from(byteArrays(values), (value) => this.code(value));
    }
    placeValues(at, count, levels, dense) {
        const values = byteArrays(dense);
        const codes = this.codes;
        let j = 0;
        for (let i = 0; i < count; i++)
            codes[at + i] = levels && levels[i] === 0 ? this.intern(null) : this.code(values[j++]);
    }
    placeCodes(at, count, levels, indices, dictionary) {
        if (!(dictionary instanceof Int32Array))
            throw new Error('not a text dictionary');
        const codes = this.codes;
        const size = dictionary.length;
        let j = 0;
        for (let i = 0; i < count; i++) {
            if (levels && levels[i] === 0) {
                codes[at + i] = this.intern(null);
                continue;
            }
            const index = indices[j++];
            if (index >>> 0 >= size)
                throw new Error('a dictionary index out of range');
            codes[at + i] = dictionary[index];
        }
    }
    indexTarget(at, count) {
        return this.codes.subarray(at, at + count);
    }
    finish() {
        return { kind: 'coded', codes: this.codes, values: this.texts };
    }
}
function byteArrays(values) {
    if (!Array.isArray(values) || (values.length > 0 && !(values[0] instanceof Uint8Array)))
        throw new Error('not a text page');
    return values;
}
/** BOOLEAN columns: codes into [false, true, null]. */
class BooleanOutput {
    codes;
    /** @param codes where the rows' codes go, one per row (every one is written). */
    constructor(codes) {
        this.codes = codes;
    }
    dictionary() {
        throw new Error('a dictionary of booleans');
    }
    placeValues(at, count, levels, dense) {
        if (!Array.isArray(dense) || (dense.length > 0 && typeof dense[0] !== 'boolean'))
            throw new Error('not a boolean page');
        const codes = this.codes;
        let j = 0;
        for (let i = 0; i < count; i++)
            codes[at + i] = levels && levels[i] === 0 ? 2 : dense[j++] ? 1 : 0;
    }
    placeCodes() {
        throw new Error('dictionary-encoded booleans');
    }
    indexTarget() {
        return undefined;
    }
    finish() {
        return { kind: 'coded', codes: this.codes, values: [false, true, null] };
    }
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var encoding = __webpack_require__(3448);
;// CONCATENATED MODULE: ./src/ingest/formats/rle-hybrid.ts

/**
 * Parquet's RLE/bit-packed hybrid (dictionary indices, definition levels), decoded as hyparquet's
 * `readRleBitPackedHybrid` decodes it, value for value and byte for byte, but a byte at a time rather than a bit
 * at a time: a label column's indices took 84 ms per 10M rows there, as much as the rest of its decoding.
 * Bit widths above 24 (dictionaries of more than 16M values) go to hyparquet itself.
 * test/ingest/rle-hybrid.test.ts holds the two to the same output, offsets and failures on random input.
 *
 * Returns a bound: every value written to `output` is below it (infinity when hyparquet decoded), so that a
 * dictionary at least that large needs no check of its indices.
 */
function readRleBitPackedHybridFast(reader, width, output, length) {
    if (width < 1 || width > MAX_WIDTH) {
        (0,encoding/* readRleBitPackedHybrid */.z)(reader, width, output, length);
        return Number.POSITIVE_INFINITY;
    }
    const { view } = reader;
    if (length === undefined) {
        length = view.getUint32(reader.offset, true);
        reader.offset += 4;
    }
    const start = reader.offset;
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    const end = bytes.length;
    let p = start;
    let seen = 0;
    // Bit-packed values have `width` bits; an RLE value has whole bytes, so it may be larger (nothing checks it).
    let bound = 0;
    while (seen < output.length) {
        // The run header, a ULEB128 varint read with 32-bit arithmetic as hyparquet reads it.
        let header = 0;
        let shift = 0;
        for (;;) {
            if (p >= end)
                throw new RangeError('RLE/bit-packed run header beyond the page');
            const byte = bytes[p++];
            header |= (byte & 0x7f) << shift;
            if (!(byte & 0x80))
                break;
            shift += 7;
        }
        if (header & 1) {
            // Bit-packed: groups of 8 values, width bits each, least significant bit first.
            const count = (header >> 1) << 3;
            const size = count === 0 ? 1 : (count * width) / 8; // hyparquet reads one byte even for an empty run
            if (count < 0 || p + size > end)
                throw new RangeError('bit-packed run beyond the page');
            const take = Math.min(count, output.length - seen);
            seen = width === 1 ? unpackBits(bytes, p, output, seen, take) : unpack(bytes, p, width, output, seen, take);
            p += size;
            if (take > 0)
                bound = Math.max(bound, 2 ** width);
        }
        else {
            // RLE: one value in ceil(width / 8) bytes, repeated.
            const count = header >>> 1;
            const size = (width + 7) >> 3;
            if (p + size > end)
                throw new RangeError('RLE run beyond the page');
            let value = 0;
            for (let i = 0; i < size; i++)
                value |= bytes[p++] << (i << 3);
            const last = Math.min(output.length, seen + count);
            output.fill(value, seen, last);
            if (last > seen)
                bound = Math.max(bound, value + 1);
            seen += count;
        }
    }
    reader.offset = start + length;
    return bound;
}
/** Wider values could need more than the 31 bits the accumulator below holds. */
const MAX_WIDTH = 24;
/** `take` values of `width` bits from `bytes[p]` on, into `output` from `seen`; returns the new `seen`. */
function unpack(bytes, p, width, output, seen, take) {
    const mask = (1 << width) - 1;
    let bits = 0;
    let buffer = 0;
    const stop = seen + take;
    while (seen < stop) {
        while (bits < width) {
            buffer |= bytes[p++] << bits;
            bits += 8;
        }
        output[seen++] = buffer & mask;
        buffer >>>= width;
        bits -= width;
    }
    return seen;
}
/**
 * `unpack` at width 1 (two-valued labels, definition levels): eight values per byte, 0.9-1.5 ms per million
 * values against 4.4-4.7 ms for `unpack`.
 */
function unpackBits(bytes, p, output, seen, take) {
    const stop = seen + take;
    while (seen + 8 <= stop) {
        const byte = bytes[p++];
        output[seen] = byte & 1;
        output[seen + 1] = (byte >> 1) & 1;
        output[seen + 2] = (byte >> 2) & 1;
        output[seen + 3] = (byte >> 3) & 1;
        output[seen + 4] = (byte >> 4) & 1;
        output[seen + 5] = (byte >> 5) & 1;
        output[seen + 6] = (byte >> 6) & 1;
        output[seen + 7] = (byte >> 7) & 1;
        seen += 8;
    }
    for (let bit = 0; seen < stop; bit++)
        output[seen++] = (bytes[p] >> bit) & 1;
    return seen;
}

;// CONCATENATED MODULE: ./src/ingest/formats/parquet-columns.ts







const INTEGER_TYPES = new Set(['INT_8', 'INT_16', 'INT_32', 'INT_64', 'UINT_8', 'UINT_16']);
/**
 * The used columns (header positions) as flat columns, or undefined when one of them is nested, repeated or of
 * a type hyparquet converts (dates, timestamps, decimals, unsigned 32/64-bit integers, JSON…): the row path
 * reads those files.
 */
function flatColumns(schema, used) {
    const columns = [];
    for (const index of used) {
        const node = schema.children[index];
        if (!node || node.children.length > 0)
            return undefined;
        const element = node.element;
        const type = element.type;
        if (element.repetition_type === 'REPEATED' || !isPlainType(type, element.converted_type, element.logical_type))
            return undefined;
        const decoder = { pathInSchema: [element.name], type: type, element, schemaPath: [schema, node], parsers: convert/* DEFAULT_PARSERS */.Rc, compressors };
        columns.push({ index, name: element.name, type: type, decoder, optional: element.repetition_type !== 'REQUIRED' });
    }
    return columns;
}
function isPlainType(type, converted, logical) {
    if (type === 'BYTE_ARRAY') {
        return (converted === undefined || converted === 'UTF8' || converted === 'ENUM') &&
            (logical === undefined || logical.type === 'STRING' || logical.type === 'ENUM');
    }
    if (type === 'BOOLEAN' || type === 'FLOAT' || type === 'DOUBLE')
        return converted === undefined && logical === undefined;
    if (type === 'INT32' || type === 'INT64') {
        if (converted !== undefined && !INTEGER_TYPES.has(converted))
            return false;
        return logical === undefined || (logical.type === 'INTEGER' && (logical.isSigned || logical.bitWidth < 32));
    }
    return false;
}
/** Row group index by its first row, for the row groups that hold rows. */
function rowGroupsByStart(metadata) {
    const groups = new Map();
    let start = 0;
    metadata.row_groups.forEach((group, index) => {
        const rows = Number(group.num_rows);
        if (rows > 0)
            groups.set(start, index);
        start += rows;
    });
    return groups;
}
/**
 * Reads the column chunks of one row group at a time, fetching the next row group's bytes while the current
 * one is decoded (the reads of a file source run off the main thread).
 */
class ChunkFetcher {
    source;
    metadata;
    columns;
    pending;
    /** Each column's arrays, reused by every row group (see `ColumnArrays`). */
    arrays = new Map();
    constructor(source, metadata, columns) {
        this.source = source;
        this.metadata = metadata;
        this.columns = columns;
    }
    /**
     * Row group `group`'s columns indexed by header position, or undefined when the fast path cannot read them
     * (the caller reads the row group through the row path instead).
     */
    async decode(group, rows) {
        const chunks = await (this.pending?.group === group ? this.pending.chunks : this.fetch(group));
        const next = group + 1;
        this.pending = next < this.metadata.row_groups.length ? { group: next, chunks: this.fetch(next) } : undefined;
        if (!chunks)
            return undefined;
        const batch = [];
        try {
            for (const { column, meta, bytes } of chunks) {
                let arrays = this.arrays.get(column.index);
                if (!arrays)
                    this.arrays.set(column.index, (arrays = new ColumnArrays()));
                batch[column.index] = decodeChunk(bytes, column, meta, rows, arrays);
            }
        }
        catch {
            return undefined;
        }
        return batch;
    }
    /** The bytes of the used column chunks of a row group; undefined (never a rejection) when they cannot be had. */
    fetch(group) {
        const read = async () => {
            const chunks = this.metadata.row_groups[group].columns;
            const located = this.columns.map((column) => {
                const chunk = chunks.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === column.name);
                if (!chunk?.meta_data || chunk.file_path)
                    throw new Error(`no column chunk for ${column.name}`);
                const meta = chunk.meta_data;
                const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
                return { column, meta, start, end: start + Number(meta.total_compressed_size) };
            });
            return Promise.all(located.map(async ({ column, meta, start, end }) => {
                if (!(start >= 0 && end <= this.source.byteLength && start < end))
                    throw new Error('column chunk outside the file');
                return { column, meta, bytes: new Uint8Array(await this.source.slice(start, end)) };
            }));
        };
        return read().catch(() => undefined);
    }
}
/** Decodes one column chunk of `rows` rows; throws on anything it does not expect. */
function decodeChunk(bytes, column, meta, rows, arrays) {
    const decoder = { ...column.decoder, codec: meta.codec };
    const out = outputFor(column.type, rows, arrays);
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    let dictionary;
    let filled = 0;
    while (filled < rows) {
        if (reader.offset >= bytes.byteLength)
            throw new Error('the column chunk ends early');
        const header = (0,src_column/* parquetHeader */.wK)(reader);
        claimedPageSize(header);
        const start = reader.offset;
        const size = header.compressed_page_size;
        if (!(size >= 0 && start + size <= bytes.byteLength))
            throw new Error('a page runs past its column chunk');
        reader.offset += size;
        const compressed = bytes.subarray(start, start + size);
        if (header.type === 'DICTIONARY_PAGE') {
            if (dictionary)
                throw new Error('a second dictionary page');
            const values = (0,datapage/* decompressPage */.tC)(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
            const view = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 0 };
            dictionary = out.dictionary((0,plain/* readPlain */.r)(view, decoder.type, header.dictionary_page_header.num_values, decoder.element.type_length));
            continue;
        }
        // Dictionary indices of a page without nulls are decoded straight into the output's codes when it keeps them.
        const at = filled;
        const target = (present, count) => (present === count && out.indexTarget(at, count)) || new Int32Array(present);
        const page = readFlatPage(header, compressed, decoder, column.optional, target);
        const { count, levels, values, indices } = page;
        if (!(count >= 0 && filled + count <= rows))
            throw new Error('more values than rows');
        if (levels && levels.length !== count)
            throw new Error('definition levels for another number of values');
        if (indices) {
            if (!dictionary)
                throw new Error('a dictionary-encoded page without a dictionary');
            out.placeCodes(filled, count, levels, indices, dictionary, page.indexBound ?? Number.POSITIVE_INFINITY);
        }
        else {
            out.placeValues(filled, count, levels, values);
        }
        filled += count;
    }
    return out.finish();
}
/**
 * Reads a data page of a flat column with hyparquet's decoders (decompression, the RLE/bit-packed hybrid of
 * levels and dictionary indices, PLAIN values), writing levels and indices into typed arrays rather than the
 * arrays of numbers `readDataPage` makes; pages in other encodings go to `readDataPage` itself. Definition
 * levels are decoded only when the page has nulls.
 */
function readFlatPage(header, compressed, decoder, optional, target) {
    const { codec, compressors: decompressors } = decoder;
    if (header.type === 'DATA_PAGE') {
        const v1 = header.data_page_header;
        const count = v1.num_values;
        const page = (0,datapage/* decompressPage */.tC)(compressed, Number(header.uncompressed_page_size), codec, decompressors);
        if (!isCommon(v1.encoding) || (optional && v1.definition_level_encoding !== 'RLE'))
            return fromHyparquet((0,datapage/* readDataPage */.kS)(page, v1, decoder), count, v1.encoding);
        const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
        let levels;
        let present = count;
        if (optional) {
            // One run of "present" (how writers spell a page without nulls) needs no decoding.
            const run = presentRun(page, count);
            if (run > 0) {
                reader.offset = run;
            }
            else {
                levels = new Uint8Array(count);
                readRleBitPackedHybridFast(reader, 1, levels);
                present = countPresent(levels);
                if (present === count)
                    levels = undefined;
            }
        }
        return { count, levels, ...readValues(reader, v1.encoding, present, decoder, () => target(present, count)) };
    }
    if (header.type === 'DATA_PAGE_V2') {
        const v2 = header.data_page_header_v2;
        const count = v2.num_values;
        if (!isCommon(v2.encoding) || v2.repetition_levels_byte_length !== 0)
            return fromHyparquet((0,datapage/* readDataPageV2 */.uD)(compressed, header, decoder), count, v2.encoding);
        const levelBytes = v2.definition_levels_byte_length;
        let levels;
        let present = count;
        if (v2.num_nulls !== 0) {
            if (!optional)
                throw new Error('nulls in a required column');
            levels = new Uint8Array(count);
            readRleBitPackedHybridFast({ view: new DataView(compressed.buffer, compressed.byteOffset, levelBytes), offset: 0 }, 1, levels, levelBytes);
            present = countPresent(levels);
            if (present !== count - v2.num_nulls)
                throw new Error('the definition levels do not match the null count');
        }
        let page = compressed.subarray(levelBytes);
        const size = header.uncompressed_page_size - levelBytes;
        if (v2.is_compressed !== false && size)
            page = (0,datapage/* decompressPage */.tC)(page, size, codec, decompressors);
        const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
        return { count, levels, ...readValues(reader, v2.encoding, present, decoder, () => target(present, count)) };
    }
    throw new Error(`unexpected ${header.type} page`);
}
const isCommon = (encoding) => encoding === 'PLAIN' || isDictionary(encoding);
const isDictionary = (encoding) => encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
/** The `present` non-null values at the reader: PLAIN through `readPlain`, dictionary indices into `indices()`. */
function readValues(reader, encoding, present, decoder, target) {
    if (!isDictionary(encoding))
        return { values: (0,plain/* readPlain */.r)(reader, decoder.type, present, decoder.element.type_length) };
    const indices = target();
    const bitWidth = reader.view.getUint8(reader.offset++);
    if (bitWidth === 0) {
        indices.fill(0); // bit width 0: every index is 0
        return { indices, indexBound: 1 };
    }
    return { indices, indexBound: readRleBitPackedHybridFast(reader, bitWidth, indices, reader.view.byteLength - reader.offset) };
}
function countPresent(levels) {
    let present = 0;
    for (let i = 0; i < levels.length; i++)
        present += levels[i];
    return present;
}
/** A page hyparquet read in full: its levels only when it has nulls, its values or dictionary indices. */
function fromHyparquet(page, count, encoding) {
    const values = page.dataPage;
    const nulls = count - values.length;
    if (nulls < 0)
        throw new Error('more values than the page has rows');
    const levels = nulls > 0 ? page.definitionLevels : undefined;
    if (nulls > 0 && levels?.length !== count)
        throw new Error('values do not match the definition levels');
    if (isDictionary(encoding))
        return { count, levels, indices: Int32Array.from(values) };
    return { count, levels, values };
}
/**
 * The byte length of a V1 page's definition levels (a 4-byte length, then RLE/bit-packed runs) when they are a
 * single RLE run of 1 ("present") over all `values`, as writers spell a page without nulls; else 0.
 */
function presentRun(page, values) {
    if (page.length < 6)
        return 0;
    const length = (page[0] | (page[1] << 8) | (page[2] << 16) | (page[3] << 24)) >>> 0;
    let offset = 4;
    let header = 0;
    let scale = 1;
    let byte;
    do {
        if (offset >= page.length || scale > 2 ** 28)
            return 0;
        byte = page[offset++];
        header += (byte & 0x7f) * scale;
        scale *= 128;
    } while (byte & 0x80);
    // An even header is an RLE run of header / 2 values; the value takes one byte at bit width 1.
    if (header % 2 !== 0 || header / 2 !== values || page[offset] !== 1)
        return 0;
    return offset + 1 === 4 + length ? 4 + length : 0;
}
/**
 * The most one page may claim to inflate to. Decompressors allocate what the page header claims, so a tampered
 * header would cost that much memory for a few bytes of file; writers make pages of about a megabyte.
 */
const MAX_PAGE_BYTES = 256 * 1024 ** 2;
/**
 * hyparquet-compressors with each codec refusing an output size above MAX_PAGE_BYTES: hyparquet's own page
 * readers (nested columns, rare encodings) decompress through these too.
 */
const compressors = Object.fromEntries(Object.entries(src/* compressors */.Vm).map(([codec, decompress]) => [
    codec,
    (input, outputLength) => decompress(input, claimedPageSize({ uncompressed_page_size: outputLength })),
]));
/** The page's claimed uncompressed size, refused above MAX_PAGE_BYTES (the caller names the file). */
function claimedPageSize(header) {
    const size = Number(header.uncompressed_page_size);
    if (!(size >= 0 && size <= MAX_PAGE_BYTES)) {
        throw new Error(`a page claims ${size} bytes uncompressed, above the ${MAX_PAGE_BYTES / 1024 ** 2} MiB limit for one page`);
    }
    return size;
}

// EXTERNAL MODULE: ./src/ingest/formats/parquet-file.ts
var parquet_file = __webpack_require__(6862);
;// CONCATENATED MODULE: ./src/ingest/formats/parquet.ts




/**
 * Parquet prediction files (docs/formats.md#predictions), read with hyparquet one row group at a time into the same builder as the
 * text formats. A row is handed to the builder as JS values, like a JSON record: numbers, strings, booleans and
 * null; INT64 values become numbers when they are safe integers and decimal text otherwise, so ids above 2^53
 * keep every digit; timestamps become ISO 8601 text; lists become arrays (a `list<double>` `y_score` column is
 * read like a JSONL score array). Files whose used columns are all flat and of plain types skip the rows: their
 * row groups are decoded into typed arrays and appended column-wise (parquet-columns.ts, column-sink.ts), with
 * the same cells, values and messages.
 */


/**
 * Appends every row of a Parquet file to the builder, one row group at a time, with 1-based record numbers in
 * errors. With `overrides` (the same ones the builder was made with), only the columns the plan uses are
 * decoded; without, every top-level column is. Bad or truncated files are an `InputError` naming the file.
 *
 * When every decoded column is flat and of a plain type (numbers, booleans, text), a row group's column chunks
 * are decoded page by page with hyparquet's page readers into typed arrays and appended column-wise (see
 * column-sink.ts); a row group with anything else (a bad cell, an unexpected page) is read again row by row,
 * which reports exactly what the row path reports. `rowPath` forces the row path (for tests).
 */
async function readParquetInto(file, builder, overrides, options = {}) {
    const name = file.name;
    const source = asSource(file.bytes);
    await checkMagic(source, name);
    const metadata = await guard(name, 'cannot read the Parquet footer', () => (0,src_metadata/* parquetMetadataAsync */.Ei)(source));
    const schema = (0,src_metadata/* parquetSchema */.YR)(metadata);
    const header = schema.children.map((child) => child.element.name);
    if (header.length === 0)
        throw new errors/* InputError */.dz('the Parquet file has no columns', { file: name });
    const used = usedColumns(header, overrides, name);
    const scan = await guard(name, 'cannot read the Parquet file', () => (0,src_scan/* parquetScan */.Ik)({ file: source, metadata, columns: used.map((c) => header[c]), compressors: compressors }));
    const flat = options.rowPath ? undefined : flatColumns(schema, used);
    const groups = flat ? rowGroupsByStart(metadata) : new Map();
    const chunks = flat && new ChunkFetcher(source, metadata, flat);
    const cells = new Array(header.length).fill(undefined);
    let sink;
    let columnar;
    const begin = (firstRow) => {
        if (flat)
            ({ rows: sink, columns: columnar } = builder.beginColumns(name, header));
        else
            sink = builder.beginFile(name, header, firstRow, 'record');
        const declared = Number(metadata.num_rows);
        const grouped = metadata.row_groups.reduce((sum, group) => sum + Number(group.num_rows), 0);
        // Room for the declared rows at once; the footer is trusted only so far (room costs address space until used).
        if (declared === grouped)
            builder.reserve(builder.rowCount + Math.min(declared, MAX_RESERVED));
        return sink;
    };
    let expected = 0;
    let rowGroups = 0;
    let columnarGroups = 0;
    for (const { rowStart, rowEnd } of scan.ranges) {
        if (rowStart !== expected) {
            throw new errors/* InputError */.dz(`corrupt Parquet file: rows ${expected + 1} to ${rowStart} are in no row group`, { file: name });
        }
        expected = rowEnd;
        const rows = rowEnd - rowStart;
        if (rows === 0)
            continue;
        rowGroups++;
        const group = groups.get(rowStart);
        if (chunks && group !== undefined && Number(metadata.row_groups[group].num_rows) === rows) {
            const batch = await chunks.decode(group, rows);
            if (batch) {
                if (!sink)
                    begin(undefined);
                if (columnar(batch, rowStart + 1, rows)) {
                    columnarGroups++;
                    continue;
                }
            }
        }
        const readers = await Promise.all(used.map(async (c) => {
            const column = header[c];
            const data = await guard(name, `cannot read Parquet column "${column}" (records ${rowStart + 1}–${rowEnd})`, () => scan.readColumn({ column, rowStart, rowEnd }));
            if (data.length !== rows) {
                throw new errors/* InputError */.dz(`corrupt Parquet data in column "${column}": ${data.length} values for records ${rowStart + 1}–${rowEnd}`, { file: name });
            }
            return cellReader(data);
        }));
        for (let r = 0; r < rows; r++) {
            for (let k = 0; k < used.length; k++)
                cells[used[k]] = readers[k](r);
            sink ??= begin([...cells]);
            sink(cells, rowStart + r + 1);
        }
    }
    checkRowCount(metadata, expected, name);
    if (!sink) {
        builder.beginFile(name, header, undefined, 'record');
        throw new errors/* InputError */.dz('no data rows; the Parquet file has columns but no rows', { file: name });
    }
    return { rowGroups, columnar: columnarGroups };
}
/** The most rows a footer can make the builder reserve room for (more still fit: the columns then grow). */
const MAX_RESERVED = 1 << 26;
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
        throw new errors/* InputError */.dz('empty file', { file });
    const head = new Uint8Array(await source.slice(0, Math.min(4, size)));
    if (!(0,parquet_file/* startsWithMagic */.hn)(head))
        throw new errors/* InputError */.dz('not a Parquet file: it does not start with "PAR1"', { file });
    const tail = size >= parquet_file/* MIN_SIZE */.TL ? new Uint8Array(await source.slice(size - 4, size)) : new Uint8Array();
    if (!(0,parquet_file/* startsWithMagic */.hn)(tail)) {
        throw new errors/* InputError */.dz(`truncated or corrupt Parquet file: no "PAR1" footer at its end (${size} bytes)`, { file });
    }
}
/** Header positions to decode: those the plan uses, or all when the overrides are not known. */
function usedColumns(header, overrides, file) {
    if (!overrides)
        return header.map((_, index) => index);
    const plan = (0,columns/* planColumns */.j)(header, overrides, file);
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
        throw new errors/* InputError */.dz(`corrupt Parquet file: the footer declares ${declared} rows, the row groups hold ${read}`, {
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
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz(`${problem} (${reason})`, { file });
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
    return value >= -parquet_MAX_SAFE && value <= parquet_MAX_SAFE ? Number(value) : value.toString();
}
const parquet_MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
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
