// src/parsers/reader-chunks.ts for the unit tests (jest.config.js maps it here): the same reader modules,
// imported statically, since jest's ESM loader cannot link them as dynamic imports.
import type { Readers } from "../../src/core/frameworks/readers.js";
import * as efCore from "../../src/core/frameworks/csharp/ef-core-reader.js";
import * as ecto from "../../src/core/frameworks/elixir/ecto-reader.js";
import * as dbMigrate from "../../src/core/frameworks/js/db-migrate-reader.js";
import * as liquibaseChangelog from "../../src/core/frameworks/liquibase/changelog.js";
import * as liquibaseChanges from "../../src/core/frameworks/liquibase/changes.js";
import * as doctrine from "../../src/core/frameworks/php/doctrine-reader.js";
import * as knex from "../../src/core/frameworks/js/knex-reader.js";
import * as nodePgMigrate from "../../src/core/frameworks/js/node-pg-migrate-reader.js";
import * as sequelize from "../../src/core/frameworks/js/sequelize-reader.js";
import * as typeorm from "../../src/core/frameworks/js/typeorm-reader.js";
import * as laravel from "../../src/core/frameworks/php/laravel-reader.js";
import * as alembic from "../../src/core/frameworks/python/alembic-reader.js";
import * as django from "../../src/core/frameworks/python/django-reader.js";
import * as prismaSchema from "../../src/core/frameworks/prisma/schema-reader.js";
import * as rails from "../../src/core/frameworks/ruby/migration-reader.js";
import type { ParserName } from "../../src/parsers/index.js";

const js = async (): Promise<Partial<Readers>> => ({
  typeorm,
  sequelize,
  knex,
  nodePgMigrate,
  dbMigrate,
});

export const READERS: Record<ParserName, (() => Promise<Partial<Readers>>) | undefined> = {
  postgres: undefined,
  ruby: async () => ({ rails }),
  python: async () => ({ django, alembic }),
  php: async () => ({ laravel, doctrine }),
  javascript: js,
  typescript: js,
  elixir: async () => ({ ecto }),
  csharp: async () => ({ efCore }),
  prisma: async () => ({ prismaSchema }),
  changelog: async () => ({ liquibaseChangelog, liquibaseChanges }),
};
