// Entity Framework Core migrations, read with tree-sitter-c-sharp: `Up(MigrationBuilder)` of each
// `partial class X : Migration` as forward Operations (see csharp/ef-core-reader.ts).
// `dotnet ef migrations add` writes `Migrations/<14-digit timestamp>_<Name>.cs` beside a `.Designer.cs` (the
// model at that point) and one `<Context>ModelSnapshot.cs`; those two are not migrations. `--output-dir`
// moves the folder, so the file name and the content decide, not the folder.
import type { Framework } from "./framework.js";
import { reader } from "./readers.js";

const MIGRATION_FILE = /(?:^|\/)\d{14}_\w+\.cs$/;
const NOT_MIGRATION = /(?:\.Designer|ModelSnapshot)\.cs$/;
const EF_CORE = /\bMigrationBuilder\b/;

export const efCore: Framework = {
  id: "ef-core",
  name: "Entity Framework Core",
  matches: (path, source) => MIGRATION_FILE.test(path) && !NOT_MIGRATION.test(path) && EF_CORE.test(source),
  parse: (input, parsers) => reader("efCore").readEfCoreMigration(input.source, input.database, parsers),
};
