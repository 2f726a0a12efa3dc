// Runs the bundled action exactly as the Actions runner does: `node dist/index.js` on the node action.yml names
// (see actionNode), with INPUT_* env and the GITHUB_* files, from a copy of dist/ with no node_modules beside it
// (what ships is what is tested).
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** The post step's run, when `post: true`. */
  post?: Omit<ActionRun, "post">;
}

export interface RunActionOptions {
  inputs: Record<string, string>;
  event?: unknown;
  eventName?: string;
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE and the process cwd. */
  cwd?: string;
  /** Run the post step afterwards with the saved state, as the runner does. */
  post?: boolean;
  timeoutMs?: number;
  /** The script the action.yml names, in dist/: `index.js` (top level) or a sub-action's `check.js`, … */
  entry?: string;
  /** Called with the child's pid once started (to kill it mid-run in tests). */
  onSpawn?: (pid: number) => void;
}

let bundleDir: string | undefined;

/**
 * The node the runner starts the action with (action.yml's `runs.using`), installed by
 * `scripts/install-tool.sh action-node`; MG_ACTION_NODE names another. There is no fallback to the node running the
 * tests: a run on another version would pass or fail for that version, not for the one that ships.
 */
export function actionNode(): string {
  const node = process.env.MG_ACTION_NODE ?? resolve(".cache/action-node/bin/node");
  if (!existsSync(node))
    throw new Error(
      `No node for the action at ${node}: run \`bash scripts/install-tool.sh action-node\` (npm test does), or set MG_ACTION_NODE.`,
    );
  return node;
}

/** A private copy of the bundle: MG_DIST_DIR (a build elsewhere) or the committed dist/. */
export function bundle(): string {
  if (bundleDir) return bundleDir;
  const source = resolve(process.env.MG_DIST_DIR ?? join(process.cwd(), "dist"));
  if (!existsSync(join(source, "index.js"))) {
    throw new Error(`No bundle at ${source}: run \`npm run build\` (or set MG_DIST_DIR to a build).`);
  }
  const dir = join(mkdtempSync(join(tmpdir(), "mg-bundle-")), "dist");
  cpSync(source, dir, { recursive: true });
  bundleDir = dir;
  return dir;
}

/** `key<<delim\nvalue\ndelim` and `key=value` records, as @actions/core writes GITHUB_OUTPUT and GITHUB_STATE. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      out[key] = value.join("\n");
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  return env;
}

async function step(
  script: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number,
  onSpawn?: (pid: number) => void,
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = execFile(
      actionNode(),
      [script],
      { env, cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ exitCode: code, stdout, stderr });
      },
    );
    if (child.pid !== undefined) onSpawn?.(child.pid);
  });
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const dist = bundle();
  const dir = mkdtempSync(join(tmpdir(), "mg-run-"));
  const files = {
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    GITHUB_STATE: join(dir, "state"),
    GITHUB_EVENT_PATH: join(dir, "event.json"),
  };
  for (const f of Object.values(files)) writeFileSync(f, "");
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}));
  const runnerTemp = join(dir, "runner-temp");
  mkdirSync(runnerTemp);
  const cwd = options.cwd ?? dir;
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/root",
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: options.eventName ?? "pull_request",
    GITHUB_WORKSPACE: cwd,
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_SHA: "0000000000000000000000000000000000000000",
    GITHUB_RUN_ID: "1",
    GITHUB_API_URL: "http://127.0.0.1:9",
    GITHUB_SERVER_URL: "https://github.com",
    RUNNER_TEMP: runnerTemp,
    ...files,
    ...inputEnv(options.inputs),
    ...(options.env ?? {}),
  };
  const timeoutMs = options.timeoutMs ?? 60_000;
  const script = join(dist, options.entry ?? "index.js");
  const main = await step(script, base, cwd, timeoutMs, options.onSpawn);
  const result: ActionRun = {
    ...main,
    outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, "utf8")),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
    state: parseCommandFile(readFileSync(files.GITHUB_STATE, "utf8")),
  };
  if (options.post) {
    const stateEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(result.state)) stateEnv[`STATE_${k}`] = v;
    writeFileSync(files.GITHUB_OUTPUT, "");
    const post = await step(script, { ...base, ...stateEnv }, cwd, timeoutMs);
    result.post = {
      ...post,
      outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, "utf8")),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
      state: {},
    };
  }
  return result;
}

/**
 * The run's `result`, or when it is not `expected`, the result with the summary and the end of the log after it:
 * an assertion on it that fails shows why the deploy ended as it did (a one-off failure in CI is then readable).
 */
export function resultOf(run: ActionRun, expected: string): string {
  const result = run.outputs.result ?? `(no result; exit ${run.exitCode})`;
  if (result === expected) return result;
  return `${result}\n--- summary\n${run.summary}\n--- log (end)\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`;
}
