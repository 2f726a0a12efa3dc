// Who approved the gated migrations, and whether that approval still covers what the PR contains now.
// Pure: the GitHub adapter fetches label events, reviews and permission decisions; this decides.
//
// An approval is bound to content: the digest of the gated migrations (sha256 over sorted `path\0blob`
// lines). A review is bound by GitHub to the commit it was submitted on; a label is not bound to anything,
// so the check binds it itself, using the record it keeps in the sticky comment:
//   - `heads`: the digest the check saw at each head it ran on, and when it first saw it;
//   - `approval`: the approval it accepted last, with the digest (and files) it covered.
// A label counts when the record says it was accepted for the current digest, or when it was added after
// the check first saw the current digest. Anything else is stale: the approver may not have seen this content.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { compareCodeUnits } from "./order.js";

export interface GatedFile {
  path: string;
  blob: string;
}

export interface LabelEvent {
  event: "labeled" | "unlabeled";
  /** Missing for a deleted account ("ghost"). */
  actor: string | undefined;
  label: string;
  at: string;
}

export interface ReviewEvent {
  user: string | undefined;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING. */
  state: string;
  commitId: string | undefined;
  at: string;
}

export type ApprovalVia = "label" | "review";

/** The approval the check accepted, bound to the digest of the gated migrations it covered. */
export interface RecordedApproval {
  digest: string;
  head: string;
  by: string;
  via: ApprovalVia;
  /** When the approver acted (the label event or the review), GitHub's clock. */
  at: string;
  /** path → blob of the gated migrations at approval time; omitted when too many to keep in a comment. */
  files?: Record<string, string>;
}

export interface SeenHead {
  sha: string;
  digest: string;
  /** When the check first saw this head with this digest (the runner's clock). */
  at: string;
}

/** What the sticky comment carries between runs. */
export interface ApprovalRecord {
  v: 1;
  /**
   * The gate's verdict at the run that wrote the record. `approval` alone is history (it stays after a label
   * is removed, to explain staleness); a deploy trusts it only while this says the gate was open.
   */
  approved?: boolean;
  approval?: RecordedApproval;
  /** Oldest first; the current head last. */
  heads: SeenHead[];
  /**
   * HMAC-SHA256 (hex) of `signedPayload` with the `approval-key` secret, when the check had one. The deploy
   * trusts a record (a label approval) only with a valid signature: anyone who can post a comment as a bot
   * can write a record, only a workflow with the repository's secrets can sign one.
   */
  sig?: string;
}

export interface ApprovalInput {
  label: string;
  /** Whether the label is on the PR now (from the PR itself); undefined when unknown: the events decide. */
  labelPresent: boolean | undefined;
  events: LabelEvent[];
  reviews: ReviewEvent[];
  /** Lowercase login → may approve (the `approvers` list or write permission, decided by the adapter). */
  allowed: ReadonlyMap<string, boolean>;
  author: string;
  head: string;
  files: GatedFile[];
  /** `gatedDigest(files)`, passed in so the caller computes it once. */
  digest: string;
  previous: ApprovalRecord | undefined;
  /** The runner's clock, ISO. */
  now: string;
  /** false when this run cannot keep a record (no comment): said in the stale message. */
  canRecord: boolean;
}

export interface ApprovalDecision {
  /** true when nothing is gated, or a current, allowed approval covers the digest. */
  approved: boolean;
  approvedBy: string[];
  /** Why earlier approvals no longer hold, when the gate is closed because of that. */
  stale?: string;
  /** Approvals that do not count and why (author, not allowed): for the failure message. */
  rejected: string[];
  /** The record to keep in the sticky comment after this run. */
  record: ApprovalRecord;
}

/** How many heads the record keeps; older ones are forgotten (which only makes labels stricter). */
export const MAX_HEADS = 30;
/** Above this many gated files (or characters of them) the record keeps only the digest, not the file list. */
export const MAX_RECORDED_FILES = 100;
export const MAX_RECORDED_FILES_CHARS = 16_000;

export function gatedDigest(files: readonly GatedFile[]): string {
  const lines = files.map((f) => `${f.path}\0${f.blob}`).sort(compareCodeUnits);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export const shortSha = (sha: string): string => sha.slice(0, 12);

/**
 * What the signature covers: the repository and pull request (a record copied to another PR does not verify),
 * the gate's verdict and the approval with the blobs it covered. Not the heads: they only bind labels later.
 */
export function signedPayload(repository: string, pull: number, record: ApprovalRecord): string {
  const a = record.approval;
  const files = a?.files
    ? Object.keys(a.files)
        .sort(compareCodeUnits)
        .map((p) => [p, a.files![p]])
    : null;
  return JSON.stringify([
    "migration-guard approval record v1",
    repository.toLowerCase(),
    pull,
    record.approved === true,
    a ? [a.digest, a.head, a.by, a.via, a.at, files] : null,
  ]);
}

export function signRecord(key: string, repository: string, pull: number, record: ApprovalRecord): string {
  return createHmac("sha256", key)
    .update(signedPayload(repository, pull, record))
    .digest("hex");
}

/** Whether `record.sig` is the key's signature for this repository and pull request (constant time). */
export function verifyRecord(key: string, repository: string, pull: number, record: ApprovalRecord): boolean {
  if (!key || !record.sig || !/^[0-9a-f]{64}$/.test(record.sig)) return false;
  const expected = Buffer.from(signRecord(key, repository, pull, record), "hex");
  return timingSafeEqual(expected, Buffer.from(record.sig, "hex"));
}

export function decideApproval(input: ApprovalInput): ApprovalDecision {
  const heads = rememberHead(input.previous?.heads ?? [], input.head, input.digest, input.now);
  const since = digestSince(heads, input.digest);
  const previous = input.previous?.approval;
  const author = input.author.toLowerCase();
  const approvals: { by: string; via: ApprovalVia; at: string; head: string }[] = [];
  const stale: string[] = [];
  const rejected: string[] = [];
  const mayApprove = (login: string | undefined, what: string): login is string => {
    if (!login) {
      rejected.push(`${what} by a deleted account does not count.`);
      return false;
    }
    if (login.toLowerCase() === author) {
      rejected.push(`${what} by @${login} does not count: the author of a pull request cannot approve it.`);
      return false;
    }
    if (input.allowed.get(login.toLowerCase()) !== true) {
      rejected.push(`${what} by @${login} does not count: @${login} is not an allowed approver.`);
      return false;
    }
    return true;
  };

  const added = labelInForce(input.events, input.label, input.labelPresent);
  if (added && mayApprove(added.actor, `The label \`${input.label}\``)) {
    const sameEvent =
      previous?.via === "label" &&
      previous.by.toLowerCase() === added.actor.toLowerCase() &&
      previous.at === added.at;
    if (sameEvent) {
      if (previous.digest === input.digest)
        approvals.push({ by: added.actor, via: "label", at: added.at, head: previous.head });
      else stale.push(staleRecorded(previous, input, `the label \`${input.label}\``));
    } else if (since !== undefined && notBefore(added.at, since)) {
      approvals.push({ by: added.actor, via: "label", at: added.at, head: input.head });
    } else {
      stale.push(
        `@${added.actor} added the label \`${input.label}\` at ${added.at}, before the check first saw the current ` +
          `gated migrations (digest ${shortSha(input.digest)}, at ${since ?? input.now})` +
          (input.canRecord || input.previous
            ? ""
            : " — without the sticky comment the check cannot record what a label approved") +
          ".",
      );
    }
  }

  for (const review of latestDecisiveReviews(input.reviews)) {
    if (review.state !== "APPROVED" || !mayApprove(review.user, "The approving review")) continue;
    const at = review.commitId;
    const known =
      at === input.head
        ? input.digest
        : (heads.find((h) => h.sha === at)?.digest ??
          (previous?.via === "review" && previous.head === at ? previous.digest : undefined));
    if (at && known === input.digest) {
      approvals.push({ by: review.user, via: "review", at: review.at, head: at });
    } else if (
      at &&
      previous?.head === at &&
      previous.digest === known &&
      previous.by.toLowerCase() === review.user.toLowerCase()
    ) {
      stale.push(staleRecorded(previous, input, "an approving review"));
    } else if (at && known !== undefined) {
      stale.push(
        `@${review.user} approved commit ${shortSha(at)}, and the gated migrations changed after it ` +
          `(digest ${shortSha(known)} then, ${shortSha(input.digest)} now).`,
      );
    } else {
      stale.push(
        `@${review.user} approved commit ${shortSha(at ?? "unknown")}, an older head whose migrations the check ` +
          `never saw; it cannot tell whether they match the current ones.`,
      );
    }
  }

  const approvedBy = dedupe(approvals.map((a) => a.by));
  const gated = input.files.length > 0;
  const approved = !gated || approvedBy.length > 0;
  // A label needs the record to stay bound; a review is bound by its commit. Prefer recording the label.
  const primary = approvals.find((a) => a.via === "label") ?? approvals[0];
  let approval = previous;
  if (gated && primary) {
    const keep =
      previous &&
      previous.digest === input.digest &&
      previous.via === primary.via &&
      previous.by === primary.by &&
      previous.at === primary.at;
    if (!keep) {
      approval = {
        digest: input.digest,
        // The commit the approver acted on (a review's commit_id; the current head for a label).
        head: primary.head,
        by: primary.by,
        via: primary.via,
        at: primary.at,
        ...recordableFiles(input.files),
      };
    }
  }
  const record: ApprovalRecord = {
    v: 1,
    approved: gated && approved,
    ...(approval ? { approval } : {}),
    heads,
  };
  const result: ApprovalDecision = { approved, approvedBy: gated ? approvedBy : [], rejected, record };
  if (!approved && stale.length > 0) {
    result.stale =
      stale.join(" ") +
      ` Re-approve the current content: remove and re-add the label \`${input.label}\`, or submit a new approving ` +
      `review on ${shortSha(input.head)}.`;
  }
  return result;
}

/** The sentence the failure message ends with: who may approve and how. */
export function howToApprove(
  label: string,
  approvers: readonly string[],
  author: string,
  head: string,
  labels = true,
): string {
  const who =
    approvers.length > 0
      ? `one of ${approvers.map((a) => (a.includes("/") ? `team ${a}` : `@${a.replace(/^@/, "")}`)).join(", ")}`
      : "someone with write access to the repository";
  const review = `an approving review on the current head ${shortSha(head)}`;
  return labels
    ? `To approve, ${who} (not the author @${author}) adds the label \`${label}\` to the pull request, or submits ${review}.`
    : `To approve, ${who} (not the author @${author}) submits ${review} (with \`comment: never\` a label cannot be ` +
        `bound to the content it approved, so labels do not count).`;
}

/** What changed between the files an approval covered and the current ones: `modified a; added b; removed c`. */
export function describeChanges(
  before: Readonly<Record<string, string>>,
  after: readonly GatedFile[],
  max = 10,
): string {
  const now = new Map(after.map((f) => [f.path, f.blob]));
  const parts: string[] = [];
  for (const [path, blob] of [...now].sort(([a], [b]) => compareCodeUnits(a, b))) {
    if (!(path in before)) parts.push(`added ${path}`);
    else if (before[path] !== blob) parts.push(`modified ${path}`);
  }
  for (const path of Object.keys(before).sort(compareCodeUnits))
    if (!now.has(path)) parts.push(`no longer gated ${path}`);
  if (parts.length > max) return `${parts.slice(0, max).join("; ")}; and ${parts.length - max} more`;
  return parts.join("; ");
}

function recordableFiles(files: readonly GatedFile[]): { files?: Record<string, string> } {
  if (files.length > MAX_RECORDED_FILES) return {};
  const map = Object.fromEntries(files.map((f) => [f.path, f.blob]));
  return JSON.stringify(map).length <= MAX_RECORDED_FILES_CHARS ? { files: map } : {};
}

function staleRecorded(previous: RecordedApproval, input: ApprovalInput, what: string): string {
  const changes = previous.files ? describeChanges(previous.files, input.files) : "";
  return (
    `The approval by @${previous.by} (${what}, ${previous.at}) covered the gated migrations at ` +
    `${shortSha(previous.head)} (digest ${shortSha(previous.digest)}); they changed since ` +
    `(digest ${shortSha(input.digest)} now)` +
    (changes ? `: ${changes}.` : ".")
  );
}

/** The `labeled` event that put the label on, if it is on now and nothing removed it after. */
function labelInForce(
  events: readonly LabelEvent[],
  label: string,
  present: boolean | undefined,
): (LabelEvent & { actor: string | undefined }) | undefined {
  if (present === false) return undefined;
  let current: LabelEvent | undefined;
  const name = label.toLowerCase();
  for (const e of sortByTime(events)) {
    if (e.label.toLowerCase() !== name) continue;
    current = e.event === "labeled" ? e : undefined;
  }
  return current;
}

/** Per reviewer, the last review that decides (approve, request changes, dismissed); comments do not. */
export function latestDecisiveReviews(
  reviews: readonly ReviewEvent[],
): (ReviewEvent & { user: string | undefined })[] {
  const latest = new Map<string, ReviewEvent>();
  const ghosts: ReviewEvent[] = [];
  for (const r of sortByTime(reviews)) {
    if (!["APPROVED", "CHANGES_REQUESTED", "DISMISSED"].includes(r.state)) continue;
    if (r.user) latest.set(r.user.toLowerCase(), r);
    else ghosts.push(r);
  }
  return [...latest.values(), ...ghosts.filter((r) => r.state === "APPROVED")];
}

/** The heads with this run's head last: a head seen again moves to the end, first seen now. */
function rememberHead(heads: readonly SeenHead[], sha: string, digest: string, now: string): SeenHead[] {
  const last = heads[heads.length - 1];
  if (last && last.sha === sha && last.digest === digest) return heads.slice(-MAX_HEADS);
  return [...heads.filter((h) => h.sha !== sha), { sha, digest, at: now }].slice(-MAX_HEADS);
}

/** When the check first saw the current digest without a change in between (the trailing run of heads). */
function digestSince(heads: readonly SeenHead[], digest: string): string | undefined {
  let since: string | undefined;
  for (let i = heads.length - 1; i >= 0 && heads[i].digest === digest; i--) since = heads[i].at;
  return since;
}

function sortByTime<T extends { at: string }>(items: readonly T[]): T[] {
  // Stable: GitHub lists in order, and equal timestamps keep that order.
  return [...items].sort((a, b) => time(a.at) - time(b.at) || 0);
}

/** Milliseconds; an unreadable time is the earliest possible (so a label with one never postdates anything). */
function time(iso: string | undefined): number {
  const t = Date.parse(iso ?? "");
  return Number.isNaN(t) ? Number.MIN_SAFE_INTEGER : t;
}

/** a is at or after b; false when either time cannot be read. */
function notBefore(a: string, b: string): boolean {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return !Number.isNaN(ta) && !Number.isNaN(tb) && ta >= tb;
}

function dedupe(logins: string[]): string[] {
  const seen = new Set<string>();
  return logins.filter((l) => !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
}
