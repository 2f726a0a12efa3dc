// The vendored tree-sitter grammars (grammars/README.md): each file is the one SHA256SUMS names, the fetch
// script and the checksums list the same files, and the web-tree-sitter we ship reads each one (its ABI).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dir = join(root, "grammars");
const require = createRequire(import.meta.url);
const TreeSitter = require("web-tree-sitter") as typeof import("../src/parsers/web-tree-sitter.cjs");

/** `<sha256>  <file>` lines, as sha256sum writes them. */
function sums(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of readFileSync(join(dir, "SHA256SUMS"), "utf8").split("\n").filter(Boolean)) {
    const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (!match) throw new Error(`SHA256SUMS: not a checksum line: ${line}`);
    entries.set(match[2]!, match[1]!);
  }
  return entries;
}

const wasmFiles = () =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".wasm"))
    .sort();

describe("vendored grammars", () => {
  it("every .wasm in grammars/ has the checksum SHA256SUMS gives, and SHA256SUMS lists nothing else", () => {
    const listed = sums();
    expect([...listed.keys()].sort()).toEqual(wasmFiles());
    for (const [file, hash] of listed) {
      expect({
        file,
        hash: createHash("sha256")
          .update(readFileSync(join(dir, file)))
          .digest("hex"),
      }).toEqual({
        file,
        hash,
      });
    }
  });

  it("the fetch script pins each vendored file, with a version and an integrity", () => {
    const script = readFileSync(join(root, "scripts/vendor-grammars.mjs"), "utf8");
    const pinned = [
      ...script.matchAll(
        /version: "([^"]+)",\s*integrity:\s*"(sha512-[^"]+)",\s*file: "[^"]+",\s*as: "([^"]+)"/g,
      ),
    ];
    expect(pinned.map((m) => m[3]).sort()).toEqual(wasmFiles());
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    for (const [, version, , file] of pinned)
      expect(readme).toMatch(new RegExp(`\`${file}\`[^\\n]*\\| ${version} \\|`));
  });

  it("the shipped web-tree-sitter reads each grammar's ABI and parses with it", async () => {
    await TreeSitter.Parser.init();
    for (const file of wasmFiles()) {
      const language = await TreeSitter.Language.load(readFileSync(join(dir, file)));
      expect({ file, abi: language.abiVersion }).toEqual({ file, abi: expect.any(Number) });
      expect(language.abiVersion).toBeGreaterThanOrEqual(TreeSitter.MIN_COMPATIBLE_VERSION);
      expect(language.abiVersion).toBeLessThanOrEqual(TreeSitter.LANGUAGE_VERSION);
      const parser = new TreeSitter.Parser();
      parser.setLanguage(language);
      expect(parser.parse("")?.rootNode).toBeTruthy();
      parser.delete();
    }
  });
});
