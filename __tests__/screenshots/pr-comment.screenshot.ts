// `npm run docs:screenshot`: draws docs/images/pr-comment.png, the sticky comment the bundled action posts on
// the example pull request (examples/demo.bundle), rendered as GitHub-flavoured HTML at a PR's width (about
// 900 px) by Debian's headless Chromium. Not part of `npm test` (it needs Chromium and writes into docs/);
// it runs under jest only to reuse the fake GitHub API and the runner harness the tests use.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { marked } from "marked";
import { startGitHubServer } from "../helpers/github-server.js";
import { runAction } from "../helpers/run-action.js";

const root = process.cwd();
const out = join(root, "docs", "images", "pr-comment.png");
const WIDTH = 900;

// A plain approximation of GitHub's comment styles: system fonts, code spans, tables, details.
const CSS = `
body { margin: 0; background: #fff; color: #1f2328; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans",
  Helvetica, Arial, sans-serif; }
.comment { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; }
.header b { color: #1f2328; }
.body { padding: 16px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin-top: 0; }
h3 { font-size: 1.25em; }
code { font: 85% ui-monospace, "DejaVu Sans Mono", monospace; background: #eff1f3; padding: .2em .4em;
  border-radius: 6px; }
pre { background: #f6f8fa; padding: 16px; border-radius: 6px; overflow: auto; }
pre code { background: none; padding: 0; }
table { border-collapse: collapse; } td, th { border: 1px solid #d1d9e0; padding: 6px 13px; }
details { margin: 8px 0; } summary { cursor: pointer; }
a { color: #0969da; text-decoration: none; }
blockquote { margin: 0; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
`;

function chromium(): string {
  for (const bin of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"])
    if (existsSync(bin)) return bin;
  throw new Error("No Chromium: `apt-get install -y chromium` (Debian) and run again.");
}

it("draws the example PR's comment into docs/images/pr-comment.png", async () => {
  const browser = chromium();
  const dir = mkdtempSync(join(tmpdir(), "mg-shot-"));
  const repo = join(dir, "shop");
  execFileSync("git", ["clone", "-q", "-b", "add-billing", join(root, "examples/demo.bundle"), repo]);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();
  git("fetch", "-q", "origin", "main:main");
  const base = git("rev-parse", "main");
  const head = git("rev-parse", "HEAD");

  const gh = await startGitHubServer({ owner: "acme", repo: "shop" });
  try {
    gh.setPull({ number: 7, author: "alice", head, base });
    const run = await runAction({
      inputs: { token: "t0ken", comment: "always" },
      event: {
        action: "synchronize",
        number: 7,
        pull_request: {
          number: 7,
          user: { login: "alice" },
          base: { sha: base, ref: "main" },
          head: { sha: head, ref: "add-billing" },
        },
        repository: { full_name: "acme/shop", default_branch: "main" },
      },
      eventName: "pull_request",
      cwd: repo,
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "acme/shop" },
    });
    // The example PR holds destructive migrations nobody approved: the check must fail it.
    expect(run.exitCode).toBe(1);
    const [comment] = gh.stickyComments(7);
    expect(comment).toBeDefined();
    const html =
      `<!doctype html><meta charset="utf-8"><style>${CSS}</style><div class="comment">` +
      `<div class="header"><b>github-actions</b> <span>bot</span> commented</div>` +
      `<div class="body">${await marked.parse(comment.body, { gfm: true })}</div></div>`;
    const page = join(dir, "comment.html");
    writeFileSync(page, html);
    mkdirSync(join(out, ".."), { recursive: true });
    // First pass: the page's height at this width (a script writes it into the DOM Chromium dumps).
    const measure = join(dir, "measure.html");
    writeFileSync(
      measure,
      html + "<script>document.title = 'h' + document.documentElement.scrollHeight</script>",
    );
    const dom = execFileSync(
      browser,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        `--window-size=${WIDTH},600`,
        "--dump-dom",
        `file://${measure}`,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    );
    const height = Number(/<title>h(\d+)<\/title>/.exec(dom)?.[1] ?? 2200);
    execFileSync(
      browser,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        `--window-size=${WIDTH},${height}`,
        `--screenshot=${out}`,
        `file://${page}`,
      ],
      { stdio: "ignore" },
    );
    expect(existsSync(out)).toBe(true);
  } finally {
    await gh.close();
  }
});
