// Staging first, enforced: every deploy records what it applied as a `migrate` deployment in GitHub's
// Deployments API (the fake one here), and a production deploy with `require-applied-in: staging` runs only
// the exact bytes a successful staging deploy applied. Real sshd, PostgreSQL and Rails 6.1 through the bundled
// action; each case reads the database back.
import { beforeAll, describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";
import { makeApps, railsMigration, type App, type Apps } from "./helpers/apps.js";
import { deployInputs, tables, useDeployServers, versions } from "./helpers/deploy-suite.js";
import { startGitHubServer, type GitHubServer } from "./helpers/github-server.js";
import { resultOf, runAction } from "./helpers/run-action.js";
import { gitBlobSha } from "../src/core/deploy/pr-approval.js";

let apps: Apps | undefined;
let gh: GitHubServer | undefined;
const servers = useDeployServers("promotion", async () => {
  await gh?.close();
  for (const app of apps?.made() ?? []) {
    const key = createHash("sha256").update(app.dir).digest("hex").slice(0, 16);
    rmSync(join(userInfo().homedir, ".migration-guard", "apps", key), { recursive: true, force: true });
  }
});
beforeAll(async () => {
  apps = makeApps(servers.pg, servers.root);
  gh = await startGitHubServer({ owner: "acme", repo: "shop" });
});

const api = (): GitHubServer => {
  if (!gh) throw new Error("the fake GitHub API did not start");
  return gh;
};

const ORDERS = "  def change\n    create_table :orders do |t|\n      t.string :sku\n    end\n  end";
const ORDERS_CHANGED =
  "  def change\n    create_table :orders do |t|\n      t.string :sku\n      t.integer :qty\n    end\n  end";

async function appWith(
  name: string,
  version: string,
  migration: string,
  body: string,
): Promise<{ app: App; path: string }> {
  const app = await apps!.rails(name);
  const path = railsMigration(app.dir, version, migration, body);
  return { app, path };
}

function deploy(app: App, environment: string, extra: Record<string, string> = {}) {
  return runAction({
    inputs: deployInputs(servers, app.dir, { environment, token: "ghs_deploy_token", ...extra }),
    env: { GITHUB_API_URL: api().url, GITHUB_SHA: "d".repeat(40), GITHUB_RUN_ID: "4242" },
  });
}

const migrateDeploys = (environment: string) =>
  api().deployments.filter((d) => d.environment === environment && d.task === "migrate");

describe("require-applied-in", () => {
  let blob = "";

  it("a staging deploy records what it applied: id, path, blob, result, environment, run URL", async () => {
    const { app, path } = await appWith("staging1", "20250101000000", "create_orders", ORDERS);
    blob = gitBlobSha(readFileSync(join(app.dir, path)));
    const run = await deploy(app, "staging");
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(await versions(servers.pg, app.db)).toContain("20250101000000");
    const [d] = migrateDeploys("staging");
    expect(d).toBeDefined();
    expect(d.auto_merge).toBe(false);
    expect(d.required_contexts).toEqual([]);
    expect(d.ref).toBe("d".repeat(40));
    expect(d.payload).toEqual({
      environment: "staging",
      runUrl: "https://github.com/acme/shop/actions/runs/4242",
      migrations: [{ id: "20250101000000", path, blob, result: "applied" }],
    });
    expect(d.statuses.map((s) => s.state)).toEqual(["success"]);
    expect(d.statuses[0].log_url).toBe("https://github.com/acme/shop/actions/runs/4242");
  }, 240_000);

  it("production runs the same bytes, and records its own deploy", async () => {
    const { app } = await appWith("prod-same", "20250101000000", "create_orders", ORDERS);
    const run = await deploy(app, "production", { "require-applied-in": "staging" });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.exitCode).toBe(0);
    expect(await versions(servers.pg, app.db)).toContain("20250101000000");
    expect(await tables(servers.pg, app.db)).toContain("orders");
    expect(
      migrateDeploys("production")
        .at(-1)
        ?.statuses.map((s) => s.state),
    ).toEqual(["success"]);
  }, 240_000);

  it("production blocks bytes changed after staging, even with allow-destructive, and says which and where", async () => {
    const { app, path } = await appWith("prod-changed", "20250101000000", "create_orders", ORDERS_CHANGED);
    const run = await deploy(app, "production", {
      "require-applied-in": "staging",
      "allow-destructive": "true",
    });
    expect(resultOf(run, "blocked")).toBe("blocked");
    expect(run.exitCode).not.toBe(0);
    expect(run.summary).toContain(path);
    expect(run.summary).toContain("staging");
    expect(run.summary).toContain(gitBlobSha(readFileSync(join(app.dir, path))).slice(0, 12));
    expect(await versions(servers.pg, app.db)).not.toContain("20250101000000");
    expect(await tables(servers.pg, app.db)).not.toContain("orders");
  }, 240_000);

  it("skip-promotion-check: true lets it run, and the summary says so loudly", async () => {
    const { app } = await appWith("prod-skip", "20250101000000", "create_orders", ORDERS_CHANGED);
    const run = await deploy(app, "production", {
      "require-applied-in": "staging",
      "skip-promotion-check": "true",
    });
    expect(resultOf(run, "migrated")).toBe("migrated");
    expect(run.summary).toContain("PROMOTION CHECK SKIPPED");
    expect(await tables(servers.pg, app.db)).toContain("orders");
  }, 240_000);

  it("production blocks what staging failed to apply", async () => {
    const body = '  def change\n    create_table :invoices\n    execute "SELECT 1/0"\n  end';
    const staging = await appWith("staging-fails", "20250202000000", "create_invoices", body);
    const first = await deploy(staging.app, "staging");
    expect(first.outputs.result).not.toBe("migrated");
    expect(await versions(servers.pg, staging.app.db)).not.toContain("20250202000000");
    const failed = migrateDeploys("staging").at(-1)!;
    expect(failed.statuses.map((s) => s.state)).toEqual(["failure"]);
    const prod = await appWith("prod-after-failure", "20250202000000", "create_invoices", body);
    const run = await deploy(prod.app, "production", { "require-applied-in": "staging" });
    expect(resultOf(run, "blocked")).toBe("blocked");
    expect(run.summary).toContain(prod.path);
    expect(await versions(servers.pg, prod.app.db)).not.toContain("20250202000000");
    expect(await tables(servers.pg, prod.app.db)).not.toContain("invoices");
  }, 240_000);

  it("production blocks when the deployments cannot be read, naming the permission", async () => {
    const { app } = await appWith("prod-api-error", "20250101000000", "create_orders", ORDERS);
    api().fail("GET", /\/deployments$/, 403, 1);
    const run = await deploy(app, "production", { "require-applied-in": "staging" });
    expect(resultOf(run, "blocked")).toBe("blocked");
    expect(run.summary).toContain("deployments: read");
    expect(blob).not.toBe("");
    expect(await versions(servers.pg, app.db)).not.toContain("20250101000000");
    expect(await tables(servers.pg, app.db)).not.toContain("orders");
  }, 240_000);
});
