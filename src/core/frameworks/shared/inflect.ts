// The slice of ActiveSupport's inflector a migration needs: model class → table name, table → reference column.
// Rules are tried in order; the first that matches wins (Rails keeps them newest-first, we keep them most-specific-first).

const UNCOUNTABLE = new Set([
  "equipment",
  "information",
  "rice",
  "money",
  "species",
  "series",
  "fish",
  "sheep",
  "jeans",
  "police",
]);

const IRREGULAR: Record<string, string> = {
  person: "people",
  man: "men",
  woman: "women",
  child: "children",
  sex: "sexes",
  move: "moves",
  zombie: "zombies",
};
const IRREGULAR_PLURAL = Object.fromEntries(Object.entries(IRREGULAR).map(([s, p]) => [p, s]));

const PLURAL: [RegExp, string][] = [
  [/(quiz)$/i, "$1zes"],
  [/^(ox)$/i, "$1en"],
  [/^(m|l)ouse$/i, "$1ice"],
  [/(matr|vert|ind)(?:ix|ex)$/i, "$1ices"],
  [/(x|ch|ss|sh)$/i, "$1es"],
  [/([^aeiouy]|qu)y$/i, "$1ies"],
  [/(hive)$/i, "$1s"],
  [/(?:([^f])fe|([lr])f)$/i, "$1$2ves"],
  [/sis$/i, "ses"],
  [/([ti])um$/i, "$1a"],
  [/(buffal|tomat)o$/i, "$1oes"],
  [/(bu)s$/i, "$1ses"],
  [/(alias|status)$/i, "$1es"],
  [/(octop|vir)us$/i, "$1i"],
  [/^(ax|test)is$/i, "$1es"],
  [/s$/i, "s"],
  [/$/, "s"],
];

const SINGULAR: [RegExp, string][] = [
  [/(database)s$/i, "$1"],
  [/(quiz)zes$/i, "$1"],
  [/(matr)ices$/i, "$1ix"],
  [/(vert|ind)ices$/i, "$1ex"],
  [/^(ox)en/i, "$1"],
  [/(alias|status)(es)?$/i, "$1"],
  [/(octop|vir)(us|i)$/i, "$1us"],
  [/^(a)x[ie]s$/i, "$1xis"],
  [/(cris|test)(is|es)$/i, "$1is"],
  [/(shoe)s$/i, "$1"],
  [/(o)es$/i, "$1"],
  [/(bus)(es)?$/i, "$1"],
  [/^(m|l)ice$/i, "$1ouse"],
  [/(x|ch|ss|sh)es$/i, "$1"],
  [/(m)ovies$/i, "$1ovie"],
  [/(s)eries$/i, "$1eries"],
  [/([^aeiouy]|qu)ies$/i, "$1y"],
  [/([lr])ves$/i, "$1f"],
  [/(tive)s$/i, "$1"],
  [/(hive)s$/i, "$1"],
  [/([^f])ves$/i, "$1fe"],
  [/(^analy)(sis|ses)$/i, "$1sis"],
  [/((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)(sis|ses)$/i, "$1sis"],
  [/([ti])a$/i, "$1um"],
  [/(n)ews$/i, "$1ews"],
  [/(ss)$/i, "$1"],
  [/s$/i, ""],
];

function inflectLastWord(word: string, irregular: Record<string, string>, rules: [RegExp, string][]): string {
  const m = /^(.*_)?([^_]*)$/.exec(word);
  const head = m?.[1] ?? "";
  const last = m?.[2] ?? word;
  const lower = last.toLowerCase();
  if (UNCOUNTABLE.has(lower)) return word;
  const irregularForm = irregular[lower];
  if (irregularForm !== undefined) return head + irregularForm;
  for (const [pattern, replacement] of rules) {
    if (pattern.test(last)) return head + last.replace(pattern, replacement);
  }
  return word;
}

export function pluralize(word: string): string {
  return inflectLastWord(word, IRREGULAR, PLURAL);
}

export function singularize(word: string): string {
  return inflectLastWord(word, IRREGULAR_PLURAL, SINGULAR);
}

/** "UserProfile" → "user_profile", "HTMLPage" → "html_page". */
export function underscore(name: string): string {
  return name
    .replace(/([A-Z\d]+)([A-Z][a-z])/g, "$1_$2")
    .replace(/([a-z\d])([A-Z])/g, "$1_$2")
    .toLowerCase();
}

/** Table of an ActiveRecord model by Rails' defaults: the last segment of the class path, underscored and pluralised. */
export function tableize(className: string): string {
  const last = className.split("::").pop() ?? className;
  return pluralize(underscore(last));
}
