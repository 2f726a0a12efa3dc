// Which revisions a check compares, read from the workflow event's payload. Pure: the payload arrives as
// text, the answer is plain data, and every malformed field is an error that names the field.

export const ZERO_SHA = /^0+$/;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

export type EventKind = "pull_request" | "push" | "merge_group" | "manual";

export interface PullInfo {
  number: number;
  /** Login of the pull request's author (never an approver of their own change). */
  author: string;
  /** The PR head sha from the payload: what an approval is bound to. */
  headSha: string;
}

/**
 * The range to analyse. `base` undefined means a push that created a branch (all-zero `before`): the caller
 * resolves it from `baseCandidates`, in order, and says which one it used.
 */
export interface Range {
  eventName: string;
  kind: EventKind;
  base?: string;
  head: string;
  /**
   * `merge-base`: a pull request's changes as GitHub shows them (base...head), so migrations merged to the
   * base branch after the PR branched off do not read as deleted. `direct`: base..head (push, merge queue).
   */
  compare: "merge-base" | "direct";
  pull?: PullInfo;
  /** Fallbacks for a new branch's base, best first. */
  baseCandidates: BaseCandidate[];
  /** Sentences for the log: where base and head came from. */
  notes: string[];
  /** A push that deleted a branch: nothing to check. */
  deleted?: boolean;
}

export type BaseCandidate =
  | { how: "merge-base"; rev: string; description: string }
  | { how: "parent"; rev: string; description: string };

export class EventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EventError";
  }
}

export interface Overrides {
  base?: string;
  head?: string;
}

const PULL_EVENTS = new Set([
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment",
]);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function field(payload: Json, path: string, eventName: string): unknown {
  let value: unknown = payload;
  for (const key of path.split(".")) {
    value = isObject(value) ? value[key] : undefined;
  }
  if (value === undefined || value === null) {
    throw new EventError(
      `The ${eventName} event payload has no \`${path}\`; the check cannot tell what to compare. ` +
        "Set the `base` and `head` inputs, or run the check on a pull_request, push or merge_group event.",
    );
  }
  return value;
}

function sha(payload: Json, path: string, eventName: string): string {
  const value = field(payload, path, eventName);
  if (typeof value !== "string" || !SHA.test(value)) {
    throw new EventError(
      `The ${eventName} event payload's \`${path}\` is ${JSON.stringify(value)}, not a commit sha (40 hex digits).`,
    );
  }
  return value.toLowerCase();
}

/** Revisions from inputs reach git as argv: refuse anything git could read as an option or a second line. */
export function checkRevision(value: string, input: string): string {
  if (value.startsWith("-") || /[\0\r\n]/.test(value) || /\s/.test(value)) {
    throw new EventError(
      `Input \`${input}\` is ${JSON.stringify(value)}, which is not a revision: expected a commit sha, branch or ` +
        "tag (no leading `-`, no whitespace).",
    );
  }
  return value;
}

export function parsePayload(text: string, eventName: string): Json {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    throw new EventError(
      `The ${eventName} event payload (GITHUB_EVENT_PATH) is not valid JSON: ${(error as Error).message}.`,
    );
  }
  if (!isObject(payload)) {
    throw new EventError(`The ${eventName} event payload (GITHUB_EVENT_PATH) is not a JSON object.`);
  }
  return payload;
}

function pullInfo(payload: Json, eventName: string): PullInfo {
  const number = field(payload, "pull_request.number", eventName);
  if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) {
    throw new EventError(
      `The ${eventName} event payload's \`pull_request.number\` is ${JSON.stringify(number)}, not a PR number.`,
    );
  }
  const author = field(payload, "pull_request.user.login", eventName);
  if (typeof author !== "string" || author === "") {
    throw new EventError(
      `The ${eventName} event payload's \`pull_request.user.login\` is ${JSON.stringify(author)}, not a login.`,
    );
  }
  return { number, author, headSha: sha(payload, "pull_request.head.sha", eventName) };
}

/** A branch name usable as `origin/<name>`: git's own ref rules, roughly; anything odd is simply not used. */
function safeBranch(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "" || value.startsWith("-")) return undefined;
  if (/[\0-\x20\x7f~^:?*[\\]|\.\.|@\{/.test(value)) return undefined;
  return value;
}

/**
 * The range a check analyses for this event. `base`/`head` inputs override the payload (and are then the
 * only thing needed, whatever the event).
 */
export function rangeFromEvent(eventName: string, payloadText: string, overrides: Overrides = {}): Range {
  const base = overrides.base ? checkRevision(overrides.base, "base") : undefined;
  const head = overrides.head ? checkRevision(overrides.head, "head") : undefined;
  const isPull = PULL_EVENTS.has(eventName);
  const needPayload = isPull || ((eventName === "push" || eventName === "merge_group") && !(base && head));
  const payload = needPayload ? parsePayload(payloadText, eventName) : {};
  const notes: string[] = [];
  const given = (what: string) => `${what} from the \`${what}\` input`;

  if (isPull) {
    const pull = pullInfo(payload, eventName);
    const range: Range = {
      eventName,
      kind: "pull_request",
      base: base ?? sha(payload, "pull_request.base.sha", eventName),
      head: head ?? pull.headSha,
      compare: "merge-base",
      pull,
      baseCandidates: [],
      notes,
    };
    notes.push(
      `Pull request #${pull.number}: ${base ? given("base") : "base from pull_request.base.sha"}, ` +
        `${head ? given("head") : "head from pull_request.head.sha"}; comparing from their merge base.`,
    );
    return range;
  }

  if (base && head) {
    notes.push(`Comparing the \`base\` and \`head\` inputs directly (${eventName} event).`);
    return { eventName, kind: "manual", base, head, compare: "direct", baseCandidates: [], notes };
  }

  if (eventName === "merge_group") {
    return {
      eventName,
      kind: "merge_group",
      base: base ?? sha(payload, "merge_group.base_sha", eventName),
      head: head ?? sha(payload, "merge_group.head_sha", eventName),
      compare: "direct",
      baseCandidates: [],
      notes: ["Merge queue: comparing merge_group.base_sha with merge_group.head_sha."],
    };
  }

  if (eventName === "push") {
    const after = head ?? sha(payload, "after", eventName);
    const before = base ?? sha(payload, "before", eventName);
    if (ZERO_SHA.test(after)) {
      return {
        eventName,
        kind: "push",
        base: before,
        head: after,
        compare: "direct",
        baseCandidates: [],
        notes: ["The push deleted a branch: there is nothing to check."],
        deleted: true,
      };
    }
    if (!ZERO_SHA.test(before)) {
      notes.push("Push: comparing `before` with `after`.");
      return {
        eventName,
        kind: "push",
        base: before,
        head: after,
        compare: "direct",
        baseCandidates: [],
        notes,
      };
    }
    // A new branch: GitHub sends an all-zero `before`. What the branch adds is what it holds beyond the
    // default branch; without that branch locally, the pushed commit's own change.
    const candidates: BaseCandidate[] = [];
    const defaultBranch = isObject(payload.repository)
      ? safeBranch(payload.repository.default_branch)
      : undefined;
    const ref = typeof payload.ref === "string" ? payload.ref : "";
    if (defaultBranch && ref !== `refs/heads/${defaultBranch}`) {
      candidates.push({
        how: "merge-base",
        rev: `origin/${defaultBranch}`,
        description: `the merge base with the default branch (origin/${defaultBranch})`,
      });
    }
    candidates.push({ how: "parent", rev: `${after}^`, description: "the parent of the pushed commit" });
    return {
      eventName,
      kind: "push",
      head: after,
      compare: "direct",
      baseCandidates: candidates,
      notes: ["Push of a new branch (all-zero `before`)."],
    };
  }

  throw new EventError(
    `The ${eventName} event carries no base and head to compare. Set the \`base\` and \`head\` inputs, ` +
      "or run the check on pull_request, pull_request_review, push or merge_group.",
  );
}
