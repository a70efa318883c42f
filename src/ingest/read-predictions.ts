import { InputError } from '../errors.js';
import type { ColumnOverrides } from './table/columns.js';
import { DelimitedByteParser } from './formats/delimited-bytes.js';
import { PlainRowsLane } from './formats/plain-rows-lane.js';
import type { RecordView } from './table/record-view.js';
import { JsonArrayReader, recordsInto } from './formats/json-array.js';
import { JsonLinesReader } from './formats/json-lines.js';
import { readJsonDocument, readJsonLines } from './formats/json-records.js';
import type { DelimitedStream, JsonLinesStream, PredictionFormat, PredictionSource, TextFile } from './sources.js';
import type { PredictionTable } from './table/table.js';
import { PredictionTableBuilder, type RecordSink } from './table/table-builder.js';

type Reader = (file: TextFile, builder: PredictionTableBuilder) => void;

/** One reader per format; adding a format fails to compile until it has a reader here. */
const READERS: Record<PredictionFormat, Reader> = {
  csv: (file, builder) => readDelimitedText(file, ',', builder),
  tsv: (file, builder) => readDelimitedText(file, '\t', builder),
  jsonl: readJsonLines,
  json: readJsonDocument,
};

/** Reads one or more prediction files (shards) into one columnar table, in the order given. */
export function readPredictions(files: readonly TextFile[], overrides: ColumnOverrides): PredictionTable {
  if (files.length === 0) throw new InputError('no prediction files given');
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
export async function readPredictionSources(sources: readonly PredictionSource[], overrides: ColumnOverrides): Promise<PredictionTable> {
  if (sources.length === 0) throw new InputError('no prediction files given');
  const builder = new PredictionTableBuilder(overrides);
  const sizing: Sizing = { remainingBytes: sumExpectedBytes(sources), reserved: false };
  let failure: InputError | undefined;
  for (const source of sources) {
    if (failure) {
      if (source.kind !== 'text' && source.kind !== 'parquet') for await (const chunk of source.stream.chunks) void chunk;
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
      if (source.kind === 'text') READERS[detectPredictionFormat(source.file)](source.file, builder);
      else await (await import('./formats/parquet.js')).readParquetInto(source.file, builder, overrides);
      requireRows(builder, before, source.file.name);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failure = error;
    }
  }
  if (failure) throw failure;
  return builder.finish();
}

function requireRows(builder: PredictionTableBuilder, before: number, file: string): void {
  if (builder.rowCount === before) throw new InputError('no data rows; the file has a header at most', { file });
}

/** The format by extension (ignoring `.gz`), else by content. */
export function detectPredictionFormat(file: TextFile): PredictionFormat {
  const byName = formatByName(file.name);
  if (byName) return byName;
  const start = file.text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    const firstLine = start.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') && isJson(firstLine) ? 'jsonl' : 'json';
  }
  const firstLine = start.split('\n', 1)[0]!;
  return firstLine.includes('\t') && !firstLine.includes(',') ? 'tsv' : 'csv';
}

/** The format a file's name promises (ignoring `.gz`), if any. */
export function formatByName(name: string): PredictionFormat | undefined {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  if (base.endsWith('.csv')) return 'csv';
  if (base.endsWith('.tsv') || base.endsWith('.tab')) return 'tsv';
  if (base.endsWith('.jsonl') || base.endsWith('.ndjson')) return 'jsonl';
  if (base.endsWith('.json')) return 'json';
  return undefined;
}

/** Decoded text is parsed as its UTF-8 bytes, by the same parser as streamed files. */
function readDelimitedText(file: TextFile, delimiter: string, builder: PredictionTableBuilder): void {
  // The text decoder already dropped one byte-order mark; the parser drops one more, as the text parser did.
  const reader = new DelimitedReader(file.name, delimiter, builder, 1);
  reader.push(new TextEncoder().encode(file.text));
  reader.finish();
}

async function readDelimitedStream(
  stream: DelimitedStream,
  builder: PredictionTableBuilder,
  sizing: Sizing,
): Promise<InputError | undefined> {
  return readStream(stream, new DelimitedReader(stream.name, stream.delimiter, builder, 2), builder, sizing);
}

/** What `readStream` needs of a reader of one streamed format. */
interface StreamReader {
  readonly started: boolean;
  push(chunk: Uint8Array): void;
  finish(): void;
}

/** Parses a stream, reading it to its end even after bad input, and returns (not throws) that bad input. */
async function readStream(
  stream: DelimitedStream | JsonLinesStream,
  reader: StreamReader,
  builder: PredictionTableBuilder,
  sizing: Sizing,
): Promise<InputError | undefined> {
  const before = builder.rowCount;
  let failure: InputError | undefined;
  const attempt = (step: () => void): void => {
    try {
      step();
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failure = error;
    }
  };
  let seen = 0;
  for await (const chunk of stream.chunks) {
    if (failure) continue;
    attempt(() => reader.push(chunk));
    seen += chunk.length;
    sizing.remainingBytes -= chunk.length;
    if (!sizing.reserved && reader.started && seen >= SIZING_SAMPLE) {
      // Rows per byte so far, times the bytes still expected from every stream: columns are allocated once.
      sizing.reserved = true;
      const rowsPerByte = (builder.rowCount - before) / seen;
      if (sizing.remainingBytes > 0) builder.reserve(builder.rowCount + Math.ceil(rowsPerByte * sizing.remainingBytes * 1.02) + 1024);
    }
  }
  if (!failure) attempt(() => {
    reader.finish();
    requireRows(builder, before, stream.name);
  });
  return failure;
}

/** What is known about the size of the streams, to allocate the columns once. */
interface Sizing {
  remainingBytes: number;
  reserved: boolean;
}

/** Bytes read before estimating the row count. */
const SIZING_SAMPLE = 1 << 16;

function sumExpectedBytes(sources: readonly PredictionSource[]): number {
  let total = 0;
  for (const source of sources) {
    if (source.kind !== 'text' && source.kind !== 'parquet') total += source.stream.expectedBytes ?? 0;
  }
  return total;
}

/** The first record is the header; every other must have as many fields, and goes to the builder. */
class DelimitedReader {
  private readonly parser: DelimitedByteParser;
  private header: string[] | undefined;
  private sink: RecordSink | undefined;

  constructor(
    private readonly file: string,
    private readonly delimiter: string,
    private readonly builder: PredictionTableBuilder,
    boms: number,
  ) {
    this.parser = new DelimitedByteParser(delimiter, file, (record) => this.take(record), boms);
  }

  /** True once data rows go to the builder. */
  get started(): boolean {
    return this.sink !== undefined;
  }

  push(chunk: Uint8Array): void {
    this.parser.push(chunk);
  }

  finish(): void {
    this.parser.end();
    if (!this.header) throw new InputError('empty file: no header and no rows', { file: this.file });
    if (!this.sink) this.builder.beginFile(this.file, this.header, undefined);
  }

  private take(record: RecordView): void {
    if (!this.header) {
      this.header = record.texts();
      return;
    }
    if (record.count !== this.header.length) {
      throw new InputError(`expected ${this.header.length} fields like the header, found ${record.count}`, {
        file: this.file,
        line: record.line,
      });
    }
    if (!this.sink) {
      const { file, header, delimiter } = this;
      const { sink, numericColumns, lane } = this.builder.beginRecords(file, header, (plan, columns) =>
        PlainRowsLane.for(file, delimiter, header.length, plan, columns),
      );
      this.parser.readAsNumbers(numericColumns);
      this.parser.useLane(lane);
      this.sink = sink;
    }
    this.sink(record);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
