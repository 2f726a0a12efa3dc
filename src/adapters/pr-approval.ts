// The deploy's way back to the pull request: for each held migration about to run, the commit that last
// changed it, the merged pull request that commit came from, and what GitHub says about that PR now.
//
// The deploy trusts only what cannot be forged without the right access:
//   - approving reviews, re-read from GitHub: state, author (not the PR's), the reviewer's permission on the
//     repository, and the file's blob at the reviewed commit, read from git's objects by GitHub, which must be
//     the blob of the bytes on the host;
//   - the PR check's approval record (label approvals) only when signed with `approval-key`, a secret a
//     workflow without the repository's secrets cannot use. The sticky comment is a display: anyone who can
//     post as a bot can write one. Without a key, records are not read at all.
// Every API error leaves the file uncovered, with the failure named: the gate stays shut.
import { createGitHubClient, GitHubApiError, type GitHubClient } from "./github.js";
import { latestDecisiveReviews, verifyRecord, type ReviewEvent } from "../core/approval.js";
import {
  coverage,
  type ApprovalLookup,
  type Coverage,
  type PendingFile,
  type PullApproval,
} from "../core/deploy/pr-approval.js";
import { parseRecord } from "../core/report/comment.js";
import { findStickyComment } from "./sticky-comment.js";

export interface ApprovalCoverage extends Coverage {
  /** What was learnt while looking (a PR without a record, no key): shown, never fatal. */
  notes: string[];
}

const WRITE_ROLES = new Set(["admin", "maintain", "write"]);

/** What the deploy reads once per merged pull request. */
interface PullFacts {
  pull: number;
  url: string;
  author: string;
  reviews: ReviewEvent[];
  /** A signed, still-held record of the PR check, or why there is none. */
  record: PullApproval | string;
}

/** A sentence naming the failure and, for a refusal, the permission the deploy job needs. */
export function lookupFailure(error: unknown): string {
  if (error instanceof GitHubApiError) {
    const what = `${error.method} ${error.path} answered ${error.status || "no response"}`;
    if (error.status === 429 || (error.status === 403 && /rate limit/i.test(error.message)))
      return `GitHub's API rate limit was reached (${what}); re-run the deploy later`;
    if (error.status === 401) return `the token was refused (${what}); check the deploy's \`token\` input`;
    if (error.status === 403 || error.status === 404)
      return (
        `the token cannot read it (${what}); give the deploy job \`permissions: pull-requests: read\` and ` +
        "`contents: read`"
      );
    if (error.status >= 500 || error.status === 0) return `GitHub's API failed (${what})`;
    return what;
  }
  return error instanceof Error ? error.message : String(error);
}

async function signedRecord(
  gh: GitHubClient,
  lookup: ApprovalLookup,
  pull: number,
  url: string,
): Promise<PullApproval | string> {
  const { comment } = await findStickyComment(gh, pull);
  if (!comment) return `#${pull} has no Migration Guard comment, so no label approval to verify`;
  const record = parseRecord(comment.body);
  if (!record?.approval) return `#${pull}'s comment records no approval`;
  if (!verifyRecord(lookup.key, `${lookup.owner}/${lookup.repo}`, pull, record))
    return `#${pull}'s approval record is not signed with this \`approval-key\` (forged, or signed with another key); it is ignored`;
  // The approval alone is history; the verdict at the PR's last check run says whether it still held.
  if (record.approved !== true) return `#${pull}'s approval no longer held at its last check run`;
  return { pull, url: url || comment.url, approval: record.approval };
}

export async function prApprovalCoverage(
  files: readonly PendingFile[],
  lookup: ApprovalLookup,
  client?: GitHubClient,
): Promise<ApprovalCoverage> {
  const result: ApprovalCoverage = { covered: [], uncovered: [], notes: [] };
  if (!lookup.token || !lookup.ref || !lookup.owner) {
    result.notes.push(
      "No token, repository or deployed commit, so pull-request approvals were not looked up.",
    );
    for (const file of files)
      result.uncovered.push({
        file,
        reason:
          "its pull request could not be looked up (the deploy needs `token`, GITHUB_REPOSITORY and GITHUB_SHA)",
      });
    return result;
  }
  if (!lookup.key)
    result.notes.push(
      "No `approval-key`: label approvals recorded by the PR check are not trusted here; only approving reviews count.",
    );
  const gh = client ?? createGitHubClient(lookup);
  const facts = new Map<number, Promise<PullFacts>>();
  const permissions = new Map<string, Promise<string>>();
  const factsOf = (pull: number, url: string): Promise<PullFacts> => {
    let found = facts.get(pull);
    if (!found) {
      found = (async () => {
        const [pr, reviews] = await Promise.all([gh.getPull(pull), gh.listReviews(pull)]);
        // Without the author, the author's own review could pass as someone else's: fail closed.
        if (!pr.author)
          throw new Error(`GitHub did not say who opened #${pull}; its reviews cannot be judged`);
        const record = lookup.key ? await signedRecord(gh, lookup, pull, url) : "";
        return { pull, url, author: pr.author, reviews, record };
      })();
      facts.set(pull, found);
    }
    return found;
  };
  const permissionOf = (login: string): Promise<string> => {
    let found = permissions.get(login.toLowerCase());
    if (!found) {
      found = gh.permission(login);
      permissions.set(login.toLowerCase(), found);
    }
    return found;
  };

  for (const file of files) {
    try {
      const commit = await gh.lastCommitTouching(file.path, lookup.ref);
      if (!commit) {
        result.uncovered.push({
          file,
          reason: `no commit in ${lookup.ref.slice(0, 12)}'s history changed it`,
        });
        continue;
      }
      const merged = (await gh.pullsForCommit(commit)).filter((p) => p.mergedAt !== undefined);
      if (!merged.length) {
        result.uncovered.push({
          file,
          reason: `commit ${commit.slice(0, 12)} came from no merged pull request`,
        });
        continue;
      }
      let reason = "no approving review or signed approval in its pull request covers it";
      let hit: Coverage["covered"][number] | undefined;
      for (const p of merged) {
        const pull = await factsOf(p.number, p.url);
        // (a) Approving reviews, each re-checked against GitHub.
        for (const review of latestDecisiveReviews(pull.reviews)) {
          if (review.state !== "APPROVED" || !review.user || !review.commitId) continue;
          if (review.user.toLowerCase() === pull.author.toLowerCase()) continue;
          const role = await permissionOf(review.user);
          if (!WRITE_ROLES.has(role)) {
            reason = `@${review.user} approved #${pull.pull} but has ${role} permission on the repository, not write`;
            continue;
          }
          const approvedBlob = await gh.blobAt(file.path, review.commitId);
          if (approvedBlob === file.blob) {
            hit = { file, pull: pull.pull, by: review.user, via: "review", url: pull.url };
            break;
          }
          reason =
            `its content on the host (blob ${file.blob.slice(0, 12)}) differs from what @${review.user} approved ` +
            `in #${pull.pull} at ${review.commitId.slice(0, 12)} (${approvedBlob ? `blob ${approvedBlob.slice(0, 12)}` : "not in that commit"})`;
        }
        if (hit) break;
        // (b) The PR check's record, only when signed with the key.
        if (typeof pull.record === "string") {
          if (pull.record) result.notes.push(pull.record);
          continue;
        }
        const one = coverage([file], [pull.record]);
        if (one.covered.length) {
          hit = one.covered[0];
          break;
        }
        reason = one.uncovered[0]?.reason ?? reason;
      }
      if (hit) result.covered.push(hit);
      else result.uncovered.push({ file, reason });
    } catch (error) {
      // Fails closed: a lookup that did not finish covers nothing, and says what failed.
      result.uncovered.push({ file, reason: `looking up its pull request failed: ${lookupFailure(error)}` });
    }
  }
  result.notes = [...new Set(result.notes)];
  return result;
}
