// Staging first: the pure decision over what the named environments' `migrate` deployments recorded.
import { describe, expect, it } from "@jest/globals";
import type { ClassifiedMigration } from "../src/core/deploy/gate.js";
import {
  decidePromotion,
  migrateRecord,
  type PromotionHistory,
  type RecordedDeploy,
} from "../src/core/deploy/promotion.js";

const A = "a".repeat(40);
const B = "b".repeat(40);

function migration(id: string, blob?: string): ClassifiedMigration {
  return {
    pending: { id, patterns: [`db/migrate/${id}_x.rb`] },
    ...(blob ? { path: `db/migrate/${id}_x.rb`, blob } : {}),
  };
}

function deploy(
  environment: string,
  state: string,
  applied: [string, string][],
  result = "applied",
): RecordedDeploy {
  return {
    id: 1,
    environment,
    state,
    url: "",
    payload: {
      environment,
      runUrl: "https://github.com/acme/shop/actions/runs/1",
      migrations: applied.map(([id, blob]) => ({ id, path: `db/migrate/${id}_x.rb`, blob, result })),
    },
  };
}

const ok = (...deploys: RecordedDeploy[]): PromotionHistory => ({ ok: true, deploys });

describe("decidePromotion", () => {
  it("passes when each pending blob was applied by a successful deploy to every named environment", () => {
    const d = decidePromotion({
      required: ["staging", "qa"],
      skip: false,
      migrations: [migration("1", A)],
      history: new Map([
        ["staging", ok(deploy("staging", "success", [["1", A]]))],
        ["qa", ok(deploy("qa", "success", [["1", A]]))],
      ]),
    });
    expect(d.action).toBe("pass");
  });

  it("blocks other bytes, naming the migration and the environment where they are missing", () => {
    const d = decidePromotion({
      required: ["staging", "qa"],
      skip: false,
      migrations: [migration("1", B), migration("2", A)],
      history: new Map([
        [
          "staging",
          ok(
            deploy("staging", "success", [
              ["1", A],
              ["2", A],
            ]),
          ),
        ],
        ["qa", ok(deploy("qa", "success", [["2", A]]))],
      ]),
    });
    expect(d.action).toBe("blocked");
    expect(d.missing).toEqual([
      { migration: "1", path: "db/migrate/1_x.rb", blob: B, environments: ["staging", "qa"] },
    ]);
  });

  it("does not count a failed deploy, a deployment of another environment, or a record marked not-applied", () => {
    for (const history of [
      ok(deploy("staging", "failure", [["1", A]])),
      ok(deploy("staging", "error", [["1", A]])),
      ok(deploy("staging", "", [["1", A]])),
      ok(deploy("production", "success", [["1", A]])),
      ok(deploy("staging", "success", [["1", A]], "not-applied")),
      ok({ id: 2, environment: "staging", state: "success", url: "", payload: "junk" }),
    ]) {
      const d = decidePromotion({
        required: ["staging"],
        skip: false,
        migrations: [migration("1", A)],
        history: new Map([["staging", history]]),
      });
      expect(d.action).toBe("blocked");
    }
  });

  it("blocks (fails closed) when the record could not be read, or the file's bytes are unknown", () => {
    const unread = decidePromotion({
      required: ["staging"],
      skip: false,
      migrations: [migration("1", A)],
      history: new Map([["staging", { ok: false, error: "needs deployments: read" }]]),
    });
    expect(unread.action).toBe("blocked");
    expect(unread.unreadable).toEqual([{ environment: "staging", error: "needs deployments: read" }]);
    expect(unread.message).toContain("deployments: read");
    const noBlob = decidePromotion({
      required: ["staging"],
      skip: false,
      migrations: [migration("1")],
      history: new Map([["staging", ok(deploy("staging", "success", [["1", A]]))]]),
    });
    expect(noBlob.action).toBe("blocked");
  });

  it("is waived only by skip, and says so", () => {
    const d = decidePromotion({
      required: ["staging"],
      skip: true,
      migrations: [migration("1", A)],
      history: new Map(),
    });
    expect(d.action).toBe("skipped");
    expect(d.message).toMatch(/SKIPPED/);
  });

  it("is not required without names or without pending migrations", () => {
    expect(
      decidePromotion({ required: [], skip: false, migrations: [migration("1", A)], history: new Map() })
        .action,
    ).toBe("not-required");
    expect(
      decidePromotion({ required: ["staging"], skip: false, migrations: [], history: new Map() }).action,
    ).toBe("not-required");
  });
});

describe("migrateRecord", () => {
  it("lists every classified migration with its blob and whether it was applied", () => {
    const r = migrateRecord("staging", "https://x/run", [migration("1", A), migration("2", B)], ["1"]);
    expect(r.migrations).toEqual([
      { id: "1", path: "db/migrate/1_x.rb", blob: A, result: "applied" },
      { id: "2", path: "db/migrate/2_x.rb", blob: B, result: "not-applied" },
    ]);
  });
});
