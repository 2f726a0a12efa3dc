// Terminal styles for the text report, as plain strings (pure): the CLI picks `ansi` on a terminal that takes
// colour, `plain` everywhere else, so piped output stays byte for byte what it was.
export interface Style {
  path(text: string): string;
  error(text: string): string;
  warning(text: string): string;
  ok(text: string): string;
  dim(text: string): string;
}

const identity = (text: string) => text;
const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const plain: Style = {
  path: identity,
  error: identity,
  warning: identity,
  ok: identity,
  dim: identity,
};

export const ansi: Style = {
  path: sgr(1, 22),
  error: sgr(31, 39),
  warning: sgr(33, 39),
  ok: sgr(32, 39),
  dim: sgr(2, 22),
};
