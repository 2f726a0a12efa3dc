// Registry of framework adapters, most specific first: the first whose `matches` says yes reads the file.
import type { FrameworkId } from "../types.js";
import type { Framework } from "./framework.js";

export const frameworks: readonly Framework[] = [];

export function frameworkById(id: FrameworkId): Framework | undefined {
  return frameworks.find((f) => f.id === id);
}

/** The framework that owns this file, by path and content; undefined when it is not a migration we know. */
export function detectFramework(path: string, source: string): Framework | undefined {
  return frameworks.find((f) => f.matches(path, source));
}
