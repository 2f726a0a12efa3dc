// The deploy's way back to the pull request: for each destructive migration about to run, the commit that
// last changed it, the merged pull request that commit came from, and the approval the PR check recorded in
// its sticky comment. core/deploy/pr-approval.ts decides whether that approval covers the bytes on the host.
import { createGitHubClient, type GitHubClient } from "../adapters/github.js";
import {
  coverage,
  type ApprovalLookup,
  type Coverage,
  type PendingFile,
  type PullApproval,
} from "../core/deploy/pr-approval.js";
import { parseRecord } from "../core/report/comment.js";
import { findStickyComment } from "./approval-gate.js";

export interface ApprovalCoverage extends Coverage {
  /** What went wrong while looking (API errors, a PR without a record): shown, never fatal. */
  notes: string[];
}

async function approvalOf(gh: GitHubClient, pull: number, url: string): Promise<PullApproval | string> {
  const { comment } = await findStickyComment(gh, pull);
  if (!comment)
    return `#${pull} has no Migration Guard comment (the PR check did not run, or ran with comment: never)`;
  const record = parseRecord(comment.body);
  if (!record?.approval) return `#${pull} was not approved through the PR check`;
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
  const gh = client ?? createGitHubClient(lookup);
  const byPull = new Map<number, Promise<PullApproval | string>>();
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
      const approvals: PullApproval[] = [];
      for (const p of merged) {
        if (!byPull.has(p.number)) byPull.set(p.number, approvalOf(gh, p.number, p.url));
        const found = await byPull.get(p.number)!;
        if (typeof found === "string") result.notes.push(found);
        else approvals.push(found);
      }
      const one = coverage([file], approvals);
      if (!merged.length)
        one.uncovered = [{ file, reason: `commit ${commit.slice(0, 12)} came from no merged pull request` }];
      result.covered.push(...one.covered);
      result.uncovered.push(...one.uncovered);
    } catch (error) {
      result.uncovered.push({
        file,
        reason: `looking up its pull request failed (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  }
  result.notes = [...new Set(result.notes)];
  return result;
}
