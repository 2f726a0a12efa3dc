// classify: the pending migrations → each one's file on the host, read and analysed like `check` does.
import type { HostFiles } from "../../adapters/supervisor.js";
import { analyzeFile } from "../../core/analyze.js";
import type { Config } from "../../core/config.js";
import type { ClassifiedMigration } from "../../core/deploy/gate.js";
import { gitBlobSha } from "../../core/deploy/pr-approval.js";
import type { DeployFramework } from "../../core/deploy/presets.js";
import { railsMigrationsPaths } from "../../core/deploy/rails-paths.js";
import type { PendingMigration, StatusReport } from "../../core/deploy/status.js";
import type { Parsers } from "../../core/parsers.js";

/** Rails: the pending files may also sit in the `migrations_paths` of config/database.yml. */
async function railsExtraPatterns(
  files: HostFiles,
  report: StatusReport,
): Promise<{ patterns: Map<string, string[]>; problems: string[] }> {
  const found = await files.read(["config/database.yml"]);
  const yml = found.get("config/database.yml")?.[0];
  const patterns = new Map<string, string[]>();
  if (!yml) return { patterns, problems: [] };
  const paths = railsMigrationsPaths(yml.bytes.toString("utf8"));
  for (const p of report.pending) {
    // An id that maps to no file stays so: only plain versions become globs.
    if (!p.patterns.length || !/^\d+$/.test(p.id)) continue;
    patterns.set(
      p.id,
      paths.dirs.map((dir) => `${dir}/${p.id}_*.rb`),
    );
  }
  return { patterns, problems: paths.problems };
}

export async function classifyPending(
  files: HostFiles,
  framework: DeployFramework,
  report: StatusReport,
  config: Config,
  parsers: Promise<Parsers>,
): Promise<ClassifiedMigration[]> {
  const extra =
    framework === "rails" && report.pending.length
      ? await railsExtraPatterns(files, report)
      : { patterns: new Map<string, string[]>(), problems: [] };
  const patternsOf = (p: PendingMigration): string[] => [
    ...new Set([...(extra.patterns.get(p.id) ?? []), ...p.patterns]),
  ];
  const read = await files.read([...new Set(report.pending.flatMap((p) => patternsOf(p)))]);
  const loaded = await parsers;
  const searched = extra.problems.length ? ` (${extra.problems.join("; ")})` : "";
  return report.pending.map((pending): ClassifiedMigration => {
    if (!pending.patterns.length)
      return { pending, unread: "unmapped", note: "its id could not be mapped to a file name" };
    const found = patternsOf(pending)
      .map((p) => read.get(p) ?? [])
      .find((list) => list.length);
    if (!found)
      return {
        pending,
        unread: "not-found",
        note: `its file was not found in the app dir (a library's migration, or a custom path)${searched}`,
      };
    const file = found[0];
    // The file is the framework's own pending migration, wherever it lives: read it with that framework
    // (a Rails `migrations_paths` dir is not where detection by path looks).
    const forced: Config = {
      ...config,
      paths: { ...config.paths, [framework]: [...(config.paths[framework] ?? []), file.path] },
    };
    const analysed = analyzeFile(
      { path: file.path, content: new Uint8Array(file.bytes), status: "added" },
      loaded,
      forced,
    );
    if (!analysed)
      return {
        pending,
        path: file.path,
        blob: gitBlobSha(file.bytes),
        unread: "not-recognised",
        note: "not recognised as a migration file",
      };
    return { pending, path: file.path, report: analysed, blob: gitBlobSha(file.bytes) };
  });
}
