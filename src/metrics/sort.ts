/**
 * Orders rows by score, highest first: the one sort that every ranking metric shares. Large inputs use an
 * LSD radix sort on the IEEE-754 bits (four 16-bit passes, linear time); small ones a comparison sort.
 * The order among equal scores is unspecified: ranking metrics treat tied scores as one threshold.
 */
const RADIX_THRESHOLD = 4096;

export function argsortDescending(values: Float64Array): Uint32Array {
  const n = values.length;
  if (n < RADIX_THRESHOLD) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => values[b]! - values[a]!);
  }
  return radixArgsortDescending(values);
}

function radixArgsortDescending(values: Float64Array): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  // Keys that sort ascending in the order we want (descending scores): map the float bits to an unsigned
  // order-preserving key, then complement it. -0 and +0 get different keys but end up adjacent.
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const low = bits[2 * i]!;
    const high = bits[2 * i + 1]!;
    if (high & 0x80000000) {
      lo[i] = low; // ~(~x) for negative numbers: flipping all bits, then complementing, is the identity.
      hi[i] = high;
    } else {
      lo[i] = ~low >>> 0;
      hi[i] = ~(high | 0x80000000) >>> 0;
    }
    order[i] = i;
  }
  let loNext = new Uint32Array(n);
  let hiNext = new Uint32Array(n);
  let orderNext = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i]! >>> shift) & 0xffff]!++;
    if (counts[(source[0]! >>> shift) & 0xffff] === n) continue; // every key shares this digit
    let offset = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d]!;
      counts[d] = offset;
      offset += c;
    }
    for (let i = 0; i < n; i++) {
      const at = counts[(source[i]! >>> shift) & 0xffff]!++;
      loNext[at] = lo[i]!;
      hiNext[at] = hi[i]!;
      orderNext[at] = order[i]!;
    }
    [lo, loNext] = [loNext, lo];
    [hi, hiNext] = [hiNext, hi];
    [order, orderNext] = [orderNext, order];
  }
  return order;
}
