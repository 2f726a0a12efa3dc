// A name a migration computes at run time (`drop_table table_name`, `DELETE FROM #{t}`): the verb is known, the
// object is not. Readers spell such a name with this one helper, and rules recognise it, so a drop of "some
// table" stays a drop and is never taken for a table the file created itself.

export type RunTimePart = "table" | "column" | "name";

const SUFFIX = /\(an? (?:table|column|name) computed at run time\)$/;

/** `{table_name} (a table computed at run time)`: the expression the name comes from, and what it names. */
export function runTimeName(part: RunTimePart, source: string): string {
  const expr = source.replace(/\s+/g, " ").trim();
  const shown = expr.length > 60 ? `${expr.slice(0, 57)}...` : expr;
  return `{${shown}} (a ${part} computed at run time)`;
}

export function isRunTimeName(name: string): boolean {
  return SUFFIX.test(name);
}
