// The npm package as a user gets it: `npm pack`, the tarball installed into an empty folder (from the local
// npm cache where it can, no project around it), and `npx migration-guard analyze` run there on a migration.
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const DROP = `class RemoveLegacyEmail < ActiveRecord::Migration[6.1]
  def change
    remove_column :users, :legacy_email, :string
  end
end
`;

/** A command's output and exit status (a non-zero exit is a result here, not a throw). */
async function sh(cmd: string, args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(cmd, args, { cwd, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: `${e.stdout ?? ""}${e.stderr ?? ""}` };
  }
}

describe("npm package", () => {
  const work = mkdtempSync(join(tmpdir(), "mg-pack-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let tarball = "";
  let listing: string[] = [];

  beforeAll(async () => {
    const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, packed.filename);
    listing = packed.files.map((f) => f.path);
  }, 120_000);

  it("holds the bundle, the action and the notices, not the sources or tests", () => {
    for (const path of ["dist/cli.js", "dist/index.js", "action.yml", "LICENSE", "CHANGELOG.md", "README.md"])
      expect(listing).toContain(path);
    expect(listing.some((p) => p.endsWith(".wasm"))).toBe(true);
    expect(listing.filter((p) => /^(src|__tests__|__fixtures__|bench|scripts)\//.test(p))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.optionalDependencies ?? {}).toEqual({});
    expect(pkg.engines).toEqual({ node: ">=20" });
    expect(pkg.license).toBe("MIT");
  });

  it("installs into an empty folder and `npx migration-guard analyze` works there", async () => {
    const home = mkdtempSync(join(work, "user-"));
    const install = await sh(
      "npm",
      ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball],
      home,
    );
    expect(install.code).toBe(0);
    // Nothing but the package itself comes along: no runtime dependency, and no tool of the benches (squawk's
    // 25 MB binary was an optional dependency, which npm installs for users too).
    const installed = readdirSync(join(home, "node_modules")).filter((n) => !n.startsWith("."));
    expect(installed).toEqual(["migration-guard"]);

    writeFileSync(join(home, "20240101000000_remove_legacy_email.rb"), DROP);
    const analyze = await sh(
      "npx",
      ["--no-install", "migration-guard", "analyze", "--framework", "rails", "--format", "json", "."],
      home,
    );
    expect(analyze.code).toBe(1);
    const report = JSON.parse(analyze.stdout) as { files: { findings: { rule: string }[] }[] };
    expect(report.files[0].findings.map((f) => f.rule)).toContain("drop-column");

    const version = await sh("npx", ["--no-install", "migration-guard", "--version"], home);
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version,
    );
  }, 180_000);
});
