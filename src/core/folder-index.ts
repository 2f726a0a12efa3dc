import { compareCodeUnits } from "./order.js";

// The names in one folder, indexed once and shared by every file of that folder. A reader that looks beside its
// file (golang-migrate's `.down.sql`) asks the index, so a folder of n files costs n, not n² name comparisons.

export class FolderIndex {
  private readonly names = new Set<string>();

  /** `names` are bare file names (no folder), as a directory listing gives them. */
  constructor(names: Iterable<string>) {
    for (const name of names) this.names.add(name.toLowerCase());
  }

  /** True when a file of this name sits in the folder, in any letter case (`.DOWN.SQL` pairs `.up.sql`). */
  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }
}

/**
 * One value per folder for the whole run (an index, a listing, a schema history): `list` is called at most once
 * per folder, and every file of that folder gets the same value. Folders are compared as given (`""` is the top).
 */
export function folderIndexes<T>(list: (folder: string) => T): (folder: string) => T {
  const made = new Map<string, T>();
  return (folder) => {
    let index = made.get(folder);
    if (index === undefined) made.set(folder, (index = list(folder)));
    return index;
  };
}

/** The folder part of a `/`-separated path (`""` for a bare name). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/**
 * Which folder holds a migration's history, and which files in it: the folder `depth` levels above the file
 * (1 its own), and there each listed name itself, or with `file` the file of that name inside each listed
 * folder (Prisma: `<folder>/migration.sql`).
 */
export interface HistoryScope {
  depth: number;
  file?: string;
  /**
   * The schema dumps that may sit beside the history's folder (names in its parent: Rails' `structure.sql` and
   * `schema.rb` for `db/migrate`), which seed the history of the migrations newer than them. When several are
   * there, the newest wins, the first named on a tie (see `folderHistories`).
   */
  dumps?: readonly string[];
  /**
   * A dump spread over files instead: every file whose name ends in this, under the history folder's parent
   * at any depth (see `dumpFilesUnder`), read together as one schema. Prisma's multi-file schema keeps
   * `datasource`, models and enums in as many `.prisma` files as it likes, in the folder that holds
   * `migrations/` and the folders below it.
   */
  dumpExtension?: string;
}

/** One history per folder and scope: the key that tells them apart (the folder as the caller spells it). */
export function historyKey(folder: string, scope: HistoryScope): string {
  // A name holds no `/`, so the names joined by it stay apart.
  return `${folder}\0${scope.file ?? ""}\0${(scope.dumps ?? []).join("/")}\0${scope.dumpExtension ?? ""}`;
}

/** The dump's path for a history in `folder` (`/`-separated, `""` the top). */
export function dumpPath(folder: string, dump: string): string {
  const parent = folderOf(folder);
  return parent ? `${parent}/${dump}` : dump;
}

/** Most frameworks: the files beside the migration. */
export const OWN_FOLDER: HistoryScope = { depth: 1 };

/** `path` up to the folder `depth` levels above it, that folder's slash included (`""` for the top). */
export function prefixAbove(path: string, depth: number): string {
  let end = path.length;
  for (let i = 0; i < depth && end >= 0; i++) end = end > 0 ? path.lastIndexOf("/", end - 1) : -1;
  return end < 0 ? "" : path.slice(0, end + 1);
}

/** The folder `depth` levels above a `/`-separated path (`""` for the top). */
export function folderAbove(path: string, depth: number): string {
  const prefix = prefixAbove(path, depth);
  return prefix.slice(0, -1);
}

/** The path, relative to the history's folder, of the migration that a name listed there stands for. */
export function historyMember(name: string, scope: Pick<HistoryScope, "file">): string {
  return scope.file ? `${name}/${scope.file}` : name;
}

/** Folders below a schema folder's top that the walk for its files goes no deeper than (see `dumpFilesUnder`). */
export const DUMP_DEPTH = 8;

/** A name in a folder, and whether it is a folder itself when the lister knows (undefined: it may be either). */
export interface FolderEntry {
  name: string;
  folder?: boolean;
}

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
export function* dumpFilesUnder(
  own: string,
  extension: string,
): Generator<readonly string[], string[] | undefined, readonly (readonly FolderEntry[] | undefined)[]> {
  const found: string[] = [];
  let level: string[] = [""];
  for (let depth = 0; level.length; depth++) {
    if (depth > DUMP_DEPTH) return undefined;
    const listed = yield level;
    const next: string[] = [];
    for (let i = 0; i < level.length; i++) {
      const entries = listed[i];
      if (entries === undefined) return undefined;
      for (const { name, folder } of entries) {
        const path = level[i] ? `${level[i]}/${name}` : name;
        // Prisma takes a file by its extension exactly (`path.extname(f) === ".prisma"`), and walks any folder
        // (one whose kind the lister does not know is listed: a file's listing is empty).
        if (folder !== true && name.endsWith(extension)) found.push(path);
        else if (folder !== false && !(depth === 0 && name === own)) next.push(path);
      }
    }
    level = next;
  }
  return found.sort(compareCodeUnits);
}
