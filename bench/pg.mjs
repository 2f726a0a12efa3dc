// A throwaway PostgreSQL cluster for the benchmarks: Debian's newest server, run as the `postgres` OS user,
// trust auth on 127.0.0.1 and a free port. `stop()` ends it and removes its files (also on process exit).
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

export function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const asPostgres = (argv) => ["runuser", ["-u", "postgres", "--", ...argv]];

/** Starts a cluster in `root/pg` (root is made world-readable for the postgres user). */
export async function startCluster(root, { settings = [] } = {}) {
  const base = "/usr/lib/postgresql";
  const major = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))[0]
    : undefined;
  if (!major) throw new Error(`no PostgreSQL server under ${base}`);
  const bin = join(base, major, "bin");
  chmodSync(root, 0o755);
  const pgdir = join(root, "pg");
  mkdirSync(pgdir);
  execFileSync("chown", ["postgres", pgdir]);
  const port = await freePort();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(
      ...asPostgres([join(bin, "pg_ctl"), "-D", join(pgdir, "data"), "-m", "immediate", "-w", "stop"]),
      {
        stdio: "ignore",
      },
    );
    rmSync(root, { recursive: true, force: true });
  };
  process.on("exit", stop);
  execFileSync(
    ...asPostgres([
      join(bin, "initdb"),
      "-D",
      join(pgdir, "data"),
      "-U",
      "postgres",
      "-A",
      "trust",
      "--no-sync",
    ]),
    { stdio: "ignore" },
  );
  execFileSync(
    ...asPostgres([
      join(bin, "pg_ctl"),
      "-D",
      join(pgdir, "data"),
      "-l",
      join(pgdir, "log"),
      "-w",
      "-o",
      [`-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${pgdir}`, ...settings].join(" "),
      "start",
    ]),
    { stdio: "ignore" },
  );
  return { bin, port, major, stop };
}
