import { InputError } from '../../errors.js';
import { maskedCrc32c } from './crc32c.js';
import {
  openWireSource,
  ProtoReader,
  WIRE_FIXED32,
  WIRE_FIXED64,
  WIRE_LENGTH,
  WIRE_VARINT,
  type WireSource,
} from './protobuf-wire.js';
import type { BinaryFile, MetricReading } from './reading.js';

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

/** The last point seen for one tag: the highest step, and the value last written there. */
interface Point {
  step: bigint;
  value: number;
  float32: boolean;
}

/** Plugin data from a tag's SummaryMetadata; TF2 writers send it only with a tag's first value in a file. */
interface TagKind {
  plugin: string;
  dataClass: number;
}

/** What one file held, for the note when it held no scalars. */
interface FileTally {
  scalars: number;
  others: Set<string>;
  records: number;
}

/**
 * Scalars of one or more event files. `prefix` (may be '') is prepended to every tag with '/', for files in
 * sub-folders of a log directory ('validation' → 'validation/epoch_accuracy'). Later files win ties on a
 * tag's highest step, as later records in one file do.
 */
export function readTensorBoardEvents(files: readonly { file: BinaryFile; prefix: string }[]): MetricReading {
  const points = new Map<string, Point>();
  const notes: string[] = [];
  for (const { file, prefix } of files) {
    const tally = readEventFile(file, prefix.replace(/\/+$/, ''), points);
    if (tally.scalars === 0) notes.push(`${file.name}: ${describeEmpty(tally)}`);
  }
  const metrics = new Map<string, number | null>();
  for (const [id, point] of points) metrics.set(id, toMetric(point));
  return { metrics, stderr: new Map(), notes };
}

/** True for files named like event files, or whose first 12 bytes are a TFRecord header with a valid CRC. */
export function looksLikeTensorBoard(file: BinaryFile): boolean {
  const base = file.name.split(/[\\/]/).pop() ?? '';
  if (EVENT_FILE_NAME.test(base)) return true;
  const { bytes } = file;
  if (bytes.length < HEADER_BYTES) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(8, true) === maskedCrc32c(bytes, 0, 8);
}

function readEventFile(file: BinaryFile, prefix: string, points: Map<string, Point>): FileTally {
  const source = openWireSource(file.name, file.bytes);
  const kinds = new Map<string, TagKind>();
  const tally: FileTally = { scalars: 0, others: new Set(), records: 0 };
  forEachRecord(source, (start, end) => {
    tally.records++;
    const { step, scalars } = readEvent(new ProtoReader(source, start, end), kinds, tally.others);
    for (const { tag, value, float32 } of scalars) {
      tally.scalars++;
      const id = prefix === '' ? tag : `${prefix}/${tag}`;
      const seen = points.get(id);
      if (seen === undefined || step >= seen.step) points.set(id, { step, value, float32 });
    }
  });
  return tally;
}

/**
 * Walks TFRecord framing: uint64 length, masked CRC-32C of the length, data, masked CRC-32C of the data.
 * Both CRCs are checked, so a damaged or half-written file fails loudly instead of yielding wrong numbers.
 */
function forEachRecord(source: WireSource, visit: (start: number, end: number) => void): void {
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

function damaged(file: string, offset: number, how: 'truncated' | 'corrupt', detail: string): InputError {
  return new InputError(`${how} TFRecord at byte offset ${offset}: ${detail}`, { file });
}

/** A scalar found in one event, before its step is known. */
interface Scalar {
  tag: string;
  value: number;
  float32: boolean;
}

/** Event: step 2 (int64), summary 5; graph_def 4 and meta_graph_def 9 are only tallied for the note. */
function readEvent(
  r: ProtoReader,
  kinds: Map<string, TagKind>,
  others: Set<string>,
): { step: bigint; scalars: Scalar[] } {
  // Fields may come in any order, so the step is only known once the whole event is read.
  let step = 0n;
  const scalars: Scalar[] = [];
  while (r.next()) {
    if (r.field === 2 && r.wireType === WIRE_VARINT) step = r.int64();
    else if (r.field === 5 && r.wireType === WIRE_LENGTH) {
      // Summary: repeated Value value = 1.
      const summary = r.message();
      while (summary.next()) {
        if (summary.field === 1 && summary.wireType === WIRE_LENGTH) readValue(summary.message(), scalars, kinds, others);
        else summary.skip();
      }
    } else {
      if (r.field === 4 || r.field === 9) others.add('graph');
      r.skip();
    }
  }
  return { step, scalars };
}

/** Summary.Value: tag 1, simple_value 2, image 4, histo 5, audio 6, tensor 8, metadata 9. */
function readValue(r: ProtoReader, found: Scalar[], kinds: Map<string, TagKind>, others: Set<string>): void {
  let tag = '';
  let simple: number | undefined;
  let tensor: ProtoReader | undefined;
  let kind: TagKind | undefined;
  let other: string | undefined;
  while (r.next()) {
    if (r.field === 1 && r.wireType === WIRE_LENGTH) tag = r.string();
    else if (r.field === 2 && r.wireType === WIRE_FIXED32) simple = r.float();
    else if (r.field === 8 && r.wireType === WIRE_LENGTH) tensor = r.message();
    else if (r.field === 9 && r.wireType === WIRE_LENGTH) kind = readMetadata(r.message());
    else {
      other = OTHER_VALUES.get(r.field) ?? other;
      r.skip();
    }
  }
  if (kind) kinds.set(tag, kind);
  else kind = kinds.get(tag);
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
function isScalarKind(kind: TagKind | undefined): boolean {
  if (!kind) return true;
  if (kind.dataClass === DATA_CLASS_SCALAR || kind.plugin === 'scalars') return true;
  return kind.plugin === '' && kind.dataClass === 0;
}

/** SummaryMetadata: plugin_data 1 { plugin_name 1 }, data_class 4. */
function readMetadata(r: ProtoReader): TagKind {
  const kind: TagKind = { plugin: '', dataClass: 0 };
  while (r.next()) {
    if (r.field === 1 && r.wireType === WIRE_LENGTH) {
      const plugin = r.message();
      while (plugin.next()) {
        if (plugin.field === 1 && plugin.wireType === WIRE_LENGTH) kind.plugin = plugin.string();
        else plugin.skip();
      }
    } else if (r.field === 4 && r.wireType === WIRE_VARINT) kind.dataClass = r.uint();
    else r.skip();
  }
  return kind;
}

/**
 * TensorProto: dtype 1, tensor_shape 2 { dim 2, unknown_rank 3 }, tensor_content 4 (little-endian), float_val
 * 5, double_val 6, half_val 13. Only rank-0 floating tensors are scalars; as in TensorFlow's
 * make_ndarray, a scalar with no value at all is zero.
 */
function readScalarTensor(r: ProtoReader, tag: string): { value: number; float32: boolean } | undefined {
  const { view } = r.source;
  let dtype = 0;
  let rank = 0;
  let content: [number, number] | undefined;
  let listed: number | undefined;
  while (r.next()) {
    const { field, wireType } = r;
    if (field === 1 && wireType === WIRE_VARINT) dtype = r.uint();
    else if (field === 2 && wireType === WIRE_LENGTH) {
      const shape = r.message();
      while (shape.next()) {
        if (shape.field === 3 && shape.wireType === WIRE_VARINT) {
          if (shape.uint() !== 0) rank = -1;
        } else {
          if (shape.field === 2 && rank >= 0) rank++;
          shape.skip();
        }
      }
    } else if (field === 4 && wireType === WIRE_LENGTH) content = r.range();
    else if (field === 5 && wireType === WIRE_FIXED32) listed ??= r.float();
    else if (field === 6 && wireType === WIRE_FIXED64) listed ??= r.double();
    else if (field === 13 && wireType === WIRE_VARINT) listed ??= r.uint();
    else if ((field === 5 || field === 6 || field === 13) && wireType === WIRE_LENGTH) {
      // Packed repeated values: only the first matters for a scalar.
      const packed = r.message();
      if (packed.hasMore()) listed ??= field === 5 ? packed.float() : field === 6 ? packed.double() : packed.uint();
    } else r.skip();
  }
  if (rank !== 0) return undefined;
  const size = dtype === DT_FLOAT ? 4 : dtype === DT_DOUBLE ? 8 : dtype === DT_HALF ? 2 : 0;
  if (size === 0) return undefined;
  let value = listed ?? 0;
  if (content && content[1] > content[0]) {
    if (content[1] - content[0] !== size) {
      const problem = `tag "${tag}" holds ${content[1] - content[0]} bytes of tensor_content for a ${size}-byte scalar`;
      r.fail(content[0], problem);
    }
    const at = content[0];
    value = size === 4 ? view.getFloat32(at, true) : size === 8 ? view.getFloat64(at, true) : view.getUint16(at, true);
  }
  if (dtype === DT_HALF) return { value: halfToNumber(value), float32: true };
  return { value, float32: dtype === DT_FLOAT };
}

/** IEEE 754 binary16 bits to a number (TensorProto keeps halves as the raw bits in an int32). */
function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/**
 * NaN and ±Infinity become null. float32 values are given as the shortest decimal that rounds to the same
 * float32, as TensorBoard and numpy print them, so an accuracy of 0.85 reads 0.85, not 0.8500000238418579.
 */
function toMetric({ value, float32 }: Point): number | null {
  if (!Number.isFinite(value)) return null;
  if (!float32) return value;
  for (let digits = 1; digits < 9; digits++) {
    const shortest = Number(value.toPrecision(digits));
    if (Math.fround(shortest) === value) return shortest;
  }
  return Number(value.toPrecision(9));
}

function describeEmpty({ records, others }: FileTally): string {
  if (records === 0) return 'no scalar summaries (the file holds no records); no metrics read from it';
  const found = [...others].sort();
  const held = found.length === 0 ? 'only the file header' : `only ${found.join(', ')}`;
  return `no scalar summaries (it holds ${held}); no metrics read from it`;
}
