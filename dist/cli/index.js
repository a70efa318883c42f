#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 5106:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ij: () => (/* binding */ BUNDLE_FILE),
/* harmony export */   Z6: () => (/* binding */ EXAMPLES_FILE),
/* harmony export */   nf: () => (/* binding */ BUNDLE_SCHEMA)
/* harmony export */ });
/** The names of a baseline bundle (SPEC §4.2), apart from its schema code so that finding a bundle loads no parser. */
const BUNDLE_SCHEMA = 'model-gate/baseline@1';
const BUNDLE_FILE = 'model-gate-baseline.json';
const EXAMPLES_FILE = 'examples.bin.gz';


/***/ }),

/***/ 4155:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6579);
/* harmony import */ var _metrics_sort_pool_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7576);
// The CLI's only side-effecting file: run, then exit with the code.


// MODEL_GATE_THREADS=1 keeps the ranking sort on one thread (README: Performance).
(0,_metrics_sort_pool_js__WEBPACK_IMPORTED_MODULE_1__/* .useSortWorker */ .CD)(process.env.MODEL_GATE_THREADS !== '1');
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2), {
    cwd: process.cwd(),
    write: (text) => process.stdout.write(text),
    error: (text) => process.stderr.write(text),
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6579:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __nccwpck_require__(735);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
;// CONCATENATED MODULE: ./src/report/evaluation-report.ts




/** `task` and `n` are null for a run made of metric files only. */
function toEvaluationJson(run) {
    return {
        task: run.task ?? null,
        n: run.n ?? null,
        metrics: Object.fromEntries(run.metrics),
        notes: run.notes,
    };
}
const SLICE_ID = /^(.+?)\[(.+)\]$/s;
function toGrid(evaluation) {
    const base = [];
    const sliceColumns = [];
    const bySlice = new Map();
    for (const [id, value] of evaluation.metrics) {
        const match = SLICE_ID.exec(id);
        if (!match) {
            base.push(id);
            continue;
        }
        const [, metric, slice] = match;
        if (!bySlice.has(slice)) {
            bySlice.set(slice, new Map());
            sliceColumns.push(slice);
        }
        bySlice.get(slice).set(metric, value);
    }
    return {
        columns: ['all', ...sliceColumns],
        rows: base.map((id) => [id, evaluation.metrics.get(id), ...sliceColumns.map((s) => bySlice.get(s).get(id))]),
    };
}
function headline(run) {
    const evaluation = run.evaluation;
    if (!evaluation)
        return `${run.metrics.size} metrics from ${run.sources.join(', ')}`;
    const classes = evaluation.classes.length > 0 && evaluation.classes.length <= 12 ? ` · classes ${evaluation.classes.join(', ')}` : '';
    return `${evaluation.task} · ${evaluation.n.toLocaleString('en-US')} examples${classes}`;
}
function renderEvaluationMarkdown(evaluation) {
    const grid = toGrid(evaluation);
    const table = (0,markdown_table/* markdownTable */.Q)([
        ['metric', ...grid.columns].map(report_escape/* escapeMarkdown */.F),
        ...grid.rows.map(([id, ...values]) => [(0,report_escape/* escapeMarkdown */.F)(id), ...values.map((v) => (0,format/* formatValue */.F)(v))]),
    ], { align: ['l', ...grid.columns.map(() => 'r')] });
    const lines = [`### model-gate: ${(0,report_escape/* escapeMarkdown */.F)(headline(evaluation))}`, '', table];
    if (evaluation.notes.length > 0) {
        lines.push('', '<details><summary>Notes</summary>', '');
        for (const note of evaluation.notes)
            lines.push(`- ${(0,report_escape/* escapeMarkdown */.F)(note)}`);
        lines.push('', '</details>');
    }
    return `${lines.join('\n')}\n`;
}
/** A plain aligned table for a terminal. */
function renderEvaluationText(evaluation) {
    const grid = toGrid(evaluation);
    const cells = [
        ['metric', ...grid.columns],
        ...grid.rows.map(([id, ...values]) => [(0,report_text/* inert */.t)(id), ...values.map((v) => (0,format/* formatValue */.F)(v))]),
    ].map((row) => row.map(report_text/* inert */.t));
    const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => [...row[c]].length)));
    const render = (row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
    const lines = [`model-gate · ${(0,report_text/* inert */.t)(headline(evaluation))}`, '', render(cells[0]), render(widths.map((w) => '─'.repeat(w)))];
    for (const row of cells.slice(1))
        lines.push(render(row));
    if (evaluation.notes.length > 0) {
        lines.push('', 'Notes:');
        for (const note of evaluation.notes)
            lines.push(`  - ${(0,report_text/* inert */.t)(note)}`);
    }
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/ingest/combine-run.ts
/**
 * Merges metric files with the metrics computed from predictions. Predictions win on a conflict (SPEC §3.2),
 * and between metric files the later file wins; both with a note, so nothing is replaced silently.
 */
function combineRun(evaluation, readings, sources) {
    const metrics = new Map();
    const origin = new Map();
    const stderr = new Map();
    const notes = [];
    for (const { source, reading } of readings) {
        for (const [id, value] of reading.metrics) {
            const earlier = origin.get(id);
            if (earlier !== undefined && metrics.get(id) !== value)
                notes.push(`${id}: ${source} replaces the value from ${earlier}`);
            metrics.set(id, value);
            origin.set(id, source);
        }
        for (const [id, error] of reading.stderr)
            stderr.set(id, error);
        notes.push(...reading.notes);
    }
    if (evaluation) {
        const overridden = [...evaluation.metrics.keys()].filter((id) => metrics.has(id));
        if (overridden.length > 0) {
            notes.push(`${overridden.slice(0, 5).join(', ')}${overridden.length > 5 ? ', …' : ''}: computed from the predictions, replacing the metric file's value`);
        }
        for (const id of overridden) {
            metrics.delete(id);
            stderr.delete(id);
        }
        notes.unshift(...evaluation.notes);
        // Computed metrics first, in their natural order; metric-file metrics after.
        const merged = new Map(evaluation.metrics);
        for (const [id, value] of metrics)
            merged.set(id, value);
        return { task: evaluation.task, n: evaluation.n, metrics: merged, stderr, evaluation, examples: { data: evaluation.data, ids: evaluation.ids }, sources, notes };
    }
    return { task: undefined, n: undefined, metrics, stderr, evaluation, examples: undefined, sources, notes };
}

// EXTERNAL MODULE: ./src/ingest/columns.ts
var ingest_columns = __nccwpck_require__(9567);
;// CONCATENATED MODULE: ./src/ingest/metric-files/json-tolerant.ts

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
function parseTolerantJson(text, file) {
    return new TolerantJsonParser(text, file).parseDocument();
}
class TolerantJsonParser {
    text;
    file;
    pos;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    parseDocument() {
        this.skipWhitespace();
        if (this.pos >= this.text.length)
            throw this.fail('the file is empty; expected a JSON object or array');
        const value = this.parseValue(0);
        this.skipWhitespace();
        if (this.pos < this.text.length) {
            throw this.fail('unexpected text after the end of the JSON document (one JSON value per file; JSON Lines files are predictions, not metrics)');
        }
        return value;
    }
    parseValue(depth) {
        if (depth > MAX_DEPTH)
            throw this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
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
                if (this.text.startsWith('-Infinity', this.pos))
                    return this.parseWord('-Infinity', -Infinity);
                return this.parseNumber();
            case undefined:
                throw this.failAtEnd();
            default:
                if (c >= '0' && c <= '9')
                    return this.parseNumber();
                throw this.fail(`unexpected ${describeChar(c)}; expected a value`);
        }
    }
    parseObject(depth) {
        const object = new Map();
        this.pos++; // {
        this.skipWhitespace();
        if (this.text[this.pos] === '}') {
            this.pos++;
            return object;
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.pos] !== '"')
                throw this.failExpecting('a quoted key');
            const key = this.parseString();
            this.skipWhitespace();
            if (this.text[this.pos] !== ':')
                throw this.failExpecting(`':' after the key "${key}"`);
            this.pos++;
            this.skipWhitespace();
            object.set(key, this.parseValue(depth + 1));
            this.skipWhitespace();
            const c = this.text[this.pos];
            this.pos++;
            if (c === '}')
                return object;
            if (c !== ',') {
                this.pos--;
                throw this.failExpecting("',' or '}' after an object member");
            }
        }
    }
    parseArray(depth) {
        const array = [];
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
            if (c === ']')
                return array;
            if (c !== ',') {
                this.pos--;
                throw this.failExpecting("',' or ']' after an array element");
            }
        }
    }
    parseString() {
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
            if (code === 0x22)
                break;
            if (code < 0x20)
                throw this.fail('a line break or control character inside a string (write it as an escape)');
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
    parseEscape() {
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
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    throw this.fail('\\u must be followed by four hex digits');
                this.pos += 4;
                return String.fromCharCode(parseInt(hex, 16));
            }
            default:
                this.pos -= 2;
                if (c === undefined)
                    throw this.failAtEnd();
                throw this.fail(`unknown escape \\${c} in a string`);
        }
    }
    parseNumber() {
        NUMBER.lastIndex = this.pos;
        const match = NUMBER.exec(this.text);
        if (!match)
            throw this.fail('a malformed number');
        this.pos += match[0].length;
        return Number(match[0]);
    }
    parseWord(word, value) {
        if (!this.text.startsWith(word, this.pos)) {
            if (word.startsWith(this.text.slice(this.pos)))
                throw this.failAtEnd();
            throw this.fail(`unexpected ${describeChar(this.text[this.pos] ?? '')}; expected a value`);
        }
        this.pos += word.length;
        return value;
    }
    skipWhitespace() {
        for (;;) {
            const code = this.text.charCodeAt(this.pos);
            if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09)
                this.pos++;
            else
                return;
        }
    }
    failExpecting(expected) {
        if (this.pos >= this.text.length)
            return this.failAtEnd();
        return this.fail(`unexpected ${describeChar(this.text[this.pos] ?? '')}; expected ${expected}`);
    }
    failAtEnd() {
        this.pos = this.text.length;
        return this.fail('the JSON ends in the middle of a value; the file looks truncated');
    }
    /** An error at the current position: line in the location, column in the text. */
    fail(problem) {
        let line = 1;
        let lineStart = 0;
        for (let i = this.text.indexOf('\n'); i >= 0 && i < this.pos; i = this.text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        const column = this.pos - lineStart + 1;
        return new errors/* InputError */.dz(`not valid JSON at column ${column}: ${problem}`, { file: this.file, line });
    }
}
function describeChar(c) {
    if (c === '')
        return 'end of file';
    const code = c.charCodeAt(0);
    return code < 0x20 ? `control character U+${code.toString(16).padStart(4, '0')}` : `'${c}'`;
}

;// CONCATENATED MODULE: ./src/ingest/cells.ts

/**
 * Converts one cell (CSV text or a JSON value) to what a column holds. Numbers are parsed exactly as
 * JavaScript's `Number(text)` parses them (correctly rounded), so ties between scores survive parsing.
 */
/** A label, prediction or slice value as text; JSON numbers and booleans keep their JSON spelling. */
function cellText(value, where) {
    if (typeof value === 'string') {
        if (value === '')
            throw new errors/* InputError */.dz('empty cell; every row needs a value here', where);
        return value;
    }
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value === null || value === undefined)
        throw new errors/* InputError */.dz('missing value; every row needs one here', where);
    throw new errors/* InputError */.dz(`expected a single value, found ${describeJson(value)}`, where);
}
/** A slice value: like a label, but an empty cell is its own group. */
function cellSliceText(value, where) {
    if (value === '' || value === null || value === undefined)
        return '';
    return cellText(value, where);
}
/** A finite number; empty cells, text, NaN and Infinity are bad input. */
function cellNumber(value, where) {
    let parsed;
    if (typeof value === 'number') {
        parsed = value;
    }
    else if (typeof value === 'string') {
        parsed = Number(value);
        if (parsed === 0 && value.trim() === '')
            throw new errors/* InputError */.dz('empty cell; expected a number', where);
        if (Number.isNaN(parsed) && !/^\s*[+-]?nan\s*$/i.test(value)) {
            throw new errors/* InputError */.dz(`"${truncate(value)}" is not a number`, where);
        }
    }
    else if (value === null || value === undefined) {
        throw new errors/* InputError */.dz('missing value; expected a number', where);
    }
    else {
        throw new errors/* InputError */.dz(`expected a number, found ${describeJson(value)}`, where);
    }
    if (!Number.isFinite(parsed)) {
        throw new errors/* InputError */.dz(`${String(parsed)} is not allowed here; expected a finite number`, where);
    }
    return parsed;
}
/** An id, always kept as text so that large integer ids never collide. */
function cellId(value, where) {
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) {
        throw new errors/* InputError */.dz(`id ${String(value)} is an integer beyond 2^53 and lost digits when read as JSON; write ids as strings`, where);
    }
    return cellText(value, where);
}
function describeJson(value) {
    if (Array.isArray(value))
        return 'an array';
    if (value === null)
        return 'null';
    return typeof value === 'object' ? 'an object' : typeof value;
}
function truncate(text, max = 40) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/metric-collector.ts

/** How many ids a note lists before it says "and N more". */
const NOTE_LIST_LIMIT = 5;
/**
 * Gathers the metrics of one file while a shape reader walks it, and applies the rules every reader shares:
 * NaN/Infinity become `null` (an undefined metric that breaks its rule, SPEC §5.1) with one note listing them;
 * an id written twice keeps its first value, and a second, different value is reported rather than silently
 * replacing it (lm-eval repeats group scores in `results` and `groups`; equal repeats are not worth a note);
 * a standard error is kept only for an id that has a value.
 */
class MetricCollector {
    file;
    metrics = new Map();
    stderr = new Map();
    notes = [];
    nonFinite = [];
    conflicts = [];
    constructor(file) {
        this.file = file;
    }
    /** Records a metric; a non-finite value is recorded as `null`. */
    addMetric(id, value) {
        const stored = Number.isFinite(value) ? value : null;
        if (this.metrics.has(id)) {
            const first = this.metrics.get(id);
            if (first !== stored)
                this.conflicts.push(`${id} (kept ${String(first)}, ignored ${String(stored)})`);
            return;
        }
        this.metrics.set(id, stored);
        if (stored === null)
            this.nonFinite.push(`${id} = ${String(value)}`);
    }
    /** Records the standard error of `id`; negative or non-finite values carry no information and are ignored. */
    addStderr(id, value) {
        if (Number.isFinite(value) && value >= 0 && !this.stderr.has(id))
            this.stderr.set(id, value);
    }
    /** A note for the user; the file name is prepended, since notes of several files end up in one report. */
    addNote(note) {
        this.notes.push(`${this.file}: ${note}`);
    }
    get size() {
        return this.metrics.size;
    }
    /**
     * The finished reading. A file that yields no metric at all is an error naming the file (STYLE §4: readers
     * never drop input silently); `expected` tells the user what the file should have held.
     */
    finish(expected) {
        if (this.metrics.size === 0) {
            throw new errors/* InputError */.dz(`no metrics found: ${expected}`, { file: this.file });
        }
        const notes = [...this.notes];
        if (this.nonFinite.length > 0) {
            notes.push(`${this.file}: ${describeList(this.nonFinite)} ${this.nonFinite.length === 1 ? 'is' : 'are'} not a finite number; read as undefined`);
        }
        if (this.conflicts.length > 0) {
            notes.push(`${this.file}: ${describeList(this.conflicts)} appeared twice with different values`);
        }
        const stderr = new Map();
        for (const [id, value] of this.stderr)
            if (this.metrics.has(id))
                stderr.set(id, value);
        return { metrics: this.metrics, stderr, notes };
    }
}
/** "a, b, c and 4 more": notes stay one line however many ids are involved. */
function describeList(items) {
    const shown = items.slice(0, NOTE_LIST_LIMIT).join(', ');
    const rest = items.length - NOTE_LIST_LIMIT;
    return rest > 0 ? `${shown} and ${rest} more` : shown;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/numbers.ts
/**
 * Reads a number written as text by Python (`str(float)`, `csv.writer`): decimal and exponent forms, and the
 * spellings Python uses for the non-finite values (`nan`, `inf`, `-inf`; also `NaN`/`Infinity` as JSON writes
 * them). Non-finite values come back as NaN/±Infinity for the caller to report as undefined metrics.
 * Returns undefined for anything else, so `"0x10"`, `""` or `"1,5"` never pass as numbers the way `Number()`
 * would let some of them.
 */
function parseNumberText(text) {
    const trimmed = text.trim();
    if (DECIMAL.test(trimmed))
        return Number(trimmed);
    const lower = trimmed.toLowerCase();
    if (lower === 'nan' || lower === '+nan' || lower === '-nan')
        return Number.NaN;
    if (lower === 'inf' || lower === '+inf' || lower === 'infinity' || lower === '+infinity')
        return Infinity;
    if (lower === '-inf' || lower === '-infinity')
        return -Infinity;
    return undefined;
}
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

;// CONCATENATED MODULE: ./src/ingest/metric-files/mlflow.ts




/**
 * MLflow's file store keeps one file per metric, `mlruns/<experiment>/<run>/metrics/<name>`, with one line per
 * `log_metric` call: `<timestamp ms> <value> <step>` (files from MLflow before 1.0 may lack the step, which
 * then counts as 0). The value is Python's `str(float)`, so `nan` and `inf` occur. The file carries no name:
 * the caller passes it, from the path below `metrics/` (nested names such as `val/loss` live in sub-folders).
 */
/** One line: integer timestamp, a value, and an optional integer step. */
const LINE = /^(\d+)[ \t]+(\S+)(?:[ \t]+(-?\d+))?[ \t]*$/;
/**
 * The value at the highest step, the last written on ties (a resumed run that logs the same step again
 * supersedes the earlier value). Lines need not be sorted.
 */
function readMlflowMetric(name, text, metricName) {
    let best;
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
        const line = raw.trimEnd();
        if (line === '')
            return;
        const match = LINE.exec(line);
        const value = match ? parseNumberText(match[2] ?? '') : undefined;
        if (!match || value === undefined) {
            throw new errors/* InputError */.dz(`expected "<timestamp> <value> <step>" as MLflow writes metrics, found "${truncate(line)}"`, {
                file: name,
                line: index + 1,
            });
        }
        const step = match[3] === undefined ? 0 : Number(match[3]);
        if (best === undefined || step >= best.step)
            best = { step, value };
    });
    if (best === undefined) {
        throw new errors/* InputError */.dz('the file is empty; an MLflow metric file has one "<timestamp> <value> <step>" line per logged value', {
            file: name,
        });
    }
    const out = new MetricCollector(name);
    out.addMetric(metricName, best.value);
    return out.finish('the metric file holds no value');
}
/** Content sniffing for files without an extension: every non-empty line is an MLflow metric line. */
function looksLikeMlflowMetric(text) {
    let lines = 0;
    for (const raw of text.split('\n')) {
        const line = raw.trimEnd();
        if (line === '')
            continue;
        const match = LINE.exec(line);
        if (!match || parseNumberText(match[2] ?? '') === undefined)
            return false;
        lines++;
    }
    return lines > 0;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/tree.ts
function isMetricObject(value) {
    return value instanceof Map;
}
function isMetricArray(value) {
    return Array.isArray(value);
}
/** Joins a nested key onto its parent's id with `/` (SPEC §3.2: `eval/accuracy`). */
function joinId(prefix, key) {
    return prefix === '' ? key : `${prefix}/${key}`;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/detect.ts





/**
 * JSON documents larger than this are taken for predictions without parsing them here: metric files are
 * kilobytes (a full lm-eval results file with its configs is ~100 KB), and parsing a large predictions file
 * twice would double the cost of the step for nothing.
 */
const MAX_SNIFFED_JSON = 16 * 1024 * 1024;
/** Column names that make a table a predictions file (SPEC §3.1), lower-cased. */
const PREDICTION_COLUMNS = new Set([...ingest_columns/* COLUMN_CANDIDATES */.M.label, ...ingest_columns/* COLUMN_CANDIDATES */.M.prediction]);
/**
 * Decides, for one file, whether it is a metric file and which reader applies; undefined means "not a metric
 * file" (a predictions file, a JSON Lines file, an event file, or unknown text). The extension decides first:
 * `.json` (unless it is a predictions document: records or columns with a label column), `.yaml`/`.yml`,
 * `.csv`/`.tsv`/`.log` with an `epoch` header column (Keras CSVLogger). Other names, including MLflow's
 * extension-less `metrics/<name>` files, are recognised by content. Pure: the caller reads the file.
 */
function detectMetricFormat(name, text) {
    const base = (name.split(/[/\\]/).pop() ?? name).toLowerCase().replace(/\.gz$/, '');
    if (base.includes('tfevents'))
        return undefined;
    const dot = base.lastIndexOf('.');
    const extension = dot > 0 ? base.slice(dot + 1) : '';
    switch (extension) {
        case 'json':
            return isPredictionDocument(text) ? undefined : 'json';
        case 'yaml':
        case 'yml':
            return 'yaml';
        case 'csv':
        case 'tsv':
        case 'tab':
        case 'log':
            return hasEpochHeader(text) ? 'keras-csv' : undefined;
        case 'jsonl':
        case 'ndjson':
            return undefined;
    }
    if (looksLikeMlflowMetric(text))
        return 'mlflow';
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (start.startsWith('{') || start.startsWith('[')) {
        return isJsonLines(start) || isPredictionDocument(text) ? undefined : 'json';
    }
    return hasEpochHeader(text) ? 'keras-csv' : undefined;
}
/**
 * A predictions document as `read-predictions` accepts it: an array of records, or an object of columns
 * (arrays, or pandas' `{"0": …, "1": …}` per column), with a label column among them.
 */
function isPredictionDocument(text) {
    if (text.length > MAX_SNIFFED_JSON)
        return true;
    let root;
    try {
        root = parseTolerantJson(text, '');
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error))
            return false; // a broken file: let the JSON reader report where
        throw error;
    }
    if (isMetricArray(root)) {
        const first = root[0];
        return isMetricObject(first) && [...first.keys()].some(isPredictionColumn);
    }
    if (!isMetricObject(root))
        return false;
    for (const [key, value] of root) {
        if (!isPredictionColumn(key))
            continue;
        if (isMetricArray(value))
            return true;
        if (isMetricObject(value) && value.size > 0 && [...value.keys()].every((k) => /^\d+$/.test(k)))
            return true;
    }
    return false;
}
/** JSON Lines: the first line is a whole JSON object by itself and more text follows. */
function isJsonLines(start) {
    const newline = start.indexOf('\n');
    if (newline < 0)
        return false;
    const firstLine = start.slice(0, newline).trim();
    if (!firstLine.startsWith('{') || !firstLine.endsWith('}') || start.slice(newline).trim() === '')
        return false;
    try {
        parseTolerantJson(firstLine, '');
        return true;
    }
    catch {
        return false;
    }
}
/** A Keras CSVLogger header: an `epoch` column, at least one other, and no label or prediction column. */
function hasEpochHeader(text) {
    const start = text.replace(/^\uFEFF/, '').trimStart();
    const firstLine = start.slice(0, start.search(/\r|\n|$/));
    const delimiter = [',', '\t', ';'].find((d) => firstLine.includes(d));
    if (delimiter === undefined)
        return false;
    const columns = firstLine.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
    return columns.includes('epoch') && columns.length > 1 && !columns.some(isPredictionColumn);
}
function isPredictionColumn(name) {
    return PREDICTION_COLUMNS.has(name.trim().toLowerCase());
}

;// CONCATENATED MODULE: ./src/ingest/delimited.ts

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/**
 * Parses CSV/TSV text per RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks; records
 * end in LF, CRLF or a lone CR; a leading UTF-8 BOM is dropped. Blank lines are skipped, as pandas does. Like
 * pandas, text after a closing quote is kept literally (`"ab"c` is `abc`) rather than rejected.
 */
function parseDelimited(text, delimiter, file, handler) {
    const delim = delimiter.charCodeAt(0);
    const end = text.length;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    let fields = [];
    let recordLine = 1;
    while (i <= end) {
        let value;
        if (i < end && text.charCodeAt(i) === QUOTE) {
            const opened = line;
            let j = i + 1;
            value = '';
            for (;;) {
                const q = text.indexOf('"', j);
                if (q < 0) {
                    throw new errors/* InputError */.dz(`unterminated quoted field (the quote opened on line ${opened} never closes)`, {
                        file,
                        line: opened,
                    });
                }
                value += text.slice(j, q);
                line += countLineFeeds(text, j, q);
                if (text.charCodeAt(q + 1) === QUOTE) {
                    value += '"';
                    j = q + 2;
                }
                else {
                    j = q + 1;
                    break;
                }
            }
            // Lenient like pandas: anything between the closing quote and the delimiter is kept as written.
            let k = j;
            while (k < end) {
                const c = text.charCodeAt(k);
                if (c === delim || c === LF || c === CR)
                    break;
                k++;
            }
            if (k > j)
                value += text.slice(j, k);
            i = k;
        }
        else {
            let k = i;
            while (k < end) {
                const c = text.charCodeAt(k);
                if (c === delim || c === LF || c === CR)
                    break;
                k++;
            }
            value = text.slice(i, k);
            i = k;
        }
        fields.push(value);
        if (i < end && text.charCodeAt(i) === delim) {
            i++;
            continue;
        }
        // End of record: a line break or the end of the text.
        if (!(fields.length === 1 && fields[0] === ''))
            handler.record(fields, recordLine);
        fields = [];
        if (i >= end)
            break;
        if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF)
            i += 2;
        else
            i += 1;
        line++;
        recordLine = line;
        if (i === end)
            break;
    }
}
function countLineFeeds(text, from, to) {
    let count = 0;
    for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1))
        count++;
    return count;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/keras.ts





/**
 * Keras training logs: `model.fit(...).history` dumped to JSON, and `CSVLogger` files. Both hold one value
 * per epoch; a gate compares the model as trained, so the last epoch's values are read under their own names
 * (`loss`, `val_accuracy`, or the old `acc`/`val_acc`).
 */
/**
 * True for a history: every value is a list of numbers, all of one length, and `loss` is among them (Keras
 * always records it, which keeps a DVC file like `{"scores": [0.1, 0.2]}` out). pandas' `to_json()` of the
 * history (`{"loss": {"0": …, "1": …}}`) is accepted too.
 */
function isKerasHistory(root) {
    if (!root.has('loss'))
        return false;
    let length;
    for (const value of root.values()) {
        const epochs = epochValues(value);
        if (epochs === undefined || epochs.length === 0)
            return false;
        if (length !== undefined && epochs.length !== length)
            return false;
        length = epochs.length;
    }
    return true;
}
/** The last epoch of each series. */
function readKerasHistory(root, out) {
    for (const [name, value] of root) {
        const last = epochValues(value)?.at(-1);
        if (last !== undefined)
            out.addMetric(name, last);
    }
}
/** A series as a list in epoch order, or undefined when `value` is not one. */
function epochValues(value) {
    if (isMetricArray(value)) {
        return value.every((v) => typeof v === 'number') ? value : undefined;
    }
    if (isMetricObject(value)) {
        const epochs = [];
        for (const [key, v] of value) {
            if (!/^\d+$/.test(key) || typeof v !== 'number')
                return undefined;
            epochs.push([Number(key), v]);
        }
        return epochs.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
    }
    return undefined;
}
/**
 * A `CSVLogger` log (`training.log`, `history.csv`): a header with an `epoch` column, one row per epoch,
 * comma separated (tab or semicolon when `separator=` was set). The last row gives one metric per column
 * other than `epoch`. Keras writes `NA` for a metric missing from that epoch (skipped, with a note) and
 * `nan`/`inf` for non-finite values (read as undefined). A header repeated by a resumed run is skipped.
 */
function readKerasCsvLog(name, text) {
    const delimiter = detectDelimiter(text);
    let header;
    let last;
    parseDelimited(text, delimiter, name, {
        record(fields, line) {
            if (!header)
                header = fields.map((f) => f.trim());
            else if (!fields.every((f, i) => f.trim() === header?.[i]))
                last = { fields, line };
        },
    });
    if (!header)
        throw new errors/* InputError */.dz('the file is empty; expected a Keras CSVLogger log', { file: name });
    const epochColumn = header.findIndex((h) => h.toLowerCase() === 'epoch');
    if (epochColumn < 0) {
        throw new errors/* InputError */.dz('no "epoch" column in the header; a Keras CSVLogger log starts with epoch,loss,…', {
            file: name,
            line: 1,
        });
    }
    if (!last)
        throw new errors/* InputError */.dz('no epochs after the header; the log holds no values yet', { file: name });
    const { fields, line } = last;
    if (fields.length !== header.length) {
        throw new errors/* InputError */.dz(`the last row has ${fields.length} fields but the header has ${header.length}; the log may be truncated`, { file: name, line });
    }
    const out = new MetricCollector(name);
    const missing = [];
    header.forEach((column, i) => {
        if (i === epochColumn || column === '')
            return;
        const cell = (fields[i] ?? '').trim();
        if (cell === '' || cell === 'NA') {
            missing.push(column);
            return;
        }
        const value = parseNumberText(cell);
        if (value === undefined)
            throw new errors/* InputError */.dz(`"${cell}" is not a number`, { file: name, line, field: column });
        out.addMetric(column, value);
    });
    if (missing.length > 0)
        out.addNote(`no value in the last epoch for ${missing.join(', ')}`);
    return out.finish('a Keras CSVLogger log needs at least one metric column besides epoch');
}
/** CSVLogger's `separator`: comma by default; tab or semicolon when the header uses only that. */
function detectDelimiter(text) {
    const firstLine = text.slice(0, text.search(/\r|\n|$/));
    if (firstLine.includes(','))
        return ',';
    if (firstLine.includes('\t'))
        return '\t';
    if (firstLine.includes(';'))
        return ';';
    return ',';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/ingest/metric-files/sklearn-report.ts

/**
 * scikit-learn's `classification_report(output_dict=True)`, as `json.dump`ed or passed through pandas. Its
 * rows are renamed to model-gate's own metric ids (SPEC §8) so that a report and a predictions file of the same
 * model produce comparable ids:
 * - `accuracy` → `accuracy`; pandas writes it as a row of four equal numbers, read as the one number.
 * - `macro avg` / `weighted avg` / `micro avg` / `samples avg` → `precision_macro`, `recall_macro`,
 *   `f1_macro` (`f1-score` → `f1`), `*_weighted`, `*_micro`, `*_samples`.
 * - the averages' `support` is the number of examples; it is kept once, as `support`.
 * - a class `c` → `precision[class=c]`, `recall[class=c]`, `f1[class=c]`, `support[class=c]`: model-gate's
 *   per-slice syntax `ID[COLUMN=VALUE]`, so `"f1[class=*]"` rules work. Class names are kept as written.
 */
const AVERAGE_SUFFIX = new Map([
    ['macro avg', 'macro'],
    ['weighted avg', 'weighted'],
    ['micro avg', 'micro'],
    ['samples avg', 'samples'],
]);
const SCORE_ID = new Map([
    ['precision', 'precision'],
    ['recall', 'recall'],
    ['f1-score', 'f1'],
    ['support', 'support'],
]);
/**
 * True when every entry of `node` is a report row and at least one is an average row with precision, recall
 * and f1-score. Anything extra makes it an ordinary nested object, flattened plainly, so a DVC file that merely
 * has a `macro avg` key keeps all its values.
 */
function isClassificationReport(node) {
    let hasAverage = false;
    for (const [key, value] of node) {
        if (key === 'accuracy') {
            if (typeof value === 'number' || isScoreRow(value))
                continue;
            return false;
        }
        if (!isScoreRow(value))
            return false;
        if (AVERAGE_SUFFIX.has(key) && ['precision', 'recall', 'f1-score'].every((k) => typeof value.get(k) === 'number')) {
            hasAverage = true;
        }
    }
    return hasAverage;
}
/** Reads a report recognised by `isClassificationReport`; ids are prefixed with the report's place in the file. */
function readClassificationReport(node, prefix, out) {
    let supportTaken = false;
    for (const [key, value] of node) {
        if (key === 'accuracy') {
            readAccuracy(value, prefix, out);
            continue;
        }
        if (!isMetricObject(value))
            continue;
        const average = AVERAGE_SUFFIX.get(key);
        for (const [score, number] of value) {
            const name = SCORE_ID.get(score);
            if (name === undefined || typeof number !== 'number')
                continue;
            if (average === undefined) {
                out.addMetric(joinId(prefix, `${name}[class=${key}]`), number);
            }
            else if (name !== 'support') {
                out.addMetric(joinId(prefix, `${name}_${average}`), number);
            }
            else if (!supportTaken) {
                out.addMetric(joinId(prefix, 'support'), number);
                supportTaken = true;
            }
        }
    }
}
function readAccuracy(value, prefix, out) {
    const id = joinId(prefix, 'accuracy');
    if (typeof value === 'number') {
        out.addMetric(id, value);
        return;
    }
    if (!isMetricObject(value))
        return;
    // pandas broadcasts the scalar accuracy across the precision/recall/f1-score/support rows.
    const numbers = [...value.values()].filter((v) => typeof v === 'number');
    const first = numbers[0];
    if (first === undefined)
        return;
    out.addMetric(id, first);
    if (numbers.some((n) => n !== first)) {
        out.addNote(`${id}: the report's accuracy row holds different numbers; read the first, ${first}`);
    }
}
function isScoreRow(value) {
    if (!isMetricObject(value) || value.size === 0)
        return false;
    for (const [key, number] of value) {
        // pandas writes a missing cell as null; tolerate it in the shape, skip it when reading.
        if (!SCORE_ID.has(key) || (typeof number !== 'number' && number !== null))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/flatten.ts



/**
 * Plain flattening (SPEC §3.2), the reading of DVC metrics files and of any JSON/YAML whose shape is not
 * recognised: every numeric leaf is a metric whose id is its path, keys and array indexes joined with `/`
 * (`eval/accuracy`, `scores/0`, `0/auc`). Booleans, strings and nulls are not metrics. A scikit-learn
 * classification report met anywhere in the tree is unwrapped under its path (`report/f1_macro`), because
 * DVC users often store one inside their metrics file.
 */
function flattenTree(tree, prefix, out) {
    if (typeof tree === 'number') {
        out.addMetric(prefix, tree);
    }
    else if (isMetricObject(tree)) {
        if (isClassificationReport(tree)) {
            readClassificationReport(tree, prefix, out);
            return;
        }
        for (const [key, value] of tree)
            flattenTree(value, joinId(prefix, key), out);
    }
    else if (isMetricArray(tree)) {
        tree.forEach((value, index) => flattenTree(value, joinId(prefix, String(index)), out));
    }
    else if (typeof tree === 'string') {
        // A number written as text (`f"{acc:.3f}"`) is a common slip; say why it is missing instead of dropping it.
        const number = parseNumberText(tree);
        if (number !== undefined && Number.isFinite(number)) {
            out.addNote(`${prefix} holds the text "${tree}", not a number, so it is not read as a metric; write it unquoted`);
        }
    }
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/hf-trainer.ts
/**
 * Hugging Face `Trainer.save_metrics` files (`eval_results.json`, `all_results.json`, `train_results.json`):
 * one flat object whose keys carry the split as a prefix (`eval_`, `train_`, `predict_`), usually with `epoch`.
 * Recognised by that content, whatever the file is called.
 */
function isHfTrainerResults(root) {
    let prefixed = false;
    for (const [key, value] of root) {
        if (value !== null && typeof value === 'object')
            return false;
        if (SPLIT_PREFIX.test(key))
            prefixed = true;
    }
    return prefixed;
}
const SPLIT_PREFIX = /^(?:eval|train|predict)_/;
const EVAL_PREFIX = 'eval_';
/**
 * `eval_accuracy` → `accuracy`, `eval_loss` → `loss` (SPEC §3.2): the eval split is what a gate compares, and
 * the bare names match the ids model-gate computes from predictions. `train_*`, `predict_*`, `epoch`,
 * `total_flos` and un-prefixed keys (run_mlm's `perplexity`) stay as written: `all_results.json` holds all
 * splits at once, and stripping `predict_` as well would make two different numbers claim `accuracy`. If the
 * file also has the bare name (`accuracy` next to `eval_accuracy`), the `eval_` key keeps its prefix.
 */
function readHfTrainerResults(root, out) {
    for (const [key, value] of root) {
        if (typeof value !== 'number')
            continue;
        let id = key;
        if (key.startsWith(EVAL_PREFIX) && key.length > EVAL_PREFIX.length) {
            const bare = key.slice(EVAL_PREFIX.length);
            if (root.has(bare)) {
                out.addNote(`${key} keeps its eval_ prefix because the file also has ${bare}`);
            }
            else {
                id = bare;
            }
        }
        out.addMetric(id, value);
    }
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/lm-eval.ts

/**
 * EleutherAI lm-evaluation-harness results files, in the three layouts found in the wild:
 * - 0.4.x: `results.<task>["<metric>,<filter>"]` with `"<metric>_stderr,<filter>"`, plus `groups`,
 *   `group_subtasks`, `configs`, `n-shot`, `higher_is_better`, `n-samples`, …
 * - 0.3 and earlier (Pythia, BLOOM evals): `results.<task>.<metric>` with `<metric>_stderr`, `versions`, `config`.
 * - the BigScience fork (`bigscience-workshop/lm-evaluation-harness`): `results` is a list with one entry per
 *   task × prompt × metric (`task_name`, `prompt_name`, the metric, `<metric>_stderr`, and prompt metadata).
 * Only `results` and `groups` hold scores; every other section is configuration and is ignored.
 */
/** Top-level keys that only lm-eval writes next to `results`. */
const MARKERS = ['versions', 'configs', 'n-shot', 'group_subtasks', 'higher_is_better', 'n-samples'];
/** Prompt metadata the BigScience fork copies into every result entry; none of it is a score. */
const BIGSCIENCE_METADATA = new Set([
    'task_name',
    'prompt_name',
    'prompt_id',
    'prompt_jinja',
    'prompt_original_task',
    'fixed_answer_choice_list',
    'dataset_path',
    'dataset_name',
    'subset',
    'comment',
]);
const STDERR_SUFFIX = '_stderr';
/**
 * True for a results file. `results` alone is too common a key to decide on (a DVC file may well nest its
 * scores under it), so it must also hold per-task objects with lm-eval's own markers: a marker section next to
 * it, `,filter` metric keys, or `_stderr` companions.
 */
function isLmEvalResults(root) {
    const results = root.get('results');
    if (isMetricArray(results)) {
        return results.length > 0 && results.every((e) => isMetricObject(e) && typeof e.get('task_name') === 'string');
    }
    if (!isMetricObject(results) || results.size === 0)
        return false;
    const tasks = [...results.values()];
    if (!tasks.every(isMetricObject))
        return false;
    if (MARKERS.some((key) => root.has(key)))
        return true;
    return tasks.some((task) => [...task.keys()].some((key) => key.includes(',') || key.includes(STDERR_SUFFIX)));
}
/**
 * `results.<task>.<metric>,<filter>` → `<task>/<metric>`, with the filter kept after a comma unless it is
 * `none` (`gsm8k/exact_match,flexible-extract`). `_stderr` companions go to `stderr` under the same id;
 * non-numeric ones (lm-eval writes "N/A" when it cannot bootstrap) are skipped, as are text entries such as
 * `alias`. `results` is read before `groups`; 0.4 repeats group scores in both, and the first one wins.
 */
function readLmEvalResults(root, out) {
    const results = root.get('results');
    if (isMetricArray(results)) {
        readBigScienceResults(results, out);
        return;
    }
    for (const section of ['results', 'groups']) {
        const tasks = root.get(section);
        if (!isMetricObject(tasks))
            continue;
        for (const [task, entries] of tasks) {
            if (isMetricObject(entries))
                readTaskEntries(task, entries, out);
        }
    }
}
function readTaskEntries(task, entries, out) {
    for (const [key, value] of entries) {
        if (typeof value !== 'number')
            continue;
        const comma = key.indexOf(',');
        const name = comma < 0 ? key : key.slice(0, comma);
        const filter = comma < 0 ? 'none' : key.slice(comma + 1);
        const suffix = filter === 'none' ? '' : `,${filter}`;
        addScore(`${task}/`, name, suffix, value, out);
    }
}
/** One entry per task × prompt × metric; the id is `<task>/<prompt>/<metric>` (`<task>/<metric>` without a prompt). */
function readBigScienceResults(results, out) {
    for (const entry of results) {
        if (!isMetricObject(entry))
            continue;
        const task = entry.get('task_name');
        const prompt = entry.get('prompt_name');
        if (typeof task !== 'string')
            continue;
        const base = typeof prompt === 'string' && prompt !== '' ? `${task}/${prompt}/` : `${task}/`;
        for (const [key, value] of entry) {
            if (BIGSCIENCE_METADATA.has(key) || typeof value !== 'number')
                continue;
            addScore(base, key, '', value, out);
        }
    }
}
function addScore(base, name, suffix, value, out) {
    if (name.endsWith(STDERR_SUFFIX) && name.length > STDERR_SUFFIX.length) {
        out.addStderr(`${base}${name.slice(0, -STDERR_SUFFIX.length)}${suffix}`, value);
    }
    else {
        out.addMetric(`${base}${name}${suffix}`, value);
    }
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/promptfoo.ts


/**
 * promptfoo's `promptfoo eval -o results.json`: `{evalId, results: {version, prompts, results, stats}, config}`.
 * Flattening it would give hundreds of ids out of the echoed config and per-test latencies, so only what a
 * gate compares between runs is read:
 * - `successes`, `failures`, `errors` — test counts from `results.stats`;
 * - `pass_rate` — successes / (successes + failures + errors);
 * - `score` — the mean test score; `score/<name>` — the mean of each named score (`metric:` on assertions);
 * - `latency_ms` — the mean latency per test; `cost` — the total cost of the run;
 * - `tokens/total`, `tokens/prompt`, `tokens/completion`, `tokens/cached` — token usage of the run;
 * - with several prompts or providers, `pass_rate[prompt=P]` and `score[prompt=P]` per prompt, P being the
 *   prompt's label (prefixed by the provider when there are several), in model-gate's per-slice syntax.
 */
const TOKEN_FIELDS = ['total', 'prompt', 'completion', 'cached'];
/** True for promptfoo output: a `results` object with `stats.successes` next to the per-test list. */
function isPromptfooOutput(root) {
    const results = root.get('results');
    if (!isMetricObject(results))
        return false;
    const stats = results.get('stats');
    return isMetricObject(stats) && typeof stats.get('successes') === 'number' && isMetricArray(results.get('results'));
}
function readPromptfooOutput(root, out) {
    const results = root.get('results');
    const stats = results.get('stats');
    const counts = ['successes', 'failures', 'errors'].map((key) => numberAt(stats, key));
    ['successes', 'failures', 'errors'].forEach((key, i) => {
        const count = counts[i];
        if (count !== undefined)
            out.addMetric(key, count);
    });
    const [successes = 0, failures = 0, errors = 0] = counts;
    const tests = successes + failures + errors;
    out.addMetric('pass_rate', tests > 0 ? successes / tests : Number.NaN);
    const rows = results.get('results').filter(isMetricObject);
    addMean(out, 'score', rows.map((row) => numberAt(row, 'score')));
    for (const [name, values] of namedScores(rows))
        addMean(out, `score/${name}`, values);
    addMean(out, 'latency_ms', rows.map((row) => numberAt(row, 'latencyMs')));
    const costs = present(rows.map((row) => numberAt(row, 'cost')));
    if (costs.length > 0)
        out.addMetric('cost', costs.reduce((a, b) => a + b, 0));
    const tokens = stats.get('tokenUsage');
    if (isMetricObject(tokens)) {
        for (const field of TOKEN_FIELDS) {
            const value = numberAt(tokens, field);
            if (value !== undefined)
                out.addMetric(`tokens/${field}`, value);
        }
    }
    readPerPrompt(results.get('prompts'), out);
}
/** Per-prompt pass rate and mean score, from each prompt's own `metrics` block; only worth ids with 2+ prompts. */
function readPerPrompt(prompts, out) {
    if (!isMetricArray(prompts) || prompts.length < 2)
        return;
    const entries = prompts.filter(isMetricObject);
    const providers = new Set(entries.map((p) => p.get('provider')));
    const seen = new Set();
    entries.forEach((prompt, index) => {
        const metrics = prompt.get('metrics');
        if (!isMetricObject(metrics))
            return;
        const label = prompt.get('label');
        const raw = prompt.get('raw');
        let key = typeof label === 'string' && label !== '' ? label : truncate(typeof raw === 'string' ? raw : `#${index}`);
        const provider = prompt.get('provider');
        if (providers.size > 1 && typeof provider === 'string')
            key = `${provider} ${key}`;
        if (seen.has(key))
            key = `${key} #${index}`;
        seen.add(key);
        const pass = numberAt(metrics, 'testPassCount') ?? 0;
        const total = pass + (numberAt(metrics, 'testFailCount') ?? 0) + (numberAt(metrics, 'testErrorCount') ?? 0);
        out.addMetric(`pass_rate[prompt=${key}]`, total > 0 ? pass / total : Number.NaN);
        const score = numberAt(metrics, 'score');
        if (score !== undefined)
            out.addMetric(`score[prompt=${key}]`, total > 0 ? score / total : Number.NaN);
    });
}
function namedScores(rows) {
    const byName = new Map();
    for (const row of rows) {
        const named = row.get('namedScores');
        if (!isMetricObject(named))
            continue;
        for (const [name, value] of named) {
            if (typeof value !== 'number')
                continue;
            const list = byName.get(name) ?? [];
            list.push(value);
            byName.set(name, list);
        }
    }
    return byName;
}
function numberAt(object, key) {
    const value = object.get(key);
    return typeof value === 'number' ? value : undefined;
}
/** Adds the mean of the numbers present; no id at all when no test carries the field. */
function addMean(out, id, values) {
    const numbers = present(values);
    if (numbers.length > 0)
        out.addMetric(id, numbers.reduce((a, b) => a + b, 0) / numbers.length);
}
function present(values) {
    return values.filter((v) => v !== undefined);
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/read-document.ts










/**
 * Tried in order; the first match reads the whole file. promptfoo comes before lm-eval because both have a
 * top-level `results` object; Keras history before the HF Trainer because neither accepts the other's shape
 * but history is the stricter test. Classification reports are not here: they are recognised at any depth
 * by `flattenTree`, the fallback.
 */
const SHAPES = [
    { matches: isPromptfooOutput, read: readPromptfooOutput },
    { matches: isLmEvalResults, read: readLmEvalResults },
    { matches: isKerasHistory, read: readKerasHistory },
    { matches: isHfTrainerResults, read: readHfTrainerResults },
];
/**
 * Reads a JSON metrics file (SPEC §3.2). Bare `NaN`/`Infinity` tokens from Python become undefined metrics
 * instead of a parse error; a truncated or malformed file is an InputError with its line and column.
 */
function readJsonMetrics(name, text) {
    return readMetricTree(name, parseTolerantJson(text, name));
}
/** Reads a YAML metrics file (DVC `metrics.yaml`); `.nan`/`.inf` become undefined metrics. JSON is YAML too. */
function readYamlMetrics(name, text) {
    return readMetricTree(name, parseYamlTree(name, text));
}
/** Recognises the file's shape and reads it; anything unrecognised is flattened. */
function readMetricTree(name, root) {
    const out = new MetricCollector(name);
    if (isMetricObject(root)) {
        const shape = SHAPES.find((s) => s.matches(root));
        if (shape)
            shape.read(root, out);
        else
            flattenTree(root, '', out);
    }
    else if (Array.isArray(root)) {
        flattenTree(root, '', out);
    }
    else {
        throw new errors/* InputError */.dz(`expected an object of metrics (like {"accuracy": 0.93}) or an array, found ${root === null ? 'null' : typeof root}`, { file: name, line: 1 });
    }
    return out.finish('a metrics file needs at least one number, e.g. {"accuracy": 0.93}');
}
function parseYamlTree(name, text) {
    // Warnings are not printed (the core does no I/O); errors carry their line. Aliases are capped by the
    // library's default `maxAliasCount`, so an alias bomb fails instead of exhausting memory.
    const docs = (0,dist/* parseAllDocuments */.hR)(text, { logLevel: 'silent' });
    if ('empty' in docs)
        return null;
    const [doc, second] = docs;
    if (!doc)
        return null;
    if (second) {
        // Reading only the first of several `---` documents would drop the others silently.
        const line = text.slice(0, second.range[0]).split('\n').length;
        throw new errors/* InputError */.dz(`holds ${docs.length} YAML documents; a metrics file holds one`, { file: name, line });
    }
    const error = doc.errors[0];
    if (error) {
        const line = error.linePos?.[0].line;
        const column = error.linePos?.[0].col;
        const where = column === undefined ? '' : ` at column ${column}`;
        const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        const problem = `not valid YAML${where}: ${reason}`;
        throw new errors/* InputError */.dz(problem, line === undefined ? { file: name } : { file: name, line });
    }
    let value;
    try {
        value = doc.toJS({ mapAsMap: true });
    }
    catch (cause) {
        throw new errors/* InputError */.dz(`cannot read the YAML: ${cause.message}`, { file: name });
    }
    return toTree(value, name);
}
/** The YAML library's plain values to a MetricTree; mapping keys that are numbers or booleans become text. */
function toTree(value, file) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (Array.isArray(value))
        return value.map((v) => toTree(v, file));
    if (value instanceof Map) {
        const object = new Map();
        for (const [key, v] of value) {
            if (key !== null && typeof key === 'object') {
                throw new errors/* InputError */.dz('a YAML mapping key that is itself a mapping or list; metric names must be text', {
                    file,
                });
            }
            object.set(String(key), toTree(v, file));
        }
        return object;
    }
    return typeof value === 'bigint' ? Number(value) : null;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/crc32c.ts
/**
 * CRC-32C (Castagnoli), as TFRecord files use it to guard every length and payload. Written here rather than
 * taken from a package because the core stays dependency-free and the table is a dozen lines.
 * https://www.tensorflow.org/tutorials/load_data/tfrecord#tfrecords_format_details
 */
/** The reflected Castagnoli polynomial. */
const POLYNOMIAL = 0x82f63b78;
/** TFRecord adds this after rotating, so that a CRC of data holding CRCs does not degenerate. */
const MASK_DELTA = 0xa282ead8;
const TABLE = buildTable();
function buildTable() {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ POLYNOMIAL : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
}
/** CRC-32C of `bytes[start, end)`, as an unsigned 32-bit number. */
function crc32c(bytes, start = 0, end = bytes.length) {
    let crc = 0xffffffff;
    for (let i = start; i < end; i++)
        crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
/** The masked CRC-32C that TFRecord stores: rotate right by 15 bits, then add a constant (mod 2^32). */
function maskedCrc32c(bytes, start = 0, end = bytes.length) {
    const crc = crc32c(bytes, start, end);
    return ((((crc >>> 15) | (crc << 17)) >>> 0) + MASK_DELTA) >>> 0;
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/protobuf-wire.ts

/**
 * A minimal reader of the protobuf wire format, enough to walk TensorBoard's Event protos without a schema
 * compiler or a runtime dependency. It reads in place over the file's bytes (positions are byte offsets in
 * the file, so errors can point at them) and rejects malformed input with an InputError instead of reading
 * past a message's end. https://protobuf.dev/programming-guides/encoding/
 */
const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH = 2;
const WIRE_FIXED32 = 5;
const TWO_32 = 2 ** 32;
const utf8 = new TextDecoder('utf-8');
/** Wraps a file's bytes for reading; the DataView honours the array's offset into its buffer. */
function openWireSource(file, bytes) {
    return { file, bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
/** Reads the fields of one message, `bytes[start, end)`, in the order they were written. */
class ProtoReader {
    source;
    end;
    /** Field number and wire type of the field that `next()` just reached. */
    field = 0;
    wireType = 0;
    pos;
    lo = 0;
    hi = 0;
    constructor(source, start, end) {
        this.source = source;
        this.end = end;
        this.pos = start;
    }
    /** True while the message has bytes left to read (for packed repeated values). */
    hasMore() {
        return this.pos < this.end;
    }
    /** Moves to the next field's key; false at the end of the message. */
    next() {
        if (this.pos >= this.end)
            return false;
        const at = this.pos;
        const key = this.uint();
        this.field = Math.floor(key / 8);
        this.wireType = key % 8;
        if (this.field === 0 || this.field >= 2 ** 29)
            this.fail(at, `invalid field number ${this.field}`);
        return true;
    }
    /** A varint as a non-negative number (enums, booleans, lengths); exact below 2^53. */
    uint() {
        this.readVarint();
        return this.hi * TWO_32 + this.lo;
    }
    /** A varint as a signed 64-bit integer: negative numbers are ten-byte two's complement varints. */
    int64() {
        this.readVarint();
        if (this.hi === 0)
            return BigInt(this.lo);
        return BigInt.asIntN(64, (BigInt(this.hi) << 32n) | BigInt(this.lo));
    }
    float() {
        const at = this.take(4);
        return this.source.view.getFloat32(at, true);
    }
    double() {
        const at = this.take(8);
        return this.source.view.getFloat64(at, true);
    }
    /** A length-delimited field's payload as `[start, end)` byte offsets in the file, without copying it. */
    range() {
        const length = this.uint();
        const start = this.take(length);
        return [start, start + length];
    }
    /** A length-delimited field read as an embedded message. */
    message() {
        const [start, end] = this.range();
        return new ProtoReader(this.source, start, end);
    }
    /** A length-delimited field read as UTF-8 text (malformed sequences become U+FFFD, as protobuf-python does). */
    string() {
        const [start, end] = this.range();
        return utf8.decode(this.source.bytes.subarray(start, end));
    }
    /** Steps over the current field's value, whatever it is; unknown fields are how protobuf stays compatible. */
    skip() {
        switch (this.wireType) {
            case WIRE_VARINT:
                this.readVarint();
                return;
            case WIRE_FIXED64:
                this.take(8);
                return;
            case WIRE_LENGTH:
                this.range();
                return;
            case WIRE_FIXED32:
                this.take(4);
                return;
            default:
                // Groups (3, 4) are proto2-only and absent from TensorBoard's protos; 6 and 7 do not exist.
                this.fail(this.pos, `unsupported wire type ${this.wireType} in field ${this.field}`);
        }
    }
    /** Throws the InputError for malformed bytes at `at`. */
    fail(at, problem) {
        throw new errors/* InputError */.dz(`malformed protobuf at byte offset ${at}: ${problem} (the event file is damaged)`, {
            file: this.source.file,
        });
    }
    /** Claims `count` bytes of the message and returns where they start. */
    take(count) {
        const at = this.pos;
        if (count > this.end - at) {
            this.fail(at, `field ${this.field} needs ${count} bytes but its message has ${this.end - at} left`);
        }
        this.pos = at + count;
        return at;
    }
    /** Reads a varint of up to ten bytes into `lo`/`hi`, the low and high 32 bits, without BigInt. */
    readVarint() {
        const { bytes } = this.source;
        const at = this.pos;
        let lo = 0;
        let hi = 0;
        for (let shift = 0; shift < 70; shift += 7) {
            if (this.pos >= this.end)
                this.fail(at, 'varint runs past the end of its message');
            const b = bytes[this.pos++];
            const bits = b & 0x7f;
            if (shift < 28)
                lo |= bits << shift;
            else if (shift === 28) {
                lo |= bits << 28;
                hi |= bits >>> 4;
            }
            else
                hi |= bits << (shift - 32);
            if (b < 0x80) {
                this.lo = lo >>> 0;
                this.hi = hi >>> 0;
                return;
            }
        }
        this.fail(at, 'varint longer than ten bytes');
    }
}

;// CONCATENATED MODULE: ./src/ingest/metric-files/tensorboard.ts



/**
 * TensorBoard event files (SPEC §3.2): TFRecord-framed `Event` protos. We keep, for every scalar tag, the
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
/**
 * Scalars of one or more event files. `prefix` (may be '') is prepended to every tag with '/', for files in
 * sub-folders of a log directory ('validation' → 'validation/epoch_accuracy'). Later files win ties on a
 * tag's highest step, as later records in one file do.
 */
function readTensorBoardEvents(files) {
    const points = new Map();
    const notes = [];
    for (const { file, prefix } of files) {
        const tally = readEventFile(file, prefix.replace(/\/+$/, ''), points);
        if (tally.scalars === 0)
            notes.push(`${file.name}: ${describeEmpty(tally)}`);
    }
    const metrics = new Map();
    for (const [id, point] of points)
        metrics.set(id, toMetric(point));
    return { metrics, stderr: new Map(), notes };
}
/** True for files named like event files, or whose first 12 bytes are a TFRecord header with a valid CRC. */
function looksLikeTensorBoard(file) {
    const base = file.name.split(/[\\/]/).pop() ?? '';
    if (EVENT_FILE_NAME.test(base))
        return true;
    const { bytes } = file;
    if (bytes.length < HEADER_BYTES)
        return false;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return view.getUint32(8, true) === maskedCrc32c(bytes, 0, 8);
}
function readEventFile(file, prefix, points) {
    const source = openWireSource(file.name, file.bytes);
    const kinds = new Map();
    const tally = { scalars: 0, others: new Set(), records: 0 };
    forEachRecord(source, (start, end) => {
        tally.records++;
        const { step, scalars } = readEvent(new ProtoReader(source, start, end), kinds, tally.others);
        for (const { tag, value, float32 } of scalars) {
            tally.scalars++;
            const id = prefix === '' ? tag : `${prefix}/${tag}`;
            const seen = points.get(id);
            if (seen === undefined || step >= seen.step)
                points.set(id, { step, value, float32 });
        }
    });
    return tally;
}
/**
 * Walks TFRecord framing: uint64 length, masked CRC-32C of the length, data, masked CRC-32C of the data.
 * Both CRCs are checked, so a damaged or half-written file fails loudly instead of yielding wrong numbers.
 */
function forEachRecord(source, visit) {
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
function damaged(file, offset, how, detail) {
    return new errors/* InputError */.dz(`${how} TFRecord at byte offset ${offset}: ${detail}`, { file });
}
/** Event: step 2 (int64), summary 5; graph_def 4 and meta_graph_def 9 are only tallied for the note. */
function readEvent(r, kinds, others) {
    // Fields may come in any order, so the step is only known once the whole event is read.
    let step = 0n;
    const scalars = [];
    while (r.next()) {
        if (r.field === 2 && r.wireType === WIRE_VARINT)
            step = r.int64();
        else if (r.field === 5 && r.wireType === WIRE_LENGTH) {
            // Summary: repeated Value value = 1.
            const summary = r.message();
            while (summary.next()) {
                if (summary.field === 1 && summary.wireType === WIRE_LENGTH)
                    readValue(summary.message(), scalars, kinds, others);
                else
                    summary.skip();
            }
        }
        else {
            if (r.field === 4 || r.field === 9)
                others.add('graph');
            r.skip();
        }
    }
    return { step, scalars };
}
/** Summary.Value: tag 1, simple_value 2, image 4, histo 5, audio 6, tensor 8, metadata 9. */
function readValue(r, found, kinds, others) {
    let tag = '';
    let simple;
    let tensor;
    let kind;
    let other;
    while (r.next()) {
        if (r.field === 1 && r.wireType === WIRE_LENGTH)
            tag = r.string();
        else if (r.field === 2 && r.wireType === WIRE_FIXED32)
            simple = r.float();
        else if (r.field === 8 && r.wireType === WIRE_LENGTH)
            tensor = r.message();
        else if (r.field === 9 && r.wireType === WIRE_LENGTH)
            kind = readMetadata(r.message());
        else {
            other = OTHER_VALUES.get(r.field) ?? other;
            r.skip();
        }
    }
    if (kind)
        kinds.set(tag, kind);
    else
        kind = kinds.get(tag);
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
function isScalarKind(kind) {
    if (!kind)
        return true;
    if (kind.dataClass === DATA_CLASS_SCALAR || kind.plugin === 'scalars')
        return true;
    return kind.plugin === '' && kind.dataClass === 0;
}
/** SummaryMetadata: plugin_data 1 { plugin_name 1 }, data_class 4. */
function readMetadata(r) {
    const kind = { plugin: '', dataClass: 0 };
    while (r.next()) {
        if (r.field === 1 && r.wireType === WIRE_LENGTH) {
            const plugin = r.message();
            while (plugin.next()) {
                if (plugin.field === 1 && plugin.wireType === WIRE_LENGTH)
                    kind.plugin = plugin.string();
                else
                    plugin.skip();
            }
        }
        else if (r.field === 4 && r.wireType === WIRE_VARINT)
            kind.dataClass = r.uint();
        else
            r.skip();
    }
    return kind;
}
/**
 * TensorProto: dtype 1, tensor_shape 2 { dim 2, unknown_rank 3 }, tensor_content 4 (little-endian), float_val
 * 5, double_val 6, half_val 13. Only rank-0 floating tensors are scalars; as in TensorFlow's
 * make_ndarray, a scalar with no value at all is zero.
 */
function readScalarTensor(r, tag) {
    const { view } = r.source;
    let dtype = 0;
    let rank = 0;
    let content;
    let listed;
    while (r.next()) {
        const { field, wireType } = r;
        if (field === 1 && wireType === WIRE_VARINT)
            dtype = r.uint();
        else if (field === 2 && wireType === WIRE_LENGTH) {
            const shape = r.message();
            while (shape.next()) {
                if (shape.field === 3 && shape.wireType === WIRE_VARINT) {
                    if (shape.uint() !== 0)
                        rank = -1;
                }
                else {
                    if (shape.field === 2 && rank >= 0)
                        rank++;
                    shape.skip();
                }
            }
        }
        else if (field === 4 && wireType === WIRE_LENGTH)
            content = r.range();
        else if (field === 5 && wireType === WIRE_FIXED32)
            listed ??= r.float();
        else if (field === 6 && wireType === WIRE_FIXED64)
            listed ??= r.double();
        else if (field === 13 && wireType === WIRE_VARINT)
            listed ??= r.uint();
        else if ((field === 5 || field === 6 || field === 13) && wireType === WIRE_LENGTH) {
            // Packed repeated values: only the first matters for a scalar.
            const packed = r.message();
            if (packed.hasMore())
                listed ??= field === 5 ? packed.float() : field === 6 ? packed.double() : packed.uint();
        }
        else
            r.skip();
    }
    if (rank !== 0)
        return undefined;
    const size = dtype === DT_FLOAT ? 4 : dtype === DT_DOUBLE ? 8 : dtype === DT_HALF ? 2 : 0;
    if (size === 0)
        return undefined;
    let value = listed ?? 0;
    if (content && content[1] > content[0]) {
        if (content[1] - content[0] !== size) {
            const problem = `tag "${tag}" holds ${content[1] - content[0]} bytes of tensor_content for a ${size}-byte scalar`;
            r.fail(content[0], problem);
        }
        const at = content[0];
        value = size === 4 ? view.getFloat32(at, true) : size === 8 ? view.getFloat64(at, true) : view.getUint16(at, true);
    }
    if (dtype === DT_HALF)
        return { value: halfToNumber(value), float32: true };
    return { value, float32: dtype === DT_FLOAT };
}
/** IEEE 754 binary16 bits to a number (TensorProto keeps halves as the raw bits in an int32). */
function halfToNumber(bits) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exponent = (bits >>> 10) & 0x1f;
    const fraction = bits & 0x3ff;
    if (exponent === 0)
        return sign * fraction * 2 ** -24;
    if (exponent === 0x1f)
        return fraction ? NaN : sign * Infinity;
    return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}
/**
 * NaN and ±Infinity become null. float32 values are given as the shortest decimal that rounds to the same
 * float32, as TensorBoard and numpy print them, so an accuracy of 0.85 reads 0.85, not 0.8500000238418579.
 */
function toMetric({ value, float32 }) {
    if (!Number.isFinite(value))
        return null;
    if (!float32)
        return value;
    for (let digits = 1; digits < 9; digits++) {
        const shortest = Number(value.toPrecision(digits));
        if (Math.fround(shortest) === value)
            return shortest;
    }
    return Number(value.toPrecision(9));
}
function describeEmpty({ records, others }) {
    if (records === 0)
        return 'no scalar summaries (the file holds no records); no metrics read from it';
    const found = [...others].sort();
    const held = found.length === 0 ? 'only the file header' : `only ${found.join(', ')}`;
    return `no scalar summaries (it holds ${held}); no metrics read from it`;
}

// EXTERNAL MODULE: ./src/ingest/parquet-file.ts
var parquet_file = __nccwpck_require__(2427);
// EXTERNAL MODULE: ./src/ingest/byte-interner.ts
var byte_interner = __nccwpck_require__(2454);
;// CONCATENATED MODULE: ./src/ingest/decimal.ts
/**
 * Plain decimals read straight from bytes, bit for bit as `Number(text)` reads them.
 *
 * Clinger's fast path ("How to read floating point numbers accurately", PLDI 1990): when the significant
 * digits form an integer below 2^53 (at most 15 digits) and the power of ten is at most 22 in magnitude, both
 * are exact doubles, so one IEEE multiplication or division gives the correctly rounded result — the value
 * `Number` must return. Anything else (more digits, larger exponents, whitespace, hex, `Infinity`, text) is
 * left to `Number` itself by returning NaN, which this path never produces for a number it accepts.
 */
/** 10^0 … 10^22, written as literals (exact doubles; `10 ** e` is not guaranteed to be correctly rounded). */
const POWERS_OF_TEN = new Float64Array([
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
]);
/** Significant digits that always form an exact double (below 2^53). */
const MAX_EXACT_DIGITS = 15;
/** Exponents beyond this are far outside the fast range; capping keeps the accumulator an exact integer. */
const EXPONENT_CAP = 100_000;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
/**
 * The number spelled by `bytes[start, end)` when it is `[+-]digits[.digits][(e|E)[+-]digits]` with at least
 * one mantissa digit and fits the fast path; NaN otherwise (then call `Number` on the decoded text).
 */
function parseDecimal(bytes, start, end) {
    let i = start;
    let negative = false;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS))
        negative = bytes[i++] === MINUS;
    const digitsStart = i;
    while (i < end && bytes[i] === ZERO)
        i++; // leading zeros are not significant
    // Digits past the 15th make the mantissa inexact, but then the count below sends the text to `Number`.
    let mantissa = 0;
    const integerStart = i;
    for (; i < end; i++) {
        const d = bytes[i] - ZERO;
        if (d >>> 0 > 9)
            break;
        mantissa = mantissa * 10 + d;
    }
    let significant = i - integerStart;
    let sawDigit = i > digitsStart;
    let exponent = 0;
    if (i < end && bytes[i] === DOT) {
        const fractionStart = ++i;
        if (mantissa === 0)
            while (i < end && bytes[i] === ZERO)
                i++;
        const significantStart = i;
        for (; i < end; i++) {
            const d = bytes[i] - ZERO;
            if (d >>> 0 > 9)
                break;
            mantissa = mantissa * 10 + d;
        }
        significant += i - significantStart;
        exponent = fractionStart - i;
        sawDigit ||= i > fractionStart;
    }
    if (!sawDigit || significant > MAX_EXACT_DIGITS)
        return Number.NaN;
    if (i < end) {
        if (bytes[i] !== LOWER_E && bytes[i] !== UPPER_E)
            return Number.NaN;
        i++;
        let exponentNegative = false;
        if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS))
            exponentNegative = bytes[i++] === MINUS;
        const exponentStart = i;
        let written = 0;
        for (; i < end; i++) {
            const d = bytes[i] - ZERO;
            if (d >>> 0 > 9)
                break;
            if (written < EXPONENT_CAP)
                written = written * 10 + d;
        }
        if (i === exponentStart || i !== end)
            return Number.NaN;
        exponent += exponentNegative ? -written : written;
    }
    let value;
    if (mantissa === 0)
        value = 0;
    else if (exponent === 0)
        value = mantissa;
    else if (exponent > 0 && exponent <= 22)
        value = mantissa * POWERS_OF_TEN[exponent];
    else if (exponent < 0 && exponent >= -22)
        value = mantissa / POWERS_OF_TEN[-exponent];
    else
        return Number.NaN;
    return negative ? -value : value;
}

;// CONCATENATED MODULE: ./src/ingest/delimited-bytes.ts



/**
 * CSV/TSV read from UTF-8 bytes as they stream in, with the rules of `parseDelimited` (delimited.ts), the text
 * parser it replaces for prediction files: RFC 4180 quoting (delimiters, doubled quotes and line breaks inside
 * quotes), records ending in LF, CRLF or a lone CR, blank lines skipped, text after a closing quote kept as
 * written (like pandas), a leading byte-order mark dropped, and the same line numbers and messages. Records are
 * handed over as byte ranges into the current buffer, so no string or array is made per row.
 */
const delimited_bytes_QUOTE = 0x22;
const delimited_bytes_MINUS = 0x2d;
const delimited_bytes_DOT = 0x2e;
const delimited_bytes_ZERO = 0x30;
const delimited_bytes_LF = 0x0a;
const delimited_bytes_CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf];
/** A record still incomplete at this size is re-parsed only once its carried bytes double (linear overall). */
const RETRY_FLOOR = 1 << 16;
/** One record, valid only during the callback that receives it. */
class RecordView {
    /** The bytes the ranges point into. */
    bytes = new Uint8Array(0);
    /** The number of fields. */
    count = 0;
    /** The 1-based line on which the record starts. */
    line = 0;
    /** Field `k` is `bytes[starts[k], ends[k])`, unless `escaped[k]`: then that range is its raw quoted text. */
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    escaped = new Uint8Array(64);
    /**
     * The value of field `k` as a plain decimal, read while scanning, for the columns set as numeric with
     * `DelimitedByteParser.readAsNumbers`; NaN for every other field (parse those from the range).
     */
    numbers = new Float64Array(64).fill(Number.NaN);
    /** True for an empty field (a quoted field with doubled quotes or trailing text is never empty). */
    isEmpty(k) {
        return this.ends[k] === this.starts[k] && this.escaped[k] === 0;
    }
    /** Field `k` as text. */
    text(k) {
        const text = (0,byte_interner/* decodeUtf8 */._)(this.bytes, this.starts[k], this.ends[k]);
        return this.escaped[k] === 0 ? text : unquote(text);
    }
    /** Every field as text (for headers). */
    texts() {
        return Array.from({ length: this.count }, (_, k) => this.text(k));
    }
    /** Appends a field and returns its index; `numbers[index]` is left to the caller. */
    add(start, end, escaped) {
        const k = this.count++;
        if (k === this.starts.length)
            this.grow();
        this.starts[k] = start;
        this.ends[k] = end;
        this.escaped[k] = escaped;
        return k;
    }
    /** Makes room for the next field, so that its number can be stored before the field is added. */
    reserveField() {
        if (this.count === this.starts.length)
            this.grow();
    }
    grow() {
        const grow = (a, make) => {
            const bigger = make(a.length * 2);
            bigger.set(a);
            return bigger;
        };
        this.starts = grow(this.starts, (n) => new Int32Array(n));
        this.ends = grow(this.ends, (n) => new Int32Array(n));
        this.escaped = grow(this.escaped, (n) => new Uint8Array(n));
        this.numbers = grow(this.numbers, (n) => new Float64Array(n));
    }
}
/** `"a""b"c` → `a"bc`: the quoted part with doubled quotes undone, then whatever followed the closing quote. */
function unquote(raw) {
    let value = '';
    let j = 1;
    for (;;) {
        const q = raw.indexOf('"', j);
        value += raw.slice(j, q);
        if (raw.charCodeAt(q + 1) === delimited_bytes_QUOTE) {
            value += '"';
            j = q + 2;
        }
        else {
            return value + raw.slice(q + 1);
        }
    }
}
/**
 * Where the unquoted text from `k` ends: at the delimiter, a line break, or `end`. Digits and letters are above
 * every byte that ends a field (`highest`), so one comparison lets most bytes through.
 */
function fieldEnd(bytes, k, end, delimiter, highest) {
    while (k < end) {
        const c = bytes[k];
        if (c <= highest && (c === delimiter || c === delimited_bytes_LF || c === delimited_bytes_CR))
            break;
        k++;
    }
    return k;
}
/**
 * Feeds chunks of a file to `onRecord`, one complete record at a time, header included. Chunks may split the
 * file anywhere (inside a field, a quote pair, a CRLF or a byte-order mark); the result does not depend on where.
 */
class DelimitedByteParser {
    file;
    onRecord;
    delimiter;
    record = new RecordView();
    carry = new Uint8Array(0);
    carried = 0;
    retryAt = 0;
    line = 1;
    bomsLeft;
    numeric = new Uint8Array(0);
    /**
     * @param boms how many leading byte-order marks to drop: 2 for file bytes (the text decoder dropped one and
     *   the text parser another), 1 for text that was already decoded.
     */
    constructor(delimiter, file, onRecord, boms = 2) {
        this.file = file;
        this.onRecord = onRecord;
        this.delimiter = delimiter.charCodeAt(0);
        this.bomsLeft = boms;
    }
    /** Fields at these positions are read as plain decimals while scanning (see `RecordView.numbers`). */
    readAsNumbers(columns) {
        this.numeric = new Uint8Array(Math.max(0, ...columns) + 1);
        for (const k of columns)
            this.numeric[k] = 1;
    }
    push(chunk) {
        // Node's Buffer is a Uint8Array of another shape; parsing one kind only keeps the JIT's code (the parser
        // goes on to parse the carried copy, a plain Uint8Array).
        if (chunk.constructor !== Uint8Array)
            chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (this.carried === 0) {
            const used = this.parse(chunk, chunk.length, false);
            this.keep(chunk, used, chunk.length);
            return;
        }
        this.append(chunk);
        if (this.carried < this.retryAt)
            return;
        const used = this.parse(this.carry, this.carried, false);
        this.keep(this.carry, used, this.carried);
    }
    /** Parses what is left; an open quote is an error naming the line it opened on. */
    end() {
        this.parse(this.carry, this.carried, true);
        this.carried = 0;
        this.record.bytes = new Uint8Array(0);
    }
    append(chunk) {
        const needed = this.carried + chunk.length;
        if (needed > this.carry.length) {
            const bigger = new Uint8Array(Math.max(needed, this.carry.length * 2));
            bigger.set(this.carry.subarray(0, this.carried));
            this.carry = bigger;
        }
        this.carry.set(chunk, this.carried);
        this.carried = needed;
    }
    /** Keeps `bytes[from, to)`, the start of a record not complete yet, for the next chunk. */
    keep(bytes, from, to) {
        const rest = to - from;
        if (bytes === this.carry)
            this.carry.copyWithin(0, from, to);
        else if (rest > 0) {
            if (rest > this.carry.length)
                this.carry = new Uint8Array(Math.max(rest, 2 * this.carry.length));
            this.carry.set(bytes.subarray(from, to));
        }
        this.carried = rest;
        this.retryAt = rest >= RETRY_FLOOR ? 2 * rest : 0;
        this.record.bytes = this.carry;
    }
    /** Parses the complete records of `bytes[0, end)`; returns where the first incomplete one starts. */
    parse(bytes, end, final) {
        const pos = this.skipBoms(bytes, end, final);
        if (pos < 0)
            return -1 - pos;
        this.record.bytes = bytes;
        return this.parseRecords(bytes, pos, end, final);
    }
    /**
     * Drops leading byte-order marks and returns where the text starts; while the bytes so far could still be the
     * start of a mark, returns `-1 - position` to wait for more.
     */
    skipBoms(bytes, end, final) {
        let pos = 0;
        while (this.bomsLeft > 0) {
            const available = Math.min(end - pos, BOM.length);
            let matched = 0;
            while (matched < available && bytes[pos + matched] === BOM[matched])
                matched++;
            if (matched === BOM.length) {
                pos += BOM.length;
                this.bomsLeft--;
            }
            else if (matched === available && !final) {
                return -1 - pos;
            }
            else {
                this.bomsLeft = 0;
            }
        }
        return pos;
    }
    /**
     * Parses the records from `pos` on, handing each over, and returns where the first one that runs past `end`
     * starts (while more bytes may follow), else `end`. One call per chunk, not per record: the hot path (unquoted
     * fields, numeric columns read as they are scanned) works on local copies of the record's arrays, and this
     * loop runs once per field of every row.
     */
    parseRecords(bytes, from, end, final) {
        const delimiter = this.delimiter;
        // Digits and letters are above every byte that ends a field: one comparison lets most bytes through.
        const highest = Math.max(delimiter, delimited_bytes_CR);
        const record = this.record;
        let { starts, ends, escaped, numbers } = record;
        let pos = from;
        while (pos < end) {
            // The header's callback sets which columns are numeric, so this is read again for every record.
            const numeric = this.numeric;
            let count = 0;
            let line = this.line;
            let p = pos;
            for (;;) {
                if (count === starts.length) {
                    record.count = count;
                    record.reserveField();
                    ({ starts, ends, escaped, numbers } = record);
                }
                if (p < end && bytes[p] === delimited_bytes_QUOTE) {
                    const open = p;
                    let q = p + 1;
                    let doubled = false;
                    for (;;) {
                        q = bytes.indexOf(delimited_bytes_QUOTE, q);
                        if (q < 0 || q >= end) {
                            if (!final)
                                return pos;
                            throw new errors/* InputError */.dz(`unterminated quoted field (the quote opened on line ${line} never closes)`, {
                                file: this.file,
                                line,
                            });
                        }
                        if (q + 1 < end && bytes[q + 1] === delimited_bytes_QUOTE) {
                            doubled = true;
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    for (let i = open + 1; i < q; i++)
                        if (bytes[i] === delimited_bytes_LF)
                            line++;
                    const k = fieldEnd(bytes, q + 1, end, delimiter, highest);
                    if (k === end && !final)
                        return pos;
                    const raw = doubled || k > q + 1;
                    starts[count] = raw ? open : open + 1;
                    ends[count] = raw ? k : q;
                    escaped[count] = raw ? 1 : 0;
                    numbers[count++] = Number.NaN;
                    p = k;
                }
                else if (count < numeric.length && numeric[count] === 1) {
                    // A plain decimal [-]digits[.digits] is read while its end is found (the rules of `parseDecimal`). One
                    // loop, no branch taken only by some numbers (a sign, leading zeros): the JIT compiles this loop from
                    // what the first rows did, and a path they never took would throw that code away when a later row does.
                    let k = p;
                    const minus = k < end && bytes[k] === delimited_bytes_MINUS ? 1 : 0;
                    k += minus;
                    let mantissa = 0;
                    let digits = 0;
                    let leadingZeros = 0;
                    let fractionDigits = 0;
                    let dot = 0;
                    for (; k < end; k++) {
                        const b = bytes[k];
                        const d = b - delimited_bytes_ZERO;
                        if (d >>> 0 <= 9) {
                            mantissa = mantissa * 10 + d;
                            digits++;
                            leadingZeros += mantissa === 0 ? 1 : 0;
                            fractionDigits += dot;
                        }
                        else if (b === delimited_bytes_DOT && dot === 0) {
                            dot = 1;
                        }
                        else {
                            break;
                        }
                    }
                    const significant = digits - leadingZeros;
                    let value = Number.NaN;
                    const c = k < end ? bytes[k] : delimited_bytes_LF;
                    if (c === delimiter || c === delimited_bytes_LF || c === delimited_bytes_CR) {
                        if (digits > 0 && significant <= MAX_EXACT_DIGITS && fractionDigits <= 22) {
                            value = (1 - 2 * minus) * (fractionDigits === 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits]);
                        }
                    }
                    else {
                        k = fieldEnd(bytes, k, end, delimiter, highest);
                    }
                    if (k === end && !final)
                        return pos;
                    starts[count] = p;
                    ends[count] = k;
                    escaped[count] = 0;
                    numbers[count++] = value;
                    p = k;
                }
                else {
                    const k = fieldEnd(bytes, p, end, delimiter, highest);
                    if (k === end && !final)
                        return pos;
                    starts[count] = p;
                    ends[count] = k;
                    escaped[count] = 0;
                    numbers[count++] = Number.NaN;
                    p = k;
                }
                if (p < end && bytes[p] === delimiter) {
                    p++;
                    continue;
                }
                break;
            }
            record.count = count;
            // The record ends at a line break or at the end of the file.
            let next = p;
            if (p < end) {
                if (bytes[p] === delimited_bytes_CR) {
                    if (p + 1 < end)
                        next = bytes[p + 1] === delimited_bytes_LF ? p + 2 : p + 1;
                    else if (final)
                        next = p + 1;
                    else
                        return pos; // a CR at the end of a chunk may be the first half of a CRLF
                }
                else {
                    next = p + 1;
                }
            }
            record.line = this.line;
            this.line = line + 1;
            if (!(record.count === 1 && record.isEmpty(0)))
                this.onRecord(record);
            pos = next;
        }
        return pos;
    }
}

;// CONCATENATED MODULE: ./src/ingest/growable.ts
/**
 * Typed arrays that grow while a file streams in, so columns never hold per-row objects. Memory is what matters
 * at ten million rows: a reader that can estimate the row count reserves it once (no doubling through copies),
 * growth is by half (a doubling array holds three times its data while it copies), and `finish` hands back the
 * array itself, or a view of it when little is unused, instead of a second full-size copy.
 */
/** Unused room that `finish` tolerates rather than copying the column: one eighth of the values. */
const SLACK = 8;
const INITIAL = 1024;
class Growable {
    data;
    length = 0;
    constructor(initial) {
        this.data = initial;
    }
    /** Makes room for `size` values in one allocation (an estimate; pushing past it still works). */
    reserve(size) {
        if (size > this.data.length)
            this.resize(Math.ceil(size));
    }
    grow() {
        this.resize(Math.max(INITIAL, Math.ceil(this.data.length * 1.5)));
    }
    resize(size) {
        const bigger = this.allocate(size);
        bigger.set(this.data.subarray(0, this.length));
        this.data = bigger;
    }
    /** The values pushed so far, in an array of exactly that length (possibly a view of a slightly larger one). */
    finish() {
        const { data, length } = this;
        if (length === data.length)
            return data;
        if (data.length - length <= length / SLACK)
            return data.subarray(0, length);
        return data.slice(0, length);
    }
    /** Appends all of `values` at once (a column chunk read column-wise), growing like `push` does. */
    pushAll(values) {
        const needed = this.length + values.length;
        if (needed > this.data.length)
            this.resize(Math.max(needed, Math.ceil(this.data.length * 1.5)));
        this.data.set(values, this.length);
        this.length = needed;
    }
}
class GrowableFloat64 extends Growable {
    constructor() {
        super(new Float64Array(INITIAL));
    }
    allocate(size) {
        return new Float64Array(size);
    }
    push(value) {
        if (this.length === this.data.length)
            this.grow();
        this.data[this.length++] = value;
    }
}
/**
 * Codes (interned values): one byte each while they stay below 256, widened to two bytes and then four only
 * when a code needs it, so a label column of ten million rows takes 10 MB, not 40.
 */
class GrowableCodes {
    data = new Uint8Array(INITIAL);
    /** The largest code the current width holds. */
    limit = 0xff;
    length = 0;
    reserve(size) {
        if (size > this.data.length)
            this.resize(Math.ceil(size), this.data);
    }
    push(code) {
        if (code > this.limit)
            this.widen(code);
        if (this.length === this.data.length)
            this.resize(Math.max(INITIAL, Math.ceil(this.data.length * 1.5)), this.data);
        this.data[this.length++] = code;
    }
    /** Pushes `map[codes[r]]` for r in [from, to), in one go (a row group's labels by their dictionary codes). */
    pushMapped(codes, map, from, to) {
        let widest = 0;
        for (let r = from; r < to; r++)
            widest = Math.max(widest, map[codes[r]]);
        if (widest > this.limit)
            this.widen(widest);
        const needed = this.length + (to - from);
        if (needed > this.data.length)
            this.resize(Math.max(needed, Math.ceil(this.data.length * 1.5)), this.data);
        const data = this.data;
        let at = this.length;
        for (let r = from; r < to; r++)
            data[at++] = map[codes[r]];
        this.length = at;
    }
    /** The code pushed last; -1 before any. */
    get last() {
        return this.length === 0 ? -1 : this.data[this.length - 1];
    }
    widen(code) {
        const wider = code <= 0xffff ? new Uint16Array(this.data.length) : new Int32Array(this.data.length);
        this.limit = code <= 0xffff ? 0xffff : 0x7fffffff;
        this.resize(this.data.length, wider);
    }
    resize(size, like) {
        const bigger = like instanceof Uint8Array ? new Uint8Array(size) : like instanceof Uint16Array ? new Uint16Array(size) : new Int32Array(size);
        bigger.set(this.data.subarray(0, this.length));
        this.data = bigger;
    }
    /** The codes pushed so far, in an array of exactly that length (possibly a view of a slightly larger one). */
    finish() {
        const { data, length } = this;
        if (length === data.length)
            return data;
        if (data.length - length <= length / SLACK)
            return data.subarray(0, length);
        return data.slice(0, length);
    }
}

;// CONCATENATED MODULE: ./src/ingest/column-builders.ts




/** Past this many distinct values a label column is taken to be a regression target and stored as numbers. */
const MAX_INTERNED = 1 << 16;
/**
 * Past this many distinct values, all numbers and some not whole, a column is a regression target already:
 * scikit-learn calls such labels continuous and no classification metric accepts them. Switching early spares
 * a regression file tens of thousands of interned strings.
 */
const MAX_INTERNED_FRACTIONAL = 1 << 10;
/** Interns text values into codes; used for slices. */
class CategoricalBuilder {
    name;
    codes = new GrowableCodes();
    lookup = new Map();
    values = [];
    origins = [];
    bytes = new byte_interner/* ByteInterner */.M();
    constructor(name) {
        this.name = name;
    }
    get distinct() {
        return this.values.length;
    }
    /** The value interned last. */
    get newest() {
        return this.values[this.values.length - 1];
    }
    /** The code appended last (-1 before any). */
    get lastCode() {
        return this.codes.last;
    }
    /** Appends a value by the code it was interned under. */
    pushCode(code) {
        this.codes.push(code);
    }
    /** Appends `map[batchCodes[r]]` for rows [from, to): values interned already, by their codes. */
    pushMappedCodes(batchCodes, map, from, to) {
        this.codes.pushMapped(batchCodes, map, from, to);
    }
    /** Room for about this many rows, allocated once. */
    reserve(rows) {
        this.codes.reserve(rows);
    }
    push(text, where) {
        this.codes.push(this.intern(text, where.file, where.line ?? 0));
    }
    /** Appends a cell given as UTF-8 bytes, decoding it only when its bytes are new; true when its value is new. */
    pushBytes(bytes, start, end, file, line) {
        let code = this.bytes.lookup(bytes, start, end);
        let added = false;
        if (code < 0) {
            const before = this.values.length;
            code = this.intern((0,byte_interner/* decodeUtf8 */._)(bytes, start, end), file, line);
            added = this.values.length > before;
            this.bytes.remember(bytes, start, end, code);
        }
        this.codes.push(code);
        return added;
    }
    intern(text, file, line) {
        let code = this.lookup.get(text);
        if (code === undefined) {
            code = this.values.length;
            this.lookup.set(text, code);
            this.values.push(text);
            this.origins.push({ file, line });
        }
        return code;
    }
    /** Numeric values of every distinct text, or undefined when one of them is not a number. */
    numericValues() {
        const out = new Float64Array(this.values.length);
        for (let i = 0; i < this.values.length; i++) {
            const v = Number(this.values[i]);
            if (!Number.isFinite(v) || this.values[i].trim() === '')
                return undefined;
            out[i] = v;
        }
        return out;
    }
    codesSoFar() {
        return this.codes.finish();
    }
    finish() {
        return { kind: 'categorical', name: this.name, codes: this.codes.finish(), values: this.values, origins: this.origins };
    }
}
/**
 * A label or prediction column: interned while the distinct values are few (classes), switched to plain
 * numbers once they are many (a regression target), so memory stays one number per row either way.
 */
class LabelBuilder {
    name;
    categorical;
    numeric;
    reserved = 0;
    /** Every distinct value so far is a number, and at least one is not a whole number. */
    allNumbers = true;
    someFractional = false;
    /** How many distinct values the column had when it switched to numbers (for messages). */
    switchedAfter = 0;
    constructor(name) {
        this.name = name;
        this.categorical = new CategoricalBuilder(name);
    }
    reserve(rows) {
        this.reserved = rows;
        if (this.numeric)
            this.numeric.reserve(rows);
        else
            this.categorical.reserve(rows);
    }
    /**
     * Appends a non-empty cell given as UTF-8 bytes (a delimited file's `line`); the same as `push` of its text,
     * without making the text unless the value is new or is not a plain decimal (a value the parser already read
     * goes through `pushNumber`).
     */
    pushBytes(bytes, start, end, file, line, field) {
        if (this.numeric) {
            const value = parseDecimal(bytes, start, end);
            if (value === value)
                this.numeric.push(value);
            else
                this.push((0,byte_interner/* decodeUtf8 */._)(bytes, start, end), { file, line, field, unit: 'line' });
            return;
        }
        if (this.categorical.pushBytes(bytes, start, end, file, line) && this.tooManyToIntern()) {
            this.switchToNumeric({ file, line, field, unit: 'line' });
        }
    }
    /** The code of the value appended last while the column holds codes; -1 once it holds numbers. */
    get lastCode() {
        return this.numeric ? -1 : this.categorical.lastCode;
    }
    /** True while the column holds codes (not yet switched to numbers). */
    get holdsCodes() {
        return this.numeric === undefined;
    }
    /**
     * Appends rows [from, to) of a batch by the codes `lastCode` gave for their values: row r as
     * `known[batchCodes[r]]`, every one of which must be set. Only while the column `holdsCodes`.
     */
    pushKnownCodes(batchCodes, known, from, to) {
        if (this.numeric)
            throw new Error('pushKnownCodes on a column that holds numbers');
        this.categorical.pushMappedCodes(batchCodes, known, from, to);
    }
    /**
     * Appends a value by a code `lastCode` gave for it, while the column holds codes (they never change then);
     * false once it holds numbers, and the value must be appended as itself.
     */
    pushKnownCode(code) {
        if (this.numeric)
            return false;
        this.categorical.pushCode(code);
        return true;
    }
    /**
     * Appends a cell the parser read as a plain decimal, when the column already holds numbers (small enough to be
     * inlined into the per-row loop); false when it holds codes and the cell must take `pushBytes`.
     */
    pushNumber(value) {
        if (this.numeric === undefined)
            return false;
        this.numeric.push(value);
        return true;
    }
    push(text, where) {
        if (this.numeric) {
            const v = Number(text);
            if (!Number.isFinite(v) || text.trim() === '') {
                throw new errors/* InputError */.dz(`"${text}" is not a number, but the rows above hold ${this.switchedAfter} distinct numbers, so this column ` +
                    'was read as a regression target', where);
            }
            this.numeric.push(v);
            return;
        }
        const before = this.categorical.distinct;
        this.categorical.push(text, where);
        if (this.categorical.distinct > before && this.tooManyToIntern())
            this.switchToNumeric(where);
    }
    /** Called when a new distinct value was interned: true when the column should hold plain numbers from now on. */
    tooManyToIntern() {
        const distinct = this.categorical.distinct;
        if (this.allNumbers) {
            const text = this.categorical.newest;
            const value = Number(text);
            if (text.trim() === '' || !Number.isFinite(value))
                this.allNumbers = false;
            else if (!Number.isInteger(value))
                this.someFractional = true;
        }
        return distinct > MAX_INTERNED || (distinct > MAX_INTERNED_FRACTIONAL && this.allNumbers && this.someFractional);
    }
    switchToNumeric(where) {
        const byCode = this.categorical.numericValues();
        if (!byCode) {
            throw new errors/* InputError */.dz(`more than ${MAX_INTERNED} distinct values, and not all numbers: too many classes for classification`, where);
        }
        this.switchedAfter = this.categorical.distinct;
        const numeric = new GrowableFloat64();
        const codes = this.categorical.codesSoFar();
        numeric.reserve(this.reserved);
        for (const code of codes)
            numeric.push(byCode[code]);
        this.numeric = numeric;
        this.categorical = new CategoricalBuilder(this.name);
    }
    finish() {
        if (this.numeric)
            return { kind: 'numeric', name: this.name, values: this.numeric.finish() };
        return this.categorical.finish();
    }
}
/** A score or probability column; a column named as a probability must stay within [0, 1]. */
class ScoreBuilder {
    name;
    probabilityByName;
    values = new GrowableFloat64();
    inUnitInterval = true;
    constructor(name, probabilityByName) {
        this.name = name;
        this.probabilityByName = probabilityByName;
    }
    reserve(rows) {
        this.values.reserve(rows);
    }
    push(value, where) {
        if (value < 0 || value > 1)
            this.outside(value, where);
        this.values.push(value);
    }
    /** `push` for a delimited file's line, building the location only when the value is rejected. */
    pushAt(value, file, line, field) {
        if (value < 0 || value > 1)
            this.outside(value, { file, line, field, unit: 'line' });
        this.values.push(value);
    }
    outside(value, where) {
        if (this.probabilityByName)
            throw new errors/* InputError */.dz(`probability ${value} is outside [0, 1]`, where);
        this.inUnitInterval = false;
    }
    finish() {
        return {
            name: this.name,
            values: this.values.finish(),
            probabilityByName: this.probabilityByName,
            inUnitInterval: this.inUnitInterval,
        };
    }
    /**
     * `push` for a batch of values read column-wise (a Parquet row group), the first numbered `firstLine`: each is
     * checked as `push` checks it, then all are appended at once.
     */
    pushBatch(values, file, firstLine, field, unit) {
        for (let i = 0; i < values.length; i++) {
            const value = values[i];
            if (value < 0 || value > 1)
                this.outside(value, { file, line: firstLine + i, field, unit });
        }
        this.values.pushAll(values);
    }
}

;// CONCATENATED MODULE: ./src/ingest/column-sink.ts


/** Above this many distinct numbers in a batch, a label column is read like the row path reads it (regression). */
const MAX_BATCH_DISTINCT = 1 << 12;
/** Integer labels below this are looked up in a table rather than a map. */
const SMALL = 1 << 8;
const encoder = new TextEncoder();
function columnSink(file, plan, columns) {
    const { label, prediction, score, classScores, ids, seenIds, weights, slices, countRows } = columns;
    const classColumns = (classScores && plan.classScores?.columns) || [];
    return (batch, firstLine, count) => {
        const take = (planned) => {
            const column = batch[planned.index];
            if (!column)
                throw new Error(`column ${planned.name} missing from the batch`);
            return column;
        };
        // 1. Check everything, changing nothing.
        const labelColumn = take(plan.label);
        const predictionColumn = prediction && plan.prediction ? take(plan.prediction) : undefined;
        if (!textCellsOk(labelColumn, count, isLabelCell))
            return false;
        if (predictionColumn && !textCellsOk(predictionColumn, count, isLabelCell))
            return false;
        const scoreValues = score && plan.score ? numbersOf(take(plan.score), count, plan.score.probabilityByName ? isProbability : isFiniteNumber) : undefined;
        if (scoreValues === null)
            return false;
        const classValues = [];
        for (const column of classColumns) {
            const values = numbersOf(take(column), count, column.probabilityByName ? isProbability : isFiniteNumber);
            if (values === null)
                return false;
            classValues.push(values);
        }
        const weightValues = weights && plan.weight ? numbersOf(take(plan.weight), count, isWeight) : undefined;
        if (weightValues === null)
            return false;
        const sliceColumns = plan.slices.map(take);
        if (!sliceColumns.every((column) => textCellsOk(column, count, isSliceCell)))
            return false;
        // Ids last: they are claimed in `seenIds` while checked, and released again when one is bad.
        const idTexts = ids && plan.id ? claimIds(take(plan.id), count, seenIds) : undefined;
        if (idTexts === null)
            return false;
        // 2. Append. Only a label can still be rejected here (too many classes, found when a value is new), so label
        // and prediction go in row by row, the first such record being the one the row path names.
        const labelFeed = textFeed(labelColumn, count, plan.label.name);
        const predictionFeed = prediction && predictionColumn && plan.prediction ? textFeed(predictionColumn, count, plan.prediction.name) : undefined;
        // Runs of rows whose values both builders already hold go in as codes, in bulk; the row that ends a run
        // goes through the per-row path (which may intern a value, or reject it) before the next run starts.
        const bothHoldCodes = () => label.holdsCodes && (!prediction || !predictionFeed || prediction.holdsCodes);
        for (let r = 0; r < count; r++) {
            let run = bothHoldCodes() ? knownUntil(labelFeed, r, count) : r;
            if (prediction && predictionFeed)
                run = Math.min(run, knownUntil(predictionFeed, r, run));
            if (run > r) {
                label.pushKnownCodes(labelFeed.codes, labelFeed.known, r, run);
                if (prediction && predictionFeed)
                    prediction.pushKnownCodes(predictionFeed.codes, predictionFeed.known, r, run);
                r = run;
                if (r === count)
                    break;
            }
            pushLabelRow(label, labelFeed, r, file, firstLine + r);
            if (prediction && predictionFeed)
                pushLabelRow(prediction, predictionFeed, r, file, firstLine + r);
        }
        if (score && scoreValues && plan.score)
            score.pushBatch(scoreValues, file, firstLine, plan.score.name, 'record');
        classValues.forEach((values, k) => classScores[k].pushBatch(values, file, firstLine, classColumns[k].name, 'record'));
        if (ids && idTexts)
            for (const id of idTexts)
                ids.push(id);
        if (weights && weightValues)
            weights.pushAll(weightValues);
        sliceColumns.forEach((column, k) => {
            const feed = textFeed(column, count, plan.slices[k].name);
            for (let r = 0; r < count; r++)
                pushSliceRow(slices[k], feed, r, file, firstLine + r);
        });
        countRows(count);
        return true;
        function claimIds(column, n, seen) {
            const texts = [];
            for (let r = 0; r < n; r++) {
                const id = attempt(() => cellId(cellAt(column, r), { file }));
                if (id === undefined || seen.has(id)) {
                    for (const claimed of texts)
                        seen.delete(claimed);
                    return null;
                }
                seen.add(id);
                texts.push(id);
            }
            return texts;
        }
    };
}
/** What `read` returns, or undefined when it rejects the cell with an `InputError`. */
function attempt(read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            return undefined;
        throw error;
    }
}
/** The cell at row `r`, as the row path would see it. */
function cellAt(column, r) {
    switch (column.kind) {
        case 'numbers':
            return column.valid && column.valid[r] === 0 ? null : column.values[r];
        case 'coded':
            return column.values[column.codes[r]];
        case 'cells':
            return column.cells[r];
    }
}
/** A cell `cellText` takes: a non-empty string, a number or a boolean. */
function isLabelCell(cell) {
    return typeof cell === 'string' ? cell !== '' : typeof cell === 'number' || typeof cell === 'boolean';
}
/** A cell `cellSliceText` takes: a label cell, or an empty or missing one (its own group). */
function isSliceCell(cell) {
    return cell === '' || cell === null || cell === undefined || isLabelCell(cell);
}
function textCellsOk(column, count, ok) {
    switch (column.kind) {
        case 'numbers': {
            if (!column.valid || ok(null))
                return true;
            const valid = column.valid;
            for (let r = 0; r < count; r++)
                if (valid[r] === 0)
                    return false;
            return true;
        }
        case 'coded': {
            const bad = column.values.map((value) => !ok(value));
            if (!bad.includes(true))
                return true;
            const codes = column.codes;
            for (let r = 0; r < count; r++)
                if (bad[codes[r]])
                    return false;
            return true;
        }
        case 'cells':
            for (let r = 0; r < count; r++)
                if (!ok(column.cells[r]))
                    return false;
            return true;
    }
}
const isFiniteNumber = (value) => Number.isFinite(value);
const isProbability = (value) => value >= 0 && value <= 1;
const isWeight = (value) => Number.isFinite(value) && !(value < 0);
/** A numeric column's values when every cell is a finite number that passes `ok`, else null. */
function numbersOf(column, count, ok) {
    if (column.kind === 'numbers') {
        const { values, valid } = column;
        for (let r = 0; r < count; r++) {
            if ((valid && valid[r] === 0) || !ok(values[r]))
                return null;
        }
        return values.length === count ? values : values.subarray(0, count);
    }
    // Cells of other types go through `cellNumber`, as in the row path: numeric text is read as a number.
    const numberOf = (cell) => {
        const value = attempt(() => cellNumber(cell, { file: '' }));
        return value !== undefined && ok(value) ? value : Number.NaN;
    };
    const out = new Float64Array(count);
    if (column.kind === 'coded') {
        const byCode = column.values.map(numberOf);
        for (let r = 0; r < count; r++)
            out[r] = byCode[column.codes[r]];
    }
    else {
        for (let r = 0; r < count; r++)
            out[r] = numberOf(column.cells[r]);
    }
    // NaN marks a rejected cell (`ok` accepts no NaN, and `cellNumber` returns none).
    for (let r = 0; r < count; r++)
        if (out[r] !== out[r])
            return null;
    return out;
}
function textFeed(column, count, field) {
    const coded = batchCodes(column, count);
    const cells = coded?.cells ?? [];
    return {
        column,
        field,
        codes: coded?.codes,
        cells,
        spellings: new Array(cells.length).fill(undefined),
        known: new Int32Array(cells.length).fill(-1),
    };
}
/** Codes into the distinct cells of a column; undefined for `cells` columns and many distinct numbers. */
function batchCodes(column, count) {
    if (column.kind === 'coded')
        return { codes: column.codes, cells: column.values };
    if (column.kind === 'cells')
        return undefined;
    const { values, valid } = column;
    const codes = new Int32Array(count);
    const cells = [];
    // Small non-negative integers by table, other numbers by map.
    const small = new Int32Array(SMALL).fill(-1);
    const others = new Map();
    let nullCode = -1;
    for (let r = 0; r < count; r++) {
        if (valid && valid[r] === 0) {
            if (nullCode < 0)
                nullCode = cells.push(null) - 1;
            codes[r] = nullCode;
            continue;
        }
        const value = values[r];
        if (value >>> 0 === value && value < SMALL) {
            let code = small[value];
            if (code < 0)
                code = small[value] = cells.push(value) - 1;
            codes[r] = code;
            continue;
        }
        let code = others.get(value);
        if (code === undefined) {
            if (others.size >= MAX_BATCH_DISTINCT)
                return undefined;
            code = cells.push(value) - 1;
            others.set(value, code);
        }
        codes[r] = code;
    }
    return { codes, cells };
}
/** The first row from `from` on whose value the label builder does not hold a code for yet (`to` if none). */
function knownUntil(feed, from, to) {
    const { codes, known } = feed;
    if (!codes)
        return from;
    let r = from;
    while (r < to && known[codes[r]] >= 0)
        r++;
    return r;
}
function pushLabelRow(builder, feed, r, file, line) {
    const codes = feed.codes;
    if (codes) {
        const code = codes[r];
        // A value this batch already appended: its code, without looking its bytes up again (one store per row).
        const known = feed.known[code];
        if (known >= 0 && builder.pushKnownCode(known))
            return;
        const spelling = feed.spellings[code];
        if (spelling !== undefined) {
            builder.pushBytes(spelling, 0, spelling.length, file, line, feed.field);
        }
        else {
            const at = { file, line, field: feed.field, unit: 'record' };
            const text = cellText(feed.cells[code], at);
            builder.push(text, at);
            feed.spellings[code] = encoder.encode(text);
        }
        feed.known[code] = builder.lastCode;
        return;
    }
    const at = { file, line, field: feed.field, unit: 'record' };
    builder.push(cellText(cellAt(feed.column, r), at), at);
}
function pushSliceRow(builder, feed, r, file, line) {
    const codes = feed.codes;
    if (codes) {
        const code = codes[r];
        const spelling = feed.spellings[code];
        if (spelling !== undefined) {
            builder.pushBytes(spelling, 0, spelling.length, file, line);
            return;
        }
        const at = { file, line, field: feed.field, unit: 'record' };
        const text = cellSliceText(feed.cells[code], at);
        builder.push(text, at);
        feed.spellings[code] = encoder.encode(text);
        return;
    }
    const at = { file, line, field: feed.field, unit: 'record' };
    builder.push(cellSliceText(cellAt(feed.column, r), at), at);
}

;// CONCATENATED MODULE: ./src/ingest/record-sink.ts



/**
 * Appends the records of one delimited file to the columns, straight from their bytes: labels through their
 * byte interner, numbers through the exact fast path of `parseDecimal`. Every cell that the fast paths do not
 * take (quoted with escapes, not a plain decimal, an error) goes through the same functions as text cells, so
 * values and messages are those of the string reader, and checks run in the same order: label, prediction,
 * score, class scores, id, weight, slices.
 */
function recordSink(file, plan, columns) {
    const { label, prediction, score, classScores, ids, seenIds, weights, slices, countRow } = columns;
    const labelAt = plan.label.index;
    const labelName = plan.label.name;
    const predictionAt = plan.prediction?.index ?? -1;
    const predictionName = plan.prediction?.name ?? '';
    const scoreAt = plan.score?.index ?? -1;
    const scoreName = plan.score?.name ?? '';
    const classColumns = (classScores && plan.classScores?.columns) || [];
    const idAt = plan.id?.index ?? -1;
    const idName = plan.id?.name ?? '';
    const weightAt = plan.weight?.index ?? -1;
    const weightName = plan.weight?.name ?? '';
    const sliceColumns = plan.slices;
    const classAt = Int32Array.from(classColumns, (column) => column.index);
    const where = (line, field) => ({ file, line, field, unit: 'line' });
    return (record) => {
        const line = record.line;
        // Numbers are read in place, the common case first (a call returning a double allocates a heap number).
        const numbers = record.numbers;
        let scanned = numbers[labelAt];
        if (!(scanned === scanned && label.pushNumber(scanned)))
            pushLabel(label, record, labelAt, file, line, labelName);
        if (prediction && predictionAt >= 0) {
            scanned = numbers[predictionAt];
            if (!(scanned === scanned && prediction.pushNumber(scanned)))
                pushLabel(prediction, record, predictionAt, file, line, predictionName);
        }
        if (score && scoreAt >= 0) {
            scanned = numbers[scoreAt];
            score.pushAt(scanned === scanned ? scanned : record_sink_numberAt(record, scoreAt, file, line, scoreName), file, line, scoreName);
        }
        for (let k = 0; k < classAt.length; k++) {
            const at = classAt[k];
            scanned = numbers[at];
            const name = classColumns[k].name;
            classScores[k].pushAt(scanned === scanned ? scanned : record_sink_numberAt(record, at, file, line, name), file, line, name);
        }
        if (ids && idAt >= 0) {
            const id = cellId(record.text(idAt), where(line, idName));
            if (seenIds.has(id)) {
                throw new errors/* InputError */.dz(`duplicate id "${id}"; ids must be unique across all files`, where(line, idName));
            }
            seenIds.add(id);
            ids.push(id);
        }
        if (weights && weightAt >= 0) {
            const w = record_sink_numberAt(record, weightAt, file, line, weightName);
            if (w < 0)
                throw new errors/* InputError */.dz(`negative sample weight ${w}`, where(line, weightName));
            weights.push(w);
        }
        for (let k = 0; k < sliceColumns.length; k++) {
            const column = sliceColumns[k];
            const at = column.index;
            if (record.escaped[at] === 0)
                slices[k].pushBytes(record.bytes, record.starts[at], record.ends[at], file, line);
            else
                slices[k].push(record.text(at), where(line, column.name));
        }
        countRow();
    };
}
/** A label or prediction cell: never empty; a cell with escaped quotes is interned by its text. */
function pushLabel(builder, record, k, file, line, field) {
    const start = record.starts[k];
    const end = record.ends[k];
    if (record.escaped[k] !== 0) {
        builder.push(record.text(k), { file, line, field, unit: 'line' });
    }
    else if (start === end) {
        throw new errors/* InputError */.dz('empty cell; every row needs a value here', { file, line, field, unit: 'line' });
    }
    else {
        builder.pushBytes(record.bytes, start, end, file, line, field);
    }
}
/**
 * A number cell: the value read while scanning, else the exact fast path for plain decimals, else `cellNumber`
 * on its text (its values and its errors).
 */
function record_sink_numberAt(record, k, file, line, field) {
    const scanned = record.numbers[k];
    if (scanned === scanned)
        return scanned;
    if (record.escaped[k] === 0) {
        const value = parseDecimal(record.bytes, record.starts[k], record.ends[k]);
        if (value === value)
            return value;
    }
    return cellNumber(record.text(k), { file, line, field, unit: 'line' });
}

;// CONCATENATED MODULE: ./src/ingest/table-builder.ts







/** Roles of a column, as flags: read as a label or prediction, as a number, as an id, as a slice value. */
const ROLE_LABEL = 1;
const ROLE_NUMBER = 2;
const ROLE_ID = 4;
const ROLE_SLICE = 8;
/**
 * Builds one table from one or more files (shards). Each file is planned from its own header; every shard must
 * carry the same roles, so that concatenating them means the same thing.
 */
class table_builder_PredictionTableBuilder {
    overrides;
    files = [];
    notes = new Set();
    shape;
    label;
    prediction;
    score;
    classScores;
    classNames;
    ids;
    seenIds = new Set();
    weights;
    slices = [];
    rows = 0;
    constructor(overrides) {
        this.overrides = overrides;
    }
    /** Plans the columns of a file from its header and first record, and returns the sink for its records. */
    beginFile(file, header, firstRow, unit = 'line') {
        return this.start(file, header, firstRow, unit).rows;
    }
    start(file, header, firstRow, unit) {
        const plan = (0,ingest_columns/* planColumns */.j)(header, this.overrides, file);
        for (const hint of plan.hints)
            this.notes.add(hint);
        const vector = plan.score && firstRow ? vectorShape(firstRow[plan.score.index]) : undefined;
        this.adopt(file, plan, vector);
        this.files.push(file);
        return { plan, vector, rows: this.sinkFor(file, plan, vector, unit) };
    }
    /**
     * `beginFile` for JSON Lines read as bytes: the sink for records parsed with `JSON.parse`, and, unless the
     * score column holds per-class arrays or objects, a sink for records scanned from their bytes, which runs the
     * same checks with the same messages (see `recordSink`). `roles` gives the `ROLE_*` flags of each header
     * position, so the scanner knows which values it must hand over and how they will be read.
     */
    beginJsonLines(file, header, firstRow) {
        const { plan, vector, rows } = this.start(file, header, firstRow, 'line');
        if (vector)
            return { rows, records: undefined, roles: new Uint8Array(header.length) };
        const roles = new Uint8Array(header.length);
        const mark = (column, role) => {
            if (column)
                roles[column.index] |= role;
        };
        mark(plan.label, ROLE_LABEL);
        mark(plan.prediction, ROLE_LABEL);
        mark(plan.score, ROLE_NUMBER);
        for (const column of plan.classScores?.columns ?? [])
            mark(column, ROLE_NUMBER);
        mark(plan.weight, ROLE_NUMBER);
        mark(plan.id, ROLE_ID);
        for (const column of plan.slices)
            mark(column, ROLE_SLICE);
        return { rows, records: this.recordSinkFor(file, plan), roles };
    }
    /**
     * `beginFile` for a CSV or TSV file read as bytes: the same plan, checks and messages as its rows passed to
     * a `RowSink` as strings, without making a string per cell.
     */
    beginRecords(file, header) {
        const plan = (0,ingest_columns/* planColumns */.j)(header, this.overrides, file);
        for (const hint of plan.hints)
            this.notes.add(hint);
        this.adopt(file, plan, undefined);
        this.files.push(file);
        const sink = this.recordSinkFor(file, plan);
        // Labels too: a regression target is stored as numbers, and then its value read while scanning is used.
        const numericColumns = [plan.label, plan.prediction, plan.score, ...(plan.classScores?.columns ?? []), plan.weight].flatMap((c) => c ? [c.index] : []);
        return { sink, numericColumns };
    }
    recordSinkFor(file, plan) {
        return recordSink(file, plan, this.sinkColumns());
    }
    /** The columns adopted for the first file, as the byte and batch sinks append to them. */
    sinkColumns() {
        return {
            label: this.label,
            prediction: this.prediction,
            score: this.score,
            classScores: this.classScores,
            ids: this.ids,
            seenIds: this.seenIds,
            weights: this.weights,
            slices: this.slices,
            countRow: () => this.rows++,
            countRows: (rows) => (this.rows += rows),
        };
    }
    /** Makes room for about this many rows in every column, once, when a reader can estimate the total. */
    reserve(rows) {
        this.label?.reserve(rows);
        this.prediction?.reserve(rows);
        this.score?.reserve(rows);
        for (const column of this.classScores ?? [])
            column.reserve(rows);
        this.weights?.reserve(rows);
        for (const slice of this.slices)
            slice.reserve(rows);
    }
    adopt(file, plan, vector) {
        const shape = JSON.stringify({
            prediction: plan.prediction !== undefined,
            score: plan.score !== undefined && !vector,
            classScores: vector ?? plan.classScores?.classNames ?? null,
            id: plan.id !== undefined,
            weight: plan.weight !== undefined,
            slices: plan.slices.length,
        });
        if (this.shape === undefined) {
            this.shape = shape;
            this.label = new LabelBuilder(plan.label.name);
            this.prediction = plan.prediction && new LabelBuilder(plan.prediction.name);
            if (vector) {
                const width = vector.kind === 'array' ? vector.width : vector.keys.length;
                this.classNames = vector.kind === 'object' ? vector.keys : undefined;
                this.classScores = Array.from({ length: width }, (_, k) => {
                    const name = `${plan.score.name}[${vector.kind === 'object' ? vector.keys[k] : k}]`;
                    return new ScoreBuilder(name, plan.score.probabilityByName);
                });
            }
            else {
                this.score = plan.score && new ScoreBuilder(plan.score.name, plan.score.probabilityByName);
                if (plan.classScores) {
                    this.classNames = plan.classScores.classNames;
                    this.classScores = plan.classScores.columns.map((c) => new ScoreBuilder(c.name, c.probabilityByName));
                }
            }
            this.ids = plan.id && [];
            this.weights = plan.weight && new GrowableFloat64();
            this.slices = plan.slices.map((s) => new CategoricalBuilder(s.name));
        }
        else if (shape !== this.shape) {
            throw new errors/* InputError */.dz(`this shard's columns do not match those of ${this.files[0]} (every shard needs the same label, ` +
                'prediction, score, id, weight and slice columns)', { file, line: 1 });
        }
    }
    sinkFor(file, plan, vector, unit) {
        const label = this.label;
        const prediction = this.prediction;
        const score = this.score;
        const classScores = this.classScores;
        const ids = this.ids;
        const weights = this.weights;
        const slices = this.slices;
        const where = (line, field) => ({ file, line, field, unit });
        return (cells, line) => {
            const at = where(line, plan.label.name);
            label.push(cellText(cells[plan.label.index], at), at);
            if (prediction && plan.prediction) {
                const at = where(line, plan.prediction.name);
                prediction.push(cellText(cells[plan.prediction.index], at), at);
            }
            if (score && plan.score) {
                const at = where(line, plan.score.name);
                score.push(cellNumber(cells[plan.score.index], at), at);
            }
            if (classScores) {
                if (vector && plan.score) {
                    pushVector(cells[plan.score.index], vector, classScores, where(line, plan.score.name));
                }
                else if (plan.classScores) {
                    plan.classScores.columns.forEach((column, k) => {
                        const at = where(line, column.name);
                        classScores[k].push(cellNumber(cells[column.index], at), at);
                    });
                }
            }
            if (ids && plan.id) {
                const id = cellId(cells[plan.id.index], where(line, plan.id.name));
                if (this.seenIds.has(id)) {
                    throw new errors/* InputError */.dz(`duplicate id "${id}"; ids must be unique across all files`, where(line, plan.id.name));
                }
                this.seenIds.add(id);
                ids.push(id);
            }
            if (weights && plan.weight) {
                const w = cellNumber(cells[plan.weight.index], where(line, plan.weight.name));
                if (w < 0)
                    throw new errors/* InputError */.dz(`negative sample weight ${w}`, where(line, plan.weight.name));
                weights.push(w);
            }
            plan.slices.forEach((s, k) => {
                const at = where(line, s.name);
                slices[k].push(cellSliceText(cells[s.index], at), at);
            });
            this.rows++;
        };
    }
    /** The rows appended so far; a reader checks it to reject files without data rows. */
    get rowCount() {
        return this.rows;
    }
    finish() {
        if (!this.label)
            throw new Error('finish() before any file');
        return {
            files: this.files,
            n: this.rows,
            label: this.label.finish(),
            prediction: this.prediction?.finish(),
            score: this.score?.finish(),
            classScores: this.classScores && { names: this.classNames, columns: this.classScores.map((c) => c.finish()) },
            ids: this.ids,
            weights: this.weights?.finish(),
            slices: this.slices.map((s) => s.finish()),
            notes: [...this.notes],
        };
    }
    /**
     * `beginFile` for a columnar reader (Parquet, records numbered from 1): the same plan and checks, with a sink
     * that appends a batch of rows column by column and the row sink for the batches that one declines. The file's
     * columns are flat (a list of scores takes `beginFile`).
     */
    beginColumns(file, header) {
        const rows = this.beginFile(file, header, undefined, 'record');
        const columns = columnSink(file, (0,ingest_columns/* planColumns */.j)(header, this.overrides, file), this.sinkColumns());
        return { rows, columns };
    }
}
function vectorShape(cell) {
    if (Array.isArray(cell))
        return { kind: 'array', width: cell.length };
    if (cell !== null && typeof cell === 'object')
        return { kind: 'object', keys: Object.keys(cell) };
    return undefined;
}
function pushVector(cell, vector, columns, where) {
    if (vector.kind === 'array') {
        if (!Array.isArray(cell) || cell.length !== vector.width) {
            throw new errors/* InputError */.dz(`expected an array of ${vector.width} scores, found ${describeJson(cell)}`, where);
        }
        cell.forEach((v, k) => columns[k].push(cellNumber(v, where), where));
        return;
    }
    if (cell === null || typeof cell !== 'object' || Array.isArray(cell)) {
        throw new errors/* InputError */.dz(`expected an object of per-class scores, found ${describeJson(cell)}`, where);
    }
    const record = cell;
    if (Object.keys(record).length !== vector.keys.length) {
        throw new errors/* InputError */.dz(`expected scores for the classes ${vector.keys.join(', ')}`, where);
    }
    vector.keys.forEach((key, k) => {
        if (!(key in record))
            throw new errors/* InputError */.dz(`no score for class "${key}"`, where);
        columns[k].push(cellNumber(record[key], where), where);
    });
}

;// CONCATENATED MODULE: ./src/ingest/json-lines.ts






/**
 * JSON Lines read from UTF-8 bytes as they stream in, with the rules of the reader that parsed the whole text:
 * lines split on LF, each trimmed as `String#trim` does (CR, byte-order marks, other white space), blank ones
 * skipped, every other one a JSON object read with `JSON.parse`; the keys of the first record are the header.
 *
 * After the first record, a line that is a flat object (strings without escapes, numbers, `true`, `false`,
 * `null`; nested values only under keys no column reads) is scanned straight from its bytes into the columns,
 * through the byte sink of CSV files: labels by their bytes, numbers through `parseDecimal`. The scanner takes
 * a line only once it has checked all of it, and only when the values it hands over will be read as
 * `JSON.parse`'s values would be; any other line (escapes in a value that is read, nested values that are read,
 * a missing or repeated key, unusual white space, invalid JSON) is decoded and goes through `JSON.parse`, so
 * tables and messages do not depend on which path a line took. Only the line being read is kept.
 */
const json_lines_LF = 0x0a;
const json_lines_CR = 0x0d;
const TAB = 0x09;
const SPACE = 0x20;
const json_lines_QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const json_lines_MINUS = 0x2d;
const json_lines_PLUS = 0x2b;
const json_lines_DOT = 0x2e;
const json_lines_ZERO = 0x30;
const json_lines_LOWER_E = 0x65;
const json_lines_UPPER_E = 0x45;
const LOWER_T = 0x74;
const LOWER_F = 0x66;
const LOWER_N = 0x6e;
const LOWER_U = 0x75;
/** The scanner's answers besides a line end: the line is not for it, or the bytes so far end inside the line. */
const DECLINED = -1;
const INCOMPLETE = -2;
/** Decimals of at most this many significant digits read back from their double unchanged (DBL_DIG). */
const PLAIN_DIGITS = 15;
/** Nested values under unread keys deeper than this go to `JSON.parse`. */
const MAX_SKIPPED_DEPTH = 64;
/** A record whose fields are ranges of the line's bytes, or (when `escaped[k]`) the text `overrides[k]`. */
class JsonRecordView extends RecordView {
    overrides;
    constructor(fields) {
        super();
        const size = Math.max(fields, 1);
        this.starts = new Int32Array(size);
        this.ends = new Int32Array(size);
        this.escaped = new Uint8Array(size);
        this.numbers = new Float64Array(size).fill(Number.NaN);
        this.overrides = new Array(size).fill(undefined);
        this.count = fields;
    }
    text(k) {
        return this.escaped[k] === 0 ? (0,byte_interner/* decodeUtf8 */._)(this.bytes, this.starts[k], this.ends[k]) : this.overrides[k];
    }
}
/**
 * Reads one JSON Lines file pushed in chunks, which may split it anywhere (inside a value, a CRLF or a
 * multi-byte character): the result does not depend on where.
 */
class JsonLinesReader {
    file;
    builder;
    carry = new Uint8Array(0);
    carried = 0;
    /** Lines handed over so far (the next line's number minus one). */
    line = 0;
    keys;
    rows;
    scanner;
    /** Lines after the first that went through `JSON.parse` (blank lines not counted); for tests. */
    parsedLines = 0;
    constructor(file, builder) {
        this.file = file;
        this.builder = builder;
    }
    /** True once the first record was read (its keys planned the columns). */
    get started() {
        return this.keys !== undefined;
    }
    push(chunk) {
        let from = 0;
        if (this.carried > 0) {
            const lf = chunk.indexOf(json_lines_LF);
            if (lf < 0) {
                this.append(chunk, 0, chunk.length);
                return;
            }
            this.append(chunk, 0, lf);
            const length = this.carried;
            this.carried = 0;
            this.readLine(this.carry, 0, length);
            from = lf + 1;
        }
        const end = chunk.length;
        while (from < end) {
            const scanner = this.scanner;
            const done = scanner ? scanner.scan(chunk, from, end, false, this.line + 1) : DECLINED;
            if (done >= 0) {
                this.line++;
                from = done + 1;
                continue;
            }
            if (done === INCOMPLETE)
                break;
            const lf = chunk.indexOf(json_lines_LF, from);
            if (lf < 0)
                break;
            this.readLine(chunk, from, lf);
            from = lf + 1;
        }
        if (from < end)
            this.append(chunk, from, end);
    }
    /** Reads the last line (one without a line break); a file without records is bad input. */
    finish() {
        if (this.carried > 0) {
            const end = this.carried;
            this.carried = 0;
            this.readLine(this.carry, 0, end);
        }
        this.carry = new Uint8Array(0);
        this.scanner?.release();
        if (!this.keys)
            throw new errors/* InputError */.dz('empty file: no JSON records', { file: this.file });
    }
    append(chunk, from, to) {
        const needed = this.carried + (to - from);
        if (needed > this.carry.length) {
            const bigger = new Uint8Array(Math.max(needed, 2 * this.carry.length, 1024));
            bigger.set(this.carry.subarray(0, this.carried));
            this.carry = bigger;
        }
        this.carry.set(chunk.subarray(from, to), this.carried);
        this.carried = needed;
    }
    /** One whole line `bytes[start, end)`, its line break excluded: scanned when it can be, else parsed. */
    readLine(bytes, start, end) {
        const line = ++this.line;
        if (this.scanner && this.scanner.scan(bytes, start, end, true, line) >= 0)
            return;
        this.parseLine(bytes, start, end, line);
    }
    parseLine(bytes, start, end, line) {
        const text = (0,byte_interner/* decodeUtf8 */._)(bytes, start, end).trim();
        if (text === '')
            return;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`not valid JSON (${error.message})`, { file: this.file, line });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* InputError */.dz(`expected a JSON object per line, found ${describeJson(value)}`, { file: this.file, line });
        }
        const record = value;
        if (!this.keys) {
            const keys = Object.keys(record);
            const sinks = this.builder.beginJsonLines(this.file, keys, keys.map((k) => record[k]));
            this.keys = keys;
            this.rows = sinks.rows;
            if (sinks.records)
                this.scanner = new LineScanner(keys, sinks.roles, sinks.records);
        }
        else {
            this.parsedLines++;
        }
        const keys = this.keys;
        this.rows(keys.map((k) => record[k]), line);
    }
}
/**
 * Scans one line as a flat JSON object into a `JsonRecordView` and hands it to the byte sink, or declines it
 * without side effects. It validates every byte of the line as JSON before handing anything over.
 */
class LineScanner {
    roles;
    sink;
    view;
    keyBytes;
    keyIndex = new Map();
    /** The line stamp at which each header key was last seen, to find repeated keys. */
    seen;
    stamp = 0;
    kept;
    constructor(keys, roles, sink) {
        this.roles = roles;
        this.sink = sink;
        this.view = new JsonRecordView(keys.length);
        const encoder = new TextEncoder();
        // A key that JSON must escape is never matched in place (its lines are declined at the escape).
        this.keyBytes = keys.map((k) => (needsEscape(k) ? undefined : encoder.encode(k)));
        keys.forEach((k, index) => this.keyIndex.set(k, index));
        this.seen = new Int32Array(Math.max(keys.length, 1));
        this.kept = roles.reduce((n, role) => n + (role === 0 ? 0 : 1), 0);
    }
    /** Drops the reference to the last chunk. */
    release() {
        this.view.bytes = new Uint8Array(0);
    }
    /**
     * Scans the line starting at `start`. Returns the position of its line break (or `end` when `final`, the line
     * then being `bytes[start, end)`) once the record went to the sink or the line was blank; DECLINED when the
     * line must be parsed; INCOMPLETE when the line runs past `end` and more bytes will follow.
     */
    scan(bytes, start, end, final, line) {
        const short = final ? DECLINED : INCOMPLETE;
        const roles = this.roles;
        const view = this.view;
        let p = skipSpace(bytes, start, end);
        if (p === end)
            return final ? end : INCOMPLETE;
        if (bytes[p] === json_lines_LF)
            return p;
        if (bytes[p] !== OPEN_BRACE)
            return DECLINED;
        p = skipSpace(bytes, p + 1, end);
        if (p === end)
            return short;
        if (bytes[p] === CLOSE_BRACE)
            return DECLINED; // `{}`: leave it to the parser
        const stamp = ++this.stamp;
        const seen = this.seen;
        const keyBytes = this.keyBytes;
        let expected = 0;
        let found = 0;
        for (;;) {
            // The key: most often the header's next one, compared in place; else looked up by its text.
            if (bytes[p] !== json_lines_QUOTE)
                return DECLINED;
            const keyStart = p + 1;
            const guess = expected < keyBytes.length ? keyBytes[expected] : undefined;
            let q = guess ? matchKey(guess, bytes, keyStart, end) : -1;
            let k = -1;
            if (q >= 0) {
                k = expected;
            }
            else {
                q = keyStart;
                while (q < end) {
                    const c = bytes[q];
                    if (c === json_lines_QUOTE)
                        break;
                    if (c === BACKSLASH || c < SPACE)
                        return DECLINED;
                    q++;
                }
                if (q === end)
                    return short;
                k = this.keyIndex.get((0,byte_interner/* decodeUtf8 */._)(bytes, keyStart, q)) ?? -1;
            }
            const role = k >= 0 ? roles[k] : 0;
            if (k >= 0) {
                expected = k + 1;
                if (role !== 0) {
                    if (seen[k] === stamp)
                        return DECLINED; // a repeated key: the last one wins in `JSON.parse`
                    seen[k] = stamp;
                    found++;
                }
            }
            p = skipSpace(bytes, q + 1, end);
            if (p === end)
                return short;
            if (bytes[p] !== COLON)
                return DECLINED;
            p = skipSpace(bytes, p + 1, end);
            if (p === end)
                return short;
            // The value.
            const c = bytes[p];
            const valueStart = p;
            if (c === json_lines_QUOTE) {
                q = p + 1;
                while (q < end) {
                    const b = bytes[q];
                    if (b === json_lines_QUOTE)
                        break;
                    if (b === BACKSLASH || b < SPACE)
                        break;
                    q++;
                }
                if (q === end)
                    return short;
                if (bytes[q] !== json_lines_QUOTE) {
                    if (role !== 0 || bytes[q] !== BACKSLASH)
                        return DECLINED;
                    q = skipString(bytes, p, end);
                    if (q < 0)
                        return q === INCOMPLETE ? short : DECLINED;
                    p = q;
                }
                else {
                    if (role !== 0) {
                        view.starts[k] = p + 1;
                        view.ends[k] = q;
                        view.escaped[k] = 0;
                        view.numbers[k] = Number.NaN;
                    }
                    p = q + 1;
                }
            }
            else if (c === json_lines_MINUS || (c >= json_lines_ZERO && c <= json_lines_ZERO + 9)) {
                q = skipNumber(bytes, p, end);
                if (q < 0)
                    return DECLINED;
                if (q === end)
                    return short; // more digits may follow
                if (role !== 0 && !this.takeNumber(bytes, valueStart, q, k, role))
                    return DECLINED;
                p = q;
            }
            else if (c === LOWER_T || c === LOWER_F || c === LOWER_N) {
                const word = c === LOWER_T ? TRUE : c === LOWER_F ? FALSE : NULL;
                if (p + word.length > end)
                    return short;
                for (let i = 1; i < word.length; i++)
                    if (bytes[p + i] !== word[i])
                        return DECLINED;
                p += word.length;
                if (role !== 0) {
                    if (c === LOWER_N) {
                        // `null` is an empty slice value; anywhere else it is an error, which the parser words.
                        if (role !== ROLE_SLICE)
                            return DECLINED;
                        view.starts[k] = valueStart;
                        view.ends[k] = valueStart;
                    }
                    else {
                        if ((role & ROLE_NUMBER) !== 0)
                            return DECLINED;
                        view.starts[k] = valueStart;
                        view.ends[k] = p;
                    }
                    view.escaped[k] = 0;
                    view.numbers[k] = Number.NaN;
                }
            }
            else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
                if (role !== 0)
                    return DECLINED;
                q = skipNested(bytes, p, end);
                if (q < 0)
                    return q === INCOMPLETE ? short : DECLINED;
                p = q;
            }
            else {
                return DECLINED;
            }
            p = skipSpace(bytes, p, end);
            if (p === end)
                return short;
            if (bytes[p] === COMMA) {
                p = skipSpace(bytes, p + 1, end);
                if (p === end)
                    return short;
                continue;
            }
            if (bytes[p] !== CLOSE_BRACE)
                return DECLINED;
            break;
        }
        p = skipSpace(bytes, p + 1, end);
        let lineEnd;
        if (p === end) {
            if (!final)
                return INCOMPLETE;
            lineEnd = end;
        }
        else if (bytes[p] === json_lines_LF) {
            lineEnd = p;
        }
        else {
            return DECLINED;
        }
        if (found !== this.kept)
            return DECLINED; // a key that is read is missing
        view.bytes = bytes;
        view.line = line;
        this.sink(view);
        return lineEnd;
    }
    /**
     * Puts the JSON number `bytes[start, end)` into field `k`, to be read as `JSON.parse`'s value would be: as a
     * number through `parseDecimal` (else `Number` of the same text, by the sink), as label text spelled as
     * `String(value)`. False when that cannot be had here (an id that is not a plain integer; a number read both
     * as a number and as text that is not written as it prints).
     */
    takeNumber(bytes, start, end, k, role) {
        const view = this.view;
        view.numbers[k] = (role & ROLE_NUMBER) !== 0 ? parseDecimal(bytes, start, end) : Number.NaN;
        view.starts[k] = start;
        view.ends[k] = end;
        view.escaped[k] = 0;
        if (role === ROLE_NUMBER || printsAsWritten(bytes, start, end))
            return true;
        if ((role & (ROLE_NUMBER | ROLE_ID)) !== 0)
            return false;
        view.escaped[k] = 1;
        view.overrides[k] = String(Number((0,byte_interner/* decodeUtf8 */._)(bytes, start, end)));
        return true;
    }
}
const TRUE = Uint8Array.of(0x74, 0x72, 0x75, 0x65);
const FALSE = Uint8Array.of(0x66, 0x61, 0x6c, 0x73, 0x65);
const NULL = Uint8Array.of(0x6e, 0x75, 0x6c, 0x6c);
/** JSON white space within a line: space, tab, CR. */
function skipSpace(bytes, p, end) {
    if (p < end && bytes[p] > SPACE)
        return p;
    while (p < end) {
        const c = bytes[p];
        if (c !== SPACE && c !== TAB && c !== json_lines_CR)
            break;
        p++;
    }
    return p;
}
/** True when JSON must escape a character of `text` (a quote, a backslash, a control character). */
function needsEscape(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === json_lines_QUOTE || c === BACKSLASH || c < SPACE)
            return true;
    }
    return false;
}
/**
 * The position of the closing quote when `bytes` at `start` spell `key` and then a quote; else -1. The keys
 * compared so are those that need no escape in JSON (see `LineScanner`), so a match is that key.
 */
function matchKey(key, bytes, start, end) {
    const close = start + key.length;
    if (close >= end || bytes[close] !== json_lines_QUOTE)
        return -1;
    for (let i = 0; i < key.length; i++)
        if (key[i] !== bytes[start + i])
            return -1;
    return close;
}
/**
 * The end of the JSON number at `p` (`-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`), or DECLINED when
 * the bytes there are not one. A number running to `end` is returned as `end` (the caller decides).
 */
function skipNumber(bytes, p, end) {
    if (bytes[p] === json_lines_MINUS)
        p++;
    if (p === end)
        return end;
    if (bytes[p] === json_lines_ZERO)
        p++;
    else {
        const first = p;
        while (p < end && isDigit(bytes[p]))
            p++;
        if (p === first)
            return DECLINED;
    }
    if (p < end && bytes[p] === json_lines_DOT) {
        const first = ++p;
        while (p < end && isDigit(bytes[p]))
            p++;
        if (p === first)
            return p === end ? end : DECLINED;
    }
    if (p < end && (bytes[p] === json_lines_LOWER_E || bytes[p] === json_lines_UPPER_E)) {
        p++;
        if (p < end && (bytes[p] === json_lines_PLUS || bytes[p] === json_lines_MINUS))
            p++;
        const first = p;
        while (p < end && isDigit(bytes[p]))
            p++;
        if (p === first)
            return p === end ? end : DECLINED;
    }
    return p;
}
function isDigit(c) {
    return c >= json_lines_ZERO && c <= json_lines_ZERO + 9;
}
/**
 * True when the valid JSON number `bytes[start, end)` is spelled as `String` prints its value, so that its bytes
 * are its label text: a plain integer or decimal of at most 15 significant digits (each such decimal is the
 * shortest that reads back as its double, so `String` picks its digits), without exponent, without trailing
 * zeros after the point, not `-0`, and not below 1e-6 (which `String` writes with an exponent).
 */
function printsAsWritten(bytes, start, end) {
    if (end - start === 1)
        return true; // a digit
    const negative = bytes[start] === json_lines_MINUS;
    const integerStart = negative ? start + 1 : start;
    let i = integerStart;
    while (i < end && isDigit(bytes[i]))
        i++;
    const integerDigits = i - integerStart;
    const zero = integerDigits === 1 && bytes[integerStart] === json_lines_ZERO;
    if (i === end)
        return integerDigits <= PLAIN_DIGITS && !(negative && zero);
    if (bytes[i] !== json_lines_DOT)
        return false;
    const fractionStart = ++i;
    while (i < end && isDigit(bytes[i]))
        i++;
    if (i !== end || bytes[end - 1] === json_lines_ZERO)
        return false;
    if (!zero)
        return integerDigits + (end - fractionStart) <= PLAIN_DIGITS;
    let first = fractionStart;
    while (bytes[first] === json_lines_ZERO)
        first++;
    return first - fractionStart <= 5 && end - first <= PLAIN_DIGITS;
}
/** The end of the JSON string opening at `p` (escapes checked), DECLINED when invalid, INCOMPLETE at `end`. */
function skipString(bytes, p, end) {
    let q = p + 1;
    while (q < end) {
        const c = bytes[q];
        if (c === json_lines_QUOTE)
            return q + 1;
        if (c < SPACE)
            return DECLINED;
        if (c === BACKSLASH) {
            if (q + 1 >= end)
                return INCOMPLETE;
            const e = bytes[q + 1];
            if (e === LOWER_U) {
                if (q + 6 > end)
                    return INCOMPLETE;
                for (let i = q + 2; i < q + 6; i++)
                    if (!isHex(bytes[i]))
                        return DECLINED;
                q += 6;
                continue;
            }
            // " \ / b f n r t
            if (e !== json_lines_QUOTE && e !== BACKSLASH && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) {
                return DECLINED;
            }
            q += 2;
            continue;
        }
        q++;
    }
    return INCOMPLETE;
}
function isHex(c) {
    return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
/**
 * The end of the JSON array or object opening at `p`, checked as JSON; DECLINED when it is not valid (or nests
 * deeper than MAX_SKIPPED_DEPTH), INCOMPLETE when it runs to `end`.
 */
function skipNested(bytes, p, end) {
    const closers = [];
    for (;;) {
        // A value is due at `p` (< end).
        const c = bytes[p];
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            if (closers.length === MAX_SKIPPED_DEPTH)
                return DECLINED;
            const closer = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
            closers.push(closer);
            p = skipSpace(bytes, p + 1, end);
            if (p === end)
                return INCOMPLETE;
            if (bytes[p] !== closer) {
                if (closer === CLOSE_BRACE)
                    p = skipKey(bytes, p, end);
                if (p < 0)
                    return p;
                continue;
            }
            closers.pop();
            p++;
        }
        else {
            p = skipScalar(bytes, p, end);
            if (p < 0)
                return p;
        }
        // After a value: closing brackets, or a comma and the next value (or key and value).
        for (;;) {
            if (closers.length === 0)
                return p;
            p = skipSpace(bytes, p, end);
            if (p === end)
                return INCOMPLETE;
            const closer = closers[closers.length - 1];
            if (bytes[p] === COMMA) {
                p = skipSpace(bytes, p + 1, end);
                if (p === end)
                    return INCOMPLETE;
                if (closer === CLOSE_BRACE)
                    p = skipKey(bytes, p, end);
                if (p < 0)
                    return p;
                break;
            }
            if (bytes[p] !== closer)
                return DECLINED;
            closers.pop();
            p++;
        }
    }
}
/** An object member's key and colon at `p`: returns where its value starts. */
function skipKey(bytes, p, end) {
    if (bytes[p] !== json_lines_QUOTE)
        return DECLINED;
    p = skipString(bytes, p, end);
    if (p < 0)
        return p;
    p = skipSpace(bytes, p, end);
    if (p === end)
        return INCOMPLETE;
    if (bytes[p] !== COLON)
        return DECLINED;
    p = skipSpace(bytes, p + 1, end);
    return p === end ? INCOMPLETE : p;
}
/** The end of the string, number, `true`, `false` or `null` at `p`. */
function skipScalar(bytes, p, end) {
    const c = bytes[p];
    if (c === json_lines_QUOTE)
        return skipString(bytes, p, end);
    if (c === json_lines_MINUS || isDigit(c)) {
        const q = skipNumber(bytes, p, end);
        return q === end ? INCOMPLETE : q;
    }
    if (c === LOWER_T || c === LOWER_F || c === LOWER_N) {
        const word = c === LOWER_T ? TRUE : c === LOWER_F ? FALSE : NULL;
        if (p + word.length > end)
            return INCOMPLETE;
        for (let i = 1; i < word.length; i++)
            if (bytes[p + i] !== word[i])
                return DECLINED;
        return p + word.length;
    }
    return DECLINED;
}

;// CONCATENATED MODULE: ./src/ingest/json-records.ts



/** JSON Lines (see `JsonLinesReader`, which reads them from streamed bytes too) and JSON documents. */
/** JSON Lines already decoded to text, read as its UTF-8 bytes by the same reader as streamed files. */
function readJsonLines(file, builder) {
    const reader = new JsonLinesReader(file.name, builder);
    reader.push(new TextEncoder().encode(file.text));
    reader.finish();
}
/**
 * A JSON document: an array of records, an object of equal-length column arrays, or pandas' default
 * `to_json()` layout (an object of columns, each an object keyed by row index).
 */
function readJsonDocument(file, builder) {
    let doc;
    try {
        doc = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        const text = file.text.trim();
        if (text === '')
            throw new errors/* InputError */.dz('empty file', { file: file.name });
        throw new errors/* InputError */.dz(`not valid JSON (${error.message})`, { file: file.name });
    }
    const where = (record) => ({ file: file.name, line: record, unit: 'record' });
    if (Array.isArray(doc)) {
        if (doc.length === 0)
            throw new errors/* InputError */.dz('empty JSON array: no records', { file: file.name });
        const first = doc[0];
        if (first === null || typeof first !== 'object' || Array.isArray(first)) {
            throw new errors/* InputError */.dz(`expected an array of objects, found ${describeJson(first)}`, where(1));
        }
        const keys = Object.keys(first);
        const sink = builder.beginFile(file.name, keys, keys.map((k) => first[k]), 'record');
        doc.forEach((record, index) => {
            if (record === null || typeof record !== 'object' || Array.isArray(record)) {
                throw new errors/* InputError */.dz(`expected an object, found ${describeJson(record)}`, where(index + 1));
            }
            sink(keys.map((k) => record[k]), index + 1);
        });
        return;
    }
    if (doc !== null && typeof doc === 'object') {
        const columns = doc;
        const keys = Object.keys(columns);
        if (keys.length === 0)
            throw new errors/* InputError */.dz('empty JSON object: no columns', { file: file.name });
        const cellAt = columnAccessor(columns, keys, file.name);
        const rows = cellAt.rows;
        if (rows === 0)
            throw new errors/* InputError */.dz('no data rows', { file: file.name });
        const sink = builder.beginFile(file.name, keys, keys.map((_, c) => cellAt(c, 0)), 'record');
        for (let r = 0; r < rows; r++)
            sink(keys.map((_, c) => cellAt(c, r)), r + 1);
        return;
    }
    throw new errors/* InputError */.dz(`expected an array of records or an object of columns, found ${describeJson(doc)}`, {
        file: file.name,
    });
}
function columnAccessor(columns, keys, file) {
    const values = keys.map((k) => columns[k]);
    if (values.every(Array.isArray)) {
        const arrays = values;
        const rows = arrays[0].length;
        arrays.forEach((a, c) => {
            if (a.length !== rows) {
                throw new errors/* InputError */.dz(`column "${keys[c]}" has ${a.length} values, "${keys[0]}" has ${rows}`, { file });
            }
        });
        return Object.assign((c, r) => arrays[c][r], { rows });
    }
    if (values.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) {
        const objects = values;
        const index = Object.keys(objects[0]);
        return Object.assign((c, r) => objects[c][index[r]], { rows: index.length });
    }
    throw new errors/* InputError */.dz('expected every column to be an array, or every column an object keyed by row', { file });
}

;// CONCATENATED MODULE: ./src/ingest/read-predictions.ts





/** One reader per format; adding a format fails to compile until it has a reader here. */
const READERS = {
    csv: (file, builder) => readDelimitedText(file, ',', builder),
    tsv: (file, builder) => readDelimitedText(file, '\t', builder),
    jsonl: readJsonLines,
    json: readJsonDocument,
};
/** Reads one or more prediction files (shards) into one columnar table, in the order given. */
function readPredictions(files, overrides) {
    if (files.length === 0)
        throw new InputError('no prediction files given');
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
async function readPredictionSources(sources, overrides) {
    if (sources.length === 0)
        throw new errors/* InputError */.dz('no prediction files given');
    const builder = new table_builder_PredictionTableBuilder(overrides);
    const sizing = { remainingBytes: sumExpectedBytes(sources), reserved: false };
    let failure;
    for (const source of sources) {
        if (failure) {
            if (source.kind === 'delimited' || source.kind === 'json-lines')
                for await (const chunk of source.stream.chunks)
                    void chunk;
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
        const before = builder.rowCount;
        try {
            if (source.kind === 'text')
                READERS[detectPredictionFormat(source.file)](source.file, builder);
            else
                await (await Promise.all(/* import() */[__nccwpck_require__.e(388), __nccwpck_require__.e(600)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4600))).readParquetInto(source.file, builder, overrides);
            requireRows(builder, before, source.file.name);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            failure = error;
        }
    }
    if (failure)
        throw failure;
    return builder.finish();
}
function requireRows(builder, before, file) {
    if (builder.rowCount === before)
        throw new errors/* InputError */.dz('no data rows; the file has a header at most', { file });
}
/** The format by extension (ignoring `.gz`), else by content. */
function detectPredictionFormat(file) {
    const byName = formatByName(file.name);
    if (byName)
        return byName;
    const start = file.text.replace(/^\uFEFF/, '').trimStart();
    if (start.startsWith('['))
        return 'json';
    if (start.startsWith('{')) {
        const firstLine = start.split('\n', 1)[0].trim();
        return firstLine.endsWith('}') && isJson(firstLine) ? 'jsonl' : 'json';
    }
    const firstLine = start.split('\n', 1)[0];
    return firstLine.includes('\t') && !firstLine.includes(',') ? 'tsv' : 'csv';
}
/** The format a file's name promises (ignoring `.gz`), if any. */
function formatByName(name) {
    const base = name.toLowerCase().replace(/\.gz$/, '');
    if (base.endsWith('.csv'))
        return 'csv';
    if (base.endsWith('.tsv') || base.endsWith('.tab'))
        return 'tsv';
    if (base.endsWith('.jsonl') || base.endsWith('.ndjson'))
        return 'jsonl';
    if (base.endsWith('.json'))
        return 'json';
    return undefined;
}
/** Decoded text is parsed as its UTF-8 bytes, by the same parser as streamed files. */
function readDelimitedText(file, delimiter, builder) {
    // The text decoder already dropped one byte-order mark; the parser drops one more, as the text parser did.
    const reader = new DelimitedReader(file.name, delimiter, builder, 1);
    reader.push(new TextEncoder().encode(file.text));
    reader.finish();
}
async function readDelimitedStream(stream, builder, sizing) {
    return readStream(stream, new DelimitedReader(stream.name, stream.delimiter, builder, 2), builder, sizing);
}
/** Parses a stream, reading it to its end even after bad input, and returns (not throws) that bad input. */
async function readStream(stream, reader, builder, sizing) {
    const before = builder.rowCount;
    let failure;
    const attempt = (step) => {
        try {
            step();
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            failure = error;
        }
    };
    let seen = 0;
    for await (const chunk of stream.chunks) {
        if (failure)
            continue;
        attempt(() => reader.push(chunk));
        seen += chunk.length;
        sizing.remainingBytes -= chunk.length;
        if (!sizing.reserved && reader.started && seen >= SIZING_SAMPLE) {
            // Rows per byte so far, times the bytes still expected from every stream: columns are allocated once.
            sizing.reserved = true;
            const rowsPerByte = (builder.rowCount - before) / seen;
            if (sizing.remainingBytes > 0)
                builder.reserve(builder.rowCount + Math.ceil(rowsPerByte * sizing.remainingBytes * 1.02) + 1024);
        }
    }
    if (!failure)
        attempt(() => {
            reader.finish();
            requireRows(builder, before, stream.name);
        });
    return failure;
}
/** Bytes read before estimating the row count. */
const SIZING_SAMPLE = 1 << 16;
function sumExpectedBytes(sources) {
    let total = 0;
    for (const source of sources) {
        if (source.kind === 'delimited' || source.kind === 'json-lines')
            total += source.stream.expectedBytes ?? 0;
    }
    return total;
}
/** The first record is the header; every other must have as many fields, and goes to the builder. */
class DelimitedReader {
    file;
    builder;
    parser;
    header;
    sink;
    constructor(file, delimiter, builder, boms) {
        this.file = file;
        this.builder = builder;
        this.parser = new DelimitedByteParser(delimiter, file, (record) => this.take(record), boms);
    }
    /** True once data rows go to the builder. */
    get started() {
        return this.sink !== undefined;
    }
    push(chunk) {
        this.parser.push(chunk);
    }
    finish() {
        this.parser.end();
        if (!this.header)
            throw new errors/* InputError */.dz('empty file: no header and no rows', { file: this.file });
        if (!this.sink)
            this.builder.beginFile(this.file, this.header, undefined);
    }
    take(record) {
        if (!this.header) {
            this.header = record.texts();
            return;
        }
        if (record.count !== this.header.length) {
            throw new errors/* InputError */.dz(`expected ${this.header.length} fields like the header, found ${record.count}`, {
                file: this.file,
                line: record.line,
            });
        }
        if (!this.sink) {
            const { sink, numericColumns } = this.builder.beginRecords(this.file, this.header);
            this.parser.readAsNumbers(numericColumns);
            this.sink = sink;
        }
        this.sink(record);
    }
}
function isJson(text) {
    try {
        JSON.parse(text);
        return true;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/metrics/codes.ts
var codes = __nccwpck_require__(5547);
;// CONCATENATED MODULE: ./src/ingest/classes.ts
/**
 * Class labels: how raw cells map to classes and how classes sort, as scikit-learn sees them after pandas
 * reads the file. Numeric labels compare as numbers (`0.0` and `0` are one class); booleans are 0 and 1 when
 * mixed with numbers; anything else compares as text, by Unicode code point, like NumPy.
 */
const BOOLEAN = /^(true|false)$/i;
/** The kind shared by all these raw values. */
function classKindOf(raws) {
    let allBoolean = true;
    let anyValue = false;
    for (const raw of raws) {
        anyValue = true;
        if (BOOLEAN.test(raw))
            continue;
        allBoolean = false;
        if (!isNumeric(raw))
            return 'string';
    }
    return anyValue && allBoolean ? 'boolean' : 'number';
}
/** The canonical key of a raw value under a kind, or undefined when the value does not fit the kind. */
function classKey(raw, kind) {
    if (kind === 'string')
        return raw;
    if (BOOLEAN.test(raw)) {
        const truth = raw.toLowerCase() === 'true';
        return kind === 'boolean' ? String(truth) : truth ? '1' : '0';
    }
    if (kind === 'boolean' || !isNumeric(raw))
        return undefined;
    return String(Number(raw));
}
/** Sorts class keys as scikit-learn's `np.unique` would. */
function sortClassKeys(keys, kind) {
    const list = [...new Set(keys)];
    if (kind === 'string')
        return list.sort(compareCodePoints);
    if (kind === 'boolean')
        return list.sort((a, b) => (a === b ? 0 : a === 'false' ? -1 : 1));
    return list.sort((a, b) => Number(a) - Number(b));
}
function isNumeric(raw) {
    return raw.trim() !== '' && Number.isFinite(Number(raw));
}
/** Orders strings by Unicode code point (NumPy's order), not by UTF-16 code unit (JavaScript's default). */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // Surrogates (0xD800–0xDFFF) encode code points above 0xFFFF, so they sort after the rest of the BMP.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}

;// CONCATENATED MODULE: ./src/ingest/resolve.ts



/**
 * Decides the task and the class list, and maps every label to a class index (SPEC §3.1): regression when the
 * labels are non-integer numbers; otherwise binary for at most two classes, multiclass above.
 */
function resolveEvalSet(table, options) {
    const notes = [...table.notes];
    const file = table.files[0];
    const labelRaws = rawValues(table.label);
    const predictionRaws = table.prediction ? rawValues(table.prediction) : [];
    const kind = classKindOf([...labelRaws, ...predictionRaws]);
    let task = options.task;
    if (task === 'auto')
        task = detectTask(table, kind, labelRaws, predictionRaws);
    const data = task === 'regression' ? toRegression(table) : toClassification(table, task, kind, options, notes);
    if (data.task === 'binary' && data.classes.length < 2) {
        notes.push(`only one class ("${data.classes[0]}") occurs in ${file}; metrics that need two are undefined`);
    }
    return { data, ids: table.ids, slices: table.slices, notes };
}
function rawValues(column) {
    return column.kind === 'categorical' ? column.values : [];
}
function detectTask(table, kind, labels, preds) {
    if (table.label.kind === 'numeric')
        return 'regression';
    const nonInteger = (raw) => !Number.isInteger(Number(classKey(raw, kind)));
    if (kind === 'number' && labels.some(nonInteger))
        return 'regression';
    // A prediction column stored as numbers had many distinct values, some of them not whole.
    if (kind === 'number' && (table.prediction?.kind === 'numeric' || preds.some(nonInteger))) {
        throw new errors/* InputError */.dz(`the labels are whole numbers but the predictions in column "${table.prediction.name}" are not: ` +
            'set task to regression, or write class predictions', { file: table.files[0] });
    }
    const classes = new Set([...labels, ...preds].map((raw) => classKey(raw, kind)));
    for (const name of table.classScores?.names ?? [])
        classes.add(classKey(name, kind));
    return classes.size <= 2 ? 'binary' : 'multiclass';
}
function toRegression(table) {
    const file = table.files[0];
    if (!table.prediction) {
        throw new errors/* InputError */.dz('regression needs a prediction column (y_pred, prediction, …; or set columns.prediction)', {
            file,
        });
    }
    return {
        task: 'regression',
        n: table.n,
        yTrue: numericValues(table.label),
        yPred: numericValues(table.prediction),
        weights: table.weights,
    };
}
function numericValues(column) {
    if (column.kind === 'numeric')
        return column.values;
    const byCode = column.values.map((raw, code) => {
        const value = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(value)) {
            throw new errors/* InputError */.dz(`"${raw}" is not a number; regression needs numeric values`, {
                file: column.origins[code].file,
                line: column.origins[code].line,
                field: column.name,
            });
        }
        return value;
    });
    const out = new Float64Array(column.codes.length);
    for (let i = 0; i < out.length; i++)
        out[i] = byCode[column.codes[i]];
    return out;
}
function toClassification(table, task, kind, options, notes) {
    const file = table.files[0];
    const label = categorical(table.label, file);
    const prediction = table.prediction && categorical(table.prediction, file);
    const keyOf = (raw, where) => {
        const key = classKey(raw, kind);
        if (key === undefined)
            throw new errors/* InputError */.dz(`${where} "${raw}" is not a ${kind} like the labels`, { file });
        return key;
    };
    const keys = new Set();
    for (const raw of label.values)
        keys.add(keyOf(raw, 'label'));
    for (const raw of prediction?.values ?? [])
        keys.add(keyOf(raw, 'prediction'));
    const scoreNames = table.classScores?.names?.map((name) => keyOf(name, 'score column for class'));
    for (const key of scoreNames ?? [])
        keys.add(key);
    let positiveKey;
    if (task === 'binary') {
        positiveKey = choosePositive(keys, kind, options.positiveLabel, file);
        keys.add(positiveKey);
        // A binary task has two classes even when the data shows one: 0/1 or false/true for numeric and boolean
        // labels, so that metrics, slices and predictions from scores all see the same class list.
        if (keys.size === 1 && kind !== 'string') {
            const other = kind === 'boolean' ? (positiveKey === 'true' ? 'false' : 'true') : positiveKey === '0' ? '1' : '0';
            keys.add(other);
        }
        if (keys.size > 2) {
            throw new errors/* InputError */.dz(`task is binary but there are ${keys.size} classes: ${[...keys].join(', ')}`, { file });
        }
    }
    const classes = sortClassKeys(keys, kind);
    const indexOf = new Map(classes.map((key, index) => [key, index]));
    const encode = (column) => {
        const byCode = column.values.map((raw) => indexOf.get(classKey(raw, kind)));
        const out = (0,codes/* allocateCodes */.q)(classes.length, column.codes.length);
        for (let i = 0; i < out.length; i++)
            out[i] = byCode[column.codes[i]];
        return out;
    };
    const yTrue = encode(label);
    const positive = positiveKey === undefined ? -1 : indexOf.get(positiveKey);
    let score;
    let proba;
    let scoreColumns = [];
    if (task === 'binary') {
        const column = binaryScore(table, scoreNames, positiveKey, file);
        if (column) {
            score = column.values;
            scoreColumns = [column];
        }
    }
    else {
        proba = classProbabilities(table, scoreNames, classes, label, file);
        scoreColumns = table.classScores?.columns ?? [];
        if (table.score)
            notes.push(`column "${table.score.name}" holds one score per row; multiclass metrics use per-class scores`);
    }
    const scoresAreProbabilities = scoreColumns.length > 0 && scoreColumns.every((c) => c.inUnitInterval);
    let yPred;
    if (prediction) {
        yPred = encode(prediction);
    }
    else if (task === 'binary' && score) {
        if (!scoresAreProbabilities && options.decisionThreshold === undefined) {
            throw new errors/* InputError */.dz(`column "${scoreColumns[0].name}" holds decision scores (values outside [0, 1]) and there is no prediction ` +
                'column: set decision-threshold', { file });
        }
        const threshold = options.decisionThreshold ?? 0.5;
        const negative = 1 - positive;
        yPred = (0,codes/* allocateCodes */.q)(classes.length, score.length);
        for (let i = 0; i < score.length; i++)
            yPred[i] = score[i] >= threshold ? positive : negative;
        notes.push(`predictions are ${scoreColumns[0].name} >= ${threshold}`);
    }
    else if (proba) {
        yPred = argmax(proba, table.n);
        notes.push('predictions are the class with the highest score');
    }
    else {
        throw new errors/* InputError */.dz('no prediction column (y_pred, prediction, …) and no scores to derive predictions from; set columns.prediction', { file });
    }
    if (score && !scoresAreProbabilities) {
        notes.push(`column "${scoreColumns[0].name}" holds decision scores (outside [0, 1]): log_loss and brier_score are undefined`);
    }
    return {
        task,
        n: table.n,
        classes,
        yTrue,
        yPred,
        positive,
        score,
        proba,
        scoresAreProbabilities,
        weights: table.weights,
    };
}
function categorical(column, file) {
    if (column.kind === 'categorical')
        return column;
    throw new errors/* InputError */.dz(`column "${column.name}" has too many distinct values for classification; set task to regression`, { file, field: column.name });
}
function choosePositive(keys, kind, wanted, file) {
    if (wanted !== undefined) {
        const key = classKey(wanted, kind);
        if (key === undefined || (!keys.has(key) && keys.size >= 2)) {
            throw new errors/* InputError */.dz(`positive-label "${wanted}" is not one of the classes: ${[...keys].join(', ')}`, { file });
        }
        return key;
    }
    if (kind === 'boolean')
        return 'true';
    if (kind === 'number' && (keys.has('1') || keys.size < 2))
        return '1';
    const sorted = sortClassKeys(keys, kind);
    return sorted[sorted.length - 1];
}
function binaryScore(table, scoreNames, positiveKey, file) {
    if (table.score)
        return table.score;
    if (!table.classScores)
        return undefined;
    if (!scoreNames) {
        throw new errors/* InputError */.dz('per-class score arrays need a multiclass task; binary files need one score column', { file });
    }
    const k = scoreNames.indexOf(positiveKey);
    if (k < 0)
        throw new errors/* InputError */.dz(`no score column for the positive class "${positiveKey}"`, { file });
    return table.classScores.columns[k];
}
function classProbabilities(table, scoreNames, classes, label, file) {
    const scores = table.classScores;
    if (!scores)
        return undefined;
    if (!scoreNames) {
        if (scores.columns.length !== classes.length) {
            throw new errors/* InputError */.dz(`score arrays have ${scores.columns.length} entries but the data has ${classes.length} classes ` +
                `(${classes.join(', ')}); write scores as objects keyed by class to name them`, { file, field: scores.columns[0]?.name });
        }
        return scores.columns.map((c) => c.values);
    }
    const byKey = new Map(scoreNames.map((key, k) => [key, scores.columns[k].values]));
    if (byKey.size !== scoreNames.length)
        throw new errors/* InputError */.dz('two score columns name the same class', { file });
    return classes.map((key) => {
        const column = byKey.get(key);
        if (column)
            return column;
        const code = label.values.findIndex((raw) => raw === key || Number(raw) === Number(key));
        const origin = code >= 0 ? label.origins[code] : undefined;
        throw new errors/* InputError */.dz(`class "${key}" has no score column (expected y_score_${key} or prob_${key})`, {
            file: origin?.file ?? file,
            line: origin?.line,
            field: label.name,
        });
    });
}
function argmax(columns, n) {
    const out = (0,codes/* allocateCodes */.q)(columns.length, n);
    for (let i = 0; i < n; i++) {
        let best = 0;
        for (let k = 1; k < columns.length; k++)
            if (columns[k][i] > columns[best][i])
                best = k;
        out[i] = best;
    }
    return out;
}

// EXTERNAL MODULE: ./src/metrics/compute.ts + 3 modules
var compute = __nccwpck_require__(3450);
// EXTERNAL MODULE: ./src/metrics/subset.ts
var subset = __nccwpck_require__(7691);
;// CONCATENATED MODULE: ./src/metrics/evaluate.ts



/** Computes every metric of the eval set and of each of its slices. */
function evaluate(set) {
    const overall = (0,compute/* computeMetrics */.p)(set.data);
    const metrics = new Map(overall.values);
    const notes = new Set([...set.notes, ...overall.notes]);
    const sliceResults = [];
    for (const slice of set.slices) {
        const rowsByValue = groupRows(slice.codes, slice.values.length);
        const order = slice.values.map((_, code) => code).sort((a, b) => compareCodePoints(slice.values[a], slice.values[b]));
        for (const code of order) {
            const suffix = `[${slice.name}=${slice.values[code]}]`;
            const result = (0,compute/* computeMetrics */.p)((0,subset/* subsetRows */._)(set.data, rowsByValue[code]));
            for (const [id, value] of result.values)
                metrics.set(`${id}${suffix}`, value);
            sliceResults.push({ suffix, result });
            for (const note of result.notes)
                notes.add(note);
        }
    }
    for (const note of describeUndefined(overall, sliceResults))
        notes.add(note);
    return {
        task: set.data.task,
        n: set.data.n,
        classes: set.data.task === 'regression' ? [] : set.data.classes,
        metrics,
        notes: [...notes],
        data: set.data,
        ids: set.ids,
        slices: set.slices,
    };
}
/**
 * One note per reason a metric is undefined, naming the ids it applies to; a metric undefined overall and in
 * every slice is named once, so a file without scores does not produce a note per slice.
 */
function describeUndefined(overall, slices) {
    const byReason = new Map();
    const add = (reason, id) => byReason.set(reason, [...(byReason.get(reason) ?? []), id]);
    for (const [id, reason] of overall.undefinedBecause) {
        const everywhere = slices.length > 0 && slices.every(({ result }) => result.undefinedBecause.get(id) === reason);
        add(reason, everywhere ? `${id} (in every slice too)` : id);
    }
    for (const { suffix, result } of slices) {
        for (const [id, reason] of result.undefinedBecause) {
            const coveredOverall = overall.undefinedBecause.get(id) === reason && slices.every((s) => s.result.undefinedBecause.get(id) === reason);
            if (!coveredOverall)
                add(reason, `${id}${suffix}`);
        }
    }
    return [...byReason].map(([reason, ids]) => {
        const shown = ids.slice(0, 6).join(', ');
        const more = ids.length > 6 ? ` and ${ids.length - 6} more` : '';
        return `${shown}${more} ${ids.length === 1 && !ids[0].endsWith('too)') ? 'is' : 'are'} undefined: ${reason}`;
    });
}
function groupRows(codes, groups) {
    const counts = new Uint32Array(groups);
    for (const code of codes)
        counts[code]++;
    const rows = Array.from(counts, (count) => new Uint32Array(count));
    const filled = new Uint32Array(groups);
    for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        rows[code][filled[code]++] = i;
    }
    return rows;
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
var external_fs_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_fs_namespaceObject, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
// EXTERNAL MODULE: external "module"
var external_module_ = __nccwpck_require__(3339);
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject_0
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_namespaceObject.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_namespaceObject.readdirSync,
		realpath: opts.fs.realpath || external_fs_namespaceObject.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_namespaceObject.realpathSync,
		stat: opts.fs.stat || external_fs_namespaceObject.stat,
		statSync: opts.fs.statSync || external_fs_namespaceObject.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: ./src/shell/read-files.ts







/** Files above this size are refused with a message instead of exhausting memory. */
const MAX_FILE_BYTES = 2 * 1024 ** 3;
/**
 * Expands newline- or comma-separated globs (SPEC §2) into files, in the order given, each pattern's matches
 * sorted so shards concatenate reproducibly. A pattern that matches nothing is an error, not a silent skip.
 */
async function expandPatterns(patterns, cwd) {
    const list = splitPatterns(patterns);
    const files = [];
    for (const pattern of list) {
        if (!isDynamicPattern(pattern)) {
            files.push(pattern);
            continue;
        }
        const matches = await glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false });
        if (matches.length === 0)
            throw new errors/* InputError */.dz(`no file matches "${pattern}"`);
        files.push(...matches.sort());
    }
    return [...new Set(files)];
}
function splitPatterns(patterns) {
    return patterns
        .split(/[\n,]/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
}
function decodeText(bytes, file) {
    const probe = bytes.subarray(0, 8192);
    if (probe.includes(0))
        throw new errors/* InputError */.dz('binary data (NUL bytes), not a text file', { file });
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* InputError */.dz('not UTF-8 text', { file });
    }
}
/** Decompressed chunks of a file's content as it is read; a broken gzip stream is bad input naming the file. */
async function* contentChunks(full, name, gzip) {
    const file = (0,external_node_fs_namespaceObject.createReadStream)(full, { highWaterMark: READ_CHUNK });
    if (!gzip) {
        try {
            for await (const chunk of file)
                yield chunk;
        }
        finally {
            file.destroy();
        }
        return;
    }
    const gunzip = (0,external_node_zlib_namespaceObject.createGunzip)({ chunkSize: INFLATE_CHUNK });
    (0,external_node_stream_namespaceObject.pipeline)(file, gunzip, () => { }); // errors reach the loop below through `gunzip`
    try {
        for await (const chunk of gunzip)
            yield chunk;
    }
    catch (error) {
        if (isZlibError(error))
            throw new errors/* InputError */.dz(`not a valid gzip file (${error.message})`, { file: name });
        throw error;
    }
    finally {
        file.destroy();
        gunzip.destroy();
    }
}
/** Chunks read from disk, and produced by the inflater: large enough that per-chunk work is noise. */
const READ_CHUNK = 1 << 20;
const INFLATE_CHUNK = 1 << 18;
/** How much of a file's start `decodeText` checks for NUL bytes. */
const PROBE_BYTES = 8192;
function isZlibError(error) {
    return error instanceof Error && typeof error.errno === 'number' && /^Z_/.test(String(error.code));
}
/**
 * Reads the start of a file's content, until `enough(head)` or the end: enough to tell what the file is
 * without reading all of it. A broken gzip start is the same error as reading the whole file would give.
 */
async function readFileStart(full, name, size, enough) {
    const handle = await (0,promises_.open)(full, 'r');
    let gzip;
    let expectedBytes = size;
    try {
        const magic = new Uint8Array(4);
        const { bytesRead } = await handle.read(magic, 0, 2, 0);
        gzip = bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
        if (gzip && size >= 18) {
            await handle.read(magic, 0, 4, size - 4);
            expectedBytes = new DataView(magic.buffer).getUint32(0, true);
        }
    }
    finally {
        await handle.close();
    }
    const parts = [];
    let length = 0;
    let head = new Uint8Array(0);
    let complete = true;
    for await (const chunk of contentChunks(full, name, gzip)) {
        parts.push(chunk);
        length += chunk.length;
        head = external_node_buffer_namespaceObject.Buffer.concat(parts, length);
        parts.splice(0, parts.length, head);
        if (enough(head)) {
            complete = false;
            break;
        }
    }
    return { gzip, head, complete, expectedBytes };
}
/**
 * A file's content as checked chunks, with `decodeText`'s checks and messages: NUL bytes near the start mean
 * binary data, and the content must be UTF-8. Like reading the whole file first, a gzip error anywhere wins
 * over these, so they are raised when the stream ends; no chunk is passed on after a failed check.
 */
function checkedContent(full, name, gzip) {
    return {
        async *[Symbol.asyncIterator]() {
            const utf8 = new Utf8Checker();
            let probed = 0;
            let binary = false;
            let valid = true;
            for await (const chunk of contentChunks(full, name, gzip)) {
                if (probed < PROBE_BYTES) {
                    binary ||= chunk.subarray(0, PROBE_BYTES - probed).includes(0);
                    probed += chunk.length;
                }
                if (binary || !valid)
                    continue;
                valid = utf8.check(chunk);
                if (valid)
                    yield chunk;
            }
            valid &&= utf8.finish();
            const problem = binary ? 'binary data (NUL bytes), not a text file' : valid ? undefined : 'not UTF-8 text';
            if (problem !== undefined)
                throw new errors/* InputError */.dz(problem, { file: name });
        },
    };
}
/** Validates UTF-8 across chunk boundaries: a character split between chunks is checked once it is whole. */
class Utf8Checker {
    pending = new Uint8Array(0);
    check(chunk) {
        let bytes = chunk;
        if (this.pending.length > 0) {
            bytes = external_node_buffer_namespaceObject.Buffer.concat([this.pending, chunk]);
            this.pending = new Uint8Array(0);
        }
        const cut = incompleteTail(bytes);
        if (cut < bytes.length)
            this.pending = bytes.slice(cut);
        return (0,external_node_buffer_namespaceObject.isUtf8)(bytes.subarray(0, cut));
    }
    /** False when the content ended inside a character. */
    finish() {
        return this.pending.length === 0;
    }
}
/** Where a character that the end of `bytes` cuts short begins (`bytes.length` when none is cut short). */
function incompleteTail(bytes) {
    const end = bytes.length;
    for (let i = end - 1; i >= 0 && i >= end - 4; i--) {
        const b = bytes[i];
        if ((b & 0xc0) === 0x80)
            continue; // a continuation byte: look further back for the lead
        const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        return i + length > end ? i : end;
    }
    return end;
}
/** Byte ranges of a file read on demand (Parquet reads its footer, then one column chunk at a time). */
class FileRanges {
    full;
    byteLength;
    handle;
    constructor(full, byteLength) {
        this.full = full;
        this.byteLength = byteLength;
    }
    async slice(start, end = this.byteLength) {
        this.handle ??= (0,promises_.open)(this.full, 'r');
        const handle = await this.handle;
        const out = new Uint8Array(Math.max(0, end - start));
        let done = 0;
        while (done < out.length) {
            const { bytesRead } = await handle.read(out, done, out.length - done, start + done);
            if (bytesRead === 0)
                break;
            done += bytesRead;
        }
        return done === out.length ? out.buffer : out.slice(0, done).buffer;
    }
    async close() {
        const handle = this.handle;
        this.handle = undefined;
        if (handle)
            await (await handle).close();
    }
}

// EXTERNAL MODULE: ./src/baseline/bundle-names.ts
var bundle_names = __nccwpck_require__(5106);
;// CONCATENATED MODULE: ./src/shell/load-run.ts
















/** Bounds on walking a log directory, so a wrong path (say, the repo root) fails fast instead of reading everything. */
const MAX_DIRECTORY_FILES = 10_000;
const load_run_MAX_DEPTH = 8;
/**
 * Loads a run from any mix of prediction files, metric files and log folders (TensorBoard log directories,
 * MLflow run folders), recognised by content as well as by name.
 *
 * CSV, TSV and JSON Lines predictions are streamed (SPEC §10): only their start is read while the files are sorted out, and
 * the rest is parsed as it is read. Errors keep the order of reading every file whole before parsing any: a
 * problem found while sorting out a later file is raised only after the earlier streams were read through
 * (their gzip and UTF-8 errors come first), and the streams defer parse errors the same way.
 */
async function loadRun(patterns, settings, cwd) {
    const paths = await expandPatterns(patterns, cwd);
    const inputs = { sources: [], readings: [], ranges: [] };
    try {
        try {
            for (const path of paths) {
                const bundle = await collectInput(path, paths, cwd, inputs);
                if (bundle)
                    return bundle;
            }
        }
        catch (error) {
            for (const source of inputs.sources) {
                if (source.kind === 'delimited' || source.kind === 'json-lines')
                    for await (const chunk of source.stream.chunks)
                        void chunk;
            }
            throw error;
        }
        const evaluation = inputs.sources.length > 0
            ? evaluate(resolveEvalSet(await readPredictionSources(inputs.sources, settings.columns), settings))
            : undefined;
        return combineRun(evaluation, inputs.readings, paths);
    }
    finally {
        await Promise.all(inputs.ranges.map((r) => r.close()));
    }
}
/** Sorts out one path; returns the run when the path is a baseline bundle, which stands alone. */
async function collectInput(path, paths, cwd, inputs) {
    const full = path.startsWith('/') ? path : (0,external_node_path_.join)(cwd, path);
    const info = await (0,promises_.stat)(full).catch(() => undefined);
    if (!info)
        throw new errors/* InputError */.dz('no such file', { file: path });
    if (info.isDirectory()) {
        if (await isBundleFolder(full))
            return single(paths, path, (await readBundleRun(full, path)));
        inputs.readings.push({ source: path, reading: await readLogDirectory(full, path) });
        return undefined;
    }
    checkSize(info.size, path);
    const start = await readFileStart(full, path, info.size, isEnoughToSortOut);
    const head = { name: path, bytes: start.head };
    if (!looksLikeTensorBoard(head)) {
        if ((0,parquet_file/* isParquet */.P8)(start.head, path)) {
            inputs.sources.push({ kind: 'parquet', file: await parquetFile(full, path, info.size, start, inputs) });
            return undefined;
        }
        const delimiter = streamedDelimiter(path, start.head);
        if (delimiter) {
            const chunks = checkedContent(full, path, start.gzip);
            inputs.sources.push({ kind: 'delimited', stream: { name: path, delimiter, chunks, expectedBytes: start.expectedBytes } });
            return undefined;
        }
        if (streamsJsonLines(path, start.head)) {
            const chunks = checkedContent(full, path, start.gzip);
            inputs.sources.push({ kind: 'json-lines', stream: { name: path, chunks, expectedBytes: start.expectedBytes } });
            return undefined;
        }
    }
    // Everything else is small or needs all of its text: read whole, as it always was.
    const file = start.complete ? head : await readBytes(full, path, info.size);
    if (looksLikeTensorBoard(file)) {
        inputs.readings.push({ source: path, reading: readTensorBoardEvents([{ file, prefix: '' }]) });
        return undefined;
    }
    const text = decodeText(file.bytes, path);
    if (BUNDLE_MARKER.test(text.slice(0, 200)))
        return single(paths, path, (await readBundleRun(full, path)));
    const format = detectMetricFormat(path, text);
    if (format === undefined)
        inputs.sources.push({ kind: 'text', file: { name: path, text } });
    else
        inputs.readings.push({ source: path, reading: readMetricText(format, path, text) });
    return undefined;
}
/** Bytes of a file's start read to sort it out: enough for any signature, and its whole first line. */
const HEAD_BYTES = 1 << 16;
function isEnoughToSortOut(head) {
    if (head.length < HEAD_BYTES)
        return false;
    const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '').trimStart();
    return /[\r\n]/.test(text);
}
/**
 * The delimiter of a CSV or TSV predictions file, judged from its start exactly as the whole-file path judges
 * the whole text (a bundle marker in the first 200 characters, a Keras log's header on the first line); else
 * undefined, and the file is read whole.
 */
function streamedDelimiter(path, head) {
    const format = formatByName(path);
    if (format !== 'csv' && format !== 'tsv')
        return undefined;
    const text = new TextDecoder().decode(head);
    if (BUNDLE_MARKER.test(text.slice(0, 200)) || detectMetricFormat(path, text) !== undefined)
        return undefined;
    return format === 'csv' ? ',' : '\t';
}
/** JSON Lines predictions (by name) are streamed too, unless they start like a baseline bundle. */
function streamsJsonLines(path, head) {
    return formatByName(path) === 'jsonl' && !BUNDLE_MARKER.test(new TextDecoder().decode(head).slice(0, 200));
}
/** A Parquet file is read by ranges from disk; a gzipped one (rare) is inflated into memory first. */
async function parquetFile(full, path, size, start, inputs) {
    if (start.gzip) {
        const bytes = start.complete ? start.head : (await readBytes(full, path, size)).bytes;
        // A plain view, not a Node Buffer: `Buffer#slice` shares memory, and the reader slices ranges to copy them.
        return { name: path, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
    }
    const ranges = new FileRanges(full, size);
    inputs.ranges.push(ranges);
    return { name: path, bytes: ranges };
}
/** A baseline bundle's document starts with its schema field. */
const BUNDLE_MARKER = /^\s*\{\s*"schema"\s*:\s*"model-gate\/baseline@/;
async function isBundleFolder(folder) {
    return (0,promises_.stat)((0,external_node_path_.join)(folder, bundle_names/* BUNDLE_FILE */.Ij)).then((info) => info.isFile(), () => false);
}
/** Bundles are read only by `compare`, so their schema code is loaded only then. */
async function readBundleRun(full, path) {
    const { readBundle } = await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(74)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7074));
    return (await readBundle(full, path)).run;
}
/** A bundle is a whole run on its own; mixing it with other files would blur what the baseline is. */
function single(paths, path, run) {
    if (paths.length > 1)
        throw new errors/* InputError */.dz('a baseline bundle stands alone; do not mix it with other files', { file: path });
    return run;
}
function readMetricText(format, path, text) {
    switch (format) {
        case 'json':
            return readJsonMetrics(path, text);
        case 'yaml':
            return readYamlMetrics(path, text);
        case 'keras-csv':
            return readKerasCsvLog(path, text);
        case 'mlflow':
            return readMlflowMetric(path, text, (0,external_node_path_.basename)(path));
    }
}
function checkSize(size, name) {
    if (size > MAX_FILE_BYTES)
        throw new errors/* InputError */.dz(`${(size / 1024 ** 3).toFixed(1)} GiB, above the 2 GiB limit for one file`, { file: name });
}
async function readBytes(full, name, size) {
    checkSize(size, name);
    let bytes = await (0,promises_.readFile)(full);
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
        try {
            bytes = (0,external_node_zlib_namespaceObject.gunzipSync)(bytes);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`not a valid gzip file (${error.message})`, { file: name });
        }
    }
    return { name, bytes };
}
/**
 * A TensorBoard log directory (event files anywhere below it; sub-folders prefix the tags) or an MLflow run
 * folder (`metrics/<name>` files; nested names keep their folders).
 */
async function readLogDirectory(full, name) {
    const files = await listFiles(full, name);
    const events = files.filter((f) => (0,external_node_path_.basename)(f).startsWith('events.out.tfevents.'));
    if (events.length > 0) {
        const inputs = [];
        for (const file of events.sort()) {
            const prefix = (0,external_node_path_.dirname)((0,external_node_path_.relative)(full, file)).split('\\').join('/');
            inputs.push({ file: await readBytes(file, (0,external_node_path_.join)(name, (0,external_node_path_.relative)(full, file)), (await (0,promises_.stat)(file)).size), prefix: prefix === '.' ? '' : prefix });
        }
        return readTensorBoardEvents(inputs);
    }
    const metricsRoot = (0,external_node_path_.basename)(full) === 'metrics' ? full : (0,external_node_path_.join)(full, 'metrics');
    const mlflow = files.filter((f) => f.startsWith(`${metricsRoot}/`));
    if (mlflow.length > 0) {
        const metrics = new Map();
        const notes = [];
        for (const file of mlflow.sort()) {
            const metricName = (0,external_node_path_.relative)(metricsRoot, file).split('\\').join('/');
            const shown = (0,external_node_path_.join)(name, (0,external_node_path_.relative)(full, file));
            const reading = readMlflowMetric(shown, decodeText(await (0,promises_.readFile)(file), shown), metricName);
            for (const [id, value] of reading.metrics)
                metrics.set(id, value);
            notes.push(...reading.notes);
        }
        return { metrics, stderr: new Map(), notes };
    }
    throw new errors/* InputError */.dz('a folder without TensorBoard event files or MLflow metrics; name the files to read', { file: name });
}
async function listFiles(root, name) {
    const out = [];
    const walk = async (folder, depth) => {
        if (depth > load_run_MAX_DEPTH)
            return;
        for (const entry of await (0,promises_.readdir)(folder, { withFileTypes: true })) {
            const path = (0,external_node_path_.join)(folder, entry.name);
            if (entry.isDirectory())
                await walk(path, depth + 1);
            else if (entry.isFile())
                out.push(path);
            if (out.length > MAX_DIRECTORY_FILES) {
                throw new errors/* InputError */.dz(`more than ${MAX_DIRECTORY_FILES} files below this folder; name the log folder itself`, { file: name });
            }
        }
    };
    await walk(root, 0);
    return out;
}

// EXTERNAL MODULE: ./src/gate/outcome.ts
var outcome = __nccwpck_require__(5163);
;// CONCATENATED MODULE: ./src/config/inputs.ts
/** The action's inputs and outputs (SPEC §2), in one place; a test keeps this list and action.yml in step. */
const INPUT_NAMES = [
    'predictions',
    'metrics',
    'task',
    'columns',
    'positive-label',
    'decision-threshold',
    'rules',
    'config',
    'mode',
    'baseline',
    'baseline-artifact',
    'baseline-workflow',
    'baseline-branch',
    'significance',
    'comment',
    'comment-tag',
    'fail-on',
    'if-no-baseline',
    'accept-label',
    'retention-days',
    'history',
    'current-artifact',
    'current-run-id',
    'github-token',
    'report-artifact',
];
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'status',
    'passed',
    'metrics',
    'regressions',
    'report',
    'comment-url',
    'baseline-sha',
]));

;// CONCATENATED MODULE: ./src/config/parse-rules.ts


const RULE_KEYS = ['min', 'max', 'max-regression', 'direction', 'severity', 'required'];
/**
 * Parses rules from YAML text (the `rules` input, `--rules`) or an already-parsed value (a config file's
 * `rules:` map). Every problem names the rule and the key: `rules."f1".max-regression: "2 percent" is not …`.
 */
function parseRules(source, origin = 'rules') {
    let value = source;
    if (typeof source === 'string') {
        if (source.trim() === '')
            return [];
        try {
            value = (0,dist/* parse */.qg)(source);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(`${origin}: not valid YAML (${error.message.split('\n', 1)[0]})`);
        }
    }
    if (value === null || value === undefined)
        return [];
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigError */.xL(`${origin}: expected a map of metric ids to rules, such as "accuracy: { min: 0.9 }"`);
    }
    return Object.entries(value).map(([key, body]) => parseRule(key, body, `${origin}.${quoteKey(key)}`));
}
function parseRule(key, body, where) {
    if (key.trim() === '')
        throw new errors/* ConfigError */.xL(`${where}: a rule needs a metric id or glob`);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        throw new errors/* ConfigError */.xL(`${where}: expected a map such as { min: 0.9, max-regression: 1% }`);
    }
    const fields = body;
    for (const name of Object.keys(fields)) {
        if (!RULE_KEYS.includes(name)) {
            throw new errors/* ConfigError */.xL(`${where}: unknown key "${name}"; expected ${RULE_KEYS.join(', ')}`);
        }
    }
    const rule = {
        key,
        min: optionalNumber(fields.min, `${where}.min`),
        max: optionalNumber(fields.max, `${where}.max`),
        maxRegression: fields['max-regression'] === undefined ? undefined : parseRegression(fields['max-regression'], `${where}.max-regression`),
        direction: optionalChoice(fields.direction, ['higher', 'lower'], `${where}.direction`),
        severity: optionalChoice(fields.severity, ['error', 'warning'], `${where}.severity`) ?? 'error',
        required: optionalBoolean(fields.required, `${where}.required`) ?? false,
    };
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
        throw new errors/* ConfigError */.xL(`${where}: min ${rule.min} is above max ${rule.max}, so nothing could pass`);
    }
    if (rule.min === undefined && rule.max === undefined && rule.maxRegression === undefined && !rule.required) {
        throw new errors/* ConfigError */.xL(`${where}: the rule checks nothing; give min, max, max-regression or required: true`);
    }
    return rule;
}
/** `0.01` is absolute, `2%` relative; negative allowances make no sense and are refused. */
function parseRegression(value, where) {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0)
        return { kind: 'absolute', value };
    if (typeof value === 'string') {
        const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*%\s*$/.exec(value);
        if (match)
            return { kind: 'relative', percent: Number(match[1]) };
        const number = Number(value);
        if (value.trim() !== '' && Number.isFinite(number) && number >= 0)
            return { kind: 'absolute', value: number };
    }
    throw new errors/* ConfigError */.xL(`${where}: ${JSON.stringify(value)} is not an allowed regression; use a number ≥ 0 (0.01) or a percentage (2%)`);
}
function optionalNumber(value, where) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    throw new errors/* ConfigError */.xL(`${where}: expected a number, found ${JSON.stringify(value)}`);
}
function optionalBoolean(value, where) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'boolean')
        return value;
    throw new errors/* ConfigError */.xL(`${where}: expected true or false, found ${JSON.stringify(value)}`);
}
function optionalChoice(value, choices, where) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'string' && choices.includes(value))
        return value;
    throw new errors/* ConfigError */.xL(`${where}: expected ${choices.join(' or ')}, found ${JSON.stringify(value)}`);
}
function quoteKey(key) {
    return /^[\w-]+$/.test(key) ? key : JSON.stringify(key);
}

;// CONCATENATED MODULE: ./src/config/settings.ts





const TASKS = ['auto', 'binary', 'multiclass', 'regression'];
const MODES = ['auto', 'compare', 'record', 'evaluate'];
const COMMENT_MODES = ['always', 'on-change', 'on-failure', 'never'];
/** Keys a config file may hold: every input, plus settings that have no input of their own. */
const CONFIG_ONLY_KEYS = ['min-slice-size', 'accept-absolute-rules'];
function parseConfigFile(text, file) {
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`${file}: not valid YAML (${error.message.split('\n', 1)[0]})`);
    }
    if (value === null || value === undefined)
        return new Map();
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigError */.xL(`${file}: expected a map of settings`);
    const known = [...INPUT_NAMES, ...CONFIG_ONLY_KEYS];
    for (const key of Object.keys(value)) {
        if (!known.includes(key)) {
            const close = known.find((k) => editDistance(k, key) <= 2);
            throw new errors/* ConfigError */.xL(`${file}: unknown setting "${key}"${close ? ` (did you mean "${close}"?)` : ''}`);
        }
    }
    return new Map(Object.entries(value));
}
/**
 * Parses every setting once, before any file is read: inputs win over the config file, the config file over
 * defaults; `rules` merge key by key (an input rule replaces the config's rule for the same key).
 */
function parseSettings(read, config = new Map(), configName = 'config file') {
    const text = (name) => {
        const input = read(name)?.trim();
        if (input !== undefined && input !== '')
            return input;
        const value = config.get(name);
        if (typeof value === 'string')
            return value.trim();
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        return undefined;
    };
    const choice = (name, choices, fallback) => {
        const raw = text(name);
        if (raw === undefined)
            return fallback;
        if (choices.includes(raw))
            return raw;
        throw new errors/* ConfigError */.xL(`${name}: "${raw}" is not one of ${choices.join(', ')}`);
    };
    const configRules = config.get('rules');
    const rules = mergeRules(configRules === undefined ? [] : parseRules(configRules, `${configName}: rules`), parseRules(read('rules') ?? '', 'rules'));
    const columnsInput = read('columns');
    const columns = columnsInput !== undefined && columnsInput.trim() !== ''
        ? parseColumns(columnsInput)
        : config.has('columns')
            ? parseColumnsValue(config.get('columns'), `${configName}: columns`)
            : {};
    const threshold = text('decision-threshold');
    const significance = text('significance') ?? 'auto';
    return Object.freeze({
        evaluate: Object.freeze({
            task: choice('task', TASKS, 'auto'),
            positiveLabel: text('positive-label'),
            decisionThreshold: threshold === undefined ? undefined : parseNumberInput('decision-threshold', threshold),
            columns,
        }),
        predictions: text('predictions'),
        metrics: text('metrics'),
        rules,
        minSliceSize: parseCount('min-slice-size', config.get('min-slice-size'), 30),
        significance: significance === 'auto' || significance === 'off' ? significance : parseAlpha(significance),
        failOn: choice('fail-on', outcome/* FAIL_ON */.d$, 'error'),
        ifNoBaseline: choice('if-no-baseline', outcome/* IF_NO_BASELINE */.G9, 'warn'),
        mode: choice('mode', MODES, 'auto'),
        baseline: text('baseline') ?? 'artifact',
        baselineArtifact: text('baseline-artifact') ?? 'model-gate-baseline',
        baselineWorkflow: text('baseline-workflow'),
        baselineBranch: text('baseline-branch'),
        comment: choice('comment', COMMENT_MODES, 'always'),
        commentTag: parseTag(text('comment-tag') ?? 'default'),
        acceptLabel: text('accept-label') ?? 'model-gate: accept-regression',
        acceptAbsoluteRules: parseBoolean('accept-absolute-rules', config.get('accept-absolute-rules')),
        retentionDays: optionalCount('retention-days', text('retention-days')),
        history: parseCount('history', text('history'), 30),
        currentArtifact: text('current-artifact'),
        currentRunId: optionalCount('current-run-id', text('current-run-id')),
        reportArtifact: text('report-artifact'),
    });
}
function mergeRules(fromConfig, fromInput) {
    const byKey = new Map(fromConfig.map((rule) => [rule.key, rule]));
    for (const rule of fromInput)
        byKey.set(rule.key, rule);
    return [...byKey.values()];
}
const COLUMN_KEYS = ['label', 'prediction', 'score', 'id', 'weight', 'slices'];
function parseColumns(text) {
    if (text === undefined || text.trim() === '')
        return {};
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* ConfigError */.xL(`columns: not valid YAML (${error.message.split('\n', 1)[0]})`);
    }
    return parseColumnsValue(value, 'columns');
}
/**
 * `columns` as a map of role → column name (`slices`: a name or a list of names). Hand-written rather than a
 * schema library: this is the only schema every CLI run needs, and loading one cost more start-up time than
 * evaluating a 100,000-row file (test/config/columns-schema.test.ts checks it against the zod schema it replaced).
 */
function parseColumnsValue(value, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* ConfigError */.xL(`${where}: expected a map such as {label: y, prediction: y_hat}`);
    }
    const entries = Object.entries(value);
    const unknown = entries.map(([key]) => key).filter((key) => !COLUMN_KEYS.includes(key));
    if (unknown.length > 0) {
        throw new errors/* ConfigError */.xL(`${where}: unknown key ${unknown.map((k) => `"${k}"`).join(', ')}; expected label, prediction, score, id, weight, slices`);
    }
    const isName = (v) => typeof v === 'string' && v.length > 0;
    const out = {};
    for (const [key, v] of entries) {
        if (v === undefined)
            continue;
        if (key === 'slices') {
            if (isName(v))
                out.slices = [v];
            else if (Array.isArray(v) && v.every(isName))
                out.slices = [...v];
            else
                throw new errors/* ConfigError */.xL(`${where}.slices: expected a column name or a list of them`);
        }
        else if (isName(v)) {
            out[key] = v;
        }
        else {
            throw new errors/* ConfigError */.xL(`${where}.${key}: expected a column name`);
        }
    }
    return out;
}
function parseNumberInput(name, raw) {
    const value = Number(raw.trim());
    if (raw.trim() === '' || !Number.isFinite(value))
        throw new errors/* ConfigError */.xL(`${name}: "${raw}" is not a number`);
    return value;
}
function parseAlpha(raw) {
    const alpha = Number(raw);
    if (!Number.isFinite(alpha) || alpha <= 0 || alpha >= 0.5) {
        throw new errors/* ConfigError */.xL(`significance: "${raw}" is not auto, off, or an alpha between 0 and 0.5 such as 0.05`);
    }
    return alpha;
}
function parseCount(name, raw, fallback) {
    if (raw === undefined || raw === null || raw === '')
        return fallback;
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
    if (!Number.isInteger(value) || value < 0)
        throw new errors/* ConfigError */.xL(`${name}: ${JSON.stringify(raw)} is not a whole number ≥ 0`);
    return value;
}
function optionalCount(name, raw) {
    return raw === undefined ? undefined : parseCount(name, raw, 0);
}
/** Strict: YAML booleans only, never the string "false" read as true. */
function parseBoolean(name, raw) {
    if (raw === undefined || raw === null)
        return false;
    if (typeof raw === 'boolean')
        return raw;
    throw new errors/* ConfigError */.xL(`${name}: expected true or false, found ${JSON.stringify(raw)}`);
}
function parseTag(tag) {
    if (!/^[\w.-]{1,64}$/.test(tag))
        throw new errors/* ConfigError */.xL(`comment-tag: "${tag}" may hold only letters, digits, '.', '_' and '-'`);
    return tag;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/shell/load-settings.ts




const DEFAULT_CONFIG = '.github/model-gate.yml';
/**
 * Reads the config file (the `config` input, else .github/model-gate.yml when it exists) and parses every
 * setting once. A config file that was named but cannot be read is an error; the default one is optional.
 */
async function loadSettings(read, cwd) {
    const named = read('config')?.trim();
    const path = named || DEFAULT_CONFIG;
    let text;
    try {
        text = await (0,promises_.readFile)(path.startsWith('/') ? path : (0,external_node_path_.join)(cwd, path), 'utf8');
    }
    catch {
        if (named)
            throw new errors/* ConfigError */.xL(`config: cannot read "${named}"`);
    }
    const config = text === undefined ? undefined : parseConfigFile(text, path);
    return parseSettings(read, config, path);
}

;// CONCATENATED MODULE: ./src/cli.ts







const USAGE = `Usage:
  model-gate evaluate FILES… [options] [--format text|markdown|json]
  model-gate compare --baseline PATH… --current PATH… [--rules YAML | --config FILE] [options]
                     [--format text|markdown|json] [--html FILE]
  model-gate record FILES… --out DIR [--previous DIR] [--sha SHA] [--rules YAML | --config FILE] [options]

FILES and PATHs are prediction files (CSV, TSV, JSONL, JSON; .gz too), metric files (JSON, YAML, Hugging Face,
lm-evaluation-harness, scikit-learn reports, DVC, Keras logs, MLflow metric files, TensorBoard event files) or
log folders, in any mix; globs work. Repeat --baseline/--current for several paths.
Options: --task auto|binary|multiclass|regression  --columns YAML  --positive-label L  --decision-threshold T
         --fail-on error|warning|never  --if-no-baseline pass|warn|fail  --significance auto|off|ALPHA  --debug
Exit codes: 0 success (compare: passed, possibly with warnings), 1 compare: rules failed,
            2 bad usage or bad input (one line on stderr), 3 internal error.`;
const FORMATS = ['text', 'markdown', 'json'];
/** Flags shared by the commands; each maps to the action input of the same name. */
const SETTING_FLAGS = {
    task: { type: 'string' },
    columns: { type: 'string' },
    'positive-label': { type: 'string' },
    'decision-threshold': { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
    debug: { type: 'boolean' },
};
/** Runs the CLI and returns its exit code. */
async function runCli(argv, io) {
    const debug = argv.includes('--debug');
    try {
        return await dispatch(argv, io);
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error)) {
            io.error(`model-gate: ${error.message}\n`);
            if (debug && error.stack)
                io.error(`${error.stack}\n`);
            return 2;
        }
        io.error(`model-gate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        return 3;
    }
}
async function dispatch(argv, io) {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
        io.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
    }
    if (command === 'evaluate')
        return runEvaluate(rest, io);
    if (command === 'compare')
        return runCompare(rest, io);
    if (command === 'record')
        return runRecord(rest, io);
    throw new errors/* UsageError */.eb(`unknown command "${command}"; run model-gate --help`);
}
async function runEvaluate(args, io) {
    const { values, positionals } = parseFlags(args, SETTING_FLAGS);
    if (positionals.length === 0)
        throw new errors/* UsageError */.eb('evaluate needs at least one file');
    const format = parseFormat(values.format);
    const settings = await loadSettings(flagReader(values), io.cwd);
    const run = await loadRun(positionals.join('\n'), settings.evaluate, io.cwd);
    if (format === 'json')
        io.write(`${JSON.stringify(toEvaluationJson(run), null, 2)}\n`);
    else if (format === 'markdown')
        io.write(renderEvaluationMarkdown(run));
    else
        io.write(renderEvaluationText(run));
    return 0;
}
async function runCompare(args, io) {
    const { values, positionals } = parseFlags(args, {
        ...SETTING_FLAGS,
        baseline: { type: 'string', multiple: true },
        current: { type: 'string', multiple: true },
        rules: { type: 'string' },
        'fail-on': { type: 'string' },
        'if-no-baseline': { type: 'string' },
        significance: { type: 'string' },
        html: { type: 'string' },
    });
    const current = [...(values.current ?? []), ...positionals];
    if (current.length === 0)
        throw new errors/* UsageError */.eb('compare needs --current PATH (the run under review)');
    if (!values.baseline || values.baseline.length === 0) {
        throw new errors/* UsageError */.eb('compare needs --baseline PATH (a baseline bundle, metrics or predictions), or --baseline none');
    }
    const format = parseFormat(values.format);
    const settings = await loadSettings(flagReader(values), io.cwd);
    const currentRun = await loadRun(current.join('\n'), settings.evaluate, io.cwd);
    const noBaseline = values.baseline.length === 1 && values.baseline[0] === 'none';
    const baselineRun = noBaseline ? undefined : await loadRun(values.baseline.join('\n'), settings.evaluate, io.cwd);
    const { compareRuns, renderHtmlReport, toHtmlReportInput, toJsonReport, renderMarkdown, renderText } = await __nccwpck_require__.e(/* import() */ 387).then(__nccwpck_require__.bind(__nccwpck_require__, 4387));
    const report = compareRuns(currentRun, baselineRun, { ...settings, expectBaseline: !noBaseline });
    if (values.html)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, values.html), renderHtmlReport(toHtmlReportInput(report)));
    if (format === 'json')
        io.write(`${JSON.stringify(toJsonReport(report), null, 2)}\n`);
    else if (format === 'markdown')
        io.write(renderMarkdown(report));
    else
        io.write(renderText(report));
    return report.passed ? 0 : 1;
}
async function runRecord(args, io) {
    const { values, positionals } = parseFlags(args, {
        ...SETTING_FLAGS,
        out: { type: 'string' },
        previous: { type: 'string' },
        rules: { type: 'string' },
        sha: { type: 'string' },
    });
    if (positionals.length === 0)
        throw new errors/* UsageError */.eb('record needs at least one file');
    if (!values.out)
        throw new errors/* UsageError */.eb('record needs --out DIR, the folder to write the baseline bundle into');
    const settings = await loadSettings(flagReader(values), io.cwd);
    const run = await loadRun(positionals.join('\n'), settings.evaluate, io.cwd);
    const { buildBundle, readBundle, writeBundle } = await Promise.all(/* import() */[__nccwpck_require__.e(351), __nccwpck_require__.e(605)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7605));
    const previous = values.previous ? (await readBundle((0,external_node_path_.resolve)(io.cwd, values.previous), values.previous)).bundle : undefined;
    const { bundle, examples } = buildBundle({
        run,
        settings,
        previous,
        provenance: {
            sha: values.sha ?? 'local',
            ref: null,
            runId: null,
            runNumber: null,
            runAttempt: null,
            workflow: null,
            repository: null,
            date: new Date().toISOString(),
        },
    });
    const files = await writeBundle((0,external_node_path_.resolve)(io.cwd, values.out), bundle, examples);
    io.write(`model-gate: recorded ${Object.keys(bundle.metrics).length} metrics into ${values.out} (${files.map((f) => (0,external_node_path_.basename)(f)).join(', ')})\n`);
    for (const note of bundle.notes)
        io.write(`  - ${note}\n`);
    return 0;
}
function parseFormat(value) {
    const format = value ?? 'text';
    if (FORMATS.includes(format))
        return format;
    throw new errors/* UsageError */.eb(`--format: "${format}" is not one of ${FORMATS.join(', ')}`);
}
/** Flags read like action inputs, so both entry points share one settings parser. */
function flagReader(values) {
    return (name) => {
        const value = values[name];
        return typeof value === 'string' ? value : undefined;
    };
}
function parseFlags(args, options) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new errors/* UsageError */.eb(error.message.split('\n', 1)[0]);
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * One error policy: every failure a user can cause is one of these typed errors, with a message that names
 * the file, line and field and says what to do. The entry points print `message` as one line and exit 2
 * (CLI) or fail the step (action); anything else is a bug and keeps its stack trace.
 */
/** Bad input data: a file that cannot be read as what it claims to be. */
class InputError extends Error {
    name = 'InputError';
    location;
    constructor(problem, location) {
        super(location ? `${formatLocation(location)}: ${problem}` : problem);
        this.location = location;
    }
}
/** A setting, input or flag with a value that cannot be used. */
class ConfigError extends Error {
    name = 'ConfigError';
}
/** The command line was used the wrong way. */
class UsageError extends Error {
    name = 'UsageError';
}
/** True for the errors a user caused and can fix; these are reported without a stack trace. */
function isUserError(error) {
    return error instanceof InputError || error instanceof ConfigError || error instanceof UsageError;
}
function formatLocation({ file, line, field, unit }) {
    let text = file;
    if (line !== undefined)
        text += unit === 'record' ? ` record ${line}` : `:${line}`;
    if (field !== undefined)
        text += ` (column "${field}")`;
    return text;
}


/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ directionOf),
/* harmony export */   V: () => (/* binding */ baseMetricId)
/* harmony export */ });
/** Built-in metrics where lower is better; every other built-in is higher-is-better (SPEC §5.1). */
const LOWER_IS_BETTER = new Set(['log_loss', 'brier_score', 'mae', 'mse', 'rmse', 'mape', 'median_ae', 'max_error']);
const HIGHER_IS_BETTER = new Set([
    'n', 'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'specificity', 'mcc', 'cohen_kappa', 'roc_auc',
    'average_precision', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro',
    'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc_ovr', 'top2_accuracy', 'r2', 'explained_variance',
]);
/** Words that mark an unknown metric as lower-is-better. */
const LOWER_HINTS = ['loss', 'error', 'mae', 'mse', 'rmse', 'latency', 'time', 'perplexity'];
/** Strips a slice suffix: `accuracy[region=eu]` → `accuracy`. */
function baseMetricId(id) {
    const bracket = id.indexOf('[');
    return bracket > 0 && id.endsWith(']') ? id.slice(0, bracket) : id;
}
/** Whether higher or lower values of a metric are better; an explicit rule direction wins. */
function directionOf(id, explicit) {
    if (explicit)
        return explicit;
    const base = baseMetricId(id);
    if (LOWER_IS_BETTER.has(base))
        return 'lower';
    if (HIGHER_IS_BETTER.has(base))
        return 'higher';
    const lowered = base.toLowerCase();
    return LOWER_HINTS.some((hint) => lowered.includes(hint)) ? 'lower' : 'higher';
}


/***/ }),

/***/ 5163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ IF_NO_BASELINE),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   dl: () => (/* binding */ decideOutcome)
/* harmony export */ });
const FAIL_ON = ['error', 'warning', 'never'];
const IF_NO_BASELINE = ['pass', 'warn', 'fail'];
/** Whether the step passes, from the gate's status and the `fail-on` / `if-no-baseline` policies (SPEC §2). */
function decideOutcome(status, failOn, ifNoBaseline, failed) {
    const listed = failed.slice(0, 5).join(', ') + (failed.length > 5 ? `, and ${failed.length - 5} more` : '');
    switch (status) {
        case 'fail':
            return failOn === 'never'
                ? { passed: true, summary: `rules failed (${listed}), but fail-on is never` }
                : { passed: false, summary: `${failed.length} rule${failed.length === 1 ? '' : 's'} failed: ${listed}` };
        case 'warn':
            return failOn === 'warning'
                ? { passed: false, summary: `warnings with fail-on: warning: ${listed}` }
                : { passed: true, summary: `passed with warnings: ${listed}` };
        case 'no-baseline':
            return ifNoBaseline === 'fail'
                ? { passed: false, summary: 'no baseline to compare against, and if-no-baseline is fail' }
                : { passed: true, summary: 'no baseline to compare against; absolute rules passed' };
        case 'pass':
            return { passed: true, summary: 'every rule passed' };
    }
}


/***/ }),

/***/ 7344:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ describeRule),
/* harmony export */   Z_: () => (/* binding */ describeRegression),
/* harmony export */   rX: () => (/* binding */ DEFAULT_RULE_KEY)
/* harmony export */ });
/** The key that applies to every metric without a rule of its own. */
const DEFAULT_RULE_KEY = 'default';
/** Renders a rule back in the syntax users write, for the report. */
function describeRule(rule) {
    const parts = [];
    if (rule.min !== undefined)
        parts.push(`min ${rule.min}`);
    if (rule.max !== undefined)
        parts.push(`max ${rule.max}`);
    if (rule.maxRegression)
        parts.push(`max-regression ${describeRegression(rule.maxRegression)}`);
    if (rule.required)
        parts.push('required');
    if (rule.severity === 'warning')
        parts.push('warning');
    return parts.join(', ');
}
function describeRegression(regression) {
    return regression.kind === 'absolute' ? String(regression.value) : `${regression.percent}%`;
}


/***/ }),

/***/ 2454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ ByteInterner),
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/**
 * Byte-level helpers for columns read straight from file bytes: text is decoded only when a value is new, so a
 * label column of ten million rows costs a table lookup per row instead of a string per row.
 */
/** Cells kept as text (`"\uFEFF"` included: only a file's leading byte-order mark is dropped, by the reader). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
/** Short ASCII cells (ids, labels) are built directly; the decoder call costs more than the loop for them. */
const SHORT = 32;
/** The UTF-8 text of `bytes[start, end)`; the bytes were validated as UTF-8 when they were read. */
function decodeUtf8(bytes, start, end) {
    if (end - start <= SHORT) {
        let text = '';
        let i = start;
        for (; i < end; i++) {
            const c = bytes[i];
            if (c >= 0x80)
                break;
            text += String.fromCharCode(c);
        }
        if (i === end)
            return text;
    }
    return decoder.decode(bytes.subarray(start, end));
}
const EMPTY_SLOT = 256;
/**
 * Maps the byte spelling of a value to the code its text was interned under. Valid UTF-8 decodes one-to-one,
 * so equal bytes mean equal text and the map only caches what the text map decides. Empty and single-byte
 * cells (`0`, `1`, `y`) use a 257-entry table; longer ones a hash of their bytes, checked against a copy kept
 * in one shared byte pool (an object per value would cost more than the strings it saves).
 */
class ByteInterner {
    short = new Int32Array(257).fill(-1);
    byHash = new Map();
    pool = new Uint8Array(1024);
    used = 0;
    /** Where the bytes of each code start in the pool, and how many there are; -1 for codes not kept. */
    keyStarts = new Int32Array(64).fill(-1);
    keyLengths = new Int32Array(64);
    /** The code of these bytes, or -1 when they have not been seen (or collide with other bytes' hash). */
    lookup(bytes, start, end) {
        const length = end - start;
        if (length <= 1)
            return this.short[length === 0 ? EMPTY_SLOT : bytes[start]];
        const code = this.byHash.get(hashBytes(bytes, start, end));
        if (code === undefined || this.keyLengths[code] !== length)
            return -1;
        const pool = this.pool;
        const at = this.keyStarts[code];
        for (let i = 0; i < length; i++)
            if (pool[at + i] !== bytes[start + i])
                return -1;
        return code;
    }
    /** Remembers the code of these bytes; on a hash collision the later value keeps taking the text path. */
    remember(bytes, start, end, code) {
        const length = end - start;
        if (length <= 1) {
            this.short[length === 0 ? EMPTY_SLOT : bytes[start]] = code;
            return;
        }
        const hash = hashBytes(bytes, start, end);
        if (this.byHash.has(hash))
            return;
        this.byHash.set(hash, code);
        if (code >= this.keyStarts.length) {
            const size = Math.max(2 * this.keyStarts.length, code + 1);
            const starts = new Int32Array(size).fill(-1);
            starts.set(this.keyStarts);
            const lengths = new Int32Array(size);
            lengths.set(this.keyLengths);
            this.keyStarts = starts;
            this.keyLengths = lengths;
        }
        if (this.used + length > this.pool.length) {
            const pool = new Uint8Array(Math.max(2 * this.pool.length, this.used + length));
            pool.set(this.pool.subarray(0, this.used));
            this.pool = pool;
        }
        for (let i = 0; i < length; i++)
            this.pool[this.used + i] = bytes[start + i];
        this.keyStarts[code] = this.used;
        this.keyLengths[code] = length;
        this.used += length;
    }
}
/** FNV-1a, masked to 30 bits so that the map keys stay small integers. */
function hashBytes(bytes, start, end) {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++)
        hash = Math.imul(hash ^ bytes[i], 0x01000193);
    return hash & 0x3fffffff;
}


/***/ }),

/***/ 9567:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ COLUMN_CANDIDATES),
/* harmony export */   j: () => (/* binding */ planColumns)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

/** Names tried in order, case-insensitively; the first present wins (SPEC §3.1). */
const COLUMN_CANDIDATES = {
    label: ['y_true', 'label', 'target', 'labels', 'actual', 'true_label', 'gold_label', 'gold', 'ground_truth'],
    prediction: ['y_pred', 'prediction', 'predictions', 'pred', 'predicted', 'predicted_label', 'pred_label'],
    score: ['y_score', 'score', 'probability', 'prob', 'proba'],
    id: ['id', 'example_id', 'uid'],
    // Weights change every metric, so a weight column is used only when `columns.weight` names it; these names
    // only produce a hint.
    weight: ['sample_weight', 'weight'],
};
/** Names that promise a probability: such a column outside [0, 1] is bad input, not a decision score. */
const PROBABILITY_NAMES = new Set(['probability', 'prob', 'proba']);
const CLASS_SCORE_PREFIXES = ['y_score_', 'prob_'];
/**
 * Maps a header to roles. Empty header cells (a pandas index written by `to_csv`) are ignored. A name that
 * appears twice (case-insensitively) for a role is ambiguous and rejected rather than guessed.
 */
function planColumns(header, overrides, file) {
    const lowered = header.map((name) => name.trim().toLowerCase());
    const describe = () => header.filter((h) => h.trim() !== '').map((h) => JSON.stringify(h)).join(', ');
    const findExact = (wanted, role) => {
        let matches = header.flatMap((name, index) => (name === wanted ? [index] : []));
        if (matches.length === 0) {
            const lower = wanted.trim().toLowerCase();
            matches = lowered.flatMap((name, index) => (name === lower ? [index] : []));
        }
        if (matches.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no column "${wanted}" (set as columns.${role}); the header has ${describe()}`, {
                file,
                line: 1,
            });
        }
        if (matches.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`column "${wanted}" appears ${matches.length} times in the header; rename one`, {
                file,
                line: 1,
                field: wanted,
            });
        }
        const index = matches[0];
        return { index, name: header[index] };
    };
    const detect = (role) => {
        for (const candidate of COLUMN_CANDIDATES[role]) {
            const matches = lowered.flatMap((name, index) => (name === candidate ? [index] : []));
            if (matches.length > 1) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`ambiguous ${role} column: ${matches.map((i) => JSON.stringify(header[i])).join(' and ')} ` +
                    `both match; name the one to use with columns.${role}`, { file, line: 1, field: header[matches[0]] });
            }
            if (matches.length === 1)
                return { index: matches[0], name: header[matches[0]] };
        }
        return undefined;
    };
    const pick = (role) => {
        const wanted = overrides[role];
        return wanted !== undefined ? findExact(wanted, role) : detect(role);
    };
    const label = pick('label');
    if (!label) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no label column: expected one of ${COLUMN_CANDIDATES.label.join(', ')} (or set columns.label); ` +
            `the header has ${describe()}`, { file, line: 1 });
    }
    const prediction = pick('prediction');
    const scoreColumn = pick('score');
    const score = scoreColumn && {
        ...scoreColumn,
        probabilityByName: PROBABILITY_NAMES.has(scoreColumn.name.trim().toLowerCase()),
    };
    const classScores = detectClassScores(header, lowered);
    const id = pick('id');
    const weight = overrides.weight !== undefined ? findExact(overrides.weight, 'weight') : undefined;
    const slices = (overrides.slices ?? []).map((name) => findExact(name, 'slices'));
    const hints = [];
    if (!score && !classScores) {
        const used = new Set([label.index, prediction?.index, id?.index, weight?.index, ...slices.map((s) => s.index)]);
        const lookalike = header.find((name, index) => !used.has(index) && /prob|score/i.test(name));
        if (lookalike !== undefined) {
            hints.push(`column "${lookalike}" looks like a score but is not used; set columns.score to use it`);
        }
    }
    if (!weight) {
        const lookalike = detect('weight');
        if (lookalike) {
            hints.push(`column "${lookalike.name}" looks like sample weights but is not used; set columns.weight to weight the metrics`);
        }
    }
    return { label, prediction, score, classScores, id, weight, slices, hints };
}
function detectClassScores(header, lowered) {
    // Only one prefix family may be used in a file; `y_score_` is tried first, as documented.
    for (const prefix of CLASS_SCORE_PREFIXES) {
        const columns = [];
        const classNames = [];
        lowered.forEach((name, index) => {
            if (name.startsWith(prefix) && name.length > prefix.length) {
                const original = header[index].trim();
                classNames.push(original.slice(prefix.length));
                columns.push({ index, name: header[index], probabilityByName: prefix === 'prob_' });
            }
        });
        if (columns.length > 0)
            return { classNames, columns };
    }
    return undefined;
}


/***/ }),

/***/ 2427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P8: () => (/* binding */ isParquet),
/* harmony export */   TL: () => (/* binding */ MIN_SIZE),
/* harmony export */   hn: () => (/* binding */ startsWithMagic)
/* harmony export */ });
/* unused harmony export MAGIC */
/**
 * What the file loader needs to know about Parquet without loading hyparquet (most of the action's bundle by
 * size): the file shape and how to recognise one. The reader itself, src/ingest/parquet.ts, is imported lazily.
 */
const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
/** The smallest Parquet file: magic, a 4-byte footer length, magic. */
const MIN_SIZE = 12;
/**
 * True when the bytes (the whole file or at least its first four bytes) start with the Parquet magic `PAR1`, or
 * the name ends in `.parquet`, `.parq` or `.pq`. Only the head is checked so that a truncated Parquet file still
 * goes to the Parquet reader, which then reports it as truncated, instead of being parsed as CSV.
 */
function isParquet(bytes, name) {
    if (name !== undefined && /\.(parquet|parq|pq)$/i.test(name))
        return true;
    return startsWithMagic(bytes);
}
function startsWithMagic(bytes, offset = 0) {
    return bytes.length >= offset + 4 && MAGIC.every((b, i) => bytes[offset + i] === b);
}


/***/ }),

/***/ 5547:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ allocateCodes)
/* harmony export */ });
/** An array of `length` codes, each below `count`. */
function allocateCodes(count, length) {
    if (count <= 1 << 8)
        return new Uint8Array(length);
    if (count <= 1 << 16)
        return new Uint16Array(length);
    return new Int32Array(length);
}


/***/ }),

/***/ 3450:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ computeMetrics)
});

// UNUSED EXPORTS: METRIC_IDS

// EXTERNAL MODULE: ./src/metrics/confusion.ts
var confusion = __nccwpck_require__(1073);
// EXTERNAL MODULE: ./src/metrics/confusion-metrics.ts
var confusion_metrics = __nccwpck_require__(3721);
;// CONCATENATED MODULE: ./src/metrics/probabilistic.ts
/** scikit-learn 1.2 clips probabilities to [eps, 1 - eps] with float64's machine epsilon before the log. */
const EPS = Number.EPSILON;
const clip = (p) => Math.min(Math.max(p, EPS), 1 - EPS);
/**
 * Binary cross-entropy of the positive-class probability; rows renormalised as scikit-learn does. The per-row
 * metrics here are plain loops: through a shared helper taking a closure per row they cost three times as much.
 */
function binaryLogLoss(score, isPositive, weights) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < score.length; i++) {
        const p = clip(score[i]);
        const q = 1 - p;
        // scikit-learn clips p, builds the row [1 - p, p] from it, then divides by the row sum.
        const rowSum = q + p;
        const w = weights ? weights[i] : 1;
        sum += w * -Math.log((isPositive[i] ? p : q) / rowSum);
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
/** Multiclass cross-entropy; each row is clipped and renormalised to sum to one, as scikit-learn does. */
function multiclassLogLoss(proba, yTrue, weights) {
    const classes = proba.length;
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
        let rowSum = 0;
        for (let c = 0; c < classes; c++)
            rowSum += clip(proba[c][i]);
        const w = weights ? weights[i] : 1;
        sum += w * -Math.log(clip(proba[yTrue[i]][i]) / rowSum);
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
/** Mean squared difference between the positive-class probability and the 0/1 outcome. */
function brierScore(score, isPositive, weights) {
    let sum = 0;
    let total = 0;
    for (let i = 0; i < score.length; i++) {
        const d = isPositive[i] - score[i];
        const w = weights ? weights[i] : 1;
        sum += w * (d * d);
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
/**
 * Share of rows whose true class is among the k highest scores. Ties rank the higher class index first:
 * scikit-learn reverses a stable ascending argsort.
 */
function topKAccuracy(proba, yTrue, k, weights) {
    const classes = proba.length;
    let sum = 0;
    let total = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const t = yTrue[i];
        const own = proba[t][i];
        let ahead = 0;
        for (let c = 0; c < classes; c++) {
            const s = proba[c][i];
            if (s > own || (s === own && c > t))
                ahead++;
        }
        const w = weights ? weights[i] : 1;
        if (ahead < k)
            sum += w;
        total += w;
    }
    return total === 0 ? Number.NaN : sum / total;
}
/** True when every row sums to one within NumPy's `allclose` tolerance, which roc_auc_ovr requires. */
function rowsSumToOne(proba, n) {
    const classes = proba.length;
    for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let c = 0; c < classes; c++)
            sum += proba[c][i];
        if (!(Math.abs(1 - sum) <= 1e-8 + 1e-5 * Math.abs(sum)))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/metrics/ranking.ts
var metrics_ranking = __nccwpck_require__(3355);
;// CONCATENATED MODULE: ./src/metrics/select.ts
/**
 * Selection: the k-th smallest value of an array in expected linear time (Hoare's quickselect with a
 * median-of-three pivot), falling back to a full sort when partitioning stops shrinking the range (adversarial
 * input), so the worst case stays n log n. Reorders `values` so that `values[k]` holds the answer, every value
 * before it is at most it and every value after it at least it. The values must not be NaN.
 */
function quickselect(values, k) {
    let lo = 0;
    let hi = values.length - 1;
    let budget = 2 * Math.ceil(Math.log2(values.length + 1)) + 8;
    while (hi > lo) {
        if (budget-- === 0 || hi - lo < 16) {
            const range = values.subarray(lo, hi + 1);
            range.sort();
            return values[k];
        }
        const mid = lo + ((hi - lo) >> 1);
        const pivot = medianOfThree(values[lo], values[mid], values[hi]);
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                const t = values[i];
                values[i] = values[j];
                values[j] = t;
                i++;
                j--;
            }
        }
        // Now values[lo..j] <= pivot <= values[i..hi], and every value between j and i equals the pivot.
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return values[k];
    }
    return values[k];
}
function medianOfThree(a, b, c) {
    if (a < b)
        return b < c ? b : a < c ? c : a;
    return a < c ? a : b < c ? c : b;
}
/**
 * The median of non-negative numbers (NumPy's: the mean of the two middle values when the count is even) in two
 * passes over them, without keeping them all: the first pass counts the values per bucket (the top 16 bits of a
 * double, which order like the values when the sign bit is clear), the second keeps only the values in the
 * bucket(s) holding the middle ranks, and selection finishes on those. A million regression errors leave about
 * a hundredth of them to select from, instead of an 8 MB copy to partition.
 */
class TwoPassMedian {
    counts = new Uint32Array(1 << 16);
    scratch = new Float64Array(1);
    words = new Uint32Array(this.scratch.buffer);
    high = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
    n = 0;
    first = 0;
    last = -1;
    below = 0;
    kept = new Float64Array(0);
    keptCount = 0;
    /** Pass one: every value, in any order. */
    count(value) {
        const b = this.bucket(value);
        this.counts[b] = this.counts[b] + 1;
        this.n++;
    }
    /** Ends pass one: finds the buckets of the middle ranks. */
    plan() {
        const n = this.n;
        if (n === 0)
            return;
        const upper = n >> 1;
        const lower = n % 2 === 1 ? upper : upper - 1;
        const counts = this.counts;
        let cumulative = 0;
        let b = 0;
        while (cumulative + counts[b] <= lower)
            cumulative += counts[b++];
        this.first = b;
        this.below = cumulative;
        let size = counts[b];
        while (cumulative + size <= upper)
            size += counts[++b];
        this.last = b;
        this.kept = new Float64Array(size);
    }
    /** Pass two: every value again (any order); keeps those in the middle buckets. */
    offer(value) {
        const b = this.bucket(value);
        if (b >= this.first && b <= this.last)
            this.kept[this.keptCount++] = value;
    }
    /** The median of the values; NaN when there were none. */
    median() {
        const n = this.n;
        if (n === 0)
            return Number.NaN;
        if (this.keptCount !== this.kept.length)
            throw new Error('TwoPassMedian: pass two saw other values than pass one');
        const kept = this.kept;
        const upperAt = (n >> 1) - this.below;
        const upper = quickselect(kept, upperAt);
        if (n % 2 === 1)
            return upper;
        // After selection everything left of `upperAt` is at most kept[upperAt]: the lower middle is their maximum.
        let lower = kept[0];
        for (let i = 1; i < upperAt; i++)
            if (kept[i] > lower)
                lower = kept[i];
        return (lower + upper) / 2;
    }
    bucket(value) {
        this.scratch[0] = value;
        return this.words[this.high] >>> 16;
    }
}

;// CONCATENATED MODULE: ./src/metrics/regression.ts

/**
 * Regression metrics with scikit-learn 1.2's definitions, weights and `force_finite` conventions. Two passes
 * over the rows: sums of the errors first, then the spreads around the means they give.
 *
 * The weighted and unweighted passes are written out separately: a weight that is either the row's or the
 * constant 1 made V8 compile one slow loop for both (25 ms instead of 4 at a million rows).
 */
function regressionMetrics(data) {
    if (data.weights) {
        const errors = new Float64Array(data.n);
        const sums = weightedSums(data, data.weights, errors);
        const spreads = weightedSpreads(data, data.weights, sums);
        return assembleMetrics(data.n, sums, spreads, weightedMedian(errors, data.weights));
    }
    const median = new TwoPassMedian();
    const sums = unweightedSums(data, median);
    median.plan();
    const spreads = unweightedSpreads(data, sums, median);
    return assembleMetrics(data.n, sums, spreads, median.median());
}
function assembleMetrics(n, sums, spreads, medianError) {
    const mean = (sum) => (sums.total === 0 ? Number.NaN : sum / sums.total);
    const mse = mean(sums.squareSum);
    return {
        mae: mean(sums.absSum),
        mse,
        rmse: Math.sqrt(mse),
        r2: n < 2 ? Number.NaN : assemble(sums.squareSum, spreads.trueSpread),
        mape: mean(sums.percentSum),
        median_ae: medianError,
        explained_variance: assemble(mean(spreads.diffSpread), mean(spreads.trueSpread)),
        max_error: sums.maxError,
    };
}
/** The means the spreads are taken around: NaN when the total weight is 0. */
function means(sums) {
    if (sums.total === 0)
        return { trueMean: Number.NaN, diffMean: Number.NaN };
    return { trueMean: sums.trueSum / sums.total, diffMean: sums.diffSum / sums.total };
}
/** Pass one, unweighted; counts the absolute errors for the median. */
function unweightedSums({ yTrue, yPred, n }, median) {
    let absSum = 0;
    let squareSum = 0;
    let percentSum = 0;
    let trueSum = 0;
    let diffSum = 0;
    let maxError = 0;
    for (let i = 0; i < n; i++) {
        const y = yTrue[i];
        const diff = y - yPred[i];
        const abs = Math.abs(diff);
        median.count(abs);
        absSum += abs;
        squareSum += diff * diff;
        percentSum += abs / Math.max(Math.abs(y), Number.EPSILON);
        trueSum += y;
        diffSum += diff;
        if (abs > maxError)
            maxError = abs;
    }
    return { total: n, absSum, squareSum, percentSum, trueSum, diffSum, maxError };
}
/** Pass two, unweighted; offers the absolute errors again for the median. */
function unweightedSpreads({ yTrue, yPred, n }, sums, median) {
    const { trueMean, diffMean } = means(sums);
    let trueSpread = 0;
    let diffSpread = 0;
    for (let i = 0; i < n; i++) {
        const y = yTrue[i];
        const diff = y - yPred[i];
        median.offer(Math.abs(diff));
        trueSpread += (y - trueMean) ** 2;
        diffSpread += (diff - diffMean) ** 2;
    }
    return { trueSpread, diffSpread };
}
/** Pass one, weighted (each term is the weight times the row's value, as `np.average` multiplies); keeps the errors. */
function weightedSums({ yTrue, yPred, n }, weights, errors) {
    let total = 0;
    let absSum = 0;
    let squareSum = 0;
    let percentSum = 0;
    let trueSum = 0;
    let diffSum = 0;
    let maxError = 0;
    for (let i = 0; i < n; i++) {
        const w = weights[i];
        const y = yTrue[i];
        const diff = y - yPred[i];
        const abs = Math.abs(diff);
        errors[i] = abs;
        total += w;
        absSum += w * abs;
        squareSum += w * (diff * diff);
        percentSum += w * (abs / Math.max(Math.abs(y), Number.EPSILON));
        trueSum += w * y;
        diffSum += w * diff;
        if (abs > maxError)
            maxError = abs;
    }
    return { total, absSum, squareSum, percentSum, trueSum, diffSum, maxError };
}
/** Pass two, weighted. */
function weightedSpreads({ yTrue, yPred, n }, weights, sums) {
    const { trueMean, diffMean } = means(sums);
    let trueSpread = 0;
    let diffSpread = 0;
    for (let i = 0; i < n; i++) {
        const w = weights[i];
        const y = yTrue[i];
        const diff = y - yPred[i];
        trueSpread += w * (y - trueMean) ** 2;
        diffSpread += w * (diff - diffMean) ** 2;
    }
    return { trueSpread, diffSpread };
}
/** scikit-learn's `force_finite`: a constant target scores 1 when predicted exactly, else 0. */
function assemble(numerator, denominator) {
    if (denominator === 0)
        return numerator === 0 ? 1 : 0;
    return 1 - numerator / denominator;
}
/**
 * The weighted median absolute error: scikit-learn's `_weighted_percentile`, the first error (in sorted order)
 * whose cumulative weight reaches half the total. Reorders nothing; `errors` is the rows' absolute errors.
 */
function weightedMedian(errors, weights) {
    const n = errors.length;
    if (n === 0)
        return Number.NaN;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    order.sort((a, b) => errors[a] - errors[b]);
    const cdf = new Float64Array(n);
    let running = 0;
    for (let j = 0; j < n; j++) {
        running += weights[order[j]];
        cdf[j] = running;
    }
    let target = 0.5 * cdf[n - 1];
    if (target === 0)
        target = Number.MIN_VALUE;
    let index = 0;
    while (index < n - 1 && cdf[index] < target)
        index++;
    return errors[order[index]];
}

;// CONCATENATED MODULE: ./src/metrics/compute.ts





/** Metric ids per task, in the order reports list them (SPEC §8). */
const METRIC_IDS = {
    binary: [
        'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'specificity', 'mcc', 'cohen_kappa',
        'roc_auc', 'average_precision', 'log_loss', 'brier_score',
    ],
    multiclass: [
        'accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro',
        'recall_micro', 'f1_micro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'mcc', 'cohen_kappa',
        'roc_auc_ovr', 'log_loss', 'top2_accuracy',
    ],
    regression: ['mae', 'mse', 'rmse', 'r2', 'mape', 'median_ae', 'explained_variance', 'max_error'],
};
/**
 * Every metric of the task on this data. Values scikit-learn leaves undefined (it raises, or returns NaN)
 * are `null`, each with a note saying why: one class in y_true, decision scores where probabilities are needed.
 */
function computeMetrics(data) {
    const raw = { n: data.n };
    const reasons = new Map();
    const notes = [];
    if (data.task === 'regression')
        Object.assign(raw, regressionMetrics(data));
    else if (data.task === 'binary')
        Object.assign(raw, binaryMetrics(data, reasons, notes));
    else
        Object.assign(raw, multiclassMetrics(data, reasons));
    const values = new Map();
    const undefinedBecause = new Map();
    for (const id of ['n', ...METRIC_IDS[data.task]]) {
        const value = raw[id];
        const defined = value !== undefined && Number.isFinite(value);
        values.set(id, defined ? value : null);
        if (!defined)
            undefinedBecause.set(id, reasons.get(id) ?? 'it is not defined on this data');
    }
    return { values, undefinedBecause, notes };
}
function confusionMetrics(data) {
    const m = (0,confusion/* buildConfusion */.HR)(data);
    return { m, accuracy: (0,confusion_metrics/* accuracy */.y2)(m), balanced_accuracy: (0,confusion_metrics/* balancedAccuracy */.q2)(m), mcc: (0,confusion_metrics/* matthews */._b)(m), cohen_kappa: (0,confusion_metrics/* cohenKappa */.rX)(m) };
}
function binaryMetrics(data, reasons, notes) {
    const { m, ...shared } = confusionMetrics(data);
    const positive = data.positive;
    const negative = data.classes.length === 2 ? 1 - positive : -1;
    const rates = (0,confusion_metrics/* classRates */.el)(m, positive);
    const out = {
        ...shared,
        precision: rates.precision,
        recall: rates.recall,
        f1: rates.f1,
        specificity: negative >= 0 ? (0,confusion_metrics/* classRates */.el)(m, negative).recall : 0,
    };
    reasons.set('cohen_kappa', 'labels and predictions are all one class, so chance agreement is certain');
    const isPositive = new Uint8Array(data.n);
    for (let i = 0; i < data.n; i++)
        isPositive[i] = data.yTrue[i] === positive ? 1 : 0;
    // Like scikit-learn, hard predictions serve as scores when the file has none.
    let score = data.score;
    let probabilities = data.scoresAreProbabilities;
    if (!score) {
        notes.push('there is no score column: roc_auc, average_precision, log_loss and brier_score use the hard predictions ' +
            'as scores, as scikit-learn does');
        score = new Float64Array(data.n);
        for (let i = 0; i < data.n; i++)
            score[i] = data.yPred[i] === positive ? 1 : 0;
        probabilities = true;
    }
    // One sort and one walk down the thresholds serve both ranking metrics.
    const ranking = (0,metrics_ranking/* rankingMetrics */.ar)(score, isPositive, data.weights);
    out.roc_auc = ranking.rocAuc;
    reasons.set('roc_auc', 'only one class is present in the labels');
    out.average_precision = ranking.averagePrecision;
    if (probabilities) {
        out.log_loss = data.classes.length < 2 ? Number.NaN : binaryLogLoss(score, isPositive, data.weights);
        out.brier_score = brierScore(score, isPositive, data.weights);
        reasons.set('log_loss', 'it needs two classes');
    }
    else {
        reasons.set('log_loss', 'the scores are decision scores, not probabilities');
        reasons.set('brier_score', 'the scores are decision scores, not probabilities');
    }
    return out;
}
function multiclassMetrics(data, reasons) {
    const { m, ...shared } = confusionMetrics(data);
    const out = { ...shared };
    for (const average of ['macro', 'micro', 'weighted']) {
        const rates = (0,confusion_metrics/* averagedRates */.ZF)(m, average);
        out[`precision_${average}`] = rates.precision;
        out[`recall_${average}`] = rates.recall;
        out[`f1_${average}`] = rates.f1;
    }
    reasons.set('cohen_kappa', 'labels and predictions are all one class, so chance agreement is certain');
    const proba = data.proba;
    if (!proba) {
        for (const id of ['roc_auc_ovr', 'log_loss', 'top2_accuracy'])
            reasons.set(id, 'the file has no per-class scores');
        return out;
    }
    out.top2_accuracy = topKAccuracy(proba, data.yTrue, 2, data.weights);
    if (!data.scoresAreProbabilities) {
        reasons.set('roc_auc_ovr', 'the scores are decision scores, not probabilities');
        reasons.set('log_loss', 'the scores are decision scores, not probabilities');
        return out;
    }
    out.log_loss = multiclassLogLoss(proba, data.yTrue, data.weights);
    out.roc_auc_ovr = rocAucOvr(data, proba, reasons);
    return out;
}
/** Macro one-vs-rest ROC AUC; scikit-learn refuses rows that do not sum to one and classes without examples. */
function rocAucOvr(data, proba, reasons) {
    if (!rowsSumToOne(proba, data.n)) {
        reasons.set('roc_auc_ovr', 'the class probabilities of some rows do not sum to 1');
        return Number.NaN;
    }
    let sum = 0;
    const unweighted = data.weights ? undefined : (0,metrics_ranking/* rocAucOneVsRest */.PY)(proba, data.yTrue);
    const isClass = unweighted ? undefined : new Uint8Array(data.n);
    for (let c = 0; c < proba.length; c++) {
        let auc;
        if (unweighted) {
            auc = unweighted[c];
        }
        else {
            for (let i = 0; i < data.n; i++)
                isClass[i] = data.yTrue[i] === c ? 1 : 0;
            auc = (0,metrics_ranking/* rankingMetrics */.ar)(proba[c], isClass, data.weights).rocAuc;
        }
        if (Number.isNaN(auc)) {
            reasons.set('roc_auc_ovr', `class "${data.classes[c]}" has no examples (or all of them) in the labels`);
            return Number.NaN;
        }
        sum += auc;
    }
    return sum / proba.length;
}


/***/ }),

/***/ 3721:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZF: () => (/* binding */ averagedRates),
/* harmony export */   _b: () => (/* binding */ matthews),
/* harmony export */   el: () => (/* binding */ classRates),
/* harmony export */   q2: () => (/* binding */ balancedAccuracy),
/* harmony export */   rX: () => (/* binding */ cohenKappa),
/* harmony export */   y2: () => (/* binding */ accuracy)
/* harmony export */ });
/* harmony import */ var _confusion_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1073);

/**
 * Metrics that are functions of the confusion matrix, with scikit-learn's definitions and its defaults:
 * `zero_division=0`, averages over the labels present in y_true ∪ y_pred, NaN where scikit-learn gives NaN.
 */
/** 0/0 → 0, as scikit-learn's `zero_division=0`. */
function divide(numerator, denominator) {
    return denominator === 0 ? 0 : numerator / denominator;
}
function f1Of(precision, recall) {
    const denominator = precision + recall;
    return denominator === 0 ? 0 : (2 * precision * recall) / denominator;
}
function accuracy(m) {
    let correct = 0;
    for (let c = 0; c < m.k; c++)
        correct += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
    return m.total === 0 ? Number.NaN : correct / m.total;
}
/** Mean recall over the classes that have true examples (scikit-learn drops the others with a warning). */
function balancedAccuracy(m) {
    let sum = 0;
    let count = 0;
    for (let c = 0; c < m.k; c++) {
        if (!m.present[c])
            continue;
        const support = (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c);
        if (support === 0)
            continue;
        sum += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c) / support;
        count++;
    }
    return count === 0 ? Number.NaN : sum / count;
}
/** Precision, recall and F1 of one class against the rest (scikit-learn's `average='binary'`). */
function classRates(m, c) {
    const tp = (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
    const precision = divide(tp, (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .columnSum */ .y1)(m, c));
    const recall = divide(tp, (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c));
    return { precision, recall, f1: f1Of(precision, recall) };
}
/** Averaged precision, recall and F1 over the present labels. */
function averagedRates(m, average) {
    if (average === 'micro') {
        let tp = 0;
        let predicted = 0;
        let actual = 0;
        for (let c = 0; c < m.k; c++) {
            if (!m.present[c])
                continue;
            tp += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
            predicted += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .columnSum */ .y1)(m, c);
            actual += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c);
        }
        const precision = divide(tp, predicted);
        const recall = divide(tp, actual);
        return { precision, recall, f1: f1Of(precision, recall) };
    }
    let precision = 0;
    let recall = 0;
    let f1 = 0;
    let norm = 0;
    for (let c = 0; c < m.k; c++) {
        if (!m.present[c])
            continue;
        const rates = classRates(m, c);
        const weight = average === 'weighted' ? (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c) : 1;
        precision += weight * rates.precision;
        recall += weight * rates.recall;
        f1 += weight * rates.f1;
        norm += weight;
    }
    // scikit-learn returns zero_division (0) when the weights sum to zero.
    return { precision: divide(precision, norm), recall: divide(recall, norm), f1: divide(f1, norm) };
}
/** Matthews correlation coefficient, multiclass form; 0 when a marginal is constant, as scikit-learn. */
function matthews(m) {
    let correct = 0;
    let tDotP = 0;
    let pDotP = 0;
    let tDotT = 0;
    for (let c = 0; c < m.k; c++) {
        const t = (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c);
        const p = (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .columnSum */ .y1)(m, c);
        correct += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
        tDotP += t * p;
        pDotP += p * p;
        tDotT += t * t;
    }
    const n = m.total;
    const covTP = correct * n - tDotP;
    const covPP = n * n - pDotP;
    const covTT = n * n - tDotT;
    if (covPP * covTT === 0)
        return 0;
    return covTP / Math.sqrt(covTT * covPP);
}
/** Cohen's kappa (unweighted); NaN when agreement by chance is certain, as scikit-learn. */
function cohenKappa(m) {
    let observed = 0;
    let agreeByChance = 0;
    for (let c = 0; c < m.k; c++) {
        agreeByChance += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .columnSum */ .y1)(m, c) * (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .rowSum */ .oc)(m, c);
        observed += (0,_confusion_js__WEBPACK_IMPORTED_MODULE_0__/* .diagonal */ .ib)(m, c);
    }
    const disagreement = m.total - observed;
    const expectedDisagreement = m.total - agreeByChance / m.total;
    return 1 - disagreement / expectedDisagreement;
}


/***/ }),

/***/ 1073:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ buildConfusion),
/* harmony export */   ib: () => (/* binding */ diagonal),
/* harmony export */   oc: () => (/* binding */ rowSum),
/* harmony export */   y1: () => (/* binding */ columnSum)
/* harmony export */ });
/** One pass over the rows, whatever the number of metrics that read the matrix. */
function buildConfusion(data) {
    const k = data.classes.length;
    const cells = new Float64Array(k * k);
    const present = new Uint8Array(k);
    const { yTrue, yPred, weights, n } = data;
    if (weights) {
        for (let i = 0; i < n; i++) {
            const t = yTrue[i];
            const p = yPred[i];
            cells[t * k + p] += weights[i];
            present[t] = 1;
            present[p] = 1;
        }
    }
    else {
        // Unweighted, a class occurs exactly when its row or column counts something.
        for (let i = 0; i < n; i++)
            cells[yTrue[i] * k + yPred[i]]++;
        for (let r = 0; r < k; r++) {
            for (let c = 0; c < k; c++) {
                if (cells[r * k + c] > 0) {
                    present[r] = 1;
                    present[c] = 1;
                }
            }
        }
    }
    let total = 0;
    for (let c = 0; c < cells.length; c++)
        total += cells[c];
    return { k, cells, present, total };
}
function rowSum(m, row) {
    let sum = 0;
    for (let c = 0; c < m.k; c++)
        sum += m.cells[row * m.k + c];
    return sum;
}
function columnSum(m, column) {
    let sum = 0;
    for (let r = 0; r < m.k; r++)
        sum += m.cells[r * m.k + column];
    return sum;
}
function diagonal(m, c) {
    return m.cells[c * m.k + c];
}


/***/ }),

/***/ 3355:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PY: () => (/* binding */ rocAucOneVsRest),
/* harmony export */   ar: () => (/* binding */ rankingMetrics),
/* harmony export */   cF: () => (/* binding */ averagePrecision),
/* harmony export */   om: () => (/* binding */ rocAuc),
/* harmony export */   pN: () => (/* binding */ thresholdCurve)
/* harmony export */ });
/* harmony import */ var _sort_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5357);

/** A batch of consecutive curve points. */
class PointBatch {
    static SIZE = 4096;
    tps = new Float64Array(PointBatch.SIZE);
    fps = new Float64Array(PointBatch.SIZE);
    thresholds = new Float64Array(PointBatch.SIZE);
    count = 0;
}
/**
 * Walks the thresholds of a score. Without weights, the scores of each class are sorted on their own (no row
 * index to carry) and merged, since counts do not depend on the order within a tie. With weights, the rows are
 * sorted together and visited in that order, so sums of weights add up exactly as they always did.
 */
function walkThresholds(score, isPositive, weights, order, sink) {
    const batch = new PointBatch();
    if (weights)
        walkWeighted(score, isPositive, weights, order ?? (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortDescending */ .NY)(score), batch, sink);
    else
        walkByClass((0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .sortByClass */ .y4)(score, isPositive), batch, sink);
    if (batch.count > 0)
        sink.points(batch);
}
function walkByClass({ positives, negatives }, batch, sink) {
    const { tps, fps, thresholds } = batch;
    const p = positives.length;
    const q = negatives.length;
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < p || j < q) {
        const threshold = j === q || (i < p && positives[i] >= negatives[j]) ? positives[i] : negatives[j];
        while (i < p && positives[i] === threshold)
            i++;
        while (j < q && negatives[j] === threshold)
            j++;
        tps[k] = i;
        fps[k] = j;
        thresholds[k++] = threshold;
        if (k === PointBatch.SIZE) {
            batch.count = k;
            sink.points(batch);
            k = 0;
        }
    }
    batch.count = k;
}
function walkWeighted(score, isPositive, weights, order, batch, sink) {
    const { tps, fps, thresholds } = batch;
    const n = order.length;
    let tp = 0;
    let fp = 0;
    let k = 0;
    for (let j = 0; j < n; j++) {
        const i = order[j];
        if (isPositive[i])
            tp += weights[i];
        else
            fp += weights[i];
        if (j === n - 1 || score[order[j + 1]] !== score[i]) {
            tps[k] = tp;
            fps[k] = fp;
            thresholds[k++] = score[i];
            if (k === PointBatch.SIZE) {
                batch.count = k;
                sink.points(batch);
                k = 0;
            }
        }
    }
    batch.count = k;
}
/**
 * The sums of `rocAuc` and `averagePrecision`, taken point by point as the curve is walked: the same
 * operations in the same order as on the full curve, without materialising it.
 */
class RankingSums {
    totalPositive;
    area = 0;
    precisionSum = 0;
    lastTp = 0;
    lastFp = 0;
    prevRecall = 0;
    constructor(totalPositive) {
        this.totalPositive = totalPositive;
    }
    points({ tps, fps, count }) {
        const totalPositive = this.totalPositive;
        let { area, precisionSum, lastTp, lastFp, prevRecall } = this;
        for (let t = 0; t < count; t++) {
            const tp = tps[t];
            const fp = fps[t];
            area += (fp - lastFp) * (tp + lastTp);
            lastTp = tp;
            lastFp = fp;
            const predicted = tp + fp;
            const precision = predicted === 0 ? 0 : tp / predicted;
            const recall = tp / totalPositive;
            precisionSum += (recall - prevRecall) * precision;
            prevRecall = recall;
        }
        Object.assign(this, { area, precisionSum, lastTp, lastFp, prevRecall });
    }
}
/** ROC AUC and average precision from one sort and one walk down the thresholds. */
function rankingMetrics(score, isPositive, weights) {
    let positiveRows = 0;
    for (let i = 0; i < isPositive.length; i++)
        positiveRows += isPositive[i];
    const negativeRows = isPositive.length - positiveRows;
    let totalPositive = positiveRows;
    let order;
    if (weights) {
        // Average precision divides by the curve's last point; summed in the walk's order, it is equal bit for bit.
        order = (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .argsortDescending */ .NY)(score);
        totalPositive = 0;
        for (let j = 0; j < order.length; j++)
            if (isPositive[order[j]])
                totalPositive += weights[order[j]];
    }
    const sums = new RankingSums(totalPositive);
    walkThresholds(score, isPositive, weights, order, sums);
    const norm = sums.lastTp * sums.lastFp;
    return {
        rocAuc: positiveRows === 0 || negativeRows === 0 || norm === 0 ? Number.NaN : sums.area / 2 / norm,
        averagePrecision: positiveRows === 0 || totalPositive === 0 ? 0 : sums.precisionSum,
    };
}
/**
 * The unweighted ROC AUC of each class against the rest (one score column per class), NaN for a class with no
 * rows or all of them. Pipelined: while the sort worker sorts one column's buckets, this thread splits the next
 * column, then walks the first; each class is computed exactly as `rankingMetrics` computes it.
 */
function rocAucOneVsRest(columns, yTrue) {
    const n = yTrue.length;
    const aucs = new Float64Array(columns.length);
    const isPositive = new Uint8Array(n); // read only while a column is split, so one buffer serves every class
    const counts = new Float64Array(columns.length);
    for (let i = 0; i < n; i++)
        counts[yTrue[i]]++;
    const start = (c) => {
        for (let i = 0; i < n; i++)
            isPositive[i] = yTrue[i] === c ? 1 : 0;
        return (0,_sort_js__WEBPACK_IMPORTED_MODULE_0__/* .startSortByClass */ .qX)(columns[c], isPositive);
    };
    let current = columns.length > 0 ? start(0) : undefined;
    for (let c = 0; c < columns.length; c++) {
        const sorting = current;
        current = c + 1 < columns.length ? start(c + 1) : undefined;
        sorting.finish();
        const positiveRows = counts[c];
        const sums = new RankingSums(positiveRows);
        const batch = new PointBatch();
        walkByClass(sorting, batch, sums);
        if (batch.count > 0)
            sums.points(batch);
        const norm = sums.lastTp * sums.lastFp;
        aucs[c] = positiveRows === 0 || positiveRows === n || norm === 0 ? Number.NaN : sums.area / 2 / norm;
    }
    return aucs;
}
/** Collects the curve's points into typed arrays (of the row count: a curve has at most one point per row). */
class CurvePoints {
    tps;
    fps;
    thresholds;
    count = 0;
    constructor(tps, fps, thresholds) {
        this.tps = tps;
        this.fps = fps;
        this.thresholds = thresholds;
    }
    points(batch) {
        const n = batch.count;
        this.tps.set(batch.tps.subarray(0, n), this.count);
        this.fps.set(batch.fps.subarray(0, n), this.count);
        this.thresholds.set(batch.thresholds.subarray(0, n), this.count);
        this.count += n;
    }
}
/** The full curve, in typed arrays (for plotting; the metrics above do not need it). */
function thresholdCurve(score, isPositive, weights) {
    const n = score.length;
    const points = new CurvePoints(new Float64Array(n), new Float64Array(n), new Float64Array(n));
    walkThresholds(score, isPositive, weights, undefined, points);
    let positiveRows = 0;
    for (let i = 0; i < n; i++)
        positiveRows += isPositive[i];
    const t = points.count;
    return {
        tps: points.tps.slice(0, t),
        fps: points.fps.slice(0, t),
        thresholds: points.thresholds.slice(0, t),
        positiveRows,
        negativeRows: n - positiveRows,
    };
}
/** Area under the ROC curve by the trapezoid rule; NaN when only one class is present (scikit-learn raises). */
function rocAuc(curve) {
    if (curve.positiveRows === 0 || curve.negativeRows === 0)
        return Number.NaN;
    const { tps, fps } = curve;
    const last = tps.length - 1;
    const totalPositive = tps[last];
    const totalNegative = fps[last];
    let area = 0;
    let prevTp = 0;
    let prevFp = 0;
    for (let t = 0; t <= last; t++) {
        area += (fps[t] - prevFp) * (tps[t] + prevTp);
        prevTp = tps[t];
        prevFp = fps[t];
    }
    const norm = totalPositive * totalNegative;
    return norm === 0 ? Number.NaN : area / 2 / norm;
}
/**
 * Average precision as scikit-learn defines it: the step-wise sum of precision × recall increments, without
 * interpolation. With no positive rows scikit-learn sets recall to one everywhere, which makes it 0.
 */
function averagePrecision(curve) {
    const { tps, fps } = curve;
    const last = tps.length - 1;
    const totalPositive = tps[last];
    if (curve.positiveRows === 0 || totalPositive === 0)
        return 0;
    let sum = 0;
    let prevRecall = 0;
    for (let t = 0; t <= last; t++) {
        const predicted = tps[t] + fps[t];
        const precision = predicted === 0 ? 0 : tps[t] / predicted;
        const recall = tps[t] / totalPositive;
        sum += (recall - prevRecall) * precision;
        prevRecall = recall;
    }
    return sum;
}


/***/ }),

/***/ 7576:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TP: () => (/* binding */ finishSortingBuckets),
  QT: () => (/* binding */ startSortingBuckets),
  CD: () => (/* binding */ useSortWorker)
});

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/metrics/bucket-sort-kernel.ts
/**
 * Builds the kernel. It must stay self-contained (no reference to anything outside this function, not even a
 * module constant): sort-pool.ts runs this function's source text in a worker thread, so that the worker needs
 * no file of its own next to the bundle.
 *
 * Inside a bucket: a least-significant-digit radix sort with four 12-bit digits, whose 4,096-entry histograms
 * stay in the first-level cache (16-bit digits need 256 KB of them per bucket); tiny buckets by insertion.
 */
function createBucketSortKernel() {
    const BITS = 12;
    const SIZE = 1 << BITS;
    const MASK = SIZE - 1;
    const INSERTION_LIMIT = 48;
    const counts = new Uint32Array(4 * SIZE);
    let scratch = new Uint32Array(1024);
    /** Digit `pass` (0 = lowest) of the 48 low bits of the key (lo, hi). */
    function digitOf(lo, hi, pass) {
        if (pass === 0)
            return lo & MASK;
        if (pass === 1)
            return (lo >>> BITS) & MASK;
        if (pass === 2)
            return ((lo >>> 24) | (hi << 8)) & MASK;
        return (hi >>> 4) & MASK;
    }
    function insertionSort(keys, from, to) {
        for (let i = from + 1; i < to; i++) {
            const lo = keys[2 * i];
            const hi = keys[2 * i + 1];
            let j = i - 1;
            while (j >= from) {
                const jh = keys[2 * j + 1];
                if (jh < hi || (jh === hi && keys[2 * j] <= lo))
                    break;
                keys[2 * j + 2] = keys[2 * j];
                keys[2 * j + 3] = jh;
                j--;
            }
            keys[2 * j + 2] = lo;
            keys[2 * j + 3] = hi;
        }
    }
    function radixSort(keys, from, to) {
        const n = to - from;
        if (scratch.length < 2 * n)
            scratch = new Uint32Array(Math.max(2 * n, 2 * scratch.length));
        counts.fill(0);
        for (let w = 2 * from; w < 2 * to; w += 2) {
            const lo = keys[w];
            const hi = keys[w + 1];
            counts[lo & MASK]++;
            counts[SIZE + ((lo >>> BITS) & MASK)]++;
            counts[2 * SIZE + (((lo >>> 24) | (hi << 8)) & MASK)]++;
            counts[3 * SIZE + ((hi >>> 4) & MASK)]++;
        }
        let source = keys;
        let sourceStart = 2 * from;
        let target = scratch;
        let targetStart = 0;
        for (let pass = 0; pass < 4; pass++) {
            const base = pass * SIZE;
            if (counts[base + digitOf(source[sourceStart], source[sourceStart + 1], pass)] === n)
                continue; // one digit
            let offset = 0;
            for (let d = base; d < base + SIZE; d++) {
                const c = counts[d];
                counts[d] = offset;
                offset += c;
            }
            for (let w = sourceStart; w < sourceStart + 2 * n; w += 2) {
                const lo = source[w];
                const hi = source[w + 1];
                const at = targetStart + 2 * counts[base + digitOf(lo, hi, pass)]++;
                target[at] = lo;
                target[at + 1] = hi;
            }
            const t = source;
            source = target;
            target = t;
            const s = sourceStart;
            sourceStart = targetStart;
            targetStart = s;
        }
        if (source !== keys)
            keys.set(source.subarray(sourceStart, sourceStart + 2 * n), 2 * from);
    }
    function unflip(keys, from, to) {
        for (let w = 2 * from; w < 2 * to; w += 2) {
            if ((keys[w + 1] & 0x80000000) === 0) {
                keys[w] = ~keys[w];
                keys[w + 1] = ~keys[w + 1] & 0x7fffffff;
            }
        }
    }
    return {
        sortBuckets(keys, starts, first, end) {
            for (let d = first; d < end; d++) {
                const from = starts[d];
                const to = starts[d + 1];
                if (to - from <= INSERTION_LIMIT)
                    insertionSort(keys, from, to);
                else
                    radixSort(keys, from, to);
                unflip(keys, from, to);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/metrics/sort-pool.ts


/**
 * Sorting the buckets of large score columns on two threads: the main thread and one worker share the buckets
 * through a counter in shared memory, each claiming the next chunk of buckets until none is left. Nothing waits
 * for the worker to start: while it boots, or if it never does, the main thread simply claims every chunk
 * itself. The result does not depend on which thread sorted what, since every bucket is sorted the same way.
 *
 * The caller stays synchronous (the metrics are pure functions): the main thread blocks in `Atomics.wait` only
 * for chunks the worker has claimed and not finished. `useSortWorker(false)` (the entry points' reading of
 * `MODEL_GATE_THREADS=1`) keeps everything on one thread.
 */
/** Below this many keys, handing work over costs more than it saves. */
const PARALLEL_MIN_KEYS = 1 << 18;
/** Chunks per call: enough that the two threads finish close together. */
const CHUNKS = 64;
/**
 * A worker that holds a chunk this long has failed (a chunk is a 64th of a column: milliseconds); the run stops
 * with an internal error rather than guess.
 */
const STALL_MS = 30_000;
const THREADS_HINT = 'set MODEL_GATE_THREADS=1 to sort on one thread, and please report this';
const kernel = createBucketSortKernel();
let worker;
let workerFailed = false;
let workerAllowed = true;
/** Allows or forbids the sort worker (allowed unless an entry point says otherwise). */
function useSortWorker(allowed) {
    workerAllowed = allowed;
}
/**
 * Hands the buckets to the worker and returns at once, so that the main thread can prepare the next column
 * while the worker sorts this one; `finishSortingBuckets` must be called before the keys are read. Small jobs,
 * or no worker: everything is sorted here and now.
 */
function startSortingBuckets(jobs) {
    let total = 0;
    for (const job of jobs)
        total += job.keys.length / 2;
    const helper = total >= PARALLEL_MIN_KEYS && jobs.every((j) => j.keys.buffer instanceof SharedArrayBuffer) ? sortWorker() : undefined;
    // control[0]: next chunk to claim; control[1]: chunks finished; control[2]: chunks the worker failed.
    const control = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    if (!helper) {
        for (const { keys, starts } of jobs)
            kernel.sortBuckets(keys, starts, 0, starts.length - 1);
        return { jobs, chunks: new Int32Array(0), control };
    }
    const chunks = splitIntoChunks(jobs, total);
    helper.postMessage({ jobs, chunks, control });
    return { jobs, chunks, control };
}
/** Sorts the chunks nobody has claimed yet, waits for those the worker holds; returns how many it sorted. */
function finishSortingBuckets({ jobs, chunks, control }) {
    const count = chunks.length / 3;
    let sortedHere = 0;
    for (let c = Atomics.add(control, 0, 1); c < count; c = Atomics.add(control, 0, 1)) {
        const job = jobs[chunks[3 * c]];
        kernel.sortBuckets(job.keys, job.starts, chunks[3 * c + 1], chunks[3 * c + 2]);
        Atomics.add(control, 1, 1);
        sortedHere++;
    }
    for (let done = Atomics.load(control, 1); done < count; done = Atomics.load(control, 1)) {
        if (Atomics.wait(control, 1, done, STALL_MS) === 'timed-out')
            throw new Error(`the sort worker stopped responding; ${THREADS_HINT}`);
    }
    if (Atomics.load(control, 2) > 0)
        throw new Error(`the sort worker failed; ${THREADS_HINT}`);
    return count - sortedHere;
}
/**
 * Chunks as (job, first bucket, end bucket) triples in shared memory, each holding about `total / CHUNKS` keys;
 * a bucket is never split.
 */
function splitIntoChunks(jobs, total) {
    const target = Math.max(1, Math.ceil(total / CHUNKS));
    const triples = [];
    jobs.forEach(({ starts }, j) => {
        const buckets = starts.length - 1;
        let first = 0;
        for (let d = 0; d < buckets; d++) {
            if (starts[d + 1] - starts[first] >= target || d === buckets - 1) {
                triples.push(j, first, d + 1);
                first = d + 1;
            }
        }
    });
    const chunks = new Int32Array(new SharedArrayBuffer(Math.max(1, triples.length) * Int32Array.BYTES_PER_ELEMENT));
    chunks.set(triples);
    return chunks;
}
/** The worker, started on first use and never keeping the process alive; undefined when threads are off. */
function sortWorker() {
    if (workerFailed || !workerAllowed)
        return undefined;
    if (!worker) {
        try {
            worker = new external_node_worker_threads_namespaceObject.Worker(WORKER_SOURCE, { eval: true });
        }
        catch {
            workerFailed = true;
            return undefined;
        }
        worker.unref();
        // A worker that cannot start never claims a chunk, so the main thread does them all; just stop using it.
        worker.on('error', () => {
            workerFailed = true;
            worker = undefined;
        });
    }
    return worker;
}
/**
 * The worker: the kernel's own source, and a loop claiming chunks. The worker allocates almost nothing, so its
 * garbage collector would hardly ever run and free the shared arrays each message brought (a column's worth of
 * memory per sort); it collects after every message instead (a few milliseconds on its tiny heap), where the
 * runtime lets it expose the collector (if not, it only keeps more memory).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
let collect = () => {};
try {
  require('node:v8').setFlagsFromString('--expose-gc');
  const gc = require('node:vm').runInNewContext('gc');
  if (typeof gc === 'function') collect = gc;
} catch {}
const kernel = (${createBucketSortKernel.toString()})();
parentPort.on('message', (message) => {
  const { jobs, chunks, control } = message;
  const count = chunks.length / 3;
  for (let c = Atomics.add(control, 0, 1); c < count; c = Atomics.add(control, 0, 1)) {
    try {
      const job = jobs[chunks[3 * c]];
      kernel.sortBuckets(job.keys, job.starts, chunks[3 * c + 1], chunks[3 * c + 2]);
    } catch {
      Atomics.add(control, 2, 1);
    }
    Atomics.add(control, 1, 1);
    Atomics.notify(control, 1);
  }
  message.jobs = undefined;
  setImmediate(collect);
});
`;


/***/ }),

/***/ 5357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NY: () => (/* binding */ argsortDescending),
/* harmony export */   qX: () => (/* binding */ startSortByClass),
/* harmony export */   y4: () => (/* binding */ sortByClass)
/* harmony export */ });
/* harmony import */ var _sort_pool_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7576);

/**
 * The sorts behind the ranking metrics. Large inputs use a radix sort on the IEEE-754 bits (linear time; one
 * 16-bit pass, then 12-bit digits within each bucket, see bucket-sort-kernel.ts), several times faster than
 * `Float64Array.prototype.sort` at ten million scores; small ones a comparison sort. Float bits are mapped to unsigned keys that sort ascending in the order wanted
 * (descending scores): negative numbers keep their bits, the others have every bit but the sign flipped.
 */
const RADIX_THRESHOLD = 4096;
const DIGITS = 1 << 16;
/**
 * Orders rows by score, highest first, ties by row (the sort is stable). Used where each row carries more
 * than its score (sample weights); -0 sorts after +0, next to it.
 */
function argsortDescending(values) {
    const n = values.length;
    if (n < RADIX_THRESHOLD) {
        const order = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            order[i] = i;
        return order.sort((a, b) => values[b] - values[a]);
    }
    return radixArgsortDescending(values);
}
/**
 * The scores of each class, each sorted highest first: what the ranking metrics walk. One pass splits the rows
 * by class and, at the same time, by the top 16 bits of their key (an MSD radix pass) into memory shared with
 * the sort worker; the buckets are then sorted on their low 48 bits, in cache, on two threads (sort-pool.ts),
 * with scratch memory for the largest bucket rather than for a whole class: at 80 million rows, megabytes
 * instead of gigabytes.
 */
function sortByClass(score, isPositive) {
    const sorting = startSortByClass(score, isPositive);
    sorting.finish();
    return sorting;
}
/**
 * `sortByClass` in two steps: this call splits the rows (on this thread) and hands the buckets to the sort
 * worker; `finish()` helps with what is left and waits. In between, this thread can split the next column.
 */
function startSortByClass(score, isPositive) {
    const n = score.length;
    if (n < RADIX_THRESHOLD)
        return { ...sortByClassSmall(score, isPositive), finish: () => undefined };
    const bits = new Uint32Array(score.buffer, score.byteOffset, n * 2);
    // Bucket boundaries per class: starts[d] is where top digit d begins, starts[DIGITS] the class size.
    const negativeStarts = new Uint32Array(DIGITS + 1);
    const positiveStarts = new Uint32Array(DIGITS + 1);
    countTopDigits(bits, isPositive, negativeStarts, positiveStarts);
    const shared = (count) => new Float64Array(new SharedArrayBuffer(count * Float64Array.BYTES_PER_ELEMENT));
    const negatives = shared(negativeStarts[DIGITS]);
    const positives = shared(positiveStarts[DIGITS]);
    const negativeKeys = new Uint32Array(negatives.buffer);
    const positiveKeys = new Uint32Array(positives.buffer);
    scatterByTopDigit(bits, isPositive, negativeStarts, positiveStarts, negativeKeys, positiveKeys);
    const ticket = (0,_sort_pool_js__WEBPACK_IMPORTED_MODULE_0__/* .startSortingBuckets */ .QT)([
        { keys: negativeKeys, starts: negativeStarts },
        { keys: positiveKeys, starts: positiveStarts },
    ]);
    return { positives, negatives, finish: () => void (0,_sort_pool_js__WEBPACK_IMPORTED_MODULE_0__/* .finishSortingBuckets */ .TP)(ticket) };
}
// The passes over every row are functions of their own: a column's loops compiled while they run (on-stack)
// are thrown away when the code after them runs, so each column would start slow again; as whole functions
// they stay compiled from the second column on (one-vs-rest AUC sorts one column per class).
/** Counts the rows of each class per top digit of their key, and turns the counts into bucket starts. */
function countTopDigits(bits, isPositive, negativeStarts, positiveStarts) {
    const n = isPositive.length;
    for (let i = 0; i < n; i++) {
        const digit = toKeyHigh(bits[2 * i + 1]) >>> 16;
        if (isPositive[i] === 0)
            negativeStarts[digit + 1]++;
        else
            positiveStarts[digit + 1]++;
    }
    for (let d = 1; d <= DIGITS; d++) {
        negativeStarts[d] += negativeStarts[d - 1];
        positiveStarts[d] += positiveStarts[d - 1];
    }
}
/** Writes every row's key into its class's array, in the bucket of its top digit. */
function scatterByTopDigit(bits, isPositive, negativeStarts, positiveStarts, negativeKeys, positiveKeys) {
    const n = isPositive.length;
    const negativeNext = negativeStarts.slice(0, DIGITS);
    const positiveNext = positiveStarts.slice(0, DIGITS);
    for (let i = 0; i < n; i++) {
        const high = bits[2 * i + 1];
        const flip = (high & 0x80000000) === 0;
        const lo = flip ? ~bits[2 * i] : bits[2 * i];
        const hi = flip ? ~high & 0x7fffffff : high;
        let at;
        if (isPositive[i] === 0) {
            at = 2 * negativeNext[hi >>> 16]++;
            negativeKeys[at] = lo;
            negativeKeys[at + 1] = hi;
        }
        else {
            at = 2 * positiveNext[hi >>> 16]++;
            positiveKeys[at] = lo;
            positiveKeys[at + 1] = hi;
        }
    }
}
function sortByClassSmall(score, isPositive) {
    let m = 0;
    for (let i = 0; i < score.length; i++)
        m += isPositive[i];
    const positives = new Float64Array(m);
    const negatives = new Float64Array(score.length - m);
    for (let i = 0, p = 0, q = 0; i < score.length; i++) {
        if (isPositive[i])
            positives[p++] = score[i];
        else
            negatives[q++] = score[i];
    }
    return { positives: positives.sort().reverse(), negatives: negatives.sort().reverse() };
}
/** The high word of a score's key, from the high word of its bits. */
function toKeyHigh(high) {
    return (high & 0x80000000) === 0 ? ~high & 0x7fffffff : high;
}
/** Counts → the first output position of each digit. */
function prefixSums(counts) {
    let offset = 0;
    for (let d = 0; d < DIGITS; d++) {
        const c = counts[d];
        counts[d] = offset;
        offset += c;
    }
}
function radixArgsortDescending(values) {
    const n = values.length;
    const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    let lo = new Uint32Array(n);
    let hi = new Uint32Array(n);
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        const low = bits[2 * i];
        const high = bits[2 * i + 1];
        if (high & 0x80000000) {
            lo[i] = low;
            hi[i] = high;
        }
        else {
            lo[i] = ~low >>> 0;
            hi[i] = ~(high | 0x80000000) >>> 0;
        }
        order[i] = i;
    }
    let loNext = new Uint32Array(n);
    let hiNext = new Uint32Array(n);
    let orderNext = new Uint32Array(n);
    const counts = new Uint32Array(DIGITS);
    for (let pass = 0; pass < 4; pass++) {
        const source = pass < 2 ? lo : hi;
        const shift = (pass & 1) * 16;
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[(source[i] >>> shift) & 0xffff]++;
        if (counts[(source[0] >>> shift) & 0xffff] === n)
            continue; // every key shares this digit
        prefixSums(counts);
        for (let i = 0; i < n; i++) {
            const at = counts[(source[i] >>> shift) & 0xffff]++;
            loNext[at] = lo[i];
            hiNext[at] = hi[i];
            orderNext[at] = order[i];
        }
        [lo, loNext] = [loNext, lo];
        [hi, hiNext] = [hiNext, hi];
        [order, orderNext] = [orderNext, order];
    }
    return order;
}


/***/ }),

/***/ 7691:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ subsetRows)
/* harmony export */ });
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5547);

/** The rows `rows` of the data, as data of the same task and class list (for per-slice metrics). */
function subsetRows(data, rows) {
    const pickF = (a) => {
        const out = new Float64Array(rows.length);
        for (let j = 0; j < rows.length; j++)
            out[j] = a[rows[j]];
        return out;
    };
    const pickI = (a) => {
        const out = (0,_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .allocateCodes */ .q)(data.task === 'regression' ? 0 : data.classes.length, rows.length);
        for (let j = 0; j < rows.length; j++)
            out[j] = a[rows[j]];
        return out;
    };
    const weights = data.weights && pickF(data.weights);
    if (data.task === 'regression') {
        return { ...data, n: rows.length, yTrue: pickF(data.yTrue), yPred: pickF(data.yPred), weights };
    }
    return {
        ...data,
        n: rows.length,
        yTrue: pickI(data.yTrue),
        yPred: pickI(data.yPred),
        score: data.score && pickF(data.score),
        proba: data.proba?.map(pickF),
        weights,
    };
}


/***/ }),

/***/ 7023:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ renderConfusionMarkdown),
/* harmony export */   Gp: () => (/* binding */ formatSigned),
/* harmony export */   Vn: () => (/* binding */ selectClasses),
/* harmony export */   mm: () => (/* binding */ shortClassName),
/* harmony export */   th: () => (/* binding */ fitsClasses)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(735);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2011);



/** Longest class name shown in a table; longer names are cut with `…` (before escaping). */
const MAX_CLASS_NAME = 40;
/**
 * Picks at most `maxClasses` classes to show: all of them when they fit, otherwise those with the most examples
 * in the current run (row sums: support), ties by position. Kept in the matrix's own order.
 */
function selectClasses(pair, maxClasses) {
    const all = pair.classes.map((_, i) => i);
    if (all.length <= maxClasses)
        return { indexes: all, omitted: 0 };
    const support = all.map((i) => (pair.current[i] ?? []).reduce((sum, v) => sum + v, 0));
    const top = [...all].sort((a, b) => support[b] - support[a] || a - b).slice(0, Math.max(0, maxClasses));
    return { indexes: top.sort((a, b) => a - b), omitted: all.length - top.length };
}
/** Whether a matrix is square over the classes and all finite; a mismatched one is reported, not guessed at. */
function fitsClasses(matrix, classes) {
    return matrix !== undefined && matrix.length === classes.length && matrix.every((row) => row.length === classes.length && row.every(Number.isFinite));
}
/** A class name cut to a readable length; callers escape it for their format. */
function shortClassName(name) {
    const chars = [...name];
    return chars.length > MAX_CLASS_NAME ? `${chars.slice(0, MAX_CLASS_NAME - 1).join('')}…` : name;
}
/**
 * The confusion matrices as markdown: baseline, current, and their difference (current − baseline, signed), rows
 * the true class and columns the predicted class. With more than `maxClasses` classes only the best-supported are
 * shown, with a note. Class names are escaped.
 */
function renderConfusionMarkdown(pair, maxClasses = 12) {
    if (!fitsClasses(pair.current, pair.classes)) {
        return `The confusion matrix does not match its ${pair.classes.length} classes, so it is not shown.\n`;
    }
    const selection = selectClasses(pair, maxClasses);
    const out = [];
    if (selection.omitted > 0) {
        out.push(`Showing the ${selection.indexes.length} of ${pair.classes.length} classes with the most examples in this run; the other ${selection.omitted} are left out of these tables.`, '');
    }
    const current = (title) => [title, '', table(pair, selection, pair.current, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .F), ''];
    if (pair.baseline === undefined) {
        out.push(...current('**Current** (rows: true class, columns: predicted)'), 'No baseline confusion matrix to compare with.');
    }
    else if (!fitsClasses(pair.baseline, pair.classes)) {
        out.push(...current('**Current** (rows: true class, columns: predicted)'), 'The baseline confusion matrix does not match these classes, so it and the difference are not shown.');
    }
    else {
        const baseline = pair.baseline;
        const difference = pair.current.map((row, i) => row.map((v, j) => v - baseline[i][j]));
        out.push('**Baseline** (rows: true class, columns: predicted)', '', table(pair, selection, baseline, _format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .F), '');
        out.push(...current('**Current**'));
        out.push('**Difference** (current − baseline)', '', table(pair, selection, difference, formatSigned));
    }
    return `${out.join('\n').trimEnd()}\n`;
}
function table(pair, selection, matrix, format) {
    const names = selection.indexes.map((i) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(shortClassName(pair.classes[i])));
    const header = ['true ↓ / predicted →', ...names];
    const rows = selection.indexes.map((i, r) => [names[r], ...selection.indexes.map((j) => format(matrix[i][j]))]);
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([header, ...rows], { align: ['l', ...names.map(() => 'r')], alignDelimiters: false });
}
/** A difference with its sign: `+3`, `−2` (a real minus, as in the metric table), `0`. */
function formatSigned(value) {
    if (value === 0)
        return '0';
    return `${value > 0 ? '+' : '−'}${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .F)(Math.abs(value))}`;
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/**
 * Makes text from an artifact (metric ids, class names, slice values) inert in GitHub markdown: it renders as
 * the same characters, cannot break a table cell, open HTML, start code or a link, or @-mention anyone.
 * Every cell of every table goes through here.
 */
const REPLACEMENTS = {
    '\\': '\\\\',
    '|': '\\|',
    '`': '\\`',
    '*': '\\*',
    _: '\\_',
    '~': '\\~',
    '[': '\\[',
    ']': '\\]',
    '<': '&lt;',
    '>': '&gt;',
    '&': '&amp;',
    // A zero-width joiner keeps the text readable but stops GitHub from turning it into a mention or an issue ref.
    '@': '@\u200d',
    '#': '#\u200d',
};
function escapeMarkdown(text) {
    return text.replace(/[\\|`*_~[\]<>&@#]/g, (c) => REPLACEMENTS[c]).replace(/[\r\n]+/g, ' ');
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ formatValue)
/* harmony export */ });
/** Numbers for people: enough significant digits to see a change, never 17 of them. */
function formatValue(value) {
    if (value === null || value === undefined)
        return '—';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return value.toLocaleString('en-US');
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e9))
        return value.toExponential(3);
    if (abs >= 1000)
        return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
    return String(Number(value.toPrecision(4)));
}


/***/ }),

/***/ 4548:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _N: () => (/* binding */ describeRuns),
  Gc: () => (/* binding */ renderMarkdown),
  Y3: () => (/* binding */ ruleText)
});

// UNUSED EXPORTS: COMMENT_LIMIT

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __nccwpck_require__(735);
// EXTERNAL MODULE: ./src/gate/rules.ts
var rules = __nccwpck_require__(7344);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
// EXTERNAL MODULE: ./src/report/confusion-table.ts
var confusion_table = __nccwpck_require__(7023);
;// CONCATENATED MODULE: ./src/report/mermaid.ts
/**
 * Mermaid `xychart-beta` charts for the PR comment (SPEC §6, issue "Pictures"). GitHub renders fenced ```mermaid
 * blocks as diagrams. Markdown escaping does not apply inside a code block, so every string from an artifact goes
 * through sanitizeMermaidText instead: it can neither end its quoted string, the block or the diagram, nor
 * reach mermaid's directives, comments, entities or math.
 */
/** Colours by plot order. Plots are unnamed (legends need a newer mermaid than GitHub may run), so titles name the colours. */
const BLUE = '#0969da';
const GREY = '#8c959f';
const ORANGE = '#bc4c00';
const MAX_TITLE = 80;
const MAX_AXIS_TITLE = 40;
const MAX_CATEGORY = 12;
/**
 * Makes an artifact string safe inside a quoted mermaid string: `"` becomes `'`, brackets and braces become
 * parentheses, anything else outside letters, digits and `. _ - + / : ( ) = , ! ? * ' @` becomes `_` (so no
 * `#`/`;` entity, `%%` comment or directive, `$$` math, backtick, `<`, `>` or newline survives), runs of
 * spaces collapse, and the result is cut to `max` characters with `…`.
 */
function sanitizeMermaidText(text, max = MAX_TITLE) {
    const clean = text
        .replace(/"/g, "'")
        .replace(/[[{]/g, '(')
        .replace(/[\]}]/g, ')')
        .replace(/[^\p{L}\p{M}\p{N} ._\-+/:()=,!?*'@]/gu, '_')
        .replace(/ +/g, ' ')
        .trim();
    const chars = [...clean];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}
/**
 * A number mermaid's lexer accepts (`[+-]?\d+(\.\d+)?`): 4 significant digits, never an exponent, `-0` as `0`.
 */
function formatMermaidNumber(value) {
    if (!Number.isFinite(value))
        throw new RangeError(`mermaid cannot plot ${value}`);
    const text = value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 4 });
    return text === '-0' ? '0' : text;
}
/**
 * A metric's trend over the default branch's last runs as a blue line ending at this run (labelled "this PR"),
 * and this run's value as a flat orange line across the chart, so a reader sees at once whether it lies within
 * the usual wobble. (A bar for this run was tried: mermaid gives even zero-height bars a visible stub.) Runs
 * without a value are left out, and a note under the chart says how many. The y-axis is padded around the
 * values; the axis titles are left out because mermaid draws them over the tick labels and the title names the
 * metric. Returns '' when no run has a value.
 */
function renderTrendChart(trend) {
    const points = trend.points.map((p, i) => ({ ...p, current: i === trend.points.length - 1 }));
    const shown = points.filter((p) => p.value !== null && Number.isFinite(p.value));
    if (shown.length === 0)
        return '';
    const values = shown.map((p) => p.value);
    const [low, high] = paddedRange(values);
    const last = shown[shown.length - 1];
    const hasCurrent = last.current;
    const history = shown.length - (hasCurrent ? 1 : 0);
    const better = trend.direction === 'higher' ? 'higher is better' : 'lower is better';
    const tail = hasCurrent ? `orange: this run ${formatMermaidNumber(last.value)}` : 'this run has no value';
    const earlier = history === 0 ? 'no earlier runs' : `${history} earlier ${history === 1 ? 'run' : 'runs'}`;
    const title = `${sanitizeMermaidText(trend.id, 40)}: ${earlier} (${better}), ${tail}`;
    const lines = [
        '```mermaid',
        directive(hasCurrent ? [ORANGE, BLUE] : [BLUE]),
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis [${uniqueLabels(shown.map((p) => p.label)).map((l) => `"${l}"`).join(', ')}]`,
        `    y-axis ${formatMermaidNumber(low)} --> ${formatMermaidNumber(high)}`,
    ];
    if (hasCurrent)
        lines.push(`    line [${shown.map(() => formatMermaidNumber(last.value)).join(', ')}]`);
    lines.push(`    line [${values.map(formatMermaidNumber).join(', ')}]`, '```');
    const missing = points.length - shown.length;
    if (missing > 0)
        lines.push('', `${missing} ${missing === 1 ? 'run has' : 'runs have'} no value and ${missing === 1 ? 'is' : 'are'} left out of the chart.`);
    return `${lines.join('\n')}\n`;
}
/**
 * Baseline (grey) and current (blue) curves as two lines on their shared x grid, e.g. ROC or precision–recall.
 * `areaName` labels `Curve.area` in the title (e.g. "AUC", "AP"). A grid point where either curve has no finite
 * value is left out; a baseline on another grid is not drawn, and the title says so.
 */
function renderCurveChart(title, pair, xLabel, yLabel, areaName = 'area') {
    const { current } = pair;
    const baseline = pair.baseline && sameGrid(pair.baseline.x, current.x) ? pair.baseline : undefined;
    const keep = current.x
        .map((x, i) => i)
        .filter((i) => [current.x[i], current.y[i], ...(baseline ? [baseline.y[i]] : [])].every((v) => v !== undefined && Number.isFinite(v)));
    const describe = (name, colour, area) => `${name} (${colour}${area !== undefined && Number.isFinite(area) ? `, ${sanitizeMermaidText(areaName, 12)} ${formatMermaidNumber(area)}` : ''})`;
    const parts = [describe('current', 'blue', current.area)];
    if (baseline)
        parts.unshift(describe('baseline', 'grey', baseline.area));
    else
        parts.push(pair.baseline ? 'baseline on another grid, not drawn' : 'no baseline');
    if (keep.length === 0)
        return '';
    const heading = `${sanitizeMermaidText(title, 40)}: ${parts.join(baseline ? ' vs ' : ', ')}`;
    const ys = keep.flatMap((i) => [current.y[i], ...(baseline ? [baseline.y[i]] : [])]);
    const [low, high] = ys.length > 0 && ys.every((v) => v >= 0 && v <= 1) ? [0, 1] : paddedRange(ys.length > 0 ? ys : [0]);
    const series = (ys) => `[${keep.map((i) => formatMermaidNumber(ys[i])).join(', ')}]`;
    const lines = [
        '```mermaid',
        directive(baseline ? [GREY, BLUE] : [BLUE]),
        'xychart-beta',
        `    title "${heading}"`,
        `    x-axis "${sanitizeMermaidText(xLabel, MAX_AXIS_TITLE)}" [${keep.map((i) => formatMermaidNumber(current.x[i])).join(', ')}]`,
        `    y-axis "${sanitizeMermaidText(yLabel, MAX_AXIS_TITLE)}" ${formatMermaidNumber(low)} --> ${formatMermaidNumber(high)}`,
    ];
    if (baseline)
        lines.push(`    line ${series(baseline.y)}`);
    lines.push(`    line ${series(current.y)}`, '```');
    return `${lines.join('\n')}\n`;
}
/** An init directive setting the plot colours; written by us, never from an artifact. */
function directive(palette) {
    return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette.join(', ')}"}}}}%%`;
}
/** xychart's x-axis is a band scale: equal labels would share one band, so repeats get a counter. */
function uniqueLabels(labels) {
    const seen = new Map();
    return labels.map((label) => {
        const clean = sanitizeMermaidText(label, MAX_CATEGORY) || '?';
        const count = (seen.get(clean) ?? 0) + 1;
        seen.set(clean, count);
        return count === 1 ? clean : `${clean} (${count})`;
    });
}
function sameGrid(a, b) {
    return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]) < 1e-9);
}
/**
 * min..max padded by a tenth of the span (or of the value, for a flat series), rounded outward to a tidy step,
 * and kept within 0..1 when every value is — most metrics are rates.
 */
function paddedRange(values) {
    const min = Math.min(...values);
    const max = Math.max(...values);
    const span = max - min;
    const pad = span > 0 ? span * 0.1 : Math.abs(max) > 0 ? Math.abs(max) * 0.05 : 0.05;
    let low = min - pad;
    let high = max + pad;
    const step = 10 ** (Math.floor(Math.log10(high - low)) - 1);
    low = Math.floor(low / step) * step;
    high = Math.ceil(high / step) * step;
    if (min >= 0 && low < 0)
        low = 0;
    if (min >= 0 && max <= 1 && high > 1)
        high = 1;
    // Rounded outward to the 4 significant digits mermaid is given, so the axis still holds every value.
    return [roundSignificant(low, 'down'), roundSignificant(high, 'up')];
}
function roundSignificant(value, direction) {
    if (value === 0)
        return 0;
    const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 3);
    // The nudge keeps 0.84 / 0.0001 = 8399.999… from flooring to 8399.
    const units = direction === 'down' ? Math.floor(value / step + 1e-9) : Math.ceil(value / step - 1e-9);
    return Number((units * step).toPrecision(4));
}

;// CONCATENATED MODULE: ./src/report/sparkline.ts
/** Eight block heights, lowest first. */
const BLOCKS = '▁▂▃▄▅▆▇█';
/** Where a run has no value: visible, so a gap is not read as a low value, and never trimmed from a table cell. */
const GAP = '·';
/** Between the earlier runs and the run under review in a trend cell. */
const ARROW = ' → ';
/**
 * A unicode sparkline: one block per value, scaled to the min..max of the finite values. A flat series is all
 * middle blocks (▄), so no change does not look like a low value; null or non-finite values show as `·`.
 */
function renderSparkline(values) {
    return sparkBlocks(values).join('');
}
/**
 * A trend as one markdown table cell: the earlier runs' sparkline, an arrow, then the run under review on the
 * same scale, e.g. `▂▃▃▄▃▂ → ▁`. The arrow sets the last point apart without bold or colour (which a table cell
 * and a terminal would not both show); a trend of one run is just its block. No `|`, nothing from an artifact.
 */
function renderTrendCell(trend) {
    const blocks = sparkBlocks(trend.points.map((p) => p.value));
    if (blocks.length <= 1)
        return blocks.join('');
    return `${blocks.slice(0, -1).join('')}${ARROW}${blocks[blocks.length - 1]}`;
}
function sparkBlocks(values) {
    const finite = values.filter((v) => v !== null && Number.isFinite(v));
    if (finite.length === 0)
        return values.map(() => GAP);
    const min = Math.min(...finite);
    const max = Math.max(...finite);
    const span = max - min;
    return values.map((v) => {
        if (v === null || !Number.isFinite(v))
            return GAP;
        if (span === 0 || !Number.isFinite(span))
            return BLOCKS[3];
        const level = Math.round(((v - min) / span) * (BLOCKS.length - 1));
        return BLOCKS[Math.min(BLOCKS.length - 1, Math.max(0, level))];
    });
}

// EXTERNAL MODULE: ./src/report/numbers.ts
var numbers = __nccwpck_require__(5616);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __nccwpck_require__(8850);
;// CONCATENATED MODULE: ./src/report/markdown.ts








/** GitHub's limit on a comment body; the renderer stays under it (SPEC §6). */
const COMMENT_LIMIT = 65_536;
/**
 * The report as GitHub markdown: headline, the metric table with regressions first, then folded sections for
 * slices, other metrics and notes. Every string from an artifact passes through escapeMarkdown.
 */
function renderMarkdown(report, options = {}) {
    const maxLength = options.maxLength ?? COMMENT_LIMIT;
    const sections = (0,report_report/* splitSections */.nO)(report.gate);
    const full = assemble(report, { pictures: true, slices: true, other: true, notes: true, mainRows: sections.main.length }, []);
    if (full.length <= maxLength)
        return full;
    const hint = options.fullReportHint ?? 'the full report is in the job summary';
    const dropped = [];
    const plan = { pictures: true, slices: true, other: true, notes: true, mainRows: sections.main.length };
    const present = { pictures: report.pictures !== undefined && hasPictures(report.pictures), other: sections.other.length > 0, slices: sections.slices.length > 0, notes: report.notes.length > 0 };
    for (const section of ['pictures', 'other', 'slices', 'notes']) {
        plan[section] = false;
        if (present[section])
            dropped.push(section === 'other' ? 'other metrics' : section === 'pictures' ? 'charts' : section);
        const text = assemble(report, plan, trimNote(dropped, hint));
        if (text.length <= maxLength)
            return text;
    }
    // Still too long: keep as many main-table rows as fit (they are sorted regressions first).
    let low = 0;
    let high = sections.main.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        const text = assemble(report, { ...plan, mainRows: mid }, trimNote([...dropped, 'rows'], hint));
        if (text.length <= maxLength)
            low = mid;
        else
            high = mid - 1;
    }
    return assemble(report, { ...plan, mainRows: low }, trimNote([...dropped, `${sections.main.length - low} rows`], hint));
}
function trimNote(dropped, hint) {
    return [`> ✂️ Trimmed to fit GitHub's comment limit (dropped: ${dropped.join(', ')}); ${hint}.`];
}
function assemble(report, plan, trim) {
    const { title, counts } = (0,report_report/* headline */.Pl)(report);
    const sections = (0,report_report/* splitSections */.nO)(report.gate);
    const lines = [`### ${title}`, '', `**${counts}** · ${(0,report_escape/* escapeMarkdown */.F)(describeRuns(report))}`, ''];
    if (report.comparison)
        lines.push((0,report_escape/* escapeMarkdown */.F)((0,report_report/* describeComparison */.L5)(report.comparison)), '');
    const provenance = report.baseline?.provenance;
    if (provenance)
        lines.push(`${(0,report_escape/* escapeMarkdown */.F)((0,report_report/* describeProvenance */.h3)(provenance))}${provenance.url ? ` · [run](${encodeURI(provenance.url)})` : ''}`, '');
    lines.push(...trim.map((t) => `${t}\n`));
    if (!report.gate.hasBaseline && report.baselineExpected) {
        lines.push('No baseline was found, so only absolute rules (min, max) were checked. A baseline is recorded when this runs on a push to the default branch.', '');
    }
    const main = sections.main.slice(0, plan.mainRows);
    const trends = new Map((report.pictures?.trends ?? []).map((t) => [t.id, t]));
    if (main.length > 0) {
        lines.push(metricTable(main, trends), '');
        if (plan.mainRows < sections.main.length)
            lines.push(`… and ${sections.main.length - plan.mainRows} more rows.`, '');
        const reasons = main.filter((v) => v.reasons.length > 0 && v.status !== 'pass' && v.status !== 'new');
        for (const verdict of reasons) {
            lines.push(`- ${report_report/* STATUS_ICON */.tW[verdict.status]} **${(0,report_escape/* escapeMarkdown */.F)(verdict.id)}**: ${(0,report_escape/* escapeMarkdown */.F)(verdict.reasons.join('; '))}`);
        }
        if (reasons.length > 0)
            lines.push('');
    }
    // Without any rule the ungated metrics are the report, so they are shown rather than folded.
    const otherShown = main.length === 0 && sections.other.length > 0;
    if (otherShown)
        lines.push(metricTable(sections.other), '');
    if (plan.other && report.comparison?.churn)
        lines.push(...churnSection(report.comparison.churn));
    if (plan.pictures && report.pictures)
        lines.push(...pictureSections(report.pictures));
    if (report.htmlReportUrl)
        lines.push(`📈 [Full report with charts](${encodeURI(report.htmlReportUrl)})`, '');
    if (plan.slices && sections.slices.length > 0)
        lines.push(...folded(`Slices (${sections.slices.length} metrics)`, metricTable(sections.slices)));
    if (plan.other && !otherShown && sections.other.length > 0) {
        lines.push(...folded(`Other metrics (${sections.other.length}, no rule)`, metricTable(sections.other)));
    }
    if (plan.notes && report.notes.length > 0) {
        lines.push(...folded(`Notes (${report.notes.length})`, report.notes.map((n) => `- ${(0,report_escape/* escapeMarkdown */.F)(n)}`).join('\n')));
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
function folded(summary, body) {
    return [`<details><summary>${(0,report_escape/* escapeMarkdown */.F)(summary)}</summary>`, '', body, '', '</details>', ''];
}
function metricTable(verdicts, trends = new Map()) {
    const withInterval = verdicts.some((v) => v.estimate !== undefined);
    const withTrend = verdicts.some((v) => trends.has(v.id));
    const rows = verdicts.map((v) => {
        const delta = (0,numbers/* formatDelta */.CW)(v);
        const cells = [report_report/* STATUS_ICON */.tW[v.status], (0,report_escape/* escapeMarkdown */.F)(v.id), (0,numbers/* formatMetricValue */.dd)(v.baseline), (0,numbers/* formatMetricValue */.dd)(v.current), delta.absolute, delta.relative];
        if (withInterval)
            cells.push((0,numbers/* formatInterval */.vy)(v));
        if (withTrend)
            cells.push(trends.has(v.id) ? renderTrendCell(trends.get(v.id)) : '');
        cells.push(v.rule ? (0,report_escape/* escapeMarkdown */.F)(ruleText(v)) : '');
        return cells;
    });
    const header = ['', 'metric', 'baseline', 'current', 'Δ', 'Δ %', ...(withInterval ? [`Δ ${intervalLevel(verdicts)}% CI`] : []), ...(withTrend ? ['trend'] : []), 'rule'];
    return (0,markdown_table/* markdownTable */.Q)([header, ...rows], {
        align: ['c', 'l', 'r', 'r', 'r', 'r', ...(withInterval ? ['r'] : []), ...(withTrend ? ['l'] : []), 'l'],
        alignDelimiters: false,
    });
}
function hasPictures(p) {
    return p.trends.length > 0 || p.roc !== undefined || p.precisionRecall !== undefined || p.confusion !== undefined;
}
/** Folded sections with the charts: trends over the default branch, ROC and PR curves, confusion matrices. */
function pictureSections(pictures) {
    const lines = [];
    if (pictures.trends.length > 0) {
        lines.push(...folded(`Trends over the last ${pictures.trends[0].points.length - 1} default-branch runs`, pictures.trends.map(renderTrendChart).join('\n\n')));
    }
    const curves = [
        pictures.roc && renderCurveChart('ROC curve', pictures.roc, 'false positive rate', 'true positive rate', 'AUC'),
        pictures.precisionRecall && renderCurveChart('Precision–recall curve', pictures.precisionRecall, 'recall', 'precision', 'AP'),
    ].filter((c) => c !== undefined);
    if (curves.length > 0)
        lines.push(...folded('ROC and precision–recall curves (baseline vs current)', curves.join('\n\n')));
    if (pictures.confusion)
        lines.push(...folded('Confusion matrices', (0,confusion_table/* renderConfusionMarkdown */.Cn)(pictures.confusion)));
    return lines;
}
function intervalLevel(verdicts) {
    return Math.round((verdicts.find((v) => v.estimate)?.estimate?.level ?? 0.95) * 100);
}
/** Prediction churn: how many examples flipped each way, by class, and the first newly wrong ids. */
function churnSection(churn) {
    const body = [
        `${churn.rightToWrong.toLocaleString('en-US')} examples went from right to wrong, ${churn.wrongToRight.toLocaleString('en-US')} from wrong to right.`,
        '',
    ];
    if (churn.byClass.length > 1) {
        body.push((0,markdown_table/* markdownTable */.Q)([['true class', 'right → wrong', 'wrong → right'], ...churn.byClass.slice(0, 30).map(([c, rw, wr]) => [(0,report_escape/* escapeMarkdown */.F)(c), String(rw), String(wr)])], {
            align: ['l', 'r', 'r'],
            alignDelimiters: false,
        }), '');
    }
    if (churn.newlyWrong.length > 0)
        body.push(`First newly wrong ids: ${churn.newlyWrong.map(report_escape/* escapeMarkdown */.F).join(', ')}`);
    return folded(`Prediction churn (${churn.rightToWrong} right → wrong, ${churn.wrongToRight} wrong → right)`, body.join('\n'));
}
/** The rule in words, naming the key it came from when that is a glob or `default`. */
function ruleText(verdict) {
    if (!verdict.rule)
        return '';
    const named = (rule) => (rule.key === verdict.id ? (0,rules/* describeRule */.IO)(rule) : `${(0,rules/* describeRule */.IO)(rule)} (${rule.key})`);
    const text = named(verdict.rule);
    const base = verdict.baselineRule;
    if (!base || base === verdict.rule || (0,rules/* describeRule */.IO)(base) === (0,rules/* describeRule */.IO)(verdict.rule))
        return text;
    return `${text}; baseline: ${named(base)}`;
}
function describeRuns(report) {
    const describe = (run) => {
        const parts = [run.label];
        if (run.task)
            parts.push(run.task);
        if (run.n !== undefined)
            parts.push(`${run.n.toLocaleString('en-US')} examples`);
        return parts.join(', ');
    };
    return report.baseline ? `${describe(report.current)} vs ${describe(report.baseline)}` : describe(report.current);
}


/***/ }),

/***/ 5616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ formatDelta),
/* harmony export */   dd: () => (/* binding */ formatMetricValue),
/* harmony export */   vy: () => (/* binding */ formatInterval)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2011);

/** The cells every rendering shows for a metric, formatted for people. */
function formatDelta(verdict) {
    if (verdict.delta === undefined)
        return { absolute: '', relative: '' };
    if (verdict.delta === 0)
        return { absolute: '0', relative: '0%' };
    const sign = verdict.delta > 0 ? '+' : '−';
    const absolute = `${sign}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .F)(Math.abs(verdict.delta))}`;
    if (verdict.relativeDelta === undefined)
        return { absolute, relative: '' };
    const percent = Math.abs(verdict.relativeDelta * 100);
    const relative = `${sign}${percent >= 10 ? percent.toFixed(1) : percent >= 0.1 ? percent.toFixed(2) : percent.toPrecision(2)}%`;
    return { absolute, relative };
}
function formatMetricValue(value) {
    if (value === undefined)
        return '';
    if (value === null)
        return 'NaN';
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .F)(value);
}
/** The interval of a delta, in the same style as the delta: "−0.031 … −0.009". */
function formatInterval(verdict) {
    if (!verdict.estimate)
        return '';
    const show = (v) => (v === 0 ? '0' : `${v > 0 ? '+' : '−'}${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .F)(Math.abs(v))}`);
    const [low, high] = verdict.estimate.interval;
    return `${show(low)} … ${show(high)}`;
}


/***/ }),

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ describeComparison),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   h3: () => (/* binding */ describeProvenance),
/* harmony export */   nO: () => (/* binding */ splitSections),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* unused harmony exports isSliceId, byAttention */
/* harmony import */ var _gate_direction_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7490);

/** One line on where the baseline came from, e.g. "Baseline: abc1234 · run #12 · 2026-11-20 — the merge-base". */
function describeProvenance(p) {
    const sha = /^[0-9a-f]{7,64}$/i.test(p.sha) ? p.sha.slice(0, 7) : 'local';
    const parts = [sha];
    if (p.runNumber !== null)
        parts.push(`run #${p.runNumber}`);
    if (p.date)
        parts.push(p.date.slice(0, 10));
    const how = {
        'merge-base': "recorded on this pull request's merge-base",
        'before-merge-base': 'not the merge-base: the newest baseline recorded before it',
        newest: 'not the merge-base: the newest baseline on the branch',
        local: 'a local baseline',
    }[p.match];
    return `Baseline ${parts.join(' · ')} (${how})`;
}
/** Order of statuses in tables: what needs attention first. */
const STATUS_ORDER = ['fail', 'warn', 'accepted', 'removed', 'new', 'pass', 'skipped', 'info'];
const STATUS_ICON = {
    fail: '❌',
    warn: '⚠️',
    accepted: '☑️',
    removed: '➖',
    new: '🆕',
    pass: '✅',
    skipped: '⏭️',
    info: '·',
};
function isSliceId(id) {
    return (0,_gate_direction_js__WEBPACK_IMPORTED_MODULE_0__/* .baseMetricId */ .V)(id) !== id;
}
/** Regressions first, then by the order the metrics were computed. */
function byAttention(verdicts) {
    const position = new Map(verdicts.map((v, i) => [v.id, i]));
    return [...verdicts].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || position.get(a.id) - position.get(b.id));
}
function splitSections(gate) {
    const main = [];
    const other = [];
    const slices = [];
    for (const verdict of byAttention(gate.verdicts)) {
        const slice = isSliceId(verdict.id);
        const attention = verdict.status === 'fail' || verdict.status === 'warn' || verdict.status === 'accepted';
        if (attention || (!slice && verdict.status !== 'info'))
            main.push(verdict);
        else if (slice)
            slices.push(verdict);
        else
            other.push(verdict);
    }
    return { main, other, slices: bySliceRegression(slices) };
}
/** The headline: verdict and counts, e.g. "2 failed · 1 warning · 14 passed". */
function headline(report) {
    const { counts, status } = report.gate;
    const parts = [];
    if (counts.fail)
        parts.push(`${counts.fail} failed`);
    if (counts.warn)
        parts.push(`${counts.warn} warning${counts.warn === 1 ? '' : 's'}`);
    if (counts.accepted)
        parts.push(`${counts.accepted} accepted`);
    if (counts.pass)
        parts.push(`${counts.pass} passed`);
    if (counts.new)
        parts.push(`${counts.new} new`);
    if (counts.removed)
        parts.push(`${counts.removed} removed`);
    if (counts.skipped)
        parts.push(`${counts.skipped} not gated (small slices)`);
    const title = status === 'fail'
        ? `❌ model-gate: ${report.passed ? 'rules failed (not blocking)' : 'failed'}`
        : status === 'warn'
            ? '⚠️ model-gate: passed with warnings'
            : status === 'no-baseline' && report.baselineExpected
                ? `${report.passed ? '🆕' : '❌'} model-gate: no baseline yet`
                : '✅ model-gate: passed';
    return { title, counts: parts.join(' · ') || 'no rules' };
}
/** "2,000 shared examples · 12 added · 3 removed · 1 changed label", or why there is no pairing. */
function describeComparison(c) {
    const parts = [];
    if (c.paired) {
        parts.push(`paired on ${c.pairedRows.toLocaleString('en-US')} shared examples`);
        if (c.added)
            parts.push(`${c.added.toLocaleString('en-US')} added`);
        if (c.removed)
            parts.push(`${c.removed.toLocaleString('en-US')} removed`);
        if (c.changedLabels)
            parts.push(`${c.changedLabels.toLocaleString('en-US')} with changed labels (left out)`);
    }
    else if (c.reason) {
        parts.push(`unpaired: ${c.reason}`);
    }
    parts.push(c.significance);
    return parts.join(' · ');
}
/** Slices sorted by regression: the largest relative worsening first, improvements last (issue 8). */
function bySliceRegression(verdicts) {
    const worsening = (v) => {
        if (v.relativeDelta === undefined)
            return Number.NEGATIVE_INFINITY;
        return v.direction === 'higher' ? -v.relativeDelta : v.relativeDelta;
    };
    return [...verdicts].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || worsening(b) - worsening(a));
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText),
/* harmony export */   t: () => (/* binding */ inert)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4548);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5616);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8850);



/** Control characters from artifacts must not drive the terminal (escape sequences, carriage returns). */
function inert(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
/** The report for a terminal: the same sections as the comment, as aligned plain-text tables. */
function renderText(report) {
    const { title, counts } = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .headline */ .Pl)(report);
    const sections = (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .splitSections */ .nO)(report.gate);
    const lines = [title, `${counts} · ${inert((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRuns */ ._N)(report))}`, ''];
    if (report.baseline?.provenance)
        lines.splice(2, 0, inert((0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .describeProvenance */ .h3)(report.baseline.provenance)));
    if (report.comparison)
        lines.splice(lines.length - 1, 0, inert((0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .describeComparison */ .L5)(report.comparison)));
    if (!report.gate.hasBaseline && report.baselineExpected)
        lines.push('No baseline: only absolute rules (min, max) were checked.', '');
    if (sections.main.length > 0)
        lines.push(...table(sections.main), '');
    for (const verdict of sections.main) {
        if (verdict.reasons.length > 0 && verdict.status !== 'pass' && verdict.status !== 'new') {
            lines.push(`${_report_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ICON */ .tW[verdict.status]} ${inert(verdict.id)}: ${inert(verdict.reasons.join('; '))}`);
        }
    }
    if (sections.slices.length > 0)
        lines.push('', `Slices (${sections.slices.length} metrics)`, ...table(sections.slices));
    if (sections.other.length > 0)
        lines.push('', sections.main.length > 0 ? 'Other metrics (no rule)' : 'Metrics', ...table(sections.other));
    const churn = report.comparison?.churn;
    if (churn) {
        lines.push('', `Prediction churn: ${churn.rightToWrong} right → wrong, ${churn.wrongToRight} wrong → right`);
        if (churn.newlyWrong.length > 0)
            lines.push(`  first newly wrong ids: ${churn.newlyWrong.map(inert).join(', ')}`);
    }
    if (report.notes.length > 0)
        lines.push('', 'Notes:', ...report.notes.map((n) => `  - ${inert(n)}`));
    lines.push('', report.outcome);
    return `${lines.join('\n')}\n`;
}
function table(verdicts) {
    const withInterval = verdicts.some((v) => v.estimate !== undefined);
    const rows = [
        ['', 'metric', 'baseline', 'current', 'Δ', 'Δ %', 'Δ CI', 'rule'],
        ...verdicts.map((v) => {
            const delta = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDelta */ .CW)(v);
            return [_report_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUS_ICON */ .tW[v.status], inert(v.id), (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetricValue */ .dd)(v.baseline), (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .formatMetricValue */ .dd)(v.current), delta.absolute, delta.relative, (0,_numbers_js__WEBPACK_IMPORTED_MODULE_2__/* .formatInterval */ .vy)(v), inert((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleText */ .Y3)(v))];
        }),
    ].map((row) => (withInterval ? row : [...row.slice(0, 6), row[7]]));
    const width = (cell) => [...cell].length + (/\p{Extended_Pictographic}/u.test(cell) ? 1 : 0);
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c]))));
    const numeric = (c) => c >= 2 && c <= (withInterval ? 6 : 5);
    return rows.map((row) => row
        .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - width(cell));
        return numeric(c) ? pad + cell : cell + pad;
    })
        .join('  ')
        .trimEnd());
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4155);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
