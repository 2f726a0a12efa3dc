// The streamed report is byte for byte the report the whole-report renderers print.
import { toGitLabCodeQuality } from "../src/core/report/gitlab.js";
import { toJsonReport } from "../src/core/report/json.js";
import { toSarif } from "../src/core/report/sarif.js";
import { toText } from "../src/core/report/text.js";
import type { FileReport, Finding } from "../src/core/types.js";
import { reportWriter, type Format } from "../src/report-writer.js";

const finding = (rule: string, line: number, extra: Partial<Finding> = {}): Finding => ({
  rule,
  category: "destructive",
  severity: "error",
  line,
  endLine: line + 1,
  message: `a "quoted" message\twith a tab, a backslash \\ and ünïcode on line ${line}`,
  safeAlternative: "do it\nin two steps",
  docsUrl: `https://example.test/rules/${rule}`,
  ...extra,
});

const FILES: FileReport[] = [
  { path: "db/migrate/1_a.rb", framework: "rails", status: "added", findings: [finding("drop-column", 3)] },
  { path: "migrations/2.up.sql", framework: "golang-migrate", status: "unchanged", findings: [] },
  {
    path: "db/migrate/3_c.rb",
    previousPath: "db/migrate/3_old.rb",
    framework: "rails",
    status: "renamed",
    findings: [
      finding("drop-table", 1),
      finding("drop-column", 9, { acknowledged: { reason: "ok", line: 8 } }),
    ],
  },
];

function streamed(format: Format, files: FileReport[]): string {
  const pieces: string[] = [];
  const writer = reportWriter(format, (t) => pieces.push(t), "9.9.9");
  for (const f of files) writer.add(f);
  writer.end(files);
  expect(pieces.every((p) => p.length > 0)).toBe(true);
  return pieces.join("");
}

describe("reportWriter", () => {
  it.each([0, 1, 3])("JSON of %i file(s) equals the whole report, pretty-printed", (n) => {
    const files = FILES.slice(0, n);
    expect(streamed("json", files)).toBe(JSON.stringify(toJsonReport(files), null, 2) + "\n");
  });

  it.each([0, 1, 3])("text of %i file(s) equals toText", (n) => {
    const files = FILES.slice(0, n);
    expect(streamed("text", files)).toBe(toText(files));
  });

  it("SARIF equals the whole SARIF document", () => {
    expect(streamed("sarif", FILES)).toBe(JSON.stringify(toSarif(FILES, "9.9.9"), null, 2) + "\n");
  });

  it("GitLab Code Quality equals the whole document", () => {
    expect(streamed("gitlab", FILES)).toBe(JSON.stringify(toGitLabCodeQuality(FILES), null, 2) + "\n");
  });

  it("writes as it goes: a long report reaches the output before the last file is added", () => {
    const pieces: string[] = [];
    const writer = reportWriter("json", (t) => pieces.push(t), "9.9.9");
    for (let i = 0; i < 2000; i++) writer.add({ ...FILES[0], path: `db/migrate/${i}_a.rb` });
    expect(pieces.length).toBeGreaterThan(0);
  });
});
