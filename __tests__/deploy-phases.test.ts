// The deploy's phase list is one list: the code's DEPLOY_PHASES, the phases the orchestration marks, and the
// table in docs/deploy.md.
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { DEPLOY_PHASES } from "../src/core/deploy/phases.js";

const root = new URL("..", import.meta.url);

function docsPhases(): string[] {
  const docs = readFileSync(new URL("docs/deploy.md", root), "utf8");
  const section = docs.split("## What a deploy does")[1]?.split("\n## ")[0] ?? "";
  const rows = section.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| ---"));
  return rows.slice(1).map((l) => l.split("|")[1].trim());
}

describe("deploy phases", () => {
  it("the docs' table lists DEPLOY_PHASES, in order", () => {
    expect(docsPhases()).toEqual([...DEPLOY_PHASES]);
  });

  it("the orchestration runs each phase of DEPLOY_PHASES exactly once, and no other", () => {
    const code = readFileSync(new URL("src/commands/deploy.ts", root), "utf8");
    const marked = [...code.matchAll(/\bphase\("([a-z-]+)"/g)].map((m) => m[1]);
    expect([...marked].sort()).toEqual([...DEPLOY_PHASES].sort());
  });
});
