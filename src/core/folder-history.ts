// The schema history of a folder from its files' bytes, however the adapter got them (disk, git blobs): each file
// decoded and recognised once, the framework's migrations put in the order it runs them, each parsed only when
// the replay reaches it. Frameworks that run files by name never read a file after the one analysed (one file
// of a 10,000-file folder costs one read). Pure: the bytes are passed in, or a function that gives them.
import { decode, frameworkFor } from "./analyze.js";
import { frameworkById } from "./frameworks/index.js";
import type { Config } from "./config.js";
import { OWN_FOLDER, type FolderIndex, type HistoryScope } from "./folder-index.js";
import type { Parsers } from "./parsers.js";
import {
  byName,
  FolderHistory,
  isForwardMigration,
  mayOrderByContent,
  migrationOrder,
  ordersByContent,
  type HistoryEntry,
  type Origin,
  type SchemaDump,
} from "./schema/index.js";
import type { FrameworkId } from "./types.js";
import { extend } from "./extend.js";

/** Extensions any framework reads; other files are not fetched at all (a PR may touch thousands). */
export const MIGRATION_EXTENSIONS = /\.(rb|py|sql|php|js|mjs|cjs|ts|mts|cts|exs)$/i;

export interface FolderFile {
  /** The path as the analysed files spell it (so the file under analysis is found among them). */
  path: string;
  /**
   * The bytes, or a function that reads them when the history first needs them (called at most once).
   * Undefined: the file is there but could not be read (the history stops proving absence); null: there is no
   * such file (a listed name that is not a migration's folder, as Prisma's `migration_lock.toml`).
   */
  content: Uint8Array | string | undefined | null | (() => Uint8Array | string | undefined | null);
  origin: Origin;
}

/** The dumps beside a history, by name (see `folderHistories`), or a function that gives them when first needed. */
export type Dumps =
  ReadonlyMap<string, FolderFile["content"]> | (() => ReadonlyMap<string, FolderFile["content"]>);

/**
 * A dump spread over files, read as one: none there is no dump (undefined); one that cannot be read or decoded
 * makes the whole unreadable (null), as does a reader that cannot take them together: what that file declares is
 * unknown, so the history proves no absence (fails closed).
 */
function readDumpFiles(
  dumps: ReadonlyMap<string, FolderFile["content"]>,
  read: (texts: ReadonlyMap<string, string>) => SchemaDump | undefined,
): SchemaDump | null | undefined {
  const texts = new Map<string, string>();
  for (const [name, dump] of dumps) {
    const content = typeof dump === "function" ? dump() : dump;
    if (content === null) continue;
    const decoded = content === undefined ? undefined : decode(content);
    if (!decoded || !("text" in decoded)) return null;
    texts.set(name, decoded.text);
  }
  return texts.size ? (read(texts) ?? null) : undefined;
}

/** A folder's histories, one per framework present, and where each file stands in its own. */
export interface FolderHistories {
  (framework: FrameworkId): FolderHistory | undefined;
  /**
   * The place of `path` in its framework's replay order (-1 when it is in none). Analysing a folder's files by
   * this rank parses each once and replays the history once; asked in another order, the replay starts over
   * for every file that comes before the last one asked.
   */
  rank(path: string): number;
  /** The text of one of the folder's files, read and decoded once for the history and the analysis alike. */
  source(path: string): string | undefined;
}

/**
 * Which folder holds the history of the migration at `path`, and which files in it: its framework's answer,
 * from the path and the config alone (so files can be grouped before any is read). A path that names fewer
 * folders than that climbs (a bare `migration.sql`) cannot be placed among its siblings: its own folder.
 */
export function historyScope(path: string, config: Config): HistoryScope {
  const scope = frameworkFor(path, "", config)?.historyScope?.(path);
  return scope && scope.depth <= path.split("/").length ? scope : OWN_FOLDER;
}

/**
 * One history per framework present in the folder, made when first asked for. `dumps`: the bytes of each
 * schema dump the scope names (`HistoryScope.dumps`), by name in the scope's order, or of each file of a dump
 * spread over files (`HistoryScope.dumpExtension`), by its path under the history folder's parent; read only
 * when a history of a framework that reads dumps needs them: as a file's content (null: there is no such file;
 * undefined: it could not be read). A function gives them when first needed (a schema folder walked on disk).
 */
export function folderHistories(
  files: readonly FolderFile[],
  parsers: Parsers,
  config: Config,
  siblings?: FolderIndex,
  dumps?: Dumps,
): FolderHistories {
  // Each file decoded and recognised when first asked for, once.
  const known = new Map<string, { text: string | undefined; framework: FrameworkId | undefined }>();
  const recognise = (f: FolderFile) => {
    let got = known.get(f.path);
    if (!got) {
      const content = typeof f.content === "function" ? f.content() : f.content;
      const decoded = content === undefined || content === null ? undefined : decode(content);
      const text = decoded && "text" in decoded ? decoded.text : undefined;
      got = { text, framework: content === null ? undefined : frameworkFor(f.path, text ?? "", config)?.id };
      known.set(f.path, got);
    }
    return got;
  };
  const entry = (f: FolderFile): HistoryEntry => ({
    path: f.path,
    origin: f.origin,
    parse: () => {
      const { text } = recognise(f);
      return text === undefined
        ? undefined
        : frameworkFor(f.path, text, config)?.parse(
            { path: f.path, source: text, database: config.database, ...(siblings ? { siblings } : {}) },
            parsers,
          );
    },
  });
  const readDump = (framework: FrameworkId): (() => SchemaDump | null | undefined) | undefined => {
    const adapter = frameworkById(framework);
    if (dumps === undefined) return undefined;
    const readFiles = adapter?.readDumpFiles;
    if (readFiles)
      return () =>
        readDumpFiles(typeof dumps === "function" ? dumps() : dumps, (texts) =>
          readFiles(texts, config.database, parsers),
        );
    // Named dumps come as a map (only a folder to walk comes as a function).
    const reader = adapter?.readDump;
    if (!reader || typeof dumps === "function") return undefined;
    // A dump that cannot be read, decoded or parsed wholly is null to the history (see FolderHistory): no
    // seed, and no absence proven, since the migrations beside it may not start at the beginning. With several
    // (Rails' structure.sql and schema.rb), the one of the highest version is the one the app still writes, the
    // other left over from a schema format it no longer uses; on a tie the first the scope names. One that
    // cannot be read makes them all unreadable: its version, unknown, may be the newest.
    return (): SchemaDump | null | undefined => {
      let newest: SchemaDump | undefined;
      for (const [name, dump] of dumps) {
        const content = typeof dump === "function" ? dump() : dump;
        if (content === null) continue;
        const decoded = content === undefined ? undefined : decode(content);
        const read = decoded && "text" in decoded && reader(name, decoded.text, config.database, parsers);
        if (!read) return null;
        if (!newest || (read.version ?? 0n) > (newest.version ?? 0n)) newest = read;
      }
      return newest;
    };
  };
  const named = byName(files);
  const made = new Map<FrameworkId, FolderHistory>();
  const historyOf = (framework: FrameworkId): FolderHistory => {
    let history = made.get(framework);
    if (history) return history;
    if (ordersByContent(framework)) {
      // The order is a graph the files spell out: every file is read.
      const mine = files.filter((f) => recognise(f).framework === framework);
      const byPath = new Map(mine.map((f) => [f.path, f]));
      const ordered = migrationOrder(
        framework,
        mine.map((f) => {
          const { text } = recognise(f);
          return { path: f.path, ...(text !== undefined ? { source: text } : {}) };
        }),
      );
      history = new FolderHistory(
        framework,
        ordered.map(({ path }) => entry(byPath.get(path)!)),
        readDump(framework),
      );
    } else {
      // By name: the folder in name order, each file's framework asked only when the replay reaches it.
      history = new FolderHistory(
        framework,
        named
          .filter((f) => isForwardMigration(framework, f.path))
          .map((f) => extend(entry(f), { belongs: () => recognise(f).framework === framework })),
        readDump(framework),
      );
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
  const rank = (path: string): number => {
    if (!mayOrderByContent(path, config.paths)) return nameRank.get(path) ?? -1;
    const f = byPath.get(path);
    const framework = f && recognise(f).framework;
    if (framework === undefined) return -1;
    if (ordersByContent(framework)) return historyOf(framework).indexOf(path) ?? -1;
    return nameRank.get(path) ?? -1;
  };
  const source = (path: string): string | undefined => {
    const f = byPath.get(path);
    return f && recognise(f).text;
  };
  return Object.assign(historyOf, { rank, source });
}
