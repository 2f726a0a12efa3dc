// The approval gate and the sticky comment against the fake GitHub API (helpers/github-server.ts), through
// real HTTP: the adapter, pagination, permissions, the record written into the comment and read back.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { approvalAndComment, type GateInput, type GatedMigration } from "../src/commands/approval-gate.js";
import { REPORT_MARKER, parseRecord, renderComment } from "../src/core/report/comment.js";
import { gatedDigest, verifyRecord } from "../src/core/approval.js";
import { startGitHubServer, type GitHubServer } from "./helpers/github-server.js";

const H1 = "a".repeat(40);
const H2 = "b".repeat(40);
const LABEL = "migrations:approved";
const TOKEN = "ghs_test_token_never_logged";
const DROP: GatedMigration = {
  path: "db/migrate/1_drop_users.rb",
  blob: "1".repeat(40),
  categories: ["destructive"],
};
const DROP_EDITED: GatedMigration = { ...DROP, blob: "2".repeat(40) };

let gh: GitHubServer;
beforeEach(async () => {
  gh = await startGitHubServer({ owner: "acme", repo: "shop", startTime: "2026-01-01T00:00:00Z" });
  gh.setPull({ number: 7, author: "alice", head: H1 });
  gh.setPermission("alice", "admin");
  gh.setPermission("bob", "write");
  gh.setPermission("eve", "read");
});
afterEach(async () => {
  await gh.close();
});

/** One run of the gate; its "now" is the server's `Date` (the test clock), as with GitHub's. */
function run(over: Partial<GateInput> = {}) {
  const input: GateInput = {
    token: TOKEN,
    apiUrl: gh.url,
    owner: "acme",
    repo: "shop",
    pull: 7,
    author: "alice",
    head: H1,
    gated: [DROP],
    approvalLabel: LABEL,
    approvers: [],
    comment: "on-findings",
    report: "## Migration Guard\n\n1 destructive finding.",
    hasFindings: true,
    ...over,
  };
  return approvalAndComment(input);
}

const writes = () => gh.requests.filter((r) => r.method !== "GET");

describe("fake GitHub server", () => {
  it("paginates lists with Link headers and records requests", async () => {
    gh.maxPerPage = 2;
    for (let i = 0; i < 5; i++) gh.addComment(7, "someone", `c${i}`);
    const first = await fetch(`${gh.url}/repos/acme/shop/issues/7/comments?per_page=100`, {
      headers: { authorization: "Bearer t0ken" },
    });
    expect(first.status).toBe(200);
    expect(((await first.json()) as unknown[]).length).toBe(2);
    const link = first.headers.get("link") ?? "";
    expect(link).toMatch(/page=2>; rel="next"/);
    expect(link).toMatch(/page=3>; rel="last"/);
    expect(gh.requests[0]).toMatchObject({
      method: "GET",
      path: "/repos/acme/shop/issues/7/comments",
      authorization: "Bearer t0ken",
    });
  });

  it("answers 403 on writes in read-only mode", async () => {
    gh.readOnly = true;
    const res = await fetch(`${gh.url}/repos/acme/shop/issues/7/comments`, {
      method: "POST",
      body: JSON.stringify({ body: "x" }),
    });
    expect(res.status).toBe(403);
    expect(gh.comments(7)).toHaveLength(0);
  });
});

describe("approval by label", () => {
  it("approves when an allowed user adds the label after the check saw the migrations", async () => {
    const first = await run();
    expect(first.approved).toBe(false);
    expect(first.howToApprove).toContain(LABEL);
    gh.addLabel(7, "bob", LABEL);
    const second = await run();
    expect(second.approved).toBe(true);
    expect(second.approvedBy).toEqual(["bob"]);
    const record = parseRecord(gh.comments(7)[0].body);
    expect(record?.approval).toMatchObject({
      by: "bob",
      via: "label",
      head: H1,
      digest: gatedDigest([DROP]),
    });
    expect(second.record).toEqual(record);
  });

  it("rejects a label by a user without write access", async () => {
    await run();
    gh.addLabel(7, "eve", LABEL);
    const result = await run();
    expect(result.approved).toBe(false);
    expect(result.rejected?.join(" ")).toMatch(/@eve is not an allowed approver/);
    expect(gh.comments(7)[0].body).toMatch(/`@eve` is not an allowed approver/);
  });

  it("rejects the author's own label even with admin permission", async () => {
    await run();
    gh.addLabel(7, "alice", LABEL);
    const result = await run();
    expect(result.approved).toBe(false);
    expect(result.rejected?.join(" ")).toMatch(/author/);
    // The author's permission is never even asked.
    expect(gh.requests.some((r) => r.path.endsWith("/collaborators/alice/permission"))).toBe(false);
  });

  it("counts maintain (role_name) as write access and triage as not", async () => {
    gh.setPermission("mia", "maintain");
    gh.setPermission("tom", "triage");
    await run();
    gh.addLabel(7, "tom", LABEL);
    expect((await run()).approved).toBe(false);
    gh.removeLabel(7, "tom", LABEL);
    gh.addLabel(7, "mia", LABEL);
    expect((await run()).approvedBy).toEqual(["mia"]);
  });
});

describe("approval by review", () => {
  it("approves with an APPROVED review on the current head, in one run", async () => {
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    const result = await run();
    expect(result.approved).toBe(true);
    expect(result.approvedBy).toEqual(["bob"]);
  });

  it("rejects reviews by the author and by a non-allowed user", async () => {
    gh.addReview(7, { user: "alice", state: "APPROVED", commitId: H1 });
    gh.addReview(7, { user: "eve", state: "APPROVED", commitId: H1 });
    const result = await run();
    expect(result.approved).toBe(false);
    expect(result.rejected).toHaveLength(2);
  });

  it("lets a later change request by the same reviewer cancel the approval", async () => {
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    gh.addReview(7, { user: "bob", state: "CHANGES_REQUESTED", commitId: H1 });
    expect((await run()).approved).toBe(false);
  });

  it("keeps a review on an older head while the gated content is unchanged, not after it changes", async () => {
    await run();
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    expect((await run({ head: H2 })).approved).toBe(true);
    const head3 = "c".repeat(40);
    const stale = await run({ head: head3, gated: [DROP_EDITED] });
    expect(stale.approved).toBe(false);
    expect(stale.stale).toContain("modified db/migrate/1_drop_users.rb");
  });

  it("follows pagination of reviews, events and comments", async () => {
    gh.maxPerPage = 2;
    for (let i = 0; i < 5; i++) gh.addComment(7, "chatty", `hello ${i}`);
    for (let i = 0; i < 5; i++) gh.addReview(7, { user: "eve", state: "COMMENTED", commitId: H1 });
    await run();
    for (let i = 0; i < 5; i++) gh.addEvent(7, { event: "assigned", actor: null });
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    gh.addLabel(7, "bob", LABEL);
    const result = await run();
    expect(result.approvedBy).toEqual(["bob"]);
    expect(gh.comments(7).filter((c) => c.body.startsWith(REPORT_MARKER))).toHaveLength(1);
    expect(
      gh.requests.filter((r) => r.path.endsWith("/reviews") && r.query.page === "3").length,
    ).toBeGreaterThan(0);
  });
});

describe("approvers list and teams", () => {
  it("approves a member of an org/team approver and rejects write access outside the list", async () => {
    gh.addTeamMember("acme/dba", "carol");
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    const notListed = await run({ approvers: ["acme/dba", "dora"] });
    expect(notListed.approved).toBe(false);
    gh.addReview(7, { user: "carol", state: "APPROVED", commitId: H1 });
    const result = await run({ approvers: ["acme/dba", "dora"] });
    expect(result.approvedBy).toEqual(["carol"]);
    expect(gh.requests.some((r) => r.path === "/orgs/acme/teams/dba/memberships/carol")).toBe(true);
    // With an approvers list, repository permission is not what decides.
    expect(gh.requests.some((r) => r.path.includes("/collaborators/"))).toBe(false);
  });

  it("approves a listed user, case-insensitively", async () => {
    gh.addReview(7, { user: "Dora", state: "APPROVED", commitId: H1 });
    expect((await run({ approvers: ["@dora"] })).approvedBy).toEqual(["Dora"]);
  });

  it("says why when team membership cannot be read", async () => {
    gh.fail("GET", /^\/orgs\//, 403);
    gh.addReview(7, { user: "carol", state: "APPROVED", commitId: H1 });
    const result = await run({ approvers: ["acme/dba"] });
    expect(result.approved).toBe(false);
    expect(result.notices.join(" ")).toMatch(/read:org/);
  });
});

describe("binding to content", () => {
  it("makes the approval stale when the gated migration changes, and re-approves on a re-added label", async () => {
    await run();
    gh.addLabel(7, "bob", LABEL);
    expect((await run()).approved).toBe(true);

    // A push that changes nothing gated keeps the approval.
    expect((await run({ head: H2 })).approved).toBe(true);

    // A push that edits the approved migration closes the gate again.
    const head3 = "c".repeat(40);
    gh.setPull({ number: 7, head: head3 });
    const stale = await run({ head: head3, gated: [DROP_EDITED] });
    expect(stale.approved).toBe(false);
    expect(stale.stale).toContain("modified db/migrate/1_drop_users.rb");
    const body = gh.comments(7)[0].body;
    expect(body).toContain("Stale approval");
    // The record still holds the old approval: that is what the stale message is computed from.
    expect(parseRecord(body)?.approval?.digest).toBe(gatedDigest([DROP]));

    gh.removeLabel(7, "bob", LABEL);
    gh.addLabel(7, "bob", LABEL);
    const again = await run({ head: head3, gated: [DROP_EDITED] });
    expect(again.approved).toBe(true);
    expect(parseRecord(gh.comments(7)[0].body)?.approval).toMatchObject({
      digest: gatedDigest([DROP_EDITED]),
      head: head3,
    });
  });

  it("compares label times with GitHub's clock (the Date header), not the runner's", async () => {
    await gh.close();
    gh = await startGitHubServer({ owner: "acme", repo: "shop", startTime: "2001-01-01T00:00:00Z" });
    gh.setPull({ number: 7, author: "alice", head: H1 });
    gh.setPermission("bob", "write");
    await run();
    gh.addLabel(7, "bob", LABEL);
    const result = await run();
    expect(result.approved).toBe(true);
    expect(result.record?.heads[0].at.startsWith("2001-01-01")).toBe(true);
  });

  it("does not count a label added before the check ever saw the migrations", async () => {
    gh.addLabel(7, "bob", LABEL);
    const result = await run();
    expect(result.approved).toBe(false);
    expect(result.stale).toMatch(/before the check first saw/);
  });

  it("ignores a marker comment with a forged record written by someone else", async () => {
    gh.addLabel(7, "bob", LABEL);
    const labelAt = gh.events.get(7)?.[0].created_at ?? "";
    const forged = renderComment(
      "forged",
      {
        gated: 1,
        approved: true,
        approvedBy: ["bob"],
        digest: "0".repeat(64),
        rejected: [],
        howToApprove: "",
      },
      {
        v: 1,
        approval: { digest: gatedDigest([DROP]), head: H1, by: "bob", via: "label", at: labelAt },
        heads: [{ sha: H1, digest: gatedDigest([DROP]), at: "2020-01-01T00:00:00Z" }],
      },
    );
    gh.addComment(7, "alice", forged);
    const result = await run();
    expect(result.approved).toBe(false);
    expect(result.notices.join(" ")).toMatch(/not written by it \(@alice\)/);
    expect(gh.comments(7)).toHaveLength(2);
  });
});

describe("the sticky comment", () => {
  it("is created once, then updated in place; an unchanged body is not rewritten", async () => {
    const first = await run();
    expect(first.commentUrl).toMatch(/#issuecomment-\d+$/);
    await run({ report: "## Migration Guard\n\n2 findings." });
    await run({ report: "## Migration Guard\n\n2 findings." });
    expect(gh.comments(7)).toHaveLength(1);
    expect(gh.comments(7)[0].body).toContain("2 findings.");
    expect(writes().map((r) => r.method)).toEqual(["POST", "PATCH"]);
  });

  it("removes a duplicate left by two racing runs, keeping the oldest", async () => {
    await run();
    const oldest = gh.stickyComments(7)[0].id;
    gh.addComment(7, "github-actions[bot]", gh.stickyComments(7)[0].body, "Bot");
    expect(gh.stickyComments(7)).toHaveLength(2);
    await run({ report: "## Migration Guard\n\nchanged" });
    expect(gh.stickyComments(7).map((c) => c.id)).toEqual([oldest]);
    expect(gh.stickyComments(7)[0].body).toContain("changed");
  });

  it("is never read or written with comment: never; a review still approves", async () => {
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    const result = await run({ comment: "never" });
    expect(result.approved).toBe(true);
    expect(gh.requests.some((r) => r.path.includes("/comments"))).toBe(false);
    expect(result.commentUrl).toBeUndefined();
  });

  it("with comment: never, a label cannot be bound and does not approve", async () => {
    gh.addLabel(7, "bob", LABEL);
    const result = await run({ comment: "never" });
    expect(result.approved).toBe(false);
    expect(result.stale).toMatch(/without the sticky comment/);
    expect(result.howToApprove).toMatch(/labels do not count/);
  });

  it("on-findings: nothing posted without findings, posted with them, then kept up to date", async () => {
    const clean = await run({ gated: [], hasFindings: false });
    expect(clean.approved).toBe(true);
    expect(writes()).toHaveLength(0);
    // Nothing gated: no approval signals are even read.
    expect(gh.requests.some((r) => r.path.endsWith("/reviews"))).toBe(false);

    await run({ gated: [], hasFindings: true });
    expect(gh.comments(7)).toHaveLength(1);

    await run({ gated: [], hasFindings: false, report: "## Migration Guard\n\nNo findings." });
    expect(gh.comments(7)).toHaveLength(1);
    expect(gh.comments(7)[0].body).toContain("No findings.");
  });

  it("always: posted even without findings", async () => {
    await run({ gated: [], hasFindings: false, comment: "always" });
    expect(gh.comments(7)).toHaveLength(1);
    expect(gh.comments(7)[0].body).toContain("No migration in this pull request needs an approval.");
  });

  it("stays under 65,536 characters for a huge report", async () => {
    const report = Array.from(
      { length: 20_000 },
      (_, i) => `| db/migrate/${i}.rb | drop-column | ${i} |`,
    ).join("\n");
    const result = await run({ report });
    expect(result.notices).toEqual([]);
    const body = gh.comments(7)[0].body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/report was cut/);
    expect(parseRecord(body)).toBeDefined();
  });

  it("sends the token only in the Authorization header", async () => {
    await run();
    expect(gh.requests.length).toBeGreaterThan(0);
    for (const r of gh.requests) {
      // Octokit sends GitHub's `token` scheme (the fake server takes it and `Bearer`).
      expect(r.authorization).toBe(`token ${TOKEN}`);
      expect(JSON.stringify([r.path, r.query, r.body])).not.toContain(TOKEN);
    }
  });
});

describe("degraded tokens", () => {
  it("read-only token: the comment is skipped with a notice, approvals are still read", async () => {
    gh.readOnly = true;
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    const result = await run();
    expect(result.approved).toBe(true);
    expect(result.notices.join(" ")).toMatch(/comment was skipped: the token cannot write/);
    expect(gh.comments(7)).toHaveLength(0);
  });

  it("comments unreadable: no comment is written (it could duplicate), approvals still read", async () => {
    gh.fail("GET", /\/issues\/7\/comments$/, 404);
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    const result = await run();
    expect(result.approved).toBe(true);
    expect(writes()).toHaveLength(0);
    expect(result.notices.join(" ")).toMatch(/could not be read/);
  });

  it("reviews unreadable: the gate stays closed and the comment says so", async () => {
    gh.fail("GET", /\/reviews$/, 403);
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    const result = await run();
    expect(result.approved).toBe(false);
    expect(gh.comments(7)[0].body).toMatch(/could not read the reviews/);
  });

  it("no token: no request at all, closed when something is gated", async () => {
    const result = await run({ token: "" });
    expect(result.approved).toBe(false);
    expect(result.notices.join(" ")).toMatch(/No GitHub token/);
    expect(gh.requests).toHaveLength(0);
    expect((await run({ token: "", gated: [] })).approved).toBe(true);
  });

  it("a refused token is reported without the token in the message", async () => {
    gh.requiredToken = "another";
    const result = await run();
    expect(result.approved).toBe(false);
    expect(result.notices.join(" ")).toMatch(/401/);
    expect(result.notices.join(" ")).not.toContain(TOKEN);
  });

  it("retries a read once after a 5xx, never a write", async () => {
    gh.fail("GET", /\/reviews$/, 502, 1);
    gh.fail("POST", /\/comments$/, 502, 1);
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    const result = await run();
    expect(result.approved).toBe(true);
    expect(gh.requests.filter((r) => r.path.endsWith("/reviews"))).toHaveLength(2);
    expect(gh.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(result.notices.join(" ")).toMatch(/could not be written: .*502/);
  });

  /** GitHub's answer when the primary rate limit is spent, resetting in `seconds`. */
  const rateLimited = (seconds: number) => ({
    status: 403,
    body: { message: "API rate limit exceeded for installation." },
    headers: {
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + seconds),
    },
  });

  it("waits out a short primary rate limit once, then reads on", async () => {
    let limited = 0;
    gh.route("GET", /\/reviews$/, () => (limited++ === 0 ? rateLimited(1) : undefined));
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    const result = await run();
    expect(result.approved).toBe(true);
    expect(gh.requests.filter((r) => r.path.endsWith("/reviews"))).toHaveLength(2);
  });

  it("waits out a secondary rate limit (Retry-After) once", async () => {
    let limited = 0;
    gh.route("GET", /\/reviews$/, () =>
      limited++ === 0
        ? {
            status: 403,
            body: { message: "You have exceeded a secondary rate limit." },
            headers: { "retry-after": "1" },
          }
        : undefined,
    );
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    expect((await run()).approved).toBe(true);
    expect(gh.requests.filter((r) => r.path.endsWith("/reviews"))).toHaveLength(2);
  });

  it("a rate limit that resets later than a minute keeps the gate shut and says so", async () => {
    gh.route("GET", /\/reviews$/, () => rateLimited(3600));
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    const result = await run();
    expect(result.approved).toBe(false);
    expect(gh.requests.filter((r) => r.path.endsWith("/reviews"))).toHaveLength(1);
    expect(gh.comments(7)[0].body).toMatch(/could not read the reviews/);
    expect(gh.comments(7)[0].body).not.toContain(TOKEN);
  });

  it("never follows a pagination link to another host (the token would go with it)", async () => {
    gh.route("GET", /\/issues\/7\/comments$/, () => ({
      status: 200,
      body: [],
      headers: { link: '<http://evil.example/steal?page=2>; rel="next"' },
    }));
    const result = await run();
    expect(result.notices.join(" ")).toMatch(/another host/);
    expect(writes()).toHaveLength(0);
  });

  it("honours an API URL with a path prefix (GHES /api/v3)", async () => {
    gh.route("GET", /^\/api\/v3\/(.*)$/, () => ({ status: 200, body: [] }));
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: H1 });
    await run({ apiUrl: `${gh.url}/api/v3/`, comment: "never" });
    expect(gh.requests[0].path).toBe("/api/v3/repos/acme/shop/pulls/7");
  });
});

describe("the signed approval record (approval-key)", () => {
  const KEY = "s".repeat(40);
  it("with a key the record in the comment is signed for this repository and PR; without one it is not", async () => {
    await run({ approvalKey: KEY });
    gh.addLabel(7, "bob", LABEL);
    expect((await run({ approvalKey: KEY })).approved).toBe(true);
    const record = parseRecord(gh.stickyComments(7)[0]!.body)!;
    expect(record.approval?.via).toBe("label");
    expect(verifyRecord(KEY, "acme/shop", 7, record)).toBe(true);
    // Another key, another pull request, or a flipped verdict do not verify.
    expect(verifyRecord("t".repeat(40), "acme/shop", 7, record)).toBe(false);
    expect(verifyRecord(KEY, "acme/shop", 8, record)).toBe(false);
    expect(verifyRecord(KEY, "acme/shop", 7, { ...record, approved: false })).toBe(false);
    // The key itself is never in the comment.
    expect(gh.stickyComments(7)[0]!.body).not.toContain(KEY);
    await run();
    expect(parseRecord(gh.stickyComments(7)[0]!.body)!.sig).toBeUndefined();
  });
});
