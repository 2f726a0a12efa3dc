// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc, and puts the parsers' .wasm beside them.
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { joinSupervisor } from "./join-supervisor.mjs";
import { COMMANDS, entryStub, writeSubActions } from "./sub-actions.mjs";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url).pathname;
// `--out DIR` builds elsewhere (the dist check compares such a build with the committed dist/).
const outFlag = process.argv.indexOf("--out");
const out = outFlag > 0 ? resolve(process.argv[outFlag + 1]) : join(root, "dist");
const tmp = `${out}.tmp-build`;

const WASM = [
  "@ruby/prism/src/prism.wasm",
  "libpg-query/wasm/libpg-query.wasm",
  "web-tree-sitter/web-tree-sitter.wasm",
];
// The tree-sitter grammars are vendored (grammars/README.md): every .wasm there ships beside the bundle.
const GRAMMARS = readdirSync(join(root, "grammars")).filter((f) => f.endsWith(".wasm"));

rmSync(tmp, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Both entries are built on their own. ncc numbers each build's chunks by itself, so the same name can hold
// different code in the two builds: the action's chunks sit beside dist/index.js, the CLI's in dist/cli/,
// and dist/cli.js (the bin) only imports dist/cli/index.js. The .wasm files are kept once, in dist/ (the
// parsers look beside their bundle and one folder up).
const built = (entry, name) => {
  const dir = join(tmp, name);
  execFileSync(
    join(root, "node_modules/.bin/ncc"),
    ["build", entry, "-o", dir, "--quiet", "--target", "es2022"],
    { cwd: root, stdio: "inherit" },
  );
  // wasm is copied once below; ncc's package.json is replaced by ours.
  return readdirSync(dir)
    .filter((f) => !f.endsWith(".wasm") && f !== "package.json")
    .map((f) => join(dir, f));
};
for (const file of built("src/index.ts", "action"))
  cpSync(file, join(out, basename(file)), { recursive: true });
mkdirSync(join(out, "cli"), { recursive: true });
for (const file of built("src/cli.ts", "cli"))
  cpSync(file, join(out, "cli", basename(file)), { recursive: true });
for (const spec of WASM) copyFileSync(require.resolve(spec), join(out, basename(spec)));
for (const file of GRAMMARS) copyFileSync(join(root, "grammars", file), join(out, file));
// The host-side supervisor ships as one plain script, its sourced parts joined in.
mkdirSync(join(out, "host"), { recursive: true });
writeFileSync(join(out, "host", "supervisor.sh"), joinSupervisor(join(root, "src/host")));
// The one-boot runners' code is embedded in the supervisor; shipped beside it too, to be read.
cpSync(join(root, "src/host/runners"), join(out, "host", "runners"), { recursive: true });
writeFileSync(join(out, "package.json"), JSON.stringify({ type: "module" }) + "\n");
const cli = join(out, "cli.js");
writeFileSync(cli, '#!/usr/bin/env node\nimport "./cli/index.js";\n');
chmodSync(cli, 0o755);
// The sub-actions (check/, deploy/, status/) run the same bundle through an entry that fixes `command`.
for (const command of COMMANDS) writeFileSync(join(out, `${command}.js`), entryStub(command));
// Their action.yml files are generated from the top-level one (a build into --out leaves them alone).
if (outFlag < 0) writeSubActions();
rmSync(tmp, { recursive: true, force: true });
