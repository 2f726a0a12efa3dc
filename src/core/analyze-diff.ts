// The migrations a change adds, edits, renames or deletes, each analysed. Git is passed in, so this stays pure.
import { analyzeFile } from "./analyze.js";
import type { Config } from "./config.js";
import {
  dumpFilesUnder,
  dumpPath,
  folderAbove,
  FolderIndex,
  folderIndexes,
  folderOf,
  historyKey,
  historyMember,
  type FolderEntry,
  type HistoryScope,
} from "./folder-index.js";
import {
  folderHistories,
  historyScope,
  MIGRATION_EXTENSIONS,
  type FolderHistories,
} from "./folder-history.js";
import { readsSiblings } from "./frameworks/index.js";
import type { Parsers } from "./parsers.js";
import type { FileReport, FileStatus } from "./types.js";
import { compareCodeUnits } from "./order.js";

export interface GitReader {
  changedFiles(
    base: string,
    head: string,
  ): Promise<{ path: string; status: FileStatus; previousPath?: string }[]>;
  readFile(rev: string, path: string): Promise<Uint8Array | undefined>;
  /** The names in a folder at `rev` (`""` is the top); asked once per folder, only when a reader needs it. */
  listDir(rev: string, dir: string): Promise<string[]>;
  /**
   * The same names, each with whether it is a folder, for a walk that must not ask of every file whether it is
   * one (a schema folder's). Without it the walk asks `listDir` of every name. Undefined: the folder could not be
   * listed (the walk then fails closed: no seed).
   */
  listEntries?(rev: string, dir: string): Promise<FolderEntry[] | undefined>;
}

export async function analyzeDiff(
  git: GitReader,
  base: string,
  head: string,
  parsers: Parsers,
  config: Config,
): Promise<FileReport[]> {
  const changed = (await git.changedFiles(base, head)).filter((f) => MIGRATION_EXTENSIONS.test(f.path));
  const listing = folderIndexes((dir) => git.listDir(head, dir));
  const indexOf = folderIndexes((dir) => listing(dir).then((names) => new FolderIndex(names)));
  // Migrations this change adds never held a production row: dropping what they created loses nothing.
  const added = new Set(changed.filter((f) => f.status === "added").map((f) => f.path));
  // The schema history of each folder at head, through the same blob reader: every migration of the folder
  // (Prisma's: each sibling folder's migration.sql), replayed in the order its framework runs them.
  const histories = new Map<string, Promise<FolderHistories>>();
  const historyOf = (dir: string, scope: HistoryScope): Promise<FolderHistories> => {
    const key = historyKey(dir, scope);
    let history = histories.get(key);
    if (!history) histories.set(key, (history = readHistory(dir, scope)));
    return history;
  };
  const readHistory = async (
    dir: string,
    { file, dumps, dumpExtension }: HistoryScope,
  ): Promise<FolderHistories> => {
    const names = (await listing(dir))
      .map((n) => historyMember(n, { file }))
      .filter((n) => MIGRATION_EXTENSIONS.test(n));
    const files = await Promise.all(
      names.map(async (name) => {
        const path = dir ? `${dir}/${name}` : name;
        const content = await git.readFile(head, path);
        // A listed name that holds no such file (Prisma's `migration_lock.toml`) is no migration; one git lists
        // but cannot give bytes for stays unreadable (the history then proves no absence after it).
        const absent = content === undefined && file && !(await listing(folderOf(path))).includes(file);
        return {
          path,
          content: absent ? null : content,
          origin: added.has(path) ? ("change" as const) : ("history" as const),
        };
      }),
    );
    // The dump as production has it: at the base, before this change (a dump the change edits describes a
    // schema that does not exist yet).
    const seeds = dumps
      ? new Map(
          await Promise.all(
            dumps.map(
              async (name) => [name, (await git.readFile(base, dumpPath(dir, name))) ?? null] as const,
            ),
          ),
        )
      : dumpExtension !== undefined
        ? await readSchemaFolder(dir, dumpExtension)
        : undefined;
    return folderHistories(files, parsers, config, undefined, seeds);
  };
  // A dump spread over files, at the base as above: the schema folder walked through the same tree reader (one
  // listing per folder of it, each level's asked together), then its files read.
  const readSchemaFolder = async (
    dir: string,
    extension: string,
  ): Promise<Map<string, Uint8Array | undefined>> => {
    const parent = folderOf(dir);
    const walk = dumpFilesUnder(dir.slice(parent ? parent.length + 1 : 0), extension);
    const list = async (sub: string): Promise<FolderEntry[] | undefined> => {
      const path = sub ? dumpPath(dir, sub) : parent;
      return git.listEntries
        ? git.listEntries(base, path)
        : (await git.listDir(base, path)).map((name) => ({ name }));
    };
    let step = walk.next();
    while (!step.done) step = walk.next(await Promise.all(step.value.map(list)));
    // A walk that could not finish is an unreadable part (see dumpFilesUnder): the seed fails closed.
    if (!step.value) return new Map([[dir, undefined]]);
    return new Map(
      await Promise.all(
        step.value.map(async (name) => [name, await git.readFile(base, dumpPath(dir, name))] as const),
      ),
    );
  };
  // Everything read first (reads overlap), then each file analysed in its folder's replay order: the history
  // is replayed once per folder, each of its migrations parsed once, whatever order git lists the files in
  // (`10_x` sorts before `1_x`; Django's graph is not the name order).
  const read = await Promise.all(
    changed.map(async (f) => {
      const siblings = readsSiblings(f.path) ? await indexOf(folderOf(f.path)) : undefined;
      const scope = historyScope(f.path, config);
      const history =
        f.status === "deleted" ? undefined : await historyOf(folderAbove(f.path, scope.depth), scope);
      // The history's reading of the file at head when it has one (its blob is read once); else the bytes, so
      // that analyzeFile says what is wrong with them (not UTF-8, or none at all).
      const content =
        history?.source(f.path) ?? (await git.readFile(f.status === "deleted" ? base : head, f.path));
      return { f, content, siblings, history, rank: history?.rank(f.path) ?? -1 };
    }),
  );
  const folderAt = new Map(read.map(({ history }, i) => [history, i]));
  const at = (r: (typeof read)[number]) => folderAt.get(r.history)!;
  read.sort((a, b) => at(a) - at(b) || a.rank - b.rank);
  const reports = read.map(({ f, content, siblings, history }) =>
    analyzeFile(
      {
        path: f.path,
        content: content ?? new Uint8Array(),
        // A path git lists but cannot give bytes for (a submodule at a migration path) is not an empty file.
        ...(content === undefined
          ? { unreadable: "could not be read from git (a submodule or a missing object)" }
          : {}),
        status: f.status,
        ...(f.previousPath !== undefined ? { previousPath: f.previousPath } : {}),
        ...(siblings ? { siblings } : {}),
        ...(history ? { history } : {}),
      },
      parsers,
      config,
    ),
  );
  return reports
    .filter((r): r is FileReport => r !== undefined)
    .sort((a, b) => compareCodeUnits(a.path, b.path));
}
