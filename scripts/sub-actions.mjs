// Writes check/action.yml, deploy/action.yml and status/action.yml from the top-level action.yml, so the
// three stay one list: each sub-action keeps the inputs and outputs whose description names its command
// (a description starting "`deploy`/`status`:" belongs to both), plus the untagged common ones, and runs
// the same bundle through a two-line entry (dist/<command>.js) that fixes `command`.
// `node scripts/sub-actions.mjs --check` exits 1 when a committed file differs (run by `npm run lint`).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument, stringify } from "yaml";

const root = new URL("..", import.meta.url).pathname;
export const COMMANDS = ["check", "deploy", "status"];

// What each command cannot run without: the runner does not enforce `required`, but it is what editors and
// the marketplace show; the bundle checks every input itself (and names all the missing ones at once).
const REQUIRED = {
  check: [],
  deploy: ["environment", "host", "user", "ssh-key", "known-hosts", "app-dir"],
  status: ["host", "user", "ssh-key", "known-hosts", "app-dir"],
};
const TITLES = {
  check: "Pull-request analysis and approval gate",
  deploy: "Guarded migration over SSH",
  status: "Read-only pending-migration report",
};

/** The commands a description is tagged with ("`check` and `deploy`: …", "`deploy`/`status`: …"); none: common. */
export function commandsOf(description) {
  const head = /^((?:`[a-z]+`(?:\/| and |, )?)+):/.exec(String(description ?? "").trim());
  if (!head) return COMMANDS;
  return [...head[1].matchAll(/`([a-z]+)`/g)].map((m) => m[1]).filter((c) => COMMANDS.includes(c));
}

/** Drops the "`deploy`/`status`: " tag: inside deploy/action.yml it says nothing. */
function untagged(description) {
  const rest = String(description).replace(/^((?:`[a-z]+`(?:\/| and |, )?)+):\s*/, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

export function subActions(topText) {
  const top = parseDocument(topText).toJS();
  const files = {};
  for (const command of COMMANDS) {
    const inputs = {};
    for (const [name, spec] of Object.entries(top.inputs)) {
      if (name === "command" || !commandsOf(spec.description).includes(command)) continue;
      const required = REQUIRED[command].includes(name);
      inputs[name] = { description: untagged(spec.description), required };
      if (!required && spec.default !== undefined) inputs[name].default = spec.default;
    }
    const outputs = {};
    for (const [name, spec] of Object.entries(top.outputs)) {
      if (commandsOf(spec.description).includes(command))
        outputs[name] = { description: untagged(spec.description) };
    }
    const runs = { using: top.runs.using, main: `../dist/${command}.js` };
    // The post step removes the SSH key the deploy and status steps wrote; the check never writes one.
    if (command !== "check") runs.post = `../dist/${command}.js`;
    const action = {
      name: `${top.name}: ${command}`,
      description: `${TITLES[command]}. The same bundle as the top-level action with \`command: ${command}\`.`,
      author: top.author,
      branding: top.branding,
      inputs,
      outputs,
      runs,
    };
    files[join(command, "action.yml")] =
      `# Generated from ../action.yml by scripts/sub-actions.mjs: edit that file, then \`npm run build\`.\n` +
      stringify(action, { lineWidth: 0 });
  }
  return files;
}

/** The two-line entries the sub-actions run (written into dist/ by the build). */
export function entryStub(command) {
  return (
    `// \`uses: …/${command}@v1\`: the top-level action with \`command: ${command}\`.\n` +
    `process.env.INPUT_COMMAND = ${JSON.stringify(command)};\nawait import("./index.js");\n`
  );
}

/** Writes the sub-actions' action.yml files (or, with `check`, counts the stale ones). */
export function writeSubActions({ check = false } = {}) {
  const files = subActions(readFileSync(join(root, "action.yml"), "utf8"));
  let stale = 0;
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, path);
    if (check) {
      if (!existsSync(target) || readFileSync(target, "utf8") !== text) {
        console.error(`${path} is stale: run \`node scripts/sub-actions.mjs\` (or \`npm run build\`).`);
        stale++;
      }
    } else {
      mkdirSync(join(root, path, ".."), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit(writeSubActions({ check: process.argv.includes("--check") }) ? 1 : 0);
}
