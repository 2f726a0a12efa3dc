// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc, and puts the parsers' .wasm beside them.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";

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
  "tree-sitter-python/tree-sitter-python.wasm",
  "tree-sitter-php/tree-sitter-php.wasm",
  "tree-sitter-javascript/tree-sitter-javascript.wasm",
  "tree-sitter-typescript/tree-sitter-typescript.wasm",
  "tree-sitter-elixir/tree-sitter-elixir.wasm",
];

rmSync(tmp, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Each entry gets its own folder so ncc's chunk files cannot collide; the .wasm files sit once in dist/.
const entries = [
  ["src/index.ts", out],
  ["src/cli.ts", join(out, "cli")],
];
for (const [entry, dest] of entries) {
  const dir = join(tmp, basename(dest));
  execFileSync(
    join(root, "node_modules/.bin/ncc"),
    ["build", entry, "-o", dir, "--quiet", "--target", "es2022"],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  mkdirSync(dest, { recursive: true });
  for (const file of readdirSync(dir)) {
    if (file.endsWith(".wasm") || file === "package.json") continue; // wasm is copied once below
    cpSync(join(dir, file), join(dest, file), { recursive: true });
  }
}
for (const spec of WASM) copyFileSync(require.resolve(spec), join(out, basename(spec)));
// The host-side supervisor ships as a plain asset.
try {
  cpSync(join(root, "src/host"), join(out, "host"), { recursive: true });
} catch {
  /* no host assets yet */
}
writeFileSync(join(out, "package.json"), JSON.stringify({ type: "module" }) + "\n");
const cli = join(out, "cli", "index.js");
const text = readFileSync(cli, "utf8");
if (!text.startsWith("#!")) writeFileSync(cli, "#!/usr/bin/env node\n" + text);
chmodSync(cli, 0o755);
rmSync(tmp, { recursive: true, force: true });
