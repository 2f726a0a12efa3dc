// The build joins the supervisor's parts and embeds the one-boot runners' code (scripts/join-supervisor.mjs):
// the joined script must give bash the very text the source tree reads from the runner files, whatever
// quotes, backslashes, expansions and blank lines that text holds.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const join_ = resolve("scripts/join-supervisor.mjs");
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mg-join-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `script` with bash and returns what it wrote of RUNNER_A and RUNNER_B. */
function runnersSeenBy(script: string): [string, string] {
  const a = join(dir, `${script}.a`);
  const b = join(dir, `${script}.b`);
  execFileSync("bash", [join(dir, script), a, b]);
  return [readFileSync(a, "utf8"), readFileSync(b, "utf8")];
}

it("the joined script holds each runner's text as the source tree reads it", () => {
  mkdirSync(join(dir, "runners"));
  writeFileSync(
    join(dir, "supervisor.sh"),
    [
      "#!/usr/bin/env bash",
      `IFS= read -r -d '' RUNNER_A <"\${BASH_SOURCE[0]%/*}/runners/a.rb"`,
      `IFS= read -r -d '' RUNNER_B <"\${BASH_SOURCE[0]%/*}/runners/b.py"`,
      `printf '%s' "$RUNNER_A" >"$1"`,
      `printf '%s' "$RUNNER_B" >"$2"`,
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "runners", "a.rb"),
    "# the gate's decision, 'quoted', '\\'' and \\\\ \n" +
      'puts "#{x} $HOME $(touch /tmp/mg-join-never) `id` ${y}"\n' +
      "MG_EMBEDDED_END\n\n\n",
  );
  writeFileSync(join(dir, "runners", "b.py"), "print('it''s')\n# no newline at the end");
  // Named in the environment: the script runs its own command line when argv[1] is its path.
  const joined = execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      "const { joinSupervisor } = await import(process.env.JOIN); process.stdout.write(joinSupervisor(process.env.HOST_DIR));",
    ],
    { encoding: "utf8", env: { ...process.env, JOIN: join_, HOST_DIR: dir } },
  );
  expect(joined).not.toMatch(/runners\//); // embedded, not read from beside the script
  writeFileSync(join(dir, "joined.sh"), joined);

  const fromFiles = runnersSeenBy("supervisor.sh");
  expect(runnersSeenBy("joined.sh")).toEqual([
    // The trailing newlines as one: what the shipped script has always given the runner.
    fromFiles[0].replace(/\n+$/, "\n"),
    fromFiles[1] + "\n",
  ]);
  expect(fromFiles[0]).toContain("'\\''");
});
