// The supervisor as the host runs it: src/host/supervisor.sh with its parts joined into one file, the same
// text the build ships in dist/host/supervisor.sh.
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

/** Writes the joined supervisor into `dir` and returns its path. */
export function joinedSupervisor(dir: string): string {
  const path = join(dir, "supervisor.sh");
  execFileSync("node", [resolve("scripts/join-supervisor.mjs"), "--out", path]);
  return path;
}
