// The column-type model every reader shares: one place to ask "what does changing this column's type do to the
// rows already stored?". Two vocabularies live here today: the frameworks' abstract types (`:string`,
// `string(100)`, `bigint`, as Rails, Laravel, Ecto, Django, Alembic and the JS libraries spell them) and SQL's own
// type names (`varchar(50)`, `int8`, `numeric(10,2)`, from migration SQL). Readers import from this module only,
// never from another reader's folder.
export { classifyTypeChange, describeType, type ColumnType, type TypeChange } from "./abstract.js";
export {
  classifyTypeChange as classifySqlTypeChange,
  columnType as sqlColumnType,
  enumKey,
  isJudged,
  withEnum,
  type ColumnType as SqlColumnType,
  type EnumType,
} from "./sql.js";
export { typeFromText, type TypeVocabulary } from "./text.js";
