// A Rails 6.1 multi-database app (__fixtures__/apps/rails61-multidb): `primary` (db/migrate: users) and
// `animals` (db/animals_migrate: dogs), each on its own PostgreSQL database. Both are copied from template
// databases migrated once per suite, so an app costs two CREATE DATABASE, not a Rails boot.
import { execFile } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { FIXTURES, write } from "./apps.js";
import type { Postgres } from "./postgres.js";

const run = promisify(execFile);

export interface MultiDbApp {
  dir: string;
  /** The `primary` database. */
  primary: string;
  /** The `animals` database. */
  animals: string;
}

function configure(pg: Postgres, dir: string, primary: string, animals: string): void {
  writeFileSync(
    join(dir, "config/database.yml"),
    "development:\n" +
      `  primary:\n    url: ${JSON.stringify(pg.url(primary))}\n` +
      `  animals:\n    url: ${JSON.stringify(pg.url(animals))}\n    migrations_paths: db/animals_migrate\n`,
  );
}

function env(): NodeJS.ProcessEnv {
  const e = { ...process.env };
  for (const name of ["RAILS_ENV", "RACK_ENV", "DATABASE_URL"]) delete e[name];
  return e;
}

/** Makes multi-database apps under `root`: `app(name)` migrated like production, `empty(name)` never migrated. */
export function multiDbApps(pg: Postgres, root: string) {
  const tag = `${process.pid}_${Math.random().toString(36).slice(2, 7)}`;
  let templates: Promise<[string, string]> | undefined;
  const template = (): Promise<[string, string]> =>
    (templates ??= (async () => {
      const [primary, animals] = [`mg_mdb_tpl_p_${tag}`, `mg_mdb_tpl_a_${tag}`];
      await Promise.all([pg.createDatabase(primary), pg.createDatabase(animals)]);
      const dir = join(root, ".multidb-template");
      cpSync(join(FIXTURES, "rails61-multidb"), dir, { recursive: true });
      configure(pg, dir, primary, animals);
      try {
        await run("bin/rails", ["db:migrate"], { cwd: dir, env: env() });
      } catch (error) {
        const e = error as { stderr?: string; message: string };
        throw new Error(`rails db:migrate failed in ${dir}: ${e.stderr || e.message}`, { cause: error });
      }
      // Rows in both, so a restore that loses or keeps a change shows in the data, not only the schema.
      await pg.query(
        primary,
        "INSERT INTO users (name, legacy) SELECT 'user ' || g, 'x' FROM generate_series(1, 200) g",
      );
      await pg.query(
        animals,
        "INSERT INTO dogs (name, age) SELECT 'dog ' || g, g % 15 FROM generate_series(1, 300) g",
      );
      return [primary, animals] as [string, string];
    })());

  const made = (name: string, primary: string, animals: string): MultiDbApp => {
    const dir = join(root, name);
    cpSync(join(FIXTURES, "rails61-multidb"), dir, { recursive: true });
    configure(pg, dir, primary, animals);
    return { dir, primary, animals };
  };

  return {
    async app(name: string): Promise<MultiDbApp> {
      const [tp, ta] = await template();
      const [primary, animals] = [`mg_${name}_p_${tag}`, `mg_${name}_a_${tag}`];
      await pg.createDatabase(primary, { template: tp });
      await pg.createDatabase(animals, { template: ta });
      return made(name, primary, animals);
    },
    async empty(name: string): Promise<MultiDbApp> {
      const [primary, animals] = [`mg_${name}_p_${tag}`, `mg_${name}_a_${tag}`];
      await Promise.all([pg.createDatabase(primary), pg.createDatabase(animals)]);
      return made(name, primary, animals);
    },
  };
}

/** Adds a migration for the `animals` database (db/animals_migrate). */
export function animalsMigration(dir: string, version: string, name: string, body: string): string {
  const klass = name.replace(/(^|_)(\w)/g, (_m, _u, c: string) => c.toUpperCase());
  const path = `db/animals_migrate/${version}_${name}.rb`;
  write(join(dir, path), `class ${klass} < ActiveRecord::Migration[6.1]\n${body}\nend\n`);
  return path;
}
