// `npm run lint` checks every workflow a user may copy (examples/ and the YAML blocks of README/docs) with
// actionlint: a broken one must fail the lint and be named by file and line.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const script = join(process.cwd(), "scripts", "lint-workflows.mjs");
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "mg-lint-workflows-"));
  mkdirSync(join(root, "examples", "workflows"), { recursive: true });
  mkdirSync(join(root, "docs"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const lint = () => spawnSync(process.execPath, [script, root], { encoding: "utf8" });

const goodWorkflow = [
  "on: push",
  "jobs:",
  "  check:",
  "    runs-on: ubuntu-latest",
  "    steps:",
  "      - uses: actions/checkout@v5",
  "",
].join("\n");

it("passes clean workflows and counts what it checked", () => {
  writeFileSync(join(root, "examples", "workflows", "ok.yml"), goodWorkflow);
  writeFileSync(
    join(root, "README.md"),
    "# x\n\n```yaml\n" + goodWorkflow + "```\n\n```yaml\ndatabase: postgresql\n```\n",
  );
  const run = lint();
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("2 workflows, 1 other YAML blocks, 0 problems");
});

it("fails on a workflow problem in an example, naming the file and line", () => {
  // An untrusted value spliced into a script: the injection actionlint reports.
  const bad = goodWorkflow + "      - run: echo ${{ github.event.pull_request.title }}\n";
  writeFileSync(join(root, "examples", "workflows", "bad.yml"), bad);
  const run = lint();
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/examples\/workflows\/bad\.yml:7:\d+: .*untrusted/);
});

it("maps a problem in a README block to the README's own line", () => {
  writeFileSync(join(root, "examples", "workflows", "ok.yml"), goodWorkflow);
  const block = goodWorkflow.replace(
    "runs-on: ubuntu-latest",
    "runs-on: ubuntu-latest\n    timeout-minutes: soon",
  );
  writeFileSync(join(root, "README.md"), "# x\n\ntext\n\n```yaml\n" + block + "```\n");
  const run = lint();
  expect(run.status).toBe(1);
  // The block starts on README line 6; `timeout-minutes` is its 5th line, and not a number.
  expect(run.stderr).toMatch(/README\.md:10:\d+: .*float number/);
});

it("fails on a YAML block that does not parse, and when there is no workflow at all", () => {
  writeFileSync(join(root, "docs", "x.md"), "```yaml\nkey: [unclosed\n```\n");
  const run = lint();
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/docs\/x\.md:\d+: YAML does not parse/);
  expect(run.stderr).toMatch(/no workflow found/);
});
