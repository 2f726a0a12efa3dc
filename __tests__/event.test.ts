import { describe, expect, it } from "@jest/globals";
import { checkRevision, EventError, rangeFromEvent } from "../src/core/event.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const ZERO = "0".repeat(40);

const pull = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    pull_request: { number: 7, user: { login: "alice" }, base: { sha: A }, head: { sha: B }, ...extra },
  });

describe("rangeFromEvent", () => {
  it.each(["pull_request", "pull_request_target", "pull_request_review"])(
    "%s: base and head from the pull request, compared from their merge base",
    (name) => {
      const r = rangeFromEvent(name, pull());
      expect(r).toMatchObject({ kind: "pull_request", base: A, head: B, compare: "merge-base" });
      expect(r.pull).toEqual({ number: 7, author: "alice", headSha: B });
    },
  );

  it("inputs override the payload", () => {
    const r = rangeFromEvent("pull_request", pull(), { base: "main", head: "HEAD" });
    expect(r).toMatchObject({ base: "main", head: "HEAD", compare: "merge-base" });
    expect(r.pull?.number).toBe(7);
  });

  it("push: before..after", () => {
    const r = rangeFromEvent("push", JSON.stringify({ before: A, after: B, ref: "refs/heads/x" }));
    expect(r).toMatchObject({ kind: "push", base: A, head: B, compare: "direct" });
    expect(r.pull).toBeUndefined();
  });

  it("push of a new branch: merge base with the default branch, else the parent", () => {
    const r = rangeFromEvent(
      "push",
      JSON.stringify({
        before: ZERO,
        after: B,
        ref: "refs/heads/feature",
        repository: { default_branch: "main" },
      }),
    );
    expect(r.base).toBeUndefined();
    expect(r.baseCandidates.map((c) => [c.how, c.rev])).toEqual([
      ["merge-base", "origin/main"],
      ["parent", `${B}^`],
    ]);
  });

  it("push of the default branch itself with an all-zero before: only the parent", () => {
    const r = rangeFromEvent(
      "push",
      JSON.stringify({
        before: ZERO,
        after: B,
        ref: "refs/heads/main",
        repository: { default_branch: "main" },
      }),
    );
    expect(r.baseCandidates.map((c) => c.how)).toEqual(["parent"]);
  });

  it("a default branch name git could misread is not used", () => {
    const r = rangeFromEvent(
      "push",
      JSON.stringify({
        before: ZERO,
        after: B,
        ref: "refs/heads/x",
        repository: { default_branch: "--upload-pack=x" },
      }),
    );
    expect(r.baseCandidates.map((c) => c.how)).toEqual(["parent"]);
  });

  it("push that deletes a branch: nothing to check", () => {
    expect(rangeFromEvent("push", JSON.stringify({ before: A, after: ZERO })).deleted).toBe(true);
  });

  it("merge_group: base_sha and head_sha", () => {
    const r = rangeFromEvent("merge_group", JSON.stringify({ merge_group: { base_sha: A, head_sha: B } }));
    expect(r).toMatchObject({ kind: "merge_group", base: A, head: B, compare: "direct" });
  });

  it("any event with both inputs", () => {
    const r = rangeFromEvent("workflow_dispatch", "{}", { base: "v1.0", head: "HEAD" });
    expect(r).toMatchObject({ kind: "manual", base: "v1.0", head: "HEAD" });
  });

  it.each([
    ["pull_request", "not json", /not valid JSON/],
    ["pull_request", "[]", /not a JSON object/],
    ["pull_request", "{}", /no `pull_request.number`/],
    [
      "pull_request",
      pull({ base: { sha: "$(touch x)" } }),
      /`pull_request.base.sha` is "\$\(touch x\)", not a commit sha/,
    ],
    ["pull_request", pull({ number: "7" }), /`pull_request.number`/],
    ["pull_request", pull({ user: {} }), /`pull_request.user.login`/],
    ["push", JSON.stringify({ before: A }), /no `after`/],
    ["merge_group", JSON.stringify({ merge_group: { base_sha: A } }), /no `merge_group.head_sha`/],
    ["workflow_dispatch", "{}", /carries no base and head/],
  ])("%s with %s → a clear error", (name, text, message) => {
    expect(() => rangeFromEvent(name, text)).toThrow(EventError);
    expect(() => rangeFromEvent(name, text)).toThrow(message);
  });
});

describe("checkRevision", () => {
  it.each(["--output=/tmp/x", "-p", "a b", "main\nHEAD", "x\0"])("refuses %j", (rev) => {
    expect(() => checkRevision(rev, "base")).toThrow(/Input `base`/);
  });
  it.each(["main", "origin/main", A, "HEAD~3", "v1.2.3", "feat/$(x);`y`"])("accepts %j", (rev) => {
    expect(checkRevision(rev, "head")).toBe(rev);
  });
});
