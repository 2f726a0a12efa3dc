// `command: check`: the pull-request check. Reads blobs from git (never checks out or runs PR code), analyses
// the migrations the change touches, annotates, summarises, writes SARIF and JSON, asks the approval gate,
// sets the outputs, and throws (main.ts fails the step) when an approval is required and missing.
import * as core from "@actions/core";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, sep } from "node:path";
import { planAnnotations, writeAnnotations } from "../adapters/annotations.js";
import { createGit, type Git } from "../adapters/git.js";
import { analyzeDiff, type GitReader } from "../core/analyze-diff.js";
import {
  parseConfig,
  strictestConfig,
  withOverrides,
  type Config,
  type ConfigOverrides,
} from "../core/config.js";
import { rangeFromEvent, type Range } from "../core/event.js";
import { mergeReports } from "../core/merge-reports.js";
import { rules } from "../core/rules/index.js";
import { toJsonReport } from "../core/report/json.js";
import { gatedDigest } from "../core/approval.js";
import { renderSection } from "../core/report/comment.js";
import { renderMarkdown } from "../core/report/markdown.js";
import { toSarif } from "../core/report/sarif.js";
import type { FileReport } from "../core/types.js";
import { decideVerdict, rankFindings, type Verdict } from "../core/verdict.js";
import { githubRepository, type CommonSettings, type GitHubRepository } from "../inputs.js";
import { readCheckSettings, type CheckSettings } from "../inputs-check.js";
import { loadParsers, parsersFor } from "../parsers/index.js";
import { approvalAndComment, type GateResult } from "./approval-gate.js";
import { VERSION } from "../version.js";

/** The tree of an empty commit: the base of a new branch whose first commit has no parent. */
const EMPTY_TREE: Record<number, string> = {
  40: "4b825dc642cb6eb9a060e54bf8d69288fbee4904",
  64: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321",
};

export class CheckFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckFailure";
  }
}

function readEventText(): string {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return "{}";
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new CheckFailure(
      `Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(error as Error).message}.`,
    );
  }
}

function fetchDepthError(what: string, detail: string | undefined): CheckFailure {
  return new CheckFailure(
    `${what} is not in the checkout and could not be fetched${detail ? ` (${detail})` : ""}. ` +
      "Set `fetch-depth: 0` on actions/checkout so the check can see the base and head of the change.",
  );
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").find((l) => l.trim()) ?? text;
}

/** Base and head as commits present locally; fetches what a shallow checkout lacks. */
async function resolveRange(
  git: Git,
  range: Range,
): Promise<{ base: string; head: string; notes: string[] }> {
  const notes = [...range.notes];
  const wanted = [range.base, range.head].filter((r): r is string => r !== undefined);
  const shallow = await git.isShallow();
  const missing = async () => {
    const absent: string[] = [];
    for (const rev of wanted) if (!(await git.hasCommit(rev))) absent.push(rev);
    return absent;
  };
  let absent = await missing();
  let fetchError: string | undefined;
  const needsHistory = range.compare === "merge-base" || range.base === undefined;
  if (absent.length > 0 || (shallow && needsHistory)) {
    const branches = range.baseCandidates
      .filter((c) => c.how === "merge-base")
      .map((c) => c.rev.replace(/^origin\//, ""));
    core.info(
      `Fetching the commits the check compares (${absent.length ? `${absent.length} missing` : "shallow checkout"}).`,
    );
    try {
      await git.fetch([...wanted, ...branches.map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`)]);
    } catch {
      // The default branch may be what failed; the commits alone are what matters most.
      try {
        await git.fetch(wanted);
      } catch (error) {
        fetchError = firstLine(error);
      }
    }
    absent = await missing();
  }
  if (absent.length > 0) {
    const which = absent.map((r) => (r === range.base ? `The base commit ${r}` : `The head commit ${r}`));
    throw fetchDepthError(which.join(" and "), fetchError);
  }

  let base = range.base;
  if (base === undefined) {
    for (const candidate of range.baseCandidates) {
      if (candidate.how === "merge-base") {
        if (!(await git.hasCommit(candidate.rev))) continue;
        const mb = await git.mergeBase(candidate.rev, range.head);
        if (mb) {
          base = mb;
          notes.push(`Comparing with ${candidate.description}, ${mb}.`);
          break;
        }
      } else {
        const parent = await git.resolve(candidate.rev);
        if (parent) {
          base = parent;
          notes.push(`Comparing with ${candidate.description}, ${parent}.`);
          break;
        }
      }
    }
    if (base === undefined) {
      if (shallow && (await git.isShallow()))
        throw fetchDepthError(`The parent of ${range.head}`, fetchError);
      base = EMPTY_TREE[range.head.length] ?? EMPTY_TREE[40];
      notes.push("The pushed commit has no parent: every migration in it is new.");
    }
  } else if (range.compare === "merge-base") {
    const mb = await git.mergeBase(base, range.head);
    if (mb) base = mb;
    else if (await git.isShallow()) {
      throw fetchDepthError(`The merge base of ${range.base} and ${range.head}`, fetchError);
    } else {
      notes.push(`${range.base} and ${range.head} share no history: comparing them directly.`);
    }
  }
  return { base, head: range.head, notes };
}

/**
 * The config of the base revision, when the change touches the config file; undefined otherwise. A pull
 * request could otherwise turn a rule off or exclude its own migration in the same change that adds it.
 */
async function baseConfig(
  git: Git,
  base: string,
  changed: readonly { path: string }[],
  common: CommonSettings,
  notes: string[],
): Promise<Config | undefined> {
  const path = relative(common.workingDirectory, common.configPath).split(sep).join("/");
  if (path.startsWith("..") || !changed.some((f) => f.path === path)) return undefined;
  const bytes = await git.readFile(base, path);
  const text = bytes ? new TextDecoder().decode(bytes) : "";
  try {
    const config = parseConfig(
      text,
      `${path} at the base ${base.slice(0, 12)}`,
      rules.map((r) => r.id),
    );
    notes.push(
      `This change edits ${path}: the migrations are judged under the stricter of its base and new versions ` +
        "(and under the base's), so a config change cannot hide a finding before it is merged.",
    );
    return config;
  } catch (error) {
    // The base's config was already broken. Fails closed: the built-in defaults stand in for it, so a change
    // that mends the config still cannot turn a rule off or exclude a file for its own migrations.
    notes.push(
      `This change edits ${path}; the base's version could not be read (${firstLine(error)}), so the ` +
        "migrations are judged under the built-in defaults as well as the new version.",
    );
    return parseConfig(
      "",
      `built-in defaults (for ${path})`,
      rules.map((r) => r.id),
    );
  }
}

/** Changed files listed once: the list chooses the parsers to load, then feeds the analysis. */
async function analyse(
  git: Git,
  base: string,
  head: string,
  common: CommonSettings,
  notes: string[],
  overrides: ConfigOverrides,
): Promise<{ reports: FileReport[]; changed: number }> {
  const changed = await git.changedFiles(base, head);
  const reader: GitReader = {
    changedFiles: () => Promise.resolve(changed),
    readFile: (rev, path) => git.readFile(rev, path),
    listDir: (rev, dir) => git.listDir(rev, dir),
    listEntries: (rev, dir) => git.listEntries(rev, dir),
  };
  // The step's inputs lie over the base's config as over the head's: they come from the workflow, not the file.
  const baseFile = await baseConfig(git, base, changed, common, notes);
  const before = baseFile && withOverrides(baseFile, overrides);
  // A config's `paths:` may route a file to a reader its extension does not call for: then load them all.
  const routed = [common.config, before].some((c) => c && Object.keys(c.paths).length > 0);
  const parsers = await loadParsers(routed ? undefined : parsersFor(changed.map((f) => f.path)));
  if (!before) {
    return {
      reports: await analyzeDiff(reader, base, head, parsers, common.config),
      changed: changed.length,
    };
  }
  // The stricter of the two configs, and the base's own (its database may differ): every finding counts.
  const defaults = Object.fromEntries(rules.map((r) => [r.id, r.severity]));
  const strict = await analyzeDiff(
    reader,
    base,
    head,
    parsers,
    strictestConfig(before, common.config, defaults),
  );
  const underBase = await analyzeDiff(reader, base, head, parsers, before);
  return { reports: mergeReports(strict, underBase), changed: changed.length };
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function migrationsOutput(verdict: Verdict): string {
  return JSON.stringify(
    verdict.files.map(({ report, verdict: v }) => ({
      path: report.path,
      framework: report.framework,
      status: report.status,
      ...(report.previousPath !== undefined ? { previousPath: report.previousPath } : {}),
      verdict: v,
      findings: report.findings.map((f) => ({
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        line: f.line,
        ...(f.acknowledged ? { acknowledged: true } : {}),
      })),
    })),
  );
}

function repository(): GitHubRepository {
  const found = githubRepository();
  if (!found.owner) {
    throw new CheckFailure(`GITHUB_REPOSITORY is ${JSON.stringify(found.full)}; expected \`owner/repo\`.`);
  }
  return found;
}

function listPaths(paths: readonly string[], max = 20): string {
  const shown = paths.slice(0, max).map((p) => JSON.stringify(p));
  return paths.length > max ? `${shown.join(", ")} and ${paths.length - max} more` : shown.join(", ");
}

async function gate(
  range: Range,
  settings: CheckSettings,
  common: CommonSettings,
  verdict: Verdict,
  report: string,
): Promise<GateResult> {
  const pull = range.pull!;
  const { apiUrl, owner, repo } = repository();
  try {
    return await approvalAndComment({
      token: common.token,
      apiUrl,
      owner,
      repo,
      pull: pull.number,
      author: pull.author,
      head: pull.headSha,
      gated: verdict.gated.map((g) => ({ path: g.path, blob: g.blob, categories: [...g.categories] })),
      approvalLabel: settings.approvalLabel,
      approvers: [...settings.approvers],
      comment: settings.comment,
      report,
      hasFindings: verdict.findings > 0,
      approvalKey: settings.approvalKey,
    });
  } catch (error) {
    // The analysis stands whatever GitHub answers; only the approval cannot be confirmed. Fails closed: the
    // gate is open only when nothing needed an approval.
    core.warning(`Could not check approvals or update the PR comment: ${firstLine(error)}`);
    const howToApprove =
      `Add the label "${settings.approvalLabel}" or approve the pull request` +
      (settings.approvers.length ? ` (allowed: ${settings.approvers.join(", ")})` : "") +
      ", then re-run this check.";
    return {
      approved: !verdict.requiresApproval,
      approvedBy: [],
      howToApprove,
      notices: [],
      section: {
        gated: verdict.gated.length,
        paths: verdict.gated.map((g) => g.path),
        approved: !verdict.requiresApproval,
        approvedBy: [],
        digest: gatedDigest(verdict.gated),
        rejected: [],
        howToApprove,
        unavailable: `The check could not read approvals: ${firstLine(error)}`,
      },
    };
  }
}

async function analyseRange(
  git: Git,
  range: Range,
  settings: CheckSettings,
  common: CommonSettings,
): Promise<{ reports: FileReport[]; verdict: Verdict; notes: string[] }> {
  const resolved = await core.group("Revisions", async () => {
    const r = await resolveRange(git, range);
    for (const note of r.notes) core.info(note);
    core.info(`base ${r.base}, head ${r.head}`);
    return r;
  });
  const { reports } = await core.group("Analysing the changed migrations", async () => {
    const result = await analyse(
      git,
      resolved.base,
      resolved.head,
      common,
      resolved.notes,
      settings.configOverrides,
    );
    core.info(`${result.changed} changed file(s), ${result.reports.length} migration(s) analysed.`);
    return result;
  });
  let verdict = decideVerdict(reports, settings.approvalCategories, new Map());
  // Blob shas identify what an approval covers; only worth a second diff when something is gated.
  if (verdict.requiresApproval) {
    verdict = decideVerdict(
      reports,
      settings.approvalCategories,
      await git.blobIds(resolved.base, resolved.head),
    );
  }
  return { reports, verdict, notes: resolved.notes };
}

export async function runCheck(fromFile: CommonSettings): Promise<void> {
  const settings = readCheckSettings(fromFile);
  const common = { ...fromFile, config: withOverrides(fromFile.config, settings.configOverrides) };
  const eventName = process.env.GITHUB_EVENT_NAME ?? "";
  if (!eventName && !(settings.base && settings.head)) {
    throw new CheckFailure(
      "GITHUB_EVENT_NAME is not set, so there is no event to read base and head from. Run the check in a " +
        "GitHub Actions workflow, or set the `base` and `head` inputs.",
    );
  }
  const range = rangeFromEvent(eventName, readEventText(), { base: settings.base, head: settings.head });
  if (range.deleted) {
    core.info(range.notes.join(" "));
    setOutputs(decideVerdict([], settings.approvalCategories, new Map()), settings.reportPath, undefined);
    writeFile(settings.reportPath, JSON.stringify(toJsonReport([]), null, 2) + "\n");
    return;
  }
  // A fetch must fail rather than wait for a password nobody will type.
  process.env.GIT_TERMINAL_PROMPT = "0";
  const git = createGit(common.workingDirectory);
  let analysed: { reports: FileReport[]; verdict: Verdict; notes: string[] };
  try {
    analysed = await analyseRange(git, range, settings, common);
  } finally {
    git.close();
  }
  const { reports, verdict, notes } = analysed;

  const plan = await core.group("Annotations", async () => {
    const p = planAnnotations(rankFindings(reports, settings.approvalCategories));
    writeAnnotations(p);
    const omitted = p.omitted.error + p.omitted.warning + p.omitted.notice;
    if (omitted)
      core.info(`${omitted} more finding(s) are not annotated (GitHub's limit); see the job summary.`);
    return p;
  });

  const markdownOptions = {
    approvalCategories: settings.approvalCategories,
    omittedAnnotations: plan.omitted,
    notes: settings.failOn.approval ? notes : [ADVISORY, ...notes],
    blobBase: blobBase(range.head),
  };
  // The comment gets the report without a decision: the gate puts its own under the heading. It is cut at a
  // finding (with a note) to stay well under a comment's 65,536 characters, leaving room for the decision.
  const markdown = renderMarkdown(verdict, {
    ...markdownOptions,
    maxBytes: COMMENT_REPORT_BYTES,
    decisionAbove: true,
  });
  await core.group("Reports", async () => {
    writeFile(settings.reportPath, JSON.stringify(toJsonReport(reports), null, 2) + "\n");
    core.info(`JSON report: ${settings.reportPath}`);
    if (settings.sarif) {
      writeFile(settings.sarif, JSON.stringify(toSarif(reports, VERSION), null, 2) + "\n");
      core.info(`SARIF: ${settings.sarif}`);
    }
  });

  let result: GateResult | undefined;
  if (range.pull) {
    result = await core.group("Approval", () => gate(range, settings, common, verdict, markdown));
    for (const notice of result.notices) core.notice(notice);
    if (result.commentUrl) core.info(`PR comment: ${result.commentUrl}`);
  } else if (verdict.requiresApproval) {
    core.notice(
      `${verdict.gated.length} migration(s) need approval (${settings.approvalCategories.join(", ")}). ` +
        `Approvals are checked on pull requests; on a ${range.eventName} event this step reports and does not fail.`,
    );
  }
  setOutputs(verdict, settings.reportPath, result, settings.sarif);
  // The job summary leads with the same decision as the comment (written after the gate, so it knows it).
  if (process.env.GITHUB_STEP_SUMMARY) {
    const decision = result ? renderSection(result.section) : undefined;
    await core.summary
      .addRaw(renderMarkdown(verdict, decision ? { ...markdownOptions, decision } : markdownOptions))
      .write();
  }

  if (result && verdict.requiresApproval && !result.approved) {
    const paths = verdict.gated.map((g) => g.path);
    const message =
      `Approval required: ${paths.length} migration(s) have findings in ` +
      `${settings.approvalCategories.join(", ")}: ${listPaths(paths)}. ` +
      (result.stale ? `${result.stale} ` : "") +
      result.howToApprove;
    if (settings.failOn.approval) throw new CheckFailure(message);
    core.warning(`${message} (${ADVISORY})`);
  }
  const failing = settings.failOn.categories.filter((c) => verdict.counts[c] > 0);
  if (failing.length) {
    throw new CheckFailure(
      `\`fail-on\` fails the step: ${failing.map((c) => `${verdict.counts[c]} ${c}`).join(", ")} finding(s) ` +
        "not acknowledged by an allow comment (an approval does not clear these; see the job summary).",
    );
  }
}

const ADVISORY =
  "Advisory run: `fail-on: none`, so this step does not fail for a missing approval. The merge is not " +
  "blocked by it; the deploy gate still holds destructive migrations nobody approved.";

/** The report's part of a PR comment, in UTF-8 bytes (never fewer than characters); the rest is the decision. */
const COMMENT_REPORT_BYTES = 56_000;

/** Where the reviewed commit's files are on GitHub, for links to a finding's lines; undefined off GitHub. */
function blobBase(head: string): string | undefined {
  const server = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const repository = process.env.GITHUB_REPOSITORY ?? "";
  if (!/^[0-9a-f]{40}$/.test(head) || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  return `${server}/${repository}/blob/${head}`;
}

function setOutputs(verdict: Verdict, reportPath: string, result: GateResult | undefined, sarif = ""): void {
  core.setOutput("migrations", migrationsOutput(verdict));
  core.setOutput("comment-url", result?.commentUrl ?? "");
  core.setOutput("digest", result?.digest ?? "");
  core.setOutput("sarif", sarif);
  core.setOutput("destructive", String(verdict.destructive));
  core.setOutput("requires-approval", String(verdict.requiresApproval));
  core.setOutput("approved", String(result ? result.approved : !verdict.requiresApproval));
  core.setOutput("approved-by", (result?.approvedBy ?? []).join(","));
  core.setOutput("findings", String(verdict.findings));
  core.setOutput("report", reportPath);
}
