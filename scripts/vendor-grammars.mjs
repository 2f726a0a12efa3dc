// Fetches the tree-sitter grammars' .wasm into grammars/ from their exact npm tarballs, and writes
// grammars/SHA256SUMS. The grammar packages are not dependencies: each ships a native addon and a peer range on
// the native `tree-sitter` that disagree with each other (npm needed legacy-peer-deps), and we use one .wasm
// file of each. `node scripts/vendor-grammars.mjs` refreshes every file (after editing GRAMMARS below);
// `--check` fetches again and fails unless the vendored files are what those tarballs hold.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
export const GRAMMAR_DIR = join(root, "grammars");

/**
 * Each grammar: the npm package and exact version, the registry's integrity for its tarball (a different
 * tarball under the same version fails), the .wasm inside it, and the name it is vendored (and shipped) under.
 */
export const GRAMMARS = [
  {
    package: "tree-sitter-python",
    version: "0.25.0",
    integrity:
      "sha512-eCmJx6zQa35GxaCtQD+wXHOhYqBxEL+bp71W/s3fcDMu06MrtzkVXR437dRrCrbrDbyLuUDJpAgycs7ncngLXw==",
    file: "tree-sitter-python.wasm",
    as: "tree-sitter-python.wasm",
  },
  {
    package: "tree-sitter-php",
    version: "0.24.2",
    integrity:
      "sha512-zwgAePc/HozNaWOOfwRAA+3p8yhuehRw8Fb7vn5qd2XjiIc93uJPryDTMYTSjBRjVIUg/KY6pM3rRzs8dSwKfw==",
    file: "tree-sitter-php.wasm",
    as: "tree-sitter-php.wasm",
  },
  {
    package: "tree-sitter-javascript",
    version: "0.25.0",
    integrity:
      "sha512-1fCbmzAskZkxcZzN41sFZ2br2iqTYP3tKls1b/HKGNPQUVOpsUxpmGxdN/wMqAk3jYZnYBR1dd/y/0avMeU7dw==",
    file: "tree-sitter-javascript.wasm",
    as: "tree-sitter-javascript.wasm",
  },
  {
    package: "tree-sitter-typescript",
    version: "0.23.2",
    integrity:
      "sha512-e04JUUKxTT53/x3Uq1zIL45DoYKVfHH4CZqwgZhPg5qYROl5nQjV+85ruFzFGZxu+QeFVbRTPDRnqL9UbU4VeA==",
    file: "tree-sitter-typescript.wasm",
    as: "tree-sitter-typescript.wasm",
  },
  {
    package: "tree-sitter-elixir",
    version: "0.3.5",
    integrity:
      "sha512-xozQMvYK0aSolcQZAx2d84Xe/YMWFuRPYFlLVxO01bM2GITh5jyiIp0TqPCQa8754UzRAI7A83hZmfiYub5TZQ==",
    file: "tree-sitter-elixir.wasm",
    as: "tree-sitter-elixir.wasm",
  },
  {
    package: "tree-sitter-c-sharp",
    version: "0.23.5",
    integrity:
      "sha512-xJGOeXPMmld0nES5+080N/06yY6LQi+KWGWV4LfZaZe6srJPtUtfhIbRSN7EZN6IaauzW28v6W4QHFwmeUW6HQ==",
    file: "tree-sitter-c_sharp.wasm",
    as: "tree-sitter-c-sharp.wasm",
  },
];

export const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/** SHA256SUMS as `sha256sum` writes it (two spaces, binary files named as they are). */
export function sumsText(entries) {
  return entries.map(({ hash, name }) => `${hash}  ${name}\n`).join("");
}

/** The .wasm of one grammar, from the registry's tarball for that exact version, its integrity checked. */
function fetchWasm(grammar, work) {
  // `npm pack` downloads through the npm client (its cache, registry and auth), and reports the integrity.
  const out = execFileSync(
    "npm",
    ["pack", `${grammar.package}@${grammar.version}`, "--json", "--pack-destination", work],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const [packed] = JSON.parse(out);
  if (packed.integrity !== grammar.integrity)
    throw new Error(
      `${grammar.package}@${grammar.version}: the registry's tarball has integrity ${packed.integrity}, ` +
        `expected ${grammar.integrity}; if the new tarball is meant, update GRAMMARS in this script`,
    );
  const tarball = join(work, packed.filename);
  execFileSync("tar", ["-xzf", tarball, "-C", work, `package/${grammar.file}`]);
  const bytes = readFileSync(join(work, "package", grammar.file));
  rmSync(join(work, "package"), { recursive: true, force: true });
  return bytes;
}

function main() {
  const check = process.argv.includes("--check");
  const work = mkdtempSync(join(tmpdir(), "mg-grammars-"));
  const wrong = [];
  const entries = [];
  try {
    for (const grammar of GRAMMARS) {
      const bytes = fetchWasm(grammar, work);
      entries.push({ hash: sha256(bytes), name: grammar.as });
      const target = join(GRAMMAR_DIR, grammar.as);
      if (!check) {
        writeFileSync(target, bytes);
        continue;
      }
      if (!existsSync(target) || !readFileSync(target).equals(bytes)) wrong.push(grammar.as);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const sums = sumsText(entries.sort((a, b) => a.name.localeCompare(b.name)));
  const sumsPath = join(GRAMMAR_DIR, "SHA256SUMS");
  if (!check) {
    writeFileSync(sumsPath, sums);
    console.log(`vendored ${entries.length} grammars into grammars/ (SHA256SUMS written)`);
    return;
  }
  if (readFileSync(sumsPath, "utf8") !== sums) wrong.push("SHA256SUMS");
  if (wrong.length) {
    console.error(`grammars/ differs from the pinned npm tarballs: ${wrong.join(", ")}`);
    console.error("run `node scripts/vendor-grammars.mjs` and commit grammars/");
    process.exit(1);
  }
  console.log(`grammars/ matches the pinned npm tarballs (${entries.length} grammars)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
