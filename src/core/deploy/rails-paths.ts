// Rails apps can keep migrations outside db/migrate: `migrations_paths` in config/database.yml (per
// environment, and per database in a multi-database app). The deploy looks for pending files there too, or a
// pending migration in such a dir would be "not found" (blocked) at best and unread at worst.
import { parseDocument } from "yaml";
import { safeGlobPart } from "./presets.js";

export interface MigrationsPaths {
  /** Relative dirs below the app dir, as written (normalised: no `./`, no trailing `/`), deduplicated. */
  dirs: string[];
  /** Why some or all of the file could not be used (unparseable YAML, an absolute or odd path). */
  problems: string[];
}

/**
 * ERB is Ruby: it cannot be evaluated here. `<%= ... %>` becomes a placeholder value and `<% ... %>` lines
 * (if/else around keys) are dropped, which keeps both branches: every path either branch names is searched.
 */
function stripErb(text: string): string {
  return text
    .replace(/<%=[\s\S]*?%>/g, "mg-erb-value")
    .replace(/<%#[\s\S]*?%>/g, "")
    .replace(/<%[\s\S]*?%>/g, "");
}

function collect(node: unknown, out: string[], depth = 0): void {
  if (depth > 4 || typeof node !== "object" || node === null) return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === "migrations_paths") {
      if (typeof value === "string") out.push(value);
      else if (Array.isArray(value)) for (const v of value) if (typeof v === "string") out.push(v);
    } else collect(value, out, depth + 1);
  }
}

export function railsMigrationsPaths(databaseYml: string): MigrationsPaths {
  const result: MigrationsPaths = { dirs: [], problems: [] };
  let data: unknown;
  try {
    const doc = parseDocument(stripErb(databaseYml), { uniqueKeys: false, merge: true });
    if (doc.errors.length) throw new Error(doc.errors[0].message.split("\n")[0]);
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    // Fails closed through the caller: a pending file we then cannot find is blocked as not found.
    result.problems.push(
      `config/database.yml could not be read as YAML (${(error as Error).message}); its migrations_paths were not searched`,
    );
    return result;
  }
  const raw: string[] = [];
  collect(data, raw);
  for (const value of raw) {
    const dir = value
      .trim()
      .replace(/^(\.\/)+/, "")
      .replace(/\/+$/, "");
    if (!dir || dir.includes("mg-erb-value")) {
      result.problems.push(
        `migrations_paths ${JSON.stringify(value)} is computed by ERB; it was not searched`,
      );
      continue;
    }
    if (dir.startsWith("/") || !dir.split("/").every((part) => safeGlobPart(part))) {
      result.problems.push(
        `migrations_paths ${JSON.stringify(value)} is outside the app dir or has unexpected characters; it was not searched`,
      );
      continue;
    }
    if (!result.dirs.includes(dir)) result.dirs.push(dir);
  }
  return result;
}
