import type { AsyncBuffer, ColumnMetaData, DataReader, DecodedArray, FileMetaData, PageHeader, SchemaTree } from 'hyparquet';
import { compressors as allCompressors } from 'hyparquet-compressors';
import { parquetHeader } from 'hyparquet/src/column.js';
import { DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import type { BatchColumn } from '../table/column-sink.js';
import { ColumnArrays, outputFor, type Dictionary } from './parquet-outputs.js';
import { readRleBitPackedHybridFast } from './rle-hybrid.js';

/**
 * The columnar fast path of the Parquet reader: flat columns of plain types decoded a column chunk at a time
 * into typed arrays. hyparquet's own functions do the decoding (page headers, decompression, PLAIN values, and
 * `readDataPage` for the other encodings), and the RLE/bit-packed hybrid of definition levels and dictionary
 * indices is decoded as hyparquet decodes it, a byte rather than a bit at a time (rle-hybrid.ts); what this
 * file adds is the page framing that hands them typed arrays instead of arrays of
 * numbers, skips the definition levels of pages without nulls, and replaces hyparquet's per-value list assembly
 * and conversion with one pass placing each page's values at their rows: numbers into a Float64Array, text and
 * booleans as codes into their distinct values. The cells are those hyparquet gives the row path (text through
 * its `stringFromBytes`, an INT64 beyond ±2^53 as exact decimal text). Anything unexpected makes `decode` give
 * up on the row group, which the caller then reads through hyparquet's rows, reporting bad data as before.
 * test/ingest/formats/parquet.test.ts checks the cells against hyparquet's on random files.
 */

type ColumnDecoder = Parameters<typeof readDataPage>[2];
type Physical = 'BOOLEAN' | 'INT32' | 'INT64' | 'FLOAT' | 'DOUBLE' | 'BYTE_ARRAY';

/** A column of the file that the fast path decodes: its header position and hyparquet's decoding parameters. */
export interface FlatColumn {
  readonly index: number;
  readonly name: string;
  readonly type: Physical;
  readonly decoder: Omit<ColumnDecoder, 'codec'>;
  /** Nullable (OPTIONAL): its pages have definition levels. */
  readonly optional: boolean;
}

const INTEGER_TYPES = new Set(['INT_8', 'INT_16', 'INT_32', 'INT_64', 'UINT_8', 'UINT_16']);

/**
 * The used columns (header positions) as flat columns, or undefined when one of them is nested, repeated or of
 * a type hyparquet converts (dates, timestamps, decimals, unsigned 32/64-bit integers, JSON…): the row path
 * reads those files.
 */
export function flatColumns(schema: SchemaTree, used: readonly number[]): FlatColumn[] | undefined {
  const columns: FlatColumn[] = [];
  for (const index of used) {
    const node = schema.children[index];
    if (!node || node.children.length > 0) return undefined;
    const element = node.element;
    const type = element.type;
    if (element.repetition_type === 'REPEATED' || !isPlainType(type, element.converted_type, element.logical_type)) return undefined;
    const decoder = { pathInSchema: [element.name], type: type!, element, schemaPath: [schema, node], parsers: DEFAULT_PARSERS, compressors };
    columns.push({ index, name: element.name, type: type as Physical, decoder, optional: element.repetition_type !== 'REQUIRED' });
  }
  return columns;
}

function isPlainType(
  type: string | undefined,
  converted: string | undefined,
  logical: SchemaTree['element']['logical_type'],
): boolean {
  if (type === 'BYTE_ARRAY') {
    return (converted === undefined || converted === 'UTF8' || converted === 'ENUM') &&
      (logical === undefined || logical.type === 'STRING' || logical.type === 'ENUM');
  }
  if (type === 'BOOLEAN' || type === 'FLOAT' || type === 'DOUBLE') return converted === undefined && logical === undefined;
  if (type === 'INT32' || type === 'INT64') {
    if (converted !== undefined && !INTEGER_TYPES.has(converted)) return false;
    return logical === undefined || (logical.type === 'INTEGER' && (logical.isSigned || logical.bitWidth < 32));
  }
  return false;
}

/** Row group index by its first row, for the row groups that hold rows. */
export function rowGroupsByStart(metadata: FileMetaData): Map<number, number> {
  const groups = new Map<number, number>();
  let start = 0;
  metadata.row_groups.forEach((group, index) => {
    const rows = Number(group.num_rows);
    if (rows > 0) groups.set(start, index);
    start += rows;
  });
  return groups;
}

/**
 * Reads the column chunks of one row group at a time, fetching the next row group's bytes while the current
 * one is decoded (the reads of a file source run off the main thread).
 */
export class ChunkFetcher {
  private pending: { readonly group: number; readonly chunks: Promise<Chunk[] | undefined> } | undefined;
  /** Each column's arrays, reused by every row group (see `ColumnArrays`). */
  private readonly arrays = new Map<number, ColumnArrays>();

  constructor(
    private readonly source: AsyncBuffer,
    private readonly metadata: FileMetaData,
    private readonly columns: readonly FlatColumn[],
  ) {}

  /**
   * Row group `group`'s columns indexed by header position, or undefined when the fast path cannot read them
   * (the caller reads the row group through the row path instead).
   */
  async decode(group: number, rows: number): Promise<BatchColumn[] | undefined> {
    const chunks = await (this.pending?.group === group ? this.pending.chunks : this.fetch(group));
    const next = group + 1;
    this.pending = next < this.metadata.row_groups.length ? { group: next, chunks: this.fetch(next) } : undefined;
    if (!chunks) return undefined;
    const batch: BatchColumn[] = [];
    try {
      for (const { column, meta, bytes } of chunks) {
        let arrays = this.arrays.get(column.index);
        if (!arrays) this.arrays.set(column.index, (arrays = new ColumnArrays()));
        batch[column.index] = decodeChunk(bytes, column, meta, rows, arrays);
      }
    } catch {
      return undefined;
    }
    return batch;
  }

  /** The bytes of the used column chunks of a row group; undefined (never a rejection) when they cannot be had. */
  private fetch(group: number): Promise<Chunk[] | undefined> {
    const read = async (): Promise<Chunk[] | undefined> => {
      const chunks = this.metadata.row_groups[group]!.columns;
      const located = this.columns.map((column) => {
        const chunk = chunks.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === column.name);
        if (!chunk?.meta_data || chunk.file_path) throw new Error(`no column chunk for ${column.name}`);
        const meta = chunk.meta_data;
        const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
        return { column, meta, start, end: start + Number(meta.total_compressed_size) };
      });
      return Promise.all(
        located.map(async ({ column, meta, start, end }) => {
          if (!(start >= 0 && end <= this.source.byteLength && start < end)) throw new Error('column chunk outside the file');
          return { column, meta, bytes: new Uint8Array(await this.source.slice(start, end)) };
        }),
      );
    };
    return read().catch(() => undefined);
  }
}

interface Chunk {
  readonly column: FlatColumn;
  readonly meta: ColumnMetaData;
  readonly bytes: Uint8Array;
}

/** Decodes one column chunk of `rows` rows; throws on anything it does not expect. */
function decodeChunk(bytes: Uint8Array, column: FlatColumn, meta: ColumnMetaData, rows: number, arrays: ColumnArrays): BatchColumn {
  const decoder: ColumnDecoder = { ...column.decoder, codec: meta.codec };
  const out = outputFor(column.type, rows, arrays);
  const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  let dictionary: Dictionary | undefined;
  let filled = 0;
  while (filled < rows) {
    if (reader.offset >= bytes.byteLength) throw new Error('the column chunk ends early');
    const header = parquetHeader(reader);
    claimedPageSize(header);
    const start = reader.offset;
    const size = header.compressed_page_size;
    if (!(size >= 0 && start + size <= bytes.byteLength)) throw new Error('a page runs past its column chunk');
    reader.offset += size;
    const compressed = bytes.subarray(start, start + size);
    if (header.type === 'DICTIONARY_PAGE') {
      if (dictionary) throw new Error('a second dictionary page');
      const values = decompressPage(compressed, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
      const view = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 0 };
      dictionary = out.dictionary(readPlain(view, decoder.type, header.dictionary_page_header!.num_values, decoder.element.type_length));
      continue;
    }
    // Dictionary indices of a page without nulls are decoded straight into the output's codes when it keeps them.
    const at = filled;
    const target = (present: number, count: number): Int32Array => (present === count && out.indexTarget(at, count)) || new Int32Array(present);
    const page = readFlatPage(header, compressed, decoder, column.optional, target);
    const { count, levels, values, indices } = page;
    if (!(count >= 0 && filled + count <= rows)) throw new Error('more values than rows');
    if (levels && levels.length !== count) throw new Error('definition levels for another number of values');
    if (indices) {
      if (!dictionary) throw new Error('a dictionary-encoded page without a dictionary');
      out.placeCodes(filled, count, levels, indices, dictionary, page.indexBound ?? Number.POSITIVE_INFINITY);
    } else {
      out.placeValues(filled, count, levels, values!);
    }
    filled += count;
  }
  return out.finish();
}

/**
 * One data page of a flat column: its row count, its definition levels when it has nulls (0 = null), and its
 * non-null values, as dictionary indices or as values.
 */
interface FlatPage {
  readonly count: number;
  readonly levels: ArrayLike<number> | undefined;
  readonly values?: DecodedArray;
  readonly indices?: Int32Array;
  /** Every index is below this, as the decoder found (a dictionary this large needs no check of them). */
  readonly indexBound?: number;
}

/**
 * Reads a data page of a flat column with hyparquet's decoders (decompression, the RLE/bit-packed hybrid of
 * levels and dictionary indices, PLAIN values), writing levels and indices into typed arrays rather than the
 * arrays of numbers `readDataPage` makes; pages in other encodings go to `readDataPage` itself. Definition
 * levels are decoded only when the page has nulls.
 */
function readFlatPage(
  header: PageHeader,
  compressed: Uint8Array,
  decoder: ColumnDecoder,
  optional: boolean,
  target: (present: number, count: number) => Int32Array,
): FlatPage {
  const { codec, compressors: decompressors } = decoder;
  if (header.type === 'DATA_PAGE') {
    const v1 = header.data_page_header!;
    const count = v1.num_values;
    const page = decompressPage(compressed, Number(header.uncompressed_page_size), codec, decompressors);
    if (!isCommon(v1.encoding) || (optional && v1.definition_level_encoding !== 'RLE')) return fromHyparquet(readDataPage(page, v1, decoder), count, v1.encoding);
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    let levels: Uint8Array | undefined;
    let present = count;
    if (optional) {
      // One run of "present" (how writers spell a page without nulls) needs no decoding.
      const run = presentRun(page, count);
      if (run > 0) {
        reader.offset = run;
      } else {
        levels = new Uint8Array(count);
        readRleBitPackedHybridFast(reader, 1, levels);
        present = countPresent(levels);
        if (present === count) levels = undefined;
      }
    }
    return { count, levels, ...readValues(reader, v1.encoding, present, decoder, () => target(present, count)) };
  }
  if (header.type === 'DATA_PAGE_V2') {
    const v2 = header.data_page_header_v2!;
    const count = v2.num_values;
    if (!isCommon(v2.encoding) || v2.repetition_levels_byte_length !== 0) return fromHyparquet(readDataPageV2(compressed, header, decoder), count, v2.encoding);
    const levelBytes = v2.definition_levels_byte_length;
    let levels: Uint8Array | undefined;
    let present = count;
    if (v2.num_nulls !== 0) {
      if (!optional) throw new Error('nulls in a required column');
      levels = new Uint8Array(count);
      readRleBitPackedHybridFast({ view: new DataView(compressed.buffer, compressed.byteOffset, levelBytes), offset: 0 }, 1, levels, levelBytes);
      present = countPresent(levels);
      if (present !== count - v2.num_nulls) throw new Error('the definition levels do not match the null count');
    }
    let page = compressed.subarray(levelBytes);
    const size = header.uncompressed_page_size - levelBytes;
    if (v2.is_compressed !== false && size) page = decompressPage(page, size, codec, decompressors);
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    return { count, levels, ...readValues(reader, v2.encoding, present, decoder, () => target(present, count)) };
  }
  throw new Error(`unexpected ${header.type} page`);
}

const isCommon = (encoding: string): boolean => encoding === 'PLAIN' || isDictionary(encoding);
const isDictionary = (encoding: string): boolean => encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';

/** The `present` non-null values at the reader: PLAIN through `readPlain`, dictionary indices into `indices()`. */
function readValues(
  reader: DataReader,
  encoding: string,
  present: number,
  decoder: ColumnDecoder,
  target: () => Int32Array,
): Pick<FlatPage, 'values' | 'indices' | 'indexBound'> {
  if (!isDictionary(encoding)) return { values: readPlain(reader, decoder.type, present, decoder.element.type_length) };
  const indices = target();
  const bitWidth = reader.view.getUint8(reader.offset++);
  if (bitWidth === 0) {
    indices.fill(0); // bit width 0: every index is 0
    return { indices, indexBound: 1 };
  }
  return { indices, indexBound: readRleBitPackedHybridFast(reader, bitWidth, indices, reader.view.byteLength - reader.offset) };
}

function countPresent(levels: Uint8Array): number {
  let present = 0;
  for (let i = 0; i < levels.length; i++) present += levels[i]!;
  return present;
}

/** A page hyparquet read in full: its levels only when it has nulls, its values or dictionary indices. */
function fromHyparquet(page: ReturnType<typeof readDataPage>, count: number, encoding: string): FlatPage {
  const values = page.dataPage;
  const nulls = count - values.length;
  if (nulls < 0) throw new Error('more values than the page has rows');
  const levels = nulls > 0 ? page.definitionLevels : undefined;
  if (nulls > 0 && levels?.length !== count) throw new Error('values do not match the definition levels');
  if (isDictionary(encoding)) return { count, levels, indices: Int32Array.from(values as ArrayLike<number>) };
  return { count, levels, values };
}

/**
 * The byte length of a V1 page's definition levels (a 4-byte length, then RLE/bit-packed runs) when they are a
 * single RLE run of 1 ("present") over all `values`, as writers spell a page without nulls; else 0.
 */
export function presentRun(page: Uint8Array, values: number): number {
  if (page.length < 6) return 0;
  const length = (page[0]! | (page[1]! << 8) | (page[2]! << 16) | (page[3]! << 24)) >>> 0;
  let offset = 4;
  let header = 0;
  let scale = 1;
  let byte: number;
  do {
    if (offset >= page.length || scale > 2 ** 28) return 0;
    byte = page[offset++]!;
    header += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  // An even header is an RLE run of header / 2 values; the value takes one byte at bit width 1.
  if (header % 2 !== 0 || header / 2 !== values || page[offset] !== 1) return 0;
  return offset + 1 === 4 + length ? 4 + length : 0;
}

/**
 * The most one page may claim to inflate to. Decompressors allocate what the page header claims, so a tampered
 * header would cost that much memory for a few bytes of file; writers make pages of about a megabyte.
 */
export const MAX_PAGE_BYTES = 256 * 1024 ** 2;

/**
 * hyparquet-compressors with each codec refusing an output size above MAX_PAGE_BYTES: hyparquet's own page
 * readers (nested columns, rare encodings) decompress through these too.
 */
export const compressors: typeof allCompressors = Object.fromEntries(
  Object.entries(allCompressors).map(([codec, decompress]) => [
    codec,
    (input: Uint8Array, outputLength: number) => decompress(input, claimedPageSize({ uncompressed_page_size: outputLength })),
  ]),
);

/** The page's claimed uncompressed size, refused above MAX_PAGE_BYTES (the caller names the file). */
export function claimedPageSize(header: Pick<PageHeader, 'uncompressed_page_size'>): number {
  const size = Number(header.uncompressed_page_size);
  if (!(size >= 0 && size <= MAX_PAGE_BYTES)) {
    throw new Error(`a page claims ${size} bytes uncompressed, above the ${MAX_PAGE_BYTES / 1024 ** 2} MiB limit for one page`);
  }
  return size;
}
