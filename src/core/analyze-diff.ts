// The migrations a change adds, edits, renames or deletes, each analysed. Git is passed in, so this stays pure.
import { analyzeFile } from "./analyze.js";
import type { Config } from "./config.js";
import { FolderIndex, folderIndexes, folderOf } from "./folder-index.js";
import { readsSiblings } from "./frameworks/index.js";
import type { Parsers } from "./parsers.js";
import type { FileReport, FileStatus } from "./types.js";

export interface GitReader {
  changedFiles(
    base: string,
    head: string,
  ): Promise<{ path: string; status: FileStatus; previousPath?: string }[]>;
  readFile(rev: string, path: string): Promise<Uint8Array | undefined>;
  /** The names in a folder at `rev` (`""` is the top); asked once per folder, only when a reader needs it. */
  listDir(rev: string, dir: string): Promise<string[]>;
}

/** Extensions any framework reads; other files are not fetched at all (a PR may touch thousands). */
const MIGRATION_EXTENSIONS = /\.(rb|py|sql|php|js|mjs|cjs|ts|mts|cts|exs)$/i;

export async function analyzeDiff(
  git: GitReader,
  base: string,
  head: string,
  parsers: Parsers,
  config: Config,
): Promise<FileReport[]> {
  const changed = (await git.changedFiles(base, head)).filter((f) => MIGRATION_EXTENSIONS.test(f.path));
  const indexOf = folderIndexes((dir) => git.listDir(head, dir).then((names) => new FolderIndex(names)));
  const reports = await Promise.all(
    changed.map(async (f) => {
      const content = await git.readFile(f.status === "deleted" ? base : head, f.path);
      const siblings = readsSiblings(f.path) ? await indexOf(folderOf(f.path)) : undefined;
      return analyzeFile(
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
        },
        parsers,
        config,
      );
    }),
  );
  return reports.filter((r): r is FileReport => r !== undefined).sort((a, b) => a.path.localeCompare(b.path));
}
