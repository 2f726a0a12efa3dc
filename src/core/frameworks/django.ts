// Django migrations, read with tree-sitter-python: the `operations` of each migration's `Migration` class as
// forward Operations (see python/django-reader.ts for what is followed and what cannot be known).
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";

// `<app>/migrations/0001_initial.py`: Django names migrations with a numeric prefix of four digits or more.
const MIGRATION_PATH = /(?:^|\/)migrations\/\d{4,}_[^/]*\.py$/;
const MIGRATION_CLASS = /^class\s+Migration\s*[(:]/m;

export const django: Framework = {
  id: "django",
  name: "Django",
  matches: (path, source) => MIGRATION_PATH.test(path) && MIGRATION_CLASS.test(source),
  parse: (input, parsers) => reader("django").readDjangoMigration(input, parsers),
};
