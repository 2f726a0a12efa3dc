// The names in one folder, indexed once and shared by every file of that folder. A reader that looks beside its
// file (golang-migrate's `.down.sql`) asks the index, so a folder of n files costs n, not n² name comparisons.

export class FolderIndex {
  private readonly names = new Set<string>();

  /** `names` are bare file names (no folder), as a directory listing gives them. */
  constructor(names: Iterable<string>) {
    for (const name of names) this.names.add(name.toLowerCase());
  }

  /** True when a file of this name sits in the folder, in any letter case (`.DOWN.SQL` pairs `.up.sql`). */
  has(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }
}

/**
 * One value per folder for the whole run (an index, a listing, a schema history): `list` is called at most once
 * per folder, and every file of that folder gets the same value. Folders are compared as given (`""` is the top).
 */
export function folderIndexes<T>(list: (folder: string) => T): (folder: string) => T {
  const made = new Map<string, T>();
  return (folder) => {
    let index = made.get(folder);
    if (index === undefined) made.set(folder, (index = list(folder)));
    return index;
  };
}

/** The folder part of a `/`-separated path (`""` for a bare name). */
export function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
