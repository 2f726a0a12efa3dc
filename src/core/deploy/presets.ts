// Per-framework commands: how to read pending migrations from the database, how to migrate, and where the
// file of a pending migration lives (globs relative to the app dir, tried in order).

export type DeployFramework = "rails" | "django" | "alembic" | "knex";
export const DEPLOY_FRAMEWORKS: readonly DeployFramework[] = ["rails", "django", "alembic", "knex"];

export interface FrameworkPreset {
  /** Commands whose outputs, in order, make one status reading. At most three. */
  status: readonly (readonly string[])[];
  migrate: readonly string[];
}

export const PRESETS: Readonly<Record<DeployFramework, FrameworkPreset>> = {
  // `db:migrate:status` covers every database of a multi-database app, one `database:` block each.
  rails: { status: [["bin/rails", "db:migrate:status"]], migrate: ["bin/rails", "db:migrate"] },
  django: {
    status: [["python3", "manage.py", "showmigrations", "--plan"]],
    migrate: ["python3", "manage.py", "migrate", "--no-input"],
  },
  // Alembic has no "pending" listing: the current revisions against the whole history gives it.
  alembic: {
    status: [
      ["alembic", "current"],
      ["alembic", "history"],
    ],
    migrate: ["alembic", "upgrade", "heads"],
  },
  knex: { status: [["npx", "knex", "migrate:list"]], migrate: ["npx", "knex", "migrate:latest"] },
};

/** Migration ids come from the status output of a tool we do not control: only plain names become globs. */
export function safeGlobPart(text: string): boolean {
  return /^[A-Za-z0-9_.-]+$/.test(text) && !text.includes("..");
}
