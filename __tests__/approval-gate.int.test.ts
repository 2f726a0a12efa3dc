// The approval gate and the sticky comment against the fake GitHub API (helpers/github-server.ts).
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { startGitHubServer, type GitHubServer } from "./helpers/github-server.js";

let gh: GitHubServer;
beforeEach(async () => {
  gh = await startGitHubServer({ owner: "acme", repo: "shop" });
});
afterEach(async () => {
  await gh.close();
});

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
