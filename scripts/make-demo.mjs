// Rebuilds examples/demo.bundle: a small Rails repository whose branch `add-billing` is a pull request with a
// safe, a risky and two destructive migrations. `npm start` reviews it. Run after editing examples/demo-src/.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const src = join(root, "examples/demo-src");
const dir = mkdtempSync(join(tmpdir(), "mg-demo-src-"));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: "Demo",
  GIT_AUTHOR_EMAIL: "demo@example.com",
  GIT_AUTHOR_DATE: "2024-03-01T12:00:00Z",
  GIT_COMMITTER_NAME: "Demo",
  GIT_COMMITTER_EMAIL: "demo@example.com",
  GIT_COMMITTER_DATE: "2024-03-01T12:00:00Z",
};
const git = (...args) => execFileSync("git", args, { cwd: dir, env, stdio: "pipe" });
git("init", "-q", "-b", "main");
cpSync(join(src, "main"), dir, { recursive: true });
git("add", "-A");
git("commit", "-q", "-m", "Users, orders and carts");
git("checkout", "-q", "-b", "add-billing");
cpSync(join(src, "add-billing"), dir, { recursive: true });
git("add", "-A");
git("commit", "-q", "-m", "Billing: invoices, order status index, drop legacy email, purge guest carts");
git("bundle", "create", join(root, "examples/demo.bundle"), "main", "add-billing");
rmSync(dir, { recursive: true, force: true });
