// The CLI's words, from one table: each command's options (what parseArgs reads and what --help shows), the
// help pages, one-line errors with a hint, and whether output is coloured. No I/O: cli.ts does the writing.
import type { ParseArgsOptionsConfig } from "node:util";
import { ansi, plain, type Style } from "./core/report/style.js";

interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder in help (string options). */
  value?: string;
  help: string;
}

interface CommandSpec {
  usage: string;
  summary: string;
  options: Record<string, OptionSpec>;
  notes?: string;
}

const FAIL_ON_HELP =
  "categories that fail the run, comma-separated: destructive, backward-incompatible, locking, " +
  "irreversible, needs-review, or none (default destructive,needs-review)";

const COMMON: Record<string, OptionSpec> = {
  format: {
    type: "string",
    value: "FORMAT",
    help: "text, json, sarif or gitlab (Code Quality); default text",
  },
  config: { type: "string", value: "FILE", help: "the config file (default .github/migration-guard.yml)" },
  database: { type: "string", value: "DB", help: "postgresql, mysql or sqlite (overrides the config)" },
  "fail-on": { type: "string", value: "CATEGORIES", help: FAIL_ON_HELP },
  quiet: { type: "boolean", short: "q", help: "text: print only the files with findings, no totals" },
};
const HELP: OptionSpec = { type: "boolean", short: "h", help: "show this help" };

export const COMMANDS = {
  analyze: {
    usage: "migration-guard analyze [options] PATH...",
    summary: "analyse migration files and directories",
    options: {
      ...COMMON,
      framework: {
        type: "string",
        value: "ID",
        help: "read every file as this framework (rails, django, alembic, sql, ...)",
      },
      "stdin-filename": {
        type: "string",
        value: "PATH",
        help: "the path reports show for - (default -)",
      },
      jobs: { type: "string", value: "N", help: "analysis threads, 1-256 (default: chosen by size)" },
      help: HELP,
    },
    notes:
      "PATH may be - to read one migration from stdin (with --framework), for editors and pre-commit:\n" +
      "  git show HEAD:db/migrate/1_x.rb | migration-guard analyze --framework rails -",
  },
  diff: {
    usage: "migration-guard diff --base REV [--head REV] [options]",
    summary: "analyse the migrations changed between two revisions",
    options: {
      base: { type: "string", value: "REV", help: "the revision to compare with (required)" },
      head: { type: "string", value: "REV", help: "the revision under review (default HEAD)" },
      repo: { type: "string", value: "DIR", help: "the git repository (default .)" },
      ...COMMON,
      help: HELP,
    },
  },
  demo: {
    usage: "migration-guard demo [--format FORMAT]",
    summary: "review the bundled example pull request (npm start)",
    options: { format: COMMON.format, quiet: COMMON.quiet, help: HELP },
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

/** The `parseArgs` options of a command (the help text's table without the words). */
export function parseOptions(command: CommandName): ParseArgsOptionsConfig {
  return Object.fromEntries(
    Object.entries(COMMANDS[command].options as Record<string, OptionSpec>).map(([name, o]) => [
      name,
      o.short ? { type: o.type, short: o.short } : { type: o.type },
    ]),
  );
}

const EXIT_STATUS = `Exit status:
  0  nothing to stop for
  1  a finding (not acknowledged by an allow comment) in a --fail-on category or at severity error
  2  a usage or input error, including a named path that holds no migration`;

/** `migration-guard --help`, or one command's page. */
export function helpText(command?: CommandName): string {
  if (!command) {
    const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
    const commands = Object.entries(COMMANDS)
      .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
      .join("\n");
    return (
      `Usage: migration-guard <command> [options]\n\nCommands:\n${commands}\n\n` +
      `Options:\n  -V, --version  print the version\n  -h, --help     show this help\n\n` +
      `Run 'migration-guard <command> --help' for a command's options.\n\n${EXIT_STATUS}\n`
    );
  }
  const spec: CommandSpec = COMMANDS[command];
  const rows = Object.entries(spec.options).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : "    "}--${name}${o.value ? ` ${o.value}` : ""}`,
    o.help,
  ]);
  const width = Math.max(...rows.map(([left]) => left.length));
  const options = rows
    .map(
      ([left, help]) =>
        `  ${left.padEnd(width)}  ${wrap(help, 78 - width).join(`\n${" ".repeat(width + 4)}`)}`,
    )
    .join("\n");
  return (
    `Usage: ${spec.usage}\n\n${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.\n\nOptions:\n${options}\n` +
    (spec.notes ? `\n${spec.notes}\n` : "") +
    `\n${EXIT_STATUS}\n`
  );
}

/**
 * A usage error as one line and a hint, instead of the whole usage. Node's parseArgs messages carry a second
 * sentence about `--` that reads as noise here; the first sentence names the option.
 */
export function usageErrorText(message: string, command: CommandName | undefined): string {
  const first = /^Unknown option/.test(message) ? message.replace(/\.\s.*$/s, ".") : message;
  const hint = command
    ? `Run 'migration-guard ${command} --help' for its options.`
    : "Run 'migration-guard --help' for the commands.";
  return `migration-guard: ${first}\n${hint}\n`;
}

/**
 * Colour on a terminal, as the conventions say: FORCE_COLOR (not 0/false) forces it even when piped,
 * NO_COLOR (non-empty) or TERM=dumb turns it off, otherwise only a TTY gets it. Written here rather than
 * taken from Node's `hasColors()`, which exists only on TTY streams and so cannot honour FORCE_COLOR in a pipe.
 */
export function outputStyle(env: NodeJS.ProcessEnv, isTTY: boolean): Style {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force === "0" || force === "false" ? plain : ansi;
  if (env.NO_COLOR) return plain;
  if (env.TERM === "dumb") return plain;
  return isTTY ? ansi : plain;
}

/** Words into lines of at most `width` characters (a word longer than that keeps its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
