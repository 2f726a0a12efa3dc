import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 9800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.wT = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(6950);
const ed2 = __nccwpck_require__(4488);
const NSed3 = __nccwpck_require__(5699);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
exports.wT = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 6950:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 4488:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 5699:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

/***/ }),

/***/ 3241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NM: () => (/* binding */ isAnalysisWorker),
/* harmony export */   QC: () => (/* binding */ serveAnalysis),
/* harmony export */   _$: () => (/* binding */ analyzeFiles)
/* harmony export */ });
/* unused harmony exports THREAD_THRESHOLD, threadsFor */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_analyze_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(875);
/* harmony import */ var _core_folder_index_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(9206);
/* harmony import */ var _core_frameworks_index_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2237);
/* harmony import */ var _parsers_index_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1716);
// The CLI's analysis engine: files on disk → one report per file, in the order given, on this thread or on
// several. Each folder is indexed once per thread (a reader that looks beside its file asks the index), each
// file is read where it is analysed, and results come back in batches that are handed on strictly in order, so
// a run on four threads prints exactly what a run on one prints.







/**
 * Below this many files a second thread cannot pay: each worker starts the bundle, compiles its parser and warms
 * up its own JIT before it is useful (~0.4 s of CPU, ~40 MiB), while one thread analyses a 28-line SQL migration
 * in ~0.7 ms. Measured with paired runs on 2 cores shared with other work (load average 6-9): two threads cost
 * 1.16-1.37× the CPU of one at 1,000-10,000 files and gave no wall-time gain at any size, since the cores were
 * taken; on idle cores the same work splits in two. Re-measure on a quiet machine before moving this.
 */
const THREAD_THRESHOLD = 4000;
/** Files per message: big enough that messaging is noise, small enough that threads finish together. */
const BATCH = 256;
/** Batches a worker holds at once. */
const IN_FLIGHT = 3;
function threadsFor(files, requested) {
    if (requested !== undefined)
        return Math.max(1, Math.min(requested, Math.ceil(files / BATCH)));
    if (files < THREAD_THRESHOLD)
        return 1;
    return Math.max(1, Math.min((0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(), Math.ceil(files / BATCH)));
}
/** The bytes, or why there are none: a file that cannot be read is reported for review, not a crash. */
function readSource(path) {
    try {
        return { content: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path) };
    }
    catch (error) {
        return { unreadable: `could not be read (${error.code ?? String(error)})` };
    }
}
/** One thread's analyser: folder indexes live as long as it does, so each folder is listed once per thread. */
function analyser(parsers, config) {
    const indexOf = (0,_core_folder_index_js__WEBPACK_IMPORTED_MODULE_6__/* .folderIndexes */ .xd)((dir) => {
        try {
            return new _core_folder_index_js__WEBPACK_IMPORTED_MODULE_6__/* .FolderIndex */ .zy((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir));
        }
        catch {
            // The folder cannot be listed: no sibling is found, so a `.up.sql` is reported as having no way back
            // (fails closed: more findings, never fewer).
            return new _core_folder_index_js__WEBPACK_IMPORTED_MODULE_6__/* .FolderIndex */ .zy([]);
        }
    });
    return (files) => files.map((file) => (0,_core_analyze_js__WEBPACK_IMPORTED_MODULE_3__/* .analyzeFile */ .xy)({
        path: file.shown,
        ...readSource(file.abs),
        ...((0,_core_frameworks_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readsSiblings */ .rV)(file.shown) ? { siblings: indexOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(file.abs)) } : {}),
    }, parsers, config));
}
/**
 * Put in a thread's `process.argv` by `analyzeFiles`, so the entry can tell without loading node:worker_threads
 * (which a one-thread run never needs); `workerData` then confirms it, so the flag given by hand does nothing.
 */
const THREAD_ARG = "--migration-guard-analysis-thread";
/** True in a thread started by `analyzeFiles`; the entry then calls `serveAnalysis()` instead of the CLI. */
async function isAnalysisWorker() {
    if (!process.argv.includes(THREAD_ARG))
        return false;
    const { isMainThread, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    return !isMainThread && workerData?.kind === "migration-guard-analysis";
}
/** A worker's life: load the parsers, then analyse each batch the main thread sends until it lets go. */
async function serveAnalysis() {
    const { parentPort, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    const setup = workerData;
    const port = parentPort;
    const analyse = analyser(await (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_5__.loadParsers)(setup.parsers), setup.config);
    port.on("message", (request) => {
        let reply;
        try {
            reply = { batch: request.batch, reports: analyse(request.files) };
        }
        catch (error) {
            // analyzeFile does not throw for bad input; this is a bug, and the main thread fails the run with it.
            reply = { batch: request.batch, error: error.stack ?? String(error) };
        }
        port.postMessage(reply);
    });
    port.postMessage({ ready: true });
}
/**
 * Analyses `files` and calls `each` once per file, in the order of `files`, with its report (undefined when it
 * is not a migration). Batches are handed out as threads free up; a finished batch is passed on as soon as
 * every batch before it is.
 */
async function analyzeFiles(files, options, each) {
    const parsers = await (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_5__.loadParsers)(options.parsers);
    const analyse = analyser(parsers, options.config);
    const threads = options.workerEntry ? threadsFor(files.length, options.threads) : 1;
    if (threads <= 1) {
        for (let i = 0; i < files.length; i += BATCH) {
            const batch = files.slice(i, i + BATCH);
            analyse(batch).forEach((report, j) => each(batch[j], report));
        }
        return;
    }
    const batches = [];
    for (let i = 0; i < files.length; i += BATCH)
        batches.push(files.slice(i, i + BATCH));
    const done = new Array(batches.length);
    let next = 0;
    let emitted = 0;
    const emit = () => {
        while (emitted < batches.length && done[emitted]) {
            const reports = done[emitted];
            done[emitted] = undefined;
            reports.forEach((report, j) => each(batches[emitted][j], report));
            emitted++;
        }
    };
    const setup = {
        kind: "migration-guard-analysis",
        config: options.config,
        parsers: options.parsers,
    };
    const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    const workers = [];
    const finished = new Promise((resolve, reject) => {
        let failed = false;
        const fail = (error) => {
            if (failed)
                return;
            failed = true;
            reject(error);
        };
        const give = (worker) => {
            if (next < batches.length) {
                const batch = next++;
                worker.postMessage({ batch, files: batches[batch] });
            }
        };
        const check = () => {
            if (emitted === batches.length)
                resolve();
        };
        for (let w = 1; w < threads; w++) {
            const worker = new Worker(options.workerEntry, {
                workerData: setup,
                argv: [THREAD_ARG],
                stdout: false,
                stderr: false,
            });
            workers.push(worker);
            worker.on("message", (message) => {
                if ("ready" in message) {
                    // Several in flight: this thread answers only between its own batches, and the worker must not wait.
                    for (let i = 0; i < IN_FLIGHT; i++)
                        give(worker);
                    return;
                }
                if ("error" in message)
                    return fail(new Error(`an analysis thread failed: ${message.error}`));
                done[message.batch] = message.reports;
                give(worker);
                try {
                    emit();
                }
                catch (error) {
                    return fail(error); // the output could not be written: the run fails with that error
                }
                check();
            });
            // A thread that dies takes its batches with it: the run fails rather than print a partial report.
            worker.on("error", fail);
            worker.on("exit", (code) => {
                if (emitted < batches.length)
                    fail(new Error(`an analysis thread exited (code ${code}) before the end`));
            });
        }
        // This thread works too, one batch at a time, and lets the workers' messages in between.
        const work = () => {
            if (failed)
                return;
            try {
                if (next < batches.length) {
                    const batch = next++;
                    done[batch] = analyse(batches[batch]);
                    emit();
                    setImmediate(work);
                }
            }
            catch (error) {
                return fail(error);
            }
            check();
        };
        work();
    });
    try {
        await finished;
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
}


/***/ }),

/***/ 4725:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ parseOptions),
/* harmony export */   BK: () => (/* binding */ helpText),
/* harmony export */   l4: () => (/* binding */ outputStyle),
/* harmony export */   vl: () => (/* binding */ usageErrorText),
/* harmony export */   y9: () => (/* binding */ isCommand)
/* harmony export */ });
/* unused harmony export COMMANDS */
/* harmony import */ var _core_report_style_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1731);

const FAIL_ON_HELP = "categories that fail the run, comma-separated: destructive, backward-incompatible, locking, " +
    "irreversible, needs-review, or none (default destructive,needs-review)";
const COMMON = {
    format: {
        type: "string",
        value: "FORMAT",
        help: "text, json, sarif or gitlab (Code Quality); default text",
    },
    config: { type: "string", value: "FILE", help: "the config file (default .github/migration-guard.yml)" },
    database: { type: "string", value: "DB", help: "postgresql, mysql or sqlite (overrides the config)" },
    "fail-on": { type: "string", value: "CATEGORIES", help: FAIL_ON_HELP },
    quiet: { type: "boolean", short: "q", help: "text: print only the files with findings, no totals" },
};
const HELP = { type: "boolean", short: "h", help: "show this help" };
const COMMANDS = {
    analyze: {
        usage: "migration-guard analyze [options] PATH...",
        summary: "analyse migration files and directories",
        options: {
            ...COMMON,
            framework: {
                type: "string",
                value: "ID",
                help: "read every file as this framework (rails, django, alembic, sql, ...)",
            },
            "stdin-filename": {
                type: "string",
                value: "PATH",
                help: "the path reports show for - (default -)",
            },
            jobs: { type: "string", value: "N", help: "analysis threads, 1-256 (default: chosen by size)" },
            help: HELP,
        },
        notes: "PATH may be - to read one migration from stdin (with --framework), for editors and pre-commit:\n" +
            "  git show HEAD:db/migrate/1_x.rb | migration-guard analyze --framework rails -",
    },
    diff: {
        usage: "migration-guard diff --base REV [--head REV] [options]",
        summary: "analyse the migrations changed between two revisions",
        options: {
            base: { type: "string", value: "REV", help: "the revision to compare with (required)" },
            head: { type: "string", value: "REV", help: "the revision under review (default HEAD)" },
            repo: { type: "string", value: "DIR", help: "the git repository (default .)" },
            ...COMMON,
            help: HELP,
        },
    },
    demo: {
        usage: "migration-guard demo [--format FORMAT]",
        summary: "review the bundled example pull request (npm start)",
        options: { format: COMMON.format, quiet: COMMON.quiet, help: HELP },
    },
};
function isCommand(name) {
    return name !== undefined && Object.hasOwn(COMMANDS, name);
}
/** The `parseArgs` options of a command (the help text's table without the words). */
function parseOptions(command) {
    return Object.fromEntries(Object.entries(COMMANDS[command].options).map(([name, o]) => [
        name,
        o.short ? { type: o.type, short: o.short } : { type: o.type },
    ]));
}
const EXIT_STATUS = `Exit status:
  0  nothing to stop for
  1  a finding (not acknowledged by an allow comment) in a --fail-on category or at severity error
  2  a usage or input error, including a named path that holds no migration`;
/** `migration-guard --help`, or one command's page. */
function helpText(command) {
    if (!command) {
        const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
        const commands = Object.entries(COMMANDS)
            .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
            .join("\n");
        return (`Usage: migration-guard <command> [options]\n\nCommands:\n${commands}\n\n` +
            `Options:\n  -V, --version  print the version\n  -h, --help     show this help\n\n` +
            `Run 'migration-guard <command> --help' for a command's options.\n\n${EXIT_STATUS}\n`);
    }
    const spec = COMMANDS[command];
    const rows = Object.entries(spec.options).map(([name, o]) => [
        `${o.short ? `-${o.short}, ` : "    "}--${name}${o.value ? ` ${o.value}` : ""}`,
        o.help,
    ]);
    const width = Math.max(...rows.map(([left]) => left.length));
    const options = rows
        .map(([left, help]) => `  ${left.padEnd(width)}  ${wrap(help, 78 - width).join(`\n${" ".repeat(width + 4)}`)}`)
        .join("\n");
    return (`Usage: ${spec.usage}\n\n${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.\n\nOptions:\n${options}\n` +
        (spec.notes ? `\n${spec.notes}\n` : "") +
        `\n${EXIT_STATUS}\n`);
}
/**
 * A usage error as one line and a hint, instead of the whole usage. Node's parseArgs messages carry a second
 * sentence about `--` that reads as noise here; the first sentence names the option.
 */
function usageErrorText(message, command) {
    const first = /^Unknown option/.test(message) ? message.replace(/\.\s.*$/s, ".") : message;
    const hint = command
        ? `Run 'migration-guard ${command} --help' for its options.`
        : "Run 'migration-guard --help' for the commands.";
    return `migration-guard: ${first}\n${hint}\n`;
}
/**
 * Colour on a terminal, as the conventions say: FORCE_COLOR (not 0/false) forces it even when piped,
 * NO_COLOR (non-empty) or TERM=dumb turns it off, otherwise only a TTY gets it. Written here rather than
 * taken from Node's `hasColors()`, which exists only on TTY streams and so cannot honour FORCE_COLOR in a pipe.
 */
function outputStyle(env, isTTY) {
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== "")
        return force === "0" || force === "false" ? _core_report_style_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .p : _core_report_style_js__WEBPACK_IMPORTED_MODULE_0__/* .ansi */ .Q;
    if (env.NO_COLOR)
        return _core_report_style_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .p;
    if (env.TERM === "dumb")
        return _core_report_style_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .p;
    return isTTY ? _core_report_style_js__WEBPACK_IMPORTED_MODULE_0__/* .ansi */ .Q : _core_report_style_js__WEBPACK_IMPORTED_MODULE_0__/* .plain */ .p;
}
/** Words into lines of at most `width` characters (a word longer than that keeps its own line). */
function wrap(text, width) {
    const lines = [];
    let line = "";
    for (const word of text.split(" ")) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
}


/***/ }),

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _analyze_files_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3241);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6104);
/* harmony import */ var _core_frameworks_index_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2237);
/* harmony import */ var _core_exit_status_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(7477);
/* harmony import */ var _core_rules_index_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(860);
/* harmony import */ var _parsers_index_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(1716);
/* harmony import */ var _report_writer_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(1156);
/* harmony import */ var _cli_text_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(4725);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(1013);
// The CLI over the same engine as the action: analyse files, or the migrations changed between two revisions.














/** A mistake in how the CLI was called: one line, and a hint to the command's --help. */
class UsageError extends Error {
}
const SKIP_DIRS = new Set([".git", "node_modules", "vendor", "__pycache__", "_build", "deps"]);
function walk(path, shown, out, top = true) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (error) {
        // Listed but not stat-able (a dangling link, gone since the listing): not a usage error. Kept, so that at a
        // migration's path it is reported as unreadable rather than silently dropped.
        if (top)
            throw error;
        out.push({ abs: path, shown });
        return;
    }
    if (st.isDirectory()) {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path).sort()) {
            if (SKIP_DIRS.has(name))
                continue;
            walk((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, name), shown === "." ? name : `${shown.replace(/\/$/, "")}/${name}`, out, false);
        }
    }
    else if (st.isFile()) {
        out.push({ abs: path, shown });
    }
}
// Loading: what only some runs need (the YAML parser, simple-git and the diff engine, child_process) is imported
// where it is used, so `analyze` on one file does not compile and evaluate it (the cold start is mostly that).
async function loadConfig(file, database, base) {
    const path = file ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, ".github/migration-guard.yml");
    let config;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        const { parseConfig } = await __nccwpck_require__.e(/* import() */ 166).then(__nccwpck_require__.bind(__nccwpck_require__, 7166));
        config = parseConfig((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8"), path, _core_rules_index_js__WEBPACK_IMPORTED_MODULE_9__/* .rules */ .a.map((r) => r.id));
    }
    else if (file)
        throw new UsageError(`The config file ${file} does not exist.`);
    else
        config = (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultConfig */ .sb)(); // what parseConfig("") gives
    if (database !== undefined) {
        if (!["postgresql", "mysql", "sqlite"].includes(database)) {
            throw new UsageError(`--database must be postgresql, mysql or sqlite; got ${JSON.stringify(database)}.`);
        }
        config.database = database;
    }
    return config;
}
function formatOf(value) {
    const format = value ?? "text";
    if (format !== "text" && format !== "json" && format !== "sarif" && format !== "gitlab") {
        throw new UsageError(`--format must be text, json, sarif or gitlab; got ${JSON.stringify(format)}.`);
    }
    return format;
}
function jobsOf(value) {
    if (value === undefined)
        return undefined;
    const jobs = Number(value);
    if (!/^[0-9]+$/.test(value) || jobs < 1 || jobs > 256) {
        throw new UsageError(`--jobs must be a whole number of threads from 1 to 256; got ${JSON.stringify(value)}.`);
    }
    return jobs;
}
/** A command's options and positionals, by its table in cli-text.ts; `--help` is answered by main. */
function argsOf(command, args) {
    const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({
        args,
        allowPositionals: command === "analyze",
        options: (0,_cli_text_js__WEBPACK_IMPORTED_MODULE_12__/* .parseOptions */ .Ac)(command),
    });
    const string = (name) => (typeof values[name] === "string" ? values[name] : undefined);
    return { string, flag: (name) => values[name] === true, positionals: positionals };
}
/** How the text report looks on this stdout: colour on a terminal (or forced), only findings with --quiet. */
function textOptions(quiet) {
    return { style: (0,_cli_text_js__WEBPACK_IMPORTED_MODULE_12__/* .outputStyle */ .l4)(process.env, process.stdout.isTTY === true), quiet };
}
async function analyzeCommand(args) {
    const arg = argsOf("analyze", args);
    const { positionals } = arg;
    const values = {
        format: arg.string("format"),
        config: arg.string("config"),
        database: arg.string("database"),
        framework: arg.string("framework"),
        "fail-on": arg.string("fail-on"),
        jobs: arg.string("jobs"),
        "stdin-filename": arg.string("stdin-filename"),
        quiet: arg.flag("quiet"),
    };
    if (positionals.length === 0)
        throw new UsageError("analyze needs at least one file or directory (or - for stdin).");
    const format = formatOf(values.format);
    const failOn = (0,_core_exit_status_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFailOn */ .XV)(values["fail-on"]);
    const jobs = jobsOf(values.jobs);
    const config = await loadConfig(values.config, values.database, process.cwd());
    if (values.framework !== undefined) {
        if (!(0,_core_frameworks_index_js__WEBPACK_IMPORTED_MODULE_7__/* .frameworkById */ .pl)(values.framework)) {
            throw new UsageError(`--framework ${JSON.stringify(values.framework)} is not a known framework.`);
        }
        config.paths = { [values.framework]: ["**"] };
    }
    const files = [];
    const named = [];
    if (positionals.filter((p) => p === "-").length > 1)
        throw new UsageError("- (stdin) can be named once.");
    if (positionals.includes("-") && values.framework === undefined)
        throw new UsageError("reading a migration from stdin (-) needs --framework: a name alone cannot tell it.");
    const stdin = positionals.includes("-") ? stdinFile(values["stdin-filename"]) : undefined;
    try {
        for (const p of positionals) {
            if (p === "-" && stdin) {
                named.push({ arg: stdin.shown, isDirectory: false, files: 1, analysed: 0 });
                files.push({ ...stdin, named: named.length - 1 });
                continue;
            }
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
                throw new UsageError(`${p} does not exist.`);
            const found = [];
            walk((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(p), p, found);
            named.push({ arg: p, isDirectory: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory(), files: found.length, analysed: 0 });
            for (const f of found)
                files.push({ ...f, named: named.length - 1 });
        }
        const reports = [];
        const out = (0,_report_writer_js__WEBPACK_IMPORTED_MODULE_11__/* .reportWriter */ .w)(format, (text) => process.stdout.write(text), _version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x, textOptions(values.quiet));
        const engine = (as, parsers) => ({
            config: as,
            parsers,
            ...(jobs !== undefined ? { threads: jobs } : {}),
            workerEntry: new URL(import.meta.url),
        });
        const collect = (file, report) => {
            if (!report)
                return;
            reports.push(report);
            named[file.named].analysed++;
            out.add(report);
        };
        // --framework and the config's `paths:` may route any file name to any reader: then every parser (and
        // reader) is loaded, not only those the files' extensions call for.
        const routed = values.framework !== undefined || Object.keys(config.paths).length > 0;
        await (0,_analyze_files_js__WEBPACK_IMPORTED_MODULE_5__/* .analyzeFiles */ ._$)(files, engine(config, routed ? undefined : (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_10__.parsersFor)(files.map((f) => f.abs))), collect);
        // A named path that held no migration of a known framework: its .sql files are read as plain SQL of the
        // configured database (the user said to look at them); anything else is reported below, never "fine".
        const empty = new Set(named.flatMap((n, i) => (n.analysed === 0 ? [i] : [])));
        const sqlFiles = files.filter((f) => empty.has(f.named) && /\.sql$/i.test(f.shown));
        if (sqlFiles.length) {
            const asSql = { ...config, paths: { sql: ["**"] } };
            await (0,_analyze_files_js__WEBPACK_IMPORTED_MODULE_5__/* .analyzeFiles */ ._$)(sqlFiles, engine(asSql, (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_10__.parsersFor)(sqlFiles.map((f) => f.abs))), collect);
        }
        out.end(reports);
        return { reports, failOn, problems: (0,_core_exit_status_js__WEBPACK_IMPORTED_MODULE_8__/* .namedPathProblems */ .ZI)(named) };
    }
    finally {
        if (stdin)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(stdin.dir, { recursive: true, force: true });
    }
}
/**
 * The migration on stdin, in a file of its own: the engine reads files where it analyses them (on any thread).
 * Its name (from --stdin-filename) is what readers that look at names see; reports show that name, or `-`.
 */
function stdinFile(name) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "mg-stdin-"));
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(name ?? "stdin"));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(abs, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0));
    return { abs, shown: name ?? "-", dir };
}
async function diffCommand(args) {
    const arg = argsOf("diff", args);
    const values = {
        base: arg.string("base"),
        head: arg.string("head"),
        repo: arg.string("repo"),
        format: arg.string("format"),
        config: arg.string("config"),
        database: arg.string("database"),
        "fail-on": arg.string("fail-on"),
    };
    if (!values.base)
        throw new UsageError("diff needs --base REV.");
    const repo = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(values.repo ?? ".");
    const format = formatOf(values.format);
    const failOn = (0,_core_exit_status_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFailOn */ .XV)(values["fail-on"]);
    const [{ createGit }, { analyzeDiff }, { loadParsers }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(960)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6960)),
        __nccwpck_require__.e(/* import() */ 95).then(__nccwpck_require__.bind(__nccwpck_require__, 95)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 1716)),
    ]);
    const git = createGit(repo);
    try {
        for (const rev of [values.base, values.head ?? "HEAD"]) {
            if (!(await git.hasCommit(rev)))
                throw new UsageError(`${rev} is not a commit in ${repo}.`);
        }
        const config = await loadConfig(values.config, values.database, repo);
        const reports = await analyzeDiff(git, values.base, values.head ?? "HEAD", await loadParsers(), config);
        const out = (0,_report_writer_js__WEBPACK_IMPORTED_MODULE_11__/* .reportWriter */ .w)(format, (text) => process.stdout.write(text), _version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x, textOptions(arg.flag("quiet")));
        for (const report of reports)
            out.add(report);
        out.end(reports);
        // A diff that changed no migration analysed nothing legitimately: that is exit 0, not an input error.
        return { reports, failOn };
    }
    finally {
        git.close();
    }
}
/** `npm start`: clone the bundled example repository and review its pull request, base to head. */
async function demoCommand(args) {
    const arg = argsOf("demo", args);
    const format = arg.string("format");
    const quiet = arg.flag("quiet");
    const here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    // src/cli.ts sits one level below the repository root, the bundle (dist/cli/index.js) two.
    const bundlePath = [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, "../examples/demo.bundle"), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, "../../examples/demo.bundle")].find((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p)) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, "../examples/demo.bundle");
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(bundlePath))
        throw new UsageError("The example repository (examples/demo.bundle) is not beside this installation.");
    const { execFileSync } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23));
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "mg-demo-"));
    try {
        execFileSync("git", ["clone", "-q", "--branch", "add-billing", bundlePath, dir], { stdio: "ignore" });
        if (!quiet)
            process.stderr.write(`Reviewing the example pull request "add-billing" (${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(process.cwd(), bundlePath)}), main...add-billing:\n\n`);
        return await diffCommand([
            "--repo",
            dir,
            "--base",
            "origin/main",
            "--head",
            "HEAD",
            ...(format ? ["--format", format] : []),
            ...(quiet ? ["--quiet"] : []),
        ]);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    }
}
const RUN = {
    analyze: analyzeCommand,
    diff: diffCommand,
    demo: demoCommand,
};
/** Whether a command's arguments ask for its help (before a `--` that ends the options). */
function asksHelp(args) {
    const end = args.indexOf("--");
    return (end < 0 ? args : args.slice(0, end)).some((a) => a === "--help" || a === "-h");
}
async function main(argv) {
    const [command, ...rest] = argv;
    try {
        if (command === "-V" || command === "--version" || command === "version") {
            process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x}\n`);
            return 0;
        }
        if (command === undefined)
            throw new CommandError("No command given.", undefined);
        if (command === "--help" || command === "-h") {
            process.stdout.write((0,_cli_text_js__WEBPACK_IMPORTED_MODULE_12__/* .helpText */ .BK)());
            return 0;
        }
        if (command === "help") {
            const about = rest[0];
            if (about !== undefined && !(0,_cli_text_js__WEBPACK_IMPORTED_MODULE_12__/* .isCommand */ .y9)(about))
                throw new CommandError(`Unknown command ${JSON.stringify(about)}.`, undefined);
            process.stdout.write((0,_cli_text_js__WEBPACK_IMPORTED_MODULE_12__/* .helpText */ .BK)(about));
            return 0;
        }
        if (!(0,_cli_text_js__WEBPACK_IMPORTED_MODULE_12__/* .isCommand */ .y9)(command))
            throw new CommandError(`Unknown command ${JSON.stringify(command)}.`, undefined);
        if (asksHelp(rest)) {
            process.stdout.write((0,_cli_text_js__WEBPACK_IMPORTED_MODULE_12__/* .helpText */ .BK)(command));
            return 0;
        }
        let outcome;
        try {
            outcome = await RUN[command](rest);
        }
        catch (error) {
            // The command's own usage mistakes get its --help as the hint; anything else goes on as it was.
            if (error instanceof UsageError || error instanceof _core_exit_status_js__WEBPACK_IMPORTED_MODULE_8__/* .FailOnError */ .OJ || isParseArgsError(error))
                throw new CommandError(error.message, command);
            throw error;
        }
        if (outcome.problems?.length) {
            for (const problem of outcome.problems)
                process.stderr.write(`migration-guard: ${problem}\n`);
            return 2;
        }
        return (0,_core_exit_status_js__WEBPACK_IMPORTED_MODULE_8__/* .exitStatus */ .$u)(outcome.reports, outcome.failOn);
    }
    catch (error) {
        // Every error exits 2 (fails closed): nothing was proven safe. Usage errors are one line and a hint.
        if (error instanceof CommandError) {
            process.stderr.write((0,_cli_text_js__WEBPACK_IMPORTED_MODULE_12__/* .usageErrorText */ .vl)(error.message, error.command));
            return 2;
        }
        if (error instanceof _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL) {
            process.stderr.write(`migration-guard: ${error.message}\n`);
            return 2;
        }
        process.stderr.write(`migration-guard: ${error.stack ?? String(error)}\n`);
        return 2;
    }
}
/** A usage error with the command it belongs to (for the hint). */
class CommandError extends Error {
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
    }
}
function isParseArgsError(error) {
    return error.code?.toString().startsWith("ERR_PARSE_ARGS") === true;
}
/**
 * `analyze … | head` closes the pipe early: what is left to write has no reader. That is not an error of
 * ours: stop writing quietly and end with the exit status the findings call for (no stack trace). Any other
 * write error (a full disk) means the report is incomplete: that fails closed, exit 2, in one sentence.
 */
function quietOnClosedPipe(stream, name) {
    stream.on("error", (error) => {
        if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED")
            return;
        if (stream !== process.stderr) {
            process.stderr.write(`migration-guard: could not write to ${name} (${error.code ?? error.message}).\n`);
        }
        process.exit(2);
    });
}
quietOnClosedPipe(process.stdout, "stdout");
quietOnClosedPipe(process.stderr, "stderr");
// The same script serves as the analysis threads' entry (analyze-files.ts starts them on it).
if (await (0,_analyze_files_js__WEBPACK_IMPORTED_MODULE_5__/* .isAnalysisWorker */ .NM)())
    await (0,_analyze_files_js__WEBPACK_IMPORTED_MODULE_5__/* .serveAnalysis */ .QC)();
else
    process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 875:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile)
});

// UNUSED EXPORTS: MAX_FILE_BYTES, frameworkFor, runRules

// EXTERNAL MODULE: ./src/core/docs.ts
var docs = __nccwpck_require__(2560);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
// EXTERNAL MODULE: ./src/core/frameworks/index.ts + 24 modules
var frameworks = __nccwpck_require__(2237);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 24 modules
var rules = __nccwpck_require__(860);
;// CONCATENATED MODULE: ./src/core/suppress.ts

const DIRECTIVE = /migration-guard:allow\b\s*([A-Za-z0-9_,\s-]*?)\s*(?:--\s*(.*?))?\s*$/;
const UNUSED_ALLOW = "unused-allow";
function parseDirectives(comments) {
    const out = [];
    for (const comment of comments) {
        for (const line of comment.text.split("\n")) {
            const m = DIRECTIVE.exec(line);
            if (!m)
                continue;
            const ruleIds = (m[1] ?? "").split(/[\s,]+/).filter(Boolean);
            out.push({ comment, ruleIds, reason: (m[2] ?? "").trim(), used: false });
        }
    }
    return out;
}
function covers(d, f) {
    // Same line(s) as the comment, or the statement that starts on the line after it.
    return f.line <= d.comment.endLine + 1 && f.endLine >= d.comment.line;
}
function meta(d, message, config) {
    const severity = config.rules[UNUSED_ALLOW] ?? "warning";
    if (severity === "off")
        return undefined;
    return {
        rule: UNUSED_ALLOW,
        category: "needs-review",
        severity,
        line: d.comment.line,
        endLine: d.comment.endLine,
        message,
        safeAlternative: "Remove the comment, or name the rule it is meant for and give a reason after `--`.",
        docsUrl: (0,docs/* docsUrl */.f)(UNUSED_ALLOW),
    };
}
function applyAllowComments(findings, comments, config) {
    const directives = parseDirectives(comments);
    if (directives.length === 0)
        return findings;
    for (const f of findings) {
        const d = directives.find((x) => x.reason && x.ruleIds.includes(f.rule) && covers(x, f));
        if (d) {
            d.used = true;
            f.acknowledged = { reason: d.reason, line: d.comment.line };
        }
    }
    const extra = [];
    for (const d of directives) {
        let problem;
        if (d.ruleIds.length === 0)
            problem = "names no rule; write `migration-guard:allow <rule-id> -- <reason>`";
        else if (!d.reason)
            problem = `for ${d.ruleIds.join(", ")} gives no reason after \`--\`, so it acknowledges nothing`;
        else if (!d.used)
            problem = `for ${d.ruleIds.join(", ")} matches no finding on this line or the next; it suppresses nothing`;
        if (problem) {
            const f = meta(d, `The allow comment ${problem}.`, config);
            if (f)
                extra.push(f);
        }
    }
    return findings.concat(extra);
}

;// CONCATENATED MODULE: ./src/core/analyze.ts





/** Larger files are not parsed: a migration this size is generated data, and a human must look. */
const MAX_FILE_BYTES = 1024 * 1024;
function decode(content) {
    if (typeof content === "string") {
        return content.length > MAX_FILE_BYTES
            ? { problem: `is larger than ${MAX_FILE_BYTES} bytes` }
            : { text: content };
    }
    if (content.byteLength > MAX_FILE_BYTES)
        return { problem: `is ${content.byteLength} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
    if (content.includes(0))
        return { problem: "is binary (contains NUL bytes)" };
    try {
        return { text: new TextDecoder("utf-8", { fatal: true }).decode(content) };
    }
    catch {
        return { problem: "is not valid UTF-8" };
    }
}
/** Which framework reads this path: config globs first, then detection. */
function frameworkFor(path, source, config) {
    if ((0,glob/* matchesAny */._I)(path, config.exclude))
        return undefined;
    for (const [id, globs] of Object.entries(config.paths)) {
        if ((0,glob/* matchesAny */._I)(path, globs))
            return (0,frameworks/* frameworkById */.pl)(id);
    }
    return (0,frameworks/* detectFramework */.yl)(path, source);
}
function finding(rule, severity, hit) {
    return {
        rule: rule.id,
        category: rule.category,
        severity,
        line: hit.line,
        endLine: Math.max(hit.endLine, hit.line),
        message: hit.message,
        safeAlternative: hit.safeAlternative ?? rule.safeAlternative,
        docsUrl: (0,docs/* docsUrl */.f)(rule.id),
        ...(hit.table !== undefined ? { table: hit.table } : {}),
        ...(hit.column !== undefined ? { column: hit.column } : {}),
    };
}
function runRules(ctx, config, comments) {
    const findings = [];
    for (const rule of rules/* rules */.a) {
        const setting = config.rules[rule.id] ?? rule.severity;
        if (setting === "off")
            continue;
        for (const hit of rule.check(ctx))
            findings.push(finding(rule, setting, hit));
    }
    const result = applyAllowComments(findings, comments, config);
    return result.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
}
/**
 * Analyses one file. Returns undefined when the path is not a migration of any known framework
 * (and was not named by config). Never throws for bad content: that becomes a needs-review finding.
 */
function analyzeFile(file, parsers, config) {
    const status = file.status ?? "unchanged";
    const decoded = file.unreadable
        ? { problem: file.unreadable }
        : file.content === undefined
            ? { text: "" }
            : decode(file.content);
    const text = "text" in decoded ? decoded.text : "";
    const framework = frameworkFor(file.path, text, config);
    if (!framework)
        return undefined;
    let parsed = { framework: framework.id, operations: [], comments: [], problems: [] };
    if ("problem" in decoded) {
        parsed.problems = [
            { line: 1, endLine: 1, message: `${file.path} ${decoded.problem}; it was not analysed` },
        ];
    }
    else if (status !== "deleted") {
        try {
            parsed = framework.parse({ path: file.path, source: text, database: config.database, siblings: file.siblings }, parsers);
        }
        catch (error) {
            // An adapter bug must not turn into "safe": the file is reported for a human to read.
            parsed.problems = [
                {
                    line: 1,
                    endLine: 1,
                    message: `the ${framework.name} reader failed on this file (${error.message}); it was not analysed`,
                },
            ];
        }
    }
    const ctx = {
        path: file.path,
        framework: framework.id,
        database: config.database,
        operations: parsed.operations,
        problems: parsed.problems,
        status,
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    };
    return {
        path: file.path,
        framework: framework.id,
        status,
        findings: runRules(ctx, config, parsed.comments),
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    };
}


/***/ }),

/***/ 3492:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Tr: () => (/* reexport */ sql_classifyTypeChange),
  zq: () => (/* reexport */ classifyTypeChange),
  MF: () => (/* reexport */ describeType),
  fF: () => (/* reexport */ columnType)
});

;// CONCATENATED MODULE: ./src/core/column-types/abstract.ts
// Framework (abstract) column types, in Rails' spelling, onto which every framework reader maps its own; and what
// a change between two of them does to the data already stored.
// `widening` means the database only updates its catalog (varchar(n) → longer or text, numeric(p,s) → numeric(p+k,s)),
// `lossy` that some stored values cannot survive. Only the new type is written in `change_column`; the old one comes from the same file (a column added
// earlier, or the `down`/`dir.down` that restores it) and is otherwise unknown, which flags nothing.
const ALIASES = {
    int: "integer",
    int4: "integer",
    int8: "bigint",
    int2: "smallint",
    varchar: "string",
    "character varying": "string",
    char: "string",
    citext: "text",
    numeric: "decimal",
    real: "float",
    double: "float",
    "double precision": "float",
    timestamp: "datetime",
    timestamptz: "datetime",
    bool: "boolean",
};
function normalize(t) {
    const type = ALIASES[t.type.toLowerCase()] ?? t.type.toLowerCase();
    switch (type) {
        case "smallint":
            return { family: "integer", size: 1 };
        case "integer": {
            // Rails maps `limit:` on integers to bytes: 1-2 smallint, 3-4 integer, 5-8 bigint.
            const size = t.limit === undefined ? 2 : t.limit <= 2 ? 1 : t.limit <= 4 ? 2 : 3;
            return { family: "integer", size };
        }
        case "bigint":
            return { family: "integer", size: 3 };
        case "float":
            return { family: "float" };
        case "decimal":
            return { family: "decimal", precision: t.precision, scale: t.scale };
        case "string":
            return { family: "string", size: t.limit };
        case "text":
            return { family: "text" };
        case "datetime":
        case "date":
        case "time":
        case "boolean":
            return { family: type };
        default:
            return { family: "other" };
    }
}
const NUMERIC = ["integer", "float", "decimal"];
const NOT_TEXT = [...NUMERIC, "datetime", "date", "time", "boolean", "other"];
/** What changing a column from `from` to `to` means for existing values; `{}` when it cannot be told. */
function classifyTypeChange(from, to) {
    if (!from)
        return {};
    const a = normalize(from);
    const b = normalize(to);
    if (a.family === "integer" && b.family === "integer") {
        // Growing an integer keeps every value but is not `widening`: PostgreSQL and MySQL rewrite the whole table
        // for it, and `widening` tells the rules the change is metadata only.
        return b.size < a.size ? { lossy: true } : {};
    }
    if (a.family === "string" && b.family === "string") {
        if (a.size === b.size)
            return {};
        if (b.size === undefined || (a.size !== undefined && b.size > a.size))
            return { widening: true };
        return { lossy: true };
    }
    if (a.family === "string" && b.family === "text")
        return { widening: true };
    if (a.family === "text" && b.family === "string")
        return { lossy: true };
    if (a.family === "decimal" && b.family === "decimal") {
        const sameScale = (a.scale ?? 0) === (b.scale ?? 0);
        if (a.precision === undefined || b.precision === undefined) {
            // An unconstrained numeric holds every value a constrained one does.
            if (b.precision === undefined && a.precision !== undefined)
                return { widening: true };
            if (a.precision === undefined && b.precision !== undefined)
                return { lossy: true };
            return {};
        }
        if (sameScale && b.precision > a.precision)
            return { widening: true };
        if (b.precision < a.precision || (b.scale ?? 0) < (a.scale ?? 0))
            return { lossy: true };
        return {};
    }
    if ((a.family === "float" || a.family === "decimal") && b.family === "integer")
        return { lossy: true };
    if ((a.family === "string" || a.family === "text") && NOT_TEXT.includes(b.family))
        return { lossy: true };
    if (a.family === "datetime" && (b.family === "date" || b.family === "time"))
        return { lossy: true };
    if (NUMERIC.includes(a.family) && b.family === "boolean")
        return { lossy: true };
    return {};
}
/** "string(100)", "decimal(10,2)", "bigint": the type as a message can show it. */
function describeType(t) {
    if (t.precision !== undefined)
        return `${t.type}(${t.precision}${t.scale !== undefined ? `,${t.scale}` : ""})`;
    if (t.limit !== undefined)
        return `${t.type}(${t.limit})`;
    return t.type;
}

;// CONCATENATED MODULE: ./src/core/column-types/sql.ts
// What a column type change does to the stored values, judged from the type names alone.
const sql_ALIASES = {
    int: "int4",
    integer: "int4",
    int4: "int4",
    serial: "int4",
    serial4: "int4",
    smallint: "int2",
    int2: "int2",
    smallserial: "int2",
    serial2: "int2",
    bigint: "int8",
    int8: "int8",
    bigserial: "int8",
    serial8: "int8",
    tinyint: "int1",
    mediumint: "int3",
    "character varying": "varchar",
    varchar: "varchar",
    nvarchar: "varchar",
    varchar2: "varchar",
    character: "bpchar",
    char: "bpchar",
    nchar: "bpchar",
    bpchar: "bpchar",
    text: "text",
    tinytext: "tinytext",
    mediumtext: "mediumtext",
    longtext: "longtext",
    clob: "text",
    citext: "text",
    string: "text",
    numeric: "numeric",
    decimal: "numeric",
    dec: "numeric",
    real: "float4",
    float4: "float4",
    float: "float8",
    float8: "float8",
    double: "float8",
    "double precision": "float8",
    bool: "bool",
    boolean: "bool",
    bit: "bit",
    timestamp: "timestamp",
    datetime: "timestamp",
    "timestamp without time zone": "timestamp",
    timestamptz: "timestamptz",
    "timestamp with time zone": "timestamptz",
    date: "date",
    time: "time",
    timetz: "timetz",
};
const INT_RANK = { int1: 1, int2: 2, int3: 3, int4: 4, int8: 5 };
const TEXT_RANK = { tinytext: 1, text: 2, mediumtext: 3, longtext: 4 };
const BOUNDED_STRINGS = new Set(["varchar", "bpchar"]);
const FRACTIONAL = new Set(["numeric", "float4", "float8"]);
const TEMPORAL = new Set(["timestamp", "timestamptz", "date", "time", "timetz"]);
function columnType(name, mods = [], array = false) {
    const key = name.toLowerCase().replace(/\s+/g, " ").trim();
    return { base: sql_ALIASES[key] ?? key, mods: [...mods], array };
}
function isUnboundedText(t) {
    return t.base in TEXT_RANK || (t.base === "varchar" && t.mods.length === 0);
}
/**
 * Compares the old and new type of a column. `widening` is only claimed when the old type is known and the
 * database keeps the stored bytes as they are (PostgreSQL: no table rewrite). int → bigint keeps every value
 * but still rewrites the table, so it is neither widening nor lossy. Without the old type, only targets that
 * are narrow whatever the source (varchar(n), smallint, boolean, date...) are called lossy.
 */
function sql_classifyTypeChange(from, to) {
    if (to.array || from?.array)
        return from && sameType(from, to) ? { widening: true } : {};
    if (!from)
        return lossyWhateverTheSource(to) ? { lossy: true } : {};
    if (sameType(from, to))
        return { widening: true };
    // Strings.
    if (BOUNDED_STRINGS.has(from.base) || from.base === "text" || from.base in TEXT_RANK) {
        if (to.base === "varchar" && to.mods.length === 0)
            return from.base === "bpchar" ? {} : { widening: true };
        if (to.base in TEXT_RANK) {
            if (from.base in TEXT_RANK) {
                const cmp = TEXT_RANK[to.base] - TEXT_RANK[from.base];
                return cmp >= 0 ? { widening: true } : { lossy: true };
            }
            return from.base === "varchar" ? { widening: true } : {};
        }
        if (BOUNDED_STRINGS.has(to.base)) {
            const n = to.mods[0];
            if (n === undefined)
                return {};
            if (isUnboundedText(from))
                return { lossy: true };
            const m = from.mods[0];
            if (m === undefined || n < m)
                return { lossy: true };
            return from.base === to.base && from.base === "varchar" ? { widening: true } : {};
        }
        if (to.base === "bool")
            return { lossy: true };
        return {};
    }
    // Numbers.
    if (from.base in INT_RANK) {
        if (to.base in INT_RANK)
            return INT_RANK[to.base] < INT_RANK[from.base] ? { lossy: true } : {};
        if (to.base === "bool")
            return { lossy: true };
        if (to.base === "numeric" && to.mods.length > 0)
            return { lossy: true };
        if (to.base === "float4" && INT_RANK[from.base] >= 4)
            return { lossy: true };
        return {};
    }
    if (FRACTIONAL.has(from.base)) {
        if (to.base in INT_RANK || to.base === "bool")
            return { lossy: true };
        if (from.base === "numeric" && to.base === "numeric") {
            if (to.mods.length === 0)
                return { widening: true };
            if (from.mods.length === 0)
                return { lossy: true };
            const [p1 = 0, s1 = 0] = from.mods;
            const [p2 = 0, s2 = 0] = to.mods;
            if (p2 < p1 || s2 < s1)
                return { lossy: true };
            // PostgreSQL keeps the bytes when only the precision grows.
            return s2 === s1 ? { widening: true } : {};
        }
        if (to.base === "numeric" && to.mods.length > 0)
            return { lossy: true };
        if (to.base === "float4" && from.base !== "float4")
            return { lossy: true };
        return {};
    }
    // Dates and times.
    if (TEMPORAL.has(from.base)) {
        if ((from.base === "timestamp" || from.base === "timestamptz") &&
            (to.base === "date" || to.base === "time"))
            return { lossy: true };
        if (to.base === "bool" || to.base in INT_RANK)
            return { lossy: true };
        return {};
    }
    if (to.base === "bool")
        return { lossy: true };
    return {};
}
function sameType(a, b) {
    return a.base === b.base && a.array === b.array && a.mods.join(",") === b.mods.join(",");
}
function lossyWhateverTheSource(to) {
    if (BOUNDED_STRINGS.has(to.base))
        return to.mods.length > 0;
    if (to.base === "numeric")
        return to.mods.length > 0;
    return ["int1", "int2", "int3", "int4", "bool", "date", "time", "float4", "tinytext", "bit"].includes(to.base);
}

;// CONCATENATED MODULE: ./src/core/column-types/index.ts
// The column-type model every reader shares: one place to ask "what does changing this column's type do to the
// rows already stored?". Two vocabularies live here today: the frameworks' abstract types (`:string`,
// `string(100)`, `bigint`, as Rails, Laravel, Ecto, Django, Alembic and the JS libraries spell them) and SQL's own
// type names (`varchar(50)`, `int8`, `numeric(10,2)`, from migration SQL). Readers import from this module only,
// never from another reader's folder.




/***/ }),

/***/ 6104:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p0: () => (/* binding */ DEFAULT_ENVIRONMENTS),
/* harmony export */   sb: () => (/* binding */ defaultConfig),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export DEFAULT_CONFIG */
const DEFAULT_ENVIRONMENTS = {
    staging: { timeout: 300, destructive: "warn", pause: 10 },
    production: { timeout: 600, destructive: "block", pause: 0 },
};
const DEFAULT_CONFIG = {
    database: "postgresql",
    paths: {},
    exclude: [],
    rules: {},
    environments: { ...DEFAULT_ENVIRONMENTS },
};
/** Every problem the config has, found in one pass: a user fixes them all at once, not one per run. */
class ConfigError extends Error {
    source;
    problems;
    constructor(source, problems) {
        super(problems.length === 1
            ? `${source}: ${problems[0]}`
            : `${source}: ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
        this.source = source;
        this.problems = problems;
        this.name = "ConfigError";
    }
}
/** The defaults, as \`parseConfig("")\` gives them: a fresh copy the caller may change. */
function defaultConfig() {
    return structuredClone(DEFAULT_CONFIG);
}


/***/ }),

/***/ 2560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ docsUrl)
/* harmony export */ });
/* unused harmony export DOCS_BASE */
/** Where each rule's page lives; stable so annotations and SARIF can link to it. */
const DOCS_BASE = "https://github.com/migration-guard/migration-guard/blob/main/docs/rules";
function docsUrl(ruleId) {
    return `${DOCS_BASE}/${ruleId}.md`;
}


/***/ }),

/***/ 7477:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  OJ: () => (/* binding */ FailOnError),
  $u: () => (/* binding */ exitStatus),
  ZI: () => (/* binding */ namedPathProblems),
  XV: () => (/* binding */ parseFailOn)
});

// UNUSED EXPORTS: DEFAULT_FAIL_ON

// EXTERNAL MODULE: ./src/core/report/counts.ts
var counts = __nccwpck_require__(7216);
;// CONCATENATED MODULE: ./src/core/verdict.ts
// From the analysed files to what the check decides: which migrations need an approval (by category),
// the content they are identified by (blob shas), and the counts every reporter shows. Pure.
//
// An allow comment documents a finding; it is not an approval. The author writes it, so a finding in an
// approval category gates whether acknowledged or not (the deploy gate counts it too). Acknowledged
// findings in other categories stay reported and count for nothing.

const CATEGORIES = [
    "destructive",
    "backward-incompatible",
    "locking",
    "irreversible",
    "needs-review",
];
/**
 * `blobs` maps a path to its blob sha (head side; base side for deleted files). A gated path missing from
 * it still gates, with the empty string as its identity: it can never match an earlier approval.
 */
function decideVerdict(files, approvalCategories, blobs) {
    const gatedBy = new Set(approvalCategories);
    const gated = [];
    const rows = files.map((report) => {
        const active = report.findings.filter((f) => !f.acknowledged);
        const categories = CATEGORIES.filter((c) => gatedBy.has(c) && report.findings.some((f) => f.category === c));
        if (categories.length)
            gated.push({ path: report.path, blob: blobs.get(report.path) ?? "", categories });
        const verdict = categories.length ? "needs-approval" : active.length ? "review" : "ok";
        return { report, verdict };
    });
    const all = files.flatMap((f) => f.findings);
    const active = activeFindings(files);
    return {
        files: rows,
        gated,
        requiresApproval: gated.length > 0,
        destructive: all.some((f) => f.category === "destructive"),
        findings: active.length,
        acknowledged: all.length - active.length,
        counts: countByCategory(files),
    };
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/**
 * What is annotated, most severe first: severity, then those that gate, then by category, path and line.
 * Active findings, and acknowledged ones that still gate (shown as acknowledged, with the reason).
 */
function rankFindings(files, approvalCategories) {
    const gatedBy = new Set(approvalCategories);
    const located = files.flatMap((file) => file.findings
        .filter((f) => !f.acknowledged || gatedBy.has(f.category))
        .map((finding) => ({ path: file.path, finding, gated: gatedBy.has(finding.category) })));
    return located.sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        Number(b.gated) - Number(a.gated) ||
        CATEGORIES.indexOf(a.finding.category) - CATEGORIES.indexOf(b.finding.category) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.finding.line - b.finding.line);
}

;// CONCATENATED MODULE: ./src/core/exit-status.ts
// What the CLI's exit status says, decided from the reports alone. Pure, so every front end that reports
// on files (analyze, diff, demo) fails on the same findings.
//
// 0: something was analysed and nothing it found is in a `--fail-on` category or at severity error;
// 1: an active finding (not acknowledged by an allow comment) is in one of those categories, or at severity
//    error (a config override such as `index-not-concurrent: error` counts);
// 2: usage or input error, including a run that analysed nothing (decided by the caller).


/** The same default as the PR check's `approval-categories`: what destroys data and what could not be read. */
const DEFAULT_FAIL_ON = ["destructive", "needs-review"];
class FailOnError extends Error {
    constructor(message) {
        super(message);
        this.name = "FailOnError";
    }
}
/** `--fail-on destructive,locking`; `none` fails on severity error only. Undefined gives the default. */
function parseFailOn(value) {
    if (value === undefined)
        return [...DEFAULT_FAIL_ON];
    const values = value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
    if (values.length === 1 && values[0] === "none")
        return [];
    if (values.length === 0) {
        throw new FailOnError(`--fail-on is empty; expected a comma-separated list of ${CATEGORIES.join(", ")}, or none.`);
    }
    for (const v of values) {
        if (!CATEGORIES.includes(v)) {
            throw new FailOnError(`--fail-on lists ${JSON.stringify(v)}, which is not a category; expected a comma-separated list of ` +
                `${CATEGORIES.join(", ")}, or none.`);
        }
    }
    return [...new Set(values)];
}
function exitStatus(files, failOn) {
    const failing = new Set(failOn);
    return (0,counts/* activeFindings */.zP)(files).some((f) => failing.has(f.category) || f.severity === "error") ? 1 : 0;
}
/**
 * Sentences for the named paths that held no migration: each one is an input error (exit 2), never a silent
 * "fine". So a run that analysed nothing always has at least one.
 */
function namedPathProblems(named) {
    const problems = [];
    for (const n of named) {
        if (n.analysed > 0)
            continue;
        const what = n.isDirectory
            ? n.files === 0
                ? `${n.arg} is an empty directory`
                : `${n.arg} holds ${n.files} file(s), none of them a migration of a known framework (nor a .sql file)`
            : `${n.arg} is not a migration of a known framework`;
        problems.push(`${what}. Say which framework it is with --framework ID, or under \`paths:\` in ` +
            `.github/migration-guard.yml (e.g. \`paths: { rails: ["${n.isDirectory ? `${n.arg.replace(/\/$/, "")}/**` : n.arg}"] }\`).`);
    }
    return problems;
}


/***/ }),

/***/ 9206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   xd: () => (/* binding */ folderIndexes),
/* harmony export */   yS: () => (/* binding */ folderOf),
/* harmony export */   zy: () => (/* binding */ FolderIndex)
/* harmony export */ });
// The names in one folder, indexed once and shared by every file of that folder. A reader that looks beside its
// file (golang-migrate's `.down.sql`) asks the index, so a folder of n files costs n, not n² name comparisons.
class FolderIndex {
    names = new Set();
    /** `names` are bare file names (no folder), as a directory listing gives them. */
    constructor(names) {
        for (const name of names)
            this.names.add(name.toLowerCase());
    }
    /** True when a file of this name sits in the folder, in any letter case (`.DOWN.SQL` pairs `.up.sql`). */
    has(name) {
        return this.names.has(name.toLowerCase());
    }
}
/**
 * One index per folder for the whole run: `list` is called at most once per folder, and every file of that
 * folder gets the same index. Folders are compared as given (`""` is the top).
 */
function folderIndexes(list) {
    const made = new Map();
    return (folder) => {
        let index = made.get(folder);
        if (index === undefined)
            made.set(folder, (index = list(folder)));
        return index;
    };
}
/** The folder part of a `/`-separated path (`""` for a bare name). */
function folderOf(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? "" : path.slice(0, i);
}


/***/ }),

/***/ 2237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yl: () => (/* binding */ detectFramework),
  pl: () => (/* binding */ frameworkById),
  rV: () => (/* binding */ readsSiblings)
});

// UNUSED EXPORTS: frameworks

// EXTERNAL MODULE: ./src/core/frameworks/sql/lexer.ts
var lexer = __nccwpck_require__(9176);
// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 6 modules
var embedded = __nccwpck_require__(5883);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/files.ts


function basename(path) {
    const i = path.lastIndexOf("/");
    return i < 0 ? path : path.slice(i + 1);
}
/** Every comment of the file, so an allow comment anywhere (above a section marker too) is seen. */
function fileComments(source, database) {
    const lines = new lexer/* LineIndex */.rr(source);
    const lineOf = (offset) => lines.lineOf(offset) + 1;
    return (0,lexer/* lex */.Ii)(source, database)
        .tokens.filter((t) => t.kind === "comment")
        .map((t) => ({ text: t.value, line: lineOf(t.start), endLine: lineOf(t.end - 1) }));
}
/** Reads chunks of SQL with their host lines and gathers the result as one migration. */
function readSql(framework, chunks, database, parsers, comments) {
    const result = { framework, operations: [], comments: [], problems: [] };
    for (const chunk of chunks) {
        if (!chunk.text.trim())
            continue;
        (0,embedded/* appendSql */.p)(result, { sql: chunk.text, database, line: chunk.line }, parsers);
    }
    // The whole file's comments (section markers and all) replace those of the chunks when given.
    if (comments)
        result.comments = comments;
    return result;
}
/** True when the text holds no SQL: only space and comments. */
function isBlankSql(text, database) {
    if (!text.trim())
        return true;
    const lexed = (0,lexer/* lex */.Ii)(text, database);
    return (!lexed.error && lexed.tokens.every((t) => t.kind === "comment" || (t.kind === "punct" && t.value === ";")));
}
/**
 * Splits a file into its up and down sections by marker lines. Only the first up section counts as forward;
 * text before any marker and after a down marker does not run forward.
 */
function sections(source, markers) {
    const lines = source.split("\n");
    const out = { up: [], down: "" };
    const down = [];
    let state = "before";
    let chunk = [];
    let chunkLine = 0;
    const flush = () => {
        if (chunk.length)
            out.up.push({ text: chunk.join("\n"), line: chunkLine });
        chunk = [];
    };
    for (let i = 0; i < lines.length; i++) {
        const text = lines[i];
        const line = i + 1;
        if (markers.up.test(text)) {
            if (state === "before") {
                state = "up";
                out.upLine = line;
            }
            else if (state === "up")
                flush();
            continue;
        }
        if (markers.down.test(text)) {
            if (state === "up")
                flush();
            if (out.downLine === undefined)
                out.downLine = line;
            state = "down";
            continue;
        }
        if (state === "down") {
            down.push(text);
            continue;
        }
        if (state !== "up")
            continue;
        if (markers.blockBegin?.test(text) || markers.blockEnd?.test(text)) {
            flush();
            continue;
        }
        if (!chunk.length)
            chunkLine = line;
        chunk.push(text);
    }
    if (state === "up")
        flush();
    out.down = down.join("\n");
    return out;
}
function irreversible(reason, line) {
    return { kind: "irreversible", reason, line, endLine: line };
}

;// CONCATENATED MODULE: ./src/core/frameworks/prisma.ts

const PATH = /(^|\/)prisma\/migrations\/[^/]+\/migration\.sql$/;
const prisma = {
    id: "prisma",
    name: "Prisma",
    matches: (path) => PATH.test(path),
    parse: (input, parsers) => readSql("prisma", [{ text: input.source, line: 1 }], input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/golang-migrate.ts

const UP = /\.up\.sql$/i;
const DOWN = /\.down\.sql$/i;
const golangMigrate = {
    id: "golang-migrate",
    name: "golang-migrate",
    matches: (path) => UP.test(path) || DOWN.test(path),
    readsSiblings: (path) => UP.test(path),
    parse: (input, parsers) => {
        const name = basename(input.path);
        // A down file is the way back, not a step forward: nothing in it runs when migrating up.
        if (!UP.test(name))
            return { framework: "golang-migrate", operations: [], comments: [], problems: [] };
        const result = readSql("golang-migrate", [{ text: input.source, line: 1 }], input.database, parsers);
        if (input.siblings) {
            if (!input.siblings.has(name.replace(UP, ".down.sql"))) {
                result.operations.push(irreversible(`${name} has no ${name.replace(UP, ".down.sql")} beside it`, 1));
            }
        }
        return result;
    },
};

;// CONCATENATED MODULE: ./src/core/frameworks/flyway.ts

const VERSION = String.raw `\d+(?:[._]\d+)*`;
const VERSIONED = new RegExp(`^V${VERSION}__.*\\.sql$`);
const UNDO = new RegExp(`^U${VERSION}__.*\\.sql$`);
const REPEATABLE = /^R__.+\.sql$/;
const flyway = {
    id: "flyway",
    name: "Flyway",
    matches: (path) => {
        const name = basename(path);
        return VERSIONED.test(name) || UNDO.test(name) || REPEATABLE.test(name);
    },
    parse: (input, parsers) => {
        if (UNDO.test(basename(input.path)))
            return { framework: "flyway", operations: [], comments: [], problems: [] };
        return readSql("flyway", [{ text: input.source, line: 1 }], input.database, parsers);
    },
};

;// CONCATENATED MODULE: ./src/core/frameworks/goose.ts

const goose_UP = /^\s*--\s*\+goose\s+up\b/i;
const goose_DOWN = /^\s*--\s*\+goose\s+down\b/i;
const BEGIN = /^\s*--\s*\+goose\s+statementbegin\b/i;
const END = /^\s*--\s*\+goose\s+statementend\b/i;
const HAS_UP = /^\s*--\s*\+goose\s+up\b/im;
const goose = {
    id: "goose",
    name: "goose",
    matches: (path, source) => /\.sql$/i.test(path) && HAS_UP.test(source),
    parse: (input, parsers) => {
        const parts = sections(input.source, { up: goose_UP, down: goose_DOWN, blockBegin: BEGIN, blockEnd: END });
        const result = readSql("goose", parts.up, input.database, parsers, fileComments(input.source, input.database));
        if (parts.downLine === undefined) {
            result.operations.push(irreversible("the migration has no -- +goose Down section", parts.upLine ?? 1));
        }
        else if (isBlankSql(parts.down, input.database)) {
            result.operations.push(irreversible("the -- +goose Down section is empty", parts.downLine));
        }
        return result;
    },
};

;// CONCATENATED MODULE: ./src/core/frameworks/dbmate.ts

const dbmate_UP = /^\s*--\s*migrate:up\b/i;
const dbmate_DOWN = /^\s*--\s*migrate:down\b/i;
const dbmate_HAS_UP = /^\s*--\s*migrate:up\b/im;
const dbmate = {
    id: "dbmate",
    name: "dbmate",
    matches: (path, source) => /\.sql$/i.test(path) && dbmate_HAS_UP.test(source),
    parse: (input, parsers) => {
        const parts = sections(input.source, { up: dbmate_UP, down: dbmate_DOWN });
        const result = readSql("dbmate", parts.up, input.database, parsers, fileComments(input.source, input.database));
        if (parts.downLine === undefined) {
            result.operations.push(irreversible("the migration has no -- migrate:down section", parts.upLine ?? 1));
        }
        else if (isBlankSql(parts.down, input.database)) {
            result.operations.push(irreversible("the -- migrate:down section is empty", parts.downLine));
        }
        return result;
    },
};

// EXTERNAL MODULE: ./src/core/frameworks/readers.ts
var readers = __nccwpck_require__(2909);
;// CONCATENATED MODULE: ./src/core/frameworks/rails.ts

// db/migrate, engines' db/migrate, and multi-database dirs such as db/animals_migrate.
const MIGRATION_PATH = /(?:^|\/)db\/(?:[A-Za-z0-9_]+_)?migrate\/[^/]+\.rb$/;
const rails = {
    id: "rails",
    name: "Rails",
    matches: (path) => MIGRATION_PATH.test(path),
    parse: (input, parsers) => (0,readers/* reader */.w)("rails").readRailsMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/django.ts

// `<app>/migrations/0001_initial.py`: Django names migrations with a numeric prefix of four digits or more.
const django_MIGRATION_PATH = /(?:^|\/)migrations\/\d{4,}_[^/]*\.py$/;
const MIGRATION_CLASS = /^class\s+Migration\s*[(:]/m;
const django = {
    id: "django",
    name: "Django",
    matches: (path, source) => django_MIGRATION_PATH.test(path) && MIGRATION_CLASS.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("django").readDjangoMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/alembic.ts

// `versions/` is Alembic's own directory name, whatever holds it (alembic/, migrations/, db/...).
const VERSION_PATH = /(?:^|\/)(?:versions\/[^/]+|alembic\/versions\/.+)\.py$/;
const UPGRADE = /^def\s+upgrade\s*\(/m;
const REVISION = /^revision\s*(?::[^=\n]+)?=/m;
const alembic = {
    id: "alembic",
    name: "Alembic",
    matches: (path, source) => VERSION_PATH.test(path) &&
        !path.endsWith("/__init__.py") &&
        UPGRADE.test(source) &&
        REVISION.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("alembic").readAlembicMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/laravel.ts

// database/migrations, and the sub-folders some apps keep there (database/migrations/tenant/...).
const laravel_MIGRATION_PATH = /(?:^|\/)database\/migrations\/(?:[^/]+\/)*[^/]+\.php$/;
const laravel = {
    id: "laravel",
    name: "Laravel",
    matches: (path) => laravel_MIGRATION_PATH.test(path),
    parse: (input, parsers) => (0,readers/* reader */.w)("laravel").readLaravelMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/js/detect.ts
// Content tests for the JS/TS frameworks: their paths (`migrations/*.js`) say nothing about which library
// wrote the file, so each reader looks for its own calls next to an exported `up`.
/** A JavaScript or TypeScript source file, not a declaration file. */
function isScriptPath(path) {
    return /\.[cm]?[jt]s$/i.test(path) && !/\.d\.[cm]?ts$/i.test(path);
}
/** The file exports or defines an `up` migration step in any of the spellings the readers follow. */
const EXPORTS_UP = /\bexports\.up\s*=|\bexport\s+(?:async\s+)?function\s+up\b|\bexport\s+const\s+up\b|\bup\s*:|(?:^|[\s;{}])(?:public\s+|async\s+)*up\s*\(/m;

;// CONCATENATED MODULE: ./src/core/frameworks/typeorm.ts


const TYPEORM = /\bMigrationInterface\b|\bQueryRunner\b|\bup\s*\(\s*queryRunner\b/;
const typeorm = {
    id: "typeorm",
    name: "TypeORM",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && TYPEORM.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("typeorm").readTypeormMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/sequelize.ts


const SEQUELIZE = /\bqueryInterface\b|\bQueryInterface\b|\bfrom\s+["']sequelize["']|\brequire\(\s*["']sequelize["']\s*\)/;
const sequelize = {
    id: "sequelize",
    name: "Sequelize",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && SEQUELIZE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("sequelize").readSequelizeMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/knex.ts


// `knex.schema`, `import { Knex } from "knex"`, an `up(knex)` parameter named after the library, or the schema
// builder under another name (`db.schema.createTable(...)`).
const KNEX = /\bknex\.schema\b|\bfrom\s+["']knex["']|\brequire\(\s*["']knex["']\s*\)|\bup\s*\(\s*knex\b|\(\s*knex\s*(?::\s*Knex\s*)?\)\s*(?:=>|\{)|\.schema\s*\.\s*(?:createTable|alterTable|dropTable|table)\s*\(/;
const knex = {
    id: "knex",
    name: "Knex",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && KNEX.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("knex").readKnexMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/node-pg-migrate.ts


const NODE_PG_MIGRATE = /\bpgm\b|\bMigrationBuilder\b|["']node-pg-migrate["']/;
const nodePgMigrate = {
    id: "node-pg-migrate",
    name: "node-pg-migrate",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && NODE_PG_MIGRATE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("nodePgMigrate").readNodePgMigration(input, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/ecto.ts

// priv/repo/migrations, other repos (priv/analytics_repo/migrations) and umbrella apps (apps/x/priv/repo/...).
const ecto_MIGRATION_PATH = /(?:^|\/)priv\/[^/]+\/migrations\/(?:[^/]+\/)*[^/]+\.exs$/;
const ecto = {
    id: "ecto",
    name: "Ecto",
    matches: (path) => ecto_MIGRATION_PATH.test(path),
    parse: (input, parsers) => (0,readers/* reader */.w)("ecto").readEctoMigration(input.source, input.database, parsers),
};

// EXTERNAL MODULE: ./src/core/column-types/index.ts + 2 modules
var column_types = __nccwpck_require__(3492);
// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __nccwpck_require__(8849);
// EXTERNAL MODULE: ./src/core/frameworks/shared/volatile-defaults.ts
var volatile_defaults = __nccwpck_require__(2258);
// EXTERNAL MODULE: ./src/core/frameworks/js/column-types.ts
var js_column_types = __nccwpck_require__(5255);
// EXTERNAL MODULE: ./src/core/frameworks/js/migration.ts + 1 modules
var migration = __nccwpck_require__(3254);
// EXTERNAL MODULE: ./src/core/frameworks/js/module.ts
var js_module = __nccwpck_require__(3853);
// EXTERNAL MODULE: ./src/core/frameworks/js/nodes.ts
var nodes = __nccwpck_require__(4672);
// EXTERNAL MODULE: ./src/core/frameworks/js/walker.ts
var walker = __nccwpck_require__(1839);
;// CONCATENATED MODULE: ./src/core/frameworks/js/db-migrate-reader.ts
// Reads one db-migrate migration into forward Operations: the calls `up(db, callback)` makes on its driver
// (`db.dropTable`, `db.removeColumn`, `db.runSql`...), in the callback style (`db.x(..., callback)`,
// `async.series([db.x.bind(db, ...)])`) and the promise style (`return db.x(...)`, `.then(() => db.y(...))`),
// and the same-file helpers it calls. `down` is read only to learn the type a column had before
// `changeColumn`, and to tell whether the migration can be rolled back.
// Each driver method is one entry of DB_CALLS, so what `removeColumn` means is found by its name.








/** db-migrate's abstract types (`type.STRING`, `'int'`) → the shared model; anything else is read as SQL. */
const ABSTRACT = {
    string: "string",
    char: "string",
    text: "text",
    int: "integer",
    integer: "integer",
    smallint: "smallint",
    bigint: "bigint",
    real: "float",
    decimal: "decimal",
    boolean: "boolean",
    date: "date",
    datetime: "datetime",
    timestamp: "datetime",
    time: "time",
    blob: "other",
    binary: "other",
    json: "other",
};
/** `path.join(__dirname, 'sqls', '20240101000000-x-up.sql')`, the `--sql-file` template's read. */
const SQL_FILE = /["']sqls["']\s*,\s*["'][^"'/]+-up\.sql["']/;
const key = (table, column) => `${table}.${column}`;
/** Driver calls that change nothing a rule looks at, or only read. */
const HARMLESS = new Set([
    "all",
    "insert",
    "connect",
    "close",
    "createDatabase",
    "switchDatabase",
    "addMigrationState",
]);
/**
 * What each driver method does. A handler pushes operations; a name the table lacks is an `unknown`.
 * Callbacks and `bind` are the caller's business: handlers see the method's own arguments.
 */
const DB_CALLS = {
    runSql({ reader, call, args, scope }) {
        // `runSql(sql, params, cb)`: `?` placeholders are values, not identifiers, so the SQL still reads.
        const value = reader.resolve(args[0], scope);
        // `db-migrate create --sql-file` writes an up that reads `sqls/<name>-up.sql` and runs its text: that file
        // is a migration of its own (the plain SQL reader takes it), so the text read here is not unknown.
        if (value?.type !== "string" && value?.type !== "template_string" && reader.readsSqlFile)
            return;
        const params = reader.resolve(args[1], scope);
        const bound = params !== undefined && params.type === "array";
        reader.sql(args[0], call, scope, bound ? toolkit/* numberPlaceholders */.wO : undefined);
    },
    createTable({ reader, args, span, scope, call }) {
        const options = (0,nodes/* objectEntries */.WP)(reader.resolve(args[1], scope))?.entries;
        // `createTable(name, { columns: {...}, ifNotExists: true })` or `createTable(name, columns)`.
        const columnsNode = options?.has("columns") ? options.get("columns") : args[1];
        const columns = (0,nodes/* objectEntries */.WP)(reader.resolve(columnsNode, scope))?.entries;
        const table = reader.name(args[0], scope);
        if (table === undefined)
            return reader.missing(call, "createTable", "table name", span);
        for (const [column, spec] of columns ?? []) {
            const type = reader.columnType(spec, scope);
            if (type)
                reader.known.set(key(table, column), type.type);
        }
        reader.push(span, {
            kind: "create-table",
            table,
            columns: [...(columns?.keys() ?? [])],
            ...((0,nodes/* booleanValue */.eC)(options?.get("ifNotExists")) === true ? { ifNotExists: true } : {}),
        });
    },
    dropTable({ reader, args, span, scope, call }) {
        const table = reader.name(args[0], scope);
        if (table === undefined)
            return reader.missing(call, "dropTable", "table name", span);
        const options = (0,nodes/* entriesOf */.Mc)(reader.resolve(args[1], scope));
        reader.push(span, {
            kind: "drop-table",
            table,
            ...((0,nodes/* booleanValue */.eC)(options.get("ifExists")) === true ? { ifExists: true } : {}),
        });
    },
    renameTable({ reader, args, span, scope, call }) {
        const [from, to] = [reader.name(args[0], scope), reader.name(args[1], scope)];
        if (from === undefined || to === undefined)
            return reader.missing(call, "renameTable", "table names", span);
        reader.push(span, { kind: "rename-table", table: from, newName: to });
    },
    addColumn({ reader, args, span, scope, call }) {
        const [table, column] = [reader.name(args[0], scope), reader.name(args[1], scope)];
        if (table === undefined || column === undefined)
            return reader.missing(call, "addColumn", "table or column name", span);
        reader.addColumn(span, table, column, args[2], scope);
    },
    removeColumn({ reader, args, span, scope, call }) {
        const [table, column] = [reader.name(args[0], scope), reader.name(args[1], scope)];
        if (table === undefined || column === undefined)
            return reader.missing(call, "removeColumn", "table or column name", span);
        reader.push(span, { kind: "drop-column", table, column });
    },
    renameColumn({ reader, args, span, scope, call }) {
        const [table, from, to] = [0, 1, 2].map((i) => reader.name(args[i], scope));
        if (table === undefined || from === undefined || to === undefined)
            return reader.missing(call, "renameColumn", "table or column names", span);
        reader.push(span, { kind: "rename-column", table, column: from, newName: to });
    },
    changeColumn({ reader, args, span, scope, call }) {
        const [table, column] = [reader.name(args[0], scope), reader.name(args[1], scope)];
        if (table === undefined || column === undefined)
            return reader.missing(call, "changeColumn", "table or column name", span);
        reader.changeColumn(span, table, column, args[2], scope);
    },
    addIndex({ reader, args, span, scope, call }) {
        // addIndex(table, indexName, columns, unique)
        const table = reader.name(args[0], scope);
        const name = reader.name(args[1], scope);
        const value = reader.resolve(args[2], scope);
        const single = (0,nodes/* stringValue */.r$)(value);
        const columns = single !== undefined ? [single] : (0,nodes/* elements */.Yt)(value)?.map((c) => (0,nodes/* stringValue */.r$)(reader.resolve(c, scope)));
        if (table === undefined || !columns || columns.some((c) => c === undefined))
            return reader.missing(call, "addIndex", "table or columns", span);
        reader.push(span, {
            kind: "add-index",
            table,
            columns: columns,
            ...(name !== undefined ? { name } : {}),
            ...((0,nodes/* booleanValue */.eC)(reader.resolve(args[3], scope)) === true ? { unique: true } : {}),
        });
    },
    removeIndex({ reader, args, span, scope }) {
        // removeIndex(indexName) or removeIndex(table, indexName); the last string is the index.
        const names = args.map((a) => reader.name(a, scope)).filter((n) => n !== undefined);
        const [table, name] = names.length >= 2 ? [names[0], names[1]] : [undefined, names[0]];
        reader.push(span, {
            kind: "drop-index",
            ...(table !== undefined ? { table } : {}),
            ...(name !== undefined ? { name } : {}),
        });
    },
    addForeignKey({ reader, args, span, scope, call }) {
        // addForeignKey(table, referencedTable, keyName, mapping, rules)
        const table = reader.name(args[0], scope);
        if (table === undefined)
            return reader.missing(call, "addForeignKey", "table name", span);
        const name = reader.name(args[2], scope);
        reader.push(span, {
            kind: "add-constraint",
            table,
            constraint: "foreign-key",
            ...(name !== undefined ? { name } : {}),
            validated: true,
        });
    },
    removeForeignKey({ reader, args, span, scope, call }) {
        const table = reader.name(args[0], scope);
        if (table === undefined)
            return reader.missing(call, "removeForeignKey", "table name", span);
        const name = reader.name(args[1], scope);
        reader.push(span, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
    },
};
class DbMigrateReader extends walker/* MigrationWalker */.jh {
    known = new Map();
    /** The up reads a literal `sqls/...-up.sql` file, as the `--sql-file` template does. */
    readsSqlFile = false;
    run(up, down) {
        const bind = (param, i) => i === 0 && param.name !== undefined ? [[param.name, { kind: "db" }]] : [];
        this.readsSqlFile = SQL_FILE.test(up.text);
        this.readDownThenUp(up, down, "changeColumn", bind);
    }
    resolve(node, scope) {
        return super.resolve(node, scope);
    }
    name(node, scope) {
        return super.name(node, scope);
    }
    push(where, body) {
        super.push(where, body);
    }
    missing(call, method, what, span) {
        if (!this.learning)
            this.emit.unknown(call, `db.${method} whose ${what} is not a string literal cannot be followed`, span);
    }
    sql(value, call, scope, prepare) {
        if (!this.learning)
            this.emit.sql(this.resolve(value, scope), call, "db.runSql()", prepare);
    }
    escaped(call, argument) {
        if (this.learning)
            return;
        this.emit.unknown(call, `passes \`${argument}\` to a function that is not defined in this file, so what it does cannot be read`);
    }
    call(call, scope) {
        const { root, links } = (0,nodes/* chainOf */.dR)(call);
        if (!this.isHandle(root, scope, "db") || links.length === 0)
            return false;
        const first = links[0];
        // `db.dropTable.bind(db, 'users')`: the call happens later, with these arguments.
        const bound = links[1]?.name === "bind" && links[1].call ? links[1] : undefined;
        const invoked = bound ?? first;
        if (!invoked.call)
            return false;
        const args = bound ? bound.args.slice(1) : first.args;
        const span = (0,nodes/* spanBetween */.Jr)(first.nameNode, invoked.call);
        const handler = (0,toolkit/* handlerFor */.ci)(DB_CALLS, first.name);
        if (handler)
            handler({ reader: this, method: first.name, call: invoked.call, args, span, scope });
        else if (!HARMLESS.has(first.name) && !this.learning)
            this.emit.unknown(invoked.call, `db.${first.name} is not a db-migrate driver method the reader knows`, span);
        // Callbacks passed along (`db.x(..., () => db.y(...))`, `.then(() => db.y(...))`) run too.
        for (const link of links)
            for (const arg of link.args)
                this.visit(arg, scope);
        return true;
    }
    /** A column spec is a type (`'string'`, `type.STRING`) or `{ type, length, notNull, defaultValue, ... }`. */
    columnType(spec, scope) {
        const value = this.resolve(spec, scope);
        const entries = (0,nodes/* entriesOf */.Mc)(value);
        const typeNode = this.resolve(entries.get("type"), scope) ?? value;
        const text = (0,nodes/* stringValue */.r$)(typeNode) ?? dataTypeConstant(typeNode);
        if (text === undefined)
            return undefined;
        const abstract = ABSTRACT[text.toLowerCase()];
        if (!abstract)
            return (0,js_column_types/* sqlType */.fi)(text);
        const length = (0,nodes/* numberValue */.Vg)(entries.get("length"));
        const precision = (0,nodes/* numberValue */.Vg)(entries.get("precision"));
        const scale = (0,nodes/* numberValue */.Vg)(entries.get("scale"));
        const shown = length !== undefined ? `${text}(${length})` : text;
        return (0,js_column_types/* abstractType */.rO)(abstract, shown, {
            ...(length !== undefined && abstract === "string" ? { limit: length } : {}),
            ...(precision !== undefined ? { precision } : {}),
            ...(scale !== undefined ? { scale } : {}),
        });
    }
    addColumn(span, table, column, spec, scope) {
        const options = (0,nodes/* entriesOf */.Mc)(this.resolve(spec, scope));
        const type = this.columnType(spec, scope);
        if (type)
            this.known.set(key(table, column), type.type);
        const notNull = (0,nodes/* booleanValue */.eC)(options.get("notNull")) === true || (0,nodes/* booleanValue */.eC)(options.get("primaryKey")) === true;
        const value = this.defaultOf(options.get("defaultValue"), scope);
        this.push(span, {
            kind: "add-column",
            table,
            column,
            ...(type ? { type: type.text } : {}),
            notNull,
            ...(value ? { default: value } : {}),
        });
        if ((0,nodes/* booleanValue */.eC)(options.get("unique")) === true)
            this.push(span, { kind: "add-constraint", table, constraint: "unique", validated: true });
        if (options.has("foreignKey"))
            this.push(span, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
    }
    changeColumn(span, table, column, spec, scope) {
        const options = (0,nodes/* entriesOf */.Mc)(this.resolve(spec, scope));
        const type = this.columnType(spec, scope);
        if (type) {
            const previous = this.known.get(key(table, column));
            if (!(0,js_column_types/* sameType */.n6)(previous, type.type)) {
                this.push(span, {
                    kind: "change-column-type",
                    table,
                    column,
                    type: type.text,
                    ...(0,column_types/* classifyTypeChange */.zq)(previous, type.type),
                });
            }
            this.known.set(key(table, column), type.type);
        }
        const notNull = (0,nodes/* booleanValue */.eC)(options.get("notNull"));
        if (notNull === true)
            this.push(span, { kind: "set-not-null", table, column });
        if (notNull === false)
            this.push(span, { kind: "drop-not-null", table, column });
        if (options.has("defaultValue")) {
            const value = this.defaultOf(options.get("defaultValue"), scope);
            this.push(span, { kind: "change-default", table, column, ...(value ? { default: value } : {}) });
        }
    }
    defaultOf(node, scope) {
        if (!node)
            return undefined;
        const value = this.resolve(node, scope) ?? node;
        if ((0,nodes/* isNullish */.uy)(value))
            return undefined;
        if ((0,nodes/* isPlainLiteral */.EA)(value))
            return { volatile: false, text: value.text };
        // `{ defaultValue: new String('now()') }` is db-migrate's way to write raw SQL.
        const raw = /^new\s+String\s*\(/.test(value.text)
            ? (0,nodes/* stringValue */.r$)(this.resolve(argOf(value), scope))
            : undefined;
        if (raw !== undefined)
            return { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(raw), text: raw };
        return { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(value.text), text: value.text };
    }
}
/** `type.STRING`, `dbm.dataType.BIGINT` → "string", "bigint". */
function dataTypeConstant(node) {
    if (node?.type !== "member_expression")
        return undefined;
    const property = node.childForFieldName("property")?.text;
    return property && /^[A-Z_]+$/.test(property) ? property.toLowerCase() : undefined;
}
/** The first argument of `new String(x)`. */
function argOf(node) {
    const args = node.childForFieldName("arguments");
    return args?.namedChildren.find((c) => c !== null && c.type !== "comment") ?? undefined;
}
function readDbMigrateMigration(input, parsers) {
    return (0,migration/* readJsMigration */.Y)("db-migrate", input, parsers, "No exported `up` function was found in this db-migrate migration", ({ module, up, emit }) => {
        new DbMigrateReader(module, emit).run(up, (0,js_module/* exportedFunction */.gA)(module, "down"));
    });
}

;// CONCATENATED MODULE: ./src/core/frameworks/db-migrate.ts


// The generated `setup(options, seedLink)` with `options.dbmigrate`, `exports._meta`, the package name, or a
// driver method called on the `db` handle (Knex's builder hangs off `.schema`, so `db.dropTable(` is not Knex).
const DB_MIGRATE = /\bdbmigrate\b|["']db-migrate["']|\bexports\._meta\b|\bdb\s*\.\s*(?:runSql|createTable|dropTable|renameTable|addColumn|removeColumn|renameColumn|changeColumn|addIndex|removeIndex|addForeignKey|removeForeignKey)\s*[.(]/;
const dbMigrate = {
    id: "db-migrate",
    name: "db-migrate",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && DB_MIGRATE.test(source),
    parse: (input, parsers) => readDbMigrateMigration(input, parsers),
};

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(9800);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/core/frameworks/liquibase/changelog.ts
// A Liquibase changelog, whatever it was written in (XML, YAML, JSON), as one tree of elements with lines:
// `<dropColumn tableName="t"><column name="c"/></dropColumn>` and `- dropColumn: {tableName: t, columns:
// [{column: {name: c}}]}` become the same Element. The reader (changes.ts) sees only this tree.
// XML is read with saxes (a strict, well-kept SAX parser that reports positions and well-formedness errors);
// YAML and JSON with the `yaml` package (JSON is YAML), whose line counter gives every node's line.


function changelog_element(name, line) {
    return { name, attrs: new Map(), children: [], text: "", textLine: line, line, endLine: line };
}
const localName = (name) => name.slice(name.indexOf(":") + 1);
const linesIn = (text) => text.split("\n").length - 1;
/**
 * XML forbids `--` inside a comment (Liquibase's own parser rejects the file), so an allow comment there writes
 * its reason after a single dash: `<!-- migration-guard:allow drop-table - archived first -->`. Read as the
 * usual `-- reason`.
 */
function xmlAllowComment(text) {
    return text.replace(/(migration-guard:allow\s+[A-Za-z0-9_,\s-]*?[A-Za-z0-9_])\s+[-\u2013\u2014]\s+/, "$1 -- ");
}
function readXmlChangelog(source) {
    const comments = [];
    const problems = [];
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    const stack = [changelog_element("#document", 1)];
    parser.on("opentagstart", (tag) => stack.push(changelog_element(localName(tag.name), parser.line)));
    parser.on("opentag", (tag) => {
        const current = stack[stack.length - 1];
        for (const [key, value] of Object.entries(tag.attributes))
            current.attrs.set(localName(key), String(value));
    });
    parser.on("closetag", () => {
        const done = stack.pop();
        done.endLine = parser.line;
        stack[stack.length - 1].children.push(done);
    });
    const addText = (text) => {
        const current = stack[stack.length - 1];
        // The event comes once the text is read, so the parser stands on its last line.
        if (current.text.trim() === "")
            current.textLine = parser.line - linesIn(text);
        current.text += text;
    };
    parser.on("text", addText);
    parser.on("cdata", addText);
    parser.on("comment", (text) => {
        const endLine = parser.line;
        comments.push({ line: endLine - linesIn(text), endLine, text: xmlAllowComment(text.trim()) });
    });
    try {
        parser.write(source).close();
    }
    catch (error) {
        // Fails closed: a changelog that is not well-formed XML is needs-review, and nothing of it is trusted.
        problems.push({
            line: parser.line,
            endLine: parser.line,
            message: `XML syntax error: ${error.message.replace(/^[^:]*:\d+:\d+: /, "")}, so the changelog cannot be read reliably`,
        });
        return { root: undefined, comments, problems };
    }
    const root = stack[0].children.find((e) => e.name === "databaseChangeLog");
    return { root, comments, problems };
}
/** YAML keys whose list is the parent's children (XML writes them as the parent's own child elements). */
const LIST_ONLY = new Set(["changes", "columns"]);
function readYamlChangelog(source, json) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
    const lineOf = (offset) => lineCounter.linePos(offset ?? 0).line;
    const problems = doc.errors.map((e) => ({
        line: lineOf(e.pos[0]),
        endLine: lineOf(e.pos[1]),
        message: `${json ? "JSON" : "YAML"} syntax error: ${e.message.split("\n")[0]}, so the changelog cannot be read reliably`,
    }));
    const comments = json ? [] : yamlComments(source);
    if (problems.length > 0)
        return { root: undefined, comments, problems };
    /** One `name: value` entry as an element: a map's scalars are attributes, its maps and lists children. */
    const toElement = (name, keyOffset, value) => {
        const e = changelog_element(name, lineOf(keyOffset));
        const node = value;
        e.endLine = Math.max(e.line, lineOf(node?.range?.[1]));
        if ((0,dist/* isScalar */.jn)(node)) {
            setText(e, node);
            return e;
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                e.children.push(...itemElements(item));
            return e;
        }
        if (!(0,dist/* isMap */.jh)(node))
            return e;
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const key = String(pair.key.value);
            const v = pair.value;
            // `sql: ...` inside a sql change and `where: ...` are text, not attributes.
            if ((0,dist/* isScalar */.jn)(v) && (key !== name || name !== "sql") && key !== "where" && key !== "comment") {
                e.attrs.set(key, v.value === null ? "" : String(v.value));
            }
            else if ((0,dist/* isScalar */.jn)(v) && key === name) {
                setText(e, v);
            }
            else {
                const child = toElement(key, pair.key.range?.[0], v);
                // `changes:` and `columns:` only group; `rollback:` stays an element, so its changes stay inside it.
                if ((0,dist/* isSeq */.oP)(v) && LIST_ONLY.has(key))
                    e.children.push(...child.children);
                else
                    e.children.push(child);
            }
        }
        return e;
    };
    const setText = (e, scalar) => {
        const value = (0,dist/* isScalar */.jn)(scalar) && scalar.value !== null ? String(scalar.value) : "";
        const start = scalar.range?.[0] ?? 0;
        // A block scalar (`|`, `>`) starts its text on the line after the indicator.
        e.textLine = lineOf(start) + (/^[|>]/.test(source.slice(start, start + 1)) ? 1 : 0);
        e.text = value;
    };
    /** `- dropTable: {...}` → the element dropTable; anything else in a list is not a change. */
    const itemElements = (item) => {
        if (!(0,dist/* isMap */.jh)(item))
            return [];
        return item.items.flatMap((pair) => (0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key)
            ? [toElement(String(pair.key.value), pair.key.range?.[0], pair.value)]
            : []);
    };
    const top = doc.contents;
    if (!(0,dist/* isMap */.jh)(top))
        return { root: undefined, comments, problems };
    const pair = top.items.find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === "databaseChangeLog");
    if (!pair || !(0,dist/* isScalar */.jn)(pair.key))
        return { root: undefined, comments, problems };
    return { root: toElement("databaseChangeLog", pair.key.range?.[0], pair.value), comments, problems };
}
/** `# ...` comments of a YAML file, outside quoted strings. */
function yamlComments(source) {
    const comments = [];
    source.split("\n").forEach((text, i) => {
        let quote;
        for (let j = 0; j < text.length; j++) {
            const c = text[j];
            if (quote) {
                if (c === quote)
                    quote = undefined;
            }
            else if (c === "'" || c === '"')
                quote = c;
            else if (c === "#" && (j === 0 || /\s/.test(text[j - 1]))) {
                comments.push({ line: i + 1, endLine: i + 1, text: text.slice(j + 1).trim() });
                return;
            }
        }
    });
    return comments;
}

;// CONCATENATED MODULE: ./src/core/frameworks/liquibase/changes.ts
// Reads a Liquibase changelog (changelog.ts gives it as one tree, whatever the format) into forward Operations.
// Every change of every changeSet runs forward; `<rollback>` is the down direction and never counts. Each change
// type is one entry of CHANGES, so what `dropColumn` means is found by its name; a type the table lacks is an
// `unknown` operation, never skipped.




function push(r, at, body) {
    r.out.operations.push({ ...body, line: at.line, endLine: at.endLine });
}
function unknown(r, at, reason) {
    push(r, at, (0,toolkit/* unknownOperation */.sA)(reason, `<${at.name}>`));
}
const attr = (e, name) => {
    const value = e.attrs.get(name);
    return value === undefined || value === "" ? undefined : value;
};
const yes = (e, name) => attr(e, name)?.toLowerCase() === "true";
const columnsOf = (e) => e.children.filter((c) => c.name === "column");
const whereOf = (e) => e.children.find((c) => c.name === "where")?.text.trim();
/** `VARCHAR(255)`, `numeric(10, 2)`, `java.sql.Types.BIGINT`: the model's SQL type; undefined for `${prop}`. */
function sqlType(text) {
    const m = /^(?:java\.sql\.Types\.)?([a-z_][\w ]*?)\s*(?:\(\s*([\d\s,]+)\))?\s*(\[\])?$/i.exec(text.trim());
    if (!m)
        return undefined;
    const mods = m[2] ? m[2].split(",").map((n) => Number(n.trim())) : [];
    return (0,column_types/* sqlColumnType */.fF)(m[1].toLowerCase(), mods, m[3] !== undefined);
}
/** defaultValue* attributes: a computed value is SQL the database evaluates; a literal is stored once. */
function defaultOf(column) {
    const computed = attr(column, "defaultValueComputed");
    if (computed !== undefined)
        return { volatile: (0,volatile_defaults/* isVolatileSql */.Z)(computed), text: computed };
    for (const name of ["defaultValue", "defaultValueNumeric", "defaultValueBoolean", "defaultValueDate"]) {
        const value = attr(column, name);
        if (value !== undefined)
            return { volatile: false, text: value };
    }
    return undefined;
}
/** A `<column>` with its `<constraints>`: the add-column and the constraints it brings. */
function addColumn(r, at, table, column) {
    const name = attr(column, "name");
    if (name === undefined)
        return unknown(r, at, `${at.name} with a column that has no name`);
    const constraints = column.children.find((c) => c.name === "constraints");
    const typeText = attr(column, "type");
    const type = typeText !== undefined ? sqlType(typeText) : undefined;
    if (type)
        r.known.set(`${table}.${name}`, type);
    const value = defaultOf(column);
    const primaryKey = constraints !== undefined && yes(constraints, "primaryKey");
    push(r, at, {
        kind: "add-column",
        table,
        column: name,
        ...(typeText !== undefined ? { type: typeText } : {}),
        notNull: primaryKey || (constraints !== undefined && attr(constraints, "nullable")?.toLowerCase() === "false"),
        ...(value ? { default: value } : {}),
    });
    if (!constraints)
        return;
    if (yes(constraints, "unique"))
        push(r, at, { kind: "add-constraint", table, constraint: "unique", validated: true });
    if (primaryKey)
        push(r, at, { kind: "add-constraint", table, constraint: "primary-key", validated: true });
    if (attr(constraints, "references") !== undefined || attr(constraints, "referencedTableName") !== undefined)
        push(r, at, { kind: "add-constraint", table, constraint: "foreign-key", validated: true });
}
/** Changes that alter nothing a rule looks at. */
const changes_HARMLESS = new Set([
    "insert",
    "loadData",
    "createView",
    "dropView",
    "renameView",
    "createSequence",
    "alterSequence",
    "dropSequence",
    "createProcedure",
    "dropProcedure",
    "createFunction",
    "dropFunction",
    "createTrigger",
    "dropTrigger",
    "enableTrigger",
    "disableTrigger",
    "tagDatabase",
    "setTableRemarks",
    "setColumnRemarks",
    "addAutoIncrement",
    "output",
    "empty",
    "comment",
]);
/** Each change type, by its Liquibase name. */
const CHANGES = {
    createTable(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "createTable without a tableName");
        const columns = columnsOf(c).map((col) => attr(col, "name"));
        for (const col of columnsOf(c)) {
            const name = attr(col, "name");
            const type = attr(col, "type");
            const parsed = type !== undefined ? sqlType(type) : undefined;
            if (name !== undefined && parsed)
                r.known.set(`${table}.${name}`, parsed);
        }
        push(r, c, {
            kind: "create-table",
            table,
            columns: columns.filter((n) => n !== undefined),
            ...(yes(c, "ifNotExists") ? { ifNotExists: true } : {}),
        });
    },
    dropTable(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "dropTable without a tableName");
        push(r, c, { kind: "drop-table", table, ...(yes(c, "cascadeConstraints") ? { cascade: true } : {}) });
    },
    renameTable(r, c) {
        const [from, to] = [attr(c, "oldTableName"), attr(c, "newTableName")];
        if (from === undefined || to === undefined)
            return unknown(r, c, "renameTable without both names");
        push(r, c, { kind: "rename-table", table: from, newName: to });
    },
    addColumn(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "addColumn without a tableName");
        for (const column of columnsOf(c))
            addColumn(r, c, table, column);
    },
    dropColumn(r, c) {
        const table = attr(c, "tableName");
        const names = [attr(c, "columnName"), ...columnsOf(c).map((col) => attr(col, "name"))].filter((n) => n !== undefined);
        if (table === undefined || names.length === 0)
            return unknown(r, c, "dropColumn without a table or column name");
        for (const column of names)
            push(r, c, { kind: "drop-column", table, column });
    },
    renameColumn(r, c) {
        const [table, from, to] = [attr(c, "tableName"), attr(c, "oldColumnName"), attr(c, "newColumnName")];
        if (table === undefined || from === undefined || to === undefined)
            return unknown(r, c, "renameColumn without its table and both names");
        push(r, c, { kind: "rename-column", table, column: from, newName: to });
    },
    modifyDataType(r, c) {
        const [table, column, typeText] = [attr(c, "tableName"), attr(c, "columnName"), attr(c, "newDataType")];
        if (table === undefined || column === undefined || typeText === undefined)
            return unknown(r, c, "modifyDataType without its table, column and new type");
        const type = sqlType(typeText);
        const key = `${table}.${column}`;
        push(r, c, {
            kind: "change-column-type",
            table,
            column,
            type: typeText,
            ...(type ? (0,column_types/* classifySqlTypeChange */.Tr)(r.known.get(key), type) : {}),
        });
        if (type)
            r.known.set(key, type);
    },
    addNotNullConstraint(r, c) {
        const [table, column] = [attr(c, "tableName"), attr(c, "columnName")];
        if (table === undefined || column === undefined)
            return unknown(r, c, "addNotNullConstraint without its table and column");
        // Liquibase fills the NULLs with defaultNullValue before it adds the constraint.
        if (attr(c, "defaultNullValue") !== undefined) {
            push(r, c, {
                kind: "update-rows",
                table,
                columns: [column],
                filtered: true,
                onlyNulls: true,
                via: "addNotNullConstraint defaultNullValue",
            });
        }
        push(r, c, { kind: "set-not-null", table, column });
    },
    dropNotNullConstraint(r, c) {
        const [table, column] = [attr(c, "tableName"), attr(c, "columnName")];
        if (table === undefined || column === undefined)
            return unknown(r, c, "dropNotNullConstraint without its table and column");
        push(r, c, { kind: "drop-not-null", table, column });
    },
    addDefaultValue(r, c) {
        const [table, column] = [attr(c, "tableName"), attr(c, "columnName")];
        if (table === undefined || column === undefined)
            return unknown(r, c, "addDefaultValue without its column");
        const value = defaultOf(c);
        push(r, c, { kind: "change-default", table, column, ...(value ? { default: value } : {}) });
    },
    dropDefaultValue(r, c) {
        const [table, column] = [attr(c, "tableName"), attr(c, "columnName")];
        if (table === undefined || column === undefined)
            return unknown(r, c, "dropDefaultValue without its column");
        push(r, c, { kind: "change-default", table, column });
    },
    createIndex(r, c) {
        const table = attr(c, "tableName");
        const columns = columnsOf(c).map((col) => attr(col, "name"));
        if (table === undefined || columns.length === 0 || columns.some((n) => n === undefined))
            return unknown(r, c, "createIndex without its table and columns");
        const name = attr(c, "indexName");
        push(r, c, {
            kind: "add-index",
            table,
            columns: columns,
            ...(name !== undefined ? { name } : {}),
            ...(yes(c, "unique") ? { unique: true } : {}),
        });
    },
    dropIndex(r, c) {
        const [table, name] = [attr(c, "tableName"), attr(c, "indexName")];
        push(r, c, {
            kind: "drop-index",
            ...(table !== undefined ? { table } : {}),
            ...(name !== undefined ? { name } : {}),
        });
    },
    addForeignKeyConstraint(r, c) {
        const table = attr(c, "baseTableName");
        if (table === undefined)
            return unknown(r, c, "addForeignKeyConstraint without a baseTableName");
        const name = attr(c, "constraintName");
        push(r, c, {
            kind: "add-constraint",
            table,
            constraint: "foreign-key",
            ...(name !== undefined ? { name } : {}),
            validated: attr(c, "validate")?.toLowerCase() !== "false",
        });
    },
    addUniqueConstraint: addConstraint("unique"),
    addPrimaryKey: addConstraint("primary-key"),
    addCheckConstraint: addConstraint("check"),
    dropForeignKeyConstraint: dropConstraint("baseTableName"),
    dropUniqueConstraint: dropConstraint("tableName"),
    dropPrimaryKey: dropConstraint("tableName"),
    dropCheckConstraint: dropConstraint("tableName"),
    dropAllForeignKeyConstraints: dropConstraint("baseTableName"),
    delete(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "delete without a tableName");
        push(r, c, { kind: "delete-rows", table, filtered: Boolean(whereOf(c)), via: "delete" });
    },
    update(r, c) {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, "update without a tableName");
        const columns = columnsOf(c)
            .map((col) => attr(col, "name"))
            .filter((n) => n !== undefined);
        const where = whereOf(c);
        const nulls = where && !/\bor\b/i.test(where) ? [...where.matchAll(/(\w+)\s+is\s+null\b/gi)].map((m) => m[1]) : [];
        push(r, c, {
            kind: "update-rows",
            table,
            columns,
            filtered: Boolean(where),
            onlyNulls: columns.length > 0 && columns.every((col) => nulls.includes(col)),
            via: "update",
        });
    },
    sql(r, c) {
        if (!c.text.trim())
            return unknown(r, c, "a sql change with no SQL in it");
        (0,embedded/* appendSql */.p)(r.out, { sql: c.text, database: r.database, line: c.textLine }, r.parsers);
    },
    sqlFile(r, c) {
        unknown(r, c, `sqlFile runs SQL from ${attr(c, "path") ?? "another file"}, which is read only where it is a migration itself`);
    },
};
function addConstraint(constraint) {
    return (r, c) => {
        const table = attr(c, "tableName");
        if (table === undefined)
            return unknown(r, c, `${c.name} without a tableName`);
        const name = attr(c, "constraintName");
        push(r, c, {
            kind: "add-constraint",
            table,
            constraint,
            ...(name !== undefined ? { name } : {}),
            validated: attr(c, "validate")?.toLowerCase() !== "false",
        });
    };
}
function dropConstraint(tableAttr) {
    return (r, c) => {
        const table = attr(c, tableAttr);
        if (table === undefined)
            return unknown(r, c, `${c.name} without a ${tableAttr}`);
        const name = attr(c, "constraintName");
        push(r, c, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
    };
}
/** Children of a changeSet that are not changes. */
const NOT_CHANGES = new Set([
    "rollback",
    "preConditions",
    "precondition",
    "comment",
    "validCheckSum",
    "id",
    "author",
]);
/** Whether a `dbms="..."` list lets the change run on this database (`!mysql`, `all`, `none`). */
function runsOn(e, database) {
    const dbms = attr(e, "dbms");
    if (dbms === undefined)
        return true;
    const names = dbms.split(",").map((d) => d.trim().toLowerCase());
    if (names.includes("none"))
        return false;
    if (names.includes(`!${database}`))
        return false;
    const positive = names.filter((n) => !n.startsWith("!"));
    return positive.length === 0 || positive.includes("all") || positive.includes(database);
}
function readChangelog(changelog, database, parsers) {
    const out = {
        framework: "liquibase",
        operations: [],
        comments: [...changelog.comments],
        problems: [...changelog.problems],
    };
    const r = { out, database, parsers, known: new Map() };
    for (const changeSet of changelog.root?.children ?? []) {
        if (changeSet.name !== "changeSet" || !runsOn(changeSet, database))
            continue;
        for (const change of changeSet.children) {
            if (NOT_CHANGES.has(change.name) || !runsOn(change, database))
                continue;
            const handler = (0,toolkit/* handlerFor */.ci)(CHANGES, change.name);
            if (handler)
                handler(r, change);
            else if (!changes_HARMLESS.has(change.name))
                unknown(r, change, `${change.name} is not a Liquibase change the reader knows`);
        }
    }
    out.operations.sort((a, b) => a.line - b.line);
    out.comments.sort((a, b) => a.line - b.line);
    return out;
}

;// CONCATENATED MODULE: ./src/core/frameworks/liquibase.ts



const FORMATTED_SQL = /^\s*--\s*liquibase\s+formatted\s+sql\b/i;
function format(path, source) {
    const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
    if (ext === "xml")
        return /<(?:\w+:)?databaseChangeLog\b/.test(source) ? "xml" : undefined;
    if (ext === "yaml" || ext === "yml")
        return /^databaseChangeLog\s*:/m.test(source) ? "yaml" : undefined;
    if (ext === "json")
        return /"databaseChangeLog"\s*:/.test(source) ? "json" : undefined;
    if (ext === "sql")
        return FORMATTED_SQL.test(source) ? "sql" : undefined;
    return undefined;
}
const liquibase = {
    id: "liquibase",
    name: "Liquibase",
    matches: (path, source) => format(path, source) !== undefined,
    parse: (input, parsers) => {
        const kind = format(input.path, input.source);
        if (kind === "sql")
            return readSql("liquibase", [{ text: input.source, line: 1 }], input.database, parsers);
        const changelog = kind === "xml" ? readXmlChangelog(input.source) : readYamlChangelog(input.source, kind === "json");
        if (!changelog.root && changelog.problems.length === 0) {
            changelog.problems.push({
                line: 1,
                endLine: 1,
                message: "No databaseChangeLog was found in this Liquibase changelog, so it was not analysed",
            });
        }
        return readChangelog(changelog, input.database, parsers);
    },
};

// EXTERNAL MODULE: ./src/core/frameworks/php/nodes.ts
var php_nodes = __nccwpck_require__(9887);
;// CONCATENATED MODULE: ./src/core/frameworks/php/doctrine-reader.ts



/** `$this->...` calls that run nothing a rule looks at. */
const THIS_HARMLESS = new Set(["abortIf", "skipIf", "warnIf", "write", "getDescription", "isTransactional"]);
/** `$this->connection->...` methods that run SQL text; the fetch family only reads. */
const CONNECTION_SQL = new Set(["executeStatement", "executeUpdate", "executeQuery", "exec", "query"]);
const CONNECTION_READS = /^(?:fetch\w*|select\w*|quote\w*|getDatabasePlatform|createSchemaManager|getSchemaManager)$/;
/** `$schema->...`: the methods that change the schema, by name. */
const SCHEMA_CALLS = {
    dropTable({ reader, link }) {
        const table = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "name"));
        if (table === undefined)
            return reader.unknown(link.call, "$schema->dropTable on a name that is not a string");
        reader.push(link.call, { kind: "drop-table", table });
    },
    renameTable({ reader, link }) {
        const [from, to] = [(0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "oldName")), (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 1, "newName"))];
        if (from === undefined || to === undefined)
            return reader.unknown(link.call, "$schema->renameTable on names that are not strings");
        reader.push(link.call, { kind: "rename-table", table: from, newName: to });
    },
    createTable({ reader, link }) {
        const table = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "name"));
        if (table === undefined)
            return reader.unknown(link.call, "$schema->createTable on a name that is not a string");
        reader.push(link.call, { kind: "create-table", table, columns: [] });
    },
};
/** `$schema->getTable('t')->...` (or a variable holding it): the table methods that change it, by name. */
const TABLE_CALLS = {
    dropColumn({ reader, link, table }) {
        const column = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "name"));
        if (column === undefined)
            return reader.unknown(link.call, "dropColumn on a column that is not a string");
        reader.push(link.call, { kind: "drop-column", table, column });
    },
    addColumn({ reader, link, table }) {
        const column = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "name"));
        if (column === undefined)
            return reader.unknown(link.call, "addColumn on a column that is not a string");
        const type = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 1, "typeName"));
        const options = optionsOf((0,php_nodes/* arg */.JR)(link.args, 2, "options"));
        // DBAL columns are NOT NULL unless `notnull => false`.
        const notNull = options.get("notnull") !== "false";
        const value = options.get("default");
        reader.push(link.call, {
            kind: "add-column",
            table,
            column,
            ...(type !== undefined ? { type } : {}),
            notNull,
            ...(value !== undefined ? { default: { volatile: false, text: value } } : {}),
        });
    },
    modifyColumn: changeColumn,
    changeColumn,
    renameColumn({ reader, link, table }) {
        const [from, to] = [(0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "oldName")), (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 1, "newName"))];
        if (from === undefined || to === undefined)
            return reader.unknown(link.call, "renameColumn on names that are not strings");
        reader.push(link.call, { kind: "rename-column", table, column: from, newName: to });
    },
    addIndex: addIndex(false),
    addUniqueIndex: addIndex(true),
    dropIndex({ reader, link, table }) {
        const name = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "name"));
        reader.push(link.call, { kind: "drop-index", table, ...(name !== undefined ? { name } : {}) });
    },
    addForeignKeyConstraint({ reader, link, table }) {
        const name = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 4, "name"));
        reader.push(link.call, {
            kind: "add-constraint",
            table,
            constraint: "foreign-key",
            ...(name !== undefined ? { name } : {}),
            validated: true,
        });
    },
    removeForeignKey: doctrine_reader_dropConstraint,
    dropPrimaryKey: doctrine_reader_dropConstraint,
    removeUniqueConstraint: doctrine_reader_dropConstraint,
    setPrimaryKey({ reader, link, table }) {
        reader.push(link.call, { kind: "add-constraint", table, constraint: "primary-key", validated: true });
    },
};
function changeColumn({ reader, link, table }) {
    const column = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "name"));
    if (column === undefined)
        return reader.unknown(link.call, `${link.name} on a column that is not a string`);
    const options = optionsOf((0,php_nodes/* arg */.JR)(link.args, 1, "options"));
    const type = options.get("type");
    if (options.has("type") || options.has("length") || options.has("precision") || options.has("scale")) {
        // The old definition is in the database, not in the file: the change is a type change of unknown width.
        reader.push(link.call, {
            kind: "change-column-type",
            table,
            column,
            ...(type !== undefined ? { type } : {}),
        });
    }
    if (options.get("notnull") === "true")
        reader.push(link.call, { kind: "set-not-null", table, column });
    if (options.get("notnull") === "false")
        reader.push(link.call, { kind: "drop-not-null", table, column });
}
function addIndex(unique) {
    return ({ reader, link, table }) => {
        const columns = (0,php_nodes/* stringList */.Yn)((0,php_nodes/* arg */.JR)(link.args, 0, "columnNames"));
        if (!columns)
            return reader.unknown(link.call, `${link.name} on columns that are not a literal list`);
        const name = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 1, "indexName"));
        reader.push(link.call, {
            kind: "add-index",
            table,
            columns,
            ...(name !== undefined ? { name } : {}),
            ...(unique ? { unique: true } : {}),
        });
    };
}
function doctrine_reader_dropConstraint({ reader, link, table }) {
    const name = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "name"));
    reader.push(link.call, { kind: "drop-constraint", table, ...(name !== undefined ? { name } : {}) });
}
/** `['notnull' => false, 'length' => 50]` → its literal entries as text. */
function optionsOf(node) {
    const out = new Map();
    const array = node ? (0,php_nodes/* unwrap */.oA)(node) : undefined;
    if (array?.type !== "array_creation_expression")
        return out;
    for (const item of array.namedChildren) {
        if (item?.type !== "array_element_initializer" || item.namedChildren.length !== 2)
            continue;
        const [k, v] = item.namedChildren;
        const key = (0,php_nodes/* stringValue */.r$)(k);
        if (key === undefined)
            continue;
        const b = (0,php_nodes/* booleanValue */.eC)(v);
        out.set(key, b !== undefined ? String(b) : ((0,php_nodes/* stringValue */.r$)(v) ?? (0,php_nodes/* unwrap */.oA)(v).text));
    }
    return out;
}
const methodNameOf = (method) => method.childForFieldName("name")?.text;
class DoctrineReader {
    source;
    database;
    parsers;
    out = {
        framework: "doctrine",
        operations: [],
        comments: [],
        problems: [],
    };
    methods = new Map();
    following = [];
    constructor(source, database, parsers) {
        this.source = source;
        this.database = database;
        this.parsers = parsers;
    }
    read() {
        return (0,php_nodes/* readPhpTree */.Xm)(this.parsers, this.source, this.out, (root) => {
            for (const cls of migrationClasses(root))
                this.readClass(cls);
        });
    }
    push(node, body) {
        this.out.operations.push({ ...body, ...(0,php_nodes/* spanOf */.ee)(node) });
    }
    unknown(node, reason) {
        this.push(node, (0,toolkit/* unknownOperation */.sA)(reason, node.text));
    }
    readClass(body) {
        this.methods = new Map();
        for (const member of body.namedChildren) {
            if (member?.type !== "method_declaration")
                continue;
            const name = methodNameOf(member);
            if (name !== undefined)
                this.methods.set(name, member);
        }
        const up = this.methods.get("up");
        if (!up)
            return;
        for (const name of ["preUp", "up", "postUp"]) {
            const method = this.methods.get(name);
            if (method)
                this.walkMethod(method, []);
        }
        const down = this.methods.get("down");
        // Doctrine's own down() aborts: a class without one cannot be rolled back.
        const reason = !down
            ? "the migration has no down(), and Doctrine's default down() aborts"
            : /\$this\s*->\s*throwIrreversibleMigrationException\s*\(/.test(down.text)
                ? "down() throws IrreversibleMigration"
                : undefined;
        if (reason) {
            const line = (down ?? up).startPosition.row + 1;
            this.out.operations.push({ kind: "irreversible", reason, line, endLine: line });
        }
    }
    walkMethod(method, args) {
        const name = methodNameOf(method) ?? "";
        if (this.following.includes(name) || this.following.length > toolkit/* MAX_DEPTH */.lr)
            return;
        const env = new Map();
        // `up(Schema $schema)`: the schema parameter; a helper's parameters bound to the tables passed to it.
        const params = method.childForFieldName("parameters")?.namedChildren ?? [];
        params.forEach((p, i) => {
            const v = (0,php_nodes/* variableName */.cG)(p?.childForFieldName("name"));
            const table = args[i];
            if (v !== undefined && table !== undefined)
                env.set(v, table);
        });
        this.following.push(name);
        this.walk(method.childForFieldName("body"), env);
        this.following.pop();
    }
    walk(node, env) {
        if (!node)
            return;
        if (node.type === "comment" || /string|heredoc|nowdoc/.test(node.type))
            return;
        if (node.type === "assignment_expression") {
            const left = (0,php_nodes/* variableName */.cG)(node.childForFieldName("left"));
            const right = node.childForFieldName("right");
            const table = right ? this.tableOf(right, env) : undefined;
            if (left !== undefined) {
                if (table !== undefined)
                    env.set(left, table);
                else
                    env.delete(left);
            }
            if (right)
                this.walk(right, env);
            return;
        }
        if (php_nodes/* MEMBER_CALLS */.nt.has(node.type) && this.call(node, env))
            return;
        for (const child of node.namedChildren)
            this.walk(child, env);
    }
    /** The table an expression stands for: `$schema->getTable('t')`, `$schema->createTable('t')`, a variable. */
    tableOf(node, env) {
        const n = (0,php_nodes/* unwrap */.oA)(node);
        const v = (0,php_nodes/* variableName */.cG)(n);
        if (v !== undefined)
            return env.get(v);
        if (!php_nodes/* MEMBER_CALLS */.nt.has(n.type))
            return undefined;
        const { root, links } = (0,php_nodes/* methodChain */.L5)(n);
        if (links.length !== 1 || (0,php_nodes/* variableName */.cG)(root) !== "schema")
            return undefined;
        const [link] = links;
        if (link.name !== "getTable" && link.name !== "createTable")
            return undefined;
        return (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(link.args, 0, "name"));
    }
    /** One call chain; false to let the walk look inside it. */
    call(node, env) {
        const { root, links } = (0,php_nodes/* methodChain */.L5)(node);
        if (links.length === 0)
            return false;
        const first = links[0];
        const rootText = (0,php_nodes/* unwrap */.oA)(root).text.replace(/\s+/g, "");
        if (rootText === "$this" && links.length === 1)
            return this.thisCall(first, env);
        if (rootText === "$this->connection") {
            if (CONNECTION_SQL.has(first.name))
                this.sql(first, "$this->connection->" + first.name);
            else if (!CONNECTION_READS.test(first.name))
                this.unknown(first.call, `$this->connection->${first.name} is not a call the reader knows`);
            return true;
        }
        const rootVar = (0,php_nodes/* variableName */.cG)(root);
        if (rootVar === "schema") {
            // `$schema->getTable('t')->dropColumn('c')`: the table link, then the table call.
            if ((first.name === "getTable" || first.name === "createTable") && links.length >= 2) {
                const table = (0,php_nodes/* stringValue */.r$)((0,php_nodes/* arg */.JR)(first.args, 0, "name"));
                if (first.name === "createTable")
                    SCHEMA_CALLS.createTable({ reader: this, link: first, env });
                if (table === undefined) {
                    this.unknown(first.call, `$schema->${first.name} on a name that is not a string`);
                    return true;
                }
                for (const link of links.slice(1))
                    this.tableCall(link, table, env);
                return true;
            }
            const handler = (0,toolkit/* handlerFor */.ci)(SCHEMA_CALLS, first.name);
            if (handler)
                handler({ reader: this, link: first, env });
            return true;
        }
        const table = rootVar !== undefined ? env.get(rootVar) : undefined;
        if (table !== undefined) {
            for (const link of links)
                this.tableCall(link, table, env);
            return true;
        }
        return false;
    }
    tableCall(link, table, env) {
        const handler = (0,toolkit/* handlerFor */.ci)(TABLE_CALLS, link.name);
        if (handler)
            handler({ reader: this, link, table, env });
    }
    thisCall(link, env) {
        if (link.name === "addSql") {
            this.sql(link, "$this->addSql");
            return true;
        }
        if (THIS_HARMLESS.has(link.name))
            return true;
        const helper = this.methods.get(link.name);
        if (!helper || ["up", "down", "preUp", "postUp"].includes(link.name))
            return false;
        for (const a of link.args.positional)
            this.walk(a, env);
        this.walkMethod(helper, link.args.positional.map((a) => this.tableOf(a, env) ?? (0,php_nodes/* stringValue */.r$)(a)));
        return true;
    }
    /** The SQL of `addSql($sql, $params)` / `executeStatement($sql, $params)`, or why it cannot be read. */
    sql(link, via) {
        const literal = (0,php_nodes/* stringLiteral */.Hg)((0,php_nodes/* arg */.JR)(link.args, 0, "sql"));
        if (!literal) {
            this.unknown(link.call, `${via} with SQL built at run time (a variable, interpolation or a call) cannot be read`);
            return;
        }
        const bound = (0,php_nodes/* arg */.JR)(link.args, 1, "params") !== undefined;
        (0,embedded/* appendSql */.p)(this.out, {
            sql: bound ? (0,toolkit/* numberPlaceholders */.wO)(literal.value) : literal.value,
            database: this.database,
            line: literal.line,
        }, this.parsers);
    }
}
/** Class bodies extending AbstractMigration (or defining `up`), at the top level or in a namespace. */
function migrationClasses(root) {
    const out = [];
    const visit = (statements) => {
        for (const s of statements) {
            if (s?.type === "class_declaration") {
                const body = s.childForFieldName("body");
                const base = s.namedChildren.find((c) => c?.type === "base_clause");
                const hasUp = body?.namedChildren.some((m) => m?.type === "method_declaration" && methodNameOf(m) === "up");
                if (body && ((base && /Migration$/.test(base.text)) || hasUp))
                    out.push(body);
            }
            else if (s?.type === "namespace_definition") {
                // `namespace X;` leaves the classes at the top level; only `namespace X { ... }` holds them.
                const body = s.childForFieldName("body");
                if (body)
                    visit(body.namedChildren);
            }
        }
    };
    visit(root.namedChildren);
    return out;
}
function readDoctrineMigration(source, database, parsers) {
    return new DoctrineReader(source, database, parsers).read();
}

;// CONCATENATED MODULE: ./src/core/frameworks/doctrine.ts

const VERSION_FILE = /(?:^|\/)Version\w*\.php$/;
const DOCTRINE = /\bAbstractMigration\b|\bDoctrine\\Migrations\\/;
const doctrine = {
    id: "doctrine",
    name: "Doctrine Migrations",
    matches: (path, source) => VERSION_FILE.test(path) && DOCTRINE.test(source),
    parse: (input, parsers) => readDoctrineMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/sql.ts

const MIGRATION_DIR = /^(migrations?|migrate|(schema|db|sql)[-_]migrations)$/i;
const REVERSE_FILE = /(^|[._-])(down|rollback|undo|revert)\.sql$/i;
const VENDORED = new Set(["node_modules", "vendor", "third_party"]);
function isPlainSqlMigration(path) {
    if (!/\.sql$/i.test(path))
        return false;
    const segments = path.split("/");
    const name = segments.pop() ?? "";
    if (REVERSE_FILE.test(name))
        return false;
    if (segments.some((s) => VENDORED.has(s)))
        return false;
    return segments.some((s) => MIGRATION_DIR.test(s));
}
const plainSql = {
    id: "sql",
    name: "SQL",
    matches: (path) => isPlainSqlMigration(path),
    parse: (input, parsers) => readSql("sql", [{ text: input.source, line: 1 }], input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/index.ts


















const frameworks = [
    prisma,
    golangMigrate,
    flyway,
    goose,
    dbmate,
    rails,
    django,
    alembic,
    doctrine,
    laravel,
    typeorm,
    sequelize,
    knex,
    nodePgMigrate,
    dbMigrate,
    ecto,
    liquibase,
    plainSql,
];
function frameworkById(id) {
    return frameworks.find((f) => f.id === id);
}
/** The framework that owns this file, by path and content; undefined when it is not a migration we know. */
function detectFramework(path, source) {
    return frameworks.find((f) => f.matches(path, source));
}
/** True when some reader would look at this path's folder (a `.up.sql` looks for its `.down.sql`). */
function readsSiblings(path) {
    return frameworks.some((f) => f.readsSiblings?.(path) === true);
}


/***/ }),

/***/ 5255:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fi: () => (/* binding */ sqlType),
/* harmony export */   n6: () => (/* binding */ sameType),
/* harmony export */   rO: () => (/* binding */ abstractType)
/* harmony export */ });
/** `varchar(100)`, `numeric(10, 2)`, `timestamp with time zone`, `serial` → a column type. */
function sqlType(text) {
    const clean = text.trim().replace(/\s+/g, " ");
    const m = /^([a-z_][\w ]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?(\s*\[\])?$/i.exec(clean);
    if (!m)
        return { text: clean, type: { type: clean } };
    let name = m[1].toLowerCase();
    if (m[4])
        return { text: clean, type: { type: `${name}[]` } };
    const serial = /^(small|big)?serial[248]?$/.test(name);
    if (serial)
        name =
            name.startsWith("big") || name === "serial8"
                ? "bigint"
                : name.startsWith("small")
                    ? "smallint"
                    : "integer";
    if (/^timestamp( with(out)? time zone)?$/.test(name))
        name = "timestamp";
    const first = m[2] === undefined ? undefined : Number(m[2]);
    const second = m[3] === undefined ? undefined : Number(m[3]);
    const type = { type: name };
    if (/^(numeric|decimal)$/.test(name)) {
        if (first !== undefined)
            type.precision = first;
        if (second !== undefined)
            type.scale = second;
    }
    else if (/^(varchar|character varying|char|character|string)$/.test(name)) {
        if (first !== undefined)
            type.limit = first;
    }
    return { text: clean, type, ...(serial ? { serial: true } : {}) };
}
/** A named abstract type with optional length/precision, as the Knex and Sequelize builders give them. */
function abstractType(type, text, size = {}) {
    const t = { type };
    if (size.limit !== undefined)
        t.limit = size.limit;
    if (size.precision !== undefined)
        t.precision = size.precision;
    if (size.scale !== undefined)
        t.scale = size.scale;
    return { text, type: t };
}
/** The same type restated (`varchar(255)` again, to change only NULL or the default). */
function sameType(a, b) {
    return (a !== undefined &&
        a.type.toLowerCase() === b.type.toLowerCase() &&
        a.limit === b.limit &&
        a.precision === b.precision &&
        a.scale === b.scale);
}


/***/ }),

/***/ 3254:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ readJsMigration)
});

// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 6 modules
var embedded = __nccwpck_require__(5883);
// EXTERNAL MODULE: ./src/core/frameworks/js/nodes.ts
var nodes = __nccwpck_require__(4672);
;// CONCATENATED MODULE: ./src/core/frameworks/js/emitter.ts


class Emitter {
    out;
    database;
    parsers;
    constructor(out, database, parsers) {
        this.out = out;
        this.database = database;
        this.parsers = parsers;
    }
    push(where, body) {
        const span = "line" in where && typeof where.line === "number" ? where : (0,nodes/* spanOf */.ee)(where);
        this.out.operations.push({ ...body, line: span.line, endLine: span.endLine });
    }
    unknown(node, reason, span) {
        this.push(span ?? node, { kind: "unknown", reason, text: (0,nodes/* snippet */.UA)(node) });
    }
    /**
     * Reads `value` (already resolved from constants) as SQL text, or records why it cannot. `where` is the
     * call that runs it. `prepare` may rewrite placeholders or refuse the text (undefined → unknown).
     */
    sql(value, where, via, prepare) {
        const literal = (0,nodes/* stringLiteral */.Hg)(value);
        const text = literal ? (prepare ? prepare(literal.value) : literal.value) : undefined;
        if (!literal || text === undefined) {
            this.unknown(where, literal
                ? `${via} runs SQL whose identifiers are filled in at run time, which cannot be read`
                : `${via} runs SQL built at run time (a variable, template with \${...} or expression), which cannot be read`);
            return;
        }
        (0,embedded/* appendSql */.p)(this.out, { sql: text, database: this.database, line: literal.line }, this.parsers);
    }
}

// EXTERNAL MODULE: ./src/core/frameworks/js/module.ts
var js_module = __nccwpck_require__(3853);
;// CONCATENATED MODULE: ./src/core/frameworks/js/migration.ts


/**
 * `read` reads `up` (and `down` where it needs old types). It returns true when it judged reversibility
 * itself; otherwise a `down` that is missing, `false`, empty or throwing makes the migration irreversible.
 */
function readJsMigration(framework, input, parsers, missingUp, read) {
    return (0,js_module/* withJsModule */.ck)(input.path, input.source, parsers, (module) => {
        const out = {
            framework,
            operations: [],
            comments: module.comments,
            problems: module.problems,
        };
        const up = (0,js_module/* exportedFunction */.gA)(module, "up");
        if (!up) {
            if (out.problems.length === 0)
                out.problems.push({ line: 1, endLine: 1, message: `${missingUp}, so it was not analysed` });
            return out;
        }
        if (read({ module, up, out, emit: new Emitter(out, input.database, parsers) }) === true)
            return out;
        const down = module.exports.get("down");
        const reason = (0,js_module/* downIrreversibility */.RY)(module, down);
        if (reason) {
            const line = ((0,js_module/* exportedFunction */.gA)(module, "down") ?? down ?? up).startPosition.row + 1;
            out.operations.push({ kind: "irreversible", reason, line, endLine: line });
        }
        return out;
    });
}


/***/ }),

/***/ 3853:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ bodyOf),
/* harmony export */   RY: () => (/* binding */ downIrreversibility),
/* harmony export */   Tn: () => (/* binding */ isFunction),
/* harmony export */   ck: () => (/* binding */ withJsModule),
/* harmony export */   gA: () => (/* binding */ exportedFunction),
/* harmony export */   gI: () => (/* binding */ paramsOf)
/* harmony export */ });
/* unused harmony exports languageOf, resolveConstant */
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4672);
/* harmony import */ var _tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7545);


const FUNCTION_TYPES = new Set([
    "function_declaration",
    "function_expression",
    "function",
    "arrow_function",
    "method_definition",
    "generator_function_declaration",
    "generator_function",
]);
function isFunction(node) {
    return !!node && FUNCTION_TYPES.has(node.type);
}
/** `.ts`, `.mts`, `.cts` need the TypeScript grammar (type annotations are syntax errors to the JS one). */
function languageOf(path) {
    return /\.[cm]?ts$/i.test(path) ? "typescript" : "javascript";
}
function syntaxProblems(root) {
    return (0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_1__/* .syntaxProblems */ .uf)(root, "None");
}
/**
 * Comments found from the `/` characters of the source: one lookup per `/` is much cheaper than walking the
 * whole tree, and a `/` inside a string, template or regex is recognised by the node it falls in.
 */
function commentsOf(root, source) {
    const out = [];
    let at = source.indexOf("/");
    while (at >= 0) {
        const node = root.descendantForIndex(at);
        let next = at + 1;
        if (node?.type === "comment") {
            const text = node.text;
            out.push({
                ...(0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(node),
                text: text.startsWith("//") ? text.slice(2) : text.replace(/^\/\*+/, "").replace(/\*+\/$/, ""),
            });
            next = Math.max(next, node.endIndex);
        }
        else if (node &&
            (node.type === "string_fragment" ||
                node.type === "regex_pattern" ||
                node.type === "string" ||
                node.type === "template_string")) {
            next = Math.max(next, node.endIndex);
        }
        at = source.indexOf("/", next);
    }
    return out;
}
/** The class's `up`/`down`/... methods by name; undefined when it has no `up`. */
function classMethods(cls) {
    const body = cls.childForFieldName("body");
    const methods = new Map();
    for (const member of body?.namedChildren ?? []) {
        if (!member)
            continue;
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .keyName */ .xT)(member.childForFieldName("name"));
        if (name === undefined)
            continue;
        if (member.type === "method_definition")
            methods.set(name, member);
        // `up = async (queryRunner) => { ... }` as a class field.
        if (member.type === "public_field_definition" || member.type === "field_definition") {
            const value = member.childForFieldName("value");
            if (value && isFunction((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value)))
                methods.set(name, (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value));
        }
    }
    return methods.has("up") ? methods : undefined;
}
class Indexer {
    module;
    constructor(module) {
        this.module = module;
    }
    run(root) {
        // Declarations first, so `exports.up = up` finds the function whatever the order.
        const statements = root.namedChildren.filter((c) => c !== null);
        for (const statement of statements)
            this.declaration(statement, false);
        for (const statement of statements)
            this.exportsOf(statement);
    }
    declaration(statement, exported) {
        switch (statement.type) {
            case "export_statement": {
                const declaration = statement.childForFieldName("declaration");
                if (declaration)
                    this.declaration(declaration, true);
                return;
            }
            case "function_declaration":
            case "generator_function_declaration": {
                const name = statement.childForFieldName("name")?.text;
                if (!name)
                    return;
                this.module.functions.set(name, statement);
                if (exported)
                    this.module.exports.set(name, statement);
                return;
            }
            case "lexical_declaration":
            case "variable_declaration":
                for (const declarator of statement.namedChildren) {
                    if (declarator?.type !== "variable_declarator")
                        continue;
                    const name = declarator.childForFieldName("name");
                    const value = declarator.childForFieldName("value");
                    if (name?.type !== "identifier" || !value)
                        continue;
                    const v = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value);
                    this.module.constants.set(name.text, v);
                    if (isFunction(v))
                        this.module.functions.set(name.text, v);
                    if (exported)
                        this.module.exports.set(name.text, v);
                }
                return;
            case "class_declaration":
            case "abstract_class_declaration":
                this.migrationClassFrom(statement);
                return;
            default:
                return;
        }
    }
    migrationClassFrom(cls) {
        if (this.module.migrationClass)
            return false;
        const methods = classMethods(cls);
        if (!methods)
            return false;
        this.module.migrationClass = cls;
        for (const [name, method] of methods)
            this.module.exports.set(name, method);
        return true;
    }
    /** A value assigned to `module.exports` or `export default`: an object of functions or a class. */
    exportedValue(value) {
        let v = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value);
        if (v.type === "identifier")
            v = this.module.constants.get(v.text) ?? v;
        if (v.type === "class" || v.type === "class_declaration") {
            this.migrationClassFrom(v);
            return;
        }
        const object = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .objectEntries */ .WP)(v);
        if (!object)
            return;
        for (const [name, entry] of object.entries)
            this.module.exports.set(name, entry);
    }
    exportsOf(statement) {
        if (statement.type === "export_statement") {
            // `export default {...}` has it as `value`; TypeScript's `export = {...}` as an unnamed child.
            const value = statement.childForFieldName("value") ??
                (statement.text.startsWith("export =")
                    ? statement.namedChildren.find((c) => c?.type !== "comment")
                    : null);
            if (value)
                this.exportedValue(value);
            const declaration = statement.childForFieldName("declaration");
            if (declaration?.type === "class_declaration" || declaration?.type === "abstract_class_declaration")
                this.migrationClassFrom(declaration);
            return;
        }
        if (statement.type !== "expression_statement")
            return;
        const expr = statement.namedChildren[0];
        if (expr?.type !== "assignment_expression")
            return;
        const left = expr.childForFieldName("left");
        const right = expr.childForFieldName("right");
        if (!left || !right)
            return;
        const target = left.text.replace(/\s+/g, "");
        if (target === "module.exports")
            return this.exportedValue(right);
        const m = /^(?:module\.)?exports\.(\w+)$/.exec(target);
        if (m)
            this.module.exports.set(m[1], (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(right));
    }
}
/**
 * Parses `source` and hands the module to `read`. The tree lives in WASM memory and is freed when `read`
 * returns, so nothing read from it may keep a node.
 */
function withJsModule(path, source, parsers, read) {
    const language = languageOf(path);
    const tree = parsers.treeSitter(language, source);
    try {
        const root = tree.rootNode;
        const module = {
            root,
            language,
            comments: commentsOf(root, source),
            problems: syntaxProblems(root),
            functions: new Map(),
            constants: new Map(),
            exports: new Map(),
        };
        new Indexer(module).run(root);
        return read(module);
    }
    finally {
        tree.delete();
    }
}
/** An exported name resolved to a function node: `exports.up = up` follows `up` to its declaration. */
function exportedFunction(module, name) {
    let value = module.exports.get(name);
    for (let depth = 0; depth < 5 && value; depth++) {
        if (isFunction(value))
            return value;
        if (value.type !== "identifier" && value.type !== "shorthand_property_identifier")
            return undefined;
        value = module.functions.get(value.text) ?? module.constants.get(value.text);
    }
    return undefined;
}
function paramOf(node) {
    let n = node;
    if (n.type === "required_parameter" || n.type === "optional_parameter")
        n = n.childForFieldName("pattern") ?? n;
    if (n.type === "assignment_pattern")
        n = n.childForFieldName("left") ?? n;
    if (n.type === "identifier")
        return { name: n.text };
    if (n.type === "object_pattern") {
        const properties = new Map();
        for (const p of n.namedChildren) {
            if (!p)
                continue;
            if (p.type === "shorthand_property_identifier_pattern")
                properties.set(p.text, p.text);
            else if (p.type === "pair_pattern") {
                const key = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .keyName */ .xT)(p.childForFieldName("key"));
                const value = p.childForFieldName("value");
                if (key !== undefined && value?.type === "identifier")
                    properties.set(key, value.text);
            }
        }
        return { properties };
    }
    return {};
}
/** The parameters of a function node. */
function paramsOf(fn) {
    const single = fn.childForFieldName("parameter");
    if (single)
        return [paramOf(single)];
    const list = fn.childForFieldName("parameters");
    return (list?.namedChildren ?? [])
        .filter((p) => p !== null && p.type !== "comment")
        .map(paramOf);
}
/** The body of a function node: a statement block, or an arrow function's expression. */
function bodyOf(fn) {
    return fn.childForFieldName("body") ?? undefined;
}
/** A top-level constant, followed through at most a few `const A = B` aliases. */
function resolveConstant(module, node) {
    let current = unwrap(node);
    for (let depth = 0; depth < 5 && current.type === "identifier"; depth++) {
        const value = module.constants.get(current.text);
        if (!value)
            break;
        current = value;
    }
    return current;
}
/**
 * Why a `down` cannot undo the migration, or undefined when it does something. `value` is what the file
 * exports as `down` (undefined when it exports none).
 */
function downIrreversibility(module, value) {
    if (!value)
        return "the migration has no down, so it cannot be rolled back";
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value);
    if (n.type === "false" || n.type === "null" || n.type === "undefined")
        return `down is ${n.text}, so the migration cannot be rolled back`;
    const fn = exportedFunction(module, "down");
    if (!fn)
        return undefined;
    const body = bodyOf(fn);
    if (!body)
        return "down() is empty";
    if (body.type !== "statement_block")
        return isNoop(body) ? "down() does nothing" : undefined;
    const statements = body.namedChildren.filter((c) => c !== null && c.type !== "comment");
    for (const statement of statements) {
        if (statement.type === "empty_statement")
            continue;
        if (statement.type === "throw_statement")
            return "down() throws instead of undoing the migration";
        if (statement.type === "return_statement") {
            const value = statement.namedChildren.find((c) => c !== null && c.type !== "comment");
            if (!value || isNoop(value))
                continue;
            if (/^Promise\.reject\s*\(/.test((0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value).text))
                return "down() rejects instead of undoing the migration";
            return undefined;
        }
        if (statement.type === "expression_statement") {
            const expr = statement.namedChildren[0];
            if (expr && isNoop(expr))
                continue;
        }
        return undefined;
    }
    return "down() is empty";
}
/** `Promise.resolve()`, `undefined`, `null`, `{}` or a string: a value that does nothing. */
function isNoop(node) {
    const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(node);
    if (n.type === "undefined" || n.type === "null" || n.type === "string" || n.type === "number")
        return true;
    if (n.type === "identifier" && n.text === "undefined")
        return true;
    if (n.type === "object" && n.namedChildren.length === 0)
        return true;
    if (n.type === "call_expression" && /^Promise\.resolve$/.test(n.childForFieldName("function")?.text ?? ""))
        return true;
    return false;
}


/***/ }),

/***/ 4672:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EA: () => (/* binding */ isPlainLiteral),
/* harmony export */   Hg: () => (/* binding */ stringLiteral),
/* harmony export */   Jr: () => (/* binding */ spanBetween),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   PL: () => (/* binding */ argsOf),
/* harmony export */   UA: () => (/* binding */ snippet),
/* harmony export */   Vg: () => (/* binding */ numberValue),
/* harmony export */   WP: () => (/* binding */ objectEntries),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   Yt: () => (/* binding */ elements),
/* harmony export */   dR: () => (/* binding */ chainOf),
/* harmony export */   eC: () => (/* binding */ booleanValue),
/* harmony export */   ee: () => (/* reexport safe */ _tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__.ee),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   ps: () => (/* binding */ plainCallee),
/* harmony export */   r$: () => (/* binding */ stringValue),
/* harmony export */   uy: () => (/* binding */ isNullish),
/* harmony export */   xT: () => (/* binding */ keyName)
/* harmony export */ });
/* harmony import */ var _tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7545);
/* harmony import */ var _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8849);


/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */

/** From the line of `from` to the end of `to`: a link of a call chain, `.dropTable('x')`. */
function spanBetween(from, to) {
    const line = from.startPosition.row + 1;
    return { line, endLine: Math.max(line, (0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(to).endLine) };
}
/** Wrappers that change nothing at run time: parentheses, `await`, TypeScript casts and `!`. */
const TRANSPARENT = new Set([
    "parenthesized_expression",
    "await_expression",
    "as_expression",
    "satisfies_expression",
    "non_null_expression",
    "type_assertion",
]);
/** `(await x as T)!` → `x`, any depth. */
function unwrap(node) {
    let current = node;
    while (TRANSPARENT.has(current.type)) {
        // The expression is the first named child in every one of these (a type follows it, or precedes it in `<T>x`).
        const children = current.namedChildren.filter((c) => c !== null && c.type !== "comment");
        const inner = current.type === "type_assertion" ? children[children.length - 1] : children[0];
        if (!inner)
            break;
        current = inner;
    }
    return current;
}
const ESCAPE = /\\(\r\n|\n|\r|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|0(?![0-9])|[\s\S])/g;
const SIMPLE_ESCAPES = {
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
    "0": "\0",
};
function decodeEscapes(text) {
    if (!text.includes("\\"))
        return text;
    return text.replace(ESCAPE, (_whole, esc) => {
        if (esc === "\n" || esc === "\r" || esc === "\r\n")
            return "";
        const simple = SIMPLE_ESCAPES[esc];
        if (simple !== undefined)
            return simple;
        if (esc.startsWith("u{"))
            return String.fromCodePoint(parseInt(esc.slice(2, -1), 16));
        if (esc.length > 1 && (esc[0] === "u" || esc[0] === "x"))
            return String.fromCodePoint(parseInt(esc.slice(1), 16));
        return esc;
    });
}
/**
 * The value of a string literal: quotes, a template without `${}`, or `+` of those. A template with a
 * substitution is built at run time, so it has no value here.
 */
function stringLiteral(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    const line = n.startPosition.row + 1;
    switch (n.type) {
        case "string":
            // Read from the text rather than the children: every child visit is a call into WASM.
            return { value: decodeEscapes(n.text.slice(1, -1)), line };
        case "template_string": {
            const text = n.text.slice(1, -1);
            // `${` only starts a substitution when not escaped; any real one makes the text dynamic.
            if (/(^|[^\\])(\\\\)*\$\{/.test(text))
                return undefined;
            return { value: decodeEscapes(text.replace(/\r\n?/g, "\n")), line };
        }
        case "binary_expression": {
            if (n.childForFieldName("operator")?.text !== "+")
                return undefined;
            const left = stringLiteral(n.childForFieldName("left"));
            const right = left ? stringLiteral(n.childForFieldName("right")) : undefined;
            return left && right ? { value: left.value + right.value, line: left.line } : undefined;
        }
        default:
            return undefined;
    }
}
function stringValue(node) {
    return stringLiteral(node)?.value;
}
function booleanValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type === "true")
        return true;
    if (n.type === "false")
        return false;
    return undefined;
}
function numberValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "number")
        return undefined;
    const value = Number(n.text.replace(/_/g, ""));
    return Number.isFinite(value) ? value : undefined;
}
function isNullish(node) {
    if (!node)
        return false;
    const n = unwrap(node);
    return n.type === "null" || n.type === "undefined" || (n.type === "identifier" && n.text === "undefined");
}
/** True for a value JavaScript computes without running code: numbers, strings, booleans, null. */
function isPlainLiteral(node) {
    if (!node)
        return false;
    const n = unwrap(node);
    switch (n.type) {
        case "number":
        case "true":
        case "false":
        case "null":
        case "undefined":
            return true;
        case "unary_expression":
            return isPlainLiteral(n.childForFieldName("argument"));
        case "string":
        case "template_string":
        case "binary_expression":
            return stringLiteral(n) !== undefined;
        default:
            return false;
    }
}
/** The name of a property key: `a`, `'a'`, `"a"`, `[`a`]`; undefined for a computed key. */
function keyName(key) {
    if (!key)
        return undefined;
    if (key.type === "property_identifier" || key.type === "identifier")
        return key.text;
    if (key.type === "number")
        return key.text;
    if (key.type === "computed_property_name")
        return stringValue(key.namedChildren[0]);
    return stringValue(key);
}
/**
 * The entries of an object literal. Shorthand `{ up }` maps to the identifier, a method `up() {}` to the
 * method node. Undefined when the node is not an object literal.
 */
function objectEntries(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "object")
        return undefined;
    const out = { entries: new Map(), partial: false };
    for (const child of n.namedChildren) {
        if (!child || child.type === "comment")
            continue;
        if (child.type === "pair") {
            const key = keyName(child.childForFieldName("key"));
            const value = child.childForFieldName("value");
            if (key !== undefined && value)
                out.entries.set(key, value);
            else
                out.partial = true;
        }
        else if (child.type === "shorthand_property_identifier") {
            out.entries.set(child.text, child);
        }
        else if (child.type === "method_definition") {
            const key = keyName(child.childForFieldName("name"));
            if (key !== undefined)
                out.entries.set(key, child);
        }
        else {
            out.partial = true;
        }
    }
    return out;
}
/** Entries of an object literal, or an empty map for anything else. */
function entriesOf(node) {
    return objectEntries(node)?.entries ?? new Map();
}
/** The elements of an array literal; undefined for anything else. */
function elements(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "array")
        return undefined;
    return n.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
/** `["a", "b"]` → strings; a lone string is a list of one. Undefined when any element is not a string. */
function stringList(node) {
    if (!node)
        return undefined;
    const single = stringValue(node);
    if (single !== undefined)
        return [single];
    const items = elements(node);
    if (!items)
        return undefined;
    const out = [];
    for (const item of items) {
        const value = stringValue(item);
        if (value === undefined)
            return undefined;
        out.push(value);
    }
    return out;
}
/** The arguments of a call, without comments. A spread makes the list partial (`spread: true`). */
function argsOf(call) {
    const list = call.childForFieldName("arguments");
    const args = [];
    let spread = false;
    if (!list || list.type !== "arguments")
        return { args, spread };
    for (const child of list.namedChildren) {
        if (!child || child.type === "comment")
            continue;
        if (child.type === "spread_element")
            spread = true;
        args.push(child);
    }
    return { args, spread };
}
/**
 * `knex.schema.alterTable('a', cb).then(f)` → root `knex`, links schema, alterTable(...), then(...).
 * Wrappers (`await`, parentheses, casts) between links are looked through.
 */
function chainOf(node) {
    const links = [];
    let current = unwrap(node);
    for (;;) {
        if (current.type === "call_expression") {
            const fn = current.childForFieldName("function");
            const target = fn ? unwrap(fn) : undefined;
            if (target?.type === "member_expression") {
                const property = target.childForFieldName("property");
                const object = target.childForFieldName("object");
                if (!property || !object)
                    break;
                links.push({ name: property.text, nameNode: property, call: current, args: argsOf(current).args });
                current = unwrap(object);
                continue;
            }
            break;
        }
        if (current.type === "member_expression") {
            const property = current.childForFieldName("property");
            const object = current.childForFieldName("object");
            if (!property || !object)
                break;
            links.push({ name: property.text, nameNode: property, args: [] });
            current = unwrap(object);
            continue;
        }
        if (current.type === "subscript_expression") {
            // `knex.schema["dropTable"](...)` is rare enough to leave as the root; the reader says unknown.
            break;
        }
        break;
    }
    return { root: current, links: links.reverse() };
}
/** For a call of a plain function `f(...)`, the name `f`. */
function plainCallee(call) {
    if (call.type !== "call_expression")
        return undefined;
    const fn = call.childForFieldName("function");
    const target = fn ? unwrap(fn) : undefined;
    return target?.type === "identifier" ? target.text : undefined;
}
/** The text of a node for an `unknown` operation: first 200 characters. */
function snippet(node) {
    return (0,_shared_toolkit_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(node.text);
}


/***/ }),

/***/ 1839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y9: () => (/* binding */ JsWalker),
/* harmony export */   jh: () => (/* binding */ MigrationWalker)
/* harmony export */ });
/* unused harmony export Scope */
/* harmony import */ var _nodes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4672);
/* harmony import */ var _module_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3853);
/* harmony import */ var _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8849);
// Walks forward JavaScript/TypeScript code (a migration's `up`) in source order: into every branch, loop and
// callback, and into the same-file helpers it calls. What a call means is the reader's business; the walker
// keeps the local names it was told about (`B`) and the local constants (`const sql = '...'`) per function.



/** Deep enough for any real chain of helpers, shallow enough that a pathological file stays cheap. */
/** Local names of one function: what the reader bound (`knex`, a table builder) and plain local values. */
class Scope {
    bindings;
    values;
    constructor(bindings = new Map(), values = new Map()) {
        this.bindings = bindings;
        this.values = values;
    }
    /** A scope for a nested callback: it sees the outer names, and its own do not leak out. */
    nested() {
        return new Scope(new Map(this.bindings), new Map(this.values));
    }
}
/** Node types that hold no call worth reading. */
const INERT = new Set([
    "comment",
    "string",
    "template_string",
    "number",
    "regex",
    "identifier",
    "property_identifier",
    "shorthand_property_identifier",
    "this",
    "true",
    "false",
    "null",
    "undefined",
    "import_statement",
    "function_declaration",
    "generator_function_declaration",
    "class_declaration",
    "abstract_class_declaration",
    "class",
    "type_alias_declaration",
    "interface_declaration",
    "type_annotation",
    "type_arguments",
    "empty_statement",
]);
class JsWalker {
    module;
    /** Functions being followed, innermost last, so a recursive helper is read once. */
    following = [];
    constructor(module) {
        this.module = module;
    }
    /**
     * A call hands a bound object (the `knex` instance, `queryRunner`, a table builder...) to a function this file
     * does not define: what that code does with it cannot be read here.
     */
    escaped(_call, _argument, _scope) { }
    escapes(call, scope) {
        for (const a of (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .argsOf */ .PL)(call).args) {
            const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(a);
            if (n.type === "identifier" && scope.bindings.has(n.text)) {
                this.escaped(call, n.text, scope);
                return;
            }
        }
    }
    /** What a value assigned to a local name is, if the reader cares (`const trx = await knex.transaction()`). */
    binding(_value, _scope) {
        return undefined;
    }
    /** Reads the body of `fn` with its parameters bound by `bind`. */
    enter(fn, bind) {
        if (this.following.includes(fn.id) || this.following.length > _shared_toolkit_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_DEPTH */ .lr)
            return;
        const scope = new Scope();
        (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .paramsOf */ .gI)(fn).forEach((param, i) => {
            for (const [name, binding] of bind(param, i))
                scope.bindings.set(name, binding);
        });
        const body = (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .bodyOf */ .EN)(fn);
        if (!body)
            return;
        this.following.push(fn.id);
        this.visit(body, scope);
        this.following.pop();
    }
    /** The value a name stands for: a local constant, then a top-level one, through a few aliases. */
    resolve(node, scope) {
        if (!node)
            return undefined;
        let current = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(node);
        for (let depth = 0; depth < 5 && current.type === "identifier"; depth++) {
            const next = scope.values.get(current.text) ?? this.module.constants.get(current.text);
            if (!next)
                break;
            current = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(next);
        }
        return current;
    }
    /** A string the argument holds, directly or through a constant. */
    name(node, scope) {
        return (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(this.resolve(node, scope));
    }
    /** `'users'`, or an object naming the table under `key` with an optional `schema` (`app.users`). */
    namedTable(node, scope, key) {
        const value = this.resolve(node, scope);
        const plain = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(value);
        if (plain !== undefined)
            return plain;
        const entries = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .objectEntries */ .WP)(value)?.entries;
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(entries?.get(key));
        if (name === undefined)
            return undefined;
        const schema = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .stringValue */ .r$)(entries?.get("schema"));
        return schema ? `${schema}.${name}` : name;
    }
    /**
     * Whether `root` is the framework's handle (`knex`, `pgm`, `queryInterface`, `queryRunner`): bound to that
     * kind in this scope, or, in a helper that reaches it some other way, a parameter of that conventional name.
     */
    isHandle(root, scope, kind) {
        if (root.type !== "identifier")
            return false;
        const bound = scope.bindings.get(root.text);
        if (bound)
            return bound.kind === kind;
        return root.text === kind && !scope.values.has(root.text);
    }
    /** What a name or expression is bound to, looking through `(x)` and `await`. */
    bound(node, scope) {
        if (!node)
            return undefined;
        const n = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(node);
        if (n.type === "identifier")
            return scope.bindings.get(n.text);
        return undefined;
    }
    /** Reads a function written in place (a callback) with its parameters bound by `bind`. */
    callback(fn, scope, bind) {
        const f = fn ? (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(fn) : undefined;
        if (!f || !(0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .isFunction */ .Tn)(f)) {
            if (fn)
                this.visit(fn, scope);
            return;
        }
        const inner = scope.nested();
        (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .paramsOf */ .gI)(f).forEach((param, i) => {
            for (const [name, binding] of bind(param, i))
                inner.bindings.set(name, binding);
        });
        const body = (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .bodyOf */ .EN)(f);
        if (body)
            this.visit(body, inner);
    }
    visit(node, scope) {
        const type = node.type;
        if (INERT.has(type))
            return;
        switch (type) {
            case "call_expression":
                if (this.call(node, scope))
                    return;
                if (this.helper(node, scope))
                    return;
                this.escapes(node, scope);
                break;
            case "arrow_function":
            case "function_expression":
            case "function": {
                // A callback (`Promise.all(list.map(async (t) => ...))`, `.then(() => ...)`): it runs.
                const body = (0,_module_js__WEBPACK_IMPORTED_MODULE_1__/* .bodyOf */ .EN)(node);
                if (body)
                    this.visit(body, scope.nested());
                return;
            }
            case "lexical_declaration":
            case "variable_declaration":
                for (const declarator of node.namedChildren) {
                    if (declarator?.type === "variable_declarator")
                        this.declare(declarator, scope);
                }
                return;
            case "assignment_expression": {
                const left = node.childForFieldName("left");
                const right = node.childForFieldName("right");
                if (left?.type === "identifier" && right) {
                    scope.bindings.delete(left.text);
                    scope.values.delete(left.text);
                    this.assign(left.text, right, scope);
                }
                else if (right)
                    this.visit(right, scope);
                return;
            }
            default:
                break;
        }
        for (const child of node.namedChildren)
            if (child)
                this.visit(child, scope);
    }
    declare(declarator, scope) {
        const name = declarator.childForFieldName("name");
        const value = declarator.childForFieldName("value");
        if (!value)
            return;
        if (name?.type !== "identifier")
            return this.visit(value, scope);
        this.assign(name.text, value, scope);
    }
    assign(name, value, scope) {
        const v = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrap */ .oA)(value);
        const alias = v.type === "identifier" ? scope.bindings.get(v.text) : undefined;
        const binding = alias ?? this.binding(v, scope);
        if (binding !== undefined) {
            scope.bindings.set(name, binding);
            return;
        }
        scope.values.set(name, v);
        this.visit(value, scope);
    }
    /**
     * `helper(knex)` or `this.helper(queryRunner)` where the helper is a function of this file: its
     * arguments run first, then its body with the arguments' bindings.
     */
    helper(call, scope) {
        const name = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .plainCallee */ .ps)(call);
        let fn = name !== undefined ? this.module.functions.get(name) : undefined;
        if (!fn) {
            const callee = call.childForFieldName("function");
            const m = callee ? /^this\.(\w+)$/.exec(callee.text) : undefined;
            const method = m ? this.module.exports.get(m[1]) : undefined;
            if (method?.type === "method_definition")
                fn = method;
        }
        if (!fn)
            return false;
        const { args } = (0,_nodes_js__WEBPACK_IMPORTED_MODULE_0__/* .argsOf */ .PL)(call);
        for (const a of args)
            this.visit(a, scope);
        const values = args.map((a) => this.bound(a, scope));
        this.enter(fn, (param, i) => {
            const value = values[i];
            return param.name !== undefined && value !== undefined ? [[param.name, value]] : [];
        });
        return true;
    }
}
/**
 * A walker that emits a migration's operations: `up` is read for them, `down` first and only to learn what
 * `up` changes away from (the types it restores), with nothing emitted while it is read.
 */
class MigrationWalker extends JsWalker {
    emit;
    /** While reading `down`: only types are learnt, nothing is emitted. */
    learning = false;
    constructor(module, emit) {
        super(module);
        this.emit = emit;
    }
    /** Reads `down` when its text restates a column (`restates`), then `up`; both with `bind`'s parameters. */
    readDownThenUp(up, down, restates, bind) {
        // Most downs never restate a column, and then they are not walked.
        if (down?.text.includes(restates)) {
            this.learning = true;
            this.enter(down, bind);
            this.learning = false;
        }
        this.enter(up, bind);
    }
    push(where, body) {
        if (!this.learning)
            this.emit.push(where, body);
    }
    unknown(node, reason, span) {
        if (!this.learning)
            this.emit.unknown(node, reason, span);
    }
}


/***/ }),

/***/ 9887:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hg: () => (/* binding */ stringLiteral),
/* harmony export */   JR: () => (/* binding */ arg),
/* harmony export */   L5: () => (/* binding */ methodChain),
/* harmony export */   Lo: () => (/* binding */ methodName),
/* harmony export */   OK: () => (/* binding */ scopeName),
/* harmony export */   Vg: () => (/* binding */ numberValue),
/* harmony export */   Xm: () => (/* binding */ readPhpTree),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   cG: () => (/* binding */ variableName),
/* harmony export */   dt: () => (/* binding */ arrayElements),
/* harmony export */   eC: () => (/* binding */ booleanValue),
/* harmony export */   ee: () => (/* reexport safe */ _tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__.ee),
/* harmony export */   kZ: () => (/* binding */ isNull),
/* harmony export */   nt: () => (/* binding */ MEMBER_CALLS),
/* harmony export */   oA: () => (/* binding */ unwrap),
/* harmony export */   qS: () => (/* binding */ callArgs),
/* harmony export */   r$: () => (/* binding */ stringValue)
/* harmony export */ });
/* unused harmony exports isPlainLiteral, syntaxProblems, commentsOf */
/* harmony import */ var _tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7545);

/** 1-based lines of a node; a node whose last byte is a newline does not count the line after it. */

/** `(x)` → `x`, any depth. */
const unwrap = _tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__/* .unwrapParentheses */ .Ig;
const DOUBLE_QUOTED_ESCAPE = /\\(?:([nrtvef\\$"])|([0-7]{1,3})|x([0-9a-fA-F]{1,2})|u\{([0-9a-fA-F]+)\})/g;
const SIMPLE = {
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
    e: "\x1b",
    f: "\f",
    "\\": "\\",
    $: "$",
    '"': '"',
};
function decodeDoubleQuoted(text) {
    return text.replace(DOUBLE_QUOTED_ESCAPE, (_whole, simple, octal, hex, code) => {
        if (simple !== undefined)
            return SIMPLE[simple];
        if (octal !== undefined)
            return String.fromCodePoint(parseInt(octal, 8) & 0xff);
        if (hex !== undefined)
            return String.fromCodePoint(parseInt(hex, 16));
        return String.fromCodePoint(parseInt(code, 16));
    });
}
const TEXT_PARTS = new Set(["string_content", "escape_sequence", "heredoc_start", "heredoc_end", "comment"]);
/** True when every part of a double-quoted string or heredoc is text; any other part is interpolation. */
function literalParts(node) {
    for (const part of node.namedChildren) {
        if (!part || TEXT_PARTS.has(part.type))
            continue;
        if (part.type !== "heredoc_body" || !literalParts(part))
            return false;
    }
    return true;
}
/** The body lines of a heredoc/nowdoc: everything between the `<<<TAG` line and the closing tag's line. */
function docBody(node) {
    const text = node.text;
    const first = text.indexOf("\n");
    const last = text.lastIndexOf("\n");
    return first < 0 || last <= first ? "" : text.slice(first + 1, last);
}
/**
 * The value of a PHP string literal: '...', "..." without interpolation, heredoc without interpolation,
 * nowdoc, and `.` concatenations of those.
 */
function stringLiteral(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    const line = n.startPosition.row + 1;
    switch (n.type) {
        case "string": {
            const raw = n.text;
            // A b'..' prefix is a PHP 6 leftover that PHP still accepts.
            const body = raw.replace(/^[bB]?'/, "").replace(/'$/, "");
            return { value: body.replace(/\\([\\'])/g, "$1"), line };
        }
        case "encapsed_string": {
            if (!literalParts(n))
                return undefined;
            const body = n.text.replace(/^[bB]?"/, "").replace(/"$/, "");
            return { value: decodeDoubleQuoted(body), line };
        }
        case "heredoc": {
            if (!literalParts(n))
                return undefined;
            return { value: decodeDoubleQuoted(docBody(n)), line: line + 1 };
        }
        case "nowdoc":
            return { value: docBody(n), line: line + 1 };
        case "binary_expression": {
            if (n.childForFieldName("operator")?.text !== ".")
                return undefined;
            const left = stringLiteral(n.childForFieldName("left"));
            const right = left && stringLiteral(n.childForFieldName("right"));
            return left && right ? { value: left.value + right.value, line: left.line } : undefined;
        }
        default:
            return undefined;
    }
}
function stringValue(node) {
    return stringLiteral(node)?.value;
}
function numberValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "integer" && n.type !== "float")
        return undefined;
    const value = Number(n.text.replace(/_/g, ""));
    return Number.isFinite(value) ? value : undefined;
}
function booleanValue(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "boolean")
        return undefined;
    return n.text.toLowerCase() === "true";
}
function isNull(node) {
    return node !== null && node !== undefined && unwrap(node).type === "null";
}
/** True for a constant PHP computes without running code: numbers, strings, booleans, null. */
function isPlainLiteral(node) {
    if (!node)
        return false;
    const n = unwrap(node);
    switch (n.type) {
        case "integer":
        case "float":
        case "boolean":
        case "null":
            return true;
        case "unary_op_expression":
            return isPlainLiteral(n.namedChildren[0]);
        default:
            return stringLiteral(n) !== undefined;
    }
}
/** `['a', 'b' => 1]` → its elements; undefined when the node is not an array literal or spreads one. */
function arrayElements(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    if (n.type !== "array_creation_expression")
        return undefined;
    const out = [];
    for (const element of n.namedChildren) {
        if (!element || element.type === "comment")
            continue;
        if (element.type !== "array_element_initializer")
            return undefined;
        const parts = element.namedChildren.filter((c) => c !== null && c.type !== "comment");
        if (parts.length === 1 && parts[0].type !== "variadic_unpacking")
            out.push({ value: parts[0] });
        else if (parts.length === 2)
            out.push({ key: parts[0], value: parts[1] });
        else
            return undefined;
    }
    return out;
}
/** `'a'` → ["a"], `['a', 'b']` → ["a", "b"]; undefined when any part is not a literal string. */
function stringList(node) {
    const single = stringValue(node);
    if (single !== undefined)
        return [single];
    const elements = arrayElements(node);
    if (!elements)
        return undefined;
    const out = [];
    for (const e of elements) {
        const value = e.key ? undefined : stringValue(e.value);
        if (value === undefined)
            return undefined;
        out.push(value);
    }
    return out;
}
function callArgs(call) {
    const out = { positional: [], named: new Map(), spread: false };
    const list = call.childForFieldName("arguments");
    if (!list)
        return out;
    for (const arg of list.namedChildren) {
        if (!arg || arg.type !== "argument") {
            if (arg?.type === "variadic_placeholder")
                out.spread = true;
            continue;
        }
        // One child list per argument: `x: 1` is [name, value], `...$a` is [variadic_unpacking], else [value].
        const parts = arg.namedChildren.filter((c) => c !== null && c.type !== "comment");
        const named = parts.length === 2 && parts[0].type === "name";
        const value = named ? parts[1] : parts[0];
        if (!value)
            continue;
        if (value.type === "variadic_unpacking")
            out.spread = true;
        else if (named)
            out.named.set(parts[0].text, value);
        else
            out.positional.push(value);
    }
    return out;
}
/** The argument at `index`, or the named argument `name` (PHP 8 named arguments). */
function arg(args, index, name) {
    return args.positional[index] ?? args.named.get(name);
}
/** The name a `Foo::bar()` call is made on (`Foo`, `\Illuminate\Support\Facades\DB` → `DB`). */
function scopeName(call) {
    const scope = call.childForFieldName("scope");
    if (!scope)
        return undefined;
    if (scope.type === "name")
        return scope.text;
    if (scope.type === "qualified_name")
        return scope.text.split("\\").pop();
    if (scope.type === "relative_scope")
        return scope.text;
    return undefined;
}
/** The method name of a `->m()`, `?->m()` or `::m()` call. */
function methodName(call) {
    const name = call.childForFieldName("name");
    return name?.type === "name" ? name.text : undefined;
}
/** `$name` → "name". */
function variableName(node) {
    if (!node)
        return undefined;
    const n = unwrap(node);
    return n.type === "variable_name" ? n.text.slice(1) : undefined;
}
const MEMBER_CALLS = new Set(["member_call_expression", "nullsafe_member_call_expression"]);
/**
 * `root->a()->b()->c()` → the root node and the links in call order. A link that is not a plain named
 * method call ends the chain there (the root is that node).
 */
function methodChain(call) {
    const links = [];
    let current = call;
    while (MEMBER_CALLS.has(current.type)) {
        const name = methodName(current);
        const object = current.childForFieldName("object");
        if (!name || !object)
            break;
        links.push({ name, call: current, args: callArgs(current) });
        current = unwrap(object);
    }
    links.reverse();
    return { root: current, links };
}
function syntaxProblems(root) {
    return (0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__/* .syntaxProblems */ .uf)(root, "PHP");
}
const COMMENT_START = /\/\/|\/\*|#/g;
/**
 * Comments found from their opening characters: one lookup per candidate is much cheaper than walking the
 * whole tree, and an opener inside a string is recognised by the node it falls in.
 */
function commentsOf(root, source) {
    const out = [];
    COMMENT_START.lastIndex = 0;
    let m;
    while ((m = COMMENT_START.exec(source)) !== null) {
        const node = root.descendantForIndex(m.index);
        if (node?.type === "comment") {
            const text = node.text
                .replace(/^(?:\/\/|#)/, "")
                .replace(/^\/\*+/, "")
                .replace(/\*\/$/, "");
            out.push({ ...(0,_tree_sitter_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(node), text });
            COMMENT_START.lastIndex = Math.max(m.index + 1, node.endIndex);
        }
        else if (node && /string|heredoc|nowdoc/.test(node.type)) {
            COMMENT_START.lastIndex = Math.max(m.index + 1, node.endIndex);
        }
    }
    return out;
}
/**
 * Parses a PHP file, gives `out` its comments and syntax problems (a problem still lets the rest be read), runs
 * `read` on the root, and frees the tree however `read` ends.
 */
function readPhpTree(parsers, source, out, read) {
    const tree = parsers.treeSitter("php", source);
    try {
        const root = tree.rootNode;
        out.comments = commentsOf(root, source);
        out.problems = syntaxProblems(root);
        read(root);
        return out;
    }
    finally {
        tree.delete();
    }
}


/***/ }),

/***/ 2909:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ provideReaders),
/* harmony export */   w: () => (/* binding */ reader)
/* harmony export */ });
const loaded = {};
function provideReaders(readers) {
    Object.assign(loaded, readers);
}
/**
 * A loaded reader. One that was not loaded is a bug of the caller's loading, never a file's fault: it throws,
 * and analyzeFile reports the file for review (fails closed) instead of passing it.
 */
function reader(name) {
    return loaded[name] ?? notLoaded(name);
}
function notLoaded(name) {
    throw new Error(`the ${name} reader was not loaded for this run`);
}


/***/ }),

/***/ 8849:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ci: () => (/* binding */ handlerFor),
/* harmony export */   hZ: () => (/* binding */ MAX_LOOP_VALUES),
/* harmony export */   lr: () => (/* binding */ MAX_DEPTH),
/* harmony export */   sA: () => (/* binding */ unknownOperation),
/* harmony export */   wO: () => (/* binding */ numberPlaceholders),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/** Deep enough for any real chain of helpers, shallow enough that a pathological file stays cheap. */
const MAX_DEPTH = 20;
/** A loop over a literal list (`%i[a b].each`, `foreach (['a', 'b'] as $t)`) is read once per value up to this many. */
const MAX_LOOP_VALUES = 50;
/** The source text an `unknown` operation shows: at most 200 characters, an ellipsis where it was cut. */
function truncate(text) {
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}
/** The operation for a construct a reader cannot follow: why, and the text that was not followed. */
function unknownOperation(reason, text) {
    return { kind: "unknown", reason, text: truncate(text) };
}
/**
 * The handler a table holds for a method name, or undefined. Own keys only: a call named `constructor` or
 * `toString` in a migration must not find Object's.
 */
function handlerFor(table, name) {
    return Object.hasOwn(table, name) ? table[name] : undefined;
}
/**
 * SQL run with bound values (`runSql(sql, [values])`, `addSql(sql, $params)`) has placeholders the drivers
 * replace (`?`, `:name`; PostgreSQL's own are `$1`, `$2`...). Numbered here, outside quotes and leaving `::`
 * casts alone, so the statement parses as the database will see it.
 */
function numberPlaceholders(sql) {
    let out = "";
    let quote;
    let n = 0;
    for (let i = 0; i < sql.length; i++) {
        const c = sql[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === "'" || c === '"')
            quote = c;
        else if (c === "?") {
            out += `$${++n}`;
            continue;
        }
        else if (c === ":" && sql[i - 1] !== ":" && sql[i + 1] !== ":" && /[A-Za-z_]/.test(sql[i + 1] ?? "")) {
            const name = /^[A-Za-z_]\w*/.exec(sql.slice(i + 1))[0];
            out += `$${++n}`;
            i += name.length;
            continue;
        }
        out += c;
    }
    return out;
}


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ isVolatileSql)
/* harmony export */ });
// Which SQL default expressions are evaluated once per row. PostgreSQL (11+) stores a non-volatile default in the
// catalog and skips the rewrite; a volatile one rewrites the table. now()/CURRENT_TIMESTAMP are STABLE, so not here.
const VOLATILE_SQL = /\b(?:random|gen_random_uuid|gen_random_bytes|uuid_generate_v1(?:mc)?|uuid_generate_v4|clock_timestamp|timeofday|nextval|setval|uuid|uuid_short|rand|newid|randomblob)\s*\(/i;
function isVolatileSql(expression) {
    return VOLATILE_SQL.test(expression);
}


/***/ }),

/***/ 5883:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ appendSql)
});

// EXTERNAL MODULE: ./src/core/frameworks/sql/lexer.ts
var lexer = __nccwpck_require__(9176);
// EXTERNAL MODULE: ./src/core/column-types/index.ts + 2 modules
var column_types = __nccwpck_require__(3492);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/source.ts

class SqlSource {
    text;
    database;
    firstLine;
    lines;
    tokens;
    lexError;
    /** Column types seen so far in this text (CREATE TABLE, ADD COLUMN, ALTER TYPE), keyed "table.column". */
    knownTypes = new Map();
    constructor(text, database, 
    /** 1-based host line of the text's first line. */
    firstLine, dialect) {
        this.text = text;
        this.database = database;
        this.firstLine = firstLine;
        this.lines = new lexer/* LineIndex */.rr(text);
        const lexed = (0,lexer/* lex */.Ii)(text, dialect);
        this.tokens = lexed.tokens;
        this.lexError = lexed.error;
    }
    /** 1-based host line of a string offset. */
    line(offset) {
        return this.firstLine + this.lines.lineOf(offset);
    }
    /** Host span from the first to the last of the tokens [first, last]. */
    spanOfTokens(first, last) {
        const a = this.tokens[first];
        const b = this.tokens[Math.max(first, last)];
        if (!a || !b)
            return { line: this.firstLine, endLine: this.firstLine };
        return { line: this.line(a.start), endLine: this.line(b.end - 1) };
    }
    /**
     * The code tokens of [start, end): indexes of the first and last token that is not a comment, or
     * undefined when the range holds only comments and space.
     */
    codeRange(start, end) {
        const tokens = this.tokens;
        let first = (0,lexer/* tokenAt */.BN)(tokens, start);
        let last = (0,lexer/* tokenAt */.BN)(tokens, end) - 1;
        while (first <= last && tokens[first].kind === "comment")
            first++;
        while (last >= first && (tokens[last].kind === "comment" || isSemicolon(tokens[last])))
            last--;
        return first <= last ? [first, last] : undefined;
    }
    /** Source text of tokens [first, last], on one line, cut short for messages. */
    textOf(first, last, max = 120) {
        const a = this.tokens[first];
        const b = this.tokens[last];
        if (!a || !b || last < first)
            return "";
        const text = this.text.slice(a.start, b.end).replace(/\s+/g, " ").trim();
        return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    }
}
function isSemicolon(t) {
    return t.kind === "punct" && t.value === ";";
}
/** Lower-cases what the database folds: unquoted words. Quoted names keep their case. */
function identifier(t) {
    if (!t)
        return undefined;
    if (t.kind === "quoted")
        return t.value;
    if (t.kind === "word")
        return t.value.toLowerCase();
    return undefined;
}
/** Functions whose value differs per row: a column default calling one fills each row separately. */
const VOLATILE_FUNCTIONS = new Set([
    "random",
    "random_normal",
    "gen_random_uuid",
    "gen_random_bytes",
    "uuid_generate_v1",
    "uuid_generate_v1mc",
    "uuid_generate_v4",
    "uuidv4",
    "uuidv7",
    "clock_timestamp",
    "timeofday",
    "nextval",
    // MySQL and SQLite spellings.
    "uuid",
    "uuid_short",
    "rand",
    "randomblob",
    "sys_guid",
]);

;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic.ts


/** Statements that change no table's columns or rows when they run, by their first word(s). */
const NO_EFFECT = new Set([
    "SET",
    "USE",
    "PRAGMA",
    "BEGIN",
    "START",
    "COMMIT",
    "END",
    "ROLLBACK",
    "SAVEPOINT",
    "RELEASE",
    "LOCK",
    "UNLOCK",
    "SELECT",
    "VALUES",
    "INSERT",
    "REPLACE",
    "GRANT",
    "REVOKE",
    "COMMENT",
    "ANALYZE",
    "ANALYSE",
    "EXPLAIN",
    "SHOW",
    "DESCRIBE",
    "DESC",
    "FLUSH",
    "DELIMITER",
    "VACUUM",
    "REINDEX",
    "ATTACH",
    "DETACH",
    "CHECKPOINT",
    "NOTIFY",
    "LISTEN",
    "DECLARE",
    "PREPARE",
    "DEALLOCATE",
    "SECURITY",
]);
const NO_EFFECT_DROPS = new Set([
    "VIEW",
    "TRIGGER",
    "PROCEDURE",
    "FUNCTION",
    "EVENT",
    "SEQUENCE",
    "ROLE",
    "USER",
    "POLICY",
    "MATERIALIZED",
    "RULE",
    "AGGREGATE",
    "OPERATOR",
    "COLLATION",
    "SERVER",
    "PUBLICATION",
    "SUBSCRIPTION",
    "STATISTICS",
]);
/** Reads one statement, tokens [first, last] of the source. */
function classifyStatement(src, range) {
    const toks = [];
    for (let i = range[0]; i <= range[1]; i++)
        if (src.tokens[i].kind !== "comment")
            toks.push(src.tokens[i]);
    const span = src.spanOfTokens(range[0], range[1]);
    const reader = new StatementReader(src, toks, span);
    reader.read();
    return { ...span, ops: reader.ops, ...(reader.copy ? { copy: reader.copy } : {}) };
}
/** Index of the `)` matching the `(` at `i`, or the last index when it never closes. */
function closing(toks, i, limit = toks.length - 1) {
    let depth = 0;
    for (let j = i; j <= limit; j++) {
        const t = toks[j];
        if (t.kind !== "punct")
            continue;
        if (t.value === "(" || t.value === "[")
            depth++;
        else if (t.value === ")" || t.value === "]") {
            depth--;
            if (depth === 0)
                return j;
        }
    }
    return limit;
}
/** Ranges [a, b] of toks[from..to] separated by `sep` at parenthesis depth 0. */
function splitAtDepth0(toks, from, to, sep = ",") {
    const out = [];
    let depth = 0;
    let start = from;
    for (let i = from; i <= to; i++) {
        const t = toks[i];
        if (t.kind === "punct") {
            if (t.value === "(" || t.value === "[")
                depth++;
            else if (t.value === ")" || t.value === "]")
                depth--;
            else if (t.value === sep && depth === 0) {
                if (i > start)
                    out.push([start, i - 1]);
                start = i + 1;
            }
        }
    }
    if (to >= start)
        out.push([start, to]);
    return out;
}
/** Index of the first word in `words` at depth 0 within [from, to], or -1. */
function findDepth0(toks, from, to, words) {
    let depth = 0;
    for (let i = from; i <= to; i++) {
        const t = toks[i];
        if (t.kind === "punct") {
            if (t.value === "(" || t.value === "[")
                depth++;
            else if (t.value === ")" || t.value === "]")
                depth--;
        }
        else if (depth === 0 && t.kind === "word" && words.has(t.value))
            return i;
    }
    return -1;
}
/** True when `t` is a word, and one of `words` when any are given. */
function isWord(t, ...words) {
    return !!t && t.kind === "word" && (words.length === 0 || words.includes(t.value));
}
function isPunct(t, value) {
    return !!t && t.kind === "punct" && t.value === value;
}
const TYPE_CONTINUATIONS = new Set([
    "VARYING",
    "PRECISION",
    "UNSIGNED",
    "SIGNED",
    "ZEROFILL",
    "WITH",
    "WITHOUT",
    "TIME",
    "ZONE",
]);
const DEFAULT_STOP = new Set([
    "NOT",
    "NULL",
    "CONSTRAINT",
    "CHECK",
    "UNIQUE",
    "PRIMARY",
    "REFERENCES",
    "COLLATE",
    "GENERATED",
    "COMMENT",
    "ON",
    "AUTO_INCREMENT",
    "AUTOINCREMENT",
    "AFTER",
    "FIRST",
    "KEY",
    "VISIBLE",
    "INVISIBLE",
    "CHARACTER",
    "CHARSET",
]);
const TABLE_CONSTRAINT_WORDS = new Set([
    "CONSTRAINT",
    "PRIMARY",
    "UNIQUE",
    "KEY",
    "INDEX",
    "FOREIGN",
    "CHECK",
    "FULLTEXT",
    "SPATIAL",
    "EXCLUDE",
    "LIKE",
    "PERIOD",
]);
const TABLE_OPTIONS = new Set([
    "ALGORITHM",
    "LOCK",
    "ENGINE",
    "AUTO_INCREMENT",
    "DEFAULT",
    "CHARACTER",
    "CHARSET",
    "COLLATE",
    "COMMENT",
    "ROW_FORMAT",
    "KEY_BLOCK_SIZE",
    "FORCE",
    "ORDER",
    "OWNER",
    "SET",
    "RESET",
    "ENABLE",
    "DISABLE",
    "DISCARD",
    "IMPORT",
    "PACK_KEYS",
    "STATS_PERSISTENT",
    "STATS_AUTO_RECALC",
    "STATS_SAMPLE_PAGES",
    "CHECKSUM",
    "DELAY_KEY_WRITE",
    "MAX_ROWS",
    "MIN_ROWS",
    "AVG_ROW_LENGTH",
    "COMPRESSION",
    "ENCRYPTION",
    "TABLESPACE",
    "CLUSTER",
    "INHERIT",
    "NO",
    "REPLICA",
    "OF",
    "NOT",
    "ATTACH",
    "DETACH",
    "WITH",
    "WITHOUT",
]);
const COPY_FILTERS = new Set([
    "WHERE",
    "JOIN",
    "LIMIT",
    "UNION",
    "EXCEPT",
    "INTERSECT",
    "GROUP",
    "HAVING",
    "OFFSET",
    "FETCH",
]);
class StatementReader {
    src;
    toks;
    span;
    ops = [];
    copy;
    last;
    constructor(src, toks, span) {
        this.src = src;
        this.toks = toks;
        this.span = span;
        this.last = toks.length - 1;
    }
    push(op, span = this.span) {
        this.ops.push({ ...op, line: span.line, endLine: span.endLine });
    }
    unknown(reason, from = 0, to = this.last, span = this.span) {
        this.push({ kind: "unknown", reason, text: this.text(from, to) }, span);
    }
    text(from, to, max = 120) {
        const a = this.toks[from];
        const b = this.toks[Math.min(to, this.last)];
        if (!a || !b)
            return "";
        const text = this.src.text.slice(a.start, b.end).replace(/\s+/g, " ").trim();
        return text.length > max ? `${text.slice(0, max - 1)}…` : text;
    }
    /** A possibly qualified name starting at `i`: [name, index after it]. */
    name(i) {
        const parts = [];
        let j = i;
        for (;;) {
            const part = identifier(this.toks[j]);
            if (part === undefined)
                break;
            parts.push(part);
            j++;
            if (isPunct(this.toks[j], ".") && identifier(this.toks[j + 1]) !== undefined)
                j++;
            else
                break;
        }
        return [parts.length ? parts.join(".") : undefined, j];
    }
    /** Skips the words of `seq` at `i` when they are all there; returns the index after them, else `i`. */
    skip(i, ...seq) {
        for (let k = 0; k < seq.length; k++)
            if (!isWord(this.toks[i + k], seq[k]))
                return i;
        return i + seq.length;
    }
    skipAny(i, words) {
        const set = words instanceof Set ? words : new Set(words);
        while (isWord(this.toks[i]) && set.has(this.toks[i].value))
            i++;
        return i;
    }
    read() {
        const head = this.toks[0];
        if (!head)
            return;
        if (head.kind !== "word") {
            if (isPunct(head, "("))
                return; // a parenthesised SELECT
            return this.unknown("a statement the SQL reader does not understand");
        }
        switch (head.value) {
            case "ALTER":
                return this.alter();
            case "CREATE":
                return this.create();
            case "DROP":
                return this.drop();
            case "RENAME":
                return this.renameTables();
            case "TRUNCATE":
                return this.truncate();
            case "DELETE":
                return this.delete();
            case "UPDATE":
                return this.update();
            case "INSERT":
            case "REPLACE":
                return this.insert();
            case "WITH":
                if (this.hasWord("DELETE", "UPDATE"))
                    return this.unknown("a WITH query that changes rows");
                return;
            case "CALL":
            case "EXEC":
            case "EXECUTE":
            case "DO":
            case "SOURCE":
                return this.unknown("code the SQL reader cannot follow");
            case "OPTIMIZE":
                return this.unknown("OPTIMIZE TABLE rebuilds the table");
            default:
                if (NO_EFFECT.has(head.value))
                    return;
                return this.unknown("a statement the SQL reader does not understand");
        }
    }
    hasWord(...words) {
        return this.toks.some((t) => t.kind === "word" && words.includes(t.value));
    }
    // ---------------------------------------------------------------------------------------- CREATE
    create() {
        let i = 1;
        const orReplace = this.skip(i, "OR", "REPLACE") !== i;
        i = this.skip(i, "OR", "REPLACE");
        let unique = false;
        while (isWord(this.toks[i])) {
            const w = this.toks[i].value;
            if (w === "UNIQUE")
                unique = true;
            else if (!["TEMP", "TEMPORARY", "FULLTEXT", "SPATIAL", "GLOBAL", "LOCAL", "UNLOGGED", "VIRTUAL"].includes(w))
                break;
            i++;
        }
        const what = this.toks[i];
        if (isWord(what, "TABLE"))
            return this.createTable(i + 1, orReplace);
        if (isWord(what, "INDEX"))
            return this.createIndex(i + 1, unique);
        // Views, triggers, routines, types, schemas...: creating them loses nothing, and bodies run later.
    }
    createTable(i, orReplace) {
        const ifNotExists = this.skip(i, "IF", "NOT", "EXISTS") !== i;
        i = this.skip(i, "IF", "NOT", "EXISTS");
        const [table, after] = this.name(i);
        if (!table)
            return this.unknown("a CREATE TABLE whose table name the SQL reader cannot read");
        const columns = [];
        if (isPunct(this.toks[after], "(")) {
            const end = closing(this.toks, after);
            for (const [a, b] of splitAtDepth0(this.toks, after + 1, end - 1)) {
                if (isWord(this.toks[a]) && TABLE_CONSTRAINT_WORDS.has(this.toks[a].value))
                    continue;
                const spec = this.columnSpec(a, b);
                if (!spec)
                    continue;
                columns.push(spec.name);
                if (spec.type)
                    this.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
            }
        }
        // MariaDB's CREATE OR REPLACE TABLE drops the table that was there.
        if (orReplace)
            this.push({ kind: "drop-table", table, ifExists: true });
        this.push({ kind: "create-table", table, columns, ...(ifNotExists ? { ifNotExists: true } : {}) });
    }
    createIndex(i, unique) {
        const concurrently = isWord(this.toks[i], "CONCURRENTLY");
        if (concurrently)
            i++;
        i = this.skip(i, "IF", "NOT", "EXISTS");
        let name;
        if (!isWord(this.toks[i], "ON", "USING"))
            [name, i] = this.name(i);
        if (isWord(this.toks[i], "USING"))
            i += 2;
        if (!isWord(this.toks[i], "ON"))
            return this.unknown("a CREATE INDEX whose table the SQL reader cannot find");
        i = this.skip(i + 1, "ONLY");
        const [table, after] = this.name(i);
        if (!table)
            return this.unknown("a CREATE INDEX whose table the SQL reader cannot find");
        let open = after;
        while (open <= this.last && !isPunct(this.toks[open], "("))
            open++;
        const columns = open <= this.last ? this.indexColumns(open) : [];
        this.push({
            kind: "add-index",
            table,
            columns,
            ...(name ? { name } : {}),
            ...(unique ? { unique: true } : {}),
            ...(concurrently ? { concurrently: true } : {}),
        });
    }
    /** Column names of a parenthesised index column list at `open`; expressions read as "(expression)". */
    indexColumns(open) {
        const end = closing(this.toks, open);
        return splitAtDepth0(this.toks, open + 1, end - 1).map(([a, b]) => {
            const name = identifier(this.toks[a]);
            const rest = this.toks.slice(a + 1, b + 1);
            const simple = rest.every((t) => t.kind === "number" ||
                isPunct(t, "(") ||
                isPunct(t, ")") ||
                isWord(t, "ASC", "DESC", "NULLS", "FIRST", "LAST"));
            return name !== undefined && simple ? name : "(expression)";
        });
    }
    /** A column definition: name, type, NOT NULL, DEFAULT, inline constraints. */
    columnSpec(a, b) {
        const name = identifier(this.toks[a]);
        if (name === undefined)
            return undefined;
        const spec = { name, notNull: false, constraints: [] };
        let i = a + 1;
        // The type: words, then (modifiers) and [] after any of them.
        const typeStart = i;
        const words = [];
        const mods = [];
        let array = false;
        while (i <= b) {
            const t = this.toks[i];
            if (t.kind === "word" && (words.length === 0 || TYPE_CONTINUATIONS.has(t.value))) {
                words.push(t.value);
                i++;
            }
            else if (t.kind === "quoted" && words.length === 0) {
                words.push(t.value);
                i++;
            }
            else if (isPunct(t, "(") && words.length > 0) {
                const end = closing(this.toks, i, b);
                for (let k = i + 1; k < end; k++)
                    if (this.toks[k].kind === "number")
                        mods.push(Number(this.toks[k].value));
                i = end + 1;
            }
            else if (isPunct(t, "[") && words.length > 0) {
                array = true;
                i = closing(this.toks, i, b) + 1;
            }
            else
                break;
        }
        if (words.length) {
            const base = words.filter((w) => !["UNSIGNED", "SIGNED", "ZEROFILL"].includes(w)).join(" ");
            spec.type = { display: this.text(typeStart, i - 1, 60), type: (0,column_types/* sqlColumnType */.fF)(base, mods, array) };
        }
        while (i <= b) {
            const t = this.toks[i];
            if (isWord(t, "NOT") && isWord(this.toks[i + 1], "NULL")) {
                spec.notNull = true;
                i += 2;
            }
            else if (isWord(t, "DEFAULT")) {
                const end = this.expressionEnd(i + 1, b);
                spec.default = {
                    volatile: this.callsVolatile(i + 1, end),
                    text: this.text(i + 1, end, 80),
                };
                i = end + 1;
            }
            else if (isWord(t, "AUTO_INCREMENT", "AUTOINCREMENT", "SERIAL")) {
                spec.default ??= { volatile: true, text: t.value };
                i++;
            }
            else if (isWord(t, "PRIMARY") && isWord(this.toks[i + 1], "KEY")) {
                spec.constraints.push("primary-key");
                spec.notNull = true;
                i += 2;
            }
            else if (isWord(t, "UNIQUE")) {
                spec.constraints.push("unique");
                i++;
            }
            else if (isWord(t, "REFERENCES")) {
                spec.constraints.push("foreign-key");
                i++;
            }
            else if (isWord(t, "CHECK")) {
                spec.constraints.push("check");
                i++;
            }
            else if (isWord(t, "GENERATED", "AS")) {
                // GENERATED ... AS IDENTITY numbers every row; a STORED generated column is computed for every row.
                const end = isPunct(this.toks[i + 1], "(") ? closing(this.toks, i + 1, b) : i;
                let j = i;
                let stored = false;
                let identity = false;
                for (let k = i; k <= b; k++) {
                    if (isWord(this.toks[k], "IDENTITY"))
                        identity = true;
                    if (isWord(this.toks[k], "STORED", "PERSISTENT"))
                        stored = true;
                    j = k;
                }
                if (identity)
                    spec.default = { volatile: true, text: "GENERATED AS IDENTITY" };
                else if (stored)
                    spec.default = { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
                i = Math.max(end, j) + 1;
            }
            else
                i++;
        }
        if (spec.type && /^(SMALL|BIG)?SERIAL[248]?$/.test(spec.type.type.base.toUpperCase())) {
            spec.default ??= { volatile: true, text: "nextval (serial)" };
        }
        return spec;
    }
    /** Last index of an expression starting at `i` (until a constraint keyword or comma at depth 0). */
    expressionEnd(i, b) {
        let depth = 0;
        let end = i;
        for (let k = i; k <= b; k++) {
            const t = this.toks[k];
            if (t.kind === "punct") {
                if (t.value === "(" || t.value === "[")
                    depth++;
                else if (t.value === ")" || t.value === "]") {
                    if (depth === 0)
                        break;
                    depth--;
                }
                else if (t.value === "," && depth === 0)
                    break;
            }
            else if (depth === 0 && k > i && t.kind === "word" && DEFAULT_STOP.has(t.value))
                break;
            end = k;
        }
        return end;
    }
    callsVolatile(from, to) {
        for (let k = from; k < to + 1; k++) {
            const t = this.toks[k];
            if (t.kind === "word" &&
                VOLATILE_FUNCTIONS.has(t.value.toLowerCase()) &&
                isPunct(this.toks[k + 1], "("))
                return true;
        }
        return false;
    }
    // ---------------------------------------------------------------------------------------- DROP / RENAME / TRUNCATE
    drop() {
        let i = this.skipAny(1, ["TEMPORARY", "TEMP"]);
        const what = this.toks[i];
        if (isWord(what, "TABLE", "TABLES")) {
            i++;
            const ifExists = this.skip(i, "IF", "EXISTS") !== i;
            i = this.skip(i, "IF", "EXISTS");
            const cascade = this.hasWord("CASCADE");
            const end = findDepth0(this.toks, i, this.last, new Set(["CASCADE", "RESTRICT"]));
            for (const [a] of splitAtDepth0(this.toks, i, end < 0 ? this.last : end - 1)) {
                const [table] = this.name(a);
                if (table)
                    this.push({
                        kind: "drop-table",
                        table,
                        ...(ifExists ? { ifExists: true } : {}),
                        ...(cascade ? { cascade: true } : {}),
                    });
            }
            return;
        }
        if (isWord(what, "INDEX")) {
            i++;
            const concurrently = isWord(this.toks[i], "CONCURRENTLY");
            if (concurrently)
                i++;
            i = this.skip(i, "IF", "EXISTS");
            const on = findDepth0(this.toks, i, this.last, new Set(["ON"]));
            const [table] = on >= 0 ? this.name(on + 1) : [undefined];
            const end = on >= 0 ? on - 1 : this.last;
            for (const [a] of splitAtDepth0(this.toks, i, end)) {
                const [name] = this.name(a);
                if (name === undefined || isWord(this.toks[a], "CASCADE", "RESTRICT"))
                    continue;
                this.push({
                    kind: "drop-index",
                    name,
                    ...(table ? { table } : {}),
                    ...(concurrently ? { concurrently: true } : {}),
                });
            }
            return;
        }
        if (isWord(what, "DATABASE", "SCHEMA"))
            return this.unknown("DROP DATABASE or SCHEMA drops every table in it");
        if (isWord(what, "TYPE", "DOMAIN", "EXTENSION")) {
            if (this.hasWord("CASCADE"))
                this.unknown("DROP ... CASCADE also drops the columns that depend on what it drops");
            return;
        }
        if (what?.kind === "word" && NO_EFFECT_DROPS.has(what.value))
            return;
        this.unknown("a DROP the SQL reader does not understand");
    }
    renameTables() {
        if (!isWord(this.toks[1], "TABLE", "TABLES"))
            return this.unknown("a RENAME the SQL reader does not understand");
        for (const [a, b] of splitAtDepth0(this.toks, 2, this.last)) {
            const [from, after] = this.name(a);
            const [to] = isWord(this.toks[after], "TO") ? this.name(after + 1) : [undefined];
            if (!from || !to || after + 1 > b)
                this.unknown("a RENAME TABLE the SQL reader cannot read", a, b);
            else
                this.push({ kind: "rename-table", table: from, newName: to });
        }
    }
    truncate() {
        let i = this.skip(1, "TABLE");
        i = this.skip(i, "ONLY");
        const stop = findDepth0(this.toks, i, this.last, new Set(["CASCADE", "RESTRICT", "RESTART", "CONTINUE"]));
        const tables = [];
        for (const [a] of splitAtDepth0(this.toks, i, stop < 0 ? this.last : stop - 1)) {
            const [table] = this.name(a);
            if (table)
                tables.push(table);
        }
        if (!tables.length)
            return this.unknown("a TRUNCATE whose tables the SQL reader cannot read");
        this.push({ kind: "truncate", tables, ...(this.hasWord("CASCADE") ? { cascade: true } : {}) });
    }
    // ---------------------------------------------------------------------------------------- rows
    delete() {
        let i = this.skipAny(1, ["LOW_PRIORITY", "QUICK", "IGNORE"]);
        const where = findDepth0(this.toks, i, this.last, new Set(["WHERE"]));
        if (isWord(this.toks[i], "FROM"))
            i = this.skip(i + 1, "ONLY");
        const [table] = this.name(i);
        if (!table)
            return this.unknown("a DELETE whose table the SQL reader cannot read");
        this.push({ kind: "delete-rows", table, filtered: where >= 0, via: "DELETE" });
    }
    update() {
        let i = this.skipAny(1, ["LOW_PRIORITY", "IGNORE"]);
        if (isWord(this.toks[i], "OR"))
            i += 2;
        i = this.skip(i, "ONLY");
        const [table] = this.name(i);
        const set = findDepth0(this.toks, i, this.last, new Set(["SET"]));
        if (!table || set < 0)
            return this.unknown("an UPDATE the SQL reader cannot read");
        const tail = findDepth0(this.toks, set + 1, this.last, new Set(["WHERE", "FROM", "ORDER", "LIMIT", "RETURNING"]));
        const setEnd = tail < 0 ? this.last : tail - 1;
        const columns = [];
        for (const [a, b] of splitAtDepth0(this.toks, set + 1, setEnd)) {
            if (isPunct(this.toks[a], "(")) {
                const end = closing(this.toks, a, b);
                for (const [c] of splitAtDepth0(this.toks, a + 1, end - 1)) {
                    const [name] = this.name(c);
                    if (name)
                        columns.push(name.split(".").pop());
                }
            }
            else {
                const [name] = this.name(a);
                if (name)
                    columns.push(name.split(".").pop());
            }
        }
        const where = findDepth0(this.toks, set + 1, this.last, new Set(["WHERE"]));
        let onlyNulls = false;
        if (where >= 0 && columns.length) {
            const end = findDepth0(this.toks, where + 1, this.last, new Set(["ORDER", "LIMIT", "RETURNING"]));
            const nulls = this.nullTests(where + 1, end < 0 ? this.last : end - 1);
            onlyNulls = !!nulls && columns.every((c) => nulls.has(c));
        }
        this.push({ kind: "update-rows", table, columns, filtered: where >= 0, onlyNulls, via: "UPDATE" });
    }
    /** Columns a WHERE conjunction restricts to NULL; undefined when the condition is not a conjunction. */
    nullTests(from, to) {
        // Strip parentheses around the whole condition.
        while (isPunct(this.toks[from], "(") && closing(this.toks, from, to) === to) {
            from++;
            to--;
        }
        if (findDepth0(this.toks, from, to, new Set(["OR"])) >= 0)
            return undefined;
        const out = new Set();
        let start = from;
        let depth = 0;
        let between = false;
        const conjunct = (a, b) => {
            if (isPunct(this.toks[a], "(") && closing(this.toks, a, b) === b) {
                this.nullTests(a + 1, b - 1)?.forEach((c) => out.add(c));
                return;
            }
            const [name, after] = this.name(a);
            if (name && after + 1 === b && isWord(this.toks[after], "IS") && isWord(this.toks[b], "NULL"))
                out.add(name.split(".").pop());
        };
        for (let i = from; i <= to; i++) {
            const t = this.toks[i];
            if (t.kind === "punct") {
                if (t.value === "(")
                    depth++;
                else if (t.value === ")")
                    depth--;
            }
            else if (depth === 0 && isWord(t, "BETWEEN"))
                between = true;
            else if (depth === 0 && isWord(t, "AND")) {
                if (between)
                    between = false;
                else {
                    conjunct(start, i - 1);
                    start = i + 1;
                }
            }
        }
        conjunct(start, to);
        return out;
    }
    insert() {
        let i = 1;
        if (isWord(this.toks[i], "OR"))
            i += 2;
        i = this.skipAny(i, ["LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE"]);
        i = this.skip(i, "INTO");
        const [into, after] = this.name(i);
        if (!into)
            return;
        i = after;
        let intoColumns;
        if (isPunct(this.toks[i], "(")) {
            const end = closing(this.toks, i);
            intoColumns = splitAtDepth0(this.toks, i + 1, end - 1).map(([a]) => identifier(this.toks[a]) ?? "?");
            i = end + 1;
        }
        if (!isWord(this.toks[i], "SELECT"))
            return;
        const from = findDepth0(this.toks, i + 1, this.last, new Set(["FROM"]));
        if (from < 0)
            return;
        let star = false;
        const selectColumns = [];
        for (const [a, b] of splitAtDepth0(this.toks, i + 1, from - 1)) {
            const lastTok = this.toks[b];
            if (lastTok.kind === "op" && lastTok.value === "*")
                star = true;
            else {
                const [name, end] = this.name(a);
                selectColumns.push(name && end === b + 1 ? name.split(".").pop() : "?");
            }
        }
        const [source, rest] = this.name(from + 1);
        if (!source)
            return;
        // Anything that can leave rows behind: a filter, a join, a limit, a set operation, DISTINCT.
        const partial = isWord(this.toks[i + 1], "DISTINCT") ||
            findDepth0(this.toks, rest, this.last, COPY_FILTERS) >= 0 ||
            this.toks.slice(rest).some((t) => isPunct(t, ","));
        this.copy = {
            into,
            from: source,
            ...(intoColumns ? { intoColumns } : {}),
            selectColumns: star ? "*" : selectColumns,
            partial,
        };
    }
    // ---------------------------------------------------------------------------------------- ALTER TABLE
    alter() {
        let i = this.skipAny(1, ["ONLINE", "OFFLINE", "IGNORE"]);
        if (!isWord(this.toks[i], "TABLE")) {
            // ALTER VIEW / SEQUENCE / TYPE / INDEX / DATABASE / FUNCTION...: no column or row changes.
            return;
        }
        i = this.skip(i + 1, "IF", "EXISTS");
        i = this.skip(i, "ONLY");
        const [table, after] = this.name(i);
        if (!table)
            return this.unknown("an ALTER TABLE whose table name the SQL reader cannot read");
        i = after;
        if (this.toks[i]?.kind === "op" && this.toks[i].value === "*")
            i++;
        for (const [a, b] of splitAtDepth0(this.toks, i, this.last)) {
            const span = { line: this.span.line, endLine: this.src.line(this.toks[b].end - 1) };
            this.alterClause(table, a, b, span);
        }
    }
    alterClause(table, a, b, span) {
        const head = this.toks[a];
        const word = head?.kind === "word" ? head.value : "";
        const unknown = (reason = "an ALTER TABLE clause the SQL reader does not understand") => this.unknown(reason, a, b, span);
        switch (word) {
            case "ADD":
                return this.alterAdd(table, a + 1, b, span);
            case "DROP":
                return this.alterDrop(table, a + 1, b, span);
            case "MODIFY": {
                const i = this.skip(a + 1, "COLUMN");
                const spec = this.columnSpec(i, b);
                if (!spec)
                    return unknown();
                return this.typeChange(table, spec.name, spec, span, true);
            }
            case "CHANGE": {
                const i = this.skip(a + 1, "COLUMN");
                const old = identifier(this.toks[i]);
                const spec = this.columnSpec(i + 1, b);
                if (!old || !spec)
                    return unknown();
                if (old.toLowerCase() !== spec.name.toLowerCase()) {
                    this.push({ kind: "rename-column", table, column: old, newName: spec.name }, span);
                    // CHANGE is how MySQL renames, and it restates the type: without the old type a lossy call would
                    // be a guess, so the type change carries no judgement.
                    return this.typeChange(table, spec.name, spec, span, false, old);
                }
                return this.typeChange(table, spec.name, spec, span, true);
            }
            case "RENAME": {
                const t = this.toks[a + 1];
                if (isWord(t, "INDEX", "KEY", "CONSTRAINT"))
                    return;
                if (isWord(t, "COLUMN") ||
                    (identifier(t) !== undefined && isWord(this.toks[a + 2], "TO") && !isWord(t, "TO", "AS"))) {
                    const i = this.skip(a + 1, "COLUMN");
                    const column = identifier(this.toks[i]);
                    const newName = identifier(this.toks[i + 2]);
                    if (!column || !newName || !isWord(this.toks[i + 1], "TO"))
                        return unknown();
                    this.push({ kind: "rename-column", table, column, newName }, span);
                    return;
                }
                const i = isWord(t, "TO", "AS") ? a + 2 : a + 1;
                const [newName] = this.name(i);
                if (!newName)
                    return unknown();
                const schema = table.includes(".") && !newName.includes(".") ? `${table.slice(0, table.lastIndexOf("."))}.` : "";
                this.push({ kind: "rename-table", table, newName: schema + newName }, span);
                return;
            }
            case "ALTER": {
                if (isWord(this.toks[a + 1], "INDEX", "CONSTRAINT", "CHECK"))
                    return;
                const i = this.skip(a + 1, "COLUMN");
                const column = identifier(this.toks[i]);
                if (!column)
                    return unknown();
                const j = i + 1;
                if (isWord(this.toks[j], "SET") && isWord(this.toks[j + 1], "DEFAULT")) {
                    const end = this.expressionEnd(j + 2, b);
                    this.push({
                        kind: "change-default",
                        table,
                        column,
                        default: { volatile: this.callsVolatile(j + 2, end), text: this.text(j + 2, end, 80) },
                    }, span);
                    return;
                }
                if (isWord(this.toks[j], "DROP") && isWord(this.toks[j + 1], "DEFAULT"))
                    return this.push({ kind: "change-default", table, column }, span);
                if (isWord(this.toks[j], "SET") &&
                    isWord(this.toks[j + 1], "NOT") &&
                    isWord(this.toks[j + 2], "NULL"))
                    return this.push({ kind: "set-not-null", table, column }, span);
                if (isWord(this.toks[j], "DROP") &&
                    isWord(this.toks[j + 1], "NOT") &&
                    isWord(this.toks[j + 2], "NULL"))
                    return this.push({ kind: "drop-not-null", table, column }, span);
                const typeAt = this.skip(this.skip(j, "SET", "DATA"), "TYPE");
                if (typeAt !== j) {
                    // Reuse the column reader: a fake name position just before the type.
                    const spec = this.columnSpec(typeAt - 1, b);
                    if (spec)
                        return this.typeChange(table, column, spec, span, true);
                }
                if (isWord(this.toks[j], "SET", "DROP", "RESET"))
                    return; // visibility, statistics, storage...
                return unknown();
            }
            case "VALIDATE": {
                const name = identifier(this.toks[this.skip(a + 1, "CONSTRAINT")]);
                this.push({ kind: "validate-constraint", table, ...(name ? { name } : {}) }, span);
                return;
            }
            case "CONVERT":
                return unknown("CONVERT TO CHARACTER SET rewrites every text column of the table");
            default:
                if (TABLE_OPTIONS.has(word))
                    return;
                return unknown();
        }
    }
    typeChange(table, column, spec, span, judge, oldName) {
        const key = `${table}.${column}`;
        const before = this.src.knownTypes.get(`${table}.${oldName ?? column}`);
        const change = spec.type && judge ? (0,column_types/* classifySqlTypeChange */.Tr)(before, spec.type.type) : {};
        if (spec.type)
            this.src.knownTypes.set(key, spec.type.type);
        this.push({
            kind: "change-column-type",
            table,
            column,
            ...(spec.type ? { type: spec.type.display } : {}),
            ...change,
        }, span);
    }
    alterAdd(table, i, b, span) {
        const t = this.toks[i];
        const notValid = this.toks
            .slice(i, b + 1)
            .some((u, k, all) => isWord(u, "NOT") && isWord(all[k + 1], "VALID"));
        const constraintOp = (constraint, name) => {
            const usingIndex = this.toks
                .slice(i, b + 1)
                .some((u, k, all) => isWord(u, "USING") && isWord(all[k + 1], "INDEX"));
            this.push({
                kind: "add-constraint",
                table,
                constraint,
                ...(name ? { name } : {}),
                validated: !notValid,
                ...(usingIndex ? { usingIndex: true } : {}),
            }, span);
        };
        if (isWord(t, "CONSTRAINT")) {
            let j = i + 1;
            let name;
            if (!isWord(this.toks[j], "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE")) {
                name = identifier(this.toks[j]);
                j++;
            }
            const kind = this.constraintKind(j);
            if (!kind)
                return this.unknown("an ADD CONSTRAINT the SQL reader does not understand", i - 1, b, span);
            return constraintOp(kind, name);
        }
        if (isWord(t, "PRIMARY", "FOREIGN", "CHECK", "EXCLUDE")) {
            const kind = this.constraintKind(i);
            if (kind)
                return constraintOp(kind);
        }
        if (isWord(t, "UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL")) {
            // MySQL: ADD [UNIQUE] INDEX|KEY [name] (columns) builds an index.
            let j = this.skipAny(i, ["UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL"]);
            let name;
            if (!isPunct(this.toks[j], "(") && !isWord(this.toks[j], "USING")) {
                name = identifier(this.toks[j]);
                j++;
            }
            while (j <= b && !isPunct(this.toks[j], "("))
                j++;
            this.push({
                kind: "add-index",
                table,
                columns: j <= b ? this.indexColumns(j) : [],
                ...(name ? { name } : {}),
                ...(isWord(t, "UNIQUE") ? { unique: true } : {}),
            }, span);
            return;
        }
        if (isWord(t, "PARTITION"))
            return;
        let j = this.skip(i, "COLUMN");
        j = this.skip(j, "IF", "NOT", "EXISTS");
        if (isPunct(this.toks[j], "(")) {
            const end = closing(this.toks, j, b);
            for (const [c, d] of splitAtDepth0(this.toks, j + 1, end - 1))
                this.addColumn(table, c, d, span);
            return;
        }
        this.addColumn(table, j, b, span);
    }
    constraintKind(j) {
        const t = this.toks[j];
        if (isWord(t, "PRIMARY"))
            return "primary-key";
        if (isWord(t, "UNIQUE"))
            return "unique";
        if (isWord(t, "FOREIGN"))
            return "foreign-key";
        if (isWord(t, "CHECK"))
            return "check";
        if (isWord(t, "EXCLUDE"))
            return "exclusion";
        return undefined;
    }
    addColumn(table, a, b, span) {
        const spec = this.columnSpec(a, b);
        if (!spec)
            return this.unknown("an ADD COLUMN the SQL reader cannot read", a, b, span);
        // Only SQLite takes a column without a type; elsewhere the statement fails, so say nothing about it.
        if (!spec.type && this.src.database !== "sqlite")
            return this.unknown("an ADD COLUMN with no type, which this database rejects", a, b, span);
        if (spec.type)
            this.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
        this.push({
            kind: "add-column",
            table,
            column: spec.name,
            ...(spec.type ? { type: spec.type.display } : {}),
            ...(spec.notNull ? { notNull: true } : {}),
            ...(spec.default ? { default: spec.default } : {}),
        }, span);
        for (const constraint of spec.constraints) {
            this.push({ kind: "add-constraint", table, constraint, validated: true }, span);
        }
    }
    alterDrop(table, i, b, span) {
        const t = this.toks[i];
        if (isWord(t, "INDEX", "KEY")) {
            const name = identifier(this.toks[this.skip(i + 1, "IF", "EXISTS")]);
            this.push({ kind: "drop-index", table, ...(name ? { name } : {}) }, span);
            return;
        }
        if (isWord(t, "PRIMARY") && isWord(this.toks[i + 1], "KEY")) {
            this.push({ kind: "drop-constraint", table, name: "PRIMARY" }, span);
            return;
        }
        if (isWord(t, "FOREIGN", "CONSTRAINT", "CHECK")) {
            let j = isWord(t, "FOREIGN") ? this.skip(i + 1, "KEY") : i + 1;
            j = this.skip(j, "IF", "EXISTS");
            const name = identifier(this.toks[j]);
            this.push({ kind: "drop-constraint", table, ...(name ? { name } : {}) }, span);
            return;
        }
        if (isWord(t, "PARTITION"))
            return this.unknown("DROP PARTITION deletes the rows of the partition", i - 1, b, span);
        if (isWord(t, "DEFAULT"))
            return;
        let j = this.skip(i, "COLUMN");
        j = this.skip(j, "IF", "EXISTS");
        const column = identifier(this.toks[j]);
        if (!column)
            return this.unknown("a DROP clause the SQL reader does not understand", i - 1, b, span);
        this.push({ kind: "drop-column", table, column }, span);
    }
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/postgres.ts



/**
 * Maps the statements of a successful parse of `text`, which sits at string offset `base` of `src.text`.
 */
function mapPostgres(result, src, text, base) {
    const toChar = (0,lexer/* byteToCharMapper */.ve)(text);
    const at = (byte) => base + toChar(byte);
    const out = [];
    for (const raw of result.stmts ?? []) {
        if (!raw.stmt)
            continue;
        const startByte = raw.stmt_location ?? 0;
        const start = at(startByte);
        const end = raw.stmt_len ? at(startByte + raw.stmt_len) : base + text.length;
        const range = src.codeRange(start, end);
        if (!range)
            continue;
        const scope = {
            src,
            first: range[0],
            last: range[1],
            span: src.spanOfTokens(range[0], range[1]),
            at,
        };
        const mapped = { ...scope.span, ops: [] };
        mapStatement(raw.stmt, scope, mapped);
        out.push(mapped);
    }
    return out;
}
function push(target, span, op) {
    target.ops.push({ ...op, line: span.line, endLine: span.endLine });
}
function mapStatement(node, scope, out) {
    const span = scope.span;
    if ("CreateStmt" in node)
        return createTable(node.CreateStmt, scope, out);
    if ("CreateTableAsStmt" in node) {
        const s = node.CreateTableAsStmt;
        if (s.objtype === "OBJECT_TABLE" && s.into?.rel) {
            push(out, span, {
                kind: "create-table",
                table: relName(s.into.rel),
                columns: strings(s.into.colNames),
                ...(s.if_not_exists ? { ifNotExists: true } : {}),
            });
        }
        return;
    }
    if ("DropStmt" in node)
        return drop(node.DropStmt, scope, out);
    if ("AlterTableStmt" in node)
        return alterTable(node.AlterTableStmt, scope, out);
    if ("RenameStmt" in node)
        return rename(node.RenameStmt, scope, out);
    if ("IndexStmt" in node)
        return createIndex(node.IndexStmt, scope, out);
    if ("TruncateStmt" in node) {
        const s = node.TruncateStmt;
        push(out, span, {
            kind: "truncate",
            tables: (s.relations ?? []).flatMap((r) => ("RangeVar" in r ? [relName(r.RangeVar)] : [])),
            ...(s.behavior === "DROP_CASCADE" ? { cascade: true } : {}),
        });
        return;
    }
    if ("DeleteStmt" in node ||
        "UpdateStmt" in node ||
        "InsertStmt" in node ||
        "SelectStmt" in node ||
        "MergeStmt" in node)
        return dataChange(node, scope, out);
    if ("DoStmt" in node) {
        push(out, span, { kind: "unknown", reason: "DO block", text: scope.src.textOf(scope.first, scope.last) });
        return;
    }
    if ("CallStmt" in node) {
        push(out, span, {
            kind: "unknown",
            reason: "CALL runs a procedure whose effect the reader cannot see",
            text: scope.src.textOf(scope.first, scope.last),
        });
        return;
    }
    if ("ClusterStmt" in node) {
        push(out, span, {
            kind: "unknown",
            reason: "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock",
            text: scope.src.textOf(scope.first, scope.last),
        });
        return;
    }
    if ("VacuumStmt" in node) {
        const s = node.VacuumStmt;
        const full = (s.options ?? []).some((o) => "DefElem" in o && o.DefElem.defname === "full");
        if (s.is_vacuumcmd && full) {
            push(out, span, {
                kind: "unknown",
                reason: "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock",
                text: scope.src.textOf(scope.first, scope.last),
            });
        }
        return;
    }
    if ("ReindexStmt" in node) {
        const concurrent = (node.ReindexStmt.params ?? []).some((o) => "DefElem" in o && o.DefElem.defname === "concurrently");
        if (!concurrent) {
            push(out, span, {
                kind: "unknown",
                reason: "REINDEX without CONCURRENTLY blocks writes to the table while it rebuilds",
                text: scope.src.textOf(scope.first, scope.last),
            });
        }
        return;
    }
    // Everything else (SET, BEGIN/COMMIT, COMMENT ON, GRANT, CREATE EXTENSION/FUNCTION/TRIGGER/VIEW/TYPE,
    // sequences...) changes no table's columns or rows when it runs. Function and trigger bodies run later.
}
// ------------------------------------------------------------------------------------------ names
function relName(r) {
    if (!r)
        return "";
    return [r.catalogname, r.schemaname, r.relname].filter((p) => p).join(".");
}
function strings(nodes) {
    const out = [];
    for (const n of nodes ?? []) {
        if ("String" in n && n.String.sval !== undefined)
            out.push(n.String.sval);
        else if ("ResTarget" in n && n.ResTarget.name)
            out.push(n.ResTarget.name);
    }
    return out;
}
function listName(node) {
    if ("List" in node)
        return strings(node.List.items).join(".");
    if ("String" in node)
        return node.String.sval ?? "";
    return "";
}
const TYPE_NAMES = {
    int2: "smallint",
    int4: "integer",
    int8: "bigint",
    float4: "real",
    float8: "double precision",
    bool: "boolean",
    bpchar: "char",
};
function typeMods(t) {
    const mods = [];
    for (const m of t.typmods ?? []) {
        if ("A_Const" in m && m.A_Const.ival)
            mods.push(m.A_Const.ival.ival ?? 0);
    }
    return mods;
}
function typeParts(t) {
    if (!t)
        return undefined;
    const names = strings(t.names).filter((n, i, all) => !(n === "pg_catalog" && i < all.length - 1));
    const base = names.join(".");
    if (!base)
        return undefined;
    const mods = typeMods(t);
    const array = (t.arrayBounds?.length ?? 0) > 0;
    const display = `${TYPE_NAMES[base] ?? base}${mods.length ? `(${mods.join(",")})` : ""}${array ? "[]" : ""}`;
    return { display, type: (0,column_types/* sqlColumnType */.fF)(base, mods, array) };
}
function typeKey(table, column) {
    return `${table}.${column}`;
}
// ------------------------------------------------------------------------------------------ expressions
/** True when an expression calls a function evaluated per row. */
function isVolatile(expr) {
    if (Array.isArray(expr))
        return expr.some(isVolatile);
    if (!expr || typeof expr !== "object")
        return false;
    const record = expr;
    const call = record.FuncCall;
    if (call) {
        const names = strings(call.funcname);
        const name = names[names.length - 1];
        if (name && VOLATILE_FUNCTIONS.has(name.toLowerCase()))
            return true;
    }
    return Object.values(record).some(isVolatile);
}
const postgres_DEFAULT_STOP = new Set([
    "NOT",
    "NULL",
    "CONSTRAINT",
    "CHECK",
    "UNIQUE",
    "PRIMARY",
    "REFERENCES",
    "COLLATE",
    "GENERATED",
    "DEFAULT",
]);
/** Source text of the expression after a DEFAULT keyword at token index `kw`, up to the clause's end. */
function defaultText(scope, kw, last) {
    const tokens = scope.src.tokens;
    let depth = 0;
    let end = kw;
    for (let i = kw + 1; i <= last; i++) {
        const t = tokens[i];
        if (t.kind === "comment")
            continue;
        if (t.kind === "punct") {
            if (t.value === "(" || t.value === "[")
                depth++;
            else if (t.value === ")" || t.value === "]") {
                if (depth === 0)
                    break;
                depth--;
            }
            else if (depth === 0 && (t.value === "," || t.value === ";"))
                break;
        }
        else if (depth === 0 && i > kw + 1 && t.kind === "word" && postgres_DEFAULT_STOP.has(t.value))
            break;
        end = i;
    }
    return end > kw ? scope.src.textOf(kw + 1, end, 80) : undefined;
}
function findWord(tokens, from, to, word) {
    for (let i = from; i <= to; i++) {
        const t = tokens[i];
        if (t.kind === "word" && t.value === word)
            return i;
    }
    return -1;
}
// ------------------------------------------------------------------------------------------ CREATE / DROP
function createTable(s, scope, out) {
    const table = relName(s.relation);
    const columns = [];
    for (const elt of s.tableElts ?? []) {
        if (!("ColumnDef" in elt))
            continue;
        const def = elt.ColumnDef;
        if (!def.colname)
            continue;
        columns.push(def.colname);
        const type = typeParts(def.typeName);
        if (type)
            scope.src.knownTypes.set(typeKey(table, def.colname), type.type);
    }
    push(out, scope.span, {
        kind: "create-table",
        table,
        columns,
        ...(s.if_not_exists ? { ifNotExists: true } : {}),
    });
}
function drop(s, scope, out) {
    const cascade = s.behavior === "DROP_CASCADE";
    const objects = s.objects ?? [];
    switch (s.removeType) {
        case "OBJECT_TABLE":
            for (const o of objects) {
                push(out, scope.span, {
                    kind: "drop-table",
                    table: listName(o),
                    ...(s.missing_ok ? { ifExists: true } : {}),
                    ...(cascade ? { cascade: true } : {}),
                });
            }
            return;
        case "OBJECT_INDEX":
            for (const o of objects) {
                push(out, scope.span, {
                    kind: "drop-index",
                    name: listName(o).replace(/^public\./, ""),
                    ...(s.concurrent ? { concurrently: true } : {}),
                });
            }
            return;
        case "OBJECT_SCHEMA":
        case "OBJECT_TYPE":
        case "OBJECT_DOMAIN":
        case "OBJECT_EXTENSION":
            // CASCADE drops the tables of a schema, or the columns of a type, along with it.
            if (cascade) {
                push(out, scope.span, {
                    kind: "unknown",
                    reason: "DROP ... CASCADE also drops the tables or columns that depend on what it drops",
                    text: scope.src.textOf(scope.first, scope.last),
                });
            }
            return;
        default:
            return;
    }
}
function createIndex(s, scope, out) {
    const table = relName(s.relation);
    const columns = (s.indexParams ?? []).map((p) => "IndexElem" in p && p.IndexElem.name ? p.IndexElem.name : "(expression)");
    // The index lives in its table's schema; spelled as DROP INDEX would name it (PostgreSQL's default
    // schema left out, so `DROP INDEX idx` finds it).
    const schema = s.relation?.schemaname;
    const name = s.idxname ? (schema && schema !== "public" ? `${schema}.${s.idxname}` : s.idxname) : undefined;
    push(out, scope.span, {
        kind: "add-index",
        table,
        columns,
        ...(name !== undefined ? { name } : {}),
        ...(s.unique ? { unique: true } : {}),
        ...(s.concurrent ? { concurrently: true } : {}),
    });
}
function rename(s, scope, out) {
    if (!s.relation || !s.newname)
        return;
    const table = relName(s.relation);
    if (s.renameType === "OBJECT_TABLE") {
        // RENAME TO keeps the schema: `app.users RENAME TO people` is app.people.
        const schema = s.relation.schemaname;
        push(out, scope.span, {
            kind: "rename-table",
            table,
            newName: schema ? `${schema}.${s.newname}` : s.newname,
        });
    }
    else if (s.renameType === "OBJECT_COLUMN" &&
        s.subname &&
        s.relationType !== "OBJECT_VIEW" &&
        s.relationType !== "OBJECT_MATVIEW") {
        push(out, scope.span, { kind: "rename-column", table, column: s.subname, newName: s.newname });
    }
}
// ------------------------------------------------------------------------------------------ ALTER TABLE
/**
 * Token ranges of the comma-separated sub-commands of an ALTER TABLE, or undefined when they cannot be
 * matched one to one with the parsed commands.
 */
function clauseRanges(scope, count) {
    const tokens = scope.src.tokens;
    const ranges = [];
    let depth = 0;
    let from = scope.first;
    for (let i = scope.first; i <= scope.last; i++) {
        const t = tokens[i];
        if (t.kind !== "punct")
            continue;
        if (t.value === "(" || t.value === "[")
            depth++;
        else if (t.value === ")" || t.value === "]")
            depth--;
        else if (t.value === "," && depth === 0) {
            ranges.push([from, i - 1]);
            from = i + 1;
        }
    }
    ranges.push([from, scope.last]);
    return ranges.length === count ? ranges : undefined;
}
function alterTable(s, scope, out) {
    if (s.objtype !== "OBJECT_TABLE")
        return;
    const table = relName(s.relation);
    const cmds = (s.cmds ?? []).flatMap((c) => ("AlterTableCmd" in c ? [c.AlterTableCmd] : []));
    const ranges = clauseRanges(scope, cmds.length);
    cmds.forEach((cmd, i) => {
        const range = ranges?.[i] ?? [scope.first, scope.last];
        // Every clause starts its span at the statement, so an allow comment above the statement covers it;
        // the span ends where the clause does.
        const span = {
            line: scope.span.line,
            endLine: scope.src.spanOfTokens(range[0], range[1]).endLine,
        };
        alterCommand(cmd, table, scope, range, span, out);
    });
}
function columnDefault(scope, range, expr) {
    const kw = findWord(scope.src.tokens, range[0], range[1], "DEFAULT");
    const text = kw >= 0 ? defaultText(scope, kw, range[1]) : undefined;
    return { volatile: isVolatile(expr), ...(text ? { text } : {}) };
}
const SERIAL_TYPES = new Set(["serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"]);
function alterCommand(cmd, table, scope, range, span, out) {
    const column = cmd.name ?? "";
    switch (cmd.subtype) {
        case "AT_AddColumn":
            if (cmd.def && "ColumnDef" in cmd.def)
                addColumn(cmd.def.ColumnDef, table, scope, range, span, out);
            return;
        case "AT_DropColumn":
            push(out, span, { kind: "drop-column", table, column });
            return;
        case "AT_AlterColumnType": {
            const def = cmd.def && "ColumnDef" in cmd.def ? cmd.def.ColumnDef : undefined;
            const type = typeParts(def?.typeName);
            const key = typeKey(table, column);
            const change = type ? (0,column_types/* classifySqlTypeChange */.Tr)(scope.src.knownTypes.get(key), type.type) : {};
            if (type)
                scope.src.knownTypes.set(key, type.type);
            push(out, span, {
                kind: "change-column-type",
                table,
                column,
                ...(type ? { type: type.display } : {}),
                ...change,
            });
            return;
        }
        case "AT_SetNotNull":
            push(out, span, { kind: "set-not-null", table, column });
            return;
        case "AT_DropNotNull":
            push(out, span, { kind: "drop-not-null", table, column });
            return;
        case "AT_ColumnDefault":
            push(out, span, {
                kind: "change-default",
                table,
                column,
                ...(cmd.def ? { default: columnDefault(scope, range, cmd.def) } : {}),
            });
            return;
        case "AT_AddConstraint":
            if (cmd.def && "Constraint" in cmd.def)
                addConstraint(cmd.def.Constraint, table, span, out);
            return;
        case "AT_ValidateConstraint":
            push(out, span, { kind: "validate-constraint", table, ...(cmd.name ? { name: cmd.name } : {}) });
            return;
        case "AT_DropConstraint":
            push(out, span, { kind: "drop-constraint", table, ...(cmd.name ? { name: cmd.name } : {}) });
            return;
        default:
            // Storage, ownership, triggers, replica identity, statistics...: no column or row changes.
            return;
    }
}
function addColumn(def, table, scope, range, span, out) {
    const column = def.colname ?? "";
    const type = typeParts(def.typeName);
    if (type)
        scope.src.knownTypes.set(typeKey(table, column), type.type);
    let notNull = def.is_not_null ?? false;
    let dflt;
    const constraints = [];
    for (const c of def.constraints ?? []) {
        if (!("Constraint" in c))
            continue;
        const con = c.Constraint;
        switch (con.contype) {
            case "CONSTR_NOTNULL":
                notNull = true;
                break;
            case "CONSTR_DEFAULT":
                dflt = columnDefault(scope, range, con.raw_expr);
                break;
            case "CONSTR_IDENTITY":
                // Every existing row gets its own sequence value: a table rewrite, like a volatile default.
                notNull = true;
                dflt = { volatile: true, text: "GENERATED AS IDENTITY" };
                break;
            case "CONSTR_GENERATED":
                // A stored generated column is computed for every row now; a virtual one (PostgreSQL 18) is not.
                if (con.generated_kind !== "v")
                    dflt = { volatile: true, text: "GENERATED ALWAYS AS (...) STORED" };
                break;
            default:
                constraints.push(con);
        }
    }
    const typeName = strings(def.typeName?.names);
    if (!dflt && SERIAL_TYPES.has(typeName[typeName.length - 1] ?? "")) {
        dflt = { volatile: true, text: "nextval (serial)" };
        notNull = true;
    }
    push(out, span, {
        kind: "add-column",
        table,
        column,
        ...(type ? { type: type.display } : {}),
        ...(notNull ? { notNull: true } : {}),
        ...(dflt ? { default: dflt } : {}),
    });
    for (const con of constraints)
        addConstraint(con, table, span, out);
}
const CONSTRAINT_KINDS = {
    CONSTR_FOREIGN: "foreign-key",
    CONSTR_CHECK: "check",
    CONSTR_UNIQUE: "unique",
    CONSTR_PRIMARY: "primary-key",
    CONSTR_EXCLUSION: "exclusion",
};
function addConstraint(con, table, span, out) {
    if (con.contype === "CONSTR_NOTNULL") {
        // `ADD CONSTRAINT name NOT NULL col` (PostgreSQL 18) is SET NOT NULL by another spelling.
        for (const column of strings(con.keys))
            push(out, span, { kind: "set-not-null", table, column });
        return;
    }
    const constraint = con.contype ? CONSTRAINT_KINDS[con.contype] : undefined;
    if (!constraint)
        return;
    push(out, span, {
        kind: "add-constraint",
        table,
        constraint: constraint,
        ...(con.conname ? { name: con.conname } : {}),
        validated: !con.skip_validation,
        ...(con.indexname ? { usingIndex: true } : {}),
    });
}
// ------------------------------------------------------------------------------------------ rows
const NOT_FILTERED = undefined;
function withQueries(w) {
    return (w?.ctes ?? []).flatMap((c) => "CommonTableExpr" in c && c.CommonTableExpr.ctequery ? [c.CommonTableExpr.ctequery] : []);
}
/** Columns that the WHERE restricts to NULL, when the WHERE is a conjunction; undefined when it is not. */
function nullOnlyColumns(where) {
    if (!where)
        return NOT_FILTERED;
    const conjuncts = [];
    const collectAnd = (n) => {
        if ("BoolExpr" in n && n.BoolExpr.boolop === "AND_EXPR")
            (n.BoolExpr.args ?? []).forEach(collectAnd);
        else
            conjuncts.push(n);
    };
    collectAnd(where);
    const columns = new Set();
    for (const c of conjuncts) {
        if ("NullTest" in c &&
            c.NullTest.nulltesttype === "IS_NULL" &&
            c.NullTest.arg &&
            "ColumnRef" in c.NullTest.arg) {
            const fields = strings(c.NullTest.arg.ColumnRef.fields);
            const name = fields[fields.length - 1];
            if (name)
                columns.add(name);
        }
    }
    return columns;
}
function dataChange(node, scope, out) {
    const span = scope.span;
    if ("DeleteStmt" in node) {
        const s = node.DeleteStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        push(out, span, {
            kind: "delete-rows",
            table: relName(s.relation),
            filtered: !!s.whereClause,
            via: "DELETE",
        });
    }
    else if ("UpdateStmt" in node) {
        const s = node.UpdateStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        const columns = strings(s.targetList);
        const nulls = nullOnlyColumns(s.whereClause);
        push(out, span, {
            kind: "update-rows",
            table: relName(s.relation),
            columns,
            filtered: !!s.whereClause,
            onlyNulls: !!nulls && columns.length > 0 && columns.every((c) => nulls.has(c)),
            via: "UPDATE",
        });
    }
    else if ("InsertStmt" in node) {
        const s = node.InsertStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        const copy = tableCopy(s);
        if (copy)
            out.copy = copy;
    }
    else if ("SelectStmt" in node) {
        const s = node.SelectStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        // SELECT ... INTO new_table creates a table, like CREATE TABLE AS.
        if (s.intoClause?.rel) {
            push(out, span, {
                kind: "create-table",
                table: relName(s.intoClause.rel),
                columns: strings(s.intoClause.colNames),
            });
        }
    }
    else if ("MergeStmt" in node) {
        const s = node.MergeStmt;
        withQueries(s.withClause).forEach((q) => dataChange(q, scope, out));
        const table = relName(s.relation);
        for (const w of s.mergeWhenClauses ?? []) {
            if (!("MergeWhenClause" in w))
                continue;
            const clause = w.MergeWhenClause;
            if (clause.commandType === "CMD_DELETE") {
                push(out, span, { kind: "delete-rows", table, filtered: true, via: "MERGE ... DELETE" });
            }
            else if (clause.commandType === "CMD_UPDATE") {
                push(out, span, {
                    kind: "update-rows",
                    table,
                    columns: strings(clause.targetList),
                    filtered: true,
                    onlyNulls: false,
                    via: "MERGE ... UPDATE",
                });
            }
        }
    }
}
function tableCopy(s) {
    const select = s.selectStmt && "SelectStmt" in s.selectStmt ? s.selectStmt.SelectStmt : undefined;
    if (!select || !s.relation)
        return undefined;
    const from = select.fromClause ?? [];
    const only = from.length === 1 ? from[0] : undefined;
    if (!only || !("RangeVar" in only))
        return undefined;
    let star = false;
    const columns = [];
    for (const t of select.targetList ?? []) {
        const val = "ResTarget" in t ? t.ResTarget.val : undefined;
        if (val && "ColumnRef" in val) {
            const fields = val.ColumnRef.fields ?? [];
            const lastField = fields[fields.length - 1];
            if (lastField && "A_Star" in lastField)
                star = true;
            else
                columns.push(strings(fields).pop() ?? "?");
        }
        else
            columns.push("?");
    }
    const cols = strings(s.cols);
    return {
        into: relName(s.relation),
        from: relName(only.RangeVar),
        ...(cols.length ? { intoColumns: cols } : {}),
        selectColumns: star ? "*" : columns,
        partial: !!select.whereClause ||
            !!select.limitCount ||
            !!select.distinctClause ||
            !!select.groupClause ||
            (select.op !== undefined && select.op !== "SETOP_NONE"),
    };
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/rebuild.ts
function key(name) {
    return name.replace(/^(public|main)\./i, "");
}
function complete(copy, newColumns) {
    if (copy.partial)
        return false;
    if (copy.intoColumns) {
        if (!newColumns || !newColumns.every((c) => copy.intoColumns.includes(c)))
            return false;
        return copy.selectColumns === "*" || copy.selectColumns.length === copy.intoColumns.length;
    }
    if (copy.selectColumns === "*")
        return true;
    return !!newColumns && copy.selectColumns.length >= newColumns.length;
}
/** Groups items by a key, keeping source order inside each group. */
function groupBy(items, keyOf) {
    const out = new Map();
    for (const item of items) {
        const k = keyOf(item);
        if (k === undefined)
            continue;
        const list = out.get(k);
        if (list)
            list.push(item);
        else
            out.set(k, [item]);
    }
    return out;
}
/** The last item of a source-ordered list that sits before statement `before` (and after `after`). */
function lastBetween(list, at, after, before) {
    if (!list)
        return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
        const s = at(list[i]);
        if (s < before)
            return s > after ? list[i] : undefined;
    }
    return undefined;
}
function collapseRebuilds(statements) {
    const hasDrop = statements.some((s) => s.ops.some((o) => o.kind === "drop-table"));
    const hasCopy = statements.some((s) => s.copy);
    if (!hasDrop || !hasCopy)
        return statements.flatMap((s) => s.ops);
    const ops = statements.flatMap((s, statement) => s.ops.map((op) => ({ op, statement })));
    const removed = new Set();
    const replaced = new Map();
    // Indexes by table name, so each DROP finds its partners without scanning the file again.
    const renamesTo = groupBy(ops, (l) => (l.op.kind === "rename-table" ? key(l.op.newName) : undefined));
    const creates = groupBy(ops, (l) => (l.op.kind === "create-table" ? key(l.op.table) : undefined));
    const copies = groupBy(statements.map((s, i) => i), (i) => {
        const copy = statements[i].copy;
        return copy ? `${key(copy.into)}\u0000${key(copy.from)}` : undefined;
    });
    const copyBetween = (into, from, after, before) => lastBetween(copies.get(`${key(into)}\u0000${key(from)}`), (i) => i, after, before) ?? -1;
    const createdBetween = (table, after, before) => lastBetween(creates.get(key(table)), (l) => l.statement, after, before);
    for (const dropped of ops) {
        const drop = dropped.op;
        if (drop.kind !== "drop-table" || removed.has(drop))
            continue;
        const renames = renamesTo.get(key(drop.table)) ?? [];
        // A: CREATE new; INSERT INTO new SELECT FROM t; DROP t; ALTER TABLE new RENAME TO t.
        const rename = renames.find((l) => l.statement > dropped.statement);
        if (rename && rename.op.kind === "rename-table") {
            const copyAt = copyBetween(rename.op.table, drop.table, -1, dropped.statement);
            if (copyAt >= 0) {
                const created = createdBetween(rename.op.table, -1, copyAt);
                const columns = created?.op.kind === "create-table" ? created.op.columns : undefined;
                settle(drop, statements[copyAt].copy, columns, rename.op.table);
                removed.add(rename.op);
                continue;
            }
        }
        // B: ALTER TABLE t RENAME TO old; CREATE t; INSERT INTO t SELECT FROM old; DROP old.
        const away = lastBetween(renames, (l) => l.statement, -1, dropped.statement);
        if (away && away.op.kind === "rename-table") {
            const original = away.op.table;
            const created = createdBetween(original, away.statement, dropped.statement);
            const copyAt = created ? copyBetween(original, drop.table, created.statement, dropped.statement) : -1;
            if (created && created.op.kind === "create-table" && copyAt >= 0) {
                settle(drop, statements[copyAt].copy, created.op.columns, original);
                removed.add(away.op);
                removed.add(created.op);
            }
        }
    }
    function settle(drop, copy, columns, other) {
        if (drop.kind !== "drop-table")
            return;
        if (complete(copy, columns)) {
            removed.add(drop);
            return;
        }
        replaced.set(drop, {
            kind: "unknown",
            reason: `the table rebuild of ${drop.table} through ${other} may not copy every column and row, and whatever it leaves behind is lost with the DROP TABLE`,
            table: drop.table,
            line: drop.line,
            endLine: drop.endLine,
        });
    }
    const out = [];
    for (const { op } of ops) {
        if (removed.has(op))
            continue;
        out.push(replaced.get(op) ?? op);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/split.ts
const ROUTINES = new Set(["TRIGGER", "PROCEDURE", "FUNCTION", "EVENT"]);
const BLOCK_ENDERS = new Set(["IF", "LOOP", "WHILE", "REPEAT"]);
/** True when the statement opening at `i` creates a trigger or routine whose body may hold `;`. */
function opensRoutine(tokens, i) {
    const t = tokens[i];
    if (!t || t.kind !== "word" || t.value !== "CREATE")
        return false;
    let words = 0;
    for (let j = i + 1; j < tokens.length && words < 8; j++) {
        const u = tokens[j];
        if (u.kind === "comment")
            continue;
        if (u.kind === "punct")
            return false;
        if (u.kind === "word") {
            if (ROUTINES.has(u.value))
                return true;
            if (u.value === "TABLE" || u.value === "INDEX" || u.value === "VIEW")
                return false;
        }
        words++;
    }
    return false;
}
function nextCode(tokens, i) {
    for (let j = i + 1; j < tokens.length; j++)
        if (tokens[j].kind !== "comment")
            return j;
    return -1;
}
/**
 * Splits tokens into statements. Inside a CREATE TRIGGER / PROCEDURE / FUNCTION / EVENT, `;` only ends the
 * statement outside BEGIN ... END and CASE ... END (SQLite and MySQL bodies are not quoted). The MySQL
 * client's `DELIMITER x` lines change the separator until the next DELIMITER line; they are not statements.
 */
function splitStatements(tokens, text) {
    const out = [];
    let first = -1;
    let last = -1;
    let routine = false;
    let depth = 0;
    let delimiter = ";";
    const end = () => {
        if (first >= 0)
            out.push([first, last]);
        first = -1;
        routine = false;
        depth = 0;
    };
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind === "comment")
            continue;
        if (first < 0 && t.kind === "word" && t.value === "DELIMITER") {
            let eol = text.indexOf("\n", t.end);
            if (eol < 0)
                eol = text.length;
            delimiter = text.slice(t.end, eol).trim() || ";";
            while (i + 1 < tokens.length && tokens[i + 1].start < eol)
                i++;
            continue;
        }
        if (delimiter !== ";") {
            if (text.startsWith(delimiter, t.start)) {
                end();
                const stop = t.start + delimiter.length;
                while (i + 1 < tokens.length && tokens[i + 1].start < stop)
                    i++;
                continue;
            }
        }
        else if (t.kind === "punct" && t.value === ";" && depth <= 0) {
            end();
            continue;
        }
        if (first < 0) {
            first = i;
            routine = delimiter === ";" && opensRoutine(tokens, i);
        }
        last = i;
        if (!routine || t.kind !== "word")
            continue;
        if (t.value === "BEGIN" || t.value === "CASE")
            depth++;
        else if (t.value === "END") {
            const j = nextCode(tokens, i);
            const after = j >= 0 ? tokens[j] : undefined;
            if (after?.kind === "word" && BLOCK_ENDERS.has(after.value)) {
                // END IF / END LOOP / ...: closes a block that never counted; skip its keyword.
                i = last = j;
                continue;
            }
            depth--;
            if (after?.kind === "word" && after.value === "CASE")
                i = last = j;
        }
    }
    if (first >= 0)
        out.push([first, last]);
    return out;
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/index.ts






/** libpg_query's answer, or its message and the 0-based byte offset it points at. */
function parsePostgres(parsers, sql) {
    try {
        return { parsed: parsers.postgres(sql) };
    }
    catch (error) {
        // Rejected text is handled by the caller (a problem, or the tokenizer for MySQL/SQLite): never "safe".
        const details = error.sqlDetails;
        const cursor = typeof details?.cursorPosition === "number" ? details.cursorPosition : undefined;
        return { error: error instanceof Error ? error.message : String(error), cursor };
    }
}
function tryPostgres(parsers, sql) {
    const attempt = parsePostgres(parsers, sql);
    return "parsed" in attempt ? attempt.parsed : undefined;
}
function commentsOf(src) {
    const out = [];
    for (const t of src.tokens) {
        if (t.kind === "comment")
            out.push({ text: t.value, line: src.line(t.start), endLine: src.line(t.end - 1) });
    }
    return out;
}
/**
 * The lexer for text libpg_query rejected follows the configured database's rules: a literal that database
 * cannot read is a problem for a human, not something to guess around.
 */
function fallbackSource(sql, database, line) {
    // DELIMITER lines belong to the MySQL client, whatever database the project names.
    const dialect = /^\s*DELIMITER\s/im.test(sql) ? "mysql" : database;
    return new SqlSource(sql, database, line, dialect);
}
function isBacktickQuoted(src, first, last) {
    for (let i = first; i <= last; i++) {
        const t = src.tokens[i];
        if (t.kind === "quoted" && src.text.charCodeAt(t.start) === 96)
            return true;
    }
    return false;
}
function readStatements(src, parsers) {
    const tokens = src.tokens;
    const ranges = splitStatements(tokens, src.text);
    const problems = [];
    const error = src.lexError;
    if (error) {
        // The statement the unreadable literal sits in has no end: leave it and everything after to a human.
        const lastRange = ranges[ranges.length - 1];
        const terminated = lastRange && tokens.slice(lastRange[1] + 1).some((t) => t.kind === "punct" && t.value === ";");
        if (lastRange && !terminated)
            ranges.pop();
        const from = lastRange && !terminated ? tokens[lastRange[0]].start : error.offset;
        const lastLine = src.line(Math.max(from, src.text.trimEnd().length - 1));
        problems.push({
            line: src.line(from),
            endLine: lastLine,
            message: `The SQL could not be read from line ${src.line(from)}: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)} (line ${src.line(error.offset)}), so the statements from there on were not analysed.`,
        });
    }
    const statements = [];
    const strict = src.database === "postgresql";
    for (const [first, last] of ranges) {
        const start = tokens[first].start;
        const end = tokens[last].end;
        const text = src.text.slice(start, end);
        const attempt = isBacktickQuoted(src, first, last) && !strict
            ? { error: "backtick-quoted", cursor: undefined }
            : parsePostgres(parsers, text);
        if ("error" in attempt && strict) {
            const at = attempt.cursor === undefined ? start : start + (0,lexer/* byteToCharMapper */.ve)(text)(attempt.cursor);
            const line = src.line(Math.min(at, Math.max(end - 1, start)));
            problems.push({
                line: src.line(start),
                endLine: src.line(end - 1),
                message: `PostgreSQL cannot parse the statement at line ${src.line(start)}: ${attempt.error} (line ${line}), so ` +
                    "it was not analysed. If the database is MySQL or SQLite, set `database:` in .github/migration-guard.yml.",
            });
            continue;
        }
        const mapped = "parsed" in attempt ? mapPostgres(attempt.parsed, src, text, start) : undefined;
        if (mapped && mapped.length)
            statements.push(...mapped);
        else
            statements.push(classifyStatement(src, [first, last]));
    }
    return { statements, problems };
}
function sqlToOperations(input, parsers) {
    const line = input.line >= 1 ? input.line : 1;
    try {
        const parsed = tryPostgres(parsers, input.sql);
        if (parsed) {
            // libpg_query accepted it, so PostgreSQL's lexical rules are the right ones for positions and comments.
            const src = new SqlSource(input.sql, input.database, line, "postgresql");
            if (!src.lexError) {
                return {
                    operations: collapseRebuilds(mapPostgres(parsed, src, input.sql, 0)),
                    comments: commentsOf(src),
                    problems: [],
                };
            }
        }
        const src = fallbackSource(input.sql, input.database, line);
        const { statements, problems } = readStatements(src, parsers);
        return { operations: collapseRebuilds(statements), comments: commentsOf(src), problems };
    }
    catch (error) {
        // A reader bug must not hide the SQL: the text goes to a human.
        return {
            operations: [],
            comments: [],
            problems: [
                {
                    line,
                    endLine: line + input.sql.split("\n").length - 1,
                    message: `The SQL reader failed on this text (${error instanceof Error ? error.message : String(error)}), so it was not analysed.`,
                },
            ],
        };
    }
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/embedded.ts

/**
 * Follows SQL embedded in a migration (`execute`, `RunSQL`, `DB::statement`...): its operations, comments and
 * problems join those of the file it sits in.
 */
function appendSql(into, input, parsers) {
    const sql = sqlToOperations(input, parsers);
    into.operations.push(...sql.operations);
    into.comments.push(...sql.comments);
    into.problems.push(...sql.problems);
}


/***/ }),

/***/ 9176:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ tokenAt),
/* harmony export */   Ii: () => (/* binding */ lex),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   ve: () => (/* binding */ byteToCharMapper)
/* harmony export */ });
const CH_NL = 10;
const CH_SQ = 39; // '
const CH_DQ = 34; // "
const CH_BT = 96; // `
const CH_BS = 92; // \
const CH_DOLLAR = 36;
const CH_DASH = 45;
const CH_SLASH = 47;
const CH_STAR = 42;
const CH_HASH = 35;
function isWordStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c >= 128;
}
function isWordPart(c) {
    return isWordStart(c) || (c >= 48 && c <= 57) || c === CH_DOLLAR;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}
/** True when only spaces and tabs stand between the start of the line and `offset`. */
function atLineStart(text, offset) {
    for (let i = offset - 1; i >= 0; i--) {
        const c = text.charCodeAt(i);
        if (c === CH_NL)
            return true;
        if (c !== 32 && c !== 9 && c !== 13)
            return false;
    }
    return true;
}
/**
 * Tokenises `text`. `dialect` decides the lexical rules that differ: MySQL escapes with backslashes in
 * every string and comments with `#`; PostgreSQL nests block comments and escapes only in E'...' strings;
 * SQLite quotes names with [brackets]. A `#` at the start of a line is a comment in every dialect, since
 * no PostgreSQL or SQLite statement starts with one.
 */
function lex(text, dialect) {
    const tokens = [];
    const n = text.length;
    const mysql = dialect === "mysql";
    let i = 0;
    const fail = (offset, what) => ({
        tokens,
        error: { offset, message: `${what} is never closed` },
    });
    while (i < n) {
        const c = text.charCodeAt(i);
        if (isSpace(c)) {
            i++;
            continue;
        }
        const start = i;
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c === CH_DASH && next === CH_DASH) {
            let j = text.indexOf("\n", i);
            if (j < 0)
                j = n;
            const end = j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j;
            tokens.push({ kind: "comment", start, end, value: text.slice(i + 2, end) });
            i = j;
            continue;
        }
        if (c === CH_HASH && (mysql || atLineStart(text, i))) {
            let j = text.indexOf("\n", i);
            if (j < 0)
                j = n;
            const end = j > i && text.charCodeAt(j - 1) === 13 ? j - 1 : j;
            tokens.push({ kind: "comment", start, end, value: text.slice(i + 1, end) });
            i = j;
            continue;
        }
        if (c === CH_SLASH && next === CH_STAR) {
            let depth = 1;
            let j = i + 2;
            while (j < n && depth > 0) {
                const d = text.charCodeAt(j);
                if (d === CH_STAR && text.charCodeAt(j + 1) === CH_SLASH) {
                    depth--;
                    j += 2;
                }
                else if (dialect === "postgresql" && d === CH_SLASH && text.charCodeAt(j + 1) === CH_STAR) {
                    depth++;
                    j += 2;
                }
                else
                    j++;
            }
            if (depth > 0)
                return fail(start, "A /* comment");
            tokens.push({ kind: "comment", start, end: j, value: text.slice(i + 2, j - 2) });
            i = j;
            continue;
        }
        if (c === CH_SQ) {
            // E'...' (PostgreSQL) takes backslash escapes; the E was lexed as a word touching the quote.
            const prev = tokens[tokens.length - 1];
            let escapes = mysql;
            let from = start;
            if (prev && prev.kind === "word" && prev.end === start && /^(E|U&|N|X|B)$/.test(prev.value)) {
                escapes = escapes || prev.value === "E";
                from = prev.start;
                tokens.pop();
            }
            const end = quoted(text, i, CH_SQ, escapes);
            if (end < 0)
                return fail(start, "A string literal");
            tokens.push({ kind: "string", start: from, end, value: unquote(text.slice(i + 1, end - 1), "'") });
            i = end;
            continue;
        }
        if (c === CH_DQ || c === CH_BT) {
            const end = quoted(text, i, c, mysql && c === CH_DQ);
            if (end < 0)
                return fail(start, c === CH_DQ ? "A double-quoted name" : "A backtick-quoted name");
            const q = c === CH_DQ ? '"' : "`";
            tokens.push({ kind: "quoted", start, end, value: unquote(text.slice(i + 1, end - 1), q) });
            i = end;
            continue;
        }
        if (c === 91 /* [ */ && dialect === "sqlite") {
            const j = text.indexOf("]", i + 1);
            if (j < 0)
                return fail(start, "A [bracketed] name");
            tokens.push({ kind: "quoted", start, end: j + 1, value: text.slice(i + 1, j) });
            i = j + 1;
            continue;
        }
        if (c === CH_DOLLAR && !mysql) {
            if (isDigit(next)) {
                let j = i + 1;
                while (j < n && isDigit(text.charCodeAt(j)))
                    j++;
                tokens.push({ kind: "param", start, end: j, value: text.slice(i, j) });
                i = j;
                continue;
            }
            // $tag$ ... $tag$ (PostgreSQL dollar quoting).
            let j = i + 1;
            if (j < n && isWordStart(text.charCodeAt(j)) && !isDigit(text.charCodeAt(j))) {
                while (j < n && isWordPart(text.charCodeAt(j)) && text.charCodeAt(j) !== CH_DOLLAR)
                    j++;
            }
            if (j < n && text.charCodeAt(j) === CH_DOLLAR) {
                const tag = text.slice(i, j + 1);
                const close = text.indexOf(tag, j + 1);
                if (close < 0)
                    return fail(start, `A ${tag}-quoted string`);
                tokens.push({ kind: "string", start, end: close + tag.length, value: text.slice(j + 1, close) });
                i = close + tag.length;
                continue;
            }
            tokens.push({ kind: "op", start, end: i + 1, value: "$" });
            i++;
            continue;
        }
        if (isWordStart(c)) {
            let j = i + 1;
            while (j < n && isWordPart(text.charCodeAt(j)))
                j++;
            tokens.push({ kind: "word", start, end: j, value: text.slice(i, j).toUpperCase() });
            i = j;
            continue;
        }
        if (isDigit(c) || (c === 46 && isDigit(next))) {
            let j = i + 1;
            while (j < n) {
                const d = text.charCodeAt(j);
                if (isDigit(d) || d === 46 || d === 95)
                    j++;
                else if ((d === 101 || d === 69) && j + 1 < n) {
                    const e = text.charCodeAt(j + 1);
                    if (isDigit(e) || ((e === 43 || e === 45) && isDigit(text.charCodeAt(j + 2))))
                        j += 2;
                    else
                        break;
                }
                else
                    break;
            }
            tokens.push({ kind: "number", start, end: j, value: text.slice(i, j) });
            i = j;
            continue;
        }
        const ch = text[i];
        const kind = "(),;.[]".includes(ch) ? "punct" : "op";
        tokens.push({ kind, start, end: i + 1, value: ch });
        i++;
    }
    return { tokens };
}
/** Index just past the closing quote of the literal opening at `i`, or -1 when it never closes. */
function quoted(text, i, quote, escapes) {
    const n = text.length;
    let j = i + 1;
    while (j < n) {
        const d = text.charCodeAt(j);
        if (escapes && d === CH_BS) {
            j += 2;
            continue;
        }
        if (d === quote) {
            if (text.charCodeAt(j + 1) === quote) {
                j += 2;
                continue;
            }
            return j + 1;
        }
        j++;
    }
    return -1;
}
function unquote(body, quote) {
    return body.includes(quote) ? body.split(quote + quote).join(quote) : body;
}
/** Line lookup for a text: 0-based line index of a UTF-16 offset. */
class LineIndex {
    starts = [0];
    constructor(text) {
        let at = text.indexOf("\n");
        while (at >= 0) {
            this.starts.push(at + 1);
            at = text.indexOf("\n", at + 1);
        }
    }
    lineOf(offset) {
        const starts = this.starts;
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    get count() {
        return this.starts.length;
    }
    startOf(line) {
        return this.starts[line] ?? Number.MAX_SAFE_INTEGER;
    }
}
/**
 * Maps the UTF-8 byte offsets libpg_query reports to string offsets. Identity for ASCII text, which is the
 * common case and costs one regular-expression test.
 */
function byteToCharMapper(text) {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(text))
        return (byte) => byte;
    const map = [];
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let width;
        if (c < 0x80)
            width = 1;
        else if (c < 0x800)
            width = 2;
        else if (c >= 0xd800 && c <= 0xdbff) {
            // A surrogate pair is one 4-byte code point; both halves map to the pair's start.
            width = 4;
            for (let k = 0; k < width; k++)
                map[bytes + k] = i;
            bytes += width;
            i++;
            continue;
        }
        else
            width = 3;
        for (let k = 0; k < width; k++)
            map[bytes + k] = i;
        bytes += width;
    }
    map[bytes] = text.length;
    return (byte) => (byte >= bytes ? text.length + (byte - bytes) : map[byte]);
}
/** Index of the first token whose start is >= offset (tokens.length when none). */
function tokenAt(tokens, offset) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].start < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}


/***/ }),

/***/ 7545:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ unwrapParentheses),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   uf: () => (/* binding */ syntaxProblems)
/* harmony export */ });
/** 1-based lines; a node that ends at column 0 of a line ends on the line before. */
function spanOf(node) {
    const line = node.startPosition.row + 1;
    const end = node.endPosition;
    const endLine = end.column === 0 && end.row > node.startPosition.row ? end.row : end.row + 1;
    return { line, endLine: Math.max(line, endLine) };
}
/** `(x)` → `x`, any depth, for grammars whose parentheses are `parenthesized_expression` (Python, PHP). */
function unwrapParentheses(node) {
    let current = node;
    while (current.type === "parenthesized_expression") {
        const inner = current.namedChildren.find((c) => c?.type !== "comment");
        if (!inner)
            break;
        current = inner;
    }
    return current;
}
/** ERROR and MISSING nodes, each as a problem naming the language. */
function syntaxProblems(root, language) {
    const problems = [];
    if (!root.hasError)
        return problems;
    // Only subtrees that contain an error are entered, so a clean file costs one check.
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.isMissing) {
            problems.push({
                ...spanOf(node),
                message: `${language} syntax error: \`${node.type}\` is missing here, so the file cannot be read reliably`,
            });
            continue;
        }
        if (node.isError) {
            const snippet = node.text.split("\n")[0].trim().slice(0, 60);
            problems.push({
                ...spanOf(node),
                message: `${language} syntax error near \`${snippet}\`, so the file cannot be read reliably`,
            });
            continue;
        }
        const children = node.children;
        for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i];
            if (child && (child.hasError || child.isMissing))
                stack.push(child);
        }
    }
    return problems.sort((a, b) => a.line - b.line);
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   _I: () => (/* binding */ matchesAny)
/* harmony export */ });
/* unused harmony export matchesGlob */
/* harmony import */ var picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8016);
/* harmony import */ var picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0__);
// Config globs (`paths`, `exclude`) through picomatch: `**`, `*`, `?`, `[0-9]`, `{a,b}`, extglobs. Dotfiles
// match (a migration under a dot directory is still a migration). An unbalanced bracket is an error, never a
// pattern that silently matches nothing: a DROP in a file the config meant to name must not go unchecked.

const OPTIONS = { dot: true, strictBrackets: true };
const cache = new Map();
function compile(glob) {
    let matcher = cache.get(glob);
    if (!matcher) {
        matcher = picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0___default()(glob, OPTIONS);
        cache.set(glob, matcher);
    }
    return matcher;
}
/** Why picomatch cannot compile the glob, or undefined when it can. */
function globProblem(glob) {
    try {
        compile(glob);
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
}
/** Whether the repository-relative path matches the glob. Globs are checked when the config is parsed. */
function matchesGlob(path, glob) {
    return compile(glob)(path);
}
function matchesAny(path, globs) {
    return globs.some((g) => matchesGlob(path, g));
}


/***/ }),

/***/ 7216:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ countByCategory),
/* harmony export */   zP: () => (/* binding */ activeFindings)
/* harmony export */ });
/* unused harmony export hasDestructive */
/**
 * Findings not acknowledged by an allow comment: what the counts show and the CLI fails on. (The PR and deploy
 * gates also count acknowledged findings in an approval category; see verdict.ts.)
 */
function activeFindings(files) {
    return files.flatMap((f) => f.findings.filter((x) => !x.acknowledged));
}
function countByCategory(files) {
    const counts = {
        destructive: 0,
        "backward-incompatible": 0,
        locking: 0,
        irreversible: 0,
        "needs-review": 0,
    };
    for (const f of activeFindings(files))
        counts[f.category]++;
    return counts;
}
function hasDestructive(files) {
    return activeFindings(files).some((f) => f.category === "destructive");
}


/***/ }),

/***/ 1731:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ansi),
/* harmony export */   p: () => (/* binding */ plain)
/* harmony export */ });
const identity = (text) => text;
const sgr = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = {
    path: identity,
    error: identity,
    warning: identity,
    ok: identity,
    dim: identity,
};
const ansi = {
    path: sgr(1, 22),
    error: sgr(31, 39),
    warning: sgr(33, 39),
    ok: sgr(32, 39),
    dim: sgr(2, 22),
};


/***/ }),

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ rules)
});

// UNUSED EXPORTS: ruleById

;// CONCATENATED MODULE: ./src/core/rules/rule.ts
/** Table names compare without quotes and without PostgreSQL's default schema: `"public"."users"` is `users`. */
function tableKey(name) {
    const bare = name.replace(/["`[\]]/g, "");
    return bare.toLowerCase().startsWith("public.") ? bare.slice("public.".length) : bare;
}
/**
 * What the file itself created before the operation being checked. A table created (or a column added)
 * earlier in the same file holds no rows the previous release wrote, so changing it loses nothing and
 * blocks no one; everything else is pre-existing.
 */
class History {
    newTables = new Set();
    newColumns = new Map();
    newIndexes = new Set();
    isNewTable(table) {
        return this.newTables.has(tableKey(table));
    }
    preExistingTable(table) {
        return !this.isNewTable(table);
    }
    preExistingColumn(table, column) {
        return !this.isNewTable(table) && !(this.newColumns.get(tableKey(table))?.has(column) ?? false);
    }
    isNewIndex(name) {
        return this.newIndexes.has(name);
    }
    record(op) {
        switch (op.kind) {
            case "create-table": {
                const key = tableKey(op.table);
                this.newTables.add(key);
                this.newColumns.delete(key);
                break;
            }
            case "drop-table":
                this.newTables.delete(tableKey(op.table));
                this.newColumns.delete(tableKey(op.table));
                break;
            case "rename-table": {
                const from = tableKey(op.table);
                const to = tableKey(op.newName);
                if (this.newTables.delete(from))
                    this.newTables.add(to);
                else
                    this.newTables.delete(to);
                const columns = this.newColumns.get(from);
                this.newColumns.delete(from);
                if (columns)
                    this.newColumns.set(to, columns);
                else
                    this.newColumns.delete(to);
                break;
            }
            case "add-column": {
                const key = tableKey(op.table);
                const columns = this.newColumns.get(key) ?? new Set();
                columns.add(op.column);
                this.newColumns.set(key, columns);
                break;
            }
            case "drop-column":
                this.newColumns.get(tableKey(op.table))?.delete(op.column);
                break;
            case "rename-column": {
                const columns = this.newColumns.get(tableKey(op.table));
                if (columns?.delete(op.column))
                    columns.add(op.newName);
                else
                    columns?.delete(op.newName);
                break;
            }
            case "add-index":
                if (op.name)
                    this.newIndexes.add(op.name);
                break;
            case "drop-index":
                if (op.name)
                    this.newIndexes.delete(op.name);
                break;
            default:
                break;
        }
    }
}
/**
 * Runs `check` on every operation with the history of what came before it in the file, and collects the hits.
 * Most rules are one `collect` call.
 */
function collect(operations, check) {
    const history = new History();
    const hits = [];
    for (const op of operations) {
        const hit = check(op, history);
        if (Array.isArray(hit))
            hits.push(...hit);
        else if (hit)
            hits.push(hit);
        history.record(op);
    }
    return hits;
}
/** The span of an operation, for a hit on it. */
function spanOf(op) {
    return { line: op.line, endLine: op.endLine };
}
/**
 * How to run one statement outside the migration's transaction in each framework: PostgreSQL refuses
 * `CREATE/DROP INDEX CONCURRENTLY` inside a transaction block.
 */
function outsideTransaction(framework) {
    switch (framework) {
        case "rails":
            return "add `disable_ddl_transaction!` to the migration class";
        case "django":
            return "set `atomic = False` on the Migration class";
        case "alembic":
            return "wrap it in `with op.get_context().autocommit_block():`";
        case "ecto":
            return "set `@disable_ddl_transaction true` and `@disable_migration_lock true` in the module";
        case "knex":
            return "export `config = { transaction: false }` from the migration";
        case "node-pg-migrate":
            return "call `pgm.noTransaction()` in the migration";
        case "laravel":
            return "set `public $withinTransaction = false;` on the migration class";
        case "sequelize":
            return "do not pass a `transaction` to the query";
        case "typeorm":
            return "set `transaction = false` on the migration class";
        case "goose":
            return "put `-- +goose NO TRANSACTION` at the top of the file";
        case "dbmate":
            return "write the section header as `-- migrate:up transaction:false`";
        case "flyway":
            return "keep it as the only statement of its script (Flyway runs PostgreSQL's non-transactional statements outside a transaction)";
        case "db-migrate":
            return "give it a migration of its own and run that migration without db-migrate's transaction";
        case "doctrine":
            return "override `isTransactional()` to return false in the migration class";
        case "liquibase":
            return 'set `runInTransaction="false"` on its changeSet, and keep it the only change of that changeSet';
        case "golang-migrate":
        case "prisma":
        case "sql":
            return "keep it as the only statement of its migration file, since several statements sent together run as one transaction";
    }
}

;// CONCATENATED MODULE: ./src/core/rules/add-check-constraint.ts

const addCheckConstraint = {
    id: "add-check-constraint",
    category: "locking",
    severity: "warning",
    description: "A validated CHECK constraint scans the whole table under an exclusive lock.",
    safeAlternative: "Add the check `NOT VALID`, then `VALIDATE CONSTRAINT` in a separate migration (Rails: `add_check_constraint ..., validate: false`, then `validate_check_constraint`).",
    check: (ctx) => {
        if (ctx.database === "sqlite")
            return [];
        return collect(ctx.operations, (op, history) => {
            if (op.kind !== "add-constraint" ||
                op.constraint !== "check" ||
                !op.validated ||
                !history.preExistingTable(op.table))
                return undefined;
            const name = op.name ? ` ${op.name}` : "";
            if (ctx.database === "mysql") {
                return {
                    ...spanOf(op),
                    table: op.table,
                    message: `Adds CHECK constraint${name} on ${op.table}: MySQL copies the whole table (ALGORITHM=COPY) to check every row, blocking writes while it does.`,
                    safeAlternative: "Add the check with an online schema change tool (gh-ost, pt-online-schema-change), or at a quiet time after confirming every row passes it.",
                };
            }
            return {
                ...spanOf(op),
                table: op.table,
                message: `Adds validated CHECK constraint${name} on ${op.table}: PostgreSQL scans every row while holding an ACCESS EXCLUSIVE lock, so every read and write waits.`,
                safeAlternative: ctx.framework === "rails"
                    ? "Use `add_check_constraint ..., validate: false`, then `validate_check_constraint` in a separate migration."
                    : `Add it with \`NOT VALID\`, then \`ALTER TABLE ${op.table} VALIDATE CONSTRAINT ...\` in a separate migration (validation lets reads and writes continue).`,
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/add-foreign-key.ts

const addForeignKey = {
    id: "add-foreign-key",
    category: "locking",
    severity: "warning",
    description: "A validated foreign key scans the table while blocking writes on both tables.",
    safeAlternative: "Add the foreign key `NOT VALID`, then `VALIDATE CONSTRAINT` in a separate migration (Rails: `add_foreign_key ..., validate: false`, then `validate_foreign_key`).",
    check: (ctx) => {
        // SQLite cannot add a foreign key to an existing table; only a rebuild can, and the rebuild is what locks.
        if (ctx.database === "sqlite")
            return [];
        return collect(ctx.operations, (op, history) => {
            if (op.kind !== "add-constraint" ||
                op.constraint !== "foreign-key" ||
                !op.validated ||
                !history.preExistingTable(op.table))
                return undefined;
            const name = op.name ? ` ${op.name}` : "";
            if (ctx.database === "mysql") {
                return {
                    ...spanOf(op),
                    table: op.table,
                    message: `Adds foreign key${name} on ${op.table}: with foreign_key_checks on, MySQL copies the whole table (ALGORITHM=COPY) and blocks writes while it does.`,
                    safeAlternative: "Add the foreign key with an online schema change tool (pt-online-schema-change), or at a quiet time after checking that every row has its parent.",
                };
            }
            return {
                ...spanOf(op),
                table: op.table,
                message: `Adds validated foreign key${name} on ${op.table}: PostgreSQL scans ${op.table} while holding SHARE ROW EXCLUSIVE locks on it and on the referenced table, blocking writes to both.`,
                safeAlternative: ctx.framework === "rails"
                    ? "Use `add_foreign_key ..., validate: false`, then `validate_foreign_key` in a separate migration (validation takes a lock that lets writes continue)."
                    : `Add it with \`NOT VALID\`, then \`ALTER TABLE ${op.table} VALIDATE CONSTRAINT ...\` in a separate migration (validation takes a lock that lets writes continue).`,
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/add-required-column.ts

function consequence(database) {
    switch (database) {
        case "postgresql":
            return "the migration fails if the table has any rows";
        case "mysql":
            return "existing rows get the type's implicit value (0, '') instead of a real one";
        case "sqlite":
            return "SQLite refuses to add a NOT NULL column without a default";
    }
}
const addRequiredColumn = {
    id: "add-required-column",
    category: "backward-incompatible",
    severity: "warning",
    description: "A NOT NULL column without a default fails on existing rows and breaks inserts from the old code.",
    safeAlternative: "Add the column as nullable (or with a constant default), deploy code that writes it, backfill existing rows in batches, then make it NOT NULL (PostgreSQL: CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL).",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "add-column" || !op.notNull || op.default || !history.preExistingTable(op.table))
            return undefined;
        return {
            ...spanOf(op),
            table: op.table,
            column: op.column,
            message: `Adds ${op.table}.${op.column} NOT NULL without a default: ${consequence(ctx.database)}, and inserts from the release still running during the deploy, which does not set ${op.column}, fail.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/add-unique-constraint.ts

const addUniqueConstraint = {
    id: "add-unique-constraint",
    category: "locking",
    severity: "warning",
    description: "A UNIQUE or PRIMARY KEY constraint builds an index under an exclusive lock.",
    safeAlternative: "Build the index first with `CREATE UNIQUE INDEX CONCURRENTLY`, then attach it: `ADD CONSTRAINT name UNIQUE USING INDEX name` (or `PRIMARY KEY USING INDEX`).",
    check: (ctx) => {
        // InnoDB adds unique indexes online; SQLite cannot add constraints to an existing table.
        if (ctx.database !== "postgresql")
            return [];
        return collect(ctx.operations, (op, history) => {
            if (op.kind !== "add-constraint" ||
                (op.constraint !== "unique" && op.constraint !== "primary-key") ||
                op.usingIndex ||
                !history.preExistingTable(op.table))
                return undefined;
            const kind = op.constraint === "unique" ? "UNIQUE" : "PRIMARY KEY";
            const name = op.name ?? `${op.table}_key`;
            return {
                ...spanOf(op),
                table: op.table,
                message: `Adds a ${kind} constraint on ${op.table}: PostgreSQL builds its index while holding an ACCESS EXCLUSIVE lock, so every read and write waits for the whole build.`,
                safeAlternative: `Run \`CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${op.table} (...)\` (${outsideTransaction(ctx.framework)}), then \`ALTER TABLE ${op.table} ADD CONSTRAINT ${name} ${kind} USING INDEX ${name}\`.`,
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/change-column-type.ts

const changeColumnType = {
    id: "change-column-type",
    category: "backward-incompatible",
    severity: "warning",
    description: "Changing a column's type can break app code still running during the deploy.",
    safeAlternative: "Add a new column of the new type, write to both and backfill in batches, move reads to the new column, then drop the old one in a later migration.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "change-column-type" || op.widening || !history.preExistingColumn(op.table, op.column))
            return undefined;
        const to = op.type ? ` to ${op.type}` : "";
        return {
            ...spanOf(op),
            table: op.table,
            column: op.column,
            message: `Changes the type of ${op.table}.${op.column}${to}: app code of the release still running during the deploy may write values the new type rejects, or read values it does not expect.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/column-type-rewrite.ts

function column_type_rewrite_consequence(database) {
    switch (database) {
        case "postgresql":
            return "PostgreSQL rewrites the whole table and rebuilds its indexes while holding an ACCESS EXCLUSIVE lock, so every read and write waits until it finishes";
        case "mysql":
            return "MySQL copies the whole table (ALGORITHM=COPY), blocking writes for the duration of the copy";
        case "sqlite":
            return "SQLite cannot change a column type in place: the table is rebuilt (copy, drop, rename) while the database is locked";
    }
}
const columnTypeRewrite = {
    id: "column-type-rewrite",
    category: "locking",
    severity: "warning",
    description: "Most column type changes rewrite the table under an exclusive lock.",
    safeAlternative: "Add a new column of the new type, backfill it in batches, move the app to it, then drop the old column. (In PostgreSQL, varchar(n) to a longer varchar or to text needs no rewrite.)",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "change-column-type" || op.widening || !history.preExistingColumn(op.table, op.column))
            return undefined;
        const to = op.type ? ` to ${op.type}` : "";
        return {
            ...spanOf(op),
            table: op.table,
            column: op.column,
            message: `Changing ${op.table}.${op.column}${to}: ${column_type_rewrite_consequence(ctx.database)}.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/delete-rows.ts

const deleteRows = {
    id: "delete-rows",
    category: "destructive",
    severity: "error",
    description: "Deleting rows (DELETE, delete_all, destroy_all, .delete()) loses stored data.",
    safeAlternative: "Copy the rows to an archive table (or take a backup) before deleting them, delete in small batches from a task outside the schema migration, or soft-delete with a `deleted_at` column.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "delete-rows" || !history.preExistingTable(op.table))
            return undefined;
        const message = op.filtered
            ? `Deletes rows of ${op.table} (${op.via} with a filter): the deleted rows cannot be restored by rolling back the release.`
            : `Deletes every row of ${op.table} (${op.via} with no filter): the table is emptied and the rows cannot be restored by rolling back the release.`;
        return { ...spanOf(op), table: op.table, message };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/drop-column.ts

function advice(framework, table, column) {
    const copy = "If the values are still needed, copy them first: a static check cannot prove such a copy complete.";
    switch (framework) {
        case "rails":
            return `Deploy \`self.ignored_columns += ["${column}"]\` on the model first, so no running code reads ${table}.${column}, then remove the column in a later migration. ${copy}`;
        case "django":
            return `Remove the field from the model with \`SeparateDatabaseAndState\` (state_operations only) and deploy, then drop ${table}.${column} in a later migration. ${copy}`;
        default:
            return `Expand-contract: stop reading and writing ${table}.${column} in app code and deploy that, then drop the column in a later migration. ${copy}`;
    }
}
const dropColumn = {
    id: "drop-column",
    category: "destructive",
    severity: "error",
    description: "Dropping a column that existed before this migration deletes its values, and breaks app code still reading it.",
    safeAlternative: "Expand-contract: stop reading and writing the column in app code (Rails: `ignored_columns`) and deploy that, then drop it in a later migration; copy the values first if they are still needed.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "drop-column" || !history.preExistingColumn(op.table, op.column))
            return undefined;
        return {
            ...spanOf(op),
            table: op.table,
            column: op.column,
            message: `Drops column ${op.table}.${op.column}: its values are deleted, and app code of the release still running during the deploy fails when it reads or writes it.`,
            safeAlternative: advice(ctx.framework, op.table, op.column),
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/drop-index-not-concurrent.ts

function drop_index_not_concurrent_advice(framework) {
    switch (framework) {
        case "rails":
            return "Use `remove_index ..., algorithm: :concurrently` and add `disable_ddl_transaction!` to the migration class.";
        case "django":
            return "Use `RemoveIndexConcurrently` from `django.contrib.postgres.operations` in a migration with `atomic = False`.";
        case "alembic":
            return "Use `op.drop_index(..., postgresql_concurrently=True)` inside `with op.get_context().autocommit_block():`.";
        default:
            return `Use \`DROP INDEX CONCURRENTLY\` and ${outsideTransaction(framework)}.`;
    }
}
const dropIndexNotConcurrent = {
    id: "drop-index-not-concurrent",
    category: "locking",
    severity: "notice",
    description: "Dropping an index without CONCURRENTLY takes an exclusive lock on the table.",
    safeAlternative: "Use `DROP INDEX CONCURRENTLY` outside a transaction.",
    check: (ctx) => {
        if (ctx.database !== "postgresql")
            return [];
        return collect(ctx.operations, (op, history) => {
            if (op.kind !== "drop-index" || op.concurrently)
                return undefined;
            if (op.name && history.isNewIndex(op.name))
                return undefined;
            if (op.table && history.isNewTable(op.table))
                return undefined;
            const what = op.name ?? (op.columns ? `the index on (${op.columns.join(", ")})` : "an index");
            const on = op.table ? ` of ${op.table}` : "";
            return {
                ...spanOf(op),
                ...(op.table ? { table: op.table } : {}),
                message: `Drops ${what}${on} without CONCURRENTLY: PostgreSQL takes an ACCESS EXCLUSIVE lock on the table, so reads and writes queue behind it (and behind any long query it waits for).`,
                safeAlternative: drop_index_not_concurrent_advice(ctx.framework),
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/drop-table.ts

const dropTable = {
    id: "drop-table",
    category: "destructive",
    severity: "error",
    description: "Dropping a table that existed before this migration deletes its rows.",
    safeAlternative: "Stop using the table in app code and deploy that first; archive its rows (or rename the table aside so the step can be undone); drop it in a later migration once nothing reads it.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "drop-table" || !history.preExistingTable(op.table))
            return undefined;
        const cascade = op.cascade ? ", with CASCADE (views and foreign keys that depend on it go too)" : "";
        return {
            ...spanOf(op),
            table: op.table,
            message: `Drops table ${op.table}${cascade}: every row it holds is deleted, and app code of the release still running during the deploy fails on it.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/edited-migration.ts
function message(ctx) {
    const alreadyRan = "environments that already ran it (staging, production) will not run it again, so they and fresh databases end up with different schemas";
    switch (ctx.status) {
        case "modified":
            return `This migration was edited after it reached the base branch: ${alreadyRan}.`;
        case "renamed": {
            const from = ctx.previousPath ? ` from ${ctx.previousPath}` : "";
            return `This migration was renamed${from}: ${alreadyRan}, and a framework that keys migrations by file name or version may take it for a new one and run it a second time.`;
        }
        case "deleted":
            return "This migration was deleted: environments that already ran it keep its changes while fresh databases never get them, and frameworks that check their history (Django, Flyway) may refuse to migrate.";
        default:
            return undefined;
    }
}
const editedMigration = {
    id: "edited-migration",
    category: "needs-review",
    severity: "warning",
    description: "Editing, renaming or deleting a migration that exists on the base branch: it will not re-run where it already ran.",
    safeAlternative: "Leave migrations that may have run as they are, and write a new migration that makes the change.",
    check: (ctx) => {
        const text = message(ctx);
        return text ? [{ line: 1, endLine: 1, message: text }] : [];
    },
};

;// CONCATENATED MODULE: ./src/core/rules/index-not-concurrent.ts

function index_not_concurrent_advice(framework, table) {
    switch (framework) {
        case "rails":
            return "Use `add_index ..., algorithm: :concurrently` and add `disable_ddl_transaction!` to the migration class (CONCURRENTLY cannot run inside a transaction).";
        case "django":
            return "Use `AddIndexConcurrently` from `django.contrib.postgres.operations` in a migration with `atomic = False`.";
        case "alembic":
            return "Use `op.create_index(..., postgresql_concurrently=True)` inside `with op.get_context().autocommit_block():`.";
        case "ecto":
            return "Use `create index(..., concurrently: true)` with `@disable_ddl_transaction true` and `@disable_migration_lock true`.";
        case "node-pg-migrate":
            return "Use `pgm.createIndex(..., { concurrently: true })` and call `pgm.noTransaction()`.";
        case "sequelize":
            return "Use `queryInterface.addIndex(..., { concurrently: true })` without a transaction.";
        default:
            return `Use \`CREATE INDEX CONCURRENTLY ... ON ${table}\` and ${outsideTransaction(framework)}.`;
    }
}
const indexNotConcurrent = {
    id: "index-not-concurrent",
    category: "locking",
    severity: "warning",
    description: "Building an index on an existing table without CONCURRENTLY blocks writes for the whole build.",
    safeAlternative: "Build the index with `CREATE INDEX CONCURRENTLY` outside a transaction (Rails: `algorithm: :concurrently` with `disable_ddl_transaction!`).",
    check: (ctx) => {
        // MySQL's InnoDB builds secondary indexes online (ALGORITHM=INPLACE, LOCK=NONE); SQLite has one writer anyway.
        if (ctx.database !== "postgresql")
            return [];
        return collect(ctx.operations, (op, history) => {
            if (op.kind !== "add-index" || op.concurrently || !history.preExistingTable(op.table))
                return undefined;
            const what = op.name ? `index ${op.name}` : `an index on (${op.columns.join(", ")})`;
            return {
                ...spanOf(op),
                table: op.table,
                message: `Builds ${what} on ${op.table} without CONCURRENTLY: PostgreSQL holds a SHARE lock for the whole build, so every INSERT, UPDATE and DELETE on ${op.table} waits.`,
                safeAlternative: index_not_concurrent_advice(ctx.framework, op.table),
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/irreversible-migration.ts

const irreversibleMigration = {
    id: "irreversible-migration",
    category: "irreversible",
    severity: "notice",
    description: "The migration cannot be rolled back by the framework.",
    safeAlternative: "Write the reverse (a `down` method, `reverse_code`/`reverse_sql`, a `.down.sql` file), or say in the pull request how to recover (backup, forward fix) and acknowledge the finding.",
    check: (ctx) => ctx.operations.flatMap((op) => op.kind === "irreversible"
        ? [
            {
                ...spanOf(op),
                ...(op.table !== undefined ? { table: op.table } : {}),
                message: `This migration cannot be rolled back: ${op.reason.replace(/\.$/, "")}. If the deploy goes wrong, recovery means a backup or a forward fix.`,
            },
        ]
        : []),
};

;// CONCATENATED MODULE: ./src/core/rules/lossy-type-change.ts

const lossyTypeChange = {
    id: "lossy-type-change",
    category: "destructive",
    severity: "error",
    description: "Changing a column to a narrower type can truncate or reject stored values.",
    safeAlternative: "Add a new column of the new type, backfill it in batches with an explicit conversion you have checked against the real data, move the app to it, then drop the old column.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "change-column-type" || !op.lossy || !history.preExistingColumn(op.table, op.column))
            return undefined;
        const to = op.type ? ` to ${op.type}` : "";
        return {
            ...spanOf(op),
            table: op.table,
            column: op.column,
            message: `Changes ${op.table}.${op.column}${to}, a narrower type: stored values can be rounded or cut short, or the migration fails on the first value that does not fit.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/rename-column.ts

const renameColumn = {
    id: "rename-column",
    category: "backward-incompatible",
    severity: "warning",
    description: "Renaming a column breaks app code still using the old name during the deploy.",
    safeAlternative: "Rename in three deploys: add the new column and write to both (backfilling in batches); move reads to the new column; drop the old one in a later migration.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "rename-column" || !history.preExistingColumn(op.table, op.column))
            return undefined;
        return {
            ...spanOf(op),
            table: op.table,
            column: op.column,
            message: `Renames ${op.table}.${op.column} to ${op.newName}: app code of the release still running during the deploy uses the old name and fails until every server runs the new code.`,
            safeAlternative: ctx.framework === "rails"
                ? `Rename in three deploys: add ${op.newName} and write to both columns (backfill in batches); move reads to ${op.newName} and add ${op.column} to \`ignored_columns\`; drop ${op.column} in a later migration.`
                : `Rename in three deploys: add ${op.newName} and write to both columns (backfill in batches); move reads to ${op.newName}; drop ${op.column} in a later migration.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/rename-table.ts

const renameTable = {
    id: "rename-table",
    category: "backward-incompatible",
    severity: "warning",
    description: "Renaming a table breaks app code still using the old name during the deploy.",
    safeAlternative: "Keep both names working during the deploy: rename the table and create a view with the old name over it (simple views are updatable in PostgreSQL and MySQL), move the app to the new name, then drop the view in a later migration.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "rename-table" || !history.preExistingTable(op.table))
            return undefined;
        return {
            ...spanOf(op),
            table: op.table,
            message: `Renames table ${op.table} to ${op.newName}: app code of the release still running during the deploy uses the old name and fails until every server runs the new code.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/set-not-null.ts

function postgresAdvice(framework, table, column) {
    const name = `${table}_${column}_not_null`;
    if (framework === "rails") {
        return `Add \`add_check_constraint :${table}, "${column} IS NOT NULL", name: "${name}", validate: false\`; in a later migration \`validate_check_constraint :${table}, name: "${name}"\`, then \`change_column_null :${table}, :${column}, false\` (PostgreSQL 12+ skips the scan) and \`remove_check_constraint\`.`;
    }
    return `Add \`CHECK (${column} IS NOT NULL) NOT VALID\` as ${name}; in a separate migration \`VALIDATE CONSTRAINT ${name}\` (no exclusive lock during the scan), then \`SET NOT NULL\` (PostgreSQL 12+ trusts the valid check and skips the scan) and drop the check.`;
}
const setNotNull = {
    id: "set-not-null",
    category: "locking",
    severity: "warning",
    description: "SET NOT NULL scans the whole table under an exclusive lock.",
    safeAlternative: "PostgreSQL: add `CHECK (col IS NOT NULL) NOT VALID`, `VALIDATE CONSTRAINT` in a separate migration, then `SET NOT NULL` and drop the check.",
    check: (ctx) => {
        // SQLite has no ALTER COLUMN; frameworks rebuild the table, which other rules and the framework itself cover.
        if (ctx.database === "sqlite")
            return [];
        return collect(ctx.operations, (op, history) => {
            if (op.kind !== "set-not-null" || !history.preExistingTable(op.table))
                return undefined;
            const target = `${op.table}.${op.column}`;
            if (ctx.database === "mysql") {
                return {
                    ...spanOf(op),
                    table: op.table,
                    column: op.column,
                    message: `Makes ${target} NOT NULL: MySQL rebuilds the whole table to do it, and the migration fails if any row holds NULL.`,
                    safeAlternative: `Backfill NULLs in ${target} in batches first, then run the change with an online schema change tool (gh-ost, pt-online-schema-change) or at a quiet time.`,
                };
            }
            return {
                ...spanOf(op),
                table: op.table,
                column: op.column,
                message: `Sets ${target} NOT NULL: PostgreSQL scans the whole of ${op.table} for NULLs while holding an ACCESS EXCLUSIVE lock, so every read and write waits.`,
                safeAlternative: postgresAdvice(ctx.framework, op.table, op.column),
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/truncate-table.ts

const truncateTable = {
    id: "truncate-table",
    category: "destructive",
    severity: "error",
    description: "TRUNCATE deletes every row of the table.",
    safeAlternative: "If only some rows must go, delete them in batches with a filter; if the table really must be emptied, back it up first and acknowledge the finding with the reason.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "truncate")
            return undefined;
        const tables = op.tables.filter((t) => history.preExistingTable(t));
        if (tables.length === 0)
            return undefined;
        const cascade = op.cascade ? ", with CASCADE (tables referencing them are emptied too)" : "";
        return {
            ...spanOf(op),
            table: tables[0],
            message: `Truncates ${tables.join(", ")}${cascade}: every row is deleted and cannot be restored by rolling back the release.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/unparseable-migration.ts

function sentence(text) {
    const trimmed = text.trim().replace(/[.;]+$/, "");
    return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
const unparseableMigration = {
    id: "unparseable-migration",
    category: "needs-review",
    severity: "warning",
    description: "The file could not be read or parsed, so nothing about it is known to be safe.",
    safeAlternative: "Read the file yourself before it runs. Fix the syntax if it is wrong; if the analyser is wrong, acknowledge the finding with the reason and report the case.",
    check: (ctx) => ctx.problems.map((problem) => {
        const text = sentence(problem.message);
        // Whatever the reader said, the reader of the report must learn that this part was skipped.
        const skipped = /not analy[sz]ed/i.test(text) ? "" : "; this part was NOT analysed";
        return {
            ...spanOf(problem),
            message: `${text}${skipped}. Nothing in it is known to be safe.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/unrecognized-operation.ts

const MAX_TEXT = 80;
const unrecognizedOperation = {
    id: "unrecognized-operation",
    category: "needs-review",
    severity: "warning",
    description: "Code or SQL the analyser could not follow (dynamic SQL, unknown statement) needs a human review.",
    safeAlternative: "Read what it does yourself; prefer static SQL or framework calls the analyser can follow, and acknowledge the finding with the reason once you have checked it.",
    check: (ctx) => ctx.operations.flatMap((op) => {
        if (op.kind !== "unknown")
            return [];
        const flat = op.text?.replace(/\s+/g, " ").trim();
        const shown = flat ? ` \`${flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT)}…` : flat}\`` : "";
        return [
            {
                ...spanOf(op),
                ...(op.table !== undefined ? { table: op.table } : {}),
                message: `Could not follow${shown}: ${op.reason.replace(/\.$/, "")}. It was not analysed, so a human must check what it does.`,
            },
        ];
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/unused-allow.ts
// Findings of this rule come from src/core/suppress.ts, which alone sees the comments; the entry exists so
// the rule has an id, a docs page and a severity the config can change or turn off.
const unusedAllow = {
    id: "unused-allow",
    category: "needs-review",
    severity: "warning",
    description: "An allow comment that suppresses nothing (wrong rule, wrong line, or no reason).",
    safeAlternative: "Remove the comment, or name the rule it is meant for and give a reason after `--`.",
    check: () => [],
};

;// CONCATENATED MODULE: ./src/core/rules/update-rows.ts

function batches(framework) {
    return framework === "rails"
        ? " Run large backfills as `in_batches.update_all` in a migration with `disable_ddl_transaction!`."
        : " Run large backfills in batches, each in its own short transaction.";
}
const updateRows = {
    id: "update-rows",
    category: "destructive",
    severity: "error",
    description: "An UPDATE that overwrites values of a pre-existing column loses the old values.",
    safeAlternative: "Write the new values into a new column (expand-contract) so the old ones survive, or restrict the update to rows where the column IS NULL (a backfill); run large backfills in batches.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "update-rows" || op.onlyNulls || !history.preExistingTable(op.table))
            return undefined;
        const rows = op.filtered ? "with a filter" : "on every row";
        const alternative = `Write the new values into a new column (expand-contract) so the old ones survive, or restrict the update to rows where the column IS NULL.${batches(ctx.framework)}`;
        if (op.columns.length === 0) {
            return {
                ...spanOf(op),
                table: op.table,
                message: `Updates ${op.table} (${op.via} ${rows}) and the assigned columns could not be determined, so it may overwrite values the previous release wrote.`,
                safeAlternative: alternative,
            };
        }
        const overwritten = op.columns.filter((c) => history.preExistingColumn(op.table, c));
        if (overwritten.length === 0)
            return undefined;
        return {
            ...spanOf(op),
            table: op.table,
            column: overwritten[0],
            message: `Overwrites ${overwritten.map((c) => `${op.table}.${c}`).join(", ")} (${op.via} ${rows}): the previous values are lost and cannot be restored by rolling back the release.`,
            safeAlternative: alternative,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/volatile-default.ts

function volatile_default_consequence(database) {
    switch (database) {
        case "postgresql":
            return "PostgreSQL rewrites the whole table to compute a value for each row, holding an ACCESS EXCLUSIVE lock, so every read and write waits";
        case "mysql":
            return "MySQL copies the whole table (ALGORITHM=COPY) for an expression default, blocking writes while it does";
        case "sqlite":
            return "SQLite refuses ALTER TABLE ADD COLUMN with a non-constant default, so the migration fails";
    }
}
const volatileDefault = {
    id: "volatile-default",
    category: "locking",
    severity: "warning",
    description: "A column added with a volatile default rewrites the whole table under an exclusive lock.",
    safeAlternative: "Add the column without a default (or with a constant one), set the volatile default for new rows in a second statement (ALTER COLUMN ... SET DEFAULT), then backfill existing rows in batches.",
    check: (ctx) => collect(ctx.operations, (op, history) => {
        if (op.kind !== "add-column" || !op.default?.volatile || !history.preExistingTable(op.table))
            return undefined;
        const text = op.default.text ? ` (${op.default.text})` : "";
        return {
            ...spanOf(op),
            table: op.table,
            column: op.column,
            message: `Adds ${op.table}.${op.column} with a volatile default${text}: ${volatile_default_consequence(ctx.database)}.`,
        };
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/index.ts























const rules = [
    addCheckConstraint,
    addForeignKey,
    addRequiredColumn,
    addUniqueConstraint,
    changeColumnType,
    columnTypeRewrite,
    deleteRows,
    dropColumn,
    dropIndexNotConcurrent,
    dropTable,
    editedMigration,
    indexNotConcurrent,
    irreversibleMigration,
    lossyTypeChange,
    renameColumn,
    renameTable,
    setNotNull,
    truncateTable,
    unparseableMigration,
    unrecognizedOperation,
    unusedAllow,
    updateRows,
    volatileDefault,
];
function ruleById(id) {
    return rules.find((r) => r.id === id);
}


/***/ }),

/***/ 1716:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  loadParsers: () => (/* binding */ loadParsers),
  parsersFor: () => (/* binding */ parsersFor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
// EXTERNAL MODULE: ./src/core/frameworks/readers.ts
var readers = __nccwpck_require__(2909);
;// CONCATENATED MODULE: ./src/parsers/reader-chunks.ts
/**
 * The readers that read a language, each its own chunk in the bundle: a run loads those of the languages its
 * files are in, with their parser (SQL's reader is in every run: the other readers read embedded SQL with it).
 */
const READERS = {
    postgres: undefined,
    ruby: async () => ({ rails: await Promise.all(/* import() */[__nccwpck_require__.e(9), __nccwpck_require__.e(862)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5862)) }),
    python: async () => ({
        django: await Promise.all(/* import() */[__nccwpck_require__.e(762), __nccwpck_require__.e(261)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5261)),
        alembic: await Promise.all(/* import() */[__nccwpck_require__.e(762), __nccwpck_require__.e(403)]).then(__nccwpck_require__.bind(__nccwpck_require__, 403)),
    }),
    php: async () => ({ laravel: await __nccwpck_require__.e(/* import() */ 589).then(__nccwpck_require__.bind(__nccwpck_require__, 8589)) }),
    javascript: loadJsReaders,
    typescript: loadJsReaders,
    elixir: async () => ({ ecto: await __nccwpck_require__.e(/* import() */ 871).then(__nccwpck_require__.bind(__nccwpck_require__, 2871)) }),
};
async function loadJsReaders() {
    return {
        typeorm: await __nccwpck_require__.e(/* import() */ 93).then(__nccwpck_require__.bind(__nccwpck_require__, 1093)),
        sequelize: await __nccwpck_require__.e(/* import() */ 516).then(__nccwpck_require__.bind(__nccwpck_require__, 3516)),
        knex: await __nccwpck_require__.e(/* import() */ 461).then(__nccwpck_require__.bind(__nccwpck_require__, 5842)),
        nodePgMigrate: await __nccwpck_require__.e(/* import() */ 735).then(__nccwpck_require__.bind(__nccwpck_require__, 5735)),
    };
}

;// CONCATENATED MODULE: ./src/parsers/index.ts
// Loads the WASM parsers once per process and hands the pure core a synchronous `Parsers`.
// In the bundle the .wasm files sit beside dist/index.js; from source they are found in node_modules.







const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
const parsers_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
/** Where the bundle keeps a wasm file, else the installed package's copy. */
function wasmPath(file, packagePath) {
    for (const candidate of [(0,external_node_path_.join)(here, file), (0,external_node_path_.join)(here, "..", file)]) {
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    return parsers_require.resolve(packagePath);
}
const GRAMMARS = {
    python: ["tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm"],
    php: ["tree-sitter-php.wasm", "tree-sitter-php/tree-sitter-php.wasm"],
    javascript: ["tree-sitter-javascript.wasm", "tree-sitter-javascript/tree-sitter-javascript.wasm"],
    typescript: ["tree-sitter-typescript.wasm", "tree-sitter-typescript/tree-sitter-typescript.wasm"],
    elixir: ["tree-sitter-elixir.wasm", "tree-sitter-elixir/tree-sitter-elixir.wasm"],
};
/** Node prints "WASI is an experimental feature" once per process; it says nothing about our run. */
async function withoutWasiWarning(fn) {
    const original = process.emitWarning;
    process.emitWarning = ((warning, ...rest) => {
        const text = typeof warning === "string" ? warning : warning.message;
        if (/WASI/.test(text))
            return;
        original.call(process, warning, ...rest);
    });
    try {
        return await fn();
    }
    finally {
        process.emitWarning = original;
    }
}
const ALL = [
    "ruby",
    "postgres",
    "python",
    "php",
    "javascript",
    "typescript",
    "elixir",
];
const BY_EXTENSION = {
    rb: ["ruby"],
    py: ["python"],
    sql: [],
    php: ["php"],
    js: ["javascript"],
    mjs: ["javascript"],
    cjs: ["javascript"],
    ts: ["typescript"],
    mts: ["typescript"],
    cts: ["typescript"],
    exs: ["elixir"],
    // Liquibase changelogs: read in JavaScript (saxes, yaml); only their embedded SQL needs a parser.
    xml: [],
    yaml: [],
    yml: [],
    json: [],
};
/** The parsers files with these paths can need: their language's, plus PostgreSQL for any embedded SQL. */
function parsersFor(paths) {
    const needed = new Set();
    for (const path of paths) {
        const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
        const names = ext === undefined ? undefined : BY_EXTENSION[ext];
        if (!names)
            continue;
        names.forEach((n) => needed.add(n));
        needed.add("postgres");
    }
    return [...needed];
}
// Each parser loads at most once per process, and only when some file needs it: a cold start on one
// Rails file pays for prism and libpg_query, not for five tree-sitter grammars.
let prism;
let pg;
let treeSitter;
const grammars = new Map();
const ready = { grammars: new Map() };
/**
 * WebAssembly is compiled by Liftoff (the baseline compiler) only. By default V8 also recompiles hot functions
 * with TurboFan in the background, and node waits for those compiles before it exits. Measured on one SQL file
 * (paired runs): half the CPU time and 66 instead of 114 MiB; on 10,000 files no slower (0.97× the CPU) and
 * 25 MiB less. The flag must be set before the first module compiles; it is process-wide, so analysis threads
 * get it too.
 */
let liftoffOnly = false;
function useLiftoffOnly() {
    if (liftoffOnly)
        return;
    liftoffOnly = true;
    (0,external_node_v8_namespaceObject.setFlagsFromString)("--liftoff-only");
}
const readersLoaded = new Map();
function loadReaders(name) {
    let done = readersLoaded.get(name);
    if (!done)
        readersLoaded.set(name, (done = (READERS[name]?.() ?? Promise.resolve({})).then(readers/* provideReaders */.C)));
    return done;
}
/**
 * Loads the named parsers (all by default), and the readers of their languages, and returns the synchronous
 * interface the core uses.
 */
async function loadParsers(names = ALL) {
    useLiftoffOnly();
    const jobs = [];
    for (const name of names) {
        jobs.push(loadReaders(name));
        if (name === "ruby")
            jobs.push((prism ??= loadPrism()).then((f) => (ready.ruby = f)));
        else if (name === "postgres")
            jobs.push((pg ??= loadPg()).then((m) => (ready.pg = m)));
        else {
            if (!grammars.has(name))
                grammars.set(name, loadGrammar(name));
            jobs.push(grammars.get(name).then((p) => ready.grammars.set(name, p)));
        }
    }
    await Promise.all(jobs);
    return PARSERS;
}
function notLoaded(name) {
    throw new Error(`the ${name} parser was not loaded for this run`);
}
const PARSERS = {
    ruby: (source) => (ready.ruby ?? notLoaded("Ruby"))(source),
    postgres: (sql) => (ready.pg ?? notLoaded("PostgreSQL")).parseSync(sql),
    postgresScan: (sql) => (ready.pg ?? notLoaded("PostgreSQL")).scanSync(sql),
    treeSitter: (language, source) => {
        const tree = (ready.grammars.get(language) ?? notLoaded(language)).parse(source);
        if (!tree)
            throw new Error(`tree-sitter returned no tree for a ${language} source`);
        return tree;
    },
};
async function loadPrism() {
    // prism's own loader resolves its wasm relative to itself, which a bundle breaks; instantiate it here.
    const { parsePrism } = await Promise.all(/* import() */[__nccwpck_require__.e(9), __nccwpck_require__.e(251)]).then(__nccwpck_require__.bind(__nccwpck_require__, 251));
    const module = await WebAssembly.compile((0,external_node_fs_.readFileSync)(wasmPath("prism.wasm", "@ruby/prism/src/prism.wasm")));
    const { WASI } = await withoutWasiWarning(() => Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3631, 23)));
    const wasi = new WASI({ version: "preview1" });
    const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
    wasi.initialize(instance);
    return (source) => parsePrism(instance.exports, source);
}
/**
 * libpg-query's and web-tree-sitter's emscripten glue read `__dirname`, which ESM does not define; lend them
 * the folder of the wasm files for the time they load. Loads are serialized so the loan cannot overlap.
 */
let dirnameLoan = Promise.resolve();
function withDirname(fn) {
    const run = dirnameLoan.then(async () => {
        const g = globalThis;
        const previous = g.__dirname;
        g.__dirname = (0,external_node_path_.dirname)(wasmPath("libpg-query.wasm", "libpg-query/wasm/libpg-query.wasm"));
        try {
            return await fn();
        }
        finally {
            if (previous === undefined)
                delete g.__dirname;
            else
                g.__dirname = previous;
        }
    });
    dirnameLoan = run.catch(() => undefined);
    return run;
}
function loadPg() {
    return withDirname(async () => {
        const module = await __nccwpck_require__.e(/* import() */ 627).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2627, 23));
        await module.loadModule();
        return module;
    });
}
function loadTreeSitter() {
    return withDirname(async () => {
        const { default: ts } = await Promise.all(/* import() */[__nccwpck_require__.e(551), __nccwpck_require__.e(84)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1084, 23));
        await ts.Parser.init({
            locateFile: () => wasmPath("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm"),
        });
        return ts;
    });
}
async function loadGrammar(language) {
    const ts = await (treeSitter ??= loadTreeSitter());
    const [file, packagePath] = GRAMMARS[language];
    const grammar = await ts.Language.load((0,external_node_fs_.readFileSync)(wasmPath(file, packagePath)));
    const parser = new ts.Parser();
    parser.setLanguage(grammar);
    return parser;
}


/***/ }),

/***/ 1156:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ reportWriter)
});

;// CONCATENATED MODULE: ./src/core/report/json.ts
function toJsonFile(f) {
    return {
        path: f.path,
        framework: f.framework,
        status: f.status,
        ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
        findings: f.findings.map((x) => ({
            rule: x.rule,
            category: x.category,
            severity: x.severity,
            line: x.line,
            endLine: x.endLine,
            message: x.message,
            safeAlternative: x.safeAlternative,
            docsUrl: x.docsUrl,
            ...(x.acknowledged ? { acknowledged: x.acknowledged } : {}),
        })),
    };
}
function toJsonReport(files) {
    return { version: 1, files: files.map(toJsonFile) };
}
/**
 * The report as `JSON.stringify(toJsonReport(files), null, 2) + "\n"` prints it, one file at a time, so a
 * 50,000-file run never holds the whole text: `head`, then `file()` per file in order, then `tail()`.
 */
const jsonReportPieces = {
    head: '{\n  "version": 1,\n  "files": [',
    /** A string never holds a raw newline in JSON, so re-indenting by lines is exact. */
    file: (f, first) => (first ? "\n    " : ",\n    ") + JSON.stringify(toJsonFile(f), null, 2).replace(/\n/g, "\n    "),
    tail: (files) => (files === 0 ? "]\n}\n" : "\n  ]\n}\n"),
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/core/report/gitlab.ts
// GitLab's Code Quality report (a JSON array of issues, shown in the merge request widget and the diff), for
// the CLI in a GitLab pipeline: `migration-guard diff --format gitlab > gl-code-quality-report.json`.
// Format: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format

/** An acknowledged finding stays visible as information; the others by severity. */
function severityOf(f) {
    if (f.acknowledged)
        return "info";
    return f.severity === "error" ? "critical" : f.severity === "warning" ? "major" : "minor";
}
function toGitLabCodeQuality(files) {
    const seen = new Map();
    return files.flatMap((file) => file.findings.map((f) => {
        // Stable across runs and line moves (GitLab compares base and head by fingerprint): the rule, the file
        // and what the finding says, plus its rank among identical ones in the file.
        const key = `${f.rule}\0${file.path}\0${f.message}`;
        const rank = (seen.get(key) ?? 0) + 1;
        seen.set(key, rank);
        return {
            description: `${f.rule}: ${f.message} Instead: ${f.safeAlternative}`,
            check_name: f.rule,
            fingerprint: (0,external_node_crypto_.createHash)("sha256").update(`${key}\0${rank}`).digest("hex").slice(0, 32),
            severity: severityOf(f),
            categories: ["Bug Risk", f.category],
            location: { path: file.path, lines: { begin: f.line, end: f.endLine } },
        };
    }));
}

// EXTERNAL MODULE: ./src/core/rules/index.ts + 24 modules
var rules = __nccwpck_require__(860);
// EXTERNAL MODULE: ./src/core/docs.ts
var docs = __nccwpck_require__(2560);
;// CONCATENATED MODULE: ./src/core/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning: one rule entry per rule that fired, one result per finding.


const PROBLEM_SEVERITY = {
    error: "error",
    warning: "warning",
    notice: "recommendation",
};
/** What each category means to a reviewer: the second sentence of a rule's full description. */
const CATEGORY_MEANING = {
    destructive: "Destructive: data is lost and cannot be recovered without a backup.",
    "backward-incompatible": "Backward-incompatible: code of the release still running during the deploy breaks against the new schema.",
    locking: "Locking: the table is locked while the migration runs, so writes (or reads) wait.",
    irreversible: "Irreversible: the migration cannot be rolled back.",
    "needs-review": "Needs review: the check could not prove the migration safe, so a person has to look.",
};
/** The rule's entry for code scanning: its descriptions, the help GitHub shows beside an alert, and tags. */
function ruleDescriptor(id, rule) {
    const category = rule?.category ?? "needs-review";
    const description = rule?.description ?? id;
    const instead = rule?.safeAlternative ?? "";
    const url = (0,docs/* docsUrl */.f)(id);
    return {
        id,
        name: id,
        shortDescription: { text: description },
        fullDescription: { text: `${description} ${CATEGORY_MEANING[category]}` },
        helpUri: url,
        help: {
            text: `${description}\n\nInstead: ${instead}\n\nRule page: ${url}`,
            markdown: `**${id}** (${category}): ${description}\n\n**Instead:** ${instead}\n\n` +
                `See [the rule page](${url}) for examples per framework and how to acknowledge a finding.`,
        },
        properties: {
            category,
            tags: ["migrations", category],
            precision: "high",
            // GitHub's code scanning sorts non-security alerts by this.
            "problem.severity": PROBLEM_SEVERITY[rule?.severity ?? "warning"],
        },
        defaultConfiguration: { level: LEVEL[rule?.severity ?? "warning"] },
    };
}
const LEVEL = {
    error: "error",
    warning: "warning",
    notice: "note",
};
function toSarif(files, toolVersion) {
    const fired = new Set(files.flatMap((f) => f.findings.map((x) => x.rule)));
    const ruleList = [...fired].sort();
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "Migration Guard",
                        version: toolVersion,
                        informationUri: "https://github.com/migration-guard/migration-guard",
                        rules: ruleList.map((id) => ruleDescriptor(id, rules/* rules */.a.find((r) => r.id === id))),
                    },
                },
                results: files.flatMap((file) => file.findings.map((f) => ({
                    ruleId: f.rule,
                    ruleIndex: ruleList.indexOf(f.rule),
                    level: LEVEL[f.severity],
                    message: { text: `${f.message} Instead: ${f.safeAlternative}` },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: file.path },
                                region: { startLine: f.line, endLine: f.endLine },
                            },
                        },
                    ],
                    ...(f.acknowledged
                        ? { suppressions: [{ kind: "inSource", justification: f.acknowledged.reason }] }
                        : {}),
                }))),
            },
        ],
    };
}

// EXTERNAL MODULE: ./src/core/report/counts.ts
var report_counts = __nccwpck_require__(7216);
// EXTERNAL MODULE: ./src/core/report/style.ts
var report_style = __nccwpck_require__(1731);
;// CONCATENATED MODULE: ./src/core/report/text.ts


/** One file's block, newline-terminated (the CLI streams these as files finish). */
function textFileBlock(file, style = report_style/* plain */.p) {
    const lines = [];
    const status = file.status === "unchanged" ? "" : ` (${file.status})`;
    lines.push(`${style.path(file.path)}${status} ${style.dim(`[${file.framework}]`)}`);
    if (file.findings.length === 0)
        lines.push(`  ${style.ok("no findings")}`);
    for (const f of file.findings) {
        const where = f.endLine > f.line ? `${f.line}-${f.endLine}` : `${f.line}`;
        const ack = f.acknowledged ? ` (acknowledged: ${f.acknowledged.reason})` : "";
        const paint = f.acknowledged
            ? style.dim
            : { error: style.error, warning: style.warning, notice: style.dim }[f.severity];
        const severity = paint(f.severity);
        lines.push(`  ${where}: ${severity} ${f.category} ${style.dim(f.rule)}: ${f.message}${ack}`);
        lines.push(`      ${style.dim("instead:")} ${f.safeAlternative}`);
    }
    return lines.join("\n") + "\n";
}
/** The totals that close the text report: a blank line, then the counts. */
function textTotals(files) {
    const counts = (0,report_counts/* countByCategory */.B6)(files);
    const summary = Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([category, n]) => `${n} ${category}`)
        .join(", ");
    return `\n${files.length} migration file(s) analysed: ${summary || "no findings"}.\n`;
}
function toText(files) {
    return files.map((file) => textFileBlock(file)).join("") + textTotals(files);
}

;// CONCATENATED MODULE: ./src/report-writer.ts
// Writes a report as files finish instead of building it whole: at 50,000 files the JSON text alone was 94 MB.
// The bytes are exactly those of the whole-report renderers (text, JSON); SARIF and GitLab's are written at the end.




/** Pieces smaller than this are gathered into one write: a write per file would be 50,000 system calls. */
const FLUSH_AT = 1 << 16;
function reportWriter(format, write, version, text = {}) {
    let pending = "";
    let count = 0;
    const put = (text) => {
        pending += text;
        if (pending.length >= FLUSH_AT) {
            write(pending);
            pending = "";
        }
    };
    const flush = (text) => {
        write(pending + text);
        pending = "";
    };
    if (format === "json")
        put(jsonReportPieces.head);
    return {
        add(report) {
            if (format === "json")
                put(jsonReportPieces.file(report, count === 0));
            else if (format === "text" && !(text.quiet && report.findings.length === 0))
                put(textFileBlock(report, text.style));
            count++;
        },
        end(reports) {
            if (format === "json")
                flush(jsonReportPieces.tail(count));
            else if (format === "text")
                flush(text.quiet ? "" : textTotals(reports));
            else if (format === "gitlab")
                flush(JSON.stringify(toGitLabCodeQuality(reports), null, 2) + "\n");
            else
                flush(JSON.stringify(toSarif(reports, version), null, 2) + "\n");
        },
    };
}


/***/ }),

/***/ 1013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
// The one version string, package.json's: inlined into dist/ by the bundler, read by node from src/.

const VERSION = package_namespaceObject.rE;


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3631:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:wasi");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
