// Loads the WASM parsers once per process and hands the pure core a synchronous `Parsers`.
// In the bundle the .wasm files sit beside dist/index.js; from source they are found in node_modules (prism,
// libpg_query, web-tree-sitter) and grammars/ (the tree-sitter grammars, vendored).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { provideReaders } from "../core/frameworks/readers.js";
import type { Parsers, TreeSitterLanguage } from "../core/parsers.js";
import { setEngineFlags } from "./engine-flags.js";
import { READERS } from "./reader-chunks.js";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Where the bundle keeps a wasm file, else the installed package's copy. */
function wasmPath(file: string, packagePath: string): string {
  return besideBundle(file) ?? require.resolve(packagePath);
}

function besideBundle(file: string): string | undefined {
  return [join(here, file), join(here, "..", file)].find((candidate) => existsSync(candidate));
}

/**
 * The tree-sitter grammars are vendored in grammars/ (fetched from their npm tarballs with checksums, see
 * grammars/README.md) and shipped beside the bundle under the same names.
 */
const GRAMMARS: Record<TreeSitterLanguage, string> = {
  python: "tree-sitter-python.wasm",
  php: "tree-sitter-php.wasm",
  javascript: "tree-sitter-javascript.wasm",
  typescript: "tree-sitter-typescript.wasm",
  elixir: "tree-sitter-elixir.wasm",
  csharp: "tree-sitter-c-sharp.wasm",
};

function grammarPath(file: string): string {
  // From source (src/parsers/), the repository's grammars/ folder.
  return besideBundle(file) ?? join(here, "..", "..", "grammars", file);
}

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

/**
 * `changelog`: Liquibase's changelogs, read in JavaScript (saxes, yaml): no WASM parser, only their reader.
 * `prisma`: the reader of `schema.prisma`, which seeds a Prisma migration's history (a Peggy grammar, no WASM).
 */
export type ParserName = "ruby" | "postgres" | TreeSitterLanguage | "changelog" | "prisma";

const ALL: readonly ParserName[] = [
  "ruby",
  "postgres",
  "python",
  "php",
  "javascript",
  "typescript",
  "elixir",
  "csharp",
  "changelog",
  "prisma",
];

const BY_EXTENSION: Record<string, ParserName[]> = {
  rb: ["ruby"],
  py: ["python"],
  sql: [],
  php: ["php"],
  js: ["javascript"],
  mjs: ["javascript"],
  cjs: ["javascript"],
  ts: ["typescript"],
  mts: ["typescript"],
  cts: ["typescript"],
  exs: ["elixir"],
  cs: ["csharp"],
  // Liquibase changelogs: read in JavaScript (saxes, yaml); only their embedded SQL needs a parser.
  xml: ["changelog"],
  yaml: ["changelog"],
  yml: ["changelog"],
  json: ["changelog"],
};

/** The parsers files with these paths can need: their language's, plus PostgreSQL for any embedded SQL. */
export function parsersFor(paths: Iterable<string>): ParserName[] {
  const needed = new Set<ParserName>();
  for (const path of paths) {
    const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
    const names = ext === undefined ? undefined : BY_EXTENSION[ext];
    if (!names) continue;
    names.forEach((n) => needed.add(n));
    needed.add("postgres");
    // A Prisma migration's history is seeded from its schema's .prisma files (see Prisma's historyScope).
    if (/(^|[/\\])migration\.sql$/i.test(path)) needed.add("prisma");
  }
  return [...needed];
}

type PgModule = typeof import("libpg-query");
type TreeSitterModule = typeof import("./web-tree-sitter.cjs");
type TreeSitterParser = InstanceType<TreeSitterModule["Parser"]>;

// Each parser loads at most once per process, and only when some file needs it: a cold start on one
// Rails file pays for prism and libpg_query, not for five tree-sitter grammars.
let prism: Promise<(source: string) => ReturnType<Parsers["ruby"]>> | undefined;
let pg: Promise<PgModule> | undefined;
let treeSitter: Promise<TreeSitterModule> | undefined;
const grammars = new Map<TreeSitterLanguage, Promise<TreeSitterParser>>();
const ready: {
  ruby?: (source: string) => ReturnType<Parsers["ruby"]>;
  pg?: PgModule;
  grammars: Map<TreeSitterLanguage, TreeSitterParser>;
} = { grammars: new Map() };

const readersLoaded = new Map<ParserName, Promise<void>>();
function loadReaders(name: ParserName): Promise<void> {
  let done = readersLoaded.get(name);
  if (!done)
    readersLoaded.set(name, (done = (READERS[name]?.() ?? Promise.resolve({})).then(provideReaders)));
  return done;
}

/**
 * Loads the readers of the named parsers' languages (all by default) without their parsers: JavaScript only, so
 * it can come before setEngineFlags (a thread waiting for the others to boot does this meanwhile).
 */
export async function loadReadersOf(names: Iterable<ParserName> = ALL): Promise<void> {
  await Promise.all([...names].map(loadReaders));
}

/**
 * Loads the named parsers (all by default), and the readers of their languages, and returns the synchronous
 * interface the core uses.
 */
export async function loadParsers(names: Iterable<ParserName> = ALL): Promise<Parsers> {
  setEngineFlags();
  const jobs: Promise<unknown>[] = [];
  for (const name of names) {
    jobs.push(loadReaders(name));
    if (name === "ruby") jobs.push((prism ??= loadPrism()).then((f) => (ready.ruby = f)));
    else if (name === "postgres") jobs.push((pg ??= loadPg()).then((m) => (ready.pg = m)));
    else if (name !== "changelog" && name !== "prisma") {
      if (!grammars.has(name)) grammars.set(name, loadGrammar(name));
      jobs.push(grammars.get(name)!.then((p) => ready.grammars.set(name, p)));
    }
  }
  await Promise.all(jobs);
  return PARSERS;
}

/**
 * libpg_query reports SQL it cannot read by throwing an error, and the SQL reader tries it on each statement of
 * text it rejected (every MySQL file): the stack each error captures is never read, and capturing it was 0.7 % of
 * a 10,000-file run. The error itself, its message and position, is unchanged.
 */
function withoutStacks<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function notLoaded(name: string): never {
  throw new Error(`the ${name} parser was not loaded for this run`);
}

const PARSERS: Parsers = {
  ruby: (source) => (ready.ruby ?? notLoaded("Ruby"))(source),
  postgres: (sql) => withoutStacks(() => (ready.pg ?? notLoaded("PostgreSQL")).parseSync(sql)),
  postgresScan: (sql) => (ready.pg ?? notLoaded("PostgreSQL")).scanSync(sql),
  treeSitter: (language, source) => {
    const tree = (ready.grammars.get(language) ?? notLoaded(language)).parse(source);
    if (!tree) throw new Error(`tree-sitter returned no tree for a ${language} source`);
    return tree;
  },
};

async function loadPrism(): Promise<(source: string) => ReturnType<Parsers["ruby"]>> {
  // prism's own loader resolves its wasm relative to itself, which a bundle breaks; instantiate it here.
  const { parsePrism } = await import("@ruby/prism/src/parsePrism.js");
  const module = await WebAssembly.compile(
    readFileSync(wasmPath("prism.wasm", "@ruby/prism/src/prism.wasm")),
  );
  const { WASI } = await withoutWasiWarning(() => import("node:wasi"));
  const wasi = new WASI({ version: "preview1" });
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject() as WebAssembly.Imports);
  wasi.initialize(instance);
  return (source) => parsePrism(instance.exports, source);
}

/**
 * libpg-query's and web-tree-sitter's emscripten glue read `__dirname`, which ESM does not define; lend them
 * the folder of the wasm files for the time they load. Loads are serialized so the loan cannot overlap.
 */
let dirnameLoan: Promise<unknown> = Promise.resolve();
function withDirname<T>(fn: () => Promise<T>): Promise<T> {
  const run = dirnameLoan.then(async () => {
    const g = globalThis as { __dirname?: string };
    const previous = g.__dirname;
    g.__dirname = dirname(wasmPath("libpg-query.wasm", "libpg-query/wasm/libpg-query.wasm"));
    try {
      return await fn();
    } finally {
      if (previous === undefined) delete g.__dirname;
      else g.__dirname = previous;
    }
  });
  dirnameLoan = run.catch(() => undefined);
  return run;
}

function loadPg(): Promise<PgModule> {
  return withDirname(async () => {
    const module = await import("libpg-query");
    await module.loadModule();
    return module;
  });
}

function loadTreeSitter(): Promise<TreeSitterModule> {
  return withDirname(async () => {
    const { default: ts } = await import("./web-tree-sitter.cjs");
    await ts.Parser.init({
      locateFile: () => wasmPath("web-tree-sitter.wasm", "web-tree-sitter/web-tree-sitter.wasm"),
    });
    return ts;
  });
}

async function loadGrammar(language: TreeSitterLanguage): Promise<TreeSitterParser> {
  const ts = await (treeSitter ??= loadTreeSitter());
  const grammar = await ts.Language.load(readFileSync(grammarPath(GRAMMARS[language])));
  const parser = new ts.Parser();
  parser.setLanguage(grammar);
  return parser;
}
