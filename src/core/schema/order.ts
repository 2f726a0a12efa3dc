// The order a framework runs the migrations of one folder in: what the schema history replays.
import type { FrameworkId } from "../types.js";

export interface OrderedSource {
  path: string;
  /** The text, when it could be read (Alembic and Django order by what the files say). */
  source?: string;
}

const NATURAL = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

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
  const byName = (a: OrderedSource, b: OrderedSource) => NATURAL.compare(baseName(a.path), baseName(b.path));
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
  return { ...(revision !== undefined ? { revision } : {}), down };
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
 * By name, numeric parts compared as numbers: the order of every framework that does not order by content.
 * The files share their history's folder, so their paths differ only in the name (Prisma's: the migration's
 * folder, as every file is `migration.sql`).
 */
export function byName<T extends { path: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => NATURAL.compare(a.path, b.path));
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
