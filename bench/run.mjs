// `npm run bench`: every benchmark, each in its own process, figures printed as it goes.
// Requires a built dist/ (the benchmarks measure what ships).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const only = process.argv.slice(2);
const benches = ["analyze", "sql", "check", "deploy", "backup"].filter(
  (b) => only.length === 0 || only.includes(b),
);
// What the benches run beside the product, fetched at pinned versions: the node the action runs on (the action's
// benches run it there, see measure.mjs's actionNode) and squawk (the SQL bench's yardstick).
const tools = [
  (benches.includes("check") || benches.includes("deploy")) && "action-node",
  benches.includes("sql") && "squawk",
].filter(Boolean);
for (const tool of tools) {
  const install = spawnSync("bash", [join(here, "..", "scripts", "install-tool.sh"), tool], {
    stdio: "inherit",
  });
  if (install.status !== 0) process.exit(1);
}
let failed = 0;
for (const name of benches) {
  const file = join(here, `${name}.mjs`);
  if (!existsSync(file)) {
    console.log(`\n## ${name}: no benchmark yet`);
    continue;
  }
  console.log(`\n## ${name}`);
  const r = spawnSync(process.execPath, [file], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
