// The classification's warm-up (commands/deploy/classify.ts): each framework's sample is read as a migration
// with a finding (a column rename), so the warm-up runs the reader and the rules, not only detection.
import { describe, expect, it } from "@jest/globals";
import { warmUpClassify } from "../src/commands/deploy/classify.js";
import { defaultConfig } from "../src/core/config-defaults.js";
import { DEPLOY_FRAMEWORKS } from "../src/core/deploy/presets.js";
import { loadParsers, parsersFor } from "../src/parsers/index.js";

describe("warmUpClassify", () => {
  it.each(DEPLOY_FRAMEWORKS.map((f) => [f]))(
    "%s: the sample is analysed as a migration",
    async (framework) => {
      expect(
        await warmUpClassify(framework, defaultConfig(), (paths) => loadParsers(parsersFor(paths))),
      ).toBe(true);
    },
    60_000,
  );
});
