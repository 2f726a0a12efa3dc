// Where each language's readers are imported from: in the bundle each is its own chunk, loaded on demand.
// (Jest's ESM loader cannot link these dynamic imports — "request for './index.js' is not in cache" — so the
// unit tests map this module to __tests__/helpers/reader-chunks.ts, which imports the same modules statically;
// the integration tests run the bundle, and with it these imports.)
import type { Readers } from "../core/frameworks/readers.js";
import type { ParserName } from "./index.js";

/**
 * The readers that read a language, each its own chunk in the bundle: a run loads those of the languages its
 * files are in, with their parser (SQL's reader is in every run: the other readers read embedded SQL with it).
 */
export const READERS: Record<ParserName, (() => Promise<Partial<Readers>>) | undefined> = {
  postgres: undefined,
  ruby: async () => ({ rails: await import("../core/frameworks/ruby/migration-reader.js") }),
  python: async () => ({
    django: await import("../core/frameworks/python/django-reader.js"),
    alembic: await import("../core/frameworks/python/alembic-reader.js"),
  }),
  php: async () => ({
    laravel: await import("../core/frameworks/php/laravel-reader.js"),
    doctrine: await import("../core/frameworks/php/doctrine-reader.js"),
  }),
  javascript: loadJsReaders,
  typescript: loadJsReaders,
  elixir: async () => ({ ecto: await import("../core/frameworks/elixir/ecto-reader.js") }),
  csharp: async () => ({ efCore: await import("../core/frameworks/csharp/ef-core-reader.js") }),
  prisma: async () => ({ prismaSchema: await import("../core/frameworks/prisma/schema-reader.js") }),
  changelog: async () => ({
    liquibaseChangelog: await import("../core/frameworks/liquibase/changelog.js"),
    liquibaseChanges: await import("../core/frameworks/liquibase/changes.js"),
  }),
};

async function loadJsReaders(): Promise<Partial<Readers>> {
  return {
    typeorm: await import("../core/frameworks/js/typeorm-reader.js"),
    sequelize: await import("../core/frameworks/js/sequelize-reader.js"),
    knex: await import("../core/frameworks/js/knex-reader.js"),
    nodePgMigrate: await import("../core/frameworks/js/node-pg-migrate-reader.js"),
    dbMigrate: await import("../core/frameworks/js/db-migrate-reader.js"),
  };
}
