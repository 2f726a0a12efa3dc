// Joins the host supervisor's sourced parts (src/host/parts/*.sh) into the one script the action ships: each
// `source "${BASH_SOURCE[0]%/*}/parts/NAME.sh"` line of src/host/supervisor.sh is replaced by that part.
// The deploy names the installed script by the hash of this joined text, so a changed part is a new version.
//   node scripts/join-supervisor.mjs            → the joined script on stdout
//   node scripts/join-supervisor.mjs --out FILE → written to FILE (mode 0755)
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SOURCE = /^source "\$\{BASH_SOURCE\[0\]%\/\*\}\/(parts\/[a-z0-9-]+\.sh)"$/;
// `IFS= read -r -d '' NAME <"${BASH_SOURCE[0]%/*}/runners/FILE"`: the one-boot runners' code, embedded as a
// single-quoted assignment of the same text (nothing in it is expanded; each `'` is written `'\''`). Not a
// here-document read with `read -d ''`: bash passes a small here-document through a pipe and `read` takes a
// pipe one byte at a time, 10,500 read() calls for the two runners, which every worker made before its first
// event (its start: 30 ms, 15 ms with the assignment; medians of 30 runs).
const EMBED =
  /^IFS= read -r -d '' ([A-Z_]+) <"\$\{BASH_SOURCE\[0\]%\/\*\}\/(runners\/[a-z0-9-]+\.(?:rb|py))"$/;

export function joinSupervisor(hostDir) {
  const lines = readFileSync(join(hostDir, "supervisor.sh"), "utf8").split("\n");
  const out = [];
  for (const line of lines) {
    const embed = EMBED.exec(line);
    if (embed) {
      // What `read -r -d ''` gave from the file: its text with its trailing newlines as one.
      const code = readFileSync(join(hostDir, embed[2]), "utf8").replace(/\n+$/, "") + "\n";
      // Ruby and Python text, not shell: what would expand in double quotes stays as it is, as intended.
      out.push("# shellcheck disable=SC2016", `${embed[1]}='${code.replace(/'/g, "'\\''")}'`);
      continue;
    }
    const m = SOURCE.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    // The directive that pointed shellcheck at the part goes with it.
    if (/^# shellcheck source=/.test(out.at(-1) ?? "")) out.pop();
    const part = readFileSync(join(hostDir, m[1]), "utf8")
      .replace(/^# shellcheck shell=bash\n/, "")
      .replace(/\n+$/, "\n");
    out.push(part);
  }
  const text = out.join("\n");
  if (/^\s*(source|\.) /m.test(text.replace(/^#.*$/gm, "")))
    throw new Error("the joined supervisor still sources a file: every part must be joined");
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL("..", import.meta.url).pathname;
  const text = joinSupervisor(join(root, "src/host"));
  const at = process.argv.indexOf("--out");
  if (at > 0) {
    writeFileSync(process.argv[at + 1], text);
    chmodSync(process.argv[at + 1], 0o755);
  } else process.stdout.write(text);
}
