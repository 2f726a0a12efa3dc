// The approval gate and the sticky PR comment: the GitHub side of `command: check`.
// Reads who approved (label events, reviews), checks they are allowed, binds the approval to the digest of
// the migrations it covered, and keeps one comment up to date. Pure decisions live in core/approval.ts.
import {
  createGitHubClient,
  GitHubApiError,
  type GitHubClient,
  type IssueComment,
} from "../adapters/github.js";
import {
  decideApproval,
  gatedDigest,
  howToApprove,
  signRecord,
  verifyRecord,
  type ApprovalRecord,
  type LabelEvent,
  type ReviewEvent,
} from "../core/approval.js";
import { parseRecord, renderComment, type ApprovalSection } from "../core/report/comment.js";
import { findStickyComment } from "../adapters/sticky-comment.js";
import type { Category } from "../core/types.js";

/** One migration whose findings fall in an approval category, identified by its content. */
export interface GatedMigration {
  path: string;
  /** git blob sha of the head version (or of the base version for a deleted file). */
  blob: string;
  categories: Category[];
}

export interface GateInput {
  /** Empty when the workflow gave none: the gate then reports "cannot check approvals" and stays closed. */
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  pull: number;
  author: string;
  head: string;
  gated: GatedMigration[];
  approvalLabel: string;
  /** Users and `org/team` slugs; empty = anyone with write access except the author. */
  approvers: string[];
  comment: "always" | "on-findings" | "never";
  /** The markdown report rendered by the check (no marker, no approval section: the gate adds those). */
  report: string;
  hasFindings: boolean;
  /** `approval-key`: signs the record so the deploy gate can trust its label approval. Empty: unsigned. */
  approvalKey?: string;
}

export interface GateResult {
  /** true when nothing needs approval, or an allowed approval covers the current digest. */
  approved: boolean;
  approvedBy: string[];
  /** Why an earlier approval no longer holds (the gated migrations changed since), when that is the case. */
  stale?: string;
  /** A sentence for the failure message: who can approve and how. */
  howToApprove: string;
  commentUrl?: string;
  /** Things to show as notices (comment skipped on a read-only token, ...). */
  notices: string[];
  /** sha256 over the sorted `path\0blob` lines of the gated migrations: what an approval covers. */
  digest?: string;
  /** Approvals found that do not count, and why (the author's own, someone not allowed). */
  rejected?: string[];
  /**
   * The approval record this run computed: what the sticky comment carries, and so what a deploy can trust
   * later, when the comment was written (not with `comment: never`, nor a read-only token).
   */
  record?: ApprovalRecord;
  /** The decision as the comment shows it: the job summary leads with the same one. */
  section: ApprovalSection;
}

/** Seams for the tests: another client, another clock. */
export interface GateDeps {
  client?: GitHubClient;
  now?: () => string;
}

const WRITE_ROLES = new Set(["admin", "maintain", "write"]);

export async function approvalAndComment(input: GateInput, deps: GateDeps = {}): Promise<GateResult> {
  const notices: string[] = [];
  const files = input.gated.map(({ path, blob }) => ({ path, blob }));
  const digest = gatedDigest(files);
  const how = howToApprove(
    input.approvalLabel,
    input.approvers,
    input.author,
    input.head,
    input.comment !== "never",
  );
  if (!input.token) {
    notices.push(
      "No GitHub token: the check cannot read approvals or post its comment. Pass `token: ${{ github.token }}` " +
        "(the default) and give the job `permissions: pull-requests: write`.",
    );
    const approved = input.gated.length === 0;
    const section: ApprovalSection = {
      gated: files.length,
      paths: files.map((f) => f.path),
      approved,
      approvedBy: [],
      digest,
      rejected: [],
      howToApprove: how,
      unavailable: "No GitHub token: the check could not read approvals.",
    };
    return { approved, approvedBy: [], howToApprove: how, notices, digest, section };
  }
  const gh =
    deps.client ??
    createGitHubClient({ token: input.token, apiUrl: input.apiUrl, owner: input.owner, repo: input.repo });
  // "When the check first saw this content" is compared with label times: take both from GitHub's clock.
  const now = deps.now ?? (() => gh.serverTime() ?? new Date().toISOString());

  // 1. The sticky comment, and the record it carries. With `never` the check keeps no comment, and so no record.
  let existing: IssueComment | undefined;
  let duplicates: IssueComment[] = [];
  let previous: ApprovalRecord | undefined;
  let commentsReadable = input.comment !== "never";
  if (input.comment !== "never") {
    try {
      const found = await findStickyComment(gh, input.pull);
      existing = found.comment;
      duplicates = found.duplicates;
      previous = existing ? parseRecord(existing.body) : undefined;
      // With a key, an unsigned or wrongly signed record is ignored (fails closed): any workflow posting as a
      // bot could plant one to carry an old label approval over to content its approver never saw.
      if (
        previous &&
        input.approvalKey &&
        !verifyRecord(input.approvalKey, `${input.owner}/${input.repo}`, input.pull, previous)
      ) {
        notices.push(
          "The approval record in the pull request comment is not signed with approval-key; it was ignored and started again.",
        );
        previous = undefined;
      }
      if (existing && !previous && existing.body.includes("migration-guard:approval")) {
        notices.push(
          "The approval record in the pull request comment could not be read; it was started again.",
        );
      }
      if (found.ignored.length > 0) {
        notices.push(
          `Ignored ${found.ignored.length} comment(s) that carry the check's marker but were not written by it ` +
            `(${found.ignored.map((c) => `@${c.author}`).join(", ")}).`,
        );
      }
    } catch (error) {
      commentsReadable = false;
      notices.push(`The pull request comment was skipped: its comments could not be read. ${message(error)}`);
    }
  }

  // 2. Approval signals, only when something needs approval.
  let unavailable: string | undefined;
  let labelPresent: boolean | undefined;
  let events: LabelEvent[] = [];
  let reviews: ReviewEvent[] = [];
  const allowed = new Map<string, boolean>();
  if (files.length > 0) {
    const failures: string[] = [];
    const read = async <T>(what: string, f: () => Promise<T>, fallback: T): Promise<T> => {
      try {
        return await f();
      } catch (error) {
        failures.push(what);
        notices.push(`Could not read the ${what}: ${message(error)}`);
        return fallback;
      }
    };
    const pull = await read("pull request", () => gh.getPull(input.pull), undefined);
    labelPresent = pull
      ? pull.labels.some((l) => l.toLowerCase() === input.approvalLabel.toLowerCase())
      : undefined;
    if (pull && pull.head && pull.head !== input.head) {
      notices.push(
        `The pull request's head moved to ${pull.head.slice(0, 12)} while this check analysed ` +
          `${input.head.slice(0, 12)}; the approval gate judged ${input.head.slice(0, 12)}.`,
      );
    }
    events = await read("label events", () => gh.listLabelEvents(input.pull), []);
    reviews = await read("reviews", () => gh.listReviews(input.pull), []);
    if (failures.length > 0) {
      unavailable = `The check could not read the ${failures.join(", ")}; approvals there could not be counted.`;
    }
    const candidates = new Set<string>();
    const label = input.approvalLabel.toLowerCase();
    for (const e of events)
      if (e.event === "labeled" && e.actor && e.label.toLowerCase() === label) candidates.add(e.actor);
    for (const r of reviews) if (r.state === "APPROVED" && r.user) candidates.add(r.user);
    for (const login of candidates) {
      if (login.toLowerCase() === input.author.toLowerCase()) continue;
      allowed.set(login.toLowerCase(), await mayApprove(gh, login, input.approvers, notices));
    }
  }

  // 3. The decision (pure).
  const decision = decideApproval({
    label: input.approvalLabel,
    labelPresent,
    events,
    reviews,
    allowed,
    author: input.author,
    head: input.head,
    files,
    digest,
    previous,
    now: now(),
    canRecord: commentsReadable,
  });
  // Signed with the secret when there is one: the deploy gate trusts no unsigned record (anyone posting as a
  // bot could write one). The record's `sig` is the only place the key's work appears; the key never does.
  if (input.approvalKey)
    decision.record.sig = signRecord(
      input.approvalKey,
      `${input.owner}/${input.repo}`,
      input.pull,
      decision.record,
    );
  const section: ApprovalSection = {
    gated: files.length,
    paths: files.map((f) => f.path),
    approved: decision.approved,
    approvedBy: decision.approvedBy,
    digest,
    rejected: decision.rejected,
    howToApprove: how,
    ...(decision.stale ? { stale: decision.stale } : {}),
    ...(unavailable ? { unavailable } : {}),
  };
  const result: GateResult = {
    approved: decision.approved,
    approvedBy: decision.approvedBy,
    howToApprove: how,
    notices,
    digest,
    rejected: decision.rejected,
    record: decision.record,
    section,
  };
  if (decision.stale) result.stale = decision.stale;

  // 4. The comment: created once, then updated in place; `on-findings` still updates one that exists.
  const wanted =
    input.comment === "always" ||
    (input.comment === "on-findings" && (input.hasFindings || files.length > 0 || existing !== undefined));
  if (commentsReadable && wanted) {
    const body = renderComment(input.report, section, decision.record);
    try {
      if (!existing) result.commentUrl = (await gh.createComment(input.pull, body)).url;
      else if (existing.body !== body)
        result.commentUrl = (await gh.updateComment(existing.id, body)).url || existing.url;
      else result.commentUrl = existing.url;
      // Two runs racing (a push and a label) can each create one: keep the oldest, best effort.
      for (const extra of duplicates) await gh.deleteComment(extra.id).catch(() => undefined);
    } catch (error) {
      const readOnly = error instanceof GitHubApiError && (error.status === 403 || error.status === 404);
      notices.push(
        readOnly
          ? "The pull request comment was skipped: the token cannot write to this pull request (a fork's pull " +
              "request gets a read-only token). Annotations, the job summary and the outputs carry the result; " +
              "label approvals cannot be recorded, so approve with a review on the current head."
          : `The pull request comment could not be written: ${message(error)}`,
      );
    }
  }
  return result;
}

/** `approvers` (users, `org/team`) when given; otherwise write, maintain or admin permission. */
async function mayApprove(
  gh: GitHubClient,
  login: string,
  approvers: string[],
  notices: string[],
): Promise<boolean> {
  const user = login.toLowerCase();
  if (approvers.length === 0) {
    try {
      return WRITE_ROLES.has(await gh.permission(login));
    } catch (error) {
      notices.push(`Could not read @${login}'s permission on the repository: ${message(error)}`);
      return false;
    }
  }
  for (const entry of approvers) {
    const name = entry.trim().replace(/^@/, "");
    if (!name) continue;
    const team = /^([^/\s]+)\/([^/\s]+)$/.exec(name);
    if (!team) {
      if (name.toLowerCase() === user) return true;
      continue;
    }
    try {
      if (await gh.isTeamMember(team[1], team[2], login)) return true;
    } catch (error) {
      notices.push(
        `Could not read the membership of @${login} in ${name}: ${message(error)} Reading team membership needs a ` +
          "token with `read:org` (GITHUB_TOKEN cannot); list users in `approvers`, or pass such a token.",
      );
    }
  }
  return false;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
