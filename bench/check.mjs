// Issue 3's figure: `command: check`, base to report, on a pull request of 2,000 migration files (every
// framework we read) in a 20,000-commit repository. Runs the bundled action as the runner does. Target < 3 s;
// exits non-zero when it is missed.
// The repository is built once with `git fast-import` and cached under .bench/ (delete it to rebuild).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusEntries } from "./corpus.mjs";
import { actionNode, load, targets } from "./measure.mjs";

const root = new URL("..", import.meta.url).pathname;
const action = join(process.env.MG_DIST_DIR ?? join(root, "dist"), "index.js");
const COMMITS = Number(process.env.BENCH_COMMITS ?? 20000);
const FILES = Number(process.env.BENCH_PR_FILES ?? 2000);
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const repo = join(root, ".bench", `check-repo-${COMMITS}-${FILES}-v1`);
const runtime = actionNode();

function git(args, options = {}) {
  const r = spawnSync("git", args, { cwd: repo, encoding: "utf8", maxBuffer: 1 << 28, ...options });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** One fast-import stream: history on main (with 200 migrations already merged), then the PR branch. */
function buildRepo() {
  const started = Date.now();
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  git(["init", "-q", "-b", "main"]);
  const chunks = [];
  const data = (text) => {
    const bytes = Buffer.byteLength(text);
    chunks.push(`data ${bytes}\n${text}\n`);
  };
  const who = (n) => `Bench <bench@example.com> ${1600000000 + n * 60} +0000`;
  let mark = 0;
  for (let i = 1; i <= COMMITS; i++) {
    chunks.push(`commit refs/heads/main\nmark :${++mark}\ncommitter ${who(i)}\n`);
    data(`change ${i}`);
    if (i > 1) chunks.push(`from :${mark - 1}\n`);
    chunks.push(`M 100644 inline src/module${i % 400}/file${i % 37}.txt\n`);
    data(`revision ${i}\n`);
    if (i === 1) {
      for (const [path, text] of corpusEntries(200, 1)) {
        chunks.push(`M 100644 inline ${path}\n`);
        data(text);
      }
    }
  }
  const mainMark = mark;
  chunks.push(`commit refs/heads/feature\ncommitter ${who(COMMITS + 1)}\n`);
  data(`add ${FILES} migrations`);
  chunks.push(`from :${mainMark}\n`);
  for (const [path, text] of corpusEntries(FILES, 100000)) {
    chunks.push(`M 100644 inline ${path}\n`);
    data(text);
  }
  chunks.push("done\n");
  const r = spawnSync("git", ["fast-import", "--quiet", "--done"], {
    cwd: repo,
    input: chunks.join(""),
    maxBuffer: 1 << 28,
  });
  if (r.status !== 0) throw new Error(`git fast-import failed: ${r.stderr}`);
  git(["update-ref", "refs/remotes/origin/main", "refs/heads/main"]);
  writeFileSync(join(repo, ".git", "mg-bench-ready"), "");
  console.log(
    `built ${COMMITS}-commit repository in ${((Date.now() - started) / 1000).toFixed(1)} s: ${repo}`,
  );
}

if (!existsSync(join(repo, ".git", "mg-bench-ready"))) buildRepo();
else console.log(`using cached repository ${repo}`);
const base = git(["rev-parse", "main"]);
const head = git(["rev-parse", "feature"]);
const commits = git(["rev-list", "--count", "feature"]);

function runAction() {
  const dir = mkdtempSync(join(tmpdir(), "mg-bench-check-"));
  const files = {
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    GITHUB_STATE: join(dir, "state"),
    GITHUB_EVENT_PATH: join(dir, "event.json"),
  };
  for (const f of Object.values(files)) writeFileSync(f, "");
  const event = {
    pull_request: { number: 1, user: { login: "alice" }, base: { sha: base }, head: { sha: head } },
  };
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_WORKSPACE: repo,
    GITHUB_REPOSITORY: "acme/shop",
    // No token: the gate makes no request, so the figure is the check's own work.
    GITHUB_API_URL: "http://127.0.0.1:9",
    RUNNER_TEMP: dir,
    INPUT_TOKEN: "",
    INPUT_COMMENT: "never",
    INPUT_SARIF: join(dir, "out.sarif"),
    ...files,
  };
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    // BENCH_NODE_ARGS: node's own flags for the action (e.g. --cpu-prof --cpu-prof-dir=/tmp/prof) to profile it.
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
    const child = spawn(runtime.node, [...nodeArgs, action], {
      cwd: repo,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("exit", (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const outputs = readFileSync(files.GITHUB_OUTPUT, "utf8");
      rmSync(dir, { recursive: true, force: true });
      // 1 is expected: destructive migrations without an approval fail the step.
      if (code !== 0 && code !== 1)
        fail(new Error(`the action exited ${code}: ${stderr}\n${stdout.slice(-2000)}`));
      else done({ ms, code, stdout, outputs });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`load average at start: ${load()}; the action runs on node ${runtime.version} (action.yml's)`);
await runAction(); // warm the page cache
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await runAction());
const last = runs.at(-1);
const migrations = JSON.parse(/^migrations<<(.+)\n([\s\S]*?)\n\1$/m.exec(last.outputs)?.[2] ?? "[]");
const findings = /^findings<<(.+)\n(\d+)\n\1$/m.exec(last.outputs)?.[2] ?? "?";
const annotations = last.stdout.split("\n").filter((l) => /^::(error|warning|notice) file=/.test(l)).length;
const ms = median(runs.map((r) => r.ms));
console.log(
  `check, base → report: PR of ${FILES} migration files (${migrations.length} analysed, ${findings} findings, ` +
    `${annotations} annotations) in a ${commits}-commit repository`,
);
console.log(
  `wall time: median ${(ms / 1000).toFixed(2)} s over ${RUNS} runs (min ${(Math.min(...runs.map((r) => r.ms)) / 1000).toFixed(2)} s, exit ${last.code})`,
);
const goal = targets();
goal.check(`PR check of ${FILES} files (median)`, Number((ms / 1000).toFixed(2)), 3, " s");
console.log(`load average at end: ${load()}`);
process.exit(goal.exitCode());
