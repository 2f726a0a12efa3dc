// The schema history of a folder from its files' bytes, however the adapter got them (disk, git blobs): each file
// decoded and recognised once, the framework's migrations put in the order it runs them, each parsed only when
// the replay reaches it. Pure: the bytes are passed in.
import { decode, frameworkFor } from "./analyze.js";
import type { Config } from "./config.js";
import type { FolderIndex } from "./folder-index.js";
import type { Parsers } from "./parsers.js";
import { FolderHistory, migrationOrder, type Origin } from "./schema/index.js";
import type { FrameworkId } from "./types.js";

/** Extensions any framework reads; other files are not fetched at all (a PR may touch thousands). */
export const MIGRATION_EXTENSIONS = /\.(rb|py|sql|php|js|mjs|cjs|ts|mts|cts|exs)$/i;

export interface FolderFile {
  /** The path as the analysed files spell it (so the file under analysis is found among them). */
  path: string;
  content: Uint8Array | string | undefined;
  origin: Origin;
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
}

/** One history per framework present in the folder, made when first asked for. */
export function folderHistories(
  files: readonly FolderFile[],
  parsers: Parsers,
  config: Config,
  siblings?: FolderIndex,
): FolderHistories {
  const recognised = files.map((f) => {
    const decoded = f.content === undefined ? undefined : decode(f.content);
    const text = decoded && "text" in decoded ? decoded.text : undefined;
    return { ...f, text, framework: frameworkFor(f.path, text ?? "", config)?.id };
  });
  const made = new Map<FrameworkId, FolderHistory>();
  const historyOf = (framework: FrameworkId): FolderHistory => {
    let history = made.get(framework);
    if (history) return history;
    const mine = recognised.filter((f) => f.framework === framework);
    const byPath = new Map(mine.map((f) => [f.path, f]));
    const ordered = migrationOrder(
      framework,
      mine.map((f) => ({ path: f.path, ...(f.text !== undefined ? { source: f.text } : {}) })),
    );
    history = new FolderHistory(
      framework,
      ordered.map(({ path }) => {
        const f = byPath.get(path)!;
        return {
          path,
          origin: f.origin,
          parse: () =>
            f.text === undefined
              ? undefined
              : frameworkFor(path, f.text, config)?.parse(
                  { path, source: f.text, database: config.database, ...(siblings ? { siblings } : {}) },
                  parsers,
                ),
        };
      }),
    );
    made.set(framework, history);
    return history;
  };
  let ranks: Map<string, number> | undefined;
  const rank = (path: string): number => {
    if (!ranks) {
      ranks = new Map();
      for (const f of recognised) {
        const place = f.framework === undefined ? undefined : historyOf(f.framework).indexOf(f.path);
        if (place !== undefined) ranks.set(f.path, place);
      }
    }
    return ranks.get(path) ?? -1;
  };
  return Object.assign(historyOf, { rank });
}
