// The bundled CLI as a terminal user, an editor and pre-commit meet it: version, help per command, one-line
// errors, colour only where it belongs, --quiet, a migration on stdin, and the pre-commit hook's file pattern.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { bundle } from "./helpers/run-action.js";

const root = new URL("..", import.meta.url).pathname;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** The bundled CLI with `args`, `input` on stdin, and only the environment given (no inherited colour vars). */
function cli(args: string[], opts: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  return new Promise<Result>((done) => {
    const child = spawn(process.execPath, [join(bundle(), "cli.js"), ...args], {
      cwd: opts.cwd ?? root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...opts.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => done({ code: code ?? 99, stdout, stderr }));
    child.stdin.end(opts.input ?? "");
  });
}

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mg-cli-ux-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const DROP = `class RemoveLegacyEmail < ActiveRecord::Migration[6.1]
  def change
    remove_column :users, :legacy_email, :string
  end
end
`;
const SAFE = `class CreateWidgets < ActiveRecord::Migration[6.1]
  def change
    create_table :widgets do |t|
      t.string :name
    end
  end
end
`;
const ESC = "\u001b[";

describe("CLI: version and help", () => {
  it("-V and --version print package.json's version", async () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    for (const flag of ["-V", "--version"]) {
      const r = await cli([flag]);
      expect(r).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: "" });
    }
  });

  it("each command has its own --help (and `help COMMAND`), exit 0", async () => {
    const analyze = await cli(["analyze", "--help"]);
    expect(analyze.code).toBe(0);
    expect(analyze.stdout).toMatch(/^Usage: migration-guard analyze /);
    expect(analyze.stdout).toMatch(/-q, --quiet/);
    expect(analyze.stdout).toMatch(/--stdin-filename/);
    expect(analyze.stdout).not.toMatch(/--base/);
    const diff = await cli(["help", "diff"]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/^Usage: migration-guard diff --base REV/);
    const top = await cli(["--help"]);
    expect(top.stdout).toMatch(/Commands:\n {2}analyze +analyse/);
  });

  it("a usage error is one line and a hint, not the whole usage; exit 2", async () => {
    const unknownOption = await cli(["analyze", "--colour", "db"]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toBe(
      "migration-guard: Unknown option '--colour'.\nRun 'migration-guard analyze --help' for its options.\n",
    );
    const badValue = await cli(["diff", "--base", "HEAD", "--format", "xml"]);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr.trimEnd().split("\n")).toEqual([
      'migration-guard: --format must be text, json, sarif or gitlab; got "xml".',
      "Run 'migration-guard diff --help' for its options.",
    ]);
    const unknownCommand = await cli(["analyse", "db"]);
    expect(unknownCommand.code).toBe(2);
    expect(unknownCommand.stderr.trimEnd().split("\n")).toHaveLength(2);
    expect(unknownCommand.stderr).toMatch(/Unknown command "analyse"[^]*migration-guard --help/);
  });
});

describe("CLI: output", () => {
  const dir = tree({
    "db/migrate/20240101000000_remove_legacy_email.rb": DROP,
    "db/migrate/20240101000001_create_widgets.rb": SAFE,
  });

  it("plain when piped; coloured with FORCE_COLOR; plain again with FORCE_COLOR=0", async () => {
    const piped = await cli(["analyze", "db"], { cwd: dir });
    expect(piped.code).toBe(1);
    expect(piped.stdout).not.toContain(ESC);
    const forced = await cli(["analyze", "db"], { cwd: dir, env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(`${ESC}31merror${ESC}39m`);
    // Without its escapes, the coloured report is the plain one.
    // eslint-disable-next-line no-control-regex
    expect(forced.stdout.replace(/\u001b\[[0-9;]*m/g, "")).toBe(piped.stdout);
    const off = await cli(["analyze", "db"], { cwd: dir, env: { FORCE_COLOR: "0" } });
    expect(off.stdout).toBe(piped.stdout);
  });

  it("coloured on a terminal, unless NO_COLOR is set", () => {
    // `script` gives the CLI a real pseudo-terminal as stdout.
    const onTty = (env: string) =>
      execFileSync(
        "script",
        [
          "-qec",
          `env -i PATH="$PATH" ${env} ${process.execPath} ${join(bundle(), "cli.js")} analyze db || true`,
          "/dev/null",
        ],
        { cwd: dir, encoding: "utf8" },
      );
    expect(onTty("")).toContain(`${ESC}31merror`);
    expect(onTty("NO_COLOR=1")).not.toContain(ESC);
  });

  it("--quiet prints only the files with findings, no totals; the exit status is unchanged", async () => {
    const quiet = await cli(["analyze", "--quiet", "db"], { cwd: dir });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toMatch(/^db\/migrate\/20240101000000_remove_legacy_email\.rb \[rails\]\n/);
    expect(quiet.stdout).not.toMatch(/create_widgets|no findings|analysed/);
    const clean = await cli(["analyze", "-q", "db/migrate/20240101000001_create_widgets.rb"], { cwd: dir });
    expect(clean).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });
});

describe("CLI: a migration on stdin", () => {
  it("reads `-` with --framework; reports show - or --stdin-filename", async () => {
    const r = await cli(["analyze", "--framework", "rails", "--format", "json", "-"], { input: DROP });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string }[] }[] };
    expect(report.files.map((f) => f.path)).toEqual(["-"]);
    expect(report.files[0].findings.map((f) => f.rule)).toContain("drop-column");
    const named = await cli(
      ["analyze", "--framework", "rails", "--stdin-filename", "db/migrate/1_x.rb", "-"],
      { input: SAFE },
    );
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^db\/migrate\/1_x\.rb \[rails\]\n {2}no findings/);
  });

  it("without --framework, `-` is a usage error: a name alone cannot tell the framework", async () => {
    const r = await cli(["analyze", "-"], { input: DROP });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/stdin \(-\) needs --framework/);
    expect(r.stdout).toBe("");
  });
});

describe("pre-commit hook (.pre-commit-hooks.yaml)", () => {
  const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as {
    id: string;
    entry: string;
    language: string;
    files: string;
  }[];
  const hook = hooks.find((h) => h.id === "migration-guard")!;
  const pattern = new RegExp(hook.files);

  it("is a node hook running the CLI's analyze", () => {
    expect(hook.language).toBe("node");
    expect(hook.entry).toBe("migration-guard analyze");
  });

  it("matches each framework's migrations and not the code beside them", () => {
    for (const path of [
      "db/migrate/20240101000000_x.rb",
      "db/analytics_migrate/20240101000000_x.rb",
      "shop/migrations/0003_remove_field.py",
      "alembic/versions/abc123_drop.py",
      "database/migrations/2024_03_01_000000_x.php",
      "priv/repo/migrations/20240101_x.exs",
      "prisma/migrations/20240301_x/migration.sql",
      "migrations/000001_x.up.sql",
      "db/V2__add_plan.sql",
      "migrations/20240101_x.js",
    ])
      expect([path, pattern.test(path)]).toEqual([path, true]);
    for (const path of ["app/models/user.rb", "shop/migrations/__init__.py", "src/index.ts", "db/schema.rb"])
      expect([path, pattern.test(path)]).toEqual([path, false]);
  });

  it("every fixture migration it matches is analysed (exit 0 or 1, never the input error 2)", async () => {
    const files = execFileSync("git", ["ls-files", "__fixtures__"], { cwd: root, encoding: "utf8" })
      .split("\n")
      .filter((f) => pattern.test(f) && !f.startsWith("__fixtures__/apps/"));
    expect(files.length).toBeGreaterThan(100);
    const [command, ...args] = hook.entry.split(" ");
    expect(command).toBe("migration-guard");
    const r = await cli([...args, "--quiet", ...files]);
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
  });
});
