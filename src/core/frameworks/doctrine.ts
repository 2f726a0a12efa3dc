// Doctrine Migrations (Symfony and plain DBAL projects), read with tree-sitter-php: `up()` of each
// `VersionNNN extends AbstractMigration` class as forward Operations (see php/doctrine-reader.ts).
// The classes live in `migrations/` (Symfony Flex), `src/Migrations/` or `app/DoctrineMigrations/`, always as
// `Version<timestamp>.php`; the content confirms it, so a Laravel file is never taken.
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";

const VERSION_FILE = /(?:^|\/)Version\w*\.php$/;
const DOCTRINE = /\bAbstractMigration\b|\bDoctrine\\Migrations\\/;

export const doctrine: Framework = {
  id: "doctrine",
  name: "Doctrine Migrations",
  matches: (path, source) => VERSION_FILE.test(path) && DOCTRINE.test(source),
  parse: (input, parsers) => reader("doctrine").readDoctrineMigration(input.source, input.database, parsers),
};
