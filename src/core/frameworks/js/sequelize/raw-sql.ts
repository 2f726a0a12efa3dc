// `queryInterface.sequelize.query(sql)` (or a `sequelize` in scope): its text goes to the shared SQL reader.
// Model calls through `sequelize.models` change rows of tables the file does not name.
import type { Link } from "../nodes.js";
import type { Scope } from "../walker.js";
import type { Binding, Reader } from "./reader-context.js";

/** `sequelize.query(sql)`, `sequelize.transaction(async (t) => ...)`, `sequelize.models.X...`. */
export function readSequelizeCall(r: Reader, links: Link[], scope: Scope<Binding>): void {
  const [first] = links;
  if (!first?.call) return;
  if (first.name === "query") {
    r.sql(first.args[0], first.call, scope, "sequelize.query()");
    for (const link of links.slice(1)) for (const a of link.args) r.visit(a, scope);
    return;
  }
  if (first.name === "models" || links.some((l) => l.name === "model")) {
    r.unknown(first.call, "a model call changes rows of a table the migration file does not name");
    return;
  }
  for (const link of links) for (const a of link.args) r.visit(a, scope);
}
