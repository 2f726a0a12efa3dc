// The order a framework runs the migrations of one folder in: what the schema history replays.
import { matchesAny } from "../glob.js";
import { compareCodeUnits } from "../order.js";
import type { FrameworkId } from "../types.js";
import { extend } from "../extend.js";

export interface OrderedSource {
  path: string;
  /** The text, when it could be read (Alembic and Django order by what the files say). */
  source?: string;
}

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
export function naturalCompare(a: string, b: string): number {
  const x = naturalKey(a);
  const y = naturalKey(b);
  if (x === undefined || y === undefined) return (collator ??= newCollator()).compare(a, b);
  return compareCodeUnits(x, y);
}

/** `items` sorted by `nameOf` in the collator's order, each name's key made once. */
function sortNaturally<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  // Past a few thousand names the collator's native comparisons outrun making keys in JavaScript, its cost of
  // building paid once (a folder of 10,000: 14 against 56 ms, CPU profiles); the two orders are the same.
  const byCollator = () => {
    const c = (collator ??= newCollator());
    return [...items].sort((a, b) => c.compare(nameOf(a), nameOf(b)));
  };
  if (items.length > COLLATOR_PAST) return byCollator();
  const keys = items.map((item) => naturalKey(nameOf(item)));
  if (keys.some((k) => k === undefined)) return byCollator();
  const order = items.map((_, i) => i).sort((i, j) => compareCodeUnits(keys[i]!, keys[j]!) || i - j);
  return order.map((i) => items[i]!);
}

/** ASCII spaces and punctuation in ICU's root order (read off the collator; the unit test checks it). */
const PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
let collator: Intl.Collator | undefined;
const COLLATOR_PAST = 2000;
const newCollator = () => new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/**
 * The key: punctuation as U+0020 + its rank; a run of digits as U+0060, then U+0100 + its length without
 * leading zeros, then those digits (so a longer number is larger, and equal lengths compare digit by digit);
 * letters in lower case (U+0061 and up, after every digit run). Undefined outside printable ASCII.
 */
function naturalKey(name: string): string | undefined {
  if (!PRINTABLE_ASCII.test(name)) return undefined;
  return name.toLowerCase().replace(/[0-9]+|[^0-9a-z]/g, (part) => {
    if (!isDigit(part.charCodeAt(0))) return PUNCTUATION_KEY[part.charCodeAt(0)]!;
    const digits = part.replace(/^0+/, "");
    return "\u0060" + String.fromCharCode(0x100 + digits.length) + digits;
  });
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Each ASCII punctuation character's key character, by char code. */
const PUNCTUATION_KEY: string[] = [];
for (let rank = 0; rank < PUNCTUATION.length; rank++)
  PUNCTUATION_KEY[PUNCTUATION.charCodeAt(rank)] = String.fromCharCode(0x20 + rank);

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Files a framework never runs forward: the down halves of pairs, Flyway's undo and repeatable scripts. */
export function isForwardMigration(framework: FrameworkId, path: string): boolean {
  const name = baseName(path);
  if (/\.down\.sql$/i.test(name)) return false;
  if (framework === "flyway" && /^[UR]/i.test(name)) return false;
  return true;
}

/**
 * Dependencies first, ties by name (numeric parts compared as numbers). A cycle or a dependency outside the
 * folder cannot stop the order: what is left is appended by name.
 */
function topological(
  files: readonly OrderedSource[],
  deps: (f: OrderedSource) => string[],
  id: (f: OrderedSource) => string,
): OrderedSource[] {
  const byId = new Map(files.map((f) => [id(f), f]));
  const waiting = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const f of files) {
    const known = deps(f).filter((d) => byId.has(d) && d !== id(f));
    waiting.set(id(f), known.length);
    for (const d of known) dependents.set(d, [...(dependents.get(d) ?? []), id(f)]);
  }
  // Ties by name: each file's place in the folder sorted by name once.
  const place = new Map(sortNaturally(files, (f) => baseName(f.path)).map((f, i) => [f, i]));
  const byName = (a: OrderedSource, b: OrderedSource) => place.get(a)! - place.get(b)!;
  const ready = files.filter((f) => waiting.get(id(f)) === 0).sort(byName);
  const out: OrderedSource[] = [];
  const placed = new Set<string>();
  while (ready.length) {
    const f = ready.shift()!;
    out.push(f);
    placed.add(id(f));
    for (const next of dependents.get(id(f)) ?? []) {
      const left = waiting.get(next)! - 1;
      waiting.set(next, left);
      if (left === 0) {
        ready.push(byId.get(next)!);
        ready.sort(byName);
      }
    }
  }
  return [...out, ...files.filter((f) => !placed.has(id(f))).sort(byName)];
}

/** Alembic: `revision = "..."`, `down_revision = "..."` or a tuple of them (a merge). */
function alembicIds(source: string | undefined): { revision?: string; down: string[] } {
  const revision = /^revision\s*(?::[^=\n]*)?=\s*["']([^"']+)["']/m.exec(source ?? "")?.[1];
  const downText = /^down_revision\s*(?::[^=\n]*)?=\s*(.+)$/m.exec(source ?? "")?.[1] ?? "";
  const down = [...downText.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!);
  return extend(revision !== undefined ? { revision } : {}, { down });
}

/** Django: `("app", "0003_name")` pairs in `dependencies`; only this app's (the folder's) order matters. */
function djangoDeps(source: string | undefined): string[] {
  const block = /dependencies\s*=\s*\[([\s\S]*?)\]/.exec(source ?? "")?.[1] ?? "";
  return [...block.matchAll(/\(\s*["'][^"']+["']\s*,\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
}

/** Frameworks that order their migrations by what the files say (a graph), not by their names. */
export function ordersByContent(framework: FrameworkId): boolean {
  return framework === "alembic" || framework === "django";
}

/**
 * Whether the file at `path` may be one of a framework that orders by content, known before it is read: only a
 * `.py` file is Django's or Alembic's, unless the config's `paths` name others for them. Any other file's place in
 * its history is its name's.
 */
export function mayOrderByContent(
  path: string,
  paths: Partial<Record<FrameworkId, readonly string[]>>,
): boolean {
  return /\.py$/i.test(path) || matchesAny(path, paths.alembic ?? []) || matchesAny(path, paths.django ?? []);
}

/**
 * By name, numeric parts compared as numbers: the order of every framework that does not order by content.
 * The files share their history's folder, so their paths differ only in the name (Prisma's: the migration's
 * folder, as every file is `migration.sql`).
 */
export function byName<T extends { path: string }>(files: readonly T[]): T[] {
  return sortNaturally(files, (f) => f.path);
}

/** The folder's forward migrations of `framework`, in the order the framework applies them. */
export function migrationOrder(framework: FrameworkId, files: readonly OrderedSource[]): OrderedSource[] {
  const forward = files.filter((f) => isForwardMigration(framework, f.path));
  switch (framework) {
    case "alembic": {
      const ids = new Map(forward.map((f) => [f, alembicIds(f.source)]));
      return topological(
        forward,
        (f) => ids.get(f)!.down,
        (f) => ids.get(f)!.revision ?? f.path,
      );
    }
    case "django":
      return topological(
        forward,
        (f) => djangoDeps(f.source),
        (f) => baseName(f.path).replace(/\.py$/, ""),
      );
    default:
      // Timestamps and version numbers lead the names (Rails, Knex, Laravel, Ecto, golang-migrate, Flyway's
      // V1_2__, goose, dbmate...): numeric parts compared as numbers give the order the tools apply.
      return byName(forward);
  }
}
