// The language readers, registered when loaded. They are most of the code (the Ruby reader brings prism's node
// classes, 0.35 MB), and a run needs only those of the languages it has files in: src/parsers/ loads a
// language's readers with its parser and hands them here, so the core stays pure and synchronous.
import type * as efCore from "./csharp/ef-core-reader.js";
import type * as ecto from "./elixir/ecto-reader.js";
import type * as dbMigrate from "./js/db-migrate-reader.js";
import type * as liquibaseChangelog from "./liquibase/changelog.js";
import type * as liquibaseChanges from "./liquibase/changes.js";
import type * as doctrine from "./php/doctrine-reader.js";
import type * as knex from "./js/knex-reader.js";
import type * as nodePgMigrate from "./js/node-pg-migrate-reader.js";
import type * as sequelize from "./js/sequelize-reader.js";
import type * as typeorm from "./js/typeorm-reader.js";
import type * as laravel from "./php/laravel-reader.js";
import type * as alembic from "./python/alembic-reader.js";
import type * as django from "./python/django-reader.js";
import type * as prismaSchema from "./prisma/schema-reader.js";
import type * as rails from "./ruby/migration-reader.js";

export interface Readers {
  rails: typeof rails;
  django: typeof django;
  alembic: typeof alembic;
  laravel: typeof laravel;
  typeorm: typeof typeorm;
  sequelize: typeof sequelize;
  knex: typeof knex;
  nodePgMigrate: typeof nodePgMigrate;
  ecto: typeof ecto;
  doctrine: typeof doctrine;
  efCore: typeof efCore;
  dbMigrate: typeof dbMigrate;
  liquibaseChangelog: typeof liquibaseChangelog;
  liquibaseChanges: typeof liquibaseChanges;
  prismaSchema: typeof prismaSchema;
}

const loaded: Partial<Readers> = {};

export function provideReaders(readers: Partial<Readers>): void {
  Object.assign(loaded, readers);
}

/**
 * A loaded reader. One that was not loaded is a bug of the caller's loading, never a file's fault: it throws,
 * and analyzeFile reports the file for review (fails closed) instead of passing it.
 */
export function reader<K extends keyof Readers>(name: K): Readers[K] {
  return loaded[name] ?? notLoaded(name);
}

function notLoaded(name: string): never {
  throw new Error(`the ${name} reader was not loaded for this run`);
}
