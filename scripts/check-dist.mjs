// Fails when the committed dist/ differs from a fresh build of src/: actions ship what is committed.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const fresh = join(mkdtempSync(join(tmpdir(), "mg-dist-")), "dist");
execFileSync("node", [join(root, "scripts/build.mjs"), "--out", fresh], { stdio: "inherit" });

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(dir, f))
    .sort();
}
const committed = join(root, "dist");
const a = files(committed);
const b = files(fresh);
const differences = [];
for (const f of new Set([...a, ...b])) {
  if (!a.includes(f)) differences.push(`missing from dist/: ${f}`);
  else if (!b.includes(f)) differences.push(`stale file in dist/: ${f}`);
  else if (!readFileSync(join(committed, f)).equals(readFileSync(join(fresh, f))))
    differences.push(`differs: dist/${f}`);
}
rmSync(join(fresh, ".."), { recursive: true, force: true });
if (differences.length) {
  console.error(
    `dist/ is stale (${differences.length} difference(s)); run \`npm run build\` and commit dist/:`,
  );
  for (const d of differences.slice(0, 20)) console.error(`  ${d}`);
  process.exit(1);
}
// The config schema, its reference page and its compiled validator are generated from src/core/config-schema.ts.
execFileSync("node", [join(root, "scripts/config-docs.mjs"), "--check"], { stdio: "inherit" });
// The sub-actions' action.yml files are generated from action.yml too.
execFileSync("node", [join(root, "scripts/sub-actions.mjs"), "--check"], { stdio: "inherit" });
console.log(`dist/ matches a fresh build (${a.length} files); check/, deploy/, status/ match action.yml`);
