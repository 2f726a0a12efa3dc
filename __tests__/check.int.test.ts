// `command: check` end to end: the bundled action, run as the runner runs it, against real git repositories
// and (for pull requests) the fake GitHub API. Asserts what a user sees: annotations, outputs, summary, exit.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeRepo, type Repo } from "./helpers/git-repo.js";
import { startGitHubServer, type GitHubServer } from "./helpers/github-server.js";
import { runAction, type ActionRun } from "./helpers/run-action.js";

const DROP = `class RemoveLegacyEmail < ActiveRecord::Migration[7.1]
  def change
    remove_column :users, :legacy_email, :string
  end
end
`;
const SAFE = `class CreateWidgets < ActiveRecord::Migration[7.1]
  def change
    create_table :widgets do |t|
      t.string :name
    end
  end
end
`;
const DROP_SQL = "ALTER TABLE users DROP COLUMN legacy_email;\n";

let gh: GitHubServer;
const repos: Repo[] = [];

beforeEach(async () => {
  gh = await startGitHubServer({ owner: "acme", repo: "shop" });
});
afterEach(async () => {
  await gh.close();
  for (const r of repos.splice(0)) r.cleanup();
});

function repo(): Repo {
  const r = makeRepo();
  repos.push(r);
  r.write("README.md", "# shop\n");
  r.write("db/migrate/20240101000000_create_widgets.rb", SAFE);
  r.commit("base");
  return r;
}

function pullEvent(base: string, head: string, extra: Record<string, unknown> = {}) {
  return {
    action: "synchronize",
    number: 7,
    pull_request: {
      number: 7,
      user: { login: "alice" },
      base: { sha: base, ref: "main" },
      head: { sha: head, ref: "feature" },
      ...extra,
    },
    repository: { full_name: "acme/shop", default_branch: "main" },
  };
}

async function checkPull(r: Repo, base: string, head: string, inputs: Record<string, string> = {}) {
  gh.setPull({ number: 7, author: "alice", head, base });
  return runAction({
    inputs: { token: "t0ken", ...inputs },
    event: pullEvent(base, head),
    eventName: "pull_request",
    cwd: r.dir,
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "acme/shop" },
  });
}

/** The first line after the report's heading: where the decision must be. */
const leadLine = (markdown: string) => {
  const lines = markdown.split("\n").filter((l) => l.trim() && !l.startsWith("<!--"));
  return lines[lines.findIndex((l) => l.startsWith("## Migration Guard")) + 1] ?? "";
};

const annotations = (run: ActionRun) =>
  run.stdout.split("\n").filter((l) => /^::(error|warning|notice) file=/.test(l));

function migrations(
  run: ActionRun,
): { path: string; status: string; verdict: string; findings: { rule: string }[] }[] {
  return JSON.parse(run.outputs.migrations) as ReturnType<typeof migrations>;
}

describe("check on a pull request", () => {
  it("a safe PR passes, with outputs and a summary", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_create_gadgets.rb", SAFE.replace(/Widgets|widgets/g, "Gadgets"));
    const head = r.commit("safe");
    const run = await checkPull(r, base, head);
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      destructive: "false",
      "requires-approval": "false",
      approved: "true",
      findings: "0",
    });
    expect(migrations(run)).toEqual([
      expect.objectContaining({
        path: "db/migrate/20240201000000_create_gadgets.rb",
        status: "added",
        verdict: "ok",
      }),
    ]);
    expect(annotations(run)).toEqual([]);
    expect(run.summary).toContain(
      "- <code>db/migrate/20240201000000_create_gadgets.rb</code> · rails · added",
    );
    expect(JSON.parse(readFileSync(run.outputs.report, "utf8"))).toMatchObject({ version: 1 });
  });

  it("a destructive PR fails without approval, annotated on the line, naming the file and how to approve", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    const sarif = join(mkdtempSync(join(tmpdir(), "mg-sarif-")), "out/mg.sarif");
    const run = await checkPull(r, base, head, { sarif });
    expect(run.exitCode).toBe(1);
    expect(annotations(run)).toEqual([
      expect.stringMatching(
        /^::error file=db\/migrate\/20240201000000_remove_legacy_email\.rb,line=3,title=drop-column \(destructive%2C needs approval\)::/,
      ),
    ]);
    const failure = run.stdout.split("\n").find((l) => l.startsWith("::error::"))!;
    expect(failure).toMatch(/Approval required/);
    expect(failure).toContain("db/migrate/20240201000000_remove_legacy_email.rb");
    expect(failure).toMatch(/migrations%3Aapproved|migrations:approved/);
    expect(run.outputs).toMatchObject({
      destructive: "true",
      "requires-approval": "true",
      approved: "false",
      findings: "1",
    });
    expect(run.summary).toContain("drop-column");
    // The summary and the comment lead with the decision, right under the heading.
    expect(leadLine(run.summary)).toMatch(/^⛔ \*\*Needs approval\*\*/);
    expect(leadLine(gh.comments(7)[0].body)).toMatch(/^⛔ \*\*Needs approval\*\*/);
    // The comment says it once (no second "Approval required" line) and shows the flagged line as code.
    expect(gh.comments(7)[0].body).not.toContain("**Approval required**");
    expect(gh.comments(7)[0].body).toContain(
      "```ruby\n  remove_column :users, :legacy_email, :string\n  ```",
    );
    const sarifJson = JSON.parse(readFileSync(sarif, "utf8")) as {
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarifJson.runs[0].results.map((x) => x.ruleId)).toEqual(["drop-column"]);
  });

  it("approved by label passes; a push that edits the approved migration makes the approval stale", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head1 = r.commit("drop");
    gh.setPermission("bob", "write");

    const first = await checkPull(r, base, head1);
    expect(first.exitCode).toBe(1);
    expect(gh.comments(7)).toHaveLength(1);

    gh.addLabel(7, "bob", "migrations:approved");
    const approved = await checkPull(r, base, head1);
    expect(approved.exitCode).toBe(0);
    expect(approved.outputs).toMatchObject({
      "requires-approval": "true",
      approved: "true",
      "approved-by": "bob",
    });
    expect(annotations(approved)).toHaveLength(1);
    // A green check never sits beside "needs approval": both lead with who approved what.
    expect(leadLine(approved.summary)).toMatch(
      /^✅ \*\*Approved\*\* by `@bob` for this migration \(digest `[0-9a-f]{12}`\)/,
    );
    expect(leadLine(gh.comments(7)[0].body)).toMatch(/^✅ \*\*Approved\*\* by `@bob`/);
    expect(approved.summary).not.toMatch(/Needs approval|Approval required/);

    // A push that changes nothing gated keeps the approval.
    r.write("README.md", "# shop, again\n");
    const head2 = r.commit("docs");
    expect((await checkPull(r, base, head2)).exitCode).toBe(0);

    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP.replace(":string", ":text"));
    const head3 = r.commit("edit the approved migration");
    const stale = await checkPull(r, base, head3);
    expect(stale.exitCode).toBe(1);
    expect(stale.outputs.approved).toBe("false");
    const failure = stale.stdout.split("\n").find((l) => l.startsWith("::error::"))!;
    expect(failure).toMatch(/Approval required/);
    expect(failure).toContain("db/migrate/20240201000000_remove_legacy_email.rb");
    expect(failure).toMatch(/modified db\/migrate\/20240201000000_remove_legacy_email\.rb/);
    expect(gh.comments(7)).toHaveLength(1);
  });

  it("an allow comment is not an approval: the acknowledged DROP stays gated and annotated until a writer approves", async () => {
    const r = repo();
    const base = r.head();
    r.write(
      "db/migrate/20240201000000_remove_legacy_email.rb",
      DROP.replace(
        "    remove_column",
        "    # migration-guard:allow drop-column -- nobody reads it any more\n    remove_column",
      ),
    );
    const head = r.commit("drop, acknowledged by its author");
    gh.setPermission("bob", "write");
    const run = await checkPull(r, base, head);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      "requires-approval": "true",
      approved: "false",
      destructive: "true",
    });
    expect(migrations(run)).toEqual([
      expect.objectContaining({
        verdict: "needs-approval",
        findings: [expect.objectContaining({ rule: "drop-column", acknowledged: true })],
      }),
    ]);
    expect(annotations(run)).toEqual([
      expect.stringMatching(
        /^::error file=.*,line=4,title=drop-column \(destructive%2C needs approval%2C acknowledged\)::/,
      ),
    ]);

    gh.addLabel(7, "bob", "migrations:approved");
    const approved = await checkPull(r, base, head);
    expect(approved.exitCode).toBe(0);
    expect(approved.outputs).toMatchObject({ approved: "true", "approved-by": "bob" });
  });

  it("a config change in the same pull request cannot hide its own DROP: base and head configs both count", async () => {
    const r = repo();
    r.write(".github/migration-guard.yml", "rules:\n  index-not-concurrent: warning\n");
    const base = r.commit("config");
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    r.write("db/sql/001_drop.sql", DROP_SQL);
    r.write(
      ".github/migration-guard.yml",
      "paths:\n  sql: ['db/sql/[0-9]*.sql']\nrules:\n  drop-column: off\nexclude: ['db/migrate/**']\n",
    );
    const head = r.commit("drop, and turn the rule off");
    const run = await checkPull(r, base, head);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ "requires-approval": "true", approved: "false" });
    // The migration the new config excludes is judged under the base's; the new paths: entry still counts.
    expect(migrations(run).map((m) => [m.path, m.verdict, m.findings.map((f) => f.rule)])).toEqual([
      ["db/migrate/20240201000000_remove_legacy_email.rb", "needs-approval", ["drop-column"]],
      ["db/sql/001_drop.sql", "needs-approval", ["drop-column"]],
    ]);
  });

  it("a broken base config does not let the change that mends it exclude its own DROP: the defaults stand in", async () => {
    const r = repo();
    r.write(".github/migration-guard.yml", "rules: [not, a, map\n");
    const base = r.commit("a broken config");
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    r.write(".github/migration-guard.yml", "rules:\n  drop-column: off\nexclude: ['db/migrate/**']\n");
    const head = r.commit("mend the config, exclude the migration, drop");
    const run = await checkPull(r, base, head);
    expect(run.exitCode).toBe(1);
    expect(migrations(run).map((m) => [m.path, m.verdict, m.findings.map((f) => f.rule)])).toEqual([
      ["db/migrate/20240201000000_remove_legacy_email.rb", "needs-approval", ["drop-column"]],
    ]);
  });

  it("pull_request_review: an approving review on the current head by a writer approves", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    gh.setPermission("bob", "write");
    gh.setPull({ number: 7, author: "alice", head, base });
    gh.addReview(7, { user: "bob", state: "APPROVED", commitId: head });
    const run = await runAction({
      inputs: { token: "t0ken" },
      event: { ...pullEvent(base, head), action: "submitted", review: { state: "approved" } },
      eventName: "pull_request_review",
      cwd: r.dir,
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "acme/shop" },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ approved: "true", "approved-by": "bob" });
  });

  it("a label by someone without write access does not approve", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    await checkPull(r, base, head);
    gh.addLabel(7, "mallory", "migrations:approved");
    const run = await checkPull(r, base, head);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.approved).toBe("false");
  });

  it("missing token: annotations, summary and outputs still come; the gate stays closed", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    const run = await checkPull(r, base, head, { token: "" });
    expect(run.exitCode).toBe(1);
    expect(annotations(run)).toHaveLength(1);
    expect(run.summary).toContain("drop-column");
    expect(run.outputs).toMatchObject({ "requires-approval": "true", approved: "false", findings: "1" });
  });

  it("editing and deleting migrations that exist on the base branch is flagged", async () => {
    const r = repo();
    r.write("db/migrate/20240102000000_remove_legacy_email.rb", DROP);
    const base = r.commit("more");
    r.write("db/migrate/20240101000000_create_widgets.rb", SAFE.replace("t.string :name", "t.text :name"));
    r.remove("db/migrate/20240102000000_remove_legacy_email.rb");
    const head = r.commit("edit and delete");
    const run = await checkPull(r, base, head);
    const byPath = Object.fromEntries(migrations(run).map((m) => [m.path, m]));
    expect(byPath["db/migrate/20240101000000_create_widgets.rb"]).toMatchObject({ status: "modified" });
    expect(byPath["db/migrate/20240101000000_create_widgets.rb"].findings.map((f) => f.rule)).toContain(
      "edited-migration",
    );
    expect(byPath["db/migrate/20240102000000_remove_legacy_email.rb"]).toMatchObject({ status: "deleted" });
    expect(byPath["db/migrate/20240102000000_remove_legacy_email.rb"].findings.map((f) => f.rule)).toContain(
      "edited-migration",
    );
    expect(annotations(run).some((l) => l.includes("title=edited-migration"))).toBe(true);
  });

  it("compares from the merge base: a migration merged to main after the PR branched is not 'deleted'", async () => {
    const r = repo();
    const fork = r.head();
    r.git("checkout", "-q", "-b", "feature");
    r.write("db/migrate/20240301000000_create_gadgets.rb", SAFE.replace(/Widgets|widgets/g, "Gadgets"));
    const head = r.commit("feature");
    r.git("checkout", "-q", "main");
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const base = r.commit("main moves on");
    expect(fork).not.toBe(base);
    const run = await checkPull(r, base, head);
    expect(run.exitCode).toBe(0);
    expect(migrations(run).map((m) => m.path)).toEqual(["db/migrate/20240301000000_create_gadgets.rb"]);
  });

  it("a binary file under db/migrate needs review and, by default, an approval: never read as safe", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_blob.rb", Buffer.from([0x00, 0x01, 0xff, 0x00, 0x42]));
    r.write("db/migrate/20240201000001_blob.sql", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00]));
    const head = r.commit("binary");
    const run = await checkPull(r, base, head);
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ "requires-approval": "true", approved: "false" });
    const found = migrations(run);
    expect(found.map((m) => [m.path, m.verdict, m.findings.map((f) => f.rule)])).toEqual([
      ["db/migrate/20240201000000_blob.rb", "needs-approval", ["unparseable-migration"]],
      ["db/migrate/20240201000001_blob.sql", "needs-approval", ["unparseable-migration"]],
    ]);
    expect(annotations(run).filter((l) => l.startsWith("::warning"))).toHaveLength(2);
    // Narrowing the categories is the workflow's explicit choice.
    const narrowed = await checkPull(r, base, head, { "approval-categories": "destructive" });
    expect(narrowed.exitCode).toBe(0);
    expect(migrations(narrowed).map((m) => m.verdict)).toEqual(["review", "review"]);
  });

  it("a malformed event payload fails with a sentence, not a stack trace", async () => {
    const r = repo();
    const run = await runAction({
      inputs: { token: "t" },
      eventName: "pull_request",
      event: { pull_request: { number: 7, user: { login: "alice" }, base: { sha: "nope" }, head: {} } },
      cwd: r.dir,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::The pull_request event payload has no `pull_request.head.sha`/);
    expect(run.stdout).not.toMatch(/at .*\.js:\d+/);
  });

  it("a payload that is not JSON fails with a sentence", async () => {
    const r = repo();
    const dir = mkdtempSync(join(tmpdir(), "mg-ev-"));
    const path = join(dir, "event.json");
    execFileSync("sh", ["-c", 'printf "{not json" > "$1"', "sh", path]);
    const run = await runAction({
      inputs: { token: "t" },
      eventName: "pull_request",
      cwd: r.dir,
      env: { GITHUB_EVENT_PATH: path },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::.*not valid JSON/);
  });

  it("invalid inputs name the input", async () => {
    const r = repo();
    const base = r.head();
    for (const [inputs, message] of [
      [{ "approval-categories": "destructive,scary" }, /Input `approval-categories` lists "scary"/],
      [{ comment: "sometimes" }, /Input `comment` must be one of/],
      [{ base: "--output=/tmp/x" }, /Input `base` is "--output=\/tmp\/x"/],
      [{ approvers: "bob;rm" }, /Input `approvers` lists "bob;rm"/],
    ] as const) {
      const run = await checkPull(r, base, base, inputs);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(message);
    }
  });
});

describe("check on push and merge_group", () => {
  it("push: before..after; reports approval needs without failing", async () => {
    const r = repo();
    const before = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const after = r.commit("drop");
    const run = await runAction({
      inputs: {},
      eventName: "push",
      event: { before, after, ref: "refs/heads/feature", repository: { default_branch: "main" } },
      cwd: r.dir,
    });
    expect(run.exitCode).toBe(0);
    expect(annotations(run)).toHaveLength(1);
    expect(run.stdout).toMatch(/::notice::1 migration\(s\) need approval/);
    expect(run.outputs).toMatchObject({
      "requires-approval": "true",
      approved: "false",
      destructive: "true",
    });
  });

  it("push of a new branch (all-zero before): the merge base with the default branch", async () => {
    const r = repo();
    r.write("db/migrate/20240102000000_older.sql", DROP_SQL);
    const mainTip = r.commit("main");
    r.git("update-ref", "refs/remotes/origin/main", mainTip);
    r.git("checkout", "-q", "-b", "feature");
    r.write("db/migrate/20240201000000_one.rb", SAFE.replace(/Widgets|widgets/g, "Ones"));
    r.commit("one");
    r.write("db/migrate/20240202000000_two.rb", DROP);
    const after = r.commit("two");
    const run = await runAction({
      inputs: {},
      eventName: "push",
      event: {
        before: "0".repeat(40),
        after,
        ref: "refs/heads/feature",
        repository: { default_branch: "main" },
      },
      cwd: r.dir,
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("merge base with the default branch (origin/main)");
    expect(migrations(run).map((m) => m.path)).toEqual([
      "db/migrate/20240201000000_one.rb",
      "db/migrate/20240202000000_two.rb",
    ]);
  });

  it("push of a new branch without the default branch locally: the parent, and says so", async () => {
    const r = repo();
    r.write("db/migrate/20240201000000_one.rb", SAFE.replace(/Widgets|widgets/g, "Ones"));
    r.commit("one");
    r.write("db/migrate/20240202000000_two.rb", DROP);
    const after = r.commit("two");
    const run = await runAction({
      inputs: {},
      eventName: "push",
      event: { before: "0".repeat(40), after, ref: "refs/heads/x", repository: { default_branch: "main" } },
      cwd: r.dir,
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("the parent of the pushed commit");
    expect(migrations(run).map((m) => m.path)).toEqual(["db/migrate/20240202000000_two.rb"]);
  });

  it("push that creates a repository's first commit: everything in it is new", async () => {
    const r = makeRepo();
    repos.push(r);
    r.write("db/migrate/20240101000000_drop.sql", DROP_SQL);
    const after = r.commit("first");
    const run = await runAction({
      inputs: {},
      eventName: "push",
      event: {
        before: "0".repeat(40),
        after,
        ref: "refs/heads/main",
        repository: { default_branch: "main" },
      },
      cwd: r.dir,
    });
    expect(run.exitCode).toBe(0);
    expect(migrations(run).map((m) => m.path)).toEqual(["db/migrate/20240101000000_drop.sql"]);
  });

  it("merge_group: base_sha..head_sha", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("queued");
    const run = await runAction({
      inputs: {},
      eventName: "merge_group",
      event: {
        merge_group: { base_sha: base, head_sha: head, head_ref: "refs/heads/gh-readonly-queue/main/pr-7-x" },
      },
      cwd: r.dir,
    });
    expect(run.exitCode).toBe(0);
    expect(migrations(run).map((m) => m.path)).toEqual(["db/migrate/20240201000000_remove_legacy_email.rb"]);
    expect(run.outputs.destructive).toBe("true");
  });
});

describe("shallow checkouts", () => {
  function shallowClone(r: Repo): string {
    const dir = mkdtempSync(join(tmpdir(), "mg-shallow-"));
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${r.dir}`, dir]);
    return dir;
  }

  it("fetches the base when it can", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    const clone = shallowClone(r);
    gh.setPull({ number: 7, author: "alice", head, base });
    const run = await runAction({
      inputs: { token: "t" },
      event: pullEvent(base, head),
      cwd: clone,
      env: { GITHUB_API_URL: gh.url },
    });
    expect(run.stdout).toContain("Fetching the commits the check compares");
    expect(migrations(run).map((m) => m.path)).toEqual(["db/migrate/20240201000000_remove_legacy_email.rb"]);
  });

  it("says to set fetch-depth: 0 when it cannot", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    const clone = shallowClone(r);
    execFileSync("git", ["remote", "set-url", "origin", join(clone, "no-such-remote")], { cwd: clone });
    const run = await runAction({
      inputs: { token: "t" },
      event: pullEvent(base, head),
      cwd: clone,
      env: { GITHUB_API_URL: gh.url },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /::error::The base commit [0-9a-f]{40} is not in the checkout.*`fetch-depth: 0`/,
    );
  });
});

describe("hostile names", () => {
  const NAMES = [
    "db/migrate/20240201000000_$(touch pwned1);`touch pwned2`,a:b%3A.rb",
    "db/migrate/20240201000001_two\nlines::error::fake.rb",
    "db/migrate/20240201000002_a|b<script>.sql",
  ];

  it("nothing executes, every file is analysed, annotations keep the names inside their property", async () => {
    const r = repo();
    const base = r.head();
    const branch = "evil/$(touch${IFS}pwned3);`touch${IFS}pwned4`,x";
    r.git("checkout", "-q", "-b", branch);
    NAMES.forEach((name, i) => r.write(name, i === 2 ? DROP_SQL : DROP));
    const head = r.commit("hostile");
    gh.setPull({ number: 7, author: "alice", head, base });
    const run = await runAction({
      inputs: { token: "t", base: "main", head: branch },
      event: pullEvent(base, head, { head: { sha: head, ref: branch } }),
      cwd: r.dir,
      env: { GITHUB_API_URL: gh.url },
    });
    expect(run.exitCode).toBe(1);
    for (const dir of [r.dir, tmpdir()]) {
      expect(readdirSync(dir).filter((f) => f.startsWith("pwned"))).toEqual([]);
    }
    expect(existsSync(join(r.dir, "db/migrate/pwned1"))).toBe(false);
    expect(migrations(run).map((m) => [m.path, m.verdict])).toEqual(NAMES.map((n) => [n, "needs-approval"]));
    const lines = annotations(run);
    expect(lines).toHaveLength(3);
    expect(lines).toContainEqual(
      expect.stringContaining(
        "file=db/migrate/20240201000000_$(touch pwned1);`touch pwned2`%2Ca%3Ab%253A.rb,line=3,",
      ),
    );
    expect(lines).toContainEqual(
      expect.stringContaining("file=db/migrate/20240201000001_two%0Alines%3A%3Aerror%3A%3Afake.rb,line=3,"),
    );
    // The only lines that start a workflow command are ours.
    expect(run.stdout.split("\n").filter((l) => l.startsWith("::error::"))).toHaveLength(1);
    expect(run.summary).not.toContain("<script>");
    // Each name stays inside its one-line <summary>: a newline is shown as \n, markup as entities.
    const summaries = run.summary.split("\n").filter((l) => l.startsWith("<summary>"));
    expect(summaries).toHaveLength(3);
    expect(summaries.every((l) => l.endsWith("</summary>"))).toBe(true);
    expect(summaries.filter((l) => l.includes("a&#124;b&lt;script&gt;"))).toHaveLength(1);
    expect(summaries.filter((l) => l.includes("two\\nlines::error::fake.rb"))).toHaveLength(1);
  });
});

describe("hostile event payloads", () => {
  it("refs and a default branch holding newlines and workflow commands are never echoed or used", async () => {
    const r = repo();
    r.write("db/migrate/20240201000000_two.rb", DROP);
    const after = r.commit("two");
    const run = await runAction({
      inputs: {},
      eventName: "push",
      event: {
        before: "0".repeat(40),
        after,
        ref: "refs/heads/x\n::error::forged ref",
        repository: { default_branch: "main\n::warning file=x::forged; $(touch pwned5)" },
      },
      cwd: r.dir,
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toMatch(/forged/);
    expect(run.stdout).toContain("the parent of the pushed commit");
    expect(readdirSync(r.dir).filter((f) => f.startsWith("pwned"))).toEqual([]);
  });

  it("no event name and no inputs: a sentence", async () => {
    const r = repo();
    const run = await runAction({ inputs: {}, eventName: "", cwd: r.dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::error::GITHUB_EVENT_NAME is not set/);
  });
});

describe("size", () => {
  it("a PR with 5,000 changed files: the migrations among them, annotations capped, the rest in the summary", async () => {
    const r = repo();
    const base = r.head();
    for (let i = 0; i < 4985; i++) r.write(`app/models/m${i}.txt`, `${i}\n`);
    for (let i = 0; i < 15; i++)
      r.write(`db/migrate/2024020100${String(i).padStart(4, "0")}_drop_${i}.sql`, DROP_SQL);
    const head = r.commit("big");
    const started = Date.now();
    const run = await checkPull(r, base, head);
    const ms = Date.now() - started;
    expect(run.exitCode).toBe(1);
    expect(migrations(run)).toHaveLength(15);
    expect(annotations(run).filter((l) => l.startsWith("::error"))).toHaveLength(10);
    expect(run.summary).toMatch(/5 finding\(s\) are not annotated/);
    expect(run.summary.split("\n").filter((l) => l.includes("drop-column]"))).toHaveLength(15);
    expect(ms).toBeLessThan(30_000);
  }, 120_000);
});

describe("the check sub-action (`uses: …/check@v1`)", () => {
  it("runs the check through dist/check.js with no `command` input, even when one leaks in from the env", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    gh.setPull({ number: 7, author: "alice", head, base });
    const cases: Record<string, string>[] = [{ token: "t0ken" }, { token: "t0ken", command: "status" }];
    for (const inputs of cases) {
      const run = await runAction({
        entry: "check.js",
        inputs,
        event: pullEvent(base, head),
        eventName: "pull_request",
        cwd: r.dir,
        env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "acme/shop" },
      });
      expect(run.exitCode).toBe(1);
      expect(run.outputs).toMatchObject({
        destructive: "true",
        "requires-approval": "true",
        approved: "false",
      });
      expect(annotations(run)).toEqual([
        expect.stringMatching(/^::error file=db\/migrate\/.*title=drop-column/),
      ]);
    }
  });
});

describe("check inputs: fail-on, every bad input at once, the outputs peers offer", () => {
  const INDEX = `class IndexOrders < ActiveRecord::Migration[7.1]
  def change
    add_index :orders, :status
  end
end
`;

  it("names every bad input in one run, and does nothing else", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    const run = await checkPull(r, base, head, {
      comment: "sometimes",
      "fail-on": "approval,loud",
      approvers: "not a login!",
      "approval-key": "short",
    });
    expect(run.exitCode).toBe(1);
    const error = run.stdout.split("\n").find((l) => l.startsWith("::error::"))!;
    expect(error).toMatch(/^::error::4 inputs need fixing:/);
    for (const name of ["comment", "fail-on", "approvers", "approval-key"])
      expect(error).toContain(`\`${name}\``);
    expect(gh.comments(7)).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  it("`fail-on: none` is advisory: it reports and comments, says so, and does not fail for a missing approval", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    const run = await checkPull(r, base, head, { "fail-on": "none" });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      destructive: "true",
      "requires-approval": "true",
      approved: "false",
    });
    expect(run.stdout).toMatch(/^::warning::Approval required: .*Advisory run/m);
    expect(run.summary).toContain("Advisory run");
    expect(gh.comments(7)[0].body).toContain("Advisory run");
    expect(annotations(run)).toEqual([expect.stringMatching(/^::error file=.*title=drop-column/)]);
  });

  it("`fail-on` a category fails on its findings even where no approval is needed", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_index_orders.rb", INDEX);
    const head = r.commit("index");
    const plain = await checkPull(r, base, head);
    expect(plain.exitCode).toBe(0);
    const strict = await checkPull(r, base, head, { "fail-on": "approval,locking" });
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toMatch(/^::error::`fail-on` fails the step: 1 locking finding/m);
  });

  it("`paths`, `exclude` and `database` lie over the config file, as its keys would", async () => {
    const r = repo();
    const base = r.head();
    r.write("schema/versioned/0002_drop_email.sql", DROP_SQL);
    r.write("db/sql/0003_drop_name.sql", "ALTER TABLE `users` DROP COLUMN `name`;\n");
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("custom layout");
    const files = (run: ActionRun) => JSON.parse(run.outputs.migrations).map((m: { path: string }) => m.path);

    const plain = await checkPull(r, base, head);
    expect(files(plain)).not.toContain("schema/versioned/0002_drop_email.sql");

    const mapped = await checkPull(r, base, head, {
      paths: "schema/**/*.sql: sql\nsql: db/sql/*.sql",
      exclude: "db/migrate/**",
      database: "mysql",
    });
    expect(files(mapped).sort()).toEqual([
      "db/sql/0003_drop_name.sql",
      "schema/versioned/0002_drop_email.sql",
    ]);
    const titles = annotations(mapped).map((a) => /title=([a-z-]+)/.exec(a)?.[1]);
    expect(titles).toEqual(["drop-column", "drop-column"]);

    // Read as PostgreSQL, MySQL's backticks do not parse: needs review, never safe.
    const asPostgres = await checkPull(r, base, head, { paths: "sql: db/sql/*.sql" });
    expect(annotations(asPostgres).join("\n")).toContain("title=unparseable-migration");

    const bad = await checkPull(r, base, head, { paths: "railz: db/x/*.rb", database: "oracle" });
    expect(bad.exitCode).toBe(1);
    const error = bad.stdout.split("\n").find((l) => l.startsWith("::error::"))!;
    expect(error).toContain("Inputs `database`/`paths`/`exclude`");
    expect(error).toContain("railz");
    expect(error).toContain("oracle");
    expect(bad.outputs).toEqual({});
  });

  it("outputs the comment's URL, the approval digest and the SARIF path", async () => {
    const r = repo();
    const base = r.head();
    r.write("db/migrate/20240201000000_remove_legacy_email.rb", DROP);
    const head = r.commit("drop");
    const sarif = join(mkdtempSync(join(tmpdir(), "mg-sarif-")), "mg.sarif");
    const run = await checkPull(r, base, head, { sarif });
    expect(run.outputs.sarif).toBe(sarif);
    expect(existsSync(sarif)).toBe(true);
    expect(run.outputs.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(gh.comments(7)[0].body).toContain(run.outputs.digest.slice(0, 12));
    expect(run.outputs["comment-url"]).toMatch(/^https?:\/\/\S+/);
    expect(run.outputs["comment-url"]).toContain(String(gh.comments(7)[0].id));
  });
});
