// One file in, one report out: decode → framework → forward operations → rules → acknowledgements.
import type { Config } from "./config.js";
import { docsUrl } from "./docs.js";
import { withExcerpts } from "./excerpt.js";
import type { FolderIndex } from "./folder-index.js";
import { matchesAny } from "./glob.js";
import { detectFramework, frameworkById } from "./frameworks/index.js";
import type { Framework } from "./frameworks/framework.js";
import type { Parsers } from "./parsers.js";
import { rules } from "./rules/index.js";
import { refineWithSchema, vocabularyOf, type FolderHistory } from "./schema/index.js";
import type { Rule, RuleContext } from "./rules/rule.js";
import { applyAllowComments } from "./suppress.js";
import type {
  Comment,
  FileReport,
  FileStatus,
  Finding,
  FrameworkId,
  ParsedMigration,
  Severity,
} from "./types.js";
import { byLineThenRule } from "./order.js";
import { extend } from "./extend.js";

/** Larger files are not parsed: a migration this size is generated data, and a human must look. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface SourceFile {
  path: string;
  /** Raw bytes (checked for binary / UTF-8 / size) or already-decoded text. Absent for deleted files. */
  content?: Uint8Array | string;
  status?: FileStatus;
  previousPath?: string;
  /** The names in the file's folder (for `*.up.sql` / `*.down.sql` pairs), one index shared by the folder. */
  siblings?: FolderIndex;
  /** Set when the bytes could not be had at all (git has no blob for it): reported, never read as empty. */
  unreadable?: string;
  /** The migrations of the file's folder replayed in order (see `folderHistories`), when the adapter has them. */
  history?: (framework: FrameworkId) => FolderHistory | undefined;
  /**
   * The file already read elsewhere (another thread, see `readMigration`): used instead of parsing when it was
   * read from this very text by this framework, else ignored and the file parsed here.
   */
  reading?: Reading;
}

/** A file's forward reading and the text it was read from. Plain data: it crosses threads by structured clone. */
export interface Reading {
  source: string;
  parsed: ParsedMigration;
}

export type Decoded = { text: string } | { problem: string };

export function decode(content: Uint8Array | string): Decoded {
  if (typeof content === "string") {
    return content.length > MAX_FILE_BYTES
      ? { problem: `is larger than ${MAX_FILE_BYTES} bytes` }
      : { text: content };
  }
  if (content.byteLength > MAX_FILE_BYTES)
    return { problem: `is ${content.byteLength} bytes, over the ${MAX_FILE_BYTES}-byte limit` };
  if (content.includes(0)) return { problem: "is binary (contains NUL bytes)" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(content) };
  } catch {
    return { problem: "is not valid UTF-8" };
  }
}

/** Which framework reads this path: config globs first, then detection. */
export function frameworkFor(path: string, source: string, config: Config): Framework | undefined {
  if (matchesAny(path, config.exclude)) return undefined;
  for (const [id, globs] of Object.entries(config.paths) as [FrameworkId, string[]][]) {
    if (matchesAny(path, globs)) return frameworkById(id);
  }
  return detectFramework(path, source);
}

function finding(rule: Rule, severity: Severity, hit: ReturnType<Rule["check"]>[number]): Finding {
  return {
    rule: rule.id,
    category: rule.category,
    severity,
    line: hit.line,
    endLine: Math.max(hit.endLine, hit.line),
    message: hit.message,
    safeAlternative: hit.safeAlternative ?? rule.safeAlternative,
    docsUrl: docsUrl(rule.id),
    ...(hit.table !== undefined ? { table: hit.table } : {}),
    ...(hit.column !== undefined ? { column: hit.column } : {}),
  };
}

export function runRules(ctx: RuleContext, config: Config, comments: readonly Comment[]): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id] ?? rule.severity;
    if (setting === "off") continue;
    for (const hit of rule.check(ctx)) findings.push(finding(rule, setting, hit));
  }
  const result = applyAllowComments(findings, comments, config);
  return result.sort(byLineThenRule);
}

/**
 * The framework's reading of a decoded file. Never throws: a reader that fails is a problem on the file, for a
 * human to read (an adapter bug must not turn into "safe").
 */
export function readForward(
  framework: Framework,
  file: { path: string; source: string; siblings?: FolderIndex | undefined },
  parsers: Parsers,
  config: Config,
): ParsedMigration {
  try {
    return framework.parse(
      { path: file.path, source: file.source, database: config.database, siblings: file.siblings },
      parsers,
    );
  } catch (error) {
    // Fails closed, as said above: a problem on the file (needs review), never an empty "safe" reading.
    return {
      framework: framework.id,
      operations: [],
      comments: [],
      problems: [
        {
          line: 1,
          endLine: 1,
          message: `the ${framework.name} reader failed on this file (${(error as Error).message}); it was not analysed`,
        },
      ],
    };
  }
}

/**
 * What `analyzeFile` would read from these bytes, made apart from the analysis (on another thread): undefined
 * when there is nothing to read (not a migration, not decodable; the analysis then says why).
 */
export function readMigration(
  file: { path: string; content: Uint8Array | string; siblings?: FolderIndex | undefined },
  parsers: Parsers,
  config: Config,
): Reading | undefined {
  const decoded = decode(file.content);
  if (!("text" in decoded)) return undefined;
  const framework = frameworkFor(file.path, decoded.text, config);
  if (!framework) return undefined;
  const source = decoded.text;
  return { source, parsed: readForward(framework, extend(file, { source }), parsers, config) };
}

export interface AnalyzeOptions {
  /**
   * Give each finding the excerpt of its lines (default). Only the formats that show code need them (the PR
   * comment, SARIF); a run that prints JSON, text or GitLab's report leaves them out and skips their cost
   * (splitting every file with a finding into lines: ~3 % of a 10,000-file run).
   */
  excerpts?: boolean;
}

/**
 * Analyses one file. Returns undefined when the path is not a migration of any known framework
 * (and was not named by config). Never throws for bad content: that becomes a needs-review finding.
 */
export function analyzeFile(
  file: SourceFile,
  parsers: Parsers,
  config: Config,
  options: AnalyzeOptions = {},
): FileReport | undefined {
  const status = file.status ?? "unchanged";
  const decoded: Decoded = file.unreadable
    ? { problem: file.unreadable }
    : file.content === undefined
      ? { text: "" }
      : decode(file.content);
  const text = "text" in decoded ? decoded.text : "";
  const framework = frameworkFor(file.path, text, config);
  if (!framework) return undefined;

  let parsed: ParsedMigration = { framework: framework.id, operations: [], comments: [], problems: [] };
  if ("problem" in decoded) {
    parsed.problems = [
      { line: 1, endLine: 1, message: `${file.path} ${decoded.problem}; it was not analysed` },
    ];
  } else if (status !== "deleted") {
    const ready = file.reading;
    parsed =
      ready && ready.source === text && ready.parsed.framework === framework.id
        ? ready.parsed
        : readForward(framework, { path: file.path, source: text, siblings: file.siblings }, parsers, config);
  }

  const history = status === "deleted" ? undefined : file.history?.(framework.id);
  history?.remember(file.path, parsed);
  const schema = history?.before(file.path);
  const ctx: RuleContext = {
    path: file.path,
    framework: framework.id,
    database: config.database,
    operations: schema
      ? refineWithSchema(parsed.operations, schema, vocabularyOf(framework.id))
      : parsed.operations,
    ...(schema ? { schema } : {}),
    problems: parsed.problems,
    status,
    ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
  };
  const findings = runRules(ctx, config, parsed.comments);
  return {
    path: file.path,
    framework: framework.id,
    status,
    findings: options.excerpts === false ? findings : withExcerpts(findings, text),
    ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
  };
}
