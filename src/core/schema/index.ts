// The schema history: what the migrations before a file left, for rules that judge a statement by what it
// acts on (a drop of a table nothing created, a type change from a known old type). Pure.
export {
  FolderHistory,
  migrationVersion,
  vocabularyOf,
  type HistoryEntry,
  type SchemaDump,
} from "./history.js";
export {
  byName,
  isForwardMigration,
  mayOrderByContent,
  migrationOrder,
  ordersByContent,
  type OrderedSource,
} from "./order.js";
export { refineWithSchema } from "./refine.js";
export {
  SchemaState,
  schemaKey,
  type ColumnState,
  type Origin,
  type SchemaView,
  type TableState,
} from "./state.js";
