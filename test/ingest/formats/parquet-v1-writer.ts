// A small Parquet writer for tests that need what hyparquet-writer does not write: version-1 data pages
// (DATA_PAGE, pyarrow's default: definition levels compressed with the values) and control over the pages —
// dictionary or PLAIN per page, a dictionary-encoded chunk that falls back to PLAIN pages (as pyarrow does when
// its dictionary grows past 1 MB), definition levels that are or are not one run. Built from hyparquet-writer's
// own encoders (PLAIN, RLE/bit-packed hybrid, page headers, footer, snappy).
import type { ColumnChunk, FileMetaData, ParquetType, SchemaElement } from 'hyparquet';
import { ByteWriter } from 'hyparquet-writer';
import { writePageHeader } from 'hyparquet-writer/src/datapage.js';
import { writeRleBitPackedHybrid } from 'hyparquet-writer/src/encoding.js';
import { writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { writePlain } from 'hyparquet-writer/src/plain.js';
import { snappyCompress } from 'hyparquet-writer/src/snappy.js';

export type V1Value = number | bigint | string | boolean | null;

export interface V1Column {
  readonly name: string;
  readonly type: Extract<ParquetType, 'BOOLEAN' | 'INT32' | 'INT64' | 'FLOAT' | 'DOUBLE' | 'BYTE_ARRAY'>;
  readonly values: readonly V1Value[];
  /** OPTIONAL (the default, as pandas writes every column) or REQUIRED. */
  readonly required?: boolean;
  /** Extra schema annotations, such as `{ converted_type: 'UTF8' }`. */
  readonly element?: Partial<SchemaElement>;
  /** Dictionary-encode the first this-many pages of each chunk (all when true), PLAIN after. */
  readonly dictionaryPages?: number | boolean;
  /** Write definition levels without nulls bit-packed instead of as one run. */
  readonly bitPackedLevels?: boolean;
  /** A corrupt file: the dictionary page leaves out its last this-many values, which data pages still index. */
  readonly dictionaryShortBy?: number;
}

export interface V1Options {
  readonly rowGroupRows?: number;
  readonly pageRows?: number;
  readonly codec?: 'UNCOMPRESSED' | 'SNAPPY';
}

export function writeV1Parquet(columns: readonly V1Column[], options: V1Options = {}): Uint8Array {
  const rows = columns[0]!.values.length;
  const { rowGroupRows = rows, pageRows = rowGroupRows, codec = 'UNCOMPRESSED' } = options;
  const compress = (bytes: Uint8Array): Uint8Array => (codec === 'SNAPPY' ? snappyCompress(bytes) : bytes);
  const writer = new ByteWriter();
  writer.appendUint32(0x31524150); // PAR1
  const schema: SchemaElement[] = [
    { name: 'schema', num_children: columns.length },
    ...columns.map((c): SchemaElement => ({ name: c.name, type: c.type, repetition_type: c.required ? 'REQUIRED' : 'OPTIONAL', ...c.element })),
  ];
  const rowGroups: FileMetaData['row_groups'] = [];
  for (let groupStart = 0; groupStart < rows; groupStart += rowGroupRows) {
    const groupEnd = Math.min(rows, groupStart + rowGroupRows);
    const chunks: ColumnChunk[] = [];
    for (const column of columns) {
      const values = column.values.slice(groupStart, groupEnd);
      const chunkStart = writer.offset;
      let uncompressed = 0;
      const present = values.filter((v) => v !== null);
      const dictionaryPages = column.dictionaryPages === true ? Infinity : column.dictionaryPages || 0;
      // Distinct by Object.is: NaN is one entry, -0 and 0 are two.
      const dictionary: V1Value[] = [];
      for (const v of dictionaryPages > 0 ? present : []) if (!dictionary.some((d) => Object.is(d, v))) dictionary.push(v);
      let dictionaryOffset: bigint | undefined;
      if (dictionaryPages > 0) {
        dictionaryOffset = BigInt(writer.offset);
        const body = new ByteWriter();
        const written = dictionary.slice(0, dictionary.length - (column.dictionaryShortBy ?? 0));
        writePlain(body, written as never, column.type, undefined);
        const raw = body.getBytes();
        const page = compress(raw);
        writePageHeader(writer, {
          type: 'DICTIONARY_PAGE',
          uncompressed_page_size: raw.length,
          compressed_page_size: page.length,
          dictionary_page_header: { num_values: written.length, encoding: 'PLAIN' },
        });
        writer.appendBytes(page);
        uncompressed += raw.length;
      }
      const dataOffset = BigInt(writer.offset);
      const encodings = new Set<string>(['RLE']);
      for (let pageStart = 0, page = 0; pageStart < values.length; pageStart += pageRows, page++) {
        const pageValues = values.slice(pageStart, pageStart + pageRows);
        const nonNull = pageValues.filter((v) => v !== null);
        const body = new ByteWriter();
        if (!column.required) {
          const levels = pageValues.map((v) => (v === null ? 0 : 1));
          const encoded = new ByteWriter();
          if (column.bitPackedLevels && nonNull.length === pageValues.length) writeBitPackedOnes(encoded, levels.length);
          else writeRleBitPackedHybrid(encoded, levels, 1);
          body.appendUint32(encoded.offset);
          body.appendBytes(encoded.getBytes());
        }
        const byDictionary = page < dictionaryPages;
        if (byDictionary) {
          const indices = nonNull.map((v) => dictionary.findIndex((d) => Object.is(d, v)));
          const bitWidth = Math.max(1, Math.ceil(Math.log2(dictionary.length)));
          body.appendUint8(bitWidth);
          writeRleBitPackedHybrid(body, indices, bitWidth);
          encodings.add('RLE_DICTIONARY');
        } else {
          writePlain(body, nonNull as never, column.type, undefined);
          encodings.add('PLAIN');
        }
        const raw = body.getBytes();
        const compressed = compress(raw);
        writePageHeader(writer, {
          type: 'DATA_PAGE',
          uncompressed_page_size: raw.length,
          compressed_page_size: compressed.length,
          data_page_header: {
            num_values: pageValues.length,
            encoding: byDictionary ? 'RLE_DICTIONARY' : 'PLAIN',
            definition_level_encoding: 'RLE',
            repetition_level_encoding: 'RLE',
          },
        });
        writer.appendBytes(compressed);
        uncompressed += raw.length;
      }
      chunks.push({
        file_offset: BigInt(chunkStart),
        meta_data: {
          type: column.type,
          encodings: [...encodings] as never,
          path_in_schema: [column.name],
          codec,
          num_values: BigInt(values.length),
          total_uncompressed_size: BigInt(uncompressed),
          total_compressed_size: BigInt(writer.offset - chunkStart),
          data_page_offset: dataOffset,
          dictionary_page_offset: dictionaryOffset,
        },
      });
    }
    rowGroups.push({ columns: chunks, total_byte_size: 0n, num_rows: BigInt(groupEnd - groupStart) });
  }
  const metadata = { version: 1, schema, num_rows: BigInt(rows), row_groups: rowGroups, created_by: 'parquet-v1-writer (test)' };
  // hyparquet-writer's FileMetaData is that of its own copy of hyparquet.
  writeMetadata(writer, metadata as never);
  writer.appendUint32(0x31524150);
  return writer.getBytes();
}

/** `count` ones (all present) as bit-packed groups of 8 rather than one RLE run. */
function writeBitPackedOnes(writer: ByteWriter, count: number): void {
  const groups = Math.ceil(count / 8);
  writer.appendVarInt((groups << 1) | 1);
  for (let g = 0; g < groups; g++) {
    const inGroup = Math.min(8, count - 8 * g);
    writer.appendUint8((1 << inGroup) - 1);
  }
}
