// Ecto migrations, read with tree-sitter-elixir: `change/0` or `up/0` of each migration module as forward
// Operations (see elixir/ecto-reader.ts for what is followed and what cannot be known).
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";

// priv/repo/migrations, other repos (priv/analytics_repo/migrations) and umbrella apps (apps/x/priv/repo/...).
const MIGRATION_PATH = /(?:^|\/)priv\/[^/]+\/migrations\/(?:[^/]+\/)*[^/]+\.exs$/;

export const ecto: Framework = {
  id: "ecto",
  name: "Ecto",
  matches: (path) => MIGRATION_PATH.test(path),
  parse: (input, parsers) => reader("ecto").readEctoMigration(input.source, input.database, parsers),
};
