// Registry of framework adapters, most specific first: the first whose `matches` says yes reads the file.
import type { FrameworkId } from "../types.js";
import type { Framework } from "./framework.js";
import { prisma } from "./prisma.js";
import { golangMigrate } from "./golang-migrate.js";
import { flyway } from "./flyway.js";
import { goose } from "./goose.js";
import { dbmate } from "./dbmate.js";
import { rails } from "./rails.js";
import { django } from "./django.js";
import { alembic } from "./alembic.js";
import { laravel } from "./laravel.js";
import { typeorm } from "./typeorm.js";
import { sequelize } from "./sequelize.js";
import { knex } from "./knex.js";
import { nodePgMigrate } from "./node-pg-migrate.js";
import { ecto } from "./ecto.js";
import { dbMigrate } from "./db-migrate.js";
import { liquibase } from "./liquibase.js";
import { doctrine } from "./doctrine.js";
import { efCore } from "./ef-core.js";
import { plainSql } from "./sql.js";

export const frameworks: readonly Framework[] = [
  prisma,
  golangMigrate,
  flyway,
  goose,
  dbmate,
  rails,
  django,
  alembic,
  doctrine,
  laravel,
  typeorm,
  sequelize,
  knex,
  nodePgMigrate,
  dbMigrate,
  ecto,
  efCore,
  liquibase,
  plainSql,
];

export function frameworkById(id: FrameworkId): Framework | undefined {
  return frameworks.find((f) => f.id === id);
}

/** The framework that owns this file, by path and content; undefined when it is not a migration we know. */
export function detectFramework(path: string, source: string): Framework | undefined {
  return frameworks.find((f) => f.matches(path, source));
}

/** True when some reader would look at this path's folder (a `.up.sql` looks for its `.down.sql`). */
export function readsSiblings(path: string): boolean {
  return frameworks.some((f) => f.readsSiblings?.(path) === true);
}
