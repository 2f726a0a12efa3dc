// Config globs (`paths`, `exclude`) through picomatch: `**`, `*`, `?`, `[0-9]`, `{a,b}`, extglobs. Dotfiles
// match (a migration under a dot directory is still a migration). An unbalanced bracket is an error, never a
// pattern that silently matches nothing: a DROP in a file the config meant to name must not go unchecked.
import picomatch from "picomatch/posix.js";

type Matcher = (path: string) => boolean;

const OPTIONS = { dot: true, strictBrackets: true } as const;
const cache = new Map<string, Matcher>();

function compile(glob: string): Matcher {
  let matcher = cache.get(glob);
  if (!matcher) {
    matcher = picomatch(glob, OPTIONS);
    cache.set(glob, matcher);
  }
  return matcher;
}

/** Why picomatch cannot compile the glob, or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  try {
    compile(glob);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Whether the repository-relative path matches the glob. Globs are checked when the config is parsed. */
export function matchesGlob(path: string, glob: string): boolean {
  return compile(glob)(path);
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => matchesGlob(path, g));
}
