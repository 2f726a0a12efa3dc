import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RecordedApproval } from "../src/core/approval.js";
import { coverage, gitBlobSha, type PullApproval } from "../src/core/deploy/pr-approval.js";

const approval = (files: Record<string, string>, by = "lead"): RecordedApproval => ({
  digest: "d".repeat(64),
  head: "a".repeat(40),
  by,
  via: "label",
  at: "2026-11-01T10:00:00Z",
  files,
});

describe("gitBlobSha", () => {
  it("is git's own object id, so no checkout is needed on the runner", () => {
    const dir = mkdtempSync(join(tmpdir(), "mg-blob-"));
    try {
      for (const text of ["", "class X\nend\n", "caf\u00e9\r\n\u0000binary"]) {
        writeFileSync(join(dir, "f"), text);
        const git = spawnSync("git", ["hash-object", join(dir, "f")], { encoding: "utf8" }).stdout.trim();
        expect(gitBlobSha(Buffer.from(text))).toBe(git);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("coverage", () => {
  const file = { path: "db/migrate/1_drop.rb", blob: gitBlobSha(Buffer.from("drop\n")) };

  it("covers a file approved with exactly this content", () => {
    const a: PullApproval = { pull: 7, url: "u", approval: approval({ [file.path]: file.blob }) };
    const c = coverage([file], [a]);
    expect(c.uncovered).toEqual([]);
    expect(c.covered).toMatchObject([{ pull: 7, by: "lead", via: "label" }]);
  });

  it("matches an app dir below the repository root, not a mere suffix of a name", () => {
    const ok: PullApproval = {
      pull: 1,
      url: "u",
      approval: approval({ [`apps/shop/${file.path}`]: file.blob }),
    };
    expect(coverage([file], [ok]).covered).toHaveLength(1);
    const other: PullApproval = { pull: 2, url: "u", approval: approval({ [`x${file.path}`]: file.blob }) };
    expect(coverage([file], [other]).covered).toHaveLength(0);
  });

  it("does not cover content changed after the approval", () => {
    const a: PullApproval = {
      pull: 7,
      url: "u",
      approval: approval({ [file.path]: gitBlobSha(Buffer.from("drop\n-- edited\n")) }),
    };
    const c = coverage([file], [a]);
    expect(c.covered).toEqual([]);
    expect(c.uncovered[0]!.reason).toContain("#7");
  });

  it("does not cover a file no approval lists, nor anything without approvals", () => {
    const a: PullApproval = { pull: 7, url: "u", approval: approval({ "db/migrate/2_other.rb": file.blob }) };
    expect(coverage([file], [a]).uncovered).toHaveLength(1);
    expect(coverage([file], []).uncovered).toHaveLength(1);
    // An approval too large to list its files covers nothing by name.
    const { files: _files, ...bare } = approval({});
    expect(coverage([file], [{ pull: 7, url: "u", approval: bare }]).uncovered).toHaveLength(1);
  });

  it("needs every destructive file covered, possibly by different pull requests", () => {
    const second = { path: "db/migrate/2_truncate.rb", blob: gitBlobSha(Buffer.from("truncate\n")) };
    const c = coverage(
      [file, second],
      [
        { pull: 1, url: "u1", approval: approval({ [file.path]: file.blob }) },
        { pull: 2, url: "u2", approval: approval({ [second.path]: second.blob }, "dba") },
      ],
    );
    expect(c.covered.map((x) => x.pull)).toEqual([1, 2]);
  });
});
