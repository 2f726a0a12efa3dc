// Loads the WASM parsers once per process and hands the pure core a synchronous `Parsers`.
// In the bundle the .wasm files sit beside dist/index.js; from source they are found in node_modules.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Parsers, TreeSitterLanguage } from "../core/parsers.js";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Where the bundle keeps a wasm file, else the installed package's copy. */
function wasmPath(file: string, packagePath: string): string {
  for (const candidate of [join(here, file), join(here, "..", file)]) {
    if (existsSync(candidate)) return candidate;
  }
  return require.resolve(packagePath);
}

const GRAMMARS: Record<TreeSitterLanguage, [file: string, packagePath: string]> = {
  python: ["tree-sitter-python.wasm", "tree-sitter-python/tree-sitter-python.wasm"],
  php: ["tree-sitter-php.wasm", "tree-sitter-php/tree-sitter-php.wasm"],
  javascript: ["tree-sitter-javascript.wasm", "tree-sitter-javascript/tree-sitter-javascript.wasm"],
  typescript: ["tree-sitter-typescript.wasm", "tree-sitter-typescript/tree-sitter-typescript.wasm"],
  elixir: ["tree-sitter-elixir.wasm", "tree-sitter-elixir/tree-sitter-elixir.wasm"],
};

/** Node prints "WASI is an experimental feature" once per process; it says nothing about our run. */
async function withoutWasiWarning<T>(fn: () => Promise<T>): Promise<T> {
  const original = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (/WASI/.test(text)) return;
    (original as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return await fn();
  } finally {
    process.emitWarning = original;
  }
}

let loaded: Promise<Parsers> | undefined;

export function loadParsers(): Promise<Parsers> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Parsers> {
  // Ruby: prism's own loader resolves its wasm relative to itself, which a bundle breaks; instantiate it here.
  const { parsePrism } = await import("@ruby/prism/src/parsePrism.js");
  const prismModule = await WebAssembly.compile(
    readFileSync(wasmPath("prism.wasm", "@ruby/prism/src/prism.wasm")),
  );
  const { WASI } = await withoutWasiWarning(() => import("node:wasi"));
  const wasi = new WASI({ version: "preview1" });
  const prism = await WebAssembly.instantiate(prismModule, wasi.getImportObject() as WebAssembly.Imports);
  wasi.initialize(prism);

  // libpg-query's and web-tree-sitter's emscripten glue read `__dirname`, which ESM does not define; lend
  // them the folder of the wasm files for the time they load.
  const g = globalThis as { __dirname?: string };
  const previousDirname = g.__dirname;
  g.__dirname = dirname(wasmPath("libpg-query.wasm", "libpg-query/wasm/libpg-query.wasm"));
  let pg: typeof import("libpg-query");
  let ts: typeof import("./web-tree-sitter.cjs");
  try {
    pg = await import("libpg-query");
    await pg.loadModule();
    ({ default: ts } = await import("./web-tree-sitter.cjs"));
    await ts.Parser.init({
      locateFile: () => wasmPath("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm"),
    });
  } finally {
    if (previousDirname === undefined) delete g.__dirname;
    else g.__dirname = previousDirname;
  }
  const parsers = new Map<TreeSitterLanguage, InstanceType<typeof ts.Parser>>();
  for (const [language, [file, packagePath]] of Object.entries(GRAMMARS) as [
    TreeSitterLanguage,
    [string, string],
  ][]) {
    const grammar = await ts.Language.load(readFileSync(wasmPath(file, packagePath)));
    const parser = new ts.Parser();
    parser.setLanguage(grammar);
    parsers.set(language, parser);
  }

  return {
    ruby: (source) => parsePrism(prism.exports, source),
    postgres: (sql) => pg.parseSync(sql),
    postgresScan: (sql) => pg.scanSync(sql),
    treeSitter: (language, source) => {
      const tree = parsers.get(language)!.parse(source);
      if (!tree) throw new Error(`tree-sitter returned no tree for a ${language} source`);
      return tree;
    },
  };
}
