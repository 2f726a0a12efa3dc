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

/***/ 555:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  d6: () => (/* binding */ EarlyThreads),
  _$: () => (/* binding */ analyzeFiles),
  NM: () => (/* binding */ isAnalysisWorker),
  QC: () => (/* binding */ serveAnalysis)
});

// UNUSED EXPORTS: THREAD_THRESHOLD, batchesByFolder, dispatchOrder, sharedBatches, threadsFor, threadsForBatches

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/core/analyze.ts + 2 modules
var analyze = __nccwpck_require__(163);
// EXTERNAL MODULE: ./src/core/folder-index.ts
var folder_index = __nccwpck_require__(9206);
// EXTERNAL MODULE: ./src/core/folder-history.ts
var folder_history = __nccwpck_require__(1074);
// EXTERNAL MODULE: ./src/core/frameworks/index.ts + 22 modules
var frameworks = __nccwpck_require__(6454);
;// CONCATENATED MODULE: ./src/core/shared-reading.ts
// The reading of one large folder shared among threads, while its replay stays in order on the one thread that owns
// the folder. Reading a file (parse, JSON of the parser's tree, our mapping to operations) depends on that file
// alone and is most of its cost; the replay and the rules need every file before it. So the folder's files, in
// replay order, are cut into chunks: free threads read whole chunks ahead of the owner and send the readings back,
// and the owner uses a reading when it has arrived, reads a chunk nobody holds itself, and while the reading it
// needs is still on another thread, reads ahead rather than wait. Pure bookkeeping: who holds which chunk.
class SharedReading {
    count;
    size;
    holders;
    readings;
    /** Every chunk below this one is held. */
    lowestFree = 0;
    /** Positions of chunks the owner took while it waited, not read yet, in order. */
    ahead = [];
    finished = false;
    /** `count` files in replay order, in chunks of `size`; the owner starts on the first one itself. */
    constructor(count, size) {
        this.count = count;
        this.size = size;
        if (!(size >= 1))
            throw new Error(`a read chunk must hold at least one file; got ${size}`);
        this.holders = new Array(Math.ceil(count / size)).fill("free");
        this.readings = new Array(count);
        if (this.holders.length)
            this.holders[0] = "owner";
    }
    get chunks() {
        return this.holders.length;
    }
    /** The positions of chunk `c`. */
    positions(c) {
        const from = c * this.size;
        return Array.from({ length: Math.min(this.size, this.count - from) }, (_, k) => from + k);
    }
    /** The chunk a free thread should read next: the lowest nobody holds (nearest to the owner's need). */
    takeForThread() {
        const c = this.takeFree();
        if (c !== undefined)
            this.holders[c] = "thread";
        return c;
    }
    /** A thread's readings of chunk `c`, in its positions' order. Late ones (the folder is done) are dropped. */
    arrive(c, readings) {
        if (this.finished)
            return;
        this.positions(c).forEach((p, k) => {
            if (this.readings[p] === undefined)
                this.readings[p] = readings[k] ?? null;
        });
    }
    /** The owner's own reading of a position it read ahead. */
    own(p, reading) {
        if (!this.finished && this.readings[p] === undefined)
            this.readings[p] = reading;
    }
    /**
     * What the owner does at position `p` (it asks in replay order). It never waits: when the reading is on another
     * thread it reads ahead, and with nothing left to read ahead it reads `p` itself (the other thread's reading,
     * when it comes, is dropped).
     */
    ownerStep(p) {
        const got = this.readings[p];
        if (got !== undefined) {
            this.readings[p] = undefined; // handed over once; the owner keeps no copy of a folder's readings
            return { use: got };
        }
        const c = Math.floor(p / this.size);
        if (this.holders[c] !== "thread") {
            this.holders[c] = "owner";
            return { parse: true };
        }
        // Drop what is behind the owner or already read.
        while (this.ahead.length && (this.ahead[0] <= p || this.readings[this.ahead[0]] !== undefined))
            this.ahead.shift();
        if (!this.ahead.length) {
            const free = this.takeFree();
            if (free !== undefined) {
                this.holders[free] = "owner";
                this.ahead.push(...this.positions(free));
            }
        }
        const next = this.ahead.shift();
        return next === undefined ? { parse: true } : { readAhead: next };
    }
    /** The owner is past the last file: no chunk is handed out any more, and late readings are dropped. */
    finish() {
        this.finished = true;
        this.holders.fill("owner");
        this.readings.length = 0;
        this.ahead.length = 0;
    }
    takeFree() {
        if (this.finished)
            return undefined;
        while (this.lowestFree < this.holders.length && this.holders[this.lowestFree] !== "free")
            this.lowestFree++;
        return this.lowestFree < this.holders.length ? this.lowestFree : undefined;
    }
}

// EXTERNAL MODULE: ./src/parsers/engine-flags.ts + 1 modules
var engine_flags = __nccwpck_require__(4241);
// EXTERNAL MODULE: ./src/parsers/index.ts + 1 modules
var parsers = __nccwpck_require__(5349);
;// CONCATENATED MODULE: ./src/analyze-files.ts
// The CLI's analysis engine: files on disk → one report per file, in the order given, on this thread or on
// several. All the files of one folder are analysed by one thread, which lists the folder and reads its migrations
// once (a reader that looks beside its file asks that index; the schema history is replayed from that reading);
// only the reading of a folder too large for one thread's share is spread over the others (see sharedBatches), the
// replay and the rules staying in order on the owner. Results are handed on strictly in the order given, so a run
// on four threads prints exactly what a run on one prints.











/**
 * Below this many files a second thread cannot pay: each worker starts the bundle, compiles its parser and warms
 * up its own JIT before it is useful (~0.4 s of CPU, ~40 MiB), while one thread analyses a 28-line SQL migration
 * in ~0.7 ms. Measured with paired runs on 2 cores shared with other work (load average 6-9): two threads cost
 * 1.16-1.37× the CPU of one at 1,000-10,000 files and gave no wall-time gain at any size, since the cores were
 * taken; on idle cores the same work splits in two. Re-measure on a quiet machine before moving this.
 * The same holds for one large folder whose reading the threads share (reading is ~80 % of a SQL file's CPU, so
 * a second thread can take at most that part): 10,000 SQL files in one folder on two threads against one, paired
 * (5 pairs, load average 7.7-10), 1.13× the CPU (1.01-1.32) and 1.17× the wall time (0.97-1.31), the worker
 * reading ~7,000 of the files and the owner reading 0-2 twice. So the threshold stays: sharing adds no boot of
 * its own, only the worker this threshold already decides on.
 */
const THREAD_THRESHOLD = 4000;
/** Files per message: big enough that messaging is noise, small enough that threads finish together. */
const BATCH = 256;
/**
 * Files per read chunk of a folder larger than a batch, whose reading the threads share (see SharedReading):
 * ~40 ms of reading for 28-line SQL files, so a thread that holds one is never long ahead of the owner's need.
 */
const READ_CHUNK = 64;
/**
 * Batches a worker holds at once: the one it works on and the next, so it never waits for this thread; no more,
 * so that the batches left at the end go to whichever thread frees up first.
 */
const IN_FLIGHT = 2;
/** This thread analyses for at most this long before it lets the workers' messages in. */
const SLICE_MS = 8;
/** How long the main thread waits for the workers to boot before it sets the V8 flags anyway. */
const BOOT_WAIT_MS = 2000;
function analysisOf(options) {
    return options.excerpts === false ? { excerpts: false } : {};
}
function threadsFor(files, requested) {
    if (requested !== undefined)
        return Math.max(1, Math.min(requested, Math.ceil(files / BATCH)));
    if (files < THREAD_THRESHOLD)
        return 1;
    return Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), Math.ceil(files / BATCH)));
}
/** The bytes, or why there are none: a file that cannot be read is reported for review, not a crash. */
function readSource(path) {
    try {
        return { content: (0,external_node_fs_.readFileSync)(path) };
    }
    catch (error) {
        return { unreadable: `could not be read (${error.code ?? String(error)})` };
    }
}
/**
 * The folder that holds a file's history on disk (its own, or Prisma's `migrations/` above the migration's own
 * folder), that folder as the file's shown path spells it, and which files in it make the history.
 */
function historyGroup(file, config) {
    const scope = (0,folder_history/* historyScope */.RI)(file.shown, config);
    let dir = file.abs;
    for (let up = 0; up < scope.depth; up++)
        dir = (0,external_node_path_.dirname)(dir);
    return { dir, prefix: (0,folder_index/* prefixAbove */.Gh)(file.shown, scope.depth), scope };
}
/**
 * A file the history reads (a listed migration, a dump): its bytes; null when there is no such file and that
 * is allowed (`mayBeAbsent`), undefined when it could not be read.
 */
function readMember(path, mayBeAbsent) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        // A listed name without the scope's file in it (Prisma's `migration_lock.toml`) is no migration, a missing
        // dump no dump; any other failure is a file that could not be read (fails closed: the history proves no
        // absence after it).
        const code = error.code;
        return mayBeAbsent && (code === "ENOENT" || code === "ENOTDIR") ? null : undefined;
    }
}
/**
 * A dump spread over files (Prisma's schema folder) beside the history folder `dir`, walked on disk when the
 * history first needs it: each file's bytes read when the dump is, by its path under `dir`'s parent.
 */
function dumpFilesOnDisk(dir, extension) {
    const parent = (0,external_node_path_.dirname)(dir);
    const walk = (0,folder_index/* dumpFilesUnder */.iG)((0,external_node_path_.basename)(dir), extension);
    let step = walk.next();
    while (!step.done)
        step = walk.next(step.value.map((sub) => listFolder((0,external_node_path_.join)(parent, sub))));
    // A walk that could not finish is an unreadable part (see dumpFilesUnder): the seed fails closed.
    if (!step.value)
        return new Map([[dir, () => undefined]]);
    return new Map(step.value.map((name) => [name, () => readMember((0,external_node_path_.join)(parent, name), false)]));
}
/**
 * A folder's entries (a link's kind unknown: the walk lists it, following it as Prisma does); [] for a file,
 * undefined when it cannot be listed.
 */
function listFolder(path) {
    try {
        return (0,external_node_fs_.readdirSync)(path, { withFileTypes: true }).map((d) => d.isDirectory()
            ? { name: d.name, folder: true }
            : d.isFile()
                ? { name: d.name, folder: false }
                : { name: d.name });
    }
    catch (error) {
        // A file is no folder; anything else (no permission, an I/O error) may hide a schema file, so the walk
        // fails closed (see dumpFilesUnder).
        return error.code === "ENOTDIR" ? [] : undefined;
    }
}
/**
 * One thread's analyser: each folder is listed once per thread, and each of its migrations read once, for the
 * schema history and the analysis alike (the sibling index is the same listing). The files of one folder are
 * analysed in the order their framework runs them (reports still come back in the order given), so each is
 * parsed once and the history replayed once.
 */
function analyser(parsers, config, options) {
    const listing = (0,folder_index/* folderIndexes */.xd)((dir) => {
        try {
            return (0,external_node_fs_.readdirSync)(dir);
        }
        catch {
            // The folder cannot be listed (fails closed): no sibling is found, so a `.up.sql` is reported as having
            // no way back, and there is no history, so no verdict rests on one (the rules judge each file alone).
            return [];
        }
    });
    const indexOf = (0,folder_index/* folderIndexes */.xd)((dir) => new folder_index/* FolderIndex */.zy(listing(dir)));
    // The schema history of each folder: every migration beside the file, as the history the migration runs
    // after. Outside a repository this is the folder on disk all the same; a file alone in its folder has no
    // history, and the rules say so where a verdict needed one. A file is read when the history reaches it.
    const histories = new Map();
    const historyOf = (dir, prefix, scope) => {
        // Paths spelled as the files' own (the prefix), so each file is found among them.
        const key = (0,folder_index/* historyKey */.Ox)(`${dir}\0${prefix}`, scope);
        let history = histories.get(key);
        if (!history) {
            history = (0,folder_history/* folderHistories */.dN)(listing(dir)
                .map((name) => (0,folder_index/* historyMember */.ls)(name, scope))
                .filter((name) => folder_history/* MIGRATION_EXTENSIONS */.yh.test(name))
                .map((name) => ({
                path: prefix + name,
                content: () => readMember((0,external_node_path_.join)(dir, name), scope.file !== undefined),
                origin: "history",
            })), parsers, config, undefined, scope.dumps
                ? new Map(scope.dumps.map((name) => [name, () => readMember((0,external_node_path_.join)(dir, "..", name), true)]))
                : scope.dumpExtension !== undefined
                    ? () => dumpFilesOnDisk(dir, scope.dumpExtension)
                    : undefined);
            histories.set(key, history);
        }
        return history;
    };
    const siblingsOf = (file) => (0,frameworks/* readsSiblings */.rV)(file.shown) ? { siblings: indexOf((0,external_node_path_.dirname)(file.abs)) } : {};
    const analyse = (file, history, reading) => {
        // The history's reading of the file when it has one; else (not a migration's name, unreadable, not UTF-8)
        // the bytes, so that analyzeFile says what is wrong with them.
        const text = history.source(file.shown);
        return (0,analyze/* analyzeFile */.xy)({
            path: file.shown,
            ...(text !== undefined ? { content: text } : readSource(file.abs)),
            ...siblingsOf(file),
            history,
            ...(reading ? { reading } : {}),
        }, parsers, config, options);
    };
    const read = (file) => {
        const source = readSource(file.abs);
        if ("unreadable" in source)
            return null;
        return (0,analyze/* readMigration */.V7)({ path: file.shown, ...source, ...siblingsOf(file) }, parsers, config) ?? null;
    };
    // A generator that stops after each file, so the main thread can let the workers' messages in between.
    const run = function* (files, share, deliver) {
        const groups = new Map();
        files.forEach((file, i) => {
            const { dir, prefix, scope } = historyGroup(file, config);
            const key = (0,folder_index/* historyKey */.Ox)(`${dir}\0${prefix}`, scope);
            let group = groups.get(key);
            if (!group)
                groups.set(key, (group = { dir, prefix, scope, at: [] }));
            group.at.push(i);
        });
        const reports = new Array(deliver ? 0 : files.length);
        for (const { dir, prefix, scope, at } of groups.values()) {
            const history = historyOf(dir, prefix, scope);
            const ranked = at.map((i) => ({ i, rank: history.rank(files[i].shown) }));
            ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
            const shared = share?.(ranked.map(({ i }) => files[i]));
            for (let p = 0; p < ranked.length; p++) {
                const file = files[ranked[p].i];
                let reading;
                // This thread owns the folder: it takes the reading when another thread has sent it, and while one is
                // still on its way reads later files rather than wait.
                for (let step = shared?.ownerStep(p); step; step = shared.ownerStep(p)) {
                    if ("use" in step)
                        reading = step.use ?? undefined;
                    if (!("readAhead" in step))
                        break;
                    shared.own(step.readAhead, read(files[ranked[step.readAhead].i]));
                    yield;
                }
                const report = analyse(file, history, reading);
                if (deliver)
                    deliver(ranked[p].i, report);
                else
                    reports[ranked[p].i] = report;
                yield;
            }
            shared?.finish();
        }
        return reports;
    };
    return { analyse: run, read };
}
/**
 * The files cut into batches for the threads, as indices into `folders` (each file's folder): all the files of
 * a folder go in one batch, so its history is read and replayed by one thread only; small folders share a
 * batch up to `size` files. Batches are in the order of their first file.
 */
function batchesByFolder(folders, size = BATCH) {
    const byFolder = new Map();
    folders.forEach((folder, i) => {
        let at = byFolder.get(folder);
        if (!at)
            byFolder.set(folder, (at = []));
        at.push(i);
    });
    const batches = [];
    let current = [];
    for (const at of byFolder.values()) {
        if (current.length && current.length + at.length > size) {
            batches.push(current);
            current = [];
        }
        for (const i of at)
            current.push(i);
    }
    if (current.length)
        batches.push(current);
    return batches;
}
function runToEnd(steps) {
    for (;;) {
        const step = steps.next();
        if (step.done)
            return step.value;
    }
}
/**
 * The batches whose reading the threads share, as `threads` threads would run `batches`: a folder larger than a
 * batch (its batch holds it alone) and than a thread's share of all the files, which handed to one thread whole
 * would leave the others idle. Folders smaller than that go to one thread each, as they keep every thread busy
 * without any messaging (the 10,000-file mixed corpus's largest folder is 1,666 files: none is shared).
 */
function sharedBatches(batches, threads, batch = BATCH) {
    const files = batches.reduce((n, b) => n + b.length, 0);
    const shared = new Set();
    if (threads > 1)
        batches.forEach((b, i) => {
            if (b.length > batch && b.length > files / threads)
                shared.add(i);
        });
    return shared;
}
/**
 * How many threads to run `batches` on, up to `wanted`: no more than there are pieces of work, a batch each, or
 * each read chunk of a folder whose reading is shared (`chunk` files).
 */
function threadsForBatches(batches, wanted, chunk = READ_CHUNK) {
    const shared = sharedBatches(batches, wanted);
    const units = batches.reduce((n, b, i) => n + (shared.has(i) ? Math.ceil(b.length / chunk) : 1), 0);
    return Math.max(1, Math.min(wanted, units));
}
/**
 * The order batches are handed out in: largest first, so that what is left when the threads run out of work is
 * small and they finish together (a large folder handed out last would keep one thread busy alone).
 */
function dispatchOrder(batches) {
    return batches.map((_, b) => b).sort((a, b) => batches[b].length - batches[a].length || a - b);
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
    const { parentPort } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    const port = parentPort;
    // The parsers wait for the main thread's go: it sets the V8 flags (setEngineFlags) once every thread has booted.
    port.postMessage({ booted: true });
    const go = await new Promise((given) => port.once("message", given));
    const { analyse, read } = analyser(await (0,parsers.loadParsers)(go.parsers), go.config, go.analysis);
    port.on("message", (request) => {
        let reply;
        try {
            reply =
                "chunk" in request
                    ? { folder: request.folder, chunk: request.chunk, readings: request.files.map(read) }
                    : { batch: request.batch, reports: runToEnd(analyse(request.files)) };
        }
        catch (error) {
            // Neither analyzeFile nor a reading throws for bad input; this is a bug, and the main thread fails the run
            // with it (fails closed: no report is made of what this thread held).
            reply = { error: error.stack ?? String(error) };
        }
        port.postMessage(reply);
    });
    port.postMessage({ ready: true });
}
/**
 * An analysis thread whose events wait for their listener: one started early (EarlyThreads) may boot, fail or
 * exit before the run that uses it listens.
 */
class Thread {
    worker;
    queued = [];
    listener;
    constructor(worker) {
        this.worker = worker;
        const emit = (event) => (this.listener ? this.listener(event) : this.queued.push(event));
        // Attached at once, so that no message or error comes before there is a listener.
        worker.on("message", (message) => emit({ message }));
        worker.on("error", (error) => emit({ error }));
        worker.on("exit", (exit) => emit({ exit }));
    }
    listen(listener) {
        this.listener = listener;
        const queued = this.queued ?? [];
        this.queued = undefined;
        queued.forEach(listener);
    }
}
/**
 * Started synchronously (node:worker_threads required here, not imported: the CLI starts threads in the middle of
 * its walk, which an await would let finish first), and only when a run uses threads.
 */
function startThread(entry) {
    const { Worker } = (0,external_node_module_.createRequire)(import.meta.url)("node:worker_threads");
    return new Thread(new Worker(entry, {
        workerData: { kind: "migration-guard-analysis" },
        argv: [THREAD_ARG],
        stdout: false,
        stderr: false,
    }));
}
/**
 * Analysis threads started before the files are all known: the CLI starts them as soon as its walk has found
 * enough files to use them (THREAD_THRESHOLD), so that they boot (~250 ms: the bundle, node's worker modules)
 * while it walks, groups the files and loads its own parsers, rather than after. They do not hold the process
 * open until analyzeFiles takes them: a run that stops before (a usage error) exits as it would without them.
 */
class EarlyThreads {
    entry;
    requested;
    threads = [];
    started = false;
    constructor(entry, 
    /** Threads asked for (`--jobs`), this one included; undefined chooses (see threadsFor). */
    requested) {
        this.entry = entry;
        this.requested = requested;
    }
    /** The walk has found `files` so far. */
    found(files) {
        if (this.started || files < THREAD_THRESHOLD)
            return;
        this.started = true;
        for (let t = 1; t < threadsFor(files, this.requested); t++) {
            const thread = startThread(this.entry);
            thread.worker.unref();
            this.threads.push(thread);
        }
    }
    /** Up to `count` of the threads started, holding the process open from now on; the others are stopped. */
    take(count) {
        const all = this.threads.splice(0);
        for (const thread of all.slice(count))
            void thread.worker.terminate();
        const taken = all.slice(0, count);
        taken.forEach((thread) => thread.worker.ref());
        return taken;
    }
}
/**
 * Analyses `files` and calls `each` once per file, in the order of `files`, with its report (undefined when it
 * is not a migration). Batches are handed out as threads free up; a finished batch is passed on as soon as
 * every batch before it is.
 */
async function analyzeFiles(files, options, each) {
    const batches = batchesByFolder(files.map((f) => historyGroup(f, options.config).dir));
    const threads = options.workerEntry
        ? threadsForBatches(batches, threadsFor(files.length, options.threads))
        : 1;
    // A batch's files are not always next to each other in `files` (a folder's files around a subfolder's), and
    // batches finish in any order: reports wait here until every file before them has one, and are handed on in
    // the order of `files`.
    const reports = new Array(files.length);
    const have = new Uint8Array(files.length);
    let emitted = 0;
    const emit = () => {
        for (; emitted < files.length && have[emitted]; emitted++) {
            each(files[emitted], reports[emitted]);
            reports[emitted] = undefined;
        }
    };
    const finish = (batch, got) => {
        batches[batch].forEach((i, j) => {
            reports[i] = got[j];
            have[i] = 1;
        });
        emit();
    };
    // A batch this thread analyses hands each report on as it is made (see Analyser.analyse).
    const deliverer = (batch) => (j, report) => {
        const i = batches[batch][j];
        reports[i] = report;
        have[i] = 1;
        emit();
    };
    const filesOf = (batch) => batches[batch].map((i) => files[i]);
    const early = options.early?.take(threads - 1) ?? [];
    if (threads <= 1) {
        const { analyse } = analyser(await (0,parsers.loadParsers)(options.parsers), options.config, analysisOf(options));
        for (let b = 0; b < batches.length; b++)
            runToEnd(analyse(filesOf(b), undefined, deliverer(b)));
        return;
    }
    // A folder whose reading is shared (see sharedBatches) is this thread's to analyse, its reading shared with
    // the workers chunk by chunk; the other batches go to whichever thread is free. This thread takes the shared
    // folders first, so that their chunks are there for the workers early.
    const all = dispatchOrder(batches);
    const shared = sharedBatches(batches, threads);
    const owned = all.filter((b) => shared.has(b));
    const order = all.filter((b) => !shared.has(b));
    let next = 0;
    let nextOwned = 0;
    // The shared folder this thread is in (a serial, so a late reply for one done is dropped), and its files.
    let sharing;
    let folders = 0;
    const share = (inOrder) => {
        sharing?.reading.finish();
        sharing = undefined;
        if (inOrder.length <= BATCH)
            return undefined;
        sharing = { folder: ++folders, reading: new SharedReading(inOrder.length, READ_CHUNK), files: inOrder };
        feed();
        return sharing.reading;
    };
    // What each worker holds, at most IN_FLIGHT: it is given more as it sends results back, or as chunks appear.
    const holding = new Map();
    let feed = () => { };
    const go = { config: options.config, parsers: options.parsers, analysis: analysisOf(options) };
    const pool = [...early];
    while (pool.length < threads - 1)
        pool.push(startThread(options.workerEntry));
    const workers = pool.map((thread) => thread.worker);
    const finished = new Promise((resolve, reject) => {
        let failed = false;
        const fail = (error) => {
            if (failed)
                return;
            failed = true;
            reject(error);
        };
        // A free worker reads for the shared folder first (the one sequence every other part waits on), then
        // analyses a batch of its own. It is given a batch ahead (while it holds one) only while more batches are
        // left than there are threads: near the end a batch held ahead would wait behind its current one while
        // another thread idles.
        const give = (worker) => {
            const chunk = sharing?.reading.takeForThread();
            const ahead = (holding.get(worker) ?? 0) > 0;
            if (sharing && chunk !== undefined) {
                const files = sharing.reading.positions(chunk).map((p) => sharing.files[p]);
                worker.postMessage({ folder: sharing.folder, chunk, files });
            }
            else if (next < order.length && (!ahead || order.length - next > threads)) {
                const batch = order[next++];
                worker.postMessage({ batch, files: filesOf(batch) });
            }
            else
                return;
            holding.set(worker, (holding.get(worker) ?? 0) + 1);
        };
        feed = () => {
            for (const [worker, held] of holding)
                for (let h = held; h < IN_FLIGHT; h++)
                    give(worker);
        };
        const check = () => {
            if (emitted === files.length)
                resolve();
        };
        // A worker counts as booted when it says so or when it has exited (its exit fails the run).
        const bootedOnes = new Set();
        let allBooted = () => { };
        const everyoneBooted = new Promise((all) => (allBooted = all));
        const booted = (worker) => {
            bootedOnes.add(worker);
            if (bootedOnes.size === threads - 1)
                allBooted();
        };
        // Each thread is listened to as it is taken (an early one's events so far are replayed to the listener).
        for (const thread of pool) {
            const worker = thread.worker;
            thread.listen((event) => {
                if ("error" in event)
                    return fail(event.error);
                if ("exit" in event) {
                    // A thread that dies takes its batches with it: the run fails rather than print a partial report.
                    booted(worker);
                    if (emitted < files.length)
                        fail(new Error(`an analysis thread exited (code ${event.exit}) before the end`));
                    return;
                }
                const message = event.message;
                if ("booted" in message)
                    return booted(worker);
                if ("ready" in message) {
                    holding.set(worker, 0);
                    for (let i = 0; i < IN_FLIGHT; i++)
                        give(worker);
                    return;
                }
                if ("error" in message)
                    return fail(new Error(`an analysis thread failed: ${message.error}`));
                holding.set(worker, holding.get(worker) - 1);
                if ("chunk" in message) {
                    if (message.folder === sharing?.folder)
                        sharing.reading.arrive(message.chunk, message.readings);
                    give(worker);
                    return;
                }
                give(worker);
                try {
                    finish(message.batch, message.reports);
                }
                catch (error) {
                    return fail(error); // the output could not be written: the run fails with that error
                }
                check();
            });
        }
        // This thread works too, a few milliseconds at a time, and lets the workers' messages in between (a worker
        // that finishes a batch gets its next one at once, not after this thread's whole batch).
        let engine;
        let current;
        const work = () => {
            if (failed)
                return;
            try {
                const until = performance.now() + SLICE_MS;
                do {
                    if (!current) {
                        if (nextOwned < owned.length) {
                            const batch = owned[nextOwned++];
                            current = engine.analyse(filesOf(batch), share, deliverer(batch));
                        }
                        else if (next < order.length) {
                            const batch = order[next++];
                            current = engine.analyse(filesOf(batch), undefined, deliverer(batch));
                        }
                        else
                            break;
                    }
                    // Each report was handed on as it was made (see deliverer).
                    if (current.next().done)
                        current = undefined;
                } while (performance.now() < until);
                if (current || nextOwned < owned.length || next < order.length)
                    setImmediate(work);
            }
            catch (error) {
                return fail(error);
            }
            check();
        };
        // V8's flags (setEngineFlags) are set once every worker has booted, and only then does any thread
        // load a parser. A flag set at run time makes node's code cache for its own modules stale, so a thread
        // that boots after it compiles node's internals from source: 460 instead of 265 million instructions
        // for a worker's start (callgrind).
        // A worker that has not booted after BOOT_WAIT_MS does not hold the run: this thread starts, and the late
        // one (its go is queued for it) joins when it can.
        // Meanwhile this thread loads its readers (JavaScript only: no flag needs to come first).
        const booting = Promise.race([
            everyoneBooted,
            new Promise((wait) => setTimeout(wait, BOOT_WAIT_MS).unref()),
        ]);
        booting.then(() => {
            if (failed)
                return;
            (0,engine_flags/* setEngineFlags */._C)();
            for (const worker of workers)
                worker.postMessage(go);
        });
        Promise.all([(0,parsers.loadReadersOf)(options.parsers), booting])
            .then(() => (0,parsers.loadParsers)(options.parsers))
            .then((parsers) => {
            if (failed)
                return;
            engine = analyser(parsers, options.config, analysisOf(options));
            work();
        }, fail);
    });
    try {
        await finished;
    }
    finally {
        await Promise.all(workers.map((w) => w.terminate()));
    }
}


/***/ }),

/***/ 8717:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ progressLine)
/* harmony export */ });
// The CLI's progress line: on a terminal, once a run has taken more than a second, stderr shows
// "analysing 1,234 of 10,000 files" on one line, rewritten in place at most ten times a second and erased at
// the end, so stdout (the report) stays clean and a piped or CI run never sees it. The clock and the stream are
// passed in: tests drive them, nothing here depends on the machine's speed.
const DELAY_MS = 1000;
const EVERY_MS = 100;
const ERASE = "\r\x1b[2K";
const NONE = { tick() { }, done() { } };
function progressLine(stream, total, options = {}) {
    if (!stream.isTTY || options.quiet || total < 2)
        return NONE;
    const now = options.now ?? Date.now;
    const start = now();
    let count = 0;
    let drawnAt = -Infinity;
    let drawn = false;
    const format = (n) => n.toLocaleString("en-US");
    return {
        tick() {
            count++;
            const t = now();
            if (t - start < DELAY_MS || t - drawnAt < EVERY_MS)
                return;
            drawnAt = t;
            drawn = true;
            stream.write(`${ERASE}analysing ${format(count)} of ${format(total)} files`);
        },
        done() {
            if (drawn)
                stream.write(ERASE);
            drawn = false;
        },
    };
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
/* harmony import */ var _analyze_files_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(555);
/* harmony import */ var _cli_progress_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8717);
/* harmony import */ var _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(6104);
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_15__ = __nccwpck_require__(2831);
/* harmony import */ var _core_report_counts_js__WEBPACK_IMPORTED_MODULE_17__ = __nccwpck_require__(7216);
/* harmony import */ var _core_frameworks_index_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(6454);
/* harmony import */ var _core_exit_status_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7477);
/* harmony import */ var _core_rules_index_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(9344);
/* harmony import */ var _parsers_index_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(5349);
/* harmony import */ var _report_writer_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(1156);
/* harmony import */ var _cli_text_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(4725);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_14__ = __nccwpck_require__(1013);
/* harmony import */ var _core_extend_js__WEBPACK_IMPORTED_MODULE_16__ = __nccwpck_require__(1131);
// The CLI over the same engine as the action: analyse files, or the migrations changed between two revisions.


















/** A mistake in how the CLI was called: one line, and a hint to the command's --help. */
class UsageError extends Error {
}
const SKIP_DIRS = new Set([".git", "node_modules", "vendor", "__pycache__", "_build", "deps"]);
/** The files under `path` (a file, or a folder walked), added to `out`; `counted` is called as it grows. */
function walk(path, shown, out, counted, top = true) {
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
    if (st.isDirectory())
        walkFolder(path, shown, out, counted);
    else if (st.isFile())
        out.push({ abs: path, shown });
}
/**
 * A folder's entries, by the types its listing gives (no stat per file: 10,000 of them were ~70 ms before any
 * analysis began). A link is followed as a path named on the command line is (`walk`); sockets, FIFOs and
 * devices are not migrations.
 */
function walkFolder(path, shown, out, counted) {
    const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path, { withFileTypes: true }).sort((a, b) => (0,_core_order_js__WEBPACK_IMPORTED_MODULE_15__/* .compareCodeUnits */ .U)(a.name, b.name));
    for (const entry of entries) {
        if (SKIP_DIRS.has(entry.name))
            continue;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, entry.name);
        const under = shown === "." ? entry.name : `${shown.replace(/\/$/, "")}/${entry.name}`;
        if (entry.isDirectory())
            walkFolder(abs, under, out, counted);
        else if (entry.isFile())
            out.push({ abs, shown: under });
        else if (entry.isSymbolicLink())
            walk(abs, under, out, counted, false);
    }
    counted();
}
// Loading: what only some runs need (the YAML parser, simple-git and the diff engine, child_process) is imported
// where it is used, so `analyze` on one file does not compile and evaluate it (the cold start is mostly that).
async function loadConfig(file, database, base) {
    const path = file ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, ".github/migration-guard.yml");
    let config;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path)) {
        const { parseConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(642)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2642));
        config = parseConfig((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8"), path, _core_rules_index_js__WEBPACK_IMPORTED_MODULE_10__/* .rules */ .a.map((r) => r.id));
    }
    else if (file)
        throw new UsageError(`The config file ${file} does not exist.`);
    else
        config = (0,_core_config_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultConfig */ .sb)(); // what parseConfig("") gives
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
        options: (0,_cli_text_js__WEBPACK_IMPORTED_MODULE_13__/* .parseOptions */ .Ac)(command),
    });
    const string = (name) => (typeof values[name] === "string" ? values[name] : undefined);
    return { string, flag: (name) => values[name] === true, positionals: positionals };
}
/** How the text report looks on this stdout: colour on a terminal (or forced), only findings with --quiet. */
function textOptions(quiet) {
    return { style: (0,_cli_text_js__WEBPACK_IMPORTED_MODULE_13__/* .outputStyle */ .l4)(process.env, process.stdout.isTTY === true), quiet };
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
    const failOn = (0,_core_exit_status_js__WEBPACK_IMPORTED_MODULE_9__/* .parseFailOn */ .XV)(values["fail-on"]);
    const jobs = jobsOf(values.jobs);
    const config = await loadConfig(values.config, values.database, process.cwd());
    if (values.framework !== undefined) {
        if (!(0,_core_frameworks_index_js__WEBPACK_IMPORTED_MODULE_8__/* .frameworkById */ .pl)(values.framework)) {
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
    let progress;
    const workerEntry = new URL(import.meta.url);
    // Analysis threads start as soon as the walk has found enough files for them, and boot while it goes on.
    const early = new _analyze_files_js__WEBPACK_IMPORTED_MODULE_5__/* .EarlyThreads */ .d6(workerEntry, jobs);
    try {
        for (const p of positionals) {
            if (p === "-" && stdin) {
                named.push({ arg: stdin.shown, isDirectory: false, files: 1, analysed: 0 });
                files.push((0,_core_extend_js__WEBPACK_IMPORTED_MODULE_16__/* .extend */ .X)(stdin, { named: named.length - 1 }));
                continue;
            }
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
                throw new UsageError(`${p} does not exist.`);
            const found = [];
            walk((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(p), p, found, () => early.found(files.length + found.length));
            named.push({ arg: p, isDirectory: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory(), files: found.length, analysed: 0 });
            for (const f of found)
                files.push((0,_core_extend_js__WEBPACK_IMPORTED_MODULE_16__/* .extend */ .X)(f, { named: named.length - 1 }));
        }
        // The exit status and the text totals need each file's findings, not the whole reports once they are written out.
        const reports = [];
        const out = (0,_report_writer_js__WEBPACK_IMPORTED_MODULE_12__/* .reportWriter */ .w)(format, (text) => process.stdout.write(text), _version_js__WEBPACK_IMPORTED_MODULE_14__/* .VERSION */ .x, textOptions(values.quiet));
        const engine = (as, parsers) => ({
            config: as,
            parsers,
            // Of the CLI's formats only SARIF shows the flagged lines.
            excerpts: format === "sarif",
            ...(jobs !== undefined ? { threads: jobs } : {}),
            workerEntry,
            early,
        });
        progress = (0,_cli_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .progressLine */ .o)(process.stderr, files.length, { quiet: values.quiet });
        const collect = (file, report) => {
            progress.tick();
            if (!report)
                return;
            reports.push((0,_core_report_counts_js__WEBPACK_IMPORTED_MODULE_17__/* .tally */ .N4)(report));
            named[file.named].analysed++;
            out.add(report);
        };
        // --framework and the config's `paths:` may route any file name to any reader: then every parser (and
        // reader) is loaded, not only those the files' extensions call for.
        const routed = values.framework !== undefined || Object.keys(config.paths).length > 0;
        await (0,_analyze_files_js__WEBPACK_IMPORTED_MODULE_5__/* .analyzeFiles */ ._$)(files, engine(config, routed ? undefined : (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_11__.parsersFor)(files.map((f) => f.abs))), collect);
        // A named path that held no migration of a known framework: its .sql files are read as plain SQL of the
        // configured database (the user said to look at them); anything else is reported below, never "fine".
        const empty = new Set(named.flatMap((n, i) => (n.analysed === 0 ? [i] : [])));
        const sqlFiles = files.filter((f) => empty.has(f.named) && /\.sql$/i.test(f.shown));
        if (sqlFiles.length) {
            const asSql = (0,_core_extend_js__WEBPACK_IMPORTED_MODULE_16__/* .extend */ .X)(config, { paths: { sql: ["**"] } });
            await (0,_analyze_files_js__WEBPACK_IMPORTED_MODULE_5__/* .analyzeFiles */ ._$)(sqlFiles, engine(asSql, (0,_parsers_index_js__WEBPACK_IMPORTED_MODULE_11__.parsersFor)(sqlFiles.map((f) => f.abs))), collect);
        }
        progress.done();
        out.end(reports);
        return { reports, failOn, problems: (0,_core_exit_status_js__WEBPACK_IMPORTED_MODULE_9__/* .namedPathProblems */ .ZI)(named) };
    }
    finally {
        // An error mid-run is printed on a clean line.
        progress?.done();
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
    const failOn = (0,_core_exit_status_js__WEBPACK_IMPORTED_MODULE_9__/* .parseFailOn */ .XV)(values["fail-on"]);
    const [{ createGit }, { analyzeDiff }, { loadParsers }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(724), __nccwpck_require__.e(960)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6960)),
        __nccwpck_require__.e(/* import() */ 95).then(__nccwpck_require__.bind(__nccwpck_require__, 95)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 5349)),
    ]);
    const git = createGit(repo);
    try {
        for (const rev of [values.base, values.head ?? "HEAD"]) {
            if (!(await git.hasCommit(rev)))
                throw new UsageError(`${rev} is not a commit in ${repo}.`);
        }
        const config = await loadConfig(values.config, values.database, repo);
        const reports = await analyzeDiff(git, values.base, values.head ?? "HEAD", await loadParsers(), config);
        const out = (0,_report_writer_js__WEBPACK_IMPORTED_MODULE_12__/* .reportWriter */ .w)(format, (text) => process.stdout.write(text), _version_js__WEBPACK_IMPORTED_MODULE_14__/* .VERSION */ .x, textOptions(arg.flag("quiet")));
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
            process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_14__/* .VERSION */ .x}\n`);
            return 0;
        }
        if (command === undefined)
            throw new CommandError("No command given.", undefined);
        if (command === "--help" || command === "-h") {
            process.stdout.write((0,_cli_text_js__WEBPACK_IMPORTED_MODULE_13__/* .helpText */ .BK)());
            return 0;
        }
        if (command === "help") {
            const about = rest[0];
            if (about !== undefined && !(0,_cli_text_js__WEBPACK_IMPORTED_MODULE_13__/* .isCommand */ .y9)(about))
                throw new CommandError(`Unknown command ${JSON.stringify(about)}.`, undefined);
            process.stdout.write((0,_cli_text_js__WEBPACK_IMPORTED_MODULE_13__/* .helpText */ .BK)(about));
            return 0;
        }
        if (!(0,_cli_text_js__WEBPACK_IMPORTED_MODULE_13__/* .isCommand */ .y9)(command))
            throw new CommandError(`Unknown command ${JSON.stringify(command)}.`, undefined);
        if (asksHelp(rest)) {
            process.stdout.write((0,_cli_text_js__WEBPACK_IMPORTED_MODULE_13__/* .helpText */ .BK)(command));
            return 0;
        }
        let outcome;
        try {
            outcome = await RUN[command](rest);
        }
        catch (error) {
            // The command's own usage mistakes get its --help as the hint; anything else goes on as it was.
            if (error instanceof UsageError || error instanceof _core_exit_status_js__WEBPACK_IMPORTED_MODULE_9__/* .FailOnError */ .OJ || isParseArgsError(error))
                throw new CommandError(error.message, command);
            throw error;
        }
        if (outcome.problems?.length) {
            for (const problem of outcome.problems)
                process.stderr.write(`migration-guard: ${problem}\n`);
            return 2;
        }
        return (0,_core_exit_status_js__WEBPACK_IMPORTED_MODULE_9__/* .exitStatus */ .$u)(outcome.reports, outcome.failOn);
    }
    catch (error) {
        // Every error exits 2 (fails closed): nothing was proven safe. Usage errors are one line and a hint.
        if (error instanceof CommandError) {
            process.stderr.write((0,_cli_text_js__WEBPACK_IMPORTED_MODULE_13__/* .usageErrorText */ .vl)(error.message, error.command));
            return 2;
        }
        if (error instanceof _core_config_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigError */ .xL) {
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

/***/ 163:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xy: () => (/* binding */ analyzeFile),
  D4: () => (/* binding */ decode),
  g_: () => (/* binding */ frameworkFor),
  V7: () => (/* binding */ readMigration)
});

// UNUSED EXPORTS: MAX_FILE_BYTES, readForward, runRules

// EXTERNAL MODULE: ./src/core/docs.ts
var docs = __nccwpck_require__(2560);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __nccwpck_require__(1131);
;// CONCATENATED MODULE: ./src/core/excerpt.ts

const MAX_LINES = 3;
const MAX_WIDTH = 160;
function excerpt(lines, line, endLine) {
    const last = Math.min(Math.max(endLine, line), lines.length, line + MAX_LINES - 1);
    const picked = lines.slice(line - 1, last).map((l) => l.replace(/\s+$/, ""));
    if (!picked.some((l) => l.trim()))
        return undefined;
    const indent = Math.min(...picked.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length));
    const out = picked.map((l) => {
        const text = l.slice(Math.min(indent, /^[ \t]*/.exec(l)[0].length));
        return text.length > MAX_WIDTH ? `${text.slice(0, MAX_WIDTH - 1)}…` : text;
    });
    if (endLine > last)
        out.push("…");
    return out.join("\n");
}
/** The findings, each with the excerpt of its span of `source`. */
function withExcerpts(findings, source) {
    if (!findings.length || !source)
        return findings;
    const lines = source.split(/\r?\n/);
    return findings.map((f) => {
        const text = excerpt(lines, f.line, f.endLine);
        return text === undefined ? f : (0,extend/* extend */.X)(f, { excerpt: text });
    });
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
// EXTERNAL MODULE: ./src/core/frameworks/index.ts + 22 modules
var frameworks = __nccwpck_require__(6454);
// EXTERNAL MODULE: ./src/core/rules/index.ts + 37 modules
var rules = __nccwpck_require__(9344);
// EXTERNAL MODULE: ./src/core/schema/index.ts + 5 modules
var core_schema = __nccwpck_require__(4014);
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

// EXTERNAL MODULE: ./src/core/order.ts
var order = __nccwpck_require__(2831);
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
    return result.sort(order/* byLineThenRule */.F);
}
/**
 * The framework's reading of a decoded file. Never throws: a reader that fails is a problem on the file, for a
 * human to read (an adapter bug must not turn into "safe").
 */
function readForward(framework, file, parsers, config) {
    try {
        return framework.parse({ path: file.path, source: file.source, database: config.database, siblings: file.siblings }, parsers);
    }
    catch (error) {
        // Fails closed, as said above: a problem on the file (needs review), never an empty "safe" reading.
        return {
            framework: framework.id,
            operations: [],
            comments: [],
            problems: [
                {
                    line: 1,
                    endLine: 1,
                    message: `the ${framework.name} reader failed on this file (${error.message}); it was not analysed`,
                },
            ],
        };
    }
}
/**
 * What `analyzeFile` would read from these bytes, made apart from the analysis (on another thread): undefined
 * when there is nothing to read (not a migration, not decodable; the analysis then says why).
 */
function readMigration(file, parsers, config) {
    const decoded = decode(file.content);
    if (!("text" in decoded))
        return undefined;
    const framework = frameworkFor(file.path, decoded.text, config);
    if (!framework)
        return undefined;
    const source = decoded.text;
    return { source, parsed: readForward(framework, (0,extend/* extend */.X)(file, { source }), parsers, config) };
}
/**
 * Analyses one file. Returns undefined when the path is not a migration of any known framework
 * (and was not named by config). Never throws for bad content: that becomes a needs-review finding.
 */
function analyzeFile(file, parsers, config, options = {}) {
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
        const ready = file.reading;
        parsed =
            ready && ready.source === text && ready.parsed.framework === framework.id
                ? ready.parsed
                : readForward(framework, { path: file.path, source: text, siblings: file.siblings }, parsers, config);
    }
    const history = status === "deleted" ? undefined : file.history?.(framework.id);
    history?.remember(file.path, parsed);
    const schema = history?.before(file.path);
    const ctx = {
        path: file.path,
        framework: framework.id,
        database: config.database,
        operations: schema
            ? (0,core_schema/* refineWithSchema */.gS)(parsed.operations, schema, (0,core_schema/* vocabularyOf */.YB)(framework.id))
            : parsed.operations,
        ...(schema ? { schema } : {}),
        problems: parsed.problems,
        status,
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    };
    const findings = runRules(ctx, config, parsed.comments);
    return {
        path: file.path,
        framework: framework.id,
        status,
        findings: options.excerpts === false ? findings : withExcerpts(findings, text),
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    };
}


/***/ }),

/***/ 6074:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Tr: () => (/* reexport */ classifyTypeChange),
  zq: () => (/* reexport */ abstract_classifyTypeChange),
  MF: () => (/* reexport */ describeType),
  RB: () => (/* reexport */ enumKey),
  sL: () => (/* reexport */ isJudged),
  fF: () => (/* reexport */ columnType),
  g6: () => (/* reexport */ typeFromText),
  wr: () => (/* reexport */ withEnum)
});

;// CONCATENATED MODULE: ./src/core/column-types/sql.ts
// What a column type change does to the stored values, judged from the type names alone.
const ALIASES = {
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
/**
 * Base names the model knows what values they hold, beside ALIASES' own: a base outside both is a type the model
 * cannot judge (an enum, domain or composite type whose definition it has not seen), judged as an unknown old type.
 */
const OTHER_KNOWN_BASES = [
    "uuid",
    "json",
    "jsonb",
    "bytea",
    "blob",
    "longblob",
    "binary",
    "varbinary",
    "inet",
    "cidr",
    "macaddr",
    "money",
    "interval",
    "xml",
    "varbit",
    "tsvector",
    "hstore",
    "point",
    "oid",
];
const KNOWN_BASES = new Set([...Object.values(ALIASES), ...OTHER_KNOWN_BASES]);
/** False for a type the model cannot judge: a name it does not know (an enum, domain or composite never seen). */
function isJudged(t) {
    return t.enum !== undefined || KNOWN_BASES.has(t.base);
}
/** The key an enum type is known by: without quotes, case, or PostgreSQL's default schema. */
function enumKey(name) {
    const bare = name.replace(/["`]/g, "").toLowerCase();
    return bare.startsWith("public.") ? bare.slice("public.".length) : bare;
}
/**
 * `t` with its base read as the enum type of that name, when `enumNamed` knows one (`order_status` in a column
 * definition is the enum `CREATE TYPE order_status AS ENUM (...)` made); `t` itself otherwise.
 */
function withEnum(t, enumNamed) {
    if (!t || t.enum || KNOWN_BASES.has(t.base))
        return t;
    const known = enumNamed(t.base);
    return known ? { base: "enum", mods: [], array: t.array, enum: known } : t;
}
const INT_RANK = { int1: 1, int2: 2, int3: 3, int4: 4, int8: 5 };
const TEXT_RANK = { tinytext: 1, text: 2, mediumtext: 3, longtext: 4 };
const BOUNDED_STRINGS = new Set(["varchar", "bpchar"]);
const FRACTIONAL = new Set(["numeric", "float4", "float8"]);
const TEMPORAL = new Set(["timestamp", "timestamptz", "date", "time", "timetz"]);
function columnType(name, mods = [], array = false) {
    const key = name.toLowerCase().replace(/\s+/g, " ").trim();
    return { base: ALIASES[key] ?? key, mods: [...mods], array };
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
function classifyTypeChange(from, to) {
    if (to.array || from?.array)
        return from && sameType(from, to) ? { widening: true } : {};
    // An old type the model cannot judge (an enum whose labels were never seen) tells no more than none (fails
    // closed: a target narrow whatever the source is still lossy).
    if (!from || !isJudged(from))
        return lossyWhateverTheSource(to) ? { lossy: true } : {};
    if (sameType(from, to))
        return { widening: true };
    if (from.enum || to.enum)
        return enumChange(from, to);
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
        // Text that must parse as a number or a date: any stored value that does not fails the migration.
        if (to.base in INT_RANK || FRACTIONAL.has(to.base) || TEMPORAL.has(to.base))
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
        if (from.base === to.base)
            return precisionChange(from, to);
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
/**
 * A change from or to an enum, judged by its labels. PostgreSQL stores an enum value as a 4-byte reference to its
 * label, and no cast from it is binary coercible, so every such change rewrites the table (never `widening`).
 * To an enum: a stored value that is not one of its labels fails the cast. From an enum: text holds every
 * label; a bounded string holds them when it is as long as the longest; anything else needs a mapping.
 */
function enumChange(from, to) {
    if (to.enum) {
        const labels = new Set(to.enum.labels);
        return from.enum && from.enum.labels.every((l) => labels.has(l)) ? {} : { lossy: true };
    }
    const longest = Math.max(0, ...from.enum.labels.map((l) => [...l].length));
    if (isUnboundedText(to))
        return {};
    // char without a length is char(1).
    if (BOUNDED_STRINGS.has(to.base))
        return longest <= (to.mods[0] ?? 1) ? {} : { lossy: true };
    // A type the model does not know (another enum never seen, a domain) is for a person to judge.
    return KNOWN_BASES.has(to.base) ? { lossy: true } : {};
}
/** Fractional seconds kept by a time type: PostgreSQL's default (and the most any keeps) is 6. */
function fractionalDigits(t) {
    return t.mods[0] ?? 6;
}
/** timestamp(6) → timestamp(3) rounds every stored value; more digits keep them (and no rewrite). */
function precisionChange(from, to) {
    const cmp = fractionalDigits(to) - fractionalDigits(from);
    return cmp < 0 ? { lossy: true } : { widening: true };
}
function sameType(a, b) {
    if (a.enum || b.enum)
        return !!a.enum && !!b.enum && enumKey(a.enum.name) === enumKey(b.enum.name) && a.array === b.array;
    return a.base === b.base && a.array === b.array && a.mods.join(",") === b.mods.join(",");
}
function lossyWhateverTheSource(to) {
    // Only values that are its labels fit an enum.
    if (to.enum)
        return true;
    if (BOUNDED_STRINGS.has(to.base))
        return to.mods.length > 0;
    if (to.base === "numeric")
        return to.mods.length > 0;
    if (TEMPORAL.has(to.base) && to.mods.length > 0 && fractionalDigits(to) < 6)
        return true;
    return ["int1", "int2", "int3", "int4", "bool", "date", "time", "float4", "tinytext", "bit"].includes(to.base);
}

;// CONCATENATED MODULE: ./src/core/column-types/abstract.ts
// Framework (abstract) column types, in Rails' spelling, onto which every framework reader maps its own; and what
// a change between two of them does to the data already stored.
// The judging itself is the SQL model's (sql.ts): a framework type is spelled as SQL first, so Rails, Laravel,
// Ecto, Alembic and the JS libraries get the same answer as migration SQL for the same change. The old type comes
// from the same file (a column added earlier, or the `down` that restores it) or from the schema history.

/**
 * The framework type as the SQL column-type model spells it, so both vocabularies are judged by one classifier.
 * Rails' `:string` without a limit is `varchar(255)` on MySQL and unbounded on PostgreSQL; it is taken as
 * `varchar(255)`, so a change that loses data on MySQL only is called lossy everywhere (fails closed).
 */
function toSqlType(t) {
    const name = t.type.toLowerCase().replace(/^:/, "");
    const array = name.endsWith("[]");
    const base = array ? name.slice(0, -2) : name;
    switch (base) {
        case "string":
        case "varchar":
        case "character varying":
            return columnType("varchar", [t.limit ?? 255], array);
        case "char":
        case "character":
            return columnType("char", t.limit !== undefined ? [t.limit] : [], array);
        case "integer":
        case "int": {
            // Rails maps `limit:` on integers to bytes: 1-2 smallint, 3-4 integer, 5-8 bigint.
            const sized = t.limit === undefined ? "int4" : t.limit <= 2 ? "int2" : t.limit <= 4 ? "int4" : "int8";
            return columnType(sized, [], array);
        }
        case "float":
            return columnType("float8", [], array);
        case "decimal":
        case "numeric":
            return columnType("numeric", t.precision === undefined ? [] : [t.precision, ...(t.scale !== undefined ? [t.scale] : [])], array);
        case "datetime":
        case "timestamp":
        case "timestamptz":
        case "time":
            return columnType(base, t.precision !== undefined ? [t.precision] : [], array);
        case "boolean":
            return columnType("bool", [], array);
        default:
            return columnType(base, [], array);
    }
}
/** What changing a column from `from` to `to` means for existing values; `{}` when it cannot be told. */
function abstract_classifyTypeChange(from, to) {
    // An unlimited `:string` is unbounded on PostgreSQL: without the old type it is not narrow whatever the source.
    if (!from && /^:?string$/i.test(to.type) && to.limit === undefined)
        return {};
    return classifyTypeChange(from && toSqlType(from), toSqlType(to));
}
/** "string(100)", "decimal(10,2)", "bigint": the type as a message can show it. */
function describeType(t) {
    if (t.precision !== undefined)
        return `${t.type}(${t.precision}${t.scale !== undefined ? `,${t.scale}` : ""})`;
    if (t.limit !== undefined)
        return `${t.type}(${t.limit})`;
    return t.type;
}

;// CONCATENATED MODULE: ./src/core/column-types/text.ts
// A column type as an Operation carries it (`type?: string`, the text a message shows) read back into the one
// model, so the schema history can compare an old type with a new one written by another file.


const SHAPE = /^([a-z_][\w .]*?)\s*(?:\(\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?\))?\s*((?:with|without) time zone)?\s*(\[\])?$/i;
/**
 * `varchar(50)`, `string(100)`, `numeric(10,2)`, `timestamp(3) with time zone`, `int[]`, `public.order_status` (a
 * user type, named as written: the schema state reads it as the enum it names, see `withEnum`); undefined when
 * not a type.
 */
function typeFromText(text, vocabulary) {
    const m = SHAPE.exec(text.trim().replace(/\s+/g, " "));
    if (!m)
        return undefined;
    let name = m[1].toLowerCase().replace(/^:/, "");
    const first = m[2] === undefined ? undefined : Number(m[2]);
    const second = m[3] === undefined ? undefined : Number(m[3]);
    const array = m[5] !== undefined;
    if (m[4])
        name = `${name} ${m[4].toLowerCase()}`;
    if (vocabulary === "abstract") {
        const precise = /^(decimal|numeric|datetime|timestamp|timestamptz|time)$/.test(name);
        const t = toSqlType({
            type: array ? `${name}[]` : name,
            ...(first !== undefined ? (precise ? { precision: first } : { limit: first }) : {}),
            ...(second !== undefined ? { scale: second } : {}),
        });
        return t;
    }
    const mods = [first, second].filter((n) => n !== undefined);
    return columnType(name, mods, array);
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

/***/ 1131:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ extend)
/* harmony export */ });
function extend(base, more, last) {
    return last === undefined ? Object.assign({}, base, more) : Object.assign({}, base, more, last);
}


/***/ }),

/***/ 1074:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ historyScope),
/* harmony export */   dN: () => (/* binding */ folderHistories),
/* harmony export */   yh: () => (/* binding */ MIGRATION_EXTENSIONS)
/* harmony export */ });
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(163);
/* harmony import */ var _frameworks_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6454);
/* harmony import */ var _folder_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9206);
/* harmony import */ var _schema_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4014);
/* harmony import */ var _extend_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1131);
// The schema history of a folder from its files' bytes, however the adapter got them (disk, git blobs): each file
// decoded and recognised once, the framework's migrations put in the order it runs them, each parsed only when
// the replay reaches it. Frameworks that run files by name never read a file after the one analysed (one file
// of a 10,000-file folder costs one read). Pure: the bytes are passed in, or a function that gives them.





/** Extensions any framework reads; other files are not fetched at all (a PR may touch thousands). */
const MIGRATION_EXTENSIONS = /\.(rb|py|sql|php|js|mjs|cjs|ts|mts|cts|exs)$/i;
/**
 * A dump spread over files, read as one: none there is no dump (undefined); one that cannot be read or decoded
 * makes the whole unreadable (null), as does a reader that cannot take them together: what that file declares is
 * unknown, so the history proves no absence (fails closed).
 */
function readDumpFiles(dumps, read) {
    const texts = new Map();
    for (const [name, dump] of dumps) {
        const content = typeof dump === "function" ? dump() : dump;
        if (content === null)
            continue;
        const decoded = content === undefined ? undefined : (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)(content);
        if (!decoded || !("text" in decoded))
            return null;
        texts.set(name, decoded.text);
    }
    return texts.size ? (read(texts) ?? null) : undefined;
}
/**
 * Which folder holds the history of the migration at `path`, and which files in it: its framework's answer,
 * from the path and the config alone (so files can be grouped before any is read). A path that names fewer
 * folders than that climbs (a bare `migration.sql`) cannot be placed among its siblings: its own folder.
 */
function historyScope(path, config) {
    const scope = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .frameworkFor */ .g_)(path, "", config)?.historyScope?.(path);
    return scope && scope.depth <= path.split("/").length ? scope : _folder_index_js__WEBPACK_IMPORTED_MODULE_2__/* .OWN_FOLDER */ .w5;
}
/**
 * One history per framework present in the folder, made when first asked for. `dumps`: the bytes of each
 * schema dump the scope names (`HistoryScope.dumps`), by name in the scope's order, or of each file of a dump
 * spread over files (`HistoryScope.dumpExtension`), by its path under the history folder's parent; read only
 * when a history of a framework that reads dumps needs them: as a file's content (null: there is no such file;
 * undefined: it could not be read). A function gives them when first needed (a schema folder walked on disk).
 */
function folderHistories(files, parsers, config, siblings, dumps) {
    // Each file decoded and recognised when first asked for, once.
    const known = new Map();
    const recognise = (f) => {
        let got = known.get(f.path);
        if (!got) {
            const content = typeof f.content === "function" ? f.content() : f.content;
            const decoded = content === undefined || content === null ? undefined : (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)(content);
            const text = decoded && "text" in decoded ? decoded.text : undefined;
            got = { text, framework: content === null ? undefined : (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .frameworkFor */ .g_)(f.path, text ?? "", config)?.id };
            known.set(f.path, got);
        }
        return got;
    };
    const entry = (f) => ({
        path: f.path,
        origin: f.origin,
        parse: () => {
            const { text } = recognise(f);
            return text === undefined
                ? undefined
                : (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .frameworkFor */ .g_)(f.path, text, config)?.parse({ path: f.path, source: text, database: config.database, ...(siblings ? { siblings } : {}) }, parsers);
        },
    });
    const readDump = (framework) => {
        const adapter = (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .frameworkById */ .pl)(framework);
        if (dumps === undefined)
            return undefined;
        const readFiles = adapter?.readDumpFiles;
        if (readFiles)
            return () => readDumpFiles(typeof dumps === "function" ? dumps() : dumps, (texts) => readFiles(texts, config.database, parsers));
        // Named dumps come as a map (only a folder to walk comes as a function).
        const reader = adapter?.readDump;
        if (!reader || typeof dumps === "function")
            return undefined;
        // A dump that cannot be read, decoded or parsed wholly is null to the history (see FolderHistory): no
        // seed, and no absence proven, since the migrations beside it may not start at the beginning. With several
        // (Rails' structure.sql and schema.rb), the one of the highest version is the one the app still writes, the
        // other left over from a schema format it no longer uses; on a tie the first the scope names. One that
        // cannot be read makes them all unreadable: its version, unknown, may be the newest.
        return () => {
            let newest;
            for (const [name, dump] of dumps) {
                const content = typeof dump === "function" ? dump() : dump;
                if (content === null)
                    continue;
                const decoded = content === undefined ? undefined : (0,_analyze_js__WEBPACK_IMPORTED_MODULE_0__/* .decode */ .D4)(content);
                const read = decoded && "text" in decoded && reader(name, decoded.text, config.database, parsers);
                if (!read)
                    return null;
                if (!newest || (read.version ?? 0n) > (newest.version ?? 0n))
                    newest = read;
            }
            return newest;
        };
    };
    const named = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .byName */ .nG)(files);
    const made = new Map();
    const historyOf = (framework) => {
        let history = made.get(framework);
        if (history)
            return history;
        if ((0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ordersByContent */ .mL)(framework)) {
            // The order is a graph the files spell out: every file is read.
            const mine = files.filter((f) => recognise(f).framework === framework);
            const byPath = new Map(mine.map((f) => [f.path, f]));
            const ordered = (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .migrationOrder */ .V0)(framework, mine.map((f) => {
                const { text } = recognise(f);
                return { path: f.path, ...(text !== undefined ? { source: text } : {}) };
            }));
            history = new _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .FolderHistory */ .V5(framework, ordered.map(({ path }) => entry(byPath.get(path))), readDump(framework));
        }
        else {
            // By name: the folder in name order, each file's framework asked only when the replay reaches it.
            history = new _schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .FolderHistory */ .V5(framework, named
                .filter((f) => (0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .isForwardMigration */ .oi)(framework, f.path))
                .map((f) => (0,_extend_js__WEBPACK_IMPORTED_MODULE_4__/* .extend */ .X)(entry(f), { belongs: () => recognise(f).framework === framework })), readDump(framework));
        }
        made.set(framework, history);
        return history;
    };
    const nameRank = new Map(named.map((f, i) => [f.path, i]));
    const byPath = new Map(files.map((f) => [f.path, f]));
    // Within one framework's files the rank follows its replay order; across frameworks it need not agree. A file
    // that cannot order by content is ranked by its name without being read, so ranking a 10,000-file SQL folder
    // reads nothing (its reading, shared by the threads, starts at once); a non-migration among them ranked so
    // only costs a replay out of order, never a wrong history (see the interface).
    const rank = (path) => {
        if (!(0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mayOrderByContent */ .W)(path, config.paths))
            return nameRank.get(path) ?? -1;
        const f = byPath.get(path);
        const framework = f && recognise(f).framework;
        if (framework === undefined)
            return -1;
        if ((0,_schema_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ordersByContent */ .mL)(framework))
            return historyOf(framework).indexOf(path) ?? -1;
        return nameRank.get(path) ?? -1;
    };
    const source = (path) => {
        const f = byPath.get(path);
        return f && recognise(f).text;
    };
    return Object.assign(historyOf, { rank, source });
}


/***/ }),

/***/ 9206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ prefixAbove),
/* harmony export */   O0: () => (/* binding */ dumpPath),
/* harmony export */   Ox: () => (/* binding */ historyKey),
/* harmony export */   iG: () => (/* binding */ dumpFilesUnder),
/* harmony export */   ls: () => (/* binding */ historyMember),
/* harmony export */   m$: () => (/* binding */ folderAbove),
/* harmony export */   w5: () => (/* binding */ OWN_FOLDER),
/* harmony export */   xd: () => (/* binding */ folderIndexes),
/* harmony export */   yS: () => (/* binding */ folderOf),
/* harmony export */   zy: () => (/* binding */ FolderIndex)
/* harmony export */ });
/* unused harmony export DUMP_DEPTH */
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2831);

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
 * One value per folder for the whole run (an index, a listing, a schema history): `list` is called at most once
 * per folder, and every file of that folder gets the same value. Folders are compared as given (`""` is the top).
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
/** One history per folder and scope: the key that tells them apart (the folder as the caller spells it). */
function historyKey(folder, scope) {
    // A name holds no `/`, so the names joined by it stay apart.
    return `${folder}\0${scope.file ?? ""}\0${(scope.dumps ?? []).join("/")}\0${scope.dumpExtension ?? ""}`;
}
/** The dump's path for a history in `folder` (`/`-separated, `""` the top). */
function dumpPath(folder, dump) {
    const parent = folderOf(folder);
    return parent ? `${parent}/${dump}` : dump;
}
/** Most frameworks: the files beside the migration. */
const OWN_FOLDER = { depth: 1 };
/** `path` up to the folder `depth` levels above it, that folder's slash included (`""` for the top). */
function prefixAbove(path, depth) {
    let end = path.length;
    for (let i = 0; i < depth && end >= 0; i++)
        end = end > 0 ? path.lastIndexOf("/", end - 1) : -1;
    return end < 0 ? "" : path.slice(0, end + 1);
}
/** The folder `depth` levels above a `/`-separated path (`""` for the top). */
function folderAbove(path, depth) {
    const prefix = prefixAbove(path, depth);
    return prefix.slice(0, -1);
}
/** The path, relative to the history's folder, of the migration that a name listed there stands for. */
function historyMember(name, scope) {
    return scope.file ? `${name}/${scope.file}` : name;
}
/** Folders below a schema folder's top that the walk for its files goes no deeper than (see `dumpFilesUnder`). */
const DUMP_DEPTH = 8;
/**
 * The files of a dump spread over files (`HistoryScope.dumpExtension`) under a history's parent folder: paths
 * relative to that parent (`models/user.prisma`), in code-unit order. A generator the adapter drives, so the walk
 * is written once for disk and git: it yields the folders to list next (relative to the parent, `""` the parent
 * itself), one level at a time, and is sent each one's entries (`[]` for a name that is no folder; undefined for
 * one that could not be listed). Every folder under the parent is listed once, as Prisma reads a schema folder,
 * except the history's own (`own`, its name in the parent): its thousands of migrations hold no schema file
 * (Prisma writes none there), so the walk stays linear in the schema folder, whatever the number of migrations.
 * Returns undefined when a folder could not be listed or the walk goes deeper than `DUMP_DEPTH` (a symlink loop
 * on disk): a file of the schema may be missed, so the dump is unreadable (fails closed: no seed, and the history
 * proves no absence).
 */
function* dumpFilesUnder(own, extension) {
    const found = [];
    let level = [""];
    for (let depth = 0; level.length; depth++) {
        if (depth > DUMP_DEPTH)
            return undefined;
        const listed = yield level;
        const next = [];
        for (let i = 0; i < level.length; i++) {
            const entries = listed[i];
            if (entries === undefined)
                return undefined;
            for (const { name, folder } of entries) {
                const path = level[i] ? `${level[i]}/${name}` : name;
                // Prisma takes a file by its extension exactly (`path.extname(f) === ".prisma"`), and walks any folder
                // (one whose kind the lister does not know is listed: a file's listing is empty).
                if (folder !== true && name.endsWith(extension))
                    found.push(path);
                else if (folder !== false && !(depth === 0 && name === own))
                    next.push(path);
            }
        }
        level = next;
    }
    return found.sort(_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U);
}


/***/ }),

/***/ 6454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yl: () => (/* binding */ detectFramework),
  pl: () => (/* binding */ frameworkById),
  rV: () => (/* binding */ readsSiblings)
});

// UNUSED EXPORTS: frameworks

// EXTERNAL MODULE: ./src/core/frameworks/readers.ts
var readers = __nccwpck_require__(2909);
// EXTERNAL MODULE: ./src/core/frameworks/sql/lexer.ts
var lexer = __nccwpck_require__(9176);
// EXTERNAL MODULE: ./src/core/frameworks/sql/embedded.ts + 10 modules
var embedded = __nccwpck_require__(7502);
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
        (0,embedded/* appendSql */.pl)(result, { sql: chunk.text, database, line: chunk.line }, parsers);
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


// Prisma writes `migrations/` beside the schema file that holds the `datasource` block: `prisma/migrations/`
// for `prisma/schema.prisma` (and for a multi-file schema whose main file is there, its models in
// `prisma/models/` or anywhere below `prisma/`), `prisma/schema/migrations/` for the `prisma/schema/` folder of
// the prismaSchemaFolder preview (5.15 to 6.6) and the layouts that kept it.
const PATH = /(^|\/)prisma\/(?:[^/]+\/)*?migrations\/[^/]+\/migration\.sql$/;
const prisma = {
    id: "prisma",
    name: "Prisma",
    matches: (path) => PATH.test(path),
    // `migrations/<timestamp>_<name>/migration.sql`: the history is every sibling folder's migration.sql, in
    // folder-name order (as `prisma migrate deploy` applies them).
    // The schema beside `migrations/` seeds the history of the migrations a change adds (see SchemaDump): every
    // `.prisma` file of that folder and the folders below it, as Prisma reads a schema folder; a single
    // `schema.prisma` is the folder of one file.
    historyScope: (path) => /(^|\/)migration\.sql$/.test(path)
        ? { depth: 2, file: "migration.sql", dumpExtension: ".prisma" }
        : undefined,
    readDumpFiles: (files) => (0,readers/* reader */.w)("prismaSchema").readSchemaPrisma([...files.values()]),
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

// EXTERNAL MODULE: ./src/core/frameworks/shared/transactions.ts
var transactions = __nccwpck_require__(7278);
;// CONCATENATED MODULE: ./src/core/frameworks/goose.ts


const goose_UP = /^\s*--\s*\+goose\s+up\b/i;
const goose_DOWN = /^\s*--\s*\+goose\s+down\b/i;
const BEGIN = /^\s*--\s*\+goose\s+statementbegin\b/i;
const END = /^\s*--\s*\+goose\s+statementend\b/i;
const HAS_UP = /^\s*--\s*\+goose\s+up\b/im;
const NO_TRANSACTION = /^\s*--\s*\+goose\s+no\s+transaction\b/im;
const goose = {
    id: "goose",
    name: "goose",
    matches: (path, source) => /\.sql$/i.test(path) && HAS_UP.test(source),
    parse: (input, parsers) => {
        const parts = sections(input.source, { up: goose_UP, down: goose_DOWN, blockBegin: BEGIN, blockEnd: END });
        const result = readSql("goose", parts.up, input.database, parsers, fileComments(input.source, input.database));
        // goose runs a NO TRANSACTION file statement by statement, each committing on its own.
        if (NO_TRANSACTION.test(input.source))
            (0,transactions/* eachStatementCommits */.L)(result.operations);
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

// EXTERNAL MODULE: ./src/core/frameworks/sql/postgres.ts + 1 modules
var postgres = __nccwpck_require__(7627);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/structure-dump.ts


/** The psql meta-commands pg_dump writes around a dump since August 2025 (`\restrict KEY`): no SQL in them. */
const RESTRICT = /^\\(?:un)?restrict(?:[ \t][^\n]*)?$/gm;
/**
 * The dump's version (the highest it lists as run) and the schema it describes, or undefined when it cannot be
 * read wholly: not PostgreSQL, a syntax error (another psql meta-command: `\i`, `\connect`), no version list
 * or one that is not all digits, a statement the SQL reader reports a problem in. No seed then (fails closed:
 * the history proves no absence it could not prove before).
 */
function readStructureSql(source, database, parsers) {
    // pg_dump writes PostgreSQL's dialect; MySQL's structure.sql (mysqldump) is not read.
    if (database !== "postgresql")
        return undefined;
    // Blanked, not removed, so the reader's lines stay the file's.
    const text = source.replace(RESTRICT, (line) => " ".repeat(line.length));
    let parsed;
    try {
        parsed = parsers.postgres(text);
    }
    catch {
        // A syntax error: the dump is unreadable (fails closed: undefined, no seed and no absence proven).
        return undefined;
    }
    let version;
    const unlisted = new Set();
    for (const { stmt } of parsed.stmts ?? []) {
        if (!stmt)
            continue;
        if ("InsertStmt" in stmt && isSchemaMigrations(stmt.InsertStmt)) {
            const versions = insertedVersions(stmt.InsertStmt);
            if (!versions)
                return undefined;
            for (const v of versions)
                if (version === undefined || v > version)
                    version = v;
        }
        if ("CreateStmt" in stmt && !listsItsColumns(stmt.CreateStmt))
            unlisted.add((0,postgres/* relName */.ve)(stmt.CreateStmt.relation));
    }
    // Without the list the dump cannot be placed among the migrations.
    if (version === undefined)
        return undefined;
    const read = readSql("rails", [{ text, line: 1 }], database, parsers);
    if (read.problems.length)
        return undefined;
    return { version, operations: read.operations.flatMap((op) => seedOf(op, unlisted)), vocabulary: "sql" };
}
/**
 * What an operation of the dump gives the seed: the tables it creates, the columns it adds, and its enum types
 * (pg_dump writes each with all its labels). A table whose
 * columns the statement does not list (INHERITS, LIKE, OF type, PARTITION OF) is left out and the state marked
 * incomplete, as is anything that drops, renames or alters a type (pg_dump writes none: the file was edited, and what it
 * leaves cannot be told). Indexes, constraints, defaults and the version list seed nothing.
 */
function seedOf(op, unlisted) {
    const unknown = (reason) => [
        { kind: "unknown", reason, line: op.line, endLine: op.endLine },
    ];
    switch (op.kind) {
        case "create-table":
            if (op.rebuildOf)
                return unknown("structure.sql rebuilds a table");
            return unlisted.has(op.table)
                ? unknown(`structure.sql does not list every column of ${op.table}`)
                : [op];
        case "add-column":
        case "create-enum":
        case "unknown":
            return [op];
        case "drop-table":
        case "rename-table":
        case "drop-column":
        case "rename-column":
        case "drop-type":
        case "rename-type":
        case "add-enum-value":
        case "rename-enum-value":
            return unknown(`structure.sql holds a ${op.kind}`);
        default:
            return [];
    }
}
function isSchemaMigrations(s) {
    const r = s.relation;
    return r?.relname === "schema_migrations" && (!r.schemaname || r.schemaname === "public");
}
/** The versions of `INSERT INTO schema_migrations (version) VALUES ('...'), ...`, or undefined when not all literal digits. */
function insertedVersions(s) {
    const select = s.selectStmt && "SelectStmt" in s.selectStmt ? s.selectStmt.SelectStmt : undefined;
    const rows = select?.valuesLists;
    if (!rows?.length)
        return undefined;
    const out = [];
    for (const row of rows) {
        const items = "List" in row ? (row.List.items ?? []) : [];
        const value = items.length === 1 && "A_Const" in items[0] ? items[0].A_Const.sval?.sval : undefined;
        if (value === undefined || !/^\d+$/.test(value))
            return undefined;
        out.push(BigInt(value));
    }
    return out;
}
/** False when some of the table's columns come from elsewhere: a parent, a LIKE, a composite type. */
function listsItsColumns(s) {
    return (!s.inhRelations?.length &&
        !s.ofTypename &&
        !s.partbound &&
        !(s.tableElts ?? []).some((e) => "TableLikeClause" in e));
}

;// CONCATENATED MODULE: ./src/core/frameworks/rails.ts


// db/migrate, engines' db/migrate, and multi-database dirs such as db/animals_migrate.
const MIGRATION_PATH = /(?:^|\/)db\/(?:[A-Za-z0-9_]+_)?migrate\/[^/]+\.rb$/;
const rails = {
    id: "rails",
    name: "Rails",
    matches: (path) => MIGRATION_PATH.test(path),
    // `db/migrate` is dumped to `db/schema.rb`, or with `schema_format = :sql` to `db/structure.sql`;
    // `db/animals_migrate` to `db/animals_schema.rb` or `db/animals_structure.sql`. When both are there, the one
    // of the higher version is the one the app still writes (see folderHistories); on a tie structure.sql, which
    // pg_dump wrote from the database itself.
    historyScope: (path) => {
        const match = /(?:^|\/)db\/([A-Za-z0-9_]+_)?migrate\/[^/]+$/.exec(path);
        if (!match)
            return undefined;
        const prefix = match[1] ?? "";
        return { depth: 1, dumps: [`${prefix}structure.sql`, `${prefix}schema.rb`] };
    },
    readDump: (name, source, database, parsers) => name.endsWith(".sql")
        ? readStructureSql(source, database, parsers)
        : (0,readers/* reader */.w)("rails").readSchemaRb(source, database, parsers),
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

;// CONCATENATED MODULE: ./src/core/frameworks/db-migrate.ts


// The generated `setup(options, seedLink)` with `options.dbmigrate`, `exports._meta`, the package name, or a
// driver method called on the `db` handle (Knex's builder hangs off `.schema`, so `db.dropTable(` is not Knex).
const DB_MIGRATE = /\bdbmigrate\b|["']db-migrate["']|\bexports\._meta\b|\bdb\s*\.\s*(?:runSql|createTable|dropTable|renameTable|addColumn|removeColumn|renameColumn|changeColumn|addIndex|removeIndex|addForeignKey|removeForeignKey)\s*[.(]/;
const dbMigrate = {
    id: "db-migrate",
    name: "db-migrate",
    matches: (path, source) => isScriptPath(path) && EXPORTS_UP.test(source) && DB_MIGRATE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("dbMigrate").readDbMigrateMigration(input, parsers),
};

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
        const changelog = kind === "xml"
            ? (0,readers/* reader */.w)("liquibaseChangelog").readXmlChangelog(input.source)
            : (0,readers/* reader */.w)("liquibaseChangelog").readYamlChangelog(input.source, kind === "json");
        if (!changelog.root && changelog.problems.length === 0) {
            changelog.problems.push({
                line: 1,
                endLine: 1,
                message: "No databaseChangeLog was found in this Liquibase changelog, so it was not analysed",
            });
        }
        return (0,readers/* reader */.w)("liquibaseChanges").readChangelog(changelog, input.database, parsers);
    },
};

;// CONCATENATED MODULE: ./src/core/frameworks/doctrine.ts

const VERSION_FILE = /(?:^|\/)Version\w*\.php$/;
const DOCTRINE = /\bAbstractMigration\b|\bDoctrine\\Migrations\\/;
const doctrine = {
    id: "doctrine",
    name: "Doctrine Migrations",
    matches: (path, source) => VERSION_FILE.test(path) && DOCTRINE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("doctrine").readDoctrineMigration(input.source, input.database, parsers),
};

;// CONCATENATED MODULE: ./src/core/frameworks/ef-core.ts

const MIGRATION_FILE = /(?:^|\/)\d{14}_\w+\.cs$/;
const NOT_MIGRATION = /(?:\.Designer|ModelSnapshot)\.cs$/;
const EF_CORE = /\bMigrationBuilder\b/;
const efCore = {
    id: "ef-core",
    name: "Entity Framework Core",
    matches: (path, source) => MIGRATION_FILE.test(path) && !NOT_MIGRATION.test(path) && EF_CORE.test(source),
    parse: (input, parsers) => (0,readers/* reader */.w)("efCore").readEfCoreMigration(input.source, input.database, parsers),
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
    efCore,
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
/* harmony export */   fk: () => (/* binding */ onlyNulls),
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
/**
 * Whether an update only fills NULLs (a backfill): every assigned column is one the filter requires to be NULL.
 * Never when no assigned column is known.
 */
function onlyNulls(columns, nullColumns) {
    return columns.length > 0 && columns.every((c) => nullColumns.has(c));
}


/***/ }),

/***/ 7278:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ eachStatementCommits)
/* harmony export */ });
/* harmony import */ var _extend_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1131);

/**
 * Gives each constraint statement from index `from` on a transaction of its own: without the framework's
 * transaction every statement commits by itself, so a NOT VALID constraint and its validation commit apart.
 */
function eachStatementCommits(operations, from = 0) {
    for (let i = from; i < operations.length; i++) {
        const op = operations[i];
        if (op.kind === "add-constraint" || op.kind === "validate-constraint") {
            operations[i] = (0,_extend_js__WEBPACK_IMPORTED_MODULE_0__/* .extend */ .X)(op, { transaction: i + 1 });
        }
    }
}


/***/ }),

/***/ 7502:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  hb: () => (/* binding */ appendCallSql),
  pl: () => (/* binding */ appendSql),
  DP: () => (/* binding */ appendTemplateSql),
  kB: () => (/* binding */ joinTemplates),
  C8: () => (/* binding */ sqlBuiltAtRunTime)
});

// UNUSED EXPORTS: appendBuiltSql

// EXTERNAL MODULE: ./src/core/run-time.ts
var run_time = __nccwpck_require__(2686);
// EXTERNAL MODULE: ./src/core/frameworks/sql/lexer.ts
var lexer = __nccwpck_require__(9176);
// EXTERNAL MODULE: ./src/core/frameworks/shared/toolkit.ts
var toolkit = __nccwpck_require__(8849);
// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __nccwpck_require__(6074);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/tokens.ts
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

// EXTERNAL MODULE: ./src/core/frameworks/sql/source.ts
var sql_source = __nccwpck_require__(5833);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/columns.ts



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
/** A column definition: name, type, NOT NULL, DEFAULT, inline constraints. */
function columnSpec(r, a, b) {
    const name = (0,sql_source/* identifier */.Cv)(r.toks[a]);
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
        const t = r.toks[i];
        if (t.kind === "word" && (words.length === 0 || TYPE_CONTINUATIONS.has(t.value))) {
            words.push(t.value);
            i++;
        }
        else if (t.kind === "quoted" && words.length === 0) {
            words.push(t.value);
            i++;
        }
        else if (isPunct(t, "(") && words.length > 0) {
            const end = closing(r.toks, i, b);
            for (let k = i + 1; k < end; k++)
                if (r.toks[k].kind === "number")
                    mods.push(Number(r.toks[k].value));
            i = end + 1;
        }
        else if (isPunct(t, "[") && words.length > 0) {
            array = true;
            i = closing(r.toks, i, b) + 1;
        }
        else
            break;
    }
    if (words.length) {
        const base = words.filter((w) => !["UNSIGNED", "SIGNED", "ZEROFILL"].includes(w)).join(" ");
        spec.type = { display: r.text(typeStart, i - 1, 60), type: (0,column_types/* sqlColumnType */.fF)(base, mods, array) };
    }
    while (i <= b) {
        const t = r.toks[i];
        if (isWord(t, "NOT") && isWord(r.toks[i + 1], "NULL")) {
            spec.notNull = true;
            i += 2;
        }
        else if (isWord(t, "DEFAULT")) {
            const end = expressionEnd(r, i + 1, b);
            spec.default = {
                volatile: callsVolatile(r, i + 1, end),
                text: r.text(i + 1, end, 80),
            };
            i = end + 1;
        }
        else if (isWord(t, "AUTO_INCREMENT", "AUTOINCREMENT", "SERIAL")) {
            spec.default ??= { volatile: true, text: t.value };
            i++;
        }
        else if (isWord(t, "PRIMARY") && isWord(r.toks[i + 1], "KEY")) {
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
            const end = isPunct(r.toks[i + 1], "(") ? closing(r.toks, i + 1, b) : i;
            let j = i;
            let stored = false;
            let identity = false;
            for (let k = i; k <= b; k++) {
                if (isWord(r.toks[k], "IDENTITY"))
                    identity = true;
                if (isWord(r.toks[k], "STORED", "PERSISTENT"))
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
function expressionEnd(r, i, b) {
    let depth = 0;
    let end = i;
    for (let k = i; k <= b; k++) {
        const t = r.toks[k];
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
function callsVolatile(r, from, to) {
    for (let k = from; k < to + 1; k++) {
        const t = r.toks[k];
        if (t.kind === "word" && sql_source/* VOLATILE_FUNCTIONS */.pZ.has(t.value.toLowerCase()) && isPunct(r.toks[k + 1], "("))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/create.ts



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
function create(r) {
    let i = 1;
    const orReplace = r.skip(i, "OR", "REPLACE") !== i;
    i = r.skip(i, "OR", "REPLACE");
    let unique = false;
    while (isWord(r.toks[i])) {
        const w = r.toks[i].value;
        if (w === "UNIQUE")
            unique = true;
        else if (!["TEMP", "TEMPORARY", "FULLTEXT", "SPATIAL", "GLOBAL", "LOCAL", "UNLOGGED", "VIRTUAL"].includes(w))
            break;
        i++;
    }
    const what = r.toks[i];
    if (isWord(what, "TABLE"))
        return createTable(r, i + 1, orReplace);
    if (isWord(what, "INDEX"))
        return createIndex(r, i + 1, unique);
    // Views, triggers, routines, types, schemas...: creating them loses nothing, and bodies run later.
}
function createTable(r, i, orReplace) {
    const ifNotExists = r.skip(i, "IF", "NOT", "EXISTS") !== i;
    i = r.skip(i, "IF", "NOT", "EXISTS");
    const [table, after] = r.name(i);
    if (!table)
        return r.unknown("a CREATE TABLE whose table name the SQL reader cannot read");
    const columns = [];
    const columnTypes = {};
    if (isPunct(r.toks[after], "(")) {
        const end = closing(r.toks, after);
        for (const [a, b] of splitAtDepth0(r.toks, after + 1, end - 1)) {
            if (isWord(r.toks[a]) && TABLE_CONSTRAINT_WORDS.has(r.toks[a].value))
                continue;
            const spec = columnSpec(r, a, b);
            if (!spec)
                continue;
            columns.push(spec.name);
            if (spec.type) {
                r.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
                columnTypes[spec.name] = spec.type.display;
            }
        }
    }
    // MariaDB's CREATE OR REPLACE TABLE drops the table that was there.
    if (orReplace)
        r.push({ kind: "drop-table", table, ifExists: true });
    r.push({
        kind: "create-table",
        table,
        columns,
        ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
        ...(ifNotExists ? { ifNotExists: true } : {}),
    });
}
function createIndex(r, i, unique) {
    const concurrently = isWord(r.toks[i], "CONCURRENTLY");
    if (concurrently)
        i++;
    i = r.skip(i, "IF", "NOT", "EXISTS");
    let name;
    if (!isWord(r.toks[i], "ON", "USING"))
        [name, i] = r.name(i);
    if (isWord(r.toks[i], "USING"))
        i += 2;
    if (!isWord(r.toks[i], "ON"))
        return r.unknown("a CREATE INDEX whose table the SQL reader cannot find");
    i = r.skip(i + 1, "ONLY");
    const [table, after] = r.name(i);
    if (!table)
        return r.unknown("a CREATE INDEX whose table the SQL reader cannot find");
    let open = after;
    while (open <= r.last && !isPunct(r.toks[open], "("))
        open++;
    const columns = open <= r.last ? indexColumns(r, open) : [];
    r.push({
        kind: "add-index",
        table,
        columns,
        ...(name ? { name } : {}),
        ...(unique ? { unique: true } : {}),
        ...(concurrently ? { concurrently: true } : {}),
    });
}
/** Column names of a parenthesised index column list at `open`; expressions read as "(expression)". */
function indexColumns(r, open) {
    const end = closing(r.toks, open);
    return splitAtDepth0(r.toks, open + 1, end - 1).map(([a, b]) => {
        const name = (0,sql_source/* identifier */.Cv)(r.toks[a]);
        const rest = r.toks.slice(a + 1, b + 1);
        const simple = rest.every((t) => t.kind === "number" ||
            isPunct(t, "(") ||
            isPunct(t, ")") ||
            isWord(t, "ASC", "DESC", "NULLS", "FIRST", "LAST"));
        return name !== undefined && simple ? name : "(expression)";
    });
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/alter.ts





/**
 * ALTER of objects that hold no rows: definitions, accounts, settings. `ALGORITHM=`/`DEFINER=`/`SQL SECURITY`
 * only start MySQL's ALTER VIEW. A database's default character set applies to tables created later.
 */
const NO_DATA_ALTER_OBJECTS = new Set([
    "VIEW",
    "FUNCTION",
    "PROCEDURE",
    "EVENT",
    "TRIGGER",
    "SEQUENCE",
    "USER",
    "ROLE",
    "DATABASE",
    "SCHEMA",
    "SERVER",
    "INSTANCE",
    "LOGFILE",
    "RESOURCE",
    "ALGORITHM",
    "DEFINER",
    "SQL",
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
function alter(r) {
    let i = r.skipAny(1, ["ONLINE", "OFFLINE", "IGNORE"]);
    if (!isWord(r.toks[i], "TABLE")) {
        // ALTER VIEW / SEQUENCE / DATABASE / FUNCTION...: no column or row changes. Anything not listed fails
        // closed, so a kind of ALTER the reader has never seen is held for review.
        const what = r.toks[i];
        if (what?.kind === "word" && NO_DATA_ALTER_OBJECTS.has(what.value))
            return;
        return r.unknown("an ALTER the SQL reader does not know to be harmless");
    }
    i = r.skip(i + 1, "IF", "EXISTS");
    i = r.skip(i, "ONLY");
    const [table, after] = r.name(i);
    if (!table)
        return r.unknown("an ALTER TABLE whose table name the SQL reader cannot read");
    i = after;
    if (r.toks[i]?.kind === "op" && r.toks[i].value === "*")
        i++;
    for (const [a, b] of splitAtDepth0(r.toks, i, r.last)) {
        const span = { line: r.span.line, endLine: r.src.line(r.toks[b].end - 1) };
        alterClause(r, table, a, b, span);
    }
}
function alterClause(r, table, a, b, span) {
    const head = r.toks[a];
    const word = head?.kind === "word" ? head.value : "";
    const unknown = (reason = "an ALTER TABLE clause the SQL reader does not understand") => r.unknown(reason, a, b, span);
    switch (word) {
        case "ADD":
            return alterAdd(r, table, a + 1, b, span);
        case "DROP":
            return alterDrop(r, table, a + 1, b, span);
        case "MODIFY": {
            const i = r.skip(a + 1, "COLUMN");
            const spec = columnSpec(r, i, b);
            if (!spec)
                return unknown();
            return typeChange(r, table, spec.name, spec, span, true);
        }
        case "CHANGE": {
            const i = r.skip(a + 1, "COLUMN");
            const old = (0,sql_source/* identifier */.Cv)(r.toks[i]);
            const spec = columnSpec(r, i + 1, b);
            if (!old || !spec)
                return unknown();
            if (old.toLowerCase() !== spec.name.toLowerCase()) {
                r.push({ kind: "rename-column", table, column: old, newName: spec.name }, span);
                // CHANGE is how MySQL renames, and it restates the type: without the old type a lossy call would
                // be a guess, so the type change carries no judgement.
                return typeChange(r, table, spec.name, spec, span, false, old);
            }
            return typeChange(r, table, spec.name, spec, span, true);
        }
        case "RENAME": {
            const t = r.toks[a + 1];
            if (isWord(t, "INDEX", "KEY", "CONSTRAINT"))
                return;
            if (isWord(t, "COLUMN") ||
                ((0,sql_source/* identifier */.Cv)(t) !== undefined && isWord(r.toks[a + 2], "TO") && !isWord(t, "TO", "AS"))) {
                const i = r.skip(a + 1, "COLUMN");
                const column = (0,sql_source/* identifier */.Cv)(r.toks[i]);
                const newName = (0,sql_source/* identifier */.Cv)(r.toks[i + 2]);
                if (!column || !newName || !isWord(r.toks[i + 1], "TO"))
                    return unknown();
                r.push({ kind: "rename-column", table, column, newName }, span);
                return;
            }
            const i = isWord(t, "TO", "AS") ? a + 2 : a + 1;
            const [newName] = r.name(i);
            if (!newName)
                return unknown();
            const schema = table.includes(".") && !newName.includes(".") ? `${table.slice(0, table.lastIndexOf("."))}.` : "";
            r.push({ kind: "rename-table", table, newName: schema + newName }, span);
            return;
        }
        case "ALTER": {
            if (isWord(r.toks[a + 1], "INDEX", "CONSTRAINT", "CHECK"))
                return;
            const i = r.skip(a + 1, "COLUMN");
            const column = (0,sql_source/* identifier */.Cv)(r.toks[i]);
            if (!column)
                return unknown();
            const j = i + 1;
            if (isWord(r.toks[j], "SET") && isWord(r.toks[j + 1], "DEFAULT")) {
                const end = expressionEnd(r, j + 2, b);
                r.push({
                    kind: "change-default",
                    table,
                    column,
                    default: { volatile: callsVolatile(r, j + 2, end), text: r.text(j + 2, end, 80) },
                }, span);
                return;
            }
            if (isWord(r.toks[j], "DROP") && isWord(r.toks[j + 1], "DEFAULT"))
                return r.push({ kind: "change-default", table, column }, span);
            if (isWord(r.toks[j], "SET") && isWord(r.toks[j + 1], "NOT") && isWord(r.toks[j + 2], "NULL"))
                return r.push({ kind: "set-not-null", table, column }, span);
            if (isWord(r.toks[j], "DROP") && isWord(r.toks[j + 1], "NOT") && isWord(r.toks[j + 2], "NULL"))
                return r.push({ kind: "drop-not-null", table, column }, span);
            const typeAt = r.skip(r.skip(j, "SET", "DATA"), "TYPE");
            if (typeAt !== j) {
                // Reuse the column reader: a fake name position just before the type.
                const spec = columnSpec(r, typeAt - 1, b);
                if (spec)
                    return typeChange(r, table, column, spec, span, true);
            }
            if (isWord(r.toks[j], "SET", "DROP", "RESET"))
                return; // visibility, statistics, storage...
            return unknown();
        }
        case "VALIDATE": {
            const name = (0,sql_source/* identifier */.Cv)(r.toks[r.skip(a + 1, "CONSTRAINT")]);
            r.push({ kind: "validate-constraint", table, ...(name ? { name } : {}) }, span);
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
function typeChange(r, table, column, spec, span, judge, oldName) {
    const key = `${table}.${column}`;
    const before = r.src.knownTypes.get(`${table}.${oldName ?? column}`);
    const change = spec.type && judge ? (0,column_types/* classifySqlTypeChange */.Tr)(before, spec.type.type) : {};
    if (spec.type)
        r.src.knownTypes.set(key, spec.type.type);
    r.push({
        kind: "change-column-type",
        table,
        column,
        ...(spec.type ? { type: spec.type.display } : {}),
        ...change,
    }, span);
}
function alterAdd(r, table, i, b, span) {
    const t = r.toks[i];
    const notValid = r.toks
        .slice(i, b + 1)
        .some((u, k, all) => isWord(u, "NOT") && isWord(all[k + 1], "VALID"));
    const constraintOp = (constraint, name) => {
        const usingIndex = r.toks
            .slice(i, b + 1)
            .some((u, k, all) => isWord(u, "USING") && isWord(all[k + 1], "INDEX"));
        r.push({
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
        if (!isWord(r.toks[j], "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE")) {
            name = (0,sql_source/* identifier */.Cv)(r.toks[j]);
            j++;
        }
        const kind = constraintKind(r, j);
        if (!kind)
            return r.unknown("an ADD CONSTRAINT the SQL reader does not understand", i - 1, b, span);
        return constraintOp(kind, name);
    }
    if (isWord(t, "PRIMARY", "FOREIGN", "CHECK", "EXCLUDE")) {
        const kind = constraintKind(r, i);
        if (kind)
            return constraintOp(kind);
    }
    if (isWord(t, "UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL")) {
        // MySQL: ADD [UNIQUE] INDEX|KEY [name] (columns) builds an index.
        let j = r.skipAny(i, ["UNIQUE", "INDEX", "KEY", "FULLTEXT", "SPATIAL"]);
        let name;
        if (!isPunct(r.toks[j], "(") && !isWord(r.toks[j], "USING")) {
            name = (0,sql_source/* identifier */.Cv)(r.toks[j]);
            j++;
        }
        while (j <= b && !isPunct(r.toks[j], "("))
            j++;
        r.push({
            kind: "add-index",
            table,
            columns: j <= b ? indexColumns(r, j) : [],
            ...(name ? { name } : {}),
            ...(isWord(t, "UNIQUE") ? { unique: true } : {}),
        }, span);
        return;
    }
    if (isWord(t, "PARTITION"))
        return;
    let j = r.skip(i, "COLUMN");
    j = r.skip(j, "IF", "NOT", "EXISTS");
    if (isPunct(r.toks[j], "(")) {
        const end = closing(r.toks, j, b);
        for (const [c, d] of splitAtDepth0(r.toks, j + 1, end - 1))
            addColumn(r, table, c, d, span);
        return;
    }
    addColumn(r, table, j, b, span);
}
function constraintKind(r, j) {
    const t = r.toks[j];
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
function addColumn(r, table, a, b, span) {
    const spec = columnSpec(r, a, b);
    if (!spec)
        return r.unknown("an ADD COLUMN the SQL reader cannot read", a, b, span);
    // Only SQLite takes a column without a type; elsewhere the statement fails, so say nothing about it.
    if (!spec.type && r.src.database !== "sqlite")
        return r.unknown("an ADD COLUMN with no type, which this database rejects", a, b, span);
    if (spec.type)
        r.src.knownTypes.set(`${table}.${spec.name}`, spec.type.type);
    r.push({
        kind: "add-column",
        table,
        column: spec.name,
        ...(spec.type ? { type: spec.type.display } : {}),
        ...(spec.notNull ? { notNull: true } : {}),
        ...(spec.default ? { default: spec.default } : {}),
    }, span);
    for (const constraint of spec.constraints) {
        r.push({ kind: "add-constraint", table, constraint, validated: true }, span);
    }
}
function alterDrop(r, table, i, b, span) {
    const t = r.toks[i];
    if (isWord(t, "INDEX", "KEY")) {
        const name = (0,sql_source/* identifier */.Cv)(r.toks[r.skip(i + 1, "IF", "EXISTS")]);
        r.push({ kind: "drop-index", table, ...(name ? { name } : {}) }, span);
        return;
    }
    if (isWord(t, "PRIMARY") && isWord(r.toks[i + 1], "KEY")) {
        r.push({ kind: "drop-constraint", table, name: "PRIMARY" }, span);
        return;
    }
    if (isWord(t, "FOREIGN", "CONSTRAINT", "CHECK")) {
        let j = isWord(t, "FOREIGN") ? r.skip(i + 1, "KEY") : i + 1;
        j = r.skip(j, "IF", "EXISTS");
        const name = (0,sql_source/* identifier */.Cv)(r.toks[j]);
        r.push({ kind: "drop-constraint", table, ...(name ? { name } : {}) }, span);
        return;
    }
    if (isWord(t, "PARTITION"))
        return r.unknown("DROP PARTITION deletes the rows of the partition", i - 1, b, span);
    if (isWord(t, "DEFAULT"))
        return;
    let j = r.skip(i, "COLUMN");
    j = r.skip(j, "IF", "EXISTS");
    const column = (0,sql_source/* identifier */.Cv)(r.toks[j]);
    if (!column)
        return r.unknown("a DROP clause the SQL reader does not understand", i - 1, b, span);
    r.push({ kind: "drop-column", table, column }, span);
}

;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/drop.ts

const NO_EFFECT_DROPS = new Set([
    "VIEW",
    "TRIGGER",
    "PROCEDURE",
    "FUNCTION",
    "EVENT",
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
function drop(r) {
    let i = r.skipAny(1, ["TEMPORARY", "TEMP"]);
    const what = r.toks[i];
    if (isWord(what, "TABLE", "TABLES")) {
        i++;
        const ifExists = r.skip(i, "IF", "EXISTS") !== i;
        i = r.skip(i, "IF", "EXISTS");
        const cascade = r.hasWord("CASCADE");
        const end = findDepth0(r.toks, i, r.last, new Set(["CASCADE", "RESTRICT"]));
        for (const [a] of splitAtDepth0(r.toks, i, end < 0 ? r.last : end - 1)) {
            const [table] = r.name(a);
            if (table)
                r.push({
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
        const concurrently = isWord(r.toks[i], "CONCURRENTLY");
        if (concurrently)
            i++;
        i = r.skip(i, "IF", "EXISTS");
        const on = findDepth0(r.toks, i, r.last, new Set(["ON"]));
        const [table] = on >= 0 ? r.name(on + 1) : [undefined];
        const end = on >= 0 ? on - 1 : r.last;
        for (const [a] of splitAtDepth0(r.toks, i, end)) {
            const [name] = r.name(a);
            if (name === undefined || isWord(r.toks[a], "CASCADE", "RESTRICT"))
                continue;
            r.push({
                kind: "drop-index",
                name,
                ...(table ? { table } : {}),
                ...(concurrently ? { concurrently: true } : {}),
            });
        }
        return;
    }
    if (isWord(what, "DATABASE", "SCHEMA", "SEQUENCE")) {
        // MySQL's DROP SCHEMA is DROP DATABASE; MariaDB has sequences.
        const kind = isWord(what, "SEQUENCE") ? "drop-sequence" : "drop-database";
        const ifExists = r.skip(i + 1, "IF", "EXISTS") !== i + 1;
        const from = r.skip(i + 1, "IF", "EXISTS");
        const end = findDepth0(r.toks, from, r.last, new Set(["CASCADE", "RESTRICT"]));
        let named = false;
        for (const [a] of splitAtDepth0(r.toks, from, end < 0 ? r.last : end - 1)) {
            const [name] = r.name(a);
            if (name === undefined)
                continue;
            named = true;
            r.push({ kind, name, ...(ifExists ? { ifExists: true } : {}) });
        }
        if (!named)
            r.unknown("a DROP whose object name the SQL reader cannot read");
        return;
    }
    if (isWord(what, "TYPE", "DOMAIN", "EXTENSION")) {
        if (r.hasWord("CASCADE"))
            r.unknown("DROP ... CASCADE also drops the columns that depend on what it drops");
        return;
    }
    if (what?.kind === "word" && NO_EFFECT_DROPS.has(what.value))
        return;
    r.unknown("a DROP the SQL reader does not understand");
}
function renameTables(r) {
    if (!isWord(r.toks[1], "TABLE", "TABLES"))
        return r.unknown("a RENAME the SQL reader does not understand");
    for (const [a, b] of splitAtDepth0(r.toks, 2, r.last)) {
        const [from, after] = r.name(a);
        const [to] = isWord(r.toks[after], "TO") ? r.name(after + 1) : [undefined];
        if (!from || !to || after + 1 > b)
            r.unknown("a RENAME TABLE the SQL reader cannot read", a, b);
        else
            r.push({ kind: "rename-table", table: from, newName: to });
    }
}
function truncate(r) {
    let i = r.skip(1, "TABLE");
    i = r.skip(i, "ONLY");
    const stop = findDepth0(r.toks, i, r.last, new Set(["CASCADE", "RESTRICT", "RESTART", "CONTINUE"]));
    const tables = [];
    for (const [a] of splitAtDepth0(r.toks, i, stop < 0 ? r.last : stop - 1)) {
        const [table] = r.name(a);
        if (table)
            tables.push(table);
    }
    if (!tables.length)
        return r.unknown("a TRUNCATE whose tables the SQL reader cannot read");
    r.push({ kind: "truncate", tables, ...(r.hasWord("CASCADE") ? { cascade: true } : {}) });
}

// EXTERNAL MODULE: ./src/core/frameworks/sql/pure-functions.ts
var pure_functions = __nccwpck_require__(9598);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/generic/rows.ts



/** Words a `(` may follow in a row statement without calling a function: clauses, operators and types. */
const NOT_CALLS = new Set([
    "SELECT",
    "FROM",
    "WHERE",
    "AND",
    "OR",
    "NOT",
    "IN",
    "EXISTS",
    "VALUES",
    "VALUE",
    "ANY",
    "ALL",
    "SOME",
    "AS",
    "ON",
    "USING",
    "JOIN",
    "LATERAL",
    "OVER",
    "FILTER",
    "WITHIN",
    "PARTITION",
    "INDEX",
    "KEY",
    "WITH",
    "SET",
    "INTO",
    "TABLE",
    "ROW",
    "ARRAY",
    "CASE",
    "WHEN",
    "THEN",
    "ELSE",
    "IS",
    "BY",
    "LIKE",
    "BETWEEN",
    "UNION",
    "INTERSECT",
    "EXCEPT",
    "LIMIT",
    "OFFSET",
    "HAVING",
    "RETURNING",
    "DISTINCT",
    "MATCH",
    "AGAINST",
    "CONVERT",
    "CHAR",
    "CHARACTER",
    "VARCHAR",
    "NCHAR",
    "DECIMAL",
    "NUMERIC",
    "DEC",
    "FLOAT",
    "DOUBLE",
    "BINARY",
    "VARBINARY",
    "TIME",
    "DATETIME",
    "TIMESTAMP",
    "DUPLICATE",
    "UPDATE",
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
/**
 * Calls in a row statement from token `from` on to functions off the short list of pure ones
 * (pure-functions.ts): `SELECT setval(..)`, `SELECT GET_LOCK(..)`... run code the reader cannot see, so one
 * unknown operation names them. A name is a call when `(` follows it and it is not a keyword or a type.
 */
function unlistedCalls(r, from) {
    const names = new Set();
    for (let k = Math.max(from, 0); k < r.last; k++) {
        const t = r.toks[k];
        if (!isPunct(r.toks[k + 1], "("))
            continue;
        if (t.kind === "word" && NOT_CALLS.has(t.value))
            continue;
        const name = (0,sql_source/* identifier */.Cv)(t);
        if (name === undefined)
            continue;
        const qualified = [name];
        const owner = isPunct(r.toks[k - 1], ".") ? (0,sql_source/* identifier */.Cv)(r.toks[k - 2]) : undefined;
        if (owner !== undefined)
            qualified.unshift(owner);
        if (!(0,pure_functions/* isPureFunction */.J)(qualified))
            names.add(qualified.join("."));
    }
    if (!names.size)
        return;
    r.unknown(`a statement that calls ${[...names].map((n) => `${n}()`).join(", ")}, a function whose effect the reader cannot see`);
}
function deleteRows(r) {
    let i = r.skipAny(1, ["LOW_PRIORITY", "QUICK", "IGNORE"]);
    const where = findDepth0(r.toks, i, r.last, new Set(["WHERE"]));
    if (isWord(r.toks[i], "FROM"))
        i = r.skip(i + 1, "ONLY");
    const [table] = r.name(i);
    if (!table)
        return r.unknown("a DELETE whose table the SQL reader cannot read");
    r.push({ kind: "delete-rows", table, filtered: where >= 0, via: "DELETE" });
}
function update(r) {
    let i = r.skipAny(1, ["LOW_PRIORITY", "IGNORE"]);
    if (isWord(r.toks[i], "OR"))
        i += 2;
    i = r.skip(i, "ONLY");
    const [table] = r.name(i);
    const set = findDepth0(r.toks, i, r.last, new Set(["SET"]));
    if (!table || set < 0)
        return r.unknown("an UPDATE the SQL reader cannot read");
    const tail = findDepth0(r.toks, set + 1, r.last, new Set(["WHERE", "FROM", "ORDER", "LIMIT", "RETURNING"]));
    const setEnd = tail < 0 ? r.last : tail - 1;
    const columns = [];
    for (const [a, b] of splitAtDepth0(r.toks, set + 1, setEnd)) {
        if (isPunct(r.toks[a], "(")) {
            const end = closing(r.toks, a, b);
            for (const [c] of splitAtDepth0(r.toks, a + 1, end - 1)) {
                const [name] = r.name(c);
                if (name)
                    columns.push(name.split(".").pop());
            }
        }
        else {
            const [name] = r.name(a);
            if (name)
                columns.push(name.split(".").pop());
        }
    }
    const where = findDepth0(r.toks, set + 1, r.last, new Set(["WHERE"]));
    let onlyNulls = false;
    if (where >= 0 && columns.length) {
        const end = findDepth0(r.toks, where + 1, r.last, new Set(["ORDER", "LIMIT", "RETURNING"]));
        const nulls = nullTests(r, where + 1, end < 0 ? r.last : end - 1);
        onlyNulls = !!nulls && columns.every((c) => nulls.has(c));
    }
    r.push({ kind: "update-rows", table, columns, filtered: where >= 0, onlyNulls, via: "UPDATE" });
}
/** Columns a WHERE conjunction restricts to NULL; undefined when the condition is not a conjunction. */
function nullTests(r, from, to) {
    // Strip parentheses around the whole condition.
    while (isPunct(r.toks[from], "(") && closing(r.toks, from, to) === to) {
        from++;
        to--;
    }
    if (findDepth0(r.toks, from, to, new Set(["OR"])) >= 0)
        return undefined;
    const out = new Set();
    let start = from;
    let depth = 0;
    let between = false;
    const conjunct = (a, b) => {
        if (isPunct(r.toks[a], "(") && closing(r.toks, a, b) === b) {
            nullTests(r, a + 1, b - 1)?.forEach((c) => out.add(c));
            return;
        }
        const [name, after] = r.name(a);
        if (name && after + 1 === b && isWord(r.toks[after], "IS") && isWord(r.toks[b], "NULL"))
            out.add(name.split(".").pop());
    };
    for (let i = from; i <= to; i++) {
        const t = r.toks[i];
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
function insert(r) {
    let i = 1;
    if (isWord(r.toks[i], "OR"))
        i += 2;
    i = r.skipAny(i, ["LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE"]);
    i = r.skip(i, "INTO");
    const [into, after] = r.name(i);
    if (!into)
        return;
    i = after;
    let intoColumns;
    if (isPunct(r.toks[i], "(")) {
        const end = closing(r.toks, i);
        intoColumns = splitAtDepth0(r.toks, i + 1, end - 1).map(([a]) => (0,sql_source/* identifier */.Cv)(r.toks[a]) ?? "?");
        i = end + 1;
    }
    if (!isWord(r.toks[i], "SELECT"))
        return;
    const from = findDepth0(r.toks, i + 1, r.last, new Set(["FROM"]));
    if (from < 0)
        return;
    let star = false;
    const selectColumns = [];
    for (const [a, b] of splitAtDepth0(r.toks, i + 1, from - 1)) {
        const lastTok = r.toks[b];
        if (lastTok.kind === "op" && lastTok.value === "*")
            star = true;
        else {
            const [name, end] = r.name(a);
            selectColumns.push(name && end === b + 1 ? name.split(".").pop() : "?");
        }
    }
    const [source, rest] = r.name(from + 1);
    if (!source)
        return;
    // Anything that can leave rows behind: a filter, a join, a limit, a set operation, DISTINCT.
    const partial = isWord(r.toks[i + 1], "DISTINCT") ||
        findDepth0(r.toks, rest, r.last, COPY_FILTERS) >= 0 ||
        r.toks.slice(rest).some((t) => isPunct(t, ","));
    r.copy = {
        into,
        from: source,
        ...(intoColumns ? { intoColumns } : {}),
        selectColumns: star ? "*" : selectColumns,
        partial,
    };
}

// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __nccwpck_require__(1131);
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
    "INSERT",
    "REPLACE",
    "GRANT",
    "REVOKE",
    "COMMENT",
    "ANALYZE",
    "ANALYSE",
    "SHOW",
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
/** Where an INSERT's rows start: its table and column list come before. */
const INSERT_ROWS = new Set(["VALUES", "VALUE", "SELECT", "SET", "TABLE", "WITH"]);
/** What a statement does, by its first word; a word in none of them is NO_EFFECT or an unknown. */
const STATEMENTS = {
    ALTER: alter,
    CREATE: create,
    DROP: drop,
    RENAME: renameTables,
    TRUNCATE: truncate,
    DELETE: (r) => {
        unlistedCalls(r, 1);
        deleteRows(r);
    },
    UPDATE: (r) => {
        unlistedCalls(r, 1);
        update(r);
    },
    INSERT: insertStatement,
    REPLACE: insertStatement,
    WITH: (r) => {
        if (r.hasWord("DELETE", "UPDATE"))
            return r.unknown("a WITH query that changes rows");
        unlistedCalls(r, 1);
    },
    SELECT: (r) => unlistedCalls(r, 1),
    VALUES: (r) => unlistedCalls(r, 1),
    EXPLAIN: (r) => r.explain(),
    DESCRIBE: (r) => r.explain(),
    DESC: (r) => r.explain(),
    CALL: codeNotFollowed,
    EXEC: codeNotFollowed,
    EXECUTE: codeNotFollowed,
    DO: codeNotFollowed,
    SOURCE: codeNotFollowed,
    OPTIMIZE: (r) => r.unknown("OPTIMIZE TABLE rebuilds the table"),
};
function insertStatement(r) {
    // From the rows on: the table and its column list before them are names, not calls.
    const rows = findDepth0(r.toks, 1, r.last, INSERT_ROWS);
    if (rows >= 0)
        unlistedCalls(r, rows);
    insert(r);
}
function codeNotFollowed(r) {
    r.unknown("code the SQL reader cannot follow");
}
/** Reads one statement, tokens [first, last] of the source. */
function classifyStatement(src, range) {
    const toks = [];
    for (let i = range[0]; i <= range[1]; i++)
        if (src.tokens[i].kind !== "comment")
            toks.push(src.tokens[i]);
    const span = src.spanOfTokens(range[0], range[1]);
    const reader = new StatementReader(src, toks, span);
    reader.read();
    return (0,extend/* extend */.X)(span, { ops: reader.ops, ...(reader.copy ? { copy: reader.copy } : {}) });
}
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
        this.ops.push((0,extend/* extend */.X)(op, { line: span.line, endLine: span.endLine }));
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
            const part = (0,sql_source/* identifier */.Cv)(this.toks[j]);
            if (part === undefined)
                break;
            parts.push(part);
            j++;
            if (isPunct(this.toks[j], ".") && (0,sql_source/* identifier */.Cv)(this.toks[j + 1]) !== undefined)
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
                return unlistedCalls(this, 0); // a parenthesised SELECT
            return this.unknown("a statement the SQL reader does not understand");
        }
        const handler = (0,toolkit/* handlerFor */.ci)(STATEMENTS, head.value);
        if (handler)
            return handler(this);
        if (NO_EFFECT.has(head.value))
            return;
        this.unknown("a statement the SQL reader does not understand");
    }
    /**
     * EXPLAIN ANALYZE runs the statement it explains (PostgreSQL; MySQL 8 for SELECT, TABLE and multi-table
     * UPDATE/DELETE), so it is read as that statement. Plain EXPLAIN, DESCRIBE and SQLite's EXPLAIN [QUERY PLAN]
     * only plan it. `(ANALYZE false)` is plain EXPLAIN.
     */
    explain() {
        let i = 1;
        let analyze = false;
        for (;;) {
            const t = this.toks[i];
            if (isWord(t, "ANALYZE", "ANALYSE")) {
                analyze = true;
                i++;
            }
            else if (isWord(t, "VERBOSE", "EXTENDED", "PARTITIONS"))
                i++;
            else if (isWord(t, "QUERY") && isWord(this.toks[i + 1], "PLAN"))
                i += 2;
            else if (isWord(t, "FORMAT") && this.toks[i + 1]?.value === "=")
                i += 3;
            else if (isPunct(t, "(")) {
                const end = closing(this.toks, i);
                if (this.analyzeOption(i + 1, end - 1))
                    analyze = true;
                i = end + 1;
            }
            else
                break;
        }
        if (!analyze || i > this.last)
            return;
        const inner = new StatementReader(this.src, this.toks.slice(i), this.span);
        inner.read();
        this.ops.push(...inner.ops);
        if (inner.copy)
            this.copy = inner.copy;
    }
    /** True when the option list toks[a..b] of `EXPLAIN (...)` turns ANALYZE on. */
    analyzeOption(a, b) {
        return splitAtDepth0(this.toks, a, b).some(([c, d]) => {
            if (!isWord(this.toks[c], "ANALYZE", "ANALYSE"))
                return false;
            if (d === c)
                return true;
            const value = this.toks[c + 1].value.toUpperCase();
            return !["FALSE", "OFF", "NO", "0"].includes(value);
        });
    }
    hasWord(...words) {
        return this.toks.some((t) => t.kind === "word" && words.includes(t.value));
    }
}

// EXTERNAL MODULE: ./src/core/frameworks/sql/postgres.ts + 1 modules
var postgres = __nccwpck_require__(7627);
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
                const copy = statements[copyAt].copy;
                settle(drop, copy, columns, rename.op.table);
                removed.add(rename.op);
                if (created?.op.kind === "create-table" && removed.has(drop)) {
                    // The new table takes the old one's name: say so, so the schema history can tell which old columns
                    // the copy left behind (a rebuild that drops a column is a drop-column).
                    replaced.set(created.op, (0,extend/* extend */.X)(created.op, {
                        rebuildOf: {
                            table: drop.table,
                            carried: copy.selectColumns,
                            line: drop.line,
                            endLine: drop.endLine,
                        },
                    }));
                }
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
    return new sql_source/* SqlSource */.iX(sql, database, line, dialect);
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
        const mapped = "parsed" in attempt ? (0,postgres/* mapPostgres */.aD)(attempt.parsed, src, text, start) : undefined;
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
            const src = new sql_source/* SqlSource */.iX(input.sql, input.database, line, "postgresql");
            if (!src.lexError) {
                return {
                    operations: collapseRebuilds((0,postgres/* mapPostgres */.aD)(parsed, src, input.sql, 0)),
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
/**
 * `left + right` (or `.`, `<>`) where at least one side is a template (`recurse`): the other side is its text
 * when `resolve` knows it (a variable bound to a string), else a hole named by its source.
 */
function joinTemplates(binary, recurse, resolve = () => undefined) {
    const left = binary.childForFieldName("left");
    const right = binary.childForFieldName("right");
    if (!left || !right)
        return undefined;
    const sides = [left, right].map((node) => [recurse(node), node]);
    const line = sides.find(([t]) => t)?.[0]?.line;
    if (line === undefined)
        return undefined;
    const parts = sides.flatMap(([t, node]) => {
        if (t)
            return t.parts;
        const value = resolve(node);
        return [value !== undefined ? { text: value } : { hole: node.text }];
    });
    return { parts, line };
}
/** Follows SQL a reader built as a template (see appendTemplateSql); false, adding nothing, when there is none. */
function appendBuiltSql(into, template, database, parsers) {
    return (!!template && appendTemplateSql(into, { parts: template.parts, database, line: template.line }, parsers));
}
/**
 * SQL a migration hands to a call (`DB::statement(...)`, `execute "..."`, `op.execute(...)`): its literal text
 * (or a name holding one, read at the call's line), else the template it builds. False, having added nothing,
 * when it is neither readably: the caller then records the call as an unknown operation (fails closed).
 */
function appendCallSql(into, node, where, read, input) {
    if (!node)
        return false;
    let literal = read.literal(node);
    if (!literal) {
        const value = read.resolve(node);
        if (value !== undefined)
            literal = { value, line: where.startPosition.row + 1 };
    }
    if (literal) {
        appendSql(into, { sql: literal.value, database: input.database, line: literal.line }, input.parsers);
        return true;
    }
    return appendBuiltSql(into, read.template(node), input.database, input.parsers);
}
/** Why a call's SQL could not be read: `via` runs SQL built at run time (`how`: the forms the language has). */
function sqlBuiltAtRunTime(via, how = "a variable, interpolation or expression") {
    return `${via} runs SQL built at run time (${how}), which cannot be read`;
}
const HOLE = /__mg_hole_(\d+)__/g;
/** What each field of an operation names, for the run-time name that replaces a hole in it. */
const FIELD_PARTS = {
    table: "table",
    tables: "table",
    newName: "table",
    column: "column",
    columns: "column",
    name: "name",
    type: "name",
};
/**
 * Follows SQL built from literal text and run-time holes (`"DELETE FROM #{t} WHERE ..."`, a template literal,
 * an f-string): each hole stands in as an identifier, and the statement is read by its static parts. A table
 * or column that came from a hole is named as computed at run time. Returns false, having added nothing, when
 * the text does not read cleanly that way (a hole where a keyword or a whole statement goes): the caller then
 * reports it as SQL it cannot read.
 */
function appendTemplateSql(into, input, parsers) {
    const holes = [];
    const sql = input.parts
        .map((p) => {
        if ("text" in p)
            return p.text;
        holes.push(p.hole);
        return `__mg_hole_${holes.length - 1}__`;
    })
        .join("");
    // Only text the static parts begin: a statement whose first word is a hole has no known verb.
    if (/^\s*__mg_hole_/.test(sql) || /;\s*__mg_hole_/.test(sql))
        return false;
    const result = sqlToOperations({ sql, database: input.database, line: input.line }, parsers);
    if (result.problems.length > 0)
        return false;
    const restore = (value, part) => value.includes("__mg_hole_")
        ? (0,run_time/* runTimeName */.S)(part, value.replace(HOLE, (_m, i) => holes[Number(i)] ?? "?"))
        : value;
    for (const op of result.operations) {
        const record = op;
        for (const [field, part] of Object.entries(FIELD_PARTS)) {
            const value = record[field];
            if (typeof value === "string")
                record[field] = restore(value, part);
            else if (Array.isArray(value))
                record[field] = value.map((v) => (typeof v === "string" ? restore(v, part) : v));
        }
        if (op.kind === "unknown" && op.text)
            op.text = op.text.replace(HOLE, (_m, i) => `{${holes[Number(i)]}}`);
        into.operations.push(op);
    }
    into.comments.push(...result.comments);
    return true;
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

/***/ 7627:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aD: () => (/* binding */ mapPostgres),
  ve: () => (/* binding */ relName)
});

// UNUSED EXPORTS: isVolatile

// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __nccwpck_require__(6074);
// EXTERNAL MODULE: ./src/core/frameworks/sql/lexer.ts
var lexer = __nccwpck_require__(9176);
// EXTERNAL MODULE: ./src/core/frameworks/sql/pure-functions.ts
var pure_functions = __nccwpck_require__(9598);
// EXTERNAL MODULE: ./src/core/frameworks/sql/source.ts
var source = __nccwpck_require__(5833);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __nccwpck_require__(1131);
;// CONCATENATED MODULE: ./src/core/frameworks/sql/postgres-locking.ts
// A cycle at module level only: relName is called, never read, while postgres.ts loads.


function hasOption(options, name) {
    return (options ?? []).some((o) => "DefElem" in o && o.DefElem.defname === name);
}
/** The fields a statement that CONCURRENTLY cannot run with carries when it sits in BEGIN ... COMMIT. */
function blockFields(src) {
    return src.transaction.open ? { inTransactionBlock: true } : {};
}
/** The transaction number of a statement, left out for the first (the common case, and the default). */
function transactionField(src) {
    return src.transaction.index > 0 ? { transaction: src.transaction.index } : {};
}
/** BEGIN/START opens a block; COMMIT/END/ROLLBACK (and their PREPARE forms) close it and start the next one. */
function trackTransaction(s, src) {
    switch (s.kind) {
        case "TRANS_STMT_BEGIN":
        case "TRANS_STMT_START":
            src.transaction.open = true;
            return;
        case "TRANS_STMT_COMMIT":
        case "TRANS_STMT_ROLLBACK":
        case "TRANS_STMT_PREPARE":
            src.transaction.open = false;
            src.transaction.index++;
            return;
        default:
            // SAVEPOINT, RELEASE, ROLLBACK TO: the transaction goes on.
            return;
    }
}
function cluster(s, push) {
    const table = relName(s.relation);
    push({ kind: "cluster", ...(table ? { table } : {}) });
}
/** Plain VACUUM takes no lock that blocks reads or writes; only FULL rewrites. */
function vacuum(s, push) {
    if (!s.is_vacuumcmd || !hasOption(s.options, "full"))
        return;
    const tables = (s.rels ?? []).flatMap((r) => "VacuumRelation" in r && r.VacuumRelation.relation ? [relName(r.VacuumRelation.relation)] : []);
    push({ kind: "vacuum-full", tables });
}
const REINDEX_TARGETS = {
    REINDEX_OBJECT_INDEX: "index",
    REINDEX_OBJECT_TABLE: "table",
    REINDEX_OBJECT_SCHEMA: "schema",
    REINDEX_OBJECT_DATABASE: "database",
    REINDEX_OBJECT_SYSTEM: "system",
};
function reindex(s, src, push) {
    const target = s.kind && s.kind in REINDEX_TARGETS ? REINDEX_TARGETS[s.kind] : "table";
    const name = s.relation ? relName(s.relation) : s.name;
    push({
        kind: "reindex",
        target,
        ...(name ? { name } : {}),
        ...(hasOption(s.params, "concurrently") ? { concurrently: true } : {}),
        ...blockFields(src),
    });
}
function detachPartition(table, cmd, src, push) {
    push({
        kind: "detach-partition",
        table,
        partition: relName(cmd?.name),
        ...(cmd?.concurrent ? { concurrently: true } : {}),
        ...blockFields(src),
    });
}
/**
 * ALTER DOMAIN ... ADD CONSTRAINT (and SET NOT NULL) checks every column of every table that uses the domain;
 * a NOT VALID constraint checks only new values.
 */
function alterDomain(s, push) {
    const domain = (s.typeName ?? [])
        .flatMap((n) => ("String" in n && n.String.sval ? [n.String.sval] : []))
        .join(".");
    if (s.subtype === "C" && s.def && "Constraint" in s.def) {
        const con = s.def.Constraint;
        push({
            kind: "add-domain-constraint",
            domain,
            ...(con.conname ? { name: con.conname } : {}),
            validated: !con.skip_validation,
        });
    }
    else if (s.subtype === "O") {
        // "O" is SET NOT NULL ("N" is DROP NOT NULL), as libpg_query spells AlterDomainStmt subtypes.
        push({ kind: "add-domain-constraint", domain, name: "NOT NULL", validated: true });
    }
}
/** `CHECK (col IS NOT NULL)` and nothing else: the column a valid such check proves free of NULLs. */
function notNullCheckColumn(con) {
    const expr = con.raw_expr;
    if (con.contype !== "CONSTR_CHECK" || !expr || !("NullTest" in expr))
        return undefined;
    const test = expr.NullTest;
    if (test.nulltesttype !== "IS_NOT_NULL" || !test.arg || !("ColumnRef" in test.arg))
        return undefined;
    const fields = test.arg.ColumnRef.fields ?? [];
    const last = fields[fields.length - 1];
    return fields.length === 1 && last && "String" in last ? last.String.sval : undefined;
}
function spanPush(out, span) {
    return (op) => out.ops.push((0,extend/* extend */.X)(op, { line: span.line, endLine: span.endLine }));
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
        const mapped = (0,extend/* extend */.X)(scope.span, { ops: [] });
        mapStatement(raw.stmt, scope, mapped);
        out.push(mapped);
    }
    return out;
}
function push(target, span, op) {
    target.ops.push((0,extend/* extend */.X)(op, { line: span.line, endLine: span.endLine }));
}
function mapStatement(node, scope, out) {
    const span = scope.span;
    if ("CreateStmt" in node)
        return createTable(node.CreateStmt, scope, out);
    if ("ExplainStmt" in node)
        return explain(node.ExplainStmt, scope, out);
    if ("CreateTableAsStmt" in node) {
        const s = node.CreateTableAsStmt;
        unlistedCalls(s.query, scope, out);
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
        "MergeStmt" in node) {
        unlistedCalls(node, scope, out);
        return dataChange(node, scope, out);
    }
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
    if ("TransactionStmt" in node)
        return trackTransaction(node.TransactionStmt, scope.src);
    if ("ClusterStmt" in node)
        return cluster(node.ClusterStmt, spanPush(out, span));
    if ("VacuumStmt" in node)
        return vacuum(node.VacuumStmt, spanPush(out, span));
    if ("ReindexStmt" in node)
        return reindex(node.ReindexStmt, scope.src, spanPush(out, span));
    if ("AlterDomainStmt" in node)
        return alterDomain(node.AlterDomainStmt, spanPush(out, span));
    if ("DropdbStmt" in node) {
        const s = node.DropdbStmt;
        push(out, span, {
            kind: "drop-database",
            name: s.dbname ?? "",
            ...(s.missing_ok ? { ifExists: true } : {}),
        });
        return;
    }
    if ("CreateEnumStmt" in node) {
        const s = node.CreateEnumStmt;
        push(out, span, { kind: "create-enum", type: strings(s.typeName).join("."), values: strings(s.vals) });
        return;
    }
    if ("AlterEnumStmt" in node) {
        const s = node.AlterEnumStmt;
        const type = strings(s.typeName).join(".");
        // ADD VALUE changes no stored value; RENAME VALUE relabels every row that holds it.
        if (s.oldVal !== undefined && s.newVal !== undefined) {
            push(out, span, { kind: "rename-enum-value", type, value: s.oldVal, newValue: s.newVal });
        }
        else if (s.newVal !== undefined) {
            push(out, span, { kind: "add-enum-value", type, value: s.newVal });
        }
        return;
    }
    const kind = Object.keys(node)[0] ?? "";
    if (NO_DATA_STATEMENTS.has(kind))
        return;
    // Fails closed: a statement kind not listed above, and not known to leave every table's columns and rows as
    // they were, is held for review rather than read as harmless.
    push(out, span, {
        kind: "unknown",
        reason: `a ${statementWords(scope)} statement the SQL reader does not know to be harmless`,
        text: scope.src.textOf(scope.first, scope.last),
    });
}
/**
 * EXPLAIN ANALYZE runs the statement it explains (and rolls nothing back), so it is read as that statement;
 * plain EXPLAIN only plans it. `ANALYZE false`/`off`/`0` is plain EXPLAIN.
 */
function explain(s, scope, out) {
    const analyze = (s.options ?? []).some((o) => "DefElem" in o && o.DefElem.defname === "analyze" && !isFalseOption(o.DefElem.arg));
    if (analyze && s.query)
        mapStatement(s.query, scope, out);
}
function isFalseOption(arg) {
    if (!arg)
        return false;
    if ("String" in arg)
        return ["false", "off", "0", "no"].includes((arg.String.sval ?? "").toLowerCase());
    if ("Integer" in arg)
        return !arg.Integer.ival;
    if ("Boolean" in arg)
        return !arg.Boolean.boolval;
    return false;
}
/**
 * A row statement (SELECT, INSERT, UPDATE, DELETE, MERGE, CREATE TABLE AS) that calls a function off the
 * short list of pure ones (pure-functions.ts) runs code the reader cannot see: `SELECT setval(..)`,
 * `SELECT pg_terminate_backend(..)`, `SELECT my_cleanup()`. One unknown operation names the calls.
 */
function unlistedCalls(node, scope, out) {
    const names = new Set();
    collectCalls(node, names);
    if (!names.size)
        return;
    push(out, scope.span, {
        kind: "unknown",
        reason: `a statement that calls ${[...names].map((n) => `${n}()`).join(", ")}, a function whose effect the reader cannot see`,
        text: scope.src.textOf(scope.first, scope.last),
    });
}
function collectCalls(expr, names) {
    if (Array.isArray(expr)) {
        for (const e of expr)
            collectCalls(e, names);
        return;
    }
    if (!expr || typeof expr !== "object")
        return;
    const record = expr;
    const call = record.FuncCall;
    if (call) {
        const qualified = strings(call.funcname);
        if (!(0,pure_functions/* isPureFunction */.J)(qualified))
            names.add(qualified.join("."));
    }
    // `for…in` over the keys: the AST's records are plain JSON objects, and Object.values made an array of every
    // record it passed through (2 % of a 10,000-file SQL run's CPU, the walk included).
    for (const key in record) {
        const value = record[key];
        if (value && typeof value === "object")
            collectCalls(value, names);
    }
}
/**
 * Statement kinds (libpg_query node names) that change no table's columns or rows when they run: session
 * settings, transaction control, comments, privileges, and new objects that hold no existing data (function
 * and trigger bodies run later, through statements the reader sees or cannot). Anything else is unknown.
 */
const NO_DATA_STATEMENTS = new Set([
    "VariableSetStmt",
    "VariableShowStmt",
    "TransactionStmt",
    "CommentStmt",
    "SecLabelStmt",
    "GrantStmt",
    "GrantRoleStmt",
    "AlterDefaultPrivilegesStmt",
    "CreateRoleStmt",
    "AlterRoleStmt",
    "AlterRoleSetStmt",
    "ViewStmt",
    "CreateFunctionStmt",
    "AlterFunctionStmt",
    "CreateTrigStmt",
    "CreateEventTrigStmt",
    "AlterEventTrigStmt",
    "CreateExtensionStmt",
    "AlterExtensionStmt",
    "CreateSchemaStmt",
    "CreateSeqStmt",
    "AlterSeqStmt",
    "CreateRangeStmt",
    "CompositeTypeStmt",
    "CreateDomainStmt",
    "DefineStmt",
    "CreateCastStmt",
    "CreateOpClassStmt",
    "CreateOpFamilyStmt",
    "CreateConversionStmt",
    "CreatePolicyStmt",
    "AlterPolicyStmt",
    "CreateStatsStmt",
    "AlterStatsStmt",
    "CreatePublicationStmt",
    "AlterPublicationStmt",
    "AlterOwnerStmt",
    "AlterTSConfigurationStmt",
    "AlterTSDictionaryStmt",
    "CreatePLangStmt",
    "CreateTransformStmt",
    "CreateAmStmt",
    "CreateFdwStmt",
    "CreateForeignServerStmt",
    "CreateForeignTableStmt",
    "CreateUserMappingStmt",
    "ImportForeignSchemaStmt",
    "RefreshMatViewStmt",
    "LockStmt",
    "NotifyStmt",
    "ListenStmt",
    "UnlistenStmt",
    "ConstraintsSetStmt",
    "DiscardStmt",
    "CheckPointStmt",
    "DeclareCursorStmt",
    "FetchStmt",
    "ClosePortalStmt",
    "DeallocateStmt",
    "PrepareStmt",
]);
/** The statement's first two words, to name it in a message (`ALTER SYSTEM`, `COPY users`). */
function statementWords(scope) {
    const words = [];
    for (let i = scope.first; i <= scope.last && words.length < 2; i++) {
        const t = scope.src.tokens[i];
        if (t.kind === "word")
            words.push(t.value);
        else if (t.kind !== "comment")
            break;
    }
    return words.join(" ") || "SQL";
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
/** A type named in DROP TYPE or ALTER TYPE: a TypeName node, or a list of names. */
function typeNameOf(node) {
    if ("TypeName" in node)
        return strings(node.TypeName.names).join(".");
    return listName(node);
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
        if (name && source/* VOLATILE_FUNCTIONS */.pZ.has(name.toLowerCase()))
            return true;
    }
    return Object.values(record).some(isVolatile);
}
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
        else if (depth === 0 && i > kw + 1 && t.kind === "word" && DEFAULT_STOP.has(t.value))
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
    const columnTypes = {};
    for (const elt of s.tableElts ?? []) {
        if (!("ColumnDef" in elt))
            continue;
        const def = elt.ColumnDef;
        if (!def.colname)
            continue;
        columns.push(def.colname);
        const type = typeParts(def.typeName);
        if (type) {
            scope.src.knownTypes.set(typeKey(table, def.colname), type.type);
            columnTypes[def.colname] = type.display;
        }
    }
    push(out, scope.span, {
        kind: "create-table",
        table,
        columns,
        ...(Object.keys(columnTypes).length ? { columnTypes } : {}),
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
                    ...blockFields(scope.src),
                });
            }
            return;
        case "OBJECT_SCHEMA":
        case "OBJECT_SEQUENCE": {
            // MySQL's DROP SCHEMA is DROP DATABASE (libpg_query reads the text for every database it parses).
            const kind = s.removeType === "OBJECT_SEQUENCE"
                ? "drop-sequence"
                : scope.src.database === "mysql"
                    ? "drop-database"
                    : "drop-schema";
            for (const o of objects) {
                push(out, scope.span, {
                    kind,
                    name: listName(o),
                    ...(s.missing_ok ? { ifExists: true } : {}),
                    ...(cascade && kind !== "drop-database" ? { cascade: true } : {}),
                });
            }
            return;
        }
        case "OBJECT_TYPE":
            // Which type it is (an enum, and which columns use it) is the schema history's to tell.
            for (const o of objects) {
                push(out, scope.span, {
                    kind: "drop-type",
                    type: typeNameOf(o),
                    ...(s.missing_ok ? { ifExists: true } : {}),
                    ...(cascade ? { cascade: true } : {}),
                });
            }
            cascadeDrop(cascade, scope, out);
            return;
        case "OBJECT_DOMAIN":
        case "OBJECT_EXTENSION":
            cascadeDrop(cascade, scope, out);
            return;
        default:
            if (s.removeType && NO_DATA_DROPS.has(s.removeType))
                return;
            // Fails closed: a kind of object not known to hold no rows (a materialized view's CASCADE, a foreign
            // table's server, an access method...) is held for review.
            push(out, scope.span, {
                kind: "unknown",
                reason: `a DROP of ${(s.removeType ?? "an object")
                    .replace(/^OBJECT_/, "")
                    .toLowerCase()
                    .replace(/_/g, " ")} the SQL reader does not know to be harmless`,
                text: scope.src.textOf(scope.first, scope.last),
            });
            return;
    }
}
/** CASCADE drops the columns of a type, or the tables an extension's types are used in, along with it. */
function cascadeDrop(cascade, scope, out) {
    if (!cascade)
        return;
    push(out, scope.span, {
        kind: "unknown",
        reason: "DROP ... CASCADE also drops the tables or columns that depend on what it drops",
        text: scope.src.textOf(scope.first, scope.last),
    });
}
/** Objects whose drop deletes no stored rows (code, privileges, derived or recomputable data). */
const NO_DATA_DROPS = new Set([
    "OBJECT_VIEW",
    "OBJECT_MATVIEW",
    "OBJECT_FUNCTION",
    "OBJECT_PROCEDURE",
    "OBJECT_ROUTINE",
    "OBJECT_AGGREGATE",
    "OBJECT_TRIGGER",
    "OBJECT_EVENT_TRIGGER",
    "OBJECT_RULE",
    "OBJECT_POLICY",
    "OBJECT_OPERATOR",
    "OBJECT_OPCLASS",
    "OBJECT_OPFAMILY",
    "OBJECT_CAST",
    "OBJECT_COLLATION",
    "OBJECT_CONVERSION",
    "OBJECT_STATISTIC_EXT",
    "OBJECT_PUBLICATION",
    "OBJECT_TRANSFORM",
    "OBJECT_LANGUAGE",
    "OBJECT_TSCONFIGURATION",
    "OBJECT_TSDICTIONARY",
    "OBJECT_TSPARSER",
    "OBJECT_TSTEMPLATE",
]);
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
        ...blockFields(scope.src),
    });
}
function rename(s, scope, out) {
    if (s.renameType === "OBJECT_SCHEMA" && s.subname && s.newname) {
        push(out, scope.span, { kind: "rename-schema", name: s.subname, newName: s.newname });
        return;
    }
    if (s.renameType === "OBJECT_TYPE" && s.object && s.newname) {
        // RENAME TO keeps the schema, as for a table.
        const type = typeNameOf(s.object);
        const schema = type.includes(".") ? type.slice(0, type.lastIndexOf(".") + 1) : "";
        push(out, scope.span, { kind: "rename-type", type, newName: `${schema}${s.newname}` });
        return;
    }
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
                addConstraint(cmd.def.Constraint, table, scope, span, out);
            return;
        case "AT_ValidateConstraint":
            push(out, span, {
                kind: "validate-constraint",
                table,
                ...(cmd.name ? { name: cmd.name } : {}),
                ...transactionField(scope.src),
            });
            return;
        case "AT_DetachPartition":
            detachPartition(table, cmd.def && "PartitionCmd" in cmd.def ? cmd.def.PartitionCmd : undefined, scope.src, spanPush(out, span));
            return;
        case "AT_DropConstraint":
            push(out, span, { kind: "drop-constraint", table, ...(cmd.name ? { name: cmd.name } : {}) });
            return;
        default:
            if (cmd.subtype && NO_DATA_ALTERS.has(cmd.subtype))
                return;
            // Fails closed: a clause not known to leave the table's columns and rows as they were (SET LOGGED,
            // SET TABLESPACE, DROP INHERIT, ...) is held for review.
            push(out, span, {
                kind: "unknown",
                reason: "an ALTER TABLE clause the SQL reader does not know to be harmless",
                text: scope.src.textOf(range[0], range[1]),
            });
            return;
    }
}
/** ALTER TABLE clauses that change no column and no row: storage, ownership, triggers, statistics, security. */
const NO_DATA_ALTERS = new Set([
    "AT_SetStatistics",
    "AT_SetOptions",
    "AT_ResetOptions",
    "AT_SetStorage",
    "AT_SetCompression",
    "AT_ChangeOwner",
    "AT_ClusterOn",
    "AT_DropCluster",
    "AT_SetRelOptions",
    "AT_ResetRelOptions",
    "AT_ReplaceRelOptions",
    "AT_EnableTrig",
    "AT_EnableAlwaysTrig",
    "AT_EnableReplicaTrig",
    "AT_DisableTrig",
    "AT_EnableTrigAll",
    "AT_DisableTrigAll",
    "AT_EnableTrigUser",
    "AT_DisableTrigUser",
    "AT_EnableRule",
    "AT_EnableAlwaysRule",
    "AT_EnableReplicaRule",
    "AT_DisableRule",
    "AT_ReplicaIdentity",
    "AT_EnableRowSecurity",
    "AT_DisableRowSecurity",
    "AT_ForceRowSecurity",
    "AT_NoForceRowSecurity",
    "AT_GenericOptions",
    "AT_AlterColumnGenericOptions",
    "AT_AlterConstraint",
    "AT_AddIdentity",
    "AT_SetIdentity",
    "AT_DropIdentity",
    "AT_DropExpression",
    "AT_AttachPartition",
    "AT_AddInherit",
]);
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
        addConstraint(con, table, scope, span, out);
}
const CONSTRAINT_KINDS = {
    CONSTR_FOREIGN: "foreign-key",
    CONSTR_CHECK: "check",
    CONSTR_UNIQUE: "unique",
    CONSTR_PRIMARY: "primary-key",
    CONSTR_EXCLUSION: "exclusion",
};
function addConstraint(con, table, scope, span, out) {
    if (con.contype === "CONSTR_NOTNULL") {
        // `ADD CONSTRAINT name NOT NULL col` (PostgreSQL 18) is SET NOT NULL by another spelling.
        for (const column of strings(con.keys))
            push(out, span, { kind: "set-not-null", table, column });
        return;
    }
    const constraint = con.contype ? CONSTRAINT_KINDS[con.contype] : undefined;
    if (!constraint)
        return;
    const notNullColumn = notNullCheckColumn(con);
    push(out, span, {
        kind: "add-constraint",
        table,
        constraint: constraint,
        ...(con.conname ? { name: con.conname } : {}),
        validated: !con.skip_validation,
        ...(con.indexname ? { usingIndex: true } : {}),
        ...(notNullColumn ? { notNullColumn } : {}),
        ...transactionField(scope.src),
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


/***/ }),

/***/ 9598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ isPureFunction)
/* harmony export */ });
/* unused harmony export PURE_FUNCTIONS */
// The functions a SELECT (or any row statement) may call and still be read as changing nothing. A call to any
// other function (`SELECT pg_terminate_backend(..)`, `SELECT setval(..)`, `SELECT my_cleanup()`) runs code the
// reader cannot see, so it is an unknown operation: held for review. The list is short on purpose and
// documented in docs/rules/unrecognized-operation.md; a function belongs here only when calling it changes no
// table, row, sequence or other session's state (nextval only advances a sequence: no value is lost).
/** Lower-case names, PostgreSQL, MySQL and SQLite spellings together. */
const PURE_FUNCTIONS = new Set([
    // aggregates and window functions
    "count",
    "sum",
    "min",
    "max",
    "avg",
    "bool_and",
    "bool_or",
    "every",
    "array_agg",
    "string_agg",
    "group_concat",
    "json_agg",
    "jsonb_agg",
    "json_object_agg",
    "jsonb_object_agg",
    "row_number",
    "rank",
    "dense_rank",
    "lag",
    "lead",
    "first_value",
    "last_value",
    // waiting: holds the statement (and what its transaction has locked) for a while, changes nothing
    "pg_sleep",
    "pg_sleep_for",
    "sleep",
    // time
    "now",
    "current_timestamp",
    "current_date",
    "current_time",
    "localtimestamp",
    "clock_timestamp",
    "statement_timestamp",
    "transaction_timestamp",
    "date_trunc",
    "date_part",
    "extract",
    "age",
    "to_char",
    "to_date",
    "to_timestamp",
    "make_interval",
    "utc_timestamp",
    "unix_timestamp",
    "from_unixtime",
    "datetime",
    "date",
    "strftime",
    "julianday",
    // text and numbers
    "lower",
    "upper",
    "length",
    "char_length",
    "octet_length",
    "trim",
    "btrim",
    "ltrim",
    "rtrim",
    "substr",
    "substring",
    "replace",
    "concat",
    "concat_ws",
    "left",
    "right",
    "split_part",
    "position",
    "regexp_replace",
    "format",
    "md5",
    "abs",
    "round",
    "floor",
    "ceil",
    "ceiling",
    "greatest",
    "least",
    "coalesce",
    "nullif",
    "ifnull",
    "if",
    "cast",
    // json and arrays
    "to_json",
    "to_jsonb",
    "json_build_object",
    "jsonb_build_object",
    "json_build_array",
    "jsonb_build_array",
    "json_object",
    "json_array",
    "jsonb_set",
    "array_length",
    "unnest",
    "generate_series",
    // values that differ per call but change nothing
    "random",
    "rand",
    "gen_random_uuid",
    "uuid_generate_v4",
    "uuid",
    "nextval",
    "currval",
    // session facts and settings (like SET)
    "current_setting",
    "set_config",
    "version",
    "current_user",
    "current_schema",
    "database",
    "pg_advisory_lock",
    "pg_advisory_unlock",
    "pg_try_advisory_lock",
    "pg_advisory_xact_lock",
    "get_lock",
    "release_lock",
]);
/** True for a call the row statements may make and still change nothing; `pg_catalog.` names the same list. */
function isPureFunction(qualified) {
    const names = qualified.map((n) => n.toLowerCase());
    if (names.length > 2 || (names.length === 2 && names[0] !== "pg_catalog"))
        return false;
    const name = names[names.length - 1];
    return name !== undefined && PURE_FUNCTIONS.has(name);
}


/***/ }),

/***/ 5833:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   iX: () => (/* binding */ SqlSource),
/* harmony export */   pZ: () => (/* binding */ VOLATILE_FUNCTIONS)
/* harmony export */ });
/* unused harmony export isSemicolon */
/* harmony import */ var _lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9176);

class SqlSource {
    text;
    database;
    firstLine;
    lines;
    tokens;
    lexError;
    /** Column types seen so far in this text (CREATE TABLE, ADD COLUMN, ALTER TYPE), keyed "table.column". */
    knownTypes = new Map();
    /**
     * Explicit transactions seen so far: `open` between BEGIN and COMMIT/ROLLBACK, `index` counts the commits,
     * so statements with different indexes hold no lock across each other.
     */
    transaction = { open: false, index: 0 };
    constructor(text, database, 
    /** 1-based host line of the text's first line. */
    firstLine, dialect) {
        this.text = text;
        this.database = database;
        this.firstLine = firstLine;
        this.lines = new _lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(text);
        const lexed = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .lex */ .Ii)(text, dialect);
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
        let first = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenAt */ .BN)(tokens, start);
        let last = (0,_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .tokenAt */ .BN)(tokens, end) - 1;
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

/***/ 2831:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ byLineThenRule),
/* harmony export */   U: () => (/* binding */ compareCodeUnits)
/* harmony export */ });
/**
 * The orders reports are sorted in. Strings compare by UTF-16 code unit, as git orders paths, never by
 * `localeCompare`: that depends on the machine's locale, so two runners could print the same report in two
 * orders, and its first call builds an ICU collator, which was 9 % of the instructions of a cold start on one file.
 */
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Findings in a file: by line, then by rule id. */
function byLineThenRule(a, b) {
    return a.line - b.line || compareCodeUnits(a.rule, b.rule);
}


/***/ }),

/***/ 7216:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ countByCategory),
/* harmony export */   N4: () => (/* binding */ tally),
/* harmony export */   zP: () => (/* binding */ activeFindings)
/* harmony export */ });
/* unused harmony export hasDestructive */
/**
 * A report cut down to what the totals and the exit status read. The CLI keeps this of each file for its exit
 * status once the file is written out, not the whole report: at 10,000 files the findings' messages, excerpts
 * and advice were most of what the main thread kept alive until the end.
 */
function tally(report) {
    return {
        findings: report.findings.map((f) => ({
            category: f.category,
            severity: f.severity,
            acknowledged: f.acknowledged,
        })),
    };
}
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

/***/ 9344:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ rules)
});

// UNUSED EXPORTS: ruleById

// EXTERNAL MODULE: ./src/core/run-time.ts
var run_time = __nccwpck_require__(2686);
;// CONCATENATED MODULE: ./src/core/rules/rule.ts

/** Table names compare without quotes and without PostgreSQL's default schema: `"public"."users"` is `users`. */
function tableKey(name) {
    const bare = name.replace(/["`[\]]/g, "");
    return bare.toLowerCase().startsWith("public.") ? bare.slice("public.".length) : bare;
}
/**
 * Tables the migration tools keep for themselves (which migrations ran, the lock): a migration that writes
 * them moves the tool's bookkeeping, not the application's data. Names as each tool creates them, unquoted.
 */
const BOOKKEEPING_TABLES = new Set([
    "alembic_version",
    "schema_migrations",
    "ar_internal_metadata",
    "django_migrations",
    "flyway_schema_history",
    "goose_db_version",
    "knex_migrations",
    "knex_migrations_lock",
    "sequelizemeta",
    "pgmigrations",
    "doctrine_migration_versions",
    "_prisma_migrations",
    "databasechangelog",
    "databasechangeloglock",
    "__efmigrationshistory",
]);
/** Frameworks whose own table is the plain name `migrations`, which elsewhere may well be application data. */
const PLAIN_MIGRATIONS_TABLE = new Set(["laravel", "typeorm", "db-migrate"]);
/** True when `table` is a migration tool's own bookkeeping (schema version, run history, lock), not app data. */
function isBookkeepingTable(table, framework) {
    const key = tableKey(table).toLowerCase();
    return BOOKKEEPING_TABLES.has(key) || (key === "migrations" && PLAIN_MIGRATIONS_TABLE.has(framework));
}
/**
 * What the file itself created before the operation being checked. A table created (or a column added)
 * earlier in the same file holds no rows the previous release wrote, so changing it loses nothing and
 * blocks no one; everything else is pre-existing.
 */
class History {
    schema;
    newTables = new Set();
    newColumns = new Map();
    newIndexes = new Set();
    /** Tables the file dropped or renamed away: what the schema before says of them no longer holds. */
    touched = new Set();
    /** Whether `record` changed anything since the last `snapshot`, and that snapshot. */
    changed = true;
    last;
    /** `schema`: the state before the file, when a history was replayed (see core/schema). */
    constructor(schema) {
        this.schema = schema;
    }
    /**
     * A copy of what is known so far, which later `record`s leave alone: the history before one operation, handed
     * to every rule. Operations that change nothing the history tracks share the previous copy.
     */
    snapshot() {
        if (!this.changed && this.last)
            return this.last;
        const copy = new History(this.schema);
        for (const table of this.newTables)
            copy.newTables.add(table);
        for (const [table, columns] of this.newColumns)
            copy.newColumns.set(table, new Set(columns));
        for (const index of this.newIndexes)
            copy.newIndexes.add(index);
        for (const table of this.touched)
            copy.touched.add(table);
        this.changed = false;
        this.last = copy;
        return copy;
    }
    isNewTable(table) {
        // A table computed at run time may be any table, so it is never taken for one the file created.
        return !(0,run_time/* isRunTimeName */.w)(table) && this.newTables.has(tableKey(table));
    }
    /**
     * True unless the table is new: created earlier in this file, or by a migration the change under review adds
     * (it never held a production row).
     */
    preExistingTable(table) {
        if (this.isNewTable(table))
            return false;
        return this.before(table)?.origin !== "change";
    }
    preExistingColumn(table, column) {
        if (!this.preExistingTable(table))
            return false;
        // A column computed at run time may be any column of the table: it existed before unless the table is new.
        if ((0,run_time/* isRunTimeName */.w)(column))
            return true;
        if (this.newColumns.get(tableKey(table))?.has(column) ?? false)
            return false;
        return this.before(table)?.columns.get(column.toLowerCase())?.origin !== "change";
    }
    /**
     * True when the history proves the table did not exist before this file: replayed completely, and no
     * migration before created it (nor this file, so far). A drop guarded by IF EXISTS then deletes nothing.
     */
    absentBefore(table) {
        const key = tableKey(table);
        // A table computed at run time may be any table: the history cannot prove it absent.
        if ((0,run_time/* isRunTimeName */.w)(table))
            return false;
        if (!this.schema?.complete || this.newTables.has(key) || this.touched.has(key))
            return false;
        return this.schema.table(table) === undefined;
    }
    /** Whether a history was available to ask (messages say so when a verdict would have needed one). */
    get hasSchema() {
        return this.schema !== undefined;
    }
    /**
     * Whether the history was replayed from the beginning: false when it does not start there (squashed, with no
     * schema dump that could be read to seed it) or a migration in it could not be read, so it proves no absence.
     */
    get hasCompleteSchema() {
        return this.schema?.complete === true;
    }
    /** True when the history knows the table was there before this file (as far as this file left it). */
    knownBefore(table) {
        return this.before(table) !== undefined;
    }
    before(table) {
        const key = tableKey(table);
        return this.touched.has(key) ? undefined : this.schema?.table(table);
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
                this.touched.add(tableKey(op.table));
                this.newTables.delete(tableKey(op.table));
                this.newColumns.delete(tableKey(op.table));
                break;
            case "rename-table": {
                const from = tableKey(op.table);
                const to = tableKey(op.newName);
                this.touched.add(from).add(to);
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
                return;
        }
        this.changed = true;
    }
}
/**
 * The history before each of `operations`, replayed once per file and shared by every rule (each rule replayed
 * it for itself before: some 30 histories per file). Kept while the context (or the operations) is.
 */
const timelines = new WeakMap();
function timeline(key, operations, schema) {
    let states = timelines.get(key);
    if (!states) {
        const history = new History(schema);
        states = operations.map((op) => {
            const before = history.snapshot();
            history.record(op);
            return before;
        });
        timelines.set(key, states);
    }
    return states;
}
/**
 * Runs `check` on every operation with the history of what came before it (in the file, and before the file
 * when the context carries a schema), and collects the hits.
 * Most rules are one `collect` call.
 */
function collect(from, check) {
    // Given the context, the history knows the schema before the file too; given bare operations, only the file.
    const operations = "operations" in from ? from.operations : from;
    const states = timeline(from, operations, "operations" in from ? from.schema : undefined);
    const hits = [];
    operations.forEach((op, i) => {
        const hit = check(op, states[i]);
        if (Array.isArray(hit))
            hits.push(...hit);
        else if (hit)
            hits.push(hit);
    });
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
        case "ef-core":
            return "give it a migration of its own whose `migrationBuilder.Sql(...)` passes `suppressTransaction: true`";
        case "liquibase":
            return 'set `runInTransaction="false"` on its changeSet, and keep it the only change of that changeSet';
        case "golang-migrate":
        case "prisma":
        case "sql":
            return "keep it as the only statement of its migration file, since several statements sent together run as one transaction";
    }
}

// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __nccwpck_require__(1131);
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
        return collect(ctx, (op, history) => {
            if (op.kind !== "add-constraint" ||
                op.constraint !== "check" ||
                !op.validated ||
                !history.preExistingTable(op.table))
                return undefined;
            const name = op.name ? ` ${op.name}` : "";
            if (ctx.database === "mysql") {
                return (0,extend/* extend */.X)(spanOf(op), {
                    table: op.table,
                    message: `Adds CHECK constraint${name} on ${op.table}: MySQL copies the whole table (ALGORITHM=COPY) to check every row, blocking writes while it does.`,
                    safeAlternative: "Add the check with an online schema change tool (gh-ost, pt-online-schema-change), or at a quiet time after confirming every row passes it.",
                });
            }
            return (0,extend/* extend */.X)(spanOf(op), {
                table: op.table,
                message: `Adds validated CHECK constraint${name} on ${op.table}: PostgreSQL scans every row while holding an ACCESS EXCLUSIVE lock, so every read and write waits.`,
                safeAlternative: ctx.framework === "rails"
                    ? "Use `add_check_constraint ..., validate: false`, then `validate_check_constraint` in a separate migration."
                    : `Add it with \`NOT VALID\`, then \`ALTER TABLE ${op.table} VALIDATE CONSTRAINT ...\` in a separate migration (validation lets reads and writes continue).`,
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/add-domain-constraint.ts


const addDomainConstraint = {
    id: "add-domain-constraint",
    category: "locking",
    severity: "warning",
    description: "A validated constraint added to a domain checks every column of every table that uses the domain, under lock.",
    safeAlternative: "Add the domain constraint `NOT VALID` (checks new values only), then `ALTER DOMAIN ... VALIDATE CONSTRAINT` in a separate migration.",
    check: (ctx) => {
        if (ctx.database !== "postgresql")
            return [];
        return ctx.operations.flatMap((op) => {
            if (op.kind !== "add-domain-constraint" || !op.validated)
                return [];
            const name = op.name ? ` ${op.name}` : "";
            return [
                (0,extend/* extend */.X)(spanOf(op), {
                    message: `Adds constraint${name} to domain ${op.domain}: PostgreSQL checks every row of every table with a column of that domain, and blocks writes to those tables while it does.`,
                    safeAlternative: `Add it with \`NOT VALID\`, then \`ALTER DOMAIN ${op.domain} VALIDATE CONSTRAINT ...\` in a separate migration.`,
                }),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/add-exclusion-constraint.ts


const addExclusionConstraint = {
    id: "add-exclusion-constraint",
    category: "locking",
    severity: "warning",
    description: "An exclusion constraint on an existing table builds its index and checks every row under an ACCESS EXCLUSIVE lock.",
    safeAlternative: "PostgreSQL has no NOT VALID or USING INDEX for exclusion constraints: add it when the table is created, or at a quiet time with a short `lock_timeout` after checking that the rows already satisfy it.",
    check: (ctx) => {
        if (ctx.database !== "postgresql")
            return [];
        return collect(ctx, (op, history) => {
            if (op.kind !== "add-constraint" ||
                op.constraint !== "exclusion" ||
                !history.preExistingTable(op.table))
                return undefined;
            const name = op.name ? ` ${op.name}` : "";
            return (0,extend/* extend */.X)(spanOf(op), {
                table: op.table,
                message: `Adds exclusion constraint${name} on ${op.table}: PostgreSQL builds its index and checks every row while holding an ACCESS EXCLUSIVE lock, so every read and write waits.`,
            });
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
        return collect(ctx, (op, history) => {
            if (op.kind !== "add-constraint" ||
                op.constraint !== "foreign-key" ||
                !op.validated ||
                !history.preExistingTable(op.table))
                return undefined;
            const name = op.name ? ` ${op.name}` : "";
            if (ctx.database === "mysql") {
                return (0,extend/* extend */.X)(spanOf(op), {
                    table: op.table,
                    message: `Adds foreign key${name} on ${op.table}: with foreign_key_checks on, MySQL copies the whole table (ALGORITHM=COPY) and blocks writes while it does.`,
                    safeAlternative: "Add the foreign key with an online schema change tool (pt-online-schema-change), or at a quiet time after checking that every row has its parent.",
                });
            }
            return (0,extend/* extend */.X)(spanOf(op), {
                table: op.table,
                message: `Adds validated foreign key${name} on ${op.table}: PostgreSQL scans ${op.table} while holding SHARE ROW EXCLUSIVE locks on it and on the referenced table, blocking writes to both.`,
                safeAlternative: ctx.framework === "rails"
                    ? "Use `add_foreign_key ..., validate: false`, then `validate_foreign_key` in a separate migration (validation takes a lock that lets writes continue)."
                    : `Add it with \`NOT VALID\`, then \`ALTER TABLE ${op.table} VALIDATE CONSTRAINT ...\` in a separate migration (validation takes a lock that lets writes continue).`,
            });
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
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "add-column" || !op.notNull || !history.preExistingTable(op.table))
            return undefined;
        if (op.default?.transient) {
            // The rows are filled, then the default is dropped: the migration passes, the running release does not.
            return (0,extend/* extend */.X)(spanOf(op), {
                table: op.table,
                column: op.column,
                message: `Adds ${op.table}.${op.column} NOT NULL with a default the framework drops once existing rows are filled (Django keeps \`default=\` in Python): inserts from the release still running during the deploy, which does not set ${op.column}, fail.`,
                safeAlternative: "Add the field with `null=True` (or with `db_default=`, which stays in the database), deploy code that writes it, backfill, then make it NOT NULL in a later migration.",
            });
        }
        if (op.default)
            return undefined;
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            column: op.column,
            message: `Adds ${op.table}.${op.column} NOT NULL without a default: ${consequence(ctx.database)}, and inserts from the release still running during the deploy, which does not set ${op.column}, fail.`,
        });
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
        return collect(ctx, (op, history) => {
            if (op.kind !== "add-constraint" ||
                (op.constraint !== "unique" && op.constraint !== "primary-key") ||
                op.usingIndex ||
                !history.preExistingTable(op.table))
                return undefined;
            const kind = op.constraint === "unique" ? "UNIQUE" : "PRIMARY KEY";
            const name = op.name ?? `${op.table}_key`;
            return (0,extend/* extend */.X)(spanOf(op), {
                table: op.table,
                message: `Adds a ${kind} constraint on ${op.table}: PostgreSQL builds its index while holding an ACCESS EXCLUSIVE lock, so every read and write waits for the whole build.`,
                safeAlternative: `Run \`CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${op.table} (...)\` (${outsideTransaction(ctx.framework)}), then \`ALTER TABLE ${op.table} ADD CONSTRAINT ${name} ${kind} USING INDEX ${name}\`.`,
            });
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
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "change-column-type" || op.widening || !history.preExistingColumn(op.table, op.column))
            return undefined;
        const to = op.type ? ` to ${op.type}` : "";
        const unknown = !op.lossy && !history.hasSchema
            ? " (the old type is unknown: no migration history was available to tell a widening from a narrowing)"
            : "";
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            column: op.column,
            message: `Changes the type of ${op.table}.${op.column}${to}: app code of the release still running during the deploy may write values the new type rejects, or read values it does not expect${unknown}.`,
        });
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/cluster-table.ts


const clusterTable = {
    id: "cluster-table",
    category: "locking",
    severity: "warning",
    description: "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock: no reads or writes until it ends.",
    safeAlternative: "Reorder the table online with pg_repack (`pg_repack --table <table> --order-by <columns>`), or run CLUSTER by hand in a maintenance window, not in a migration.",
    check: (ctx) => {
        if (ctx.database !== "postgresql")
            return [];
        return collect(ctx, (op, history) => {
            if (op.kind !== "cluster" || (op.table !== undefined && !history.preExistingTable(op.table)))
                return undefined;
            const what = op.table ?? "every table clustered before";
            return (0,extend/* extend */.X)(spanOf(op), op.table ? { table: op.table } : {}, {
                message: `CLUSTER rewrites ${what} in index order while holding an ACCESS EXCLUSIVE lock, so every read and write waits for the whole rewrite.`,
            });
        });
    },
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
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "change-column-type" || op.widening || !history.preExistingColumn(op.table, op.column))
            return undefined;
        const to = op.type ? ` to ${op.type}` : "";
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            column: op.column,
            message: `Changing ${op.table}.${op.column}${to}: ${column_type_rewrite_consequence(ctx.database)}.`,
        });
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/concurrently-in-transaction.ts


function statement(op) {
    switch (op.kind) {
        case "add-index":
            return "CREATE INDEX CONCURRENTLY";
        case "drop-index":
            return "DROP INDEX CONCURRENTLY";
        case "reindex":
            return "REINDEX CONCURRENTLY";
        case "detach-partition":
            return "DETACH PARTITION CONCURRENTLY";
        default:
            return undefined;
    }
}
const concurrentlyInTransaction = {
    id: "concurrently-in-transaction",
    category: "locking",
    severity: "error",
    description: "CONCURRENTLY inside an explicit transaction block fails at run time, and the usual quick fix (dropping CONCURRENTLY) locks the table.",
    safeAlternative: "Take the statement out of BEGIN ... COMMIT and out of the framework's transaction, keeping CONCURRENTLY.",
    check: (ctx) => {
        if (ctx.database !== "postgresql")
            return [];
        return ctx.operations.flatMap((op) => {
            const what = statement(op);
            if (!what || !("concurrently" in op) || !op.concurrently || !op.inTransactionBlock)
                return [];
            return [
                (0,extend/* extend */.X)(spanOf(op), op.table ? { table: op.table } : {}, {
                    message: `${what} runs inside a transaction block: PostgreSQL refuses it ("cannot run inside a transaction block"), so the migration fails when it is deployed.`,
                    safeAlternative: `Remove the surrounding BEGIN/COMMIT and ${outsideTransaction(ctx.framework)}; keep CONCURRENTLY.`,
                }),
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/delete-rows.ts


const deleteRows = {
    id: "delete-rows",
    category: "destructive",
    severity: "error",
    description: "Deleting rows (DELETE, delete_all, destroy_all, .delete()) loses stored data.",
    safeAlternative: "Copy the rows to an archive table (or take a backup) before deleting them, delete in small batches from a task outside the schema migration, or soft-delete with a `deleted_at` column.",
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "delete-rows" || !history.preExistingTable(op.table))
            return undefined;
        if (isBookkeepingTable(op.table, ctx.framework))
            return undefined;
        const message = op.filtered
            ? `Deletes rows of ${op.table} (${op.via} with a filter): the deleted rows cannot be restored by rolling back the release.`
            : `Deletes every row of ${op.table} (${op.via} with no filter): the table is emptied and the rows cannot be restored by rolling back the release.`;
        return (0,extend/* extend */.X)(spanOf(op), { table: op.table, message });
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/detach-partition-not-concurrent.ts


const detachPartitionNotConcurrent = {
    id: "detach-partition-not-concurrent",
    category: "locking",
    severity: "warning",
    description: "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table.",
    safeAlternative: "Use `ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY` (PostgreSQL 14+) outside a transaction block; it waits for running queries instead of blocking new ones.",
    check: (ctx) => {
        if (ctx.database !== "postgresql")
            return [];
        return collect(ctx, (op, history) => {
            if (op.kind !== "detach-partition" || op.concurrently || !history.preExistingTable(op.table))
                return undefined;
            return (0,extend/* extend */.X)(spanOf(op), {
                table: op.table,
                message: `Detaches ${op.partition} from ${op.table} without CONCURRENTLY: PostgreSQL takes an ACCESS EXCLUSIVE lock on ${op.table}, so every read and write of every partition waits, and it waits itself behind any long query.`,
                safeAlternative: `Use \`ALTER TABLE ${op.table} DETACH PARTITION ${op.partition} CONCURRENTLY\` (PostgreSQL 14+) and ${outsideTransaction(ctx.framework)}.`,
            });
        });
    },
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
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "drop-column" || !history.preExistingColumn(op.table, op.column))
            return undefined;
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            column: op.column,
            message: `Drops column ${op.table}.${op.column}: its values are deleted, and app code of the release still running during the deploy fails when it reads or writes it.`,
            safeAlternative: advice(ctx.framework, op.table, op.column),
        });
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/drop-database.ts


const dropDatabase = {
    id: "drop-database",
    category: "destructive",
    severity: "error",
    description: "DROP DATABASE deletes every table of the database and every row in them.",
    safeAlternative: "Do not drop databases from a migration: retire a database by hand, after a backup, once nothing connects to it; a migration runs on every environment, production included.",
    check: (ctx) => ctx.operations.flatMap((op) => op.kind === "drop-database"
        ? [
            (0,extend/* extend */.X)(spanOf(op), {
                message: `Drops database ${op.name}: every table and row in it is deleted, and rolling back the release does not bring them back.`,
            }),
        ]
        : []),
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
        return collect(ctx, (op, history) => {
            if (op.kind !== "drop-index" || op.concurrently)
                return undefined;
            if (op.name && history.isNewIndex(op.name))
                return undefined;
            if (op.table && !history.preExistingTable(op.table))
                return undefined;
            const what = op.name ?? (op.columns ? `the index on (${op.columns.join(", ")})` : "an index");
            const on = op.table ? ` of ${op.table}` : "";
            return (0,extend/* extend */.X)(spanOf(op), op.table ? { table: op.table } : {}, {
                message: `Drops ${what}${on} without CONCURRENTLY: PostgreSQL takes an ACCESS EXCLUSIVE lock on the table, so reads and writes queue behind it (and behind any long query it waits for).`,
                safeAlternative: drop_index_not_concurrent_advice(ctx.framework),
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/drop-schema.ts


const dropSchema = {
    id: "drop-schema",
    category: "destructive",
    severity: "error",
    description: "DROP SCHEMA ... CASCADE deletes every table in the schema; without CASCADE it fails on a schema that holds anything.",
    safeAlternative: "Move the tables you keep out of the schema first (ALTER TABLE ... SET SCHEMA), back up the rest, and drop the schema without CASCADE in a later migration so it fails rather than deletes if anything is left.",
    check: (ctx) => ctx.operations.flatMap((op) => {
        if (op.kind !== "drop-schema")
            return [];
        const what = op.cascade
            ? "with CASCADE, every table, view and function in it is deleted with its rows"
            : "the migration fails if the schema still holds anything, and code of the running release that names it breaks";
        return [(0,extend/* extend */.X)(spanOf(op), { message: `Drops schema ${op.name}: ${what}.` })];
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/drop-sequence.ts


const dropSequence = {
    id: "drop-sequence",
    category: "destructive",
    severity: "error",
    description: "Dropping a sequence loses its current value, and inserts that draw ids from it fail.",
    safeAlternative: "Keep the sequence until no column default and no code calls it; if it must go, record its current value first (SELECT last_value) and drop it in a later migration.",
    check: (ctx) => ctx.operations.flatMap((op) => {
        if (op.kind !== "drop-sequence")
            return [];
        const cascade = op.cascade ? "; CASCADE also removes the column defaults that call it" : "";
        return [
            (0,extend/* extend */.X)(spanOf(op), {
                message: `Drops sequence ${op.name}: its current value is lost (a re-created sequence hands out ids already used) and inserts of the running release that draw from it fail${cascade}.`,
            }),
        ];
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/drop-table.ts


const dropTable = {
    id: "drop-table",
    category: "destructive",
    severity: "error",
    description: "Dropping a table that existed before this migration deletes its rows.",
    safeAlternative: "Stop using the table in app code and deploy that first; archive its rows (or rename the table aside so the step can be undone); drop it in a later migration once nothing reads it.",
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "drop-table" || !history.preExistingTable(op.table))
            return undefined;
        // IF EXISTS on a table the replayed history proves nothing created: the statement deletes nothing.
        if (op.ifExists && history.absentBefore(op.table))
            return undefined;
        const cascade = op.cascade ? ", with CASCADE (views and foreign keys that depend on it go too)" : "";
        const unproven = !op.ifExists
            ? ""
            : !history.hasSchema
                ? " (IF EXISTS does not make it safe: no migration history was available to show the table never existed)"
                : !history.hasCompleteSchema && !history.knownBefore(op.table)
                    ? " (IF EXISTS does not make it safe: the migration history does not reach back to the beginning, so it cannot show the table never existed: a migration before this one changes a table none of them created, or holds a statement or is a file that could not be read, or the history starts from a squash with no readable schema dump)"
                    : "";
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            message: `Drops table ${op.table}${cascade}: every row it holds is deleted, and app code of the release still running during the deploy fails on it${unproven}.`,
        });
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
        return collect(ctx, (op, history) => {
            if (op.kind !== "add-index" || op.concurrently || !history.preExistingTable(op.table))
                return undefined;
            const what = op.name ? `index ${op.name}` : `an index on (${op.columns.join(", ")})`;
            return (0,extend/* extend */.X)(spanOf(op), {
                table: op.table,
                message: `Builds ${what} on ${op.table} without CONCURRENTLY: PostgreSQL holds a SHARE lock for the whole build, so every INSERT, UPDATE and DELETE on ${op.table} waits.`,
                safeAlternative: index_not_concurrent_advice(ctx.framework, op.table),
            });
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
            (0,extend/* extend */.X)(spanOf(op), op.table !== undefined ? { table: op.table } : {}, {
                message: `This migration cannot be rolled back: ${op.reason.replace(/\.$/, "")}. If the deploy goes wrong, recovery means a backup or a forward fix.`,
            }),
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
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "change-column-type" || !op.lossy || !history.preExistingColumn(op.table, op.column))
            return undefined;
        const to = op.type ? ` to ${op.type}` : "";
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            column: op.column,
            message: `Changes ${op.table}.${op.column}${to}, a narrower type: stored values can be rounded or cut short, or the migration fails on the first value that does not fit.`,
        });
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/reindex-not-concurrent.ts


const reindexNotConcurrent = {
    id: "reindex-not-concurrent",
    category: "locking",
    severity: "warning",
    description: "REINDEX without CONCURRENTLY blocks writes to the table, and reads that use the index, for the whole rebuild.",
    safeAlternative: "Use `REINDEX ... CONCURRENTLY` (PostgreSQL 12+) outside a transaction block, or build a new index concurrently and drop the old one.",
    check: (ctx) => {
        if (ctx.database !== "postgresql")
            return [];
        return collect(ctx, (op, history) => {
            if (op.kind !== "reindex" || op.concurrently)
                return undefined;
            if (op.name && op.target === "index" && history.isNewIndex(op.name))
                return undefined;
            if (op.name && op.target === "table" && !history.preExistingTable(op.name))
                return undefined;
            const what = `${op.target.toUpperCase()}${op.name ? ` ${op.name}` : ""}`;
            return (0,extend/* extend */.X)(spanOf(op), op.target === "table" && op.name ? { table: op.name } : {}, {
                message: `REINDEX ${what} without CONCURRENTLY: PostgreSQL blocks every write to the table and locks the index itself, so queries planned to use it wait for the whole rebuild.`,
                safeAlternative: `Use \`REINDEX ${what.replace(/^(\w+)/, "$1 CONCURRENTLY")}\` (PostgreSQL 12+) and ${outsideTransaction(ctx.framework)}.`,
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/rename-column.ts


const renameColumn = {
    id: "rename-column",
    category: "backward-incompatible",
    severity: "warning",
    description: "Renaming a column breaks app code still using the old name during the deploy.",
    safeAlternative: "Rename in three deploys: add the new column and write to both (backfilling in batches); move reads to the new column; drop the old one in a later migration.",
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "rename-column" || !history.preExistingColumn(op.table, op.column))
            return undefined;
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            column: op.column,
            message: `Renames ${op.table}.${op.column} to ${op.newName}: app code of the release still running during the deploy uses the old name and fails until every server runs the new code.`,
            safeAlternative: ctx.framework === "rails"
                ? `Rename in three deploys: add ${op.newName} and write to both columns (backfill in batches); move reads to ${op.newName} and add ${op.column} to \`ignored_columns\`; drop ${op.column} in a later migration.`
                : `Rename in three deploys: add ${op.newName} and write to both columns (backfill in batches); move reads to ${op.newName}; drop ${op.column} in a later migration.`,
        });
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/rename-enum-value.ts


const renameEnumValue = {
    id: "rename-enum-value",
    category: "backward-incompatible",
    severity: "warning",
    description: "Renaming an enum value breaks app code of the running release that writes or compares the old label.",
    safeAlternative: "Add the new value (ALTER TYPE ... ADD VALUE), move the app to write it and backfill rows in batches, and stop using the old label before retiring it.",
    check: (ctx) => ctx.operations.flatMap((op) => op.kind === "rename-enum-value"
        ? [
            (0,extend/* extend */.X)(spanOf(op), {
                message: `Renames value '${op.value}' of type ${op.type} to '${op.newValue}': every row holding it changes label at once, and code of the release still running that writes or compares '${op.value}' fails.`,
            }),
        ]
        : []),
};

;// CONCATENATED MODULE: ./src/core/rules/rename-schema.ts


const renameSchema = {
    id: "rename-schema",
    category: "backward-incompatible",
    severity: "error",
    description: "Renaming a schema breaks every query of the running release that names a table through it.",
    safeAlternative: "Create the new schema and move objects into it one at a time with views (or a search_path entry) left under the old name, move the app to the new name, then drop the old schema in a later migration.",
    check: (ctx) => ctx.operations.flatMap((op) => op.kind === "rename-schema"
        ? [
            (0,extend/* extend */.X)(spanOf(op), {
                message: `Renames schema ${op.name} to ${op.newName}: every table, view and function under ${op.name} moves at once, and code of the release still running that names ${op.name} fails until every server runs the new code.`,
            }),
        ]
        : []),
};

;// CONCATENATED MODULE: ./src/core/rules/rename-table.ts


const renameTable = {
    id: "rename-table",
    category: "backward-incompatible",
    severity: "warning",
    description: "Renaming a table breaks app code still using the old name during the deploy.",
    safeAlternative: "Keep both names working during the deploy: rename the table and create a view with the old name over it (simple views are updatable in PostgreSQL and MySQL), move the app to the new name, then drop the view in a later migration.",
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "rename-table" || !history.preExistingTable(op.table))
            return undefined;
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            message: `Renames table ${op.table} to ${op.newName}: app code of the release still running during the deploy uses the old name and fails until every server runs the new code.`,
        });
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/set-not-null.ts


/**
 * The columns a valid `CHECK (col IS NOT NULL)` covers at each point of the file: PostgreSQL 12+ trusts such a
 * check and skips SET NOT NULL's scan. Checks are matched by table and name; a NOT VALID one counts once validated.
 */
class NotNullChecks {
    pending = new Map();
    valid = new Map();
    record(op) {
        if (op.kind === "add-constraint" && op.notNullColumn) {
            const key = `${tableKey(op.table)}\u0000${op.name ?? ""}`;
            (op.validated ? this.valid : this.pending).set(key, op.notNullColumn);
        }
        else if ((op.kind === "validate-constraint" || op.kind === "drop-constraint") && op.name) {
            const key = `${tableKey(op.table)}\u0000${op.name}`;
            const column = this.pending.get(key) ?? this.valid.get(key);
            this.pending.delete(key);
            this.valid.delete(key);
            if (column && op.kind === "validate-constraint")
                this.valid.set(key, column);
        }
    }
    covers(table, column) {
        const prefix = `${tableKey(table)}\u0000`;
        for (const [key, col] of this.valid)
            if (col === column && key.startsWith(prefix))
                return true;
        return false;
    }
}
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
        const checks = new NotNullChecks();
        return collect(ctx, (op, history) => {
            checks.record(op);
            if (op.kind !== "set-not-null" || !history.preExistingTable(op.table))
                return undefined;
            if (ctx.database === "postgresql" && checks.covers(op.table, op.column))
                return undefined;
            const target = `${op.table}.${op.column}`;
            if (ctx.database === "mysql") {
                return (0,extend/* extend */.X)(spanOf(op), {
                    table: op.table,
                    column: op.column,
                    message: `Makes ${target} NOT NULL: MySQL rebuilds the whole table to do it, and the migration fails if any row holds NULL.`,
                    safeAlternative: `Backfill NULLs in ${target} in batches first, then run the change with an online schema change tool (gh-ost, pt-online-schema-change) or at a quiet time.`,
                });
            }
            return (0,extend/* extend */.X)(spanOf(op), {
                table: op.table,
                column: op.column,
                message: `Sets ${target} NOT NULL: PostgreSQL scans the whole of ${op.table} for NULLs while holding an ACCESS EXCLUSIVE lock, so every read and write waits.`,
                safeAlternative: postgresAdvice(ctx.framework, op.table, op.column),
            });
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
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "truncate")
            return undefined;
        const tables = op.tables.filter((t) => history.preExistingTable(t));
        if (tables.length === 0)
            return undefined;
        const cascade = op.cascade ? ", with CASCADE (tables referencing them are emptied too)" : "";
        return (0,extend/* extend */.X)(spanOf(op), {
            table: tables[0],
            message: `Truncates ${tables.join(", ")}${cascade}: every row is deleted and cannot be restored by rolling back the release.`,
        });
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
        return (0,extend/* extend */.X)(spanOf(problem), { message: `${text}${skipped}. Nothing in it is known to be safe.` });
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
            (0,extend/* extend */.X)(spanOf(op), op.table !== undefined ? { table: op.table } : {}, {
                message: `Could not follow${shown}: ${op.reason.replace(/\.$/, "")}. It was not analysed, so a human must check what it does.`,
            }),
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
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "update-rows" || op.onlyNulls || !history.preExistingTable(op.table))
            return undefined;
        if (isBookkeepingTable(op.table, ctx.framework))
            return undefined;
        const rows = op.filtered ? "with a filter" : "on every row";
        const alternative = `Write the new values into a new column (expand-contract) so the old ones survive, or restrict the update to rows where the column IS NULL.${batches(ctx.framework)}`;
        if (op.columns.length === 0) {
            return (0,extend/* extend */.X)(spanOf(op), {
                table: op.table,
                message: `Updates ${op.table} (${op.via} ${rows}) and the assigned columns could not be determined, so it may overwrite values the previous release wrote.`,
                safeAlternative: alternative,
            });
        }
        const overwritten = op.columns.filter((c) => history.preExistingColumn(op.table, c));
        if (overwritten.length === 0)
            return undefined;
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            column: overwritten[0],
            message: `Overwrites ${overwritten.map((c) => `${op.table}.${c}`).join(", ")} (${op.via} ${rows}): the previous values are lost and cannot be restored by rolling back the release.`,
            safeAlternative: alternative,
        });
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/vacuum-full.ts


const vacuumFull = {
    id: "vacuum-full",
    category: "locking",
    severity: "warning",
    description: "VACUUM FULL rewrites each table under an ACCESS EXCLUSIVE lock: no reads or writes until it ends.",
    safeAlternative: "Let (auto)vacuum reclaim space without blocking, or compact the table online with pg_repack; VACUUM cannot run inside a migration's transaction anyway.",
    check: (ctx) => {
        if (ctx.database !== "postgresql")
            return [];
        return collect(ctx, (op, history) => {
            if (op.kind !== "vacuum-full")
                return undefined;
            const tables = op.tables.filter((t) => history.preExistingTable(t));
            if (op.tables.length > 0 && tables.length === 0)
                return undefined;
            const what = tables.length ? tables.join(", ") : "every table of the database";
            return (0,extend/* extend */.X)(spanOf(op), tables.length === 1 ? { table: tables[0] } : {}, {
                message: `VACUUM FULL rewrites ${what} while holding an ACCESS EXCLUSIVE lock, so every read and write waits for the whole rewrite.`,
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/core/rules/validate-in-same-transaction.ts


/**
 * Constraints pair by table and name. An unnamed validation (Rails' `validate_foreign_key :orders, :users`,
 * which finds the key by its target) pairs with an unnamed NOT VALID constraint on the same table.
 */
function key(table, name) {
    return `${tableKey(table)}\u0000${name ?? ""}`;
}
const validateInSameTransaction = {
    id: "validate-in-same-transaction",
    category: "locking",
    severity: "warning",
    description: "A constraint added NOT VALID and validated in the same transaction scans the table while the ADD's lock is still held.",
    safeAlternative: "Validate in a later migration (or after a COMMIT), so the scan runs under VALIDATE's weak lock instead of the ADD's strong one.",
    check: (ctx) => {
        if (ctx.database !== "postgresql")
            return [];
        // Sequelize runs each queryInterface call in a transaction of its own unless one is passed.
        if (ctx.framework === "sequelize")
            return [];
        const notValid = new Map();
        return ctx.operations.flatMap((op) => {
            if (op.kind === "add-constraint" && !op.validated) {
                notValid.set(key(op.table, op.name), op);
                return [];
            }
            if (op.kind !== "validate-constraint")
                return [];
            const added = notValid.get(key(op.table, op.name));
            if (!added || (added.transaction ?? 0) !== (op.transaction ?? 0))
                return [];
            return [
                (0,extend/* extend */.X)(spanOf(op), {
                    table: op.table,
                    message: `Validates ${op.name ?? "a constraint"} on ${op.table} in the transaction that added it NOT VALID (line ${added.line}): the ADD's lock is held until COMMIT, so the validation scan runs under that lock (ACCESS EXCLUSIVE for a check, blocking writes for a foreign key) just as a validated ADD would, and NOT VALID gains nothing.`,
                }),
            ];
        });
    },
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
    check: (ctx) => collect(ctx, (op, history) => {
        if (op.kind !== "add-column" || !op.default?.volatile || !history.preExistingTable(op.table))
            return undefined;
        const text = op.default.text ? ` (${op.default.text})` : "";
        return (0,extend/* extend */.X)(spanOf(op), {
            table: op.table,
            column: op.column,
            message: `Adds ${op.table}.${op.column} with a volatile default${text}: ${volatile_default_consequence(ctx.database)}.`,
        });
    }),
};

;// CONCATENATED MODULE: ./src/core/rules/index.ts




































const rules = [
    addCheckConstraint,
    addDomainConstraint,
    addExclusionConstraint,
    addForeignKey,
    addRequiredColumn,
    addUniqueConstraint,
    changeColumnType,
    clusterTable,
    columnTypeRewrite,
    concurrentlyInTransaction,
    deleteRows,
    detachPartitionNotConcurrent,
    dropColumn,
    dropDatabase,
    dropIndexNotConcurrent,
    dropSchema,
    dropSequence,
    dropTable,
    editedMigration,
    indexNotConcurrent,
    irreversibleMigration,
    lossyTypeChange,
    reindexNotConcurrent,
    renameColumn,
    renameEnumValue,
    renameSchema,
    renameTable,
    setNotNull,
    truncateTable,
    unparseableMigration,
    unrecognizedOperation,
    unusedAllow,
    updateRows,
    vacuumFull,
    validateInSameTransaction,
    volatileDefault,
];
function ruleById(id) {
    return rules.find((r) => r.id === id);
}


/***/ }),

/***/ 2686:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ runTimeName),
/* harmony export */   w: () => (/* binding */ isRunTimeName)
/* harmony export */ });
// A name a migration computes at run time (`drop_table table_name`, `DELETE FROM #{t}`): the verb is known, the
// object is not. Readers spell such a name with this one helper, and rules recognise it, so a drop of "some
// table" stays a drop and is never taken for a table the file created itself.
const SUFFIX = /\(an? (?:table|column|name) computed at run time\)$/;
/** `{table_name} (a table computed at run time)`: the expression the name comes from, and what it names. */
function runTimeName(part, source) {
    const expr = source.replace(/\s+/g, " ").trim();
    const shown = expr.length > 60 ? `${expr.slice(0, 57)}...` : expr;
    return `{${shown}} (a ${part} computed at run time)`;
}
function isRunTimeName(name) {
    return SUFFIX.test(name);
}


/***/ }),

/***/ 4014:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V5: () => (/* reexport */ FolderHistory),
  nG: () => (/* reexport */ byName),
  oi: () => (/* reexport */ isForwardMigration),
  W: () => (/* reexport */ mayOrderByContent),
  V0: () => (/* reexport */ migrationOrder),
  mL: () => (/* reexport */ ordersByContent),
  gS: () => (/* reexport */ refineWithSchema),
  YB: () => (/* reexport */ vocabularyOf)
});

// UNUSED EXPORTS: SchemaState, migrationVersion, schemaKey

// EXTERNAL MODULE: ./src/core/column-types/index.ts + 3 modules
var column_types = __nccwpck_require__(6074);
// EXTERNAL MODULE: ./src/core/extend.ts
var extend = __nccwpck_require__(1131);
;// CONCATENATED MODULE: ./src/core/schema/state.ts
// The schema as the migrations before a file left it: tables, their columns, each column's type and
// nullability as far as the readers could tell. Built by replaying forward operations in migration order
// (history.ts); pure data, no I/O.


/** Table names compare without quotes and without PostgreSQL's default schema (as rules' `tableKey`). */
function schemaKey(name) {
    const bare = name.replace(/["`[\]]/g, "");
    return bare.toLowerCase().startsWith("public.") ? bare.slice("public.".length) : bare;
}
class SchemaState {
    tables = new Map();
    /** Enum types by `enumKey`. A column's type holds the same object, so a value added reaches its columns. */
    enums = new Map();
    incomplete = false;
    get complete() {
        return !this.incomplete;
    }
    /** Absence no longer proves anything (an unreadable migration, a statement not followed, a squashed start). */
    markIncomplete() {
        this.incomplete = true;
    }
    table(name) {
        return this.tables.get(schemaKey(name));
    }
    column(table, column) {
        return this.table(table)?.columns.get(column.toLowerCase());
    }
    enumType(name) {
        return this.enums.get((0,column_types/* enumKey */.RB)(name));
    }
    enumColumns() {
        // Asked only at a DROP TYPE: one walk over the columns there, none per file.
        const out = [];
        for (const [table, state] of this.tables)
            for (const [column, c] of state.columns)
                if (c.type?.enum)
                    out.push({ table, column, type: c.type.enum });
        return out;
    }
    /** A type as an operation wrote it, read into the model: a name of a known enum is that enum. */
    typed(text, vocabulary) {
        if (text === undefined)
            return undefined;
        return (0,column_types/* withEnum */.wr)((0,column_types/* typeFromText */.g6)(text, vocabulary), (name) => this.enumType(name));
    }
    /**
     * A schema dump laid over what the replay knows, for the migrations newer than the dump: the dump is the
     * whole schema at its version, so absence is proven again from here; but a table or column the replay has
     * stays (a dump never makes absent what a migration created), and only what the dump creates is taken
     * from it (a `force:` drop in a dump clears nothing), with the columns it adds (structure.sql's `ALTER TABLE
     * ... ADD COLUMN`; one on a table it never made leaves the state incomplete). A statement it holds that the
     * reader could not follow still leaves the state incomplete.
     */
    seed(operations, vocabulary) {
        this.incomplete = false;
        for (const op of operations) {
            if (op.kind === "unknown")
                this.markIncomplete();
            // An enum the replay made stays the replay's (its columns hold it); the dump's other enums are taken.
            if (op.kind === "create-enum")
                this.apply(op, "seed", vocabulary);
            if (op.kind === "add-column")
                this.apply(op, "seed", vocabulary);
            if (op.kind !== "create-table" || op.rebuildOf)
                continue;
            const table = this.table(op.table);
            if (!table) {
                this.apply(op, "seed", vocabulary);
                continue;
            }
            for (const column of op.columns)
                if (!table.columns.has(column.toLowerCase()))
                    table.columns.set(column.toLowerCase(), { origin: "seed" });
        }
    }
    /** Forgets everything: the replay starts again from the first migration. */
    reset() {
        this.tables.clear();
        this.enums.clear();
        this.incomplete = false;
    }
    /** One forward operation of a migration whose types are spelled in `vocabulary`. */
    apply(op, origin, vocabulary) {
        const touch = (name) => {
            const table = this.table(name);
            // A table no migration before created: the history does not start at the beginning (squashed, or made
            // outside migrations), so what is absent proves nothing from here on.
            if (!table)
                this.markIncomplete();
            return table;
        };
        switch (op.kind) {
            case "create-table": {
                if (op.rebuildOf) {
                    // The rebuilt table ends under the old name with the new columns; `op.table` is renamed away.
                    const old = this.table(op.rebuildOf.table);
                    if (!old)
                        this.markIncomplete();
                    this.tables.delete(schemaKey(op.rebuildOf.table));
                    this.apply((0,extend/* extend */.X)(op, { table: op.rebuildOf.table, rebuildOf: undefined }), old?.origin ?? origin, vocabulary);
                    break;
                }
                if (this.table(op.table)) {
                    // CREATE TABLE IF NOT EXISTS on a table that exists does nothing; without it the migration fails.
                    break;
                }
                const columns = new Map();
                const notNull = new Set((op.notNullColumns ?? []).map((c) => c.toLowerCase()));
                for (const column of op.columns) {
                    const type = this.typed(op.columnTypes?.[column], vocabulary);
                    columns.set(column.toLowerCase(), {
                        origin,
                        ...(type ? { type } : {}),
                        ...(op.notNullColumns ? { notNull: notNull.has(column.toLowerCase()) } : {}),
                    });
                }
                this.tables.set(schemaKey(op.table), { origin, columns });
                break;
            }
            case "drop-table":
                if (!this.tables.delete(schemaKey(op.table)) && !op.ifExists)
                    this.markIncomplete();
                break;
            case "rename-table": {
                const table = touch(op.table);
                if (!table)
                    break;
                this.tables.delete(schemaKey(op.table));
                this.tables.set(schemaKey(op.newName), table);
                break;
            }
            case "add-column": {
                const table = touch(op.table);
                if (!table || table.columns.has(op.column.toLowerCase()))
                    break;
                const type = this.typed(op.type, vocabulary);
                table.columns.set(op.column.toLowerCase(), {
                    origin,
                    ...(type ? { type } : {}),
                    ...(op.notNull !== undefined ? { notNull: op.notNull } : {}),
                });
                break;
            }
            case "drop-column": {
                const table = touch(op.table);
                if (table && !table.columns.delete(op.column.toLowerCase()))
                    this.markIncomplete();
                break;
            }
            case "rename-column": {
                const table = touch(op.table);
                const column = table?.columns.get(op.column.toLowerCase());
                if (!table || !column) {
                    if (table)
                        this.markIncomplete();
                    break;
                }
                table.columns.delete(op.column.toLowerCase());
                table.columns.set(op.newName.toLowerCase(), column);
                break;
            }
            case "change-column-type": {
                const column = this.knownColumn(op.table, op.column);
                if (!column)
                    break;
                const type = this.typed(op.type, vocabulary);
                if (type)
                    column.type = type;
                else
                    delete column.type;
                if (op.notNull !== undefined)
                    column.notNull = op.notNull;
                break;
            }
            case "set-not-null":
            case "drop-not-null": {
                const column = this.knownColumn(op.table, op.column);
                if (column)
                    column.notNull = op.kind === "set-not-null";
                break;
            }
            case "create-enum":
                // CREATE TYPE of a name that exists fails; the type stays as it was.
                if (!this.enums.has((0,column_types/* enumKey */.RB)(op.type)))
                    this.enums.set((0,column_types/* enumKey */.RB)(op.type), { name: op.type, labels: [...op.values] });
                break;
            case "add-enum-value": {
                const known = this.enumType(op.type);
                // A type no migration before made: the history does not start at the beginning.
                if (!known)
                    this.markIncomplete();
                else if (!known.labels.includes(op.value))
                    known.labels.push(op.value);
                break;
            }
            case "rename-enum-value": {
                const known = this.enumType(op.type);
                if (!known)
                    this.markIncomplete();
                else
                    known.labels = known.labels.map((l) => (l === op.value ? op.newValue : l));
                break;
            }
            case "rename-type": {
                // Any type may be renamed; only an enum's rename is one the state follows.
                const known = this.enumType(op.type);
                if (!known)
                    break;
                this.enums.delete((0,column_types/* enumKey */.RB)(op.type));
                known.name = op.newName;
                this.enums.set((0,column_types/* enumKey */.RB)(op.newName), known);
                break;
            }
            case "drop-type": {
                const known = this.enumType(op.type);
                if (!known)
                    break;
                // CASCADE drops the columns typed by it; without, the drop ran only because none was.
                if (op.cascade)
                    for (const { table, column, type } of this.enumColumns())
                        if (type === known)
                            this.tables.get(table)?.columns.delete(column);
                this.enums.delete((0,column_types/* enumKey */.RB)(op.type));
                break;
            }
            case "unknown":
                // Raw SQL or code the reader could not follow may have created or dropped anything.
                this.markIncomplete();
                break;
            default:
                break;
        }
    }
    knownColumn(table, column) {
        const t = this.table(table);
        const c = t?.columns.get(column.toLowerCase());
        if (!c)
            this.markIncomplete();
        return c;
    }
}

;// CONCATENATED MODULE: ./src/core/schema/history.ts

/** The spelling each framework's operations use for types (see `typeFromText`). */
function vocabularyOf(framework) {
    return framework === "rails" || framework === "laravel" || framework === "ecto" ? "abstract" : "sql";
}
/** The version a migration's name leads with (`20240101000000_create_users.rb`), when it has one. */
function migrationVersion(path) {
    const digits = /^(\d+)_/.exec(path.slice(path.lastIndexOf("/") + 1))?.[1];
    return digits === undefined ? undefined : BigInt(digits);
}
class FolderHistory {
    entries;
    readDump;
    state = new SchemaState();
    position = new Map();
    parsed = [];
    /** How many entries the replay has passed, and how many of them belonged. */
    cursor = 0;
    replayed = 0;
    /** True once the dump is laid over the replay (at the first migration newer than it). */
    seeded = false;
    dumpRead;
    vocabulary;
    /**
     * `dump`: read when first needed; it seeds the state of the migrations newer than it. Undefined: there is
     * none, and the history is the replay alone; null: there is one that cannot be read, so the migrations
     * may not start at the beginning (squashed), and the history proves no absence.
     */
    constructor(framework, entries, readDump) {
        this.entries = entries;
        this.readDump = readDump;
        this.vocabulary = vocabularyOf(framework);
        entries.forEach((e, i) => this.position.set(e.path, i));
    }
    /** The last entry already in the repository before the change (-1: none), when asked; see `SchemaDump.version`. */
    lastBefore;
    /**
     * The last of this history's migrations the change does not add. Found from the end, skipping what is not
     * one (Prisma's `migration_lock.toml` sorts after the migrations), so only a dump without a version reads
     * files after the one analysed, and then only back to the first that belongs.
     */
    lastBeforeChange() {
        if (this.lastBefore === undefined) {
            let last = this.entries.length - 1;
            for (; last >= 0; last--) {
                const e = this.entries[last];
                if (e.origin !== "change" && e.belongs?.() !== false)
                    break;
            }
            this.lastBefore = last;
        }
        return this.lastBefore;
    }
    /** True when the dump describes the schema before entry `i` ran: the migration is newer than the dump. */
    seeds(dump, i) {
        if (!dump)
            return false;
        if (dump.version === undefined)
            return i > this.lastBeforeChange();
        const version = migrationVersion(this.entries[i].path);
        return version !== undefined && version > dump.version;
    }
    /** Where `path` stands in the replay order, when it is one of the folder's migrations of this framework. */
    indexOf(path) {
        return this.position.get(path);
    }
    /** The same file's reading, when the analysis already has it (so a file is parsed once, not twice). */
    remember(path, parsed) {
        const i = this.position.get(path);
        if (i !== undefined && !(i in this.parsed))
            this.parsed[i] = readable(parsed);
    }
    /**
     * The schema before `path` ran, or undefined when there is no history for it: the path is not one of the
     * folder's migrations, or nothing ran before it. The view is valid until the next call.
     */
    before(path) {
        const i = this.position.get(path);
        if (i === undefined)
            return undefined;
        const dump = this.dump();
        const seeded = this.seeds(dump, i);
        if (i === 0 && !seeded)
            return undefined;
        if (i < this.cursor) {
            this.state.reset();
            this.cursor = 0;
            this.replayed = 0;
            this.seeded = false;
        }
        if (this.cursor === 0 && dump === null)
            this.state.markIncomplete();
        for (; this.cursor < i; this.cursor++) {
            if (this.entries[this.cursor].belongs?.() === false)
                continue;
            if (!this.seeded && this.seeds(dump, this.cursor))
                this.seed(dump);
            this.replayed++;
            const ops = this.operations(this.cursor);
            // A migration that could not be read may have created or dropped anything.
            if (ops === undefined)
                this.state.markIncomplete();
            else
                for (const op of ops)
                    this.state.apply(op, this.entries[this.cursor].origin, this.vocabulary);
        }
        if (seeded && !this.seeded)
            this.seed(dump);
        // Only other frameworks' files before it: nothing of this history ran before, as for the first.
        return this.replayed || this.seeded ? this.state : undefined;
    }
    seed(dump) {
        this.state.seed(dump.operations, dump.vocabulary ?? this.vocabulary);
        this.seeded = true;
    }
    dump() {
        if (!this.dumpRead) {
            let dump;
            try {
                dump = this.readDump?.();
            }
            catch {
                // A dump reader that fails is an unreadable dump (fails closed: no seed, and no absence proven).
                dump = null;
            }
            this.dumpRead = { dump };
        }
        return this.dumpRead.dump;
    }
    operations(i) {
        if (!(i in this.parsed)) {
            let parsed;
            try {
                parsed = this.entries[i].parse();
            }
            catch {
                // A reader that fails here is reported where that file is analysed; for the history it is unreadable
                // (fails closed: the state becomes incomplete, so nothing is called absent).
                parsed = undefined;
            }
            this.parsed[i] = parsed && readable(parsed);
        }
        return this.parsed[i];
    }
}
/** A reading with problems is as good as none for the history. */
function readable(parsed) {
    return parsed.problems.length ? undefined : parsed.operations;
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
// EXTERNAL MODULE: ./src/core/order.ts
var core_order = __nccwpck_require__(2831);
;// CONCATENATED MODULE: ./src/core/schema/order.ts
// The order a framework runs the migrations of one folder in: what the schema history replays.



/**
 * Names compared as `new Intl.Collator("en", { numeric: true, sensitivity: "base" })` compares them: digit runs
 * as numbers (leading zeros ignored), letters without case, spaces and punctuation before digits, digits before
 * letters. Building that collator loads ICU's locale tables, 69 of the 784 million instructions of a cold start
 * on one file (callgrind), and comparing through it in a sort of a thousand names costs as much again. So for
 * printable ASCII, which is every migration name we have seen, each name becomes once a key whose plain string
 * order is that order; any other character falls back to the collator, built on first use. (The npm
 * `natural-compare` package orders case-sensitively and reads digit runs as floats, which misorders versions
 * longer than 15 digits.) A unit test holds this to the collator on random names.
 */
function naturalCompare(a, b) {
    const x = naturalKey(a);
    const y = naturalKey(b);
    if (x === undefined || y === undefined)
        return (collator ??= newCollator()).compare(a, b);
    return compareCodeUnits(x, y);
}
/** `items` sorted by `nameOf` in the collator's order, each name's key made once. */
function sortNaturally(items, nameOf) {
    // Past a few thousand names the collator's native comparisons outrun making keys in JavaScript, its cost of
    // building paid once (a folder of 10,000: 14 against 56 ms, CPU profiles); the two orders are the same.
    const byCollator = () => {
        const c = (collator ??= newCollator());
        return [...items].sort((a, b) => c.compare(nameOf(a), nameOf(b)));
    };
    if (items.length > COLLATOR_PAST)
        return byCollator();
    const keys = items.map((item) => naturalKey(nameOf(item)));
    if (keys.some((k) => k === undefined))
        return byCollator();
    const order = items.map((_, i) => i).sort((i, j) => (0,core_order/* compareCodeUnits */.U)(keys[i], keys[j]) || i - j);
    return order.map((i) => items[i]);
}
/** ASCII spaces and punctuation in ICU's root order (read off the collator; the unit test checks it). */
const PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
let collator;
const COLLATOR_PAST = 2000;
const newCollator = () => new Intl.Collator("en", { numeric: true, sensitivity: "base" });
/**
 * The key: punctuation as U+0020 + its rank; a run of digits as U+0060, then U+0100 + its length without
 * leading zeros, then those digits (so a longer number is larger, and equal lengths compare digit by digit);
 * letters in lower case (U+0061 and up, after every digit run). Undefined outside printable ASCII.
 */
function naturalKey(name) {
    if (!PRINTABLE_ASCII.test(name))
        return undefined;
    return name.toLowerCase().replace(/[0-9]+|[^0-9a-z]/g, (part) => {
        if (!isDigit(part.charCodeAt(0)))
            return PUNCTUATION_KEY[part.charCodeAt(0)];
        const digits = part.replace(/^0+/, "");
        return "\u0060" + String.fromCharCode(0x100 + digits.length) + digits;
    });
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const isDigit = (c) => c >= 48 && c <= 57;
/** Each ASCII punctuation character's key character, by char code. */
const PUNCTUATION_KEY = [];
for (let rank = 0; rank < PUNCTUATION.length; rank++)
    PUNCTUATION_KEY[PUNCTUATION.charCodeAt(rank)] = String.fromCharCode(0x20 + rank);
function baseName(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
/** Files a framework never runs forward: the down halves of pairs, Flyway's undo and repeatable scripts. */
function isForwardMigration(framework, path) {
    const name = baseName(path);
    if (/\.down\.sql$/i.test(name))
        return false;
    if (framework === "flyway" && /^[UR]/i.test(name))
        return false;
    return true;
}
/**
 * Dependencies first, ties by name (numeric parts compared as numbers). A cycle or a dependency outside the
 * folder cannot stop the order: what is left is appended by name.
 */
function topological(files, deps, id) {
    const byId = new Map(files.map((f) => [id(f), f]));
    const waiting = new Map();
    const dependents = new Map();
    for (const f of files) {
        const known = deps(f).filter((d) => byId.has(d) && d !== id(f));
        waiting.set(id(f), known.length);
        for (const d of known)
            dependents.set(d, [...(dependents.get(d) ?? []), id(f)]);
    }
    // Ties by name: each file's place in the folder sorted by name once.
    const place = new Map(sortNaturally(files, (f) => baseName(f.path)).map((f, i) => [f, i]));
    const byName = (a, b) => place.get(a) - place.get(b);
    const ready = files.filter((f) => waiting.get(id(f)) === 0).sort(byName);
    const out = [];
    const placed = new Set();
    while (ready.length) {
        const f = ready.shift();
        out.push(f);
        placed.add(id(f));
        for (const next of dependents.get(id(f)) ?? []) {
            const left = waiting.get(next) - 1;
            waiting.set(next, left);
            if (left === 0) {
                ready.push(byId.get(next));
                ready.sort(byName);
            }
        }
    }
    return [...out, ...files.filter((f) => !placed.has(id(f))).sort(byName)];
}
/** Alembic: `revision = "..."`, `down_revision = "..."` or a tuple of them (a merge). */
function alembicIds(source) {
    const revision = /^revision\s*(?::[^=\n]*)?=\s*["']([^"']+)["']/m.exec(source ?? "")?.[1];
    const downText = /^down_revision\s*(?::[^=\n]*)?=\s*(.+)$/m.exec(source ?? "")?.[1] ?? "";
    const down = [...downText.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]);
    return (0,extend/* extend */.X)(revision !== undefined ? { revision } : {}, { down });
}
/** Django: `("app", "0003_name")` pairs in `dependencies`; only this app's (the folder's) order matters. */
function djangoDeps(source) {
    const block = /dependencies\s*=\s*\[([\s\S]*?)\]/.exec(source ?? "")?.[1] ?? "";
    return [...block.matchAll(/\(\s*["'][^"']+["']\s*,\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
}
/** Frameworks that order their migrations by what the files say (a graph), not by their names. */
function ordersByContent(framework) {
    return framework === "alembic" || framework === "django";
}
/**
 * Whether the file at `path` may be one of a framework that orders by content, known before it is read: only a
 * `.py` file is Django's or Alembic's, unless the config's `paths` name others for them. Any other file's place in
 * its history is its name's.
 */
function mayOrderByContent(path, paths) {
    return /\.py$/i.test(path) || (0,glob/* matchesAny */._I)(path, paths.alembic ?? []) || (0,glob/* matchesAny */._I)(path, paths.django ?? []);
}
/**
 * By name, numeric parts compared as numbers: the order of every framework that does not order by content.
 * The files share their history's folder, so their paths differ only in the name (Prisma's: the migration's
 * folder, as every file is `migration.sql`).
 */
function byName(files) {
    return sortNaturally(files, (f) => f.path);
}
/** The folder's forward migrations of `framework`, in the order the framework applies them. */
function migrationOrder(framework, files) {
    const forward = files.filter((f) => isForwardMigration(framework, f.path));
    switch (framework) {
        case "alembic": {
            const ids = new Map(forward.map((f) => [f, alembicIds(f.source)]));
            return topological(forward, (f) => ids.get(f).down, (f) => ids.get(f).revision ?? f.path);
        }
        case "django":
            return topological(forward, (f) => djangoDeps(f.source), (f) => baseName(f.path).replace(/\.py$/, ""));
        default:
            // Timestamps and version numbers lead the names (Rails, Knex, Laravel, Ecto, golang-migrate, Flyway's
            // V1_2__, goose, dbmate...): numeric parts compared as numbers give the order the tools apply.
            return byName(forward);
    }
}

;// CONCATENATED MODULE: ./src/core/schema/file-enums.ts
// The enum types as one file leaves them, operation by operation, over the schema before it: what the file
// creates, the values it adds, its renames and drops. Copies, never the schema's own objects: the replay goes on
// from those.

class FileEnums {
    schema;
    /** By name: the file's own types and copies (`null`: dropped or renamed away). */
    named = new Map();
    /** What became of each type a column may hold: its copy after a value added or a rename; `null`: dropped. */
    successor = new Map();
    constructor(schema) {
        this.schema = schema;
    }
    /** The enum type of that name now. */
    byName(name) {
        const k = (0,column_types/* enumKey */.RB)(name);
        return this.named.has(k) ? (this.named.get(k) ?? undefined) : this.schema.enumType(name);
    }
    /** The type a column typed by `t` holds now: columns follow their type through a value added or a rename. */
    current(t) {
        let at = t;
        while (at && this.successor.has(at))
            at = this.successor.get(at);
        return at ?? undefined;
    }
    /** True when a column typed by `t` holds `target` now (or held it until it was dropped). */
    leadsTo(t, target) {
        for (let at = t; at; at = this.successor.get(at))
            if (at === target)
                return true;
        return false;
    }
    /** Follows `op` when it creates or changes an enum type; false when it is no such operation. */
    track(op) {
        switch (op.kind) {
            case "create-enum":
                // CREATE TYPE of a name that exists fails: the type stays as it was.
                if (!this.byName(op.type))
                    this.named.set((0,column_types/* enumKey */.RB)(op.type), { name: op.type, labels: [...op.values] });
                return true;
            case "add-enum-value":
            case "rename-enum-value": {
                const known = this.byName(op.type);
                if (!known)
                    return true;
                const labels = op.kind === "rename-enum-value"
                    ? known.labels.map((l) => (l === op.value ? op.newValue : l))
                    : known.labels.includes(op.value)
                        ? known.labels
                        : [...known.labels, op.value];
                this.follow(op.type, known, { name: known.name, labels });
                return true;
            }
            case "rename-type": {
                const known = this.byName(op.type);
                if (!known)
                    return true;
                this.named.set((0,column_types/* enumKey */.RB)(op.type), null);
                this.follow(op.newName, known, { name: op.newName, labels: known.labels });
                return true;
            }
            default:
                return false;
        }
    }
    /** DROP TYPE: the enum it drops, when it is one. */
    drop(name) {
        const dropped = this.byName(name);
        this.named.set((0,column_types/* enumKey */.RB)(name), null);
        if (dropped)
            this.successor.set(dropped, null);
        return dropped;
    }
    follow(name, known, copy) {
        this.successor.set(known, copy);
        this.named.set((0,column_types/* enumKey */.RB)(name), copy);
    }
}

;// CONCATENATED MODULE: ./src/core/schema/refine.ts
// A file's operations read again against the schema before it: a type change judged against the column's
// real old type, a restated nullability (Django's AlterField) that differs from the old one made explicit, and
// a DROP TYPE of an enum that columns still use.




function refineWithSchema(operations, schema, vocabulary) {
    // What the file itself did to a column so far; `null` when the file made it unknowable (renamed, dropped).
    const local = new Map();
    const key = (table, column) => `${schemaKey(table)}.${column.toLowerCase()}`;
    const lookup = (table, column) => {
        const k = key(table, column);
        if (local.has(k))
            return local.get(k) ?? undefined;
        return schema.column(table, column);
    };
    // Enum types as the file left them so far.
    const enums = new FileEnums(schema);
    const typed = (text) => text === undefined ? undefined : (0,column_types/* withEnum */.wr)((0,column_types/* typeFromText */.g6)(text, vocabulary), (name) => enums.byName(name));
    const out = [];
    for (const op of operations) {
        if (enums.track(op)) {
            out.push(op);
            continue;
        }
        if (op.kind === "drop-type") {
            out.push(op);
            const dropped = enums.drop(op.type);
            if (!dropped)
                continue;
            // The columns typed by it now: the schema's, unless the file changed them, and the file's own.
            const still = [];
            for (const c of schema.enumColumns())
                if (!local.has(key(c.table, c.column)) && enums.leadsTo(c.type, dropped))
                    still.push(c);
            for (const [k, state] of local) {
                const [table = "", column = ""] = k.split(/\.(?=[^.]*$)/);
                if (state?.type?.enum && enums.leadsTo(state.type.enum, dropped))
                    still.push({ table, column });
            }
            // CASCADE drops each column typed by it, with its values.
            if (op.cascade)
                for (const { table, column } of still) {
                    out.push({ kind: "drop-column", table, column, line: op.line, endLine: op.endLine });
                    local.set(key(table, column), null);
                }
            else if (still.length)
                out.push(dropTypeInUse(op, still));
            continue;
        }
        if (op.kind === "create-table" && op.rebuildOf) {
            out.push(op);
            const { table, carried, line, endLine } = op.rebuildOf;
            const old = schema.table(table);
            if (!old || carried === "*")
                continue;
            const kept = new Set(carried.map((c) => c.toLowerCase()));
            const left = [...old.columns.keys()].filter((c) => !kept.has(c));
            if (left.length && kept.has("?")) {
                // Some columns are copied through expressions: which old column each carries cannot be told.
                out.push({
                    kind: "unknown",
                    reason: `the rebuild of ${table} copies some columns through expressions; ${left.join(", ")} may not be carried over, and what is not is lost with the DROP TABLE`,
                    table,
                    line,
                    endLine,
                });
                continue;
            }
            // Every column the old table had and the copy does not select is gone with the DROP.
            for (const column of left)
                out.push({ kind: "drop-column", table, column, line, endLine });
            continue;
        }
        if (op.kind !== "change-column-type") {
            out.push(op);
            if (op.kind === "add-column") {
                const type = typed(op.type);
                local.set(key(op.table, op.column), {
                    origin: "history",
                    ...(type ? { type } : {}),
                    ...(op.notNull !== undefined ? { notNull: op.notNull } : {}),
                });
            }
            else if (op.kind === "drop-column" || op.kind === "rename-column") {
                local.set(key(op.table, op.column), null);
            }
            else if (op.kind === "set-not-null" || op.kind === "drop-not-null") {
                const old = lookup(op.table, op.column);
                if (old)
                    local.set(key(op.table, op.column), (0,extend/* extend */.X)(old, { notNull: op.kind === "set-not-null" }));
            }
            continue;
        }
        const old = lookup(op.table, op.column);
        const type = typed(op.type);
        let refined = op;
        // An old type the model cannot judge (an enum never seen) tells no more than none: the reader's own
        // reading stands (for Rails, an unlimited `:string` is then not narrow whatever the source).
        if (old?.type && (0,column_types/* isJudged */.sL)(old.type) && type) {
            // The history knows what the column was: that, not a guess from the new type alone, decides. An enum
            // column's labels are its type's as the file left them so far (a value added above counts).
            const oldEnum = old.type.enum && enums.current(old.type.enum);
            const oldType = oldEnum ? (0,extend/* extend */.X)(old.type, { enum: oldEnum }) : old.type;
            const { widening: _w, lossy: _l, ...rest } = op;
            refined = (0,extend/* extend */.X)(rest, (0,column_types/* classifySqlTypeChange */.Tr)(oldType, type));
        }
        out.push(refined);
        if (op.notNull !== undefined && old?.notNull !== undefined && op.notNull !== old.notNull) {
            out.push({
                kind: op.notNull ? "set-not-null" : "drop-not-null",
                table: op.table,
                column: op.column,
                line: op.line,
                endLine: op.endLine,
            });
        }
        local.set(key(op.table, op.column), {
            origin: old?.origin ?? "history",
            ...(type ? { type } : {}),
            ...(op.notNull !== undefined
                ? { notNull: op.notNull }
                : old?.notNull !== undefined
                    ? { notNull: old.notNull }
                    : {}),
        });
    }
    return out;
}
/** DROP TYPE of an enum columns still use: PostgreSQL refuses it, and the migration fails. */
function dropTypeInUse(op, still) {
    const many = still.length > 1;
    const names = still.map(({ table, column }) => `${table}.${column}`).join(", ");
    return {
        kind: "unknown",
        reason: `DROP TYPE ${op.type} while ${names} still ${many ? "use" : "uses"} it: PostgreSQL refuses the drop (RESTRICT is the default), so the migration fails; with CASCADE it would drop ${many ? "those columns and their" : "the column and its"} values`,
        table: still[0].table,
        line: op.line,
        endLine: op.endLine,
    };
}

;// CONCATENATED MODULE: ./src/core/schema/index.ts
// The schema history: what the migrations before a file left, for rules that judge a statement by what it
// acts on (a drop of a table nothing created, a type change from a known old type). Pure.






/***/ }),

/***/ 4241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  _C: () => (/* binding */ setEngineFlags)
});

// UNUSED EXPORTS: INTERRUPT_BUDGET, engineFlags

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/parsers/engine-flags.ts
// The V8 flags an analysis run sets on itself, by the V8 version of the node that runs it. The action ships on
// node 24 (action.yml), the CLI runs on whatever node the user has (package.json: >=20), so each flag here was
// checked on node 20 (V8 11.3), 21 (11.8), 22 (12.4) and 24 (13.6).

/**
 * Bytecode a function runs before V8 considers optimising it (node 20's default is 66 KiB, 67,584). Total
 * instructions of `analyze --jobs 1` on the bench's mixed corpus (callgrind, every thread counted):
 * 2,000 files 8.45 G by default, 7.31 G with this budget set here (7.13 G given on the command line); 10,000
 * files (on the command line) 30.28 G and 26.57 G; twice this budget 7.20 G at 2,000 files, four times 7.57 G.
 */
const INTERRUPT_BUDGET = 528_000;
/**
 * The flags for an analysis run on V8 `v8Version` (`process.versions.v8`).
 *
 * WebAssembly is compiled by Liftoff (the baseline compiler) only. By default V8 also recompiles hot functions
 * with TurboFan in the background, and node waits for those compiles before it exits. Measured on one SQL file
 * (paired runs): half the CPU time and 66 instead of 114 MiB; on 10,000 files no slower (0.97× the CPU) and
 * 25 MiB less. `--liftoff-only` set at run time does this on node 20, 21 and 22, but not on node 24 (V8 13.6),
 * where `--no-wasm-tier-up` and `--no-wasm-dynamic-tiering`, the flags it implies, must be set by name (V8 applies
 * a flag's implications when it starts): with `--liftoff-only` alone, `SELECT interval '1 year'` in one SQL file
 * had node 24 compile libpg_query's parser function (102 KB of WebAssembly) with TurboFan, 1.8 s and 610 MB that
 * node waited for before it exited. All three are set on every version (V8's own trace of each compile, on each
 * of those nodes: no function compiled by TurboFan).
 *
 * Each function is also validated when it is first compiled, not all of them when the module loads: V8
 * already compiles lazily, but by default it validates every function body up front, most of which a run
 * never calls. That was 52 of the 784 million instructions of a cold start on one Rails file (callgrind). The
 * modules are the ones we ship; a function that failed validation would throw from the parse, and a parse
 * that throws is a needs-review finding, never a pass.
 *
 * JavaScript is optimised later than V8's default (INTERRUPT_BUDGET). The readers are many functions each run
 * a few times per file, and by default TurboFan compiled most of them: compiling was 22 % of the CPU of a
 * 10,000-file run (perf), spent on functions that ran a few more times. With the budget raised, only the
 * functions that stay hot are optimised. V8 11.8 (node 21) replaced the budget with invocation counts and
 * dropped the flag; V8 prints "Error: unrecognized flag" to stderr for a flag it does not know, so it is set only
 * where it exists.
 *
 * Scavenges (the young generation's collections, ~80 in a 10,000-file run, ~470 ms over both threads) run on
 * the collecting thread alone, without helper tasks: an analysis run keeps every core busy with its own threads,
 * so the helpers only wait for a core and then synchronise. 10,000 mixed files, paired runs against the same
 * bundle without it, on three calls (6-10 pairs each): 0.954×, 0.962× and 0.977× the wall time, 0.97-0.99× the
 * CPU, the same report byte for byte. Unlike `--single-threaded-gc` (which crashes V8 when set after start-up),
 * this flag is read at each scavenge.
 *
 * None of them changes what a run computes, only when and how V8 compiles and collects.
 */
function engineFlags(v8Version) {
    const flags = [
        "--liftoff-only",
        "--no-wasm-tier-up",
        "--no-wasm-dynamic-tiering",
        "--wasm-lazy-validation",
    ];
    // A version that does not read as major.minor is taken for a new one: the flag is left out, not guessed at.
    const version = /^(\d+)\.(\d+)\./.exec(v8Version);
    const [major, minor] = version ? [Number(version[1]), Number(version[2])] : [Infinity, 0];
    if (major < 11 || (major === 11 && minor <= 3))
        flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    flags.push("--no-parallel-scavenge");
    return flags;
}
/**
 * Sets the flags, once per process, before the first parser loads (see analyze-files.ts for when). They are
 * process-wide, so analysis threads get them too.
 */
let engineFlagsSet = false;
function setEngineFlags() {
    if (engineFlagsSet)
        return;
    engineFlagsSet = true;
    for (const flag of engineFlags(process.versions.v8))
        (0,external_node_v8_namespaceObject.setFlagsFromString)(flag);
}


/***/ }),

/***/ 5349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  loadParsers: () => (/* binding */ loadParsers),
  loadReadersOf: () => (/* binding */ loadReadersOf),
  parsersFor: () => (/* binding */ parsersFor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./src/core/frameworks/readers.ts
var readers = __nccwpck_require__(2909);
// EXTERNAL MODULE: ./src/parsers/engine-flags.ts + 1 modules
var engine_flags = __nccwpck_require__(4241);
;// CONCATENATED MODULE: ./src/parsers/reader-chunks.ts
/**
 * The readers that read a language, each its own chunk in the bundle: a run loads those of the languages its
 * files are in, with their parser (SQL's reader is in every run: the other readers read embedded SQL with it).
 */
const READERS = {
    postgres: undefined,
    ruby: async () => ({ rails: await Promise.all(/* import() */[__nccwpck_require__.e(9), __nccwpck_require__.e(629)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2629)) }),
    python: async () => ({
        django: await Promise.all(/* import() */[__nccwpck_require__.e(976), __nccwpck_require__.e(35)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2035)),
        alembic: await Promise.all(/* import() */[__nccwpck_require__.e(976), __nccwpck_require__.e(98)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2098)),
    }),
    php: async () => ({
        laravel: await __nccwpck_require__.e(/* import() */ 134).then(__nccwpck_require__.bind(__nccwpck_require__, 8134)),
        doctrine: await __nccwpck_require__.e(/* import() */ 924).then(__nccwpck_require__.bind(__nccwpck_require__, 7924)),
    }),
    javascript: loadJsReaders,
    typescript: loadJsReaders,
    elixir: async () => ({ ecto: await __nccwpck_require__.e(/* import() */ 176).then(__nccwpck_require__.bind(__nccwpck_require__, 3176)) }),
    csharp: async () => ({ efCore: await __nccwpck_require__.e(/* import() */ 198).then(__nccwpck_require__.bind(__nccwpck_require__, 4198)) }),
    prisma: async () => ({ prismaSchema: await Promise.all(/* import() */[__nccwpck_require__.e(136), __nccwpck_require__.e(131)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7131)) }),
    changelog: async () => ({
        liquibaseChangelog: await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(800), __nccwpck_require__.e(33)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3033)),
        liquibaseChanges: await __nccwpck_require__.e(/* import() */ 818).then(__nccwpck_require__.bind(__nccwpck_require__, 5818)),
    }),
};
async function loadJsReaders() {
    return {
        typeorm: await Promise.all(/* import() */[__nccwpck_require__.e(399), __nccwpck_require__.e(93)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1093)),
        sequelize: await Promise.all(/* import() */[__nccwpck_require__.e(399), __nccwpck_require__.e(999)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8999)),
        knex: await Promise.all(/* import() */[__nccwpck_require__.e(399), __nccwpck_require__.e(376)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1376)),
        nodePgMigrate: await Promise.all(/* import() */[__nccwpck_require__.e(399), __nccwpck_require__.e(618)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3618)),
        dbMigrate: await Promise.all(/* import() */[__nccwpck_require__.e(399), __nccwpck_require__.e(87)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8087)),
    };
}

;// CONCATENATED MODULE: ./src/parsers/index.ts
// Loads the WASM parsers once per process and hands the pure core a synchronous `Parsers`.
// In the bundle the .wasm files sit beside dist/index.js; from source they are found in node_modules (prism,
// libpg_query, web-tree-sitter) and grammars/ (the tree-sitter grammars, vendored).







const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
const parsers_require = (0,external_node_module_.createRequire)(import.meta.url);
/** Where the bundle keeps a wasm file, else the installed package's copy. */
function wasmPath(file, packagePath) {
    return besideBundle(file) ?? parsers_require.resolve(packagePath);
}
function besideBundle(file) {
    return [(0,external_node_path_.join)(here, file), (0,external_node_path_.join)(here, "..", file)].find((candidate) => (0,external_node_fs_.existsSync)(candidate));
}
/**
 * The tree-sitter grammars are vendored in grammars/ (fetched from their npm tarballs with checksums, see
 * grammars/README.md) and shipped beside the bundle under the same names.
 */
const GRAMMARS = {
    python: "tree-sitter-python.wasm",
    php: "tree-sitter-php.wasm",
    javascript: "tree-sitter-javascript.wasm",
    typescript: "tree-sitter-typescript.wasm",
    elixir: "tree-sitter-elixir.wasm",
    csharp: "tree-sitter-c-sharp.wasm",
};
function grammarPath(file) {
    // From source (src/parsers/), the repository's grammars/ folder.
    return besideBundle(file) ?? (0,external_node_path_.join)(here, "..", "..", "grammars", file);
}
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
    "csharp",
    "changelog",
    "prisma",
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
    cs: ["csharp"],
    // Liquibase changelogs: read in JavaScript (saxes, yaml); only their embedded SQL needs a parser.
    xml: ["changelog"],
    yaml: ["changelog"],
    yml: ["changelog"],
    json: ["changelog"],
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
        // A Prisma migration's history is seeded from its schema's .prisma files (see Prisma's historyScope).
        if (/(^|[/\\])migration\.sql$/i.test(path))
            needed.add("prisma");
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
const readersLoaded = new Map();
function loadReaders(name) {
    let done = readersLoaded.get(name);
    if (!done)
        readersLoaded.set(name, (done = (READERS[name]?.() ?? Promise.resolve({})).then(readers/* provideReaders */.C)));
    return done;
}
/**
 * Loads the readers of the named parsers' languages (all by default) without their parsers: JavaScript only, so
 * it can come before setEngineFlags (a thread waiting for the others to boot does this meanwhile).
 */
async function loadReadersOf(names = ALL) {
    await Promise.all([...names].map(loadReaders));
}
/**
 * Loads the named parsers (all by default), and the readers of their languages, and returns the synchronous
 * interface the core uses.
 */
async function loadParsers(names = ALL) {
    (0,engine_flags/* setEngineFlags */._C)();
    const jobs = [];
    for (const name of names) {
        jobs.push(loadReaders(name));
        if (name === "ruby")
            jobs.push((prism ??= loadPrism()).then((f) => (ready.ruby = f)));
        else if (name === "postgres")
            jobs.push((pg ??= loadPg()).then((m) => (ready.pg = m)));
        else if (name !== "changelog" && name !== "prisma") {
            if (!grammars.has(name))
                grammars.set(name, loadGrammar(name));
            jobs.push(grammars.get(name).then((p) => ready.grammars.set(name, p)));
        }
    }
    await Promise.all(jobs);
    return PARSERS;
}
/**
 * libpg_query reports SQL it cannot read by throwing an error, and the SQL reader tries it on each statement of
 * text it rejected (every MySQL file): the stack each error captures is never read, and capturing it was 0.7 % of
 * a 10,000-file run. The error itself, its message and position, is unchanged.
 */
function withoutStacks(fn) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return fn();
    }
    finally {
        Error.stackTraceLimit = limit;
    }
}
function notLoaded(name) {
    throw new Error(`the ${name} parser was not loaded for this run`);
}
const PARSERS = {
    ruby: (source) => (ready.ruby ?? notLoaded("Ruby"))(source),
    postgres: (sql) => withoutStacks(() => (ready.pg ?? notLoaded("PostgreSQL")).parseSync(sql)),
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
    const grammar = await ts.Language.load((0,external_node_fs_.readFileSync)(grammarPath(GRAMMARS[language])));
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
    /**
     * The file's object as it prints two levels down: stringified inside two arrays, which indent it by four, and
     * cut out of them (`[\n  [\n    ` before it, `\n  ]\n]` after). Re-indenting the object's own text line by
     * line gives the same, and took 1.2 times as long.
     */
    file: (f, first) => (first ? "\n    " : ",\n    ") + JSON.stringify([[toJsonFile(f)]], null, 2).slice(10, -6),
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

// EXTERNAL MODULE: ./src/core/rules/index.ts + 37 modules
var rules = __nccwpck_require__(9344);
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
                                region: {
                                    startLine: f.line,
                                    endLine: f.endLine,
                                    ...(f.excerpt ? { snippet: { text: f.excerpt } } : {}),
                                },
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
// The writer keeps the whole reports only for SARIF and GitLab; the text totals are counted from what the caller kept.




/** Pieces smaller than this are gathered into one write: a write per file would be 50,000 system calls. */
const FLUSH_AT = 1 << 16;
function reportWriter(format, write, version, text = {}) {
    let pending = "";
    let count = 0;
    const whole = [];
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
            else if (format === "text") {
                if (!(text.quiet && report.findings.length === 0))
                    put(textFileBlock(report, text.style));
            }
            else
                whole.push(report); // SARIF and GitLab are whole documents, written at the end
            count++;
        },
        end(reports) {
            if (format === "json")
                flush(jsonReportPieces.tail(count));
            else if (format === "text")
                flush(text.quiet ? "" : textTotals(reports));
            else if (format === "gitlab")
                flush(JSON.stringify(toGitLabCodeQuality(whole), null, 2) + "\n");
            else
                flush(JSON.stringify(toSarif(whole, version), null, 2) + "\n");
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

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

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
