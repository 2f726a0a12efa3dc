// A check constraint written as a SQL string in a framework call (`add_check_constraint :users, "email IS NOT
// NULL"`). A regular expression is enough here: only the one exact shape counts, and anything else (a second
// condition, a function, a comment) is simply not the shape, which keeps SET NOT NULL reported.

const NOT_NULL_CHECK = /^\s*(\()?\s*(?:"([^"]+)"|([A-Za-z_][\w$]*))\s+IS\s+NOT\s+NULL\s*(\))?\s*$/i;

/** The column of a check that is exactly `col IS NOT NULL`, or undefined. */
export function notNullCheckColumn(expression: string): string | undefined {
  const m = NOT_NULL_CHECK.exec(expression);
  if (!m || !!m[1] !== !!m[4]) return undefined;
  return m[2] ?? m[3]?.toLowerCase();
}
