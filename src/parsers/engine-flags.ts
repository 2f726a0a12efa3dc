// The V8 flags an analysis run sets on itself, by the V8 version of the node that runs it. The action ships on
// node 24 (action.yml), the CLI runs on whatever node the user has (package.json: >=20), so each flag here was
// checked on node 20 (V8 11.3), 21 (11.8), 22 (12.4) and 24 (13.6).
import { setFlagsFromString } from "node:v8";

/**
 * Bytecode a function runs before V8 considers optimising it (node 20's default is 66 KiB, 67,584). Total
 * instructions of `analyze --jobs 1` on the bench's mixed corpus (callgrind, every thread counted):
 * 2,000 files 8.45 G by default, 7.31 G with this budget set here (7.13 G given on the command line); 10,000
 * files (on the command line) 30.28 G and 26.57 G; twice this budget 7.20 G at 2,000 files, four times 7.57 G.
 */
export const INTERRUPT_BUDGET = 528_000;

/**
 * The flags for an analysis run on V8 `v8Version` (`process.versions.v8`).
 *
 * WebAssembly is compiled by Liftoff (the baseline compiler) only. By default V8 also recompiles hot functions
 * with TurboFan in the background, and node waits for those compiles before it exits. Measured on one SQL file
 * (paired runs): half the CPU time and 66 instead of 114 MiB; on 10,000 files no slower (0.97× the CPU) and
 * 25 MiB less. `--liftoff-only` set at run time does this on node 20, 21 and 22, but not on node 24 (V8 13.6),
 * where `--no-wasm-tier-up` and `--no-wasm-dynamic-tiering`, the flags it implies, must be set by name (V8 applies
 * a flag's implications when it starts): with `--liftoff-only` alone, `SELECT interval '1 year'` in one SQL file
 * had node 24 compile libpg_query's parser function (102 KB of WebAssembly) with TurboFan, 1.8 s and 610 MB that
 * node waited for before it exited. All three are set on every version (V8's own trace of each compile, on each
 * of those nodes: no function compiled by TurboFan).
 *
 * Each function is also validated when it is first compiled, not all of them when the module loads: V8
 * already compiles lazily, but by default it validates every function body up front, most of which a run
 * never calls. That was 52 of the 784 million instructions of a cold start on one Rails file (callgrind). The
 * modules are the ones we ship; a function that failed validation would throw from the parse, and a parse
 * that throws is a needs-review finding, never a pass.
 *
 * JavaScript is optimised later than V8's default (INTERRUPT_BUDGET). The readers are many functions each run
 * a few times per file, and by default TurboFan compiled most of them: compiling was 22 % of the CPU of a
 * 10,000-file run (perf), spent on functions that ran a few more times. With the budget raised, only the
 * functions that stay hot are optimised. V8 11.8 (node 21) replaced the budget with invocation counts and
 * dropped the flag; V8 prints "Error: unrecognized flag" to stderr for a flag it does not know, so it is set only
 * where it exists.
 *
 * Scavenges (the young generation's collections, ~80 in a 10,000-file run, ~470 ms over both threads) run on
 * the collecting thread alone, without helper tasks: an analysis run keeps every core busy with its own threads,
 * so the helpers only wait for a core and then synchronise. 10,000 mixed files, paired runs against the same
 * bundle without it, on three calls (6-10 pairs each): 0.954×, 0.962× and 0.977× the wall time, 0.97-0.99× the
 * CPU, the same report byte for byte. Unlike `--single-threaded-gc` (which crashes V8 when set after start-up),
 * this flag is read at each scavenge.
 *
 * None of them changes what a run computes, only when and how V8 compiles and collects.
 */
export function engineFlags(v8Version: string): string[] {
  const flags = [
    "--liftoff-only",
    "--no-wasm-tier-up",
    "--no-wasm-dynamic-tiering",
    "--wasm-lazy-validation",
  ];
  // A version that does not read as major.minor is taken for a new one: the flag is left out, not guessed at.
  const version = /^(\d+)\.(\d+)\./.exec(v8Version);
  const [major, minor] = version ? [Number(version[1]), Number(version[2])] : [Infinity, 0];
  if (major < 11 || (major === 11 && minor <= 3)) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  flags.push("--no-parallel-scavenge");
  return flags;
}

/**
 * Sets the flags, once per process, before the first parser loads (see analyze-files.ts for when). They are
 * process-wide, so analysis threads get them too.
 */
let engineFlagsSet = false;
export function setEngineFlags(): void {
  if (engineFlagsSet) return;
  engineFlagsSet = true;
  for (const flag of engineFlags(process.versions.v8)) setFlagsFromString(flag);
}
