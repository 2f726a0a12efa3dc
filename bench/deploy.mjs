// Figures for issues 4 and 13: on loopback, one guarded deploy of a Rails 6.1 app on PostgreSQL with one trivial
// pending migration, against a bare `ssh host 'cd app && bin/rails db:migrate'` (the same command the preset
// runs), with and without the backup. Reports and enforces (exit 1 when one is missed):
//   - the overhead over the bare migrate: < 0.3 s (OVERHEAD_TARGET_MS);
//   - SSH handshakes per deploy: 1 (counted from sshd's own log: one "Accepted publickey" per connection);
//   - app boots per deploy: 1 (counted from the host: the fixture app adds a line to log/boots.log per boot).
// Needs sshd, ssh-keygen, PostgreSQL (runuser postgres), ruby with Rails 6.1 and pg, and a bundle (MG_DIST_DIR
// or dist/). Usage: node bench/deploy.mjs [--runs 5]   (BENCH_TRACE=1: each guarded run with timestamps)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort, startCluster } from "./pg.mjs";

const OVERHEAD_TARGET_MS = 300;
const runsFlag = process.argv.indexOf("--runs");
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const dist = resolve(process.env.MG_DIST_DIR ?? "dist");
if (!existsSync(join(dist, "index.js")))
  throw new Error(`no bundle at ${dist}: npm run build, or set MG_DIST_DIR`);
const root = mkdtempSync(join(tmpdir(), "mg-bench-deploy-"));
const { bin, port: pgPort, stop: stopPg } = await startCluster(root);

function write(path, text) {
  mkdirSync(resolve(path, ".."), { recursive: true });
  writeFileSync(path, text);
}

// --- the fixture Rails 6.1 app (system gems) on PostgreSQL; its boots counted in log/boots.log ------------
const app = join(root, "app");
cpSync(resolve("__fixtures__/apps/rails61"), app, { recursive: true });
write(
  join(app, "config/database.yml"),
  `development:\n  url: postgres://postgres@127.0.0.1:${pgPort}/bench\n`,
);
const pg = (args) =>
  execFileSync(
    join(bin, args[0]),
    ["-h", "127.0.0.1", "-p", String(pgPort), "-U", "postgres", ...args.slice(1)],
    {
      stdio: "ignore",
    },
  );
pg(["createdb", "bench"]);
execFileSync("bin/rails", ["db:migrate"], { cwd: app, stdio: "ignore" });
pg([
  "psql",
  "-q",
  "-d",
  "bench",
  "-c",
  "INSERT INTO users (name) SELECT 'user ' || g FROM generate_series(1, 1000) g",
]);
pg(["createdb", "-T", "bench", "bench_baseline"]);
write(
  join(app, "db/migrate/20240102000000_add_email_to_users.rb"),
  "class AddEmailToUsers < ActiveRecord::Migration[6.1]\n  def change\n    add_column :users, :email, :string\n  end\nend\n",
);
const reset = () => {
  pg(["dropdb", "--force", "bench"]);
  pg(["createdb", "-T", "bench_baseline", "bench"]);
};
const bootsFile = join(app, "log/boots.log");
write(bootsFile, "");
const boots = () => readFileSync(bootsFile, "utf8").split("\n").filter(Boolean).length;

// --- sshd on loopback with its own host key -----------------------------------------------------------------
execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(root, "host_key")]);
execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(root, "client_key")]);
copyFileSync(join(root, "client_key.pub"), join(root, "authorized_keys"));
const port = await freePort();
const user = process.env.USER || spawnSync("id", ["-un"], { encoding: "utf8" }).stdout.trim();
const sshdLog = join(root, "sshd.log");
write(
  join(root, "sshd_config"),
  [
    `Port ${port}`,
    "ListenAddress 127.0.0.1",
    `HostKey ${join(root, "host_key")}`,
    `AuthorizedKeysFile ${join(root, "authorized_keys")}`,
    `PidFile ${join(root, "sshd.pid")}`,
    "PasswordAuthentication no",
    "KbdInteractiveAuthentication no",
    "PermitRootLogin prohibit-password",
    "StrictModes no",
    "UsePAM no",
    "LogLevel VERBOSE",
    "",
  ].join("\n"),
);
mkdirSync("/run/sshd", { recursive: true });
const sshd = spawn("/usr/sbin/sshd", ["-D", "-f", join(root, "sshd_config"), "-E", sshdLog], {
  stdio: "ignore",
});
const knownHosts = `[127.0.0.1]:${port} ${readFileSync(join(root, "host_key.pub"), "utf8").split(" ").slice(0, 2).join(" ")}\n`;
write(join(root, "known_hosts"), knownHosts);
for (let i = 0; i < 50 && !existsSync(join(root, "sshd.pid")); i++)
  await new Promise((r) => setTimeout(r, 100));

const handshakes = () =>
  existsSync(sshdLog) ? (readFileSync(sshdLog, "utf8").match(/Accepted publickey/g)?.length ?? 0) : 0;
const time = (fn) => {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
};

function bare() {
  return spawnSync(
    "ssh",
    [
      "-i",
      join(root, "client_key"),
      "-o",
      "IdentitiesOnly=yes",
      "-o",
      `UserKnownHostsFile=${join(root, "known_hosts")}`,
      "-o",
      "StrictHostKeyChecking=yes",
      "-o",
      "BatchMode=yes",
      "-p",
      String(port),
      `${user}@127.0.0.1`,
      `cd ${app} && bin/rails db:migrate`,
    ],
    { encoding: "utf8" },
  );
}

function guarded(backup) {
  const dir = mkdtempSync(join(root, "run-"));
  for (const f of ["output", "summary", "state"]) writeFileSync(join(dir, f), "");
  mkdirSync(join(dir, "temp"));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    GITHUB_STATE: join(dir, "state"),
    RUNNER_TEMP: join(dir, "temp"),
    INPUT_COMMAND: "deploy",
    INPUT_ENVIRONMENT: "production",
    INPUT_HOST: "127.0.0.1",
    INPUT_PORT: String(port),
    INPUT_USER: user,
    "INPUT_SSH-KEY": readFileSync(join(root, "client_key"), "utf8"),
    "INPUT_KNOWN-HOSTS": knownHosts,
    "INPUT_APP-DIR": app,
    INPUT_FRAMEWORK: "rails",
    INPUT_BACKUP: backup ? "always" : "never",
    "INPUT_BACKUP-DIR": join(root, "backups"),
  };
  const run = process.env.BENCH_TRACE
    ? spawnSync(
        "bash",
        [
          "-c",
          'echo "$(date +%s%3N) start"; "$0" "$1" 2>&1 | while IFS= read -r l; do echo "$(date +%s%3N) $l"; done',
          process.execPath,
          join(dist, "index.js"),
        ],
        { env, encoding: "utf8" },
      )
    : spawnSync(process.execPath, [join(dist, "index.js")], { env, encoding: "utf8" });
  if (process.env.BENCH_TRACE) console.log(run.stdout);
  if (process.env.BENCH_TRACE) console.log(readFileSync(join(dir, "summary"), "utf8"));
  return { ...run, outputs: readFileSync(join(dir, "output"), "utf8") };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = { bare: [], never: [], always: [], handshakes: [], boots: [], bareBoots: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    reset();
    let b0 = boots();
    const b = time(bare);
    if (b.result.status !== 0) throw new Error(`bare ssh deploy failed: ${b.result.stderr}`);
    rows.bare.push(b.ms);
    rows.bareBoots.push(boots() - b0);
    for (const backup of [false, true]) {
      reset();
      const before = handshakes();
      b0 = boots();
      const g = time(() => guarded(backup));
      if (g.result.status !== 0 || !/result=migrated|migrated/.test(g.result.outputs))
        throw new Error(`guarded deploy failed: ${g.result.stdout}\n${g.result.stderr}`);
      rows[backup ? "always" : "never"].push(g.ms);
      rows.boots.push(boots() - b0);
      await new Promise((r) => setTimeout(r, 200));
      rows.handshakes.push(handshakes() - before);
    }
  }
  const bareMs = median(rows.bare);
  const figures = {
    runs: RUNS,
    bareMs: Math.round(bareMs),
    guardedMs: Math.round(median(rows.never)),
    guardedWithBackupMs: Math.round(median(rows.always)),
    overheadMs: Math.round(median(rows.never) - bareMs),
    overheadWithBackupMs: Math.round(median(rows.always) - bareMs),
    sshHandshakesPerDeploy: Math.max(...rows.handshakes),
    appBootsPerDeploy: Math.max(...rows.boots),
    appBootsPerBareMigrate: Math.max(...rows.bareBoots),
  };
  console.log(JSON.stringify(figures, null, 2));
  console.log(
    `deploy (Rails 6.1, PostgreSQL, loopback): bare ssh + bin/rails db:migrate ${figures.bareMs} ms; guarded ` +
      `${figures.guardedMs} ms (overhead ${figures.overheadMs} ms), with backup ${figures.guardedWithBackupMs} ms ` +
      `(overhead ${figures.overheadWithBackupMs} ms); SSH handshakes per deploy: ${figures.sshHandshakesPerDeploy}; ` +
      `app boots per deploy: ${figures.appBootsPerDeploy} (bare: ${figures.appBootsPerBareMigrate})`,
  );
  const missed = [
    figures.overheadMs >= OVERHEAD_TARGET_MS &&
      `overhead ${figures.overheadMs} ms >= ${OVERHEAD_TARGET_MS} ms`,
    figures.overheadWithBackupMs >= OVERHEAD_TARGET_MS &&
      `overhead with backup ${figures.overheadWithBackupMs} ms >= ${OVERHEAD_TARGET_MS} ms`,
    figures.sshHandshakesPerDeploy !== 1 &&
      `SSH handshakes per deploy ${figures.sshHandshakesPerDeploy} != 1`,
    figures.appBootsPerDeploy !== 1 && `app boots per deploy ${figures.appBootsPerDeploy} != 1`,
  ].filter(Boolean);
  for (const m of missed) console.log(`TARGET MISSED: ${m}`);
  if (missed.length) process.exitCode = 1;
} finally {
  sshd.kill("SIGTERM");
  stopPg();
}
