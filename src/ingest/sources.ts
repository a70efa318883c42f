import type { ParquetFile } from './formats/parquet-file.js';

/*
 * What the shell hands the prediction readers: a file's text, or its bytes as a stream, or a Parquet file. The
 * shell reads, decompresses and validates; the readers only parse.
 */

/** A file's decoded text; the shell does the reading and decompression. */
export interface TextFile {
  readonly name: string;
  readonly text: string;
}

/**
 * A CSV or TSV file as a stream of UTF-8 bytes, for files too large to hold as text. The shell reads,
 * decompresses and validates the bytes (a stream error is the file's error); this side only parses them.
 */
export interface DelimitedStream {
  readonly name: string;
  readonly delimiter: ',' | '\t';
  readonly chunks: AsyncIterable<Uint8Array>;
  /** The byte count the stream is expected to yield, when known: used to size the columns once. */
  readonly expectedBytes?: number;
}

/** A JSON Lines file as a stream of UTF-8 bytes, read and checked by the shell like a `DelimitedStream`. */
export interface JsonLinesStream {
  readonly name: string;
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly expectedBytes?: number;
}

/** One prediction file, in whichever form the shell could give it. */
export type PredictionSource =
  | { readonly kind: 'text'; readonly file: TextFile }
  | { readonly kind: 'delimited'; readonly stream: DelimitedStream }
  | { readonly kind: 'json-lines'; readonly stream: JsonLinesStream }
  /** A JSON document that is an array of records, streamed like JSON Lines. */
  | { readonly kind: 'json-array'; readonly stream: JsonLinesStream }
  | { readonly kind: 'parquet'; readonly file: ParquetFile };

export type PredictionFormat = 'csv' | 'tsv' | 'jsonl' | 'json';
