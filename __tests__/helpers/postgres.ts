// A throwaway PostgreSQL cluster for the integration suites (Debian's PostgreSQL, /usr/lib/postgresql/<v>/bin):
// initdb and postgres run as the `postgres` OS user (both refuse root), data dir and socket in a temp dir,
// listening on 127.0.0.1 on a free port, trust auth (loopback only), durability off for speed. A cluster that
// cannot start throws: the suites fail, they never skip.
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./ports.js";

const run = promisify(execFile);

export interface Postgres {
  port: number;
  /** The superuser the URLs connect as (`postgres`, no password). */
  user: string;
  /** `postgres://postgres@127.0.0.1:<port>/<db>` */
  url(db: string): string;
  /** CREATE DATABASE; `template` copies an existing database (much faster than migrating again). */
  createDatabase(name: string, options?: { template?: string }): Promise<void>;
  /** Rows as JSON objects for a query that returns rows; [] for any other statement. */
  query(db: string, sql: string): Promise<unknown[]>;
  /** The directory of the server's binaries (pg_dump, pg_restore, psql of the same version). */
  bin: string;
  /** The temp dir holding the data dir (`data`), the socket and `server.log`. */
  dir: string;
  stop(): Promise<void>;
}

const PG_USER = "postgres";

/** The newest installed server (`/usr/lib/postgresql/<major>/bin`), or an error saying how to install one. */
export function postgresBin(): string {
  const base = "/usr/lib/postgresql";
  const majors = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (majors.length === 0)
    throw new Error(
      `No PostgreSQL server under ${base}: run scripts/install-system-deps.sh (Debian package postgresql).`,
    );
  return join(base, majors[0], "bin");
}

/** argv run as the postgres OS user. */
const asPostgres = (argv: string[]): [string, string[]] => ["runuser", ["-u", PG_USER, "--", ...argv]];

function stderrOf(e: unknown): string {
  const err = e as { stderr?: Buffer | string; message?: string };
  return (err.stderr?.toString() || err.message || String(e)).trim();
}

export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), "mg-pg-"));
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  try {
    execFileSync("chown", [PG_USER, dir], { stdio: "pipe" });
    chmodSync(dir, 0o700);
    execFileSync(
      ...asPostgres([
        join(bin, "initdb"),
        "-D",
        data,
        "-U",
        PG_USER,
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync",
      ]),
      { stdio: "pipe" },
    );
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (PostgreSQL in ${bin}, as OS user ${PG_USER}): ${stderrOf(e)}`, {
      cause: e,
    });
  }

  let lastError = "";
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    // pg_ctl splits -o like a shell; every value here is ours (a number and a temp path without spaces).
    const options = [
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1",
      `-c unix_socket_directories=${dir}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=200",
    ].join(" ");
    try {
      await run(
        ...asPostgres([join(bin, "pg_ctl"), "-D", data, "-l", log, "-o", options, "-w", "-t", "30", "start"]),
      );
    } catch (e) {
      lastError = `${stderrOf(e)}\n${existsSync(log) ? readFileSync(log, "utf8") : ""}`;
      continue;
    }
    const psql = async (db: string, sql: string): Promise<string> => {
      try {
        const { stdout } = await run(
          join(bin, "psql"),
          [
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            "127.0.0.1",
            "-p",
            String(port),
            "-U",
            PG_USER,
            "-d",
            db,
            "-c",
            sql,
          ],
          { maxBuffer: 64 * 1024 * 1024 },
        );
        return stdout;
      } catch (e) {
        throw new Error(`psql on ${db} failed: ${stderrOf(e)}\n  SQL: ${sql}`, { cause: e });
      }
    };
    return {
      port,
      user: PG_USER,
      bin,
      dir,
      url: (db) => `postgres://${PG_USER}@127.0.0.1:${port}/${db}`,
      async createDatabase(name, opts) {
        const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const template = opts?.template ? ` TEMPLATE ${ident(opts.template)}` : "";
        await psql("postgres", `CREATE DATABASE ${ident(name)}${template}`);
      },
      async query(db, sql) {
        const body = sql.trim().replace(/;$/, "");
        if (!/^(select|with|values|table)\b/i.test(body)) {
          await psql(db, body);
          return [];
        }
        const out = await psql(db, `SELECT coalesce(json_agg(q), '[]'::json) FROM (${body}) AS q`);
        return JSON.parse(out.trim()) as unknown[];
      },
      async stop() {
        try {
          await run(
            ...asPostgres([join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "-t", "20", "stop"]),
          );
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error(`PostgreSQL (${bin}) did not start on 127.0.0.1 after 3 attempts: ${lastError}`);
}
