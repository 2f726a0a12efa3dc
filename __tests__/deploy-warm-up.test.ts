// The classification's warm-up (commands/deploy/classify.ts): each framework's sample is read as a migration
// with a finding (a column rename), so the warm-up runs the reader and the rules, not only detection.
import { describe, expect, it } from "@jest/globals";
import { classifyPending, warmUpClassify } from "../src/commands/deploy/classify.js";
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

describe("classifyPending", () => {
  it("loads parsers for the migration files only: config/database.yml is read, not analysed", async () => {
    const migration = "db/migrate/20240102000000_add_email_to_users.rb";
    const files = {
      "config/database.yml": "production:\n  adapter: postgresql\n  database: app\n",
      [migration]:
        "class AddEmailToUsers < ActiveRecord::Migration[6.1]\n  def change\n    add_column :users, :email, :string\n  end\nend\n",
    };
    const asked: string[][] = [];
    const classified = await classifyPending(
      {
        read: async (patterns) =>
          new Map(
            patterns.map((p) => [
              p,
              Object.entries(files)
                .filter(([path]) => path === p || (p.endsWith("_*.rb") && path.startsWith(p.slice(0, -4))))
                .map(([path, text]) => ({ path, bytes: Buffer.from(text) })),
            ]),
          ),
      },
      "rails",
      {
        pending: [{ id: "20240102000000", patterns: ["db/migrate/20240102000000_*.rb"] }],
        ahead: [],
        applied: [],
        problems: [],
      },
      defaultConfig(),
      (paths) => {
        asked.push(paths);
        return loadParsers(parsersFor(paths));
      },
    );
    expect(asked).toEqual([[migration]]);
    expect(classified[0]).toMatchObject({ path: migration });
    expect(classified[0].report).toBeDefined();
  }, 60_000);
});
