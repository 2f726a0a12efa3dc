// Figure for issue 4: on loopback, one guarded deploy with one trivial pending migration against a bare
// `ssh host 'cd app && rake db:migrate'`. Reports the overhead the guard adds and the SSH handshakes it makes
// (counted from sshd's own log: one "Accepted publickey" line per authenticated connection).
// Needs sshd, ssh-keygen, ruby with railties/activerecord/sqlite3, and a bundle (MG_DIST_DIR or dist/).
// Usage: node bench/deploy.mjs [--runs 5]   (BENCH_TRACE=1: print each guarded run with millisecond timestamps)
import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const runsFlag = process.argv.indexOf("--runs");
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const dist = resolve(process.env.MG_DIST_DIR ?? "dist");
if (!existsSync(join(dist, "index.js")))
  throw new Error(`no bundle at ${dist}: npm run build, or set MG_DIST_DIR`);
const root = mkdtempSync(join(tmpdir(), "mg-bench-deploy-"));

function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function write(path, text, mode) {
  mkdirSync(resolve(path, ".."), { recursive: true });
  writeFileSync(path, text);
  if (mode) chmodSync(path, mode);
}

// --- a minimal Rails 6.1 app on SQLite (no Gemfile: the system gems) --------------------------------------
const app = join(root, "app");
write(join(app, "config/boot.rb"), "# system gems\n");
write(
  join(app, "config/application.rb"),
  'require_relative "boot"\nrequire "rails"\nrequire "active_record/railtie"\nmodule BenchApp\n  class Application < Rails::Application\n    config.load_defaults 6.1\n    config.eager_load = false\n  end\nend\n',
);
write(join(app, "config/environment.rb"), 'require_relative "application"\nRails.application.initialize!\n');
write(
  join(app, "config/database.yml"),
  "development:\n  adapter: sqlite3\n  database: db/development.sqlite3\n",
);
write(join(app, "Rakefile"), 'require_relative "config/application"\nRails.application.load_tasks\n');
write(
  join(app, "bin/rails"),
  '#!/usr/bin/env ruby\nAPP_PATH = File.expand_path("../config/application", __dir__)\nrequire_relative "../config/boot"\nrequire "rails/commands"\n',
  0o755,
);
write(
  join(app, "db/migrate/20240101000000_create_users.rb"),
  "class CreateUsers < ActiveRecord::Migration[6.1]\n  def change\n    create_table :users do |t|\n      t.string :name\n    end\n  end\nend\n",
);
execFileSync("bin/rails", ["db:migrate"], { cwd: app, stdio: "ignore" });
const baseline = join(root, "baseline.sqlite3");
copyFileSync(join(app, "db/development.sqlite3"), baseline);
write(
  join(app, "db/migrate/20240102000000_add_email_to_users.rb"),
  "class AddEmailToUsers < ActiveRecord::Migration[6.1]\n  def change\n    add_column :users, :email, :string\n  end\nend\n",
);
const reset = () => copyFileSync(baseline, join(app, "db/development.sqlite3"));

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
      `cd ${app} && rake db:migrate`,
    ],
    { encoding: "utf8" },
  );
}

function guarded() {
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
    // The bench app is SQLite, and this figure is the guard's own cost; backup time is bench/backup.mjs's.
    INPUT_BACKUP: "never",
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
const rows = { bare: [], guarded: [], status: [], handshakes: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    reset();
    const b = time(bare);
    if (b.result.status !== 0) throw new Error(`bare ssh deploy failed: ${b.result.stderr}`);
    rows.bare.push(b.ms);
    reset();
    const before = handshakes();
    const g = time(guarded);
    if (g.result.status !== 0 || !/migrated/.test(g.result.outputs))
      throw new Error(`guarded deploy failed: ${g.result.stdout}\n${g.result.stderr}`);
    await new Promise((r) => setTimeout(r, 200));
    rows.guarded.push(g.ms);
    rows.handshakes.push(handshakes() - before);
    // What reading the pending list from the database costs by itself (one more framework boot).
    rows.status.push(time(() => spawnSync("bin/rails", ["db:migrate:status"], { cwd: app })).ms);
  }
  const figures = {
    runs: RUNS,
    bareMs: Math.round(median(rows.bare)),
    guardedMs: Math.round(median(rows.guarded)),
    overheadMs: Math.round(median(rows.guarded) - median(rows.bare)),
    statusCommandMs: Math.round(median(rows.status)),
    overheadBeyondStatusMs: Math.round(median(rows.guarded) - median(rows.bare) - median(rows.status)),
    sshHandshakesPerDeploy: Math.max(...rows.handshakes),
  };
  console.log(JSON.stringify(figures, null, 2));
  console.log(
    `deploy overhead: ${figures.overheadMs} ms over a bare ssh+rake (${figures.bareMs} ms), of which ${figures.statusCommandMs} ms is the ` +
      `status command that reads pending migrations from the database; SSH handshakes per deploy: ${figures.sshHandshakesPerDeploy}`,
  );
} finally {
  sshd.kill("SIGTERM");
  rmSync(root, { recursive: true, force: true });
}
