import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realWorld } from '../../helpers/real-world.js';
import { InputError } from '../../../src/errors.js';
import { crc32c } from '../../../src/ingest/metric-files/crc32c.js';
import type { BinaryFile, MetricReading } from '../../../src/ingest/metric-files/reading.js';
import { looksLikeTensorBoard, readTensorBoardEvents } from '../../../src/ingest/metric-files/tensorboard.js';
import {
  DT_DOUBLE,
  DT_FLOAT,
  DT_HALF,
  DT_STRING,
  doubleField,
  event,
  fileVersion,
  floatField,
  lengthField,
  littleEndianFloat32,
  littleEndianFloat64,
  metadata,
  simpleValue,
  tensor,
  tensorValue,
  tfrecords,
  varintField,
} from '../../fixtures/metric-files/tensorboard/encode.js';

// Real event files from public repositories; test/fixtures/real-world/SOURCES.md says where each comes from.
// The expected values were derived independently of the reader by
// test/fixtures/metric-files/tensorboard/cross-check.py (bit-by-bit CRC-32C, byte-pattern scan, no protobuf
// decoder), which prints every tag's highest step and the float32 values written there.
const REAL_DIR = realWorld('tensorboard');
const HF = '10844110__t5-summarization-demo__events.out.tfevents.1742826235.DESKTOP-41L2EO3.107869.0';
const KERAS = 'TheCodeheadMT__TensorBoard-Tutorial__events.out.tfevents';
const KERAS_TRAIN = `${KERAS}.1690485354.e-bnbobg-5l77j-0.80091.0.v2`;
const KERAS_VALIDATION = `${KERAS}.1690485359.e-bnbobg-5l77j-0.80091.1.v2`;
const JANOSH = 'janosh__tensorboard-reducer__events.out.tfevents.1622966509.janoshs-mbp.lan.86059.0';
const ORKTES = 'orktes__go-tensorboard__events.out.tfevents.1585499054.Jaakkos-Mac-mini.local.11684.5.v2';

function realFile(name: string): BinaryFile {
  return { name, bytes: new Uint8Array(readFileSync(join(REAL_DIR, name))) };
}

function read(file: BinaryFile, prefix = ''): MetricReading {
  return readTensorBoardEvents([{ file, prefix }]);
}

function synthetic(name: string, ...records: Uint8Array[]): BinaryFile {
  return { name, bytes: tfrecords(...records) };
}

/** A rank-0 TensorProto, as tf.summary.scalar writes one. */
function scalarTensor(dtype: number, ...values: Uint8Array[]): Uint8Array {
  return tensor(dtype, [], ...values);
}

/** The reader's number and the cross-check's float32 (printed as a double) must be the same float32. */
function expectFloat32(actual: number | null | undefined, float32: number): void {
  expect(actual).toBeTypeOf('number');
  expect(Math.fround(actual!)).toBe(Math.fround(float32));
}

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('readTensorBoardEvents on real event files', () => {
  it('reads the simple_value scalars of an HF Trainer run and skips its text summaries', () => {
    const reading = read(realFile(HF));
    expect([...reading.metrics.keys()].sort()).toEqual([
      'train/epoch',
      'train/grad_norm',
      'train/learning_rate',
      'train/loss',
      'train/total_flos',
      'train/train_loss',
      'train/train_runtime',
      'train/train_samples_per_second',
      'train/train_steps_per_second',
    ]);
    const m = reading.metrics;
    expectFloat32(m.get('train/loss'), 1.742300033569336); // step 215000, the last of 430 logged losses
    expectFloat32(m.get('train/grad_norm'), 2.5202980041503906);
    expectFloat32(m.get('train/learning_rate'), 7.824944248113752e-8);
    expectFloat32(m.get('train/epoch'), 3.0); // step 215337
    expectFloat32(m.get('train/train_runtime'), 54713.1796875);
    expectFloat32(m.get('train/train_samples_per_second'), 15.743000030517578);
    expectFloat32(m.get('train/train_steps_per_second'), 3.936000108718872);
    expectFloat32(m.get('train/total_flos'), 2.2882817812935475e17);
    expectFloat32(m.get('train/train_loss'), 1.804049015045166);
    expect(reading.stderr.size).toBe(0);
    expect(reading.notes).toEqual([]);
  });

  it('reports float32 values as the shortest decimal that is the same float32', () => {
    expect(read(realFile(HF)).metrics.get('train/loss')).toBe(1.7423);
    expect(read(realFile(KERAS_VALIDATION)).metrics.get('epoch_accuracy')).toBe(0.8695);
  });

  it('prefixes the train and validation folders of a Keras log dir, whose tags share names', () => {
    const reading = readTensorBoardEvents([
      { file: realFile(KERAS_TRAIN), prefix: 'train' },
      { file: realFile(KERAS_VALIDATION), prefix: 'validation' },
    ]);
    const m = reading.metrics;
    expect([...m.keys()].sort()).toEqual([
      'train/epoch_accuracy',
      'train/epoch_loss',
      'validation/epoch_accuracy',
      'validation/epoch_loss',
      'validation/evaluation_accuracy_vs_iterations',
      'validation/evaluation_loss_vs_iterations',
    ]);
    // Epoch 19 is the highest step of the epoch_* tags; the *_vs_iterations tags end at step 600.
    expectFloat32(m.get('train/epoch_accuracy'), 0.9977333545684814);
    expectFloat32(m.get('train/epoch_loss'), 0.019987531006336212);
    expectFloat32(m.get('validation/epoch_accuracy'), 0.8694999814033508);
    expectFloat32(m.get('validation/epoch_loss'), 0.518250048160553);
    expectFloat32(m.get('validation/evaluation_accuracy_vs_iterations'), 0.8694999814033508);
    expectFloat32(m.get('validation/evaluation_loss_vs_iterations'), 0.518250048160553);
    expect(m.get('train/epoch_accuracy')).not.toBe(m.get('validation/epoch_accuracy'));
    expect(reading.notes).toEqual([]);
  });

  it('reads the DT_FLOAT tensors that tf.summary.scalar writes in TF2', () => {
    // SOURCES.md: tf.summary.scalar("my_metric", 0.5 * step) for steps 0..99.
    const reading = read(realFile(ORKTES));
    expect(reading.metrics).toEqual(new Map([['my_metric', 49.5]]));
  });

  it('takes the value at the highest step when steps repeat out of order', () => {
    // Steps run 0..99, then 90..199 again; the highest step, 199, is written once.
    const m = read(realFile(JANOSH)).metrics;
    expect([...m.keys()].sort()).toEqual(['dup_steps/bar', 'dup_steps/foo']);
    expectFloat32(m.get('dup_steps/foo'), 1.5478503704071045);
    expectFloat32(m.get('dup_steps/bar'), 1.9624147415161133);
  });

  it('prefers the highest step over the last record, and the last record among equal highest steps', () => {
    const { bytes } = realFile(JANOSH);
    // Record boundaries printed by cross-check.py: the first step-99 foo/bar pair is at 10134/10185, the
    // rewritten step 90 starts at 10236, and the second step-99 pair ends at 11256 (where step 100 begins).
    const rewound = read({ name: 'cut.tfevents', bytes: bytes.subarray(0, 10338) }).metrics;
    expectFloat32(rewound.get('dup_steps/foo'), 1.2020434141159058); // step 99, not step 90 written after it
    const tied = read({ name: 'cut.tfevents', bytes: bytes.subarray(0, 11256) }).metrics;
    expectFloat32(tied.get('dup_steps/foo'), 1.9037463665008545); // the second of two step-99 values
    expectFloat32(tied.get('dup_steps/bar'), 1.094226598739624);
  });
});

describe('looksLikeTensorBoard', () => {
  it('recognises an event file by its name, even when empty', () => {
    expect(looksLikeTensorBoard({ name: 'logs/run1/events.out.tfevents.1.host', bytes: new Uint8Array() })).toBe(true);
  });

  it('recognises an event file by a valid first record header whatever its name', () => {
    expect(looksLikeTensorBoard({ name: 'metrics.bin', bytes: realFile(ORKTES).bytes })).toBe(true);
  });

  it('rejects text and a header whose CRC does not match', () => {
    const json = new TextEncoder().encode('{"accuracy": 0.91, "f1": 0.88}');
    expect(looksLikeTensorBoard({ name: 'metrics.json', bytes: json })).toBe(false);
    const bytes = realFile(ORKTES).bytes.slice();
    bytes[0] = bytes[0]! ^ 1;
    expect(looksLikeTensorBoard({ name: 'metrics.bin', bytes })).toBe(false);
    expect(looksLikeTensorBoard({ name: 'short', bytes: bytes.subarray(0, 11) })).toBe(false);
  });
});

describe('readTensorBoardEvents on synthetic event files', () => {
  it('computes CRC-32C as the Castagnoli check value says', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
  });

  it('decodes negative steps (ten-byte varints) and compares steps beyond 2^53 exactly', () => {
    const file = synthetic(
      'events.out.tfevents.neg',
      fileVersion(),
      event(-5, simpleValue('loss', 5)),
      event(-1, simpleValue('loss', 1)),
      event(-3, simpleValue('loss', 3)),
      event(2n ** 53n + 1n, simpleValue('big', 1)),
      event(2n ** 53n, simpleValue('big', 2)),
      event(-(2n ** 63n), simpleValue('min', 7)),
    );
    expect(read(file).metrics).toEqual(new Map([['loss', 1], ['big', 1], ['min', 7]]));
  });

  it('lets a later file win a tie on the highest step, and adds no slash for an empty prefix', () => {
    const first = synthetic('a/events.out.tfevents.1', event(3, simpleValue('acc', 0.5)));
    const second = synthetic(
      'a/events.out.tfevents.2',
      event(3, simpleValue('acc', 0.75)),
      event(2, simpleValue('acc', 0.25)),
    );
    const m = readTensorBoardEvents([{ file: first, prefix: '' }, { file: second, prefix: '' }]).metrics;
    expect(m).toEqual(new Map([['acc', 0.75]]));
  });

  it('gives no metrics and a note for a file holding only hparams', () => {
    const nullTensor = scalarTensor(DT_FLOAT, floatField(5, 0));
    const file = synthetic(
      'runs/x/events.out.tfevents.hp',
      fileVersion(),
      event(0, tensorValue('_hparams_/experiment', nullTensor, metadata('hparams'))),
      event(0, tensorValue('_hparams_/session_start_info', nullTensor, metadata('hparams'))),
    );
    const reading = read(file);
    expect(reading.metrics.size).toBe(0);
    expect(reading.notes).toEqual([
      'runs/x/events.out.tfevents.hp: no scalar summaries (it holds only hparams); no metrics read from it',
    ]);
  });

  it('gives no metrics and a note for a file with zero records', () => {
    const reading = read({ name: 'events.out.tfevents.empty', bytes: new Uint8Array() });
    expect(reading.metrics.size).toBe(0);
    expect(reading.notes).toEqual([
      'events.out.tfevents.empty: no scalar summaries (the file holds no records); no metrics read from it',
    ]);
  });

  it('reads DT_DOUBLE scalars at full precision from tensor_content and double_val', () => {
    const doubleBytes = littleEndianFloat64(0.1);
    const file = synthetic(
      'events.out.tfevents.double',
      // Any plugin that marks its data as DATA_CLASS_SCALAR (1) counts, not only `scalars`.
      event(1, tensorValue('content', scalarTensor(DT_DOUBLE, lengthField(4, doubleBytes)), metadata('x', 1))),
      event(1, tensorValue('listed', scalarTensor(DT_DOUBLE, doubleField(6, 0.3)), metadata('scalars'))),
      event(1, tensorValue('packed', scalarTensor(DT_DOUBLE, lengthField(6, littleEndianFloat64(1 / 3))))),
    );
    expect(read(file).metrics).toEqual(new Map([['content', 0.1], ['listed', 0.3], ['packed', 1 / 3]]));
  });

  it('reads DT_FLOAT scalars from float_val, packed or not, and DT_HALF from half_val', () => {
    const file = synthetic(
      'events.out.tfevents.floatval',
      event(1, tensorValue('unpacked', scalarTensor(DT_FLOAT, floatField(5, 0.25)), metadata('scalars'))),
      event(1, tensorValue('packed', scalarTensor(DT_FLOAT, lengthField(5, littleEndianFloat32(0.85))))),
      event(1, tensorValue('half', scalarTensor(DT_HALF, varintField(13, 0x3e00)), metadata('scalars'))),
    );
    expect(read(file).metrics).toEqual(new Map([['unpacked', 0.25], ['packed', 0.85], ['half', 1.5]]));
  });

  it('remembers the plugin a TF2 writer names only on a tag first write', () => {
    const scalar = (v: number): Uint8Array => scalarTensor(DT_FLOAT, lengthField(4, littleEndianFloat32(v)));
    const file = synthetic(
      'events.out.tfevents.meta',
      event(0, tensorValue('acc', scalar(0.5), metadata('scalars')), tensorValue('hp', scalar(0), metadata('hparams'))),
      event(1, tensorValue('acc', scalar(0.75)), tensorValue('hp', scalar(9))),
    );
    expect(read(file).metrics).toEqual(new Map([['acc', 0.75]]));
  });

  it('turns NaN and Infinity at the highest step into null', () => {
    const file = synthetic(
      'events.out.tfevents.nan',
      event(1, simpleValue('loss', 0.5), simpleValue('grad', 2)),
      event(2, simpleValue('loss', NaN), simpleValue('grad', Infinity)),
      event(2, tensorValue('ppl', scalarTensor(DT_DOUBLE, doubleField(6, -Infinity)))),
    );
    expect(read(file).metrics).toEqual(new Map([['loss', null], ['grad', null], ['ppl', null]]));
  });

  it('skips histograms, text, images and graphs and names them in the note', () => {
    const histogram = tensor(DT_DOUBLE, [30, 3], lengthField(4, new Uint8Array(30 * 3 * 8)));
    const text = scalarTensor(DT_STRING, lengthField(8, 'hello'));
    const file = synthetic(
      'events.out.tfevents.other',
      fileVersion(),
      event(0, tensorValue('dense/kernel_0', histogram, metadata('histograms'))),
      event(0, tensorValue('args/text_summary', text, metadata('text'))),
      event(0, new Uint8Array([...lengthField(1, 'image'), ...lengthField(4, varintField(1, 2))])),
      new Uint8Array([...event(0), ...lengthField(4, 'graph bytes')]),
    );
    const reading = read(file);
    expect(reading.metrics.size).toBe(0);
    expect(reading.notes).toEqual([
      'events.out.tfevents.other: no scalar summaries (it holds only graph, histograms, images, text); ' +
        'no metrics read from it',
    ]);
  });

  it('names the byte offset of a truncated record', () => {
    const name = 'events.out.tfevents.cut';
    const second = event(1, simpleValue('loss', 1));
    const { bytes } = synthetic(name, fileVersion(), second);
    const secondRecord = 12 + fileVersion().length + 4;
    const midData = errorOf(() => read({ name, bytes: bytes.subarray(0, bytes.length - 6) }));
    expect(midData.message).toBe(
      `${name}: truncated TFRecord at byte offset ${secondRecord}: the record holds ${second.length} ` +
        `bytes of data but the file has ${bytes.length - 6 - secondRecord - 16} left for it ` +
        '(the file is truncated or was still being written)',
    );
    const midHeader = errorOf(() => read({ name, bytes: bytes.subarray(0, secondRecord + 5) }));
    expect(midHeader.message).toBe(
      `${name}: truncated TFRecord at byte offset ${secondRecord}: a record header needs 12 bytes but the file ends ` +
        'after 5 (the file is truncated or was still being written)',
    );
  });

  it('reports a CRC mismatch when a byte of the data or the length is flipped', () => {
    const name = 'events.out.tfevents.bad';
    const { bytes } = synthetic(name, fileVersion(), event(1, simpleValue('loss', 1)));
    const secondRecord = 12 + fileVersion().length + 4;
    const data = bytes.slice();
    data[secondRecord + 14] = data[secondRecord + 14]! ^ 0x10;
    expect(errorOf(() => read({ name, bytes: data })).message).toBe(
      `${name}: corrupt TFRecord at byte offset ${secondRecord}: data CRC mismatch (the file is truncated or damaged)`,
    );
    const length = bytes.slice();
    length[secondRecord] = length[secondRecord]! ^ 0x01;
    expect(errorOf(() => read({ name, bytes: length })).message).toBe(
      `${name}: corrupt TFRecord at byte offset ${secondRecord}: length CRC mismatch ` +
        '(the file is damaged or not an event file)',
    );
  });

  it('rejects malformed protobuf inside a record with a valid CRC instead of crashing', () => {
    const overrun = synthetic('events.out.tfevents.proto', new Uint8Array([0x2a, 0x05, 0x0a]));
    expect(errorOf(() => read(overrun)).message).toBe(
      'events.out.tfevents.proto: malformed protobuf at byte offset 14: field 5 needs 5 bytes but its message ' +
        'has 1 left (the event file is damaged)',
    );
    const endless = synthetic('events.out.tfevents.proto', new Uint8Array([0x10, ...Array<number>(11).fill(0xff), 1]));
    expect(errorOf(() => read(endless)).message).toMatch('byte offset 13: varint longer than ten bytes');
    const shortContent = scalarTensor(DT_FLOAT, lengthField(4, new Uint8Array(3)));
    const badScalar = synthetic('events.out.tfevents.proto', event(1, tensorValue('x', shortContent)));
    expect(errorOf(() => read(badScalar)).message).toMatch('"x" holds 3 bytes of tensor_content for a 4-byte scalar');
  });
});
