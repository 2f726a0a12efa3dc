// Real apps for the deploy suites: a Rails 6.1 app (Debian's system gems, no Gemfile) and a Django 3.2 app
// (Debian's python3-django, run with /usr/bin/python3: the python3 first on PATH may be another build), from
// __fixtures__/apps/, each on its own PostgreSQL database with its first migration applied.
// The first migration runs once per suite into a template database; every app after that gets a copy of it
// (CREATE DATABASE ... TEMPLATE), which saves a framework boot per app.
import { execFile } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { Postgres } from "./postgres.js";

const run = promisify(execFile);

export const FIXTURES = join(process.cwd(), "__fixtures__", "apps");
/** The interpreter with Django; the one on PATH (and on PATH over SSH) may lack it. */
export const DJANGO_PYTHON = "/usr/bin/python3";

export interface App {
  /** The app's directory (on this machine, which is also the SSH host of the suites). */
  dir: string;
  /** Its PostgreSQL database. */
  db: string;
}

export interface Apps {
  /** A Rails 6.1 app whose database has `CreateUsers` (users: id, name, legacy) applied. */
  rails(name?: string): Promise<App>;
  /** A Django 3.2 app whose database has `shop.0001_initial` (shop_product: id, name, legacy) applied. */
  django(name?: string): Promise<App>;
  /** Every app made so far (to clean up what deploys left on the host for them). */
  made(): readonly App[];
}

export function write(path: string, text: string, mode?: number): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  if (mode) chmodSync(path, mode);
}

/** Adds `db/migrate/<version>_<name>.rb` with `body` inside `class <Name> < ActiveRecord::Migration[6.1]`. */
export function railsMigration(dir: string, version: string, name: string, body: string): string {
  const klass = name.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase());
  const path = `db/migrate/${version}_${name}.rb`;
  write(join(dir, path), `class ${klass} < ActiveRecord::Migration[6.1]\n${body}\nend\n`);
  return path;
}

/** Adds `shop/migrations/<name>.py` depending on `after`, with `operations` (Python list items). */
export function djangoMigration(dir: string, name: string, after: string, operations: string): string {
  const path = `shop/migrations/${name}.py`;
  write(
    join(dir, path),
    `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n` +
      `    dependencies = [("shop", ${JSON.stringify(after)})]\n\n    operations = [\n${operations}\n    ]\n`,
  );
  return path;
}

/** The environment for running an app here: the suite's own, without settings that would redirect it. */
function appEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["RAILS_ENV", "RACK_ENV", "DATABASE_URL", "DJANGO_SETTINGS_MODULE", "PYTHONPATH"])
    delete env[name];
  return env;
}

async function runIn(dir: string, argv: string[], what: string): Promise<void> {
  try {
    await run(argv[0], argv.slice(1), { cwd: dir, env: appEnv(), maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${what} failed in ${dir}: ${e.stderr || e.stdout || e.message}`, { cause: error });
  }
}

export function makeApps(pg: Postgres, root: string): Apps {
  let count = 0;
  const tag = `${process.pid}`;
  const templates = new Map<string, Promise<string>>();

  const configure = {
    rails: (dir: string, db: string) =>
      write(join(dir, "config/database.yml"), `development:\n  url: ${JSON.stringify(pg.url(db))}\n`),
    django: (dir: string, db: string) =>
      write(
        join(dir, "database.json"),
        JSON.stringify({ name: db, user: pg.user, host: "127.0.0.1", port: pg.port }) + "\n",
      ),
  };
  const migrate = {
    rails: (dir: string) => runIn(dir, ["bin/rails", "db:migrate"], "rails db:migrate"),
    django: (dir: string) =>
      runIn(dir, [DJANGO_PYTHON, "manage.py", "migrate", "--no-input"], "manage.py migrate"),
  };

  /** The database every app of a kind starts from, migrated once. */
  const template = (kind: "rails" | "django"): Promise<string> => {
    let made = templates.get(kind);
    if (!made) {
      made = (async () => {
        const db = `mg_${kind}_template_${tag}`;
        const dir = join(root, `.${kind}-template`);
        cpSync(join(FIXTURES, kind === "rails" ? "rails61" : "django32"), dir, { recursive: true });
        await pg.createDatabase(db);
        configure[kind](dir, db);
        await migrate[kind](dir);
        return db;
      })();
      templates.set(kind, made);
    }
    return made;
  };

  const app = async (kind: "rails" | "django", name?: string): Promise<App> => {
    const n = ++count;
    const dir = join(root, name ?? `${kind}${n}`);
    const db = `mg_${kind}_${n}_${tag}`;
    await pg.createDatabase(db, { template: await template(kind) });
    cpSync(join(FIXTURES, kind === "rails" ? "rails61" : "django32"), dir, { recursive: true });
    configure[kind](dir, db);
    made.push({ dir, db });
    return { dir, db };
  };

  const made: App[] = [];
  return { rails: (name) => app("rails", name), django: (name) => app("django", name), made: () => made };
}
