import { InputError } from '../../errors.js';
import type { MetricTree } from './tree.js';

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
export function parseTolerantJson(text: string, file: string): MetricTree {
  return new TolerantJsonParser(text, file).parseDocument();
}

class TolerantJsonParser {
  private pos: number;

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  parseDocument(): MetricTree {
    this.skipWhitespace();
    if (this.pos >= this.text.length) throw this.fail('the file is empty; expected a JSON object or array');
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.pos < this.text.length) {
      throw this.fail(
        'unexpected text after the end of the JSON document (one JSON value per file; JSON Lines files are predictions, not metrics)',
      );
    }
    return value;
  }

  private parseValue(depth: number): MetricTree {
    if (depth > MAX_DEPTH) throw this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
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
        if (this.text.startsWith('-Infinity', this.pos)) return this.parseWord('-Infinity', -Infinity);
        return this.parseNumber();
      case undefined:
        throw this.failAtEnd();
      default:
        if (c >= '0' && c <= '9') return this.parseNumber();
        throw this.fail(`unexpected ${describeChar(c)}; expected a value`);
    }
  }

  private parseObject(depth: number): MetricTree {
    const object = new Map<string, MetricTree>();
    this.pos++; // {
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return object;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') throw this.failExpecting('a quoted key');
      const keyStart = this.pos;
      const key = this.parseString();
      if (object.has(key)) {
        // Python keeps the last value, JavaScript too, other tools the first: which score counts is a guess.
        this.pos = keyStart;
        throw this.fail(`the key "${key.length > 80 ? `${key.slice(0, 80)}…` : key}" appears twice in one object; which value counts would be a guess`);
      }
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') throw this.failExpecting(`':' after the key "${key}"`);
      this.pos++;
      this.skipWhitespace();
      object.set(key, this.parseValue(depth + 1));
      this.skipWhitespace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === '}') return object;
      if (c !== ',') {
        this.pos--;
        throw this.failExpecting("',' or '}' after an object member");
      }
    }
  }

  private parseArray(depth: number): MetricTree {
    const array: MetricTree[] = [];
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
      if (c === ']') return array;
      if (c !== ',') {
        this.pos--;
        throw this.failExpecting("',' or ']' after an array element");
      }
    }
  }

  private parseString(): string {
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
      if (code === 0x22) break;
      if (code < 0x20) throw this.fail('a line break or control character inside a string (write it as an escape)');
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
  private parseEscape(): string {
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
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.fail('\\u must be followed by four hex digits');
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
      }
      default:
        this.pos -= 2;
        if (c === undefined) throw this.failAtEnd();
        throw this.fail(`unknown escape \\${c} in a string`);
    }
  }

  private parseNumber(): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) throw this.fail('a malformed number');
    this.pos += match[0].length;
    return Number(match[0]);
  }

  private parseWord<T extends MetricTree>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) {
      if (word.startsWith(this.text.slice(this.pos))) throw this.failAtEnd();
      throw this.fail(`unexpected ${describeChar(this.text[this.pos] ?? '')}; expected a value`);
    }
    this.pos += word.length;
    return value;
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) this.pos++;
      else return;
    }
  }

  private failExpecting(expected: string): InputError {
    if (this.pos >= this.text.length) return this.failAtEnd();
    return this.fail(`unexpected ${describeChar(this.text[this.pos] ?? '')}; expected ${expected}`);
  }

  private failAtEnd(): InputError {
    this.pos = this.text.length;
    return this.fail('the JSON ends in the middle of a value; the file looks truncated');
  }

  /** An error at the current position: line in the location, column in the text. */
  private fail(problem: string): InputError {
    let line = 1;
    let lineStart = 0;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < this.pos; i = this.text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const column = this.pos - lineStart + 1;
    return new InputError(`not valid JSON at column ${column}: ${problem}`, { file: this.file, line });
  }
}

function describeChar(c: string): string {
  if (c === '') return 'end of file';
  const code = c.charCodeAt(0);
  return code < 0x20 ? `control character U+${code.toString(16).padStart(4, '0')}` : `'${c}'`;
}
