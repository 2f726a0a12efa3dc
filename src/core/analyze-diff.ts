// The migrations a change adds, edits, renames or deletes, each analysed. Git is passed in, so this stays pure.
import { analyzeFile } from "./analyze.js";
import type { Config } from "./config.js";
import type { Parsers } from "./parsers.js";
import type { FileReport, FileStatus } from "./types.js";

export interface GitReader {
  changedFiles(
    base: string,
    head: string,
  ): Promise<{ path: string; status: FileStatus; previousPath?: string }[]>;
  readFile(rev: string, path: string): Promise<Uint8Array | undefined>;
  listDir(rev: string, dir: string): Promise<string[]>;
}

/** Extensions any framework reads; other files are not fetched at all (a PR may touch thousands). */
const MIGRATION_EXTENSIONS = /\.(rb|py|sql|php|js|mjs|cjs|ts|mts|cts|exs)$/i;

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

export async function analyzeDiff(
  git: GitReader,
  base: string,
  head: string,
  parsers: Parsers,
  config: Config,
): Promise<FileReport[]> {
  const changed = (await git.changedFiles(base, head)).filter((f) => MIGRATION_EXTENSIONS.test(f.path));
  const listings = new Map<string, Promise<string[]>>();
  const siblingsOf = (path: string) => {
    const dir = dirOf(path);
    if (!listings.has(dir))
      listings.set(
        dir,
        git.listDir(head, dir).then((names) => names.map((n) => (dir ? `${dir}/${n}` : n))),
      );
    return listings.get(dir)!;
  };
  const reports = await Promise.all(
    changed.map(async (f) => {
      const content = await git.readFile(f.status === "deleted" ? base : head, f.path);
      const siblings = f.path.endsWith(".sql") ? await siblingsOf(f.path) : undefined;
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
