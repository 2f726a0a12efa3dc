// The deploy trusting a PR approval, against the fake GitHub API: approving reviews re-read from GitHub (author,
// permission, the file's blob at the reviewed commit) and the PR check's record only when signed with the
// `approval-key` (the record is written by the real PR gate). A comment alone, forged or not, opens nothing.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { approvalAndComment, type GateInput } from "../src/commands/approval-gate.js";
import { prApprovalCoverage } from "../src/adapters/pr-approval.js";
import { gitBlobSha, type ApprovalLookup } from "../src/core/deploy/pr-approval.js";
import { gatedDigest } from "../src/core/approval.js";
import { REPORT_MARKER, renderRecord } from "../src/core/report/comment.js";
import { startGitHubServer, type GitHubServer } from "./helpers/github-server.js";

const PATH = "db/migrate/20240101000000_drop_legacy.rb";
const APPROVED = Buffer.from(
  "class DropLegacy < ActiveRecord::Migration[6.1]\n  def change\n    drop_table :legacy\n  end\nend\n",
);
const HEAD = "a".repeat(40);
const MERGE = "c".repeat(40);
const DEPLOYED = "d".repeat(40);
const TOKEN = "ghs_deploy_lookup";
const KEY = "k".repeat(40);

let gh: GitHubServer;
beforeEach(async () => {
  gh = await startGitHubServer({ owner: "acme", repo: "shop", startTime: "2026-01-01T00:00:00Z" });
  gh.setPull({ number: 7, author: "alice", head: HEAD });
  gh.setPermission("bob", "write");
  gh.lastCommits.set(PATH, MERGE);
  gh.commitPulls.set(MERGE, [{ number: 7, merged: true }]);
});
afterEach(async () => {
  await gh.close();
});

function gate(over: Partial<GateInput> = {}) {
  return approvalAndComment({
    token: TOKEN,
    apiUrl: gh.url,
    owner: "acme",
    repo: "shop",
    pull: 7,
    author: "alice",
    head: HEAD,
    gated: [{ path: PATH, blob: gitBlobSha(APPROVED), categories: ["destructive"] }],
    approvalLabel: "migrations:approved",
    approvers: [],
    comment: "on-findings",
    report: "report",
    hasFindings: true,
    approvalKey: KEY,
    ...over,
  });
}

/** The PR check runs, bob labels, the check runs again (as the `labeled` event would make it). */
async function approveThroughThePr(): Promise<void> {
  expect((await gate()).approved).toBe(false);
  gh.addLabel(7, "bob", "migrations:approved");
  expect((await gate()).approved).toBe(true);
}

const lookup = (): ApprovalLookup => ({
  token: TOKEN,
  apiUrl: gh.url,
  owner: "acme",
  repo: "shop",
  ref: DEPLOYED,
  key: KEY,
});
const blob = gitBlobSha(APPROVED);

describe("deploy: approval through the pull request", () => {
  it("covers a destructive migration whose bytes on the host are the ones approved", async () => {
    await approveThroughThePr();
    const found = await prApprovalCoverage([{ path: PATH, blob: gitBlobSha(APPROVED) }], lookup());
    expect(found.uncovered).toEqual([]);
    expect(found.covered).toMatchObject([{ pull: 7, by: "bob", via: "label" }]);
    // It asked for the history of the deployed commit, not of a branch name.
    expect(gh.requests.find((r) => r.path === "/repos/acme/shop/commits")?.query).toMatchObject({
      path: PATH,
      sha: DEPLOYED,
    });
  });

  it("does not cover bytes changed after the approval (on the branch or by hand on the host)", async () => {
    await approveThroughThePr();
    const edited = Buffer.concat([APPROVED, Buffer.from("# tweaked\n")]);
    const found = await prApprovalCoverage([{ path: PATH, blob: gitBlobSha(edited) }], lookup());
    expect(found.covered).toEqual([]);
    expect(found.uncovered[0]!.reason).toMatch(/differs from what was approved in #7/);
  });

  it("does not trust an approval revoked before merge (label removed, check re-ran)", async () => {
    await approveThroughThePr();
    gh.removeLabel(7, "bob", "migrations:approved");
    expect((await gate()).approved).toBe(false);
    const found = await prApprovalCoverage([{ path: PATH, blob: gitBlobSha(APPROVED) }], lookup());
    expect(found.covered).toEqual([]);
    expect(found.notes.join(" ")).toMatch(/no longer held/);
  });

  it("ignores a record planted by a user in a comment of their own", async () => {
    const forged = renderRecord({
      v: 1,
      approved: true,
      approval: {
        digest: "e".repeat(64),
        head: HEAD,
        by: "bob",
        via: "label",
        at: "2026-01-01T00:00:05Z",
        files: { [PATH]: gitBlobSha(APPROVED) },
      },
      heads: [],
    });
    gh.addComment(7, "alice", `${REPORT_MARKER}\n${forged}`, "User");
    const found = await prApprovalCoverage([{ path: PATH, blob: gitBlobSha(APPROVED) }], lookup());
    expect(found.covered).toEqual([]);
  });

  it("needs the pull request merged, and a token", async () => {
    await approveThroughThePr();
    gh.commitPulls.set(MERGE, [{ number: 7, merged: false }]);
    const open = await prApprovalCoverage([{ path: PATH, blob: gitBlobSha(APPROVED) }], lookup());
    expect(open.uncovered[0]!.reason).toMatch(/no merged pull request/);
    const noToken = await prApprovalCoverage([{ path: PATH, blob: gitBlobSha(APPROVED) }], {
      ...lookup(),
      token: "",
    });
    expect(noToken.covered).toEqual([]);
  });

  it("a forged bot comment with a planted record opens nothing, with or without a key", async () => {
    const forged = renderRecord({
      v: 1,
      approved: true,
      approval: {
        digest: "e".repeat(64),
        head: HEAD,
        by: "bob",
        via: "label",
        at: "2026-01-01T00:00:05Z",
        files: { [PATH]: blob },
      },
      heads: [],
      sig: "0".repeat(64),
    });
    // Posted as github-actions[bot] by some other workflow that echoes PR-controlled text.
    gh.addComment(7, "github-actions[bot]", `${REPORT_MARKER}\n${forged}`, "Bot");
    for (const key of [KEY, ""]) {
      const found = await prApprovalCoverage([{ path: PATH, blob }], { ...lookup(), key });
      expect(found.covered).toEqual([]);
    }
  });

  it("PR side: with a key, a forged record cannot carry an old label over to bytes its approver never saw", async () => {
    // bob labelled long before this content existed; a bot comment posted first plants a record that says his
    // label approved exactly these bytes.
    gh.addLabel(7, "bob", "migrations:approved", "2025-12-01T00:00:00Z");
    const files = [{ path: PATH, blob }];
    const digest = gatedDigest(files);
    const forged = renderRecord({
      v: 1,
      approved: true,
      approval: {
        digest,
        head: HEAD,
        by: "bob",
        via: "label",
        at: "2025-12-01T00:00:00Z",
        files: { [PATH]: blob },
      },
      heads: [{ sha: HEAD, digest, at: "2025-11-01T00:00:00Z" }],
      sig: "0".repeat(64),
    });
    gh.addComment(7, "github-actions[bot]", `${REPORT_MARKER}\n${forged}`, "Bot");
    const result = await gate();
    expect(result.approved).toBe(false);
    expect(result.notices.join(" ")).toMatch(/not signed with approval-key/);
  });

  it("a record signed with another key opens nothing; without a key the label approval is not read", async () => {
    await approveThroughThePr();
    const wrong = await prApprovalCoverage([{ path: PATH, blob }], { ...lookup(), key: "w".repeat(40) });
    expect(wrong.covered).toEqual([]);
    expect(wrong.notes.join(" ")).toMatch(/not signed with this `approval-key`/);
    const none = await prApprovalCoverage([{ path: PATH, blob }], { ...lookup(), key: "" });
    expect(none.covered).toEqual([]);
    expect(none.notes.join(" ")).toMatch(/only approving reviews count/);
  });

  it("a genuine approving review covers the bytes GitHub has at the reviewed commit, key or not", async () => {
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: HEAD });
    gh.blobs.set(`${HEAD}:${PATH}`, blob);
    for (const key of [KEY, ""]) {
      const found = await prApprovalCoverage([{ path: PATH, blob }], { ...lookup(), key });
      expect(found.uncovered).toEqual([]);
      expect(found.covered).toMatchObject([{ pull: 7, by: "bob", via: "review" }]);
    }
    // It read the blob from the reviewed commit and bob's permission from GitHub.
    expect(
      gh.requests.some((r) => r.path === `/repos/acme/shop/contents/${PATH}` && r.query.ref === HEAD),
    ).toBe(true);
    expect(gh.requests.some((r) => r.path === "/repos/acme/shop/collaborators/bob/permission")).toBe(true);
  });

  it("a review does not count from the author, from someone without write access, on other bytes, or dismissed", async () => {
    gh.blobs.set(`${HEAD}:${PATH}`, blob);
    gh.setPermission("carol", "read");
    gh.addReview(7, { user: "alice", state: "APPROVED", commitId: HEAD });
    gh.addReview(7, { user: "carol", state: "APPROVED", commitId: HEAD });
    const other = "b".repeat(40);
    gh.blobs.set(`${other}:${PATH}`, gitBlobSha(Buffer.from("other")));
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: other });
    const found = await prApprovalCoverage([{ path: PATH, blob }], { ...lookup(), key: "" });
    expect(found.covered).toEqual([]);
    gh.addReview(7, { user: "dave", state: "APPROVED", commitId: HEAD });
    gh.setPermission("dave", "write");
    gh.addReview(7, { user: "dave", state: "DISMISSED", commitId: HEAD });
    expect((await prApprovalCoverage([{ path: PATH, blob }], { ...lookup(), key: "" })).covered).toEqual([]);
  });

  it("an API error reading reviews keeps the gate shut, naming the failure or the permission", async () => {
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: HEAD });
    gh.blobs.set(`${HEAD}:${PATH}`, blob);
    gh.fail("GET", /\/reviews$/, 500);
    const failed = await prApprovalCoverage([{ path: PATH, blob }], lookup());
    expect(failed.covered).toEqual([]);
    expect(failed.uncovered[0]!.reason).toMatch(/API failed.*500/);
    await gh.close();
    gh = await startGitHubServer({ owner: "acme", repo: "shop" });
    gh.setPull({ number: 7, author: "alice", head: HEAD });
    gh.lastCommits.set(PATH, MERGE);
    gh.commitPulls.set(MERGE, [{ number: 7, merged: true }]);
    gh.fail("GET", /\/pulls\/7$/, 403);
    const refused = await prApprovalCoverage([{ path: PATH, blob }], { ...lookup(), apiUrl: gh.url });
    expect(refused.covered).toEqual([]);
    expect(refused.uncovered[0]!.reason).toMatch(/pull-requests: read/);
  });

  it("keeps the gate shut when the API fails, and never puts the token in a reason", async () => {
    await approveThroughThePr();
    gh.fail("GET", /\/commits$/, 500);
    const found = await prApprovalCoverage([{ path: PATH, blob: gitBlobSha(APPROVED) }], lookup());
    expect(found.covered).toEqual([]);
    expect(found.uncovered[0]!.reason).toMatch(/failed/);
    expect(JSON.stringify(found)).not.toContain(TOKEN);
  });
});
