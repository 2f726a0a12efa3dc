import { createHash } from "node:crypto";
import { describe, expect, it } from "@jest/globals";
import {
  decideApproval,
  describeChanges,
  gatedDigest,
  howToApprove,
  MAX_HEADS,
  type ApprovalInput,
  type ApprovalRecord,
  type GatedFile,
  type LabelEvent,
  type ReviewEvent,
} from "../src/core/approval.js";

const H1 = "a".repeat(40);
const H2 = "b".repeat(40);
const H3 = "c".repeat(40);
const LABEL = "migrations:approved";
const FILES: GatedFile[] = [{ path: "db/migrate/1_drop.rb", blob: "1".repeat(40) }];
const CHANGED: GatedFile[] = [{ path: "db/migrate/1_drop.rb", blob: "2".repeat(40) }];
const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

const labeled = (actor: string | undefined, s: number, label = LABEL): LabelEvent => ({
  event: "labeled",
  actor,
  label,
  at: t(s),
});
const unlabeled = (actor: string, s: number): LabelEvent => ({
  event: "unlabeled",
  actor,
  label: LABEL,
  at: t(s),
});
const review = (user: string | undefined, state: string, commitId: string, s: number): ReviewEvent => ({
  user,
  state,
  commitId,
  at: t(s),
});

function input(over: Partial<ApprovalInput> = {}): ApprovalInput {
  const files = over.files ?? FILES;
  return {
    label: LABEL,
    labelPresent: undefined,
    events: [],
    reviews: [],
    allowed: new Map([
      ["bob", true],
      ["carol", true],
      ["alice", true],
      ["eve", false],
    ]),
    author: "alice",
    head: H1,
    files,
    digest: gatedDigest(files),
    previous: undefined,
    now: t(10),
    canRecord: true,
    ...over,
  };
}

/** A record as a first run (at second 0, head H1, FILES) leaves it. */
const seen = (): ApprovalRecord => decideApproval(input({ now: t(0) })).record;

describe("gatedDigest", () => {
  it("is sha256 over sorted path\\0blob lines, independent of input order", () => {
    const a = { path: "b.sql", blob: "2".repeat(40) };
    const b = { path: "a.sql", blob: "1".repeat(40) };
    const expected = createHash("sha256")
      .update(`a.sql\0${"1".repeat(40)}\nb.sql\0${"2".repeat(40)}`)
      .digest("hex");
    expect(gatedDigest([a, b])).toBe(expected);
    expect(gatedDigest([b, a])).toBe(expected);
    expect(gatedDigest([a])).not.toBe(expected);
  });
});

describe("decideApproval: who", () => {
  it("is approved when nothing is gated", () => {
    const d = decideApproval(input({ files: [] }));
    expect(d.approved).toBe(true);
    expect(d.approvedBy).toEqual([]);
  });

  it("stays closed without any approval", () => {
    const d = decideApproval(input());
    expect(d.approved).toBe(false);
    expect(d.stale).toBeUndefined();
  });

  it("accepts a label added by an allowed user after the check saw the content", () => {
    const d = decideApproval(input({ previous: seen(), events: [labeled("bob", 5)], labelPresent: true }));
    expect(d.approved).toBe(true);
    expect(d.approvedBy).toEqual(["bob"]);
    expect(d.record.approval).toMatchObject({
      by: "bob",
      via: "label",
      at: t(5),
      head: H1,
      digest: gatedDigest(FILES),
    });
    expect(d.record.approval?.files).toEqual({ "db/migrate/1_drop.rb": "1".repeat(40) });
  });

  it("rejects a label by someone not allowed, and by the author", () => {
    for (const actor of ["eve", "alice", "ALICE", "mallory"]) {
      const d = decideApproval(input({ previous: seen(), events: [labeled(actor, 5)] }));
      expect(d.approved).toBe(false);
      expect(d.rejected).toHaveLength(1);
    }
  });

  it("rejects a label by a deleted account", () => {
    const d = decideApproval(input({ previous: seen(), events: [labeled(undefined, 5)] }));
    expect(d.approved).toBe(false);
    expect(d.rejected).toHaveLength(1);
  });

  it("ignores a label removed after it was added, and other labels", () => {
    expect(
      decideApproval(input({ previous: seen(), events: [labeled("bob", 5), unlabeled("eve", 6)] })).approved,
    ).toBe(false);
    expect(decideApproval(input({ previous: seen(), events: [labeled("bob", 5, "other")] })).approved).toBe(
      false,
    );
  });

  it("records the gate's verdict, so a removed label revokes what a deploy may trust", () => {
    const granted = decideApproval(input({ previous: seen(), events: [labeled("bob", 5)] }));
    expect(granted.record).toMatchObject({ approved: true, approval: { by: "bob", via: "label" } });
    const revoked = decideApproval(
      input({
        previous: granted.record,
        events: [labeled("bob", 5), unlabeled("bob", 6)],
        labelPresent: false,
      }),
    );
    expect(revoked.approved).toBe(false);
    expect(revoked.record.approved).toBe(false);
  });

  it("matches the label name case-insensitively, as GitHub does", () => {
    const d = decideApproval(input({ previous: seen(), events: [labeled("bob", 5, "Migrations:Approved")] }));
    expect(d.approved).toBe(true);
  });

  it("trusts the PR's labels over the events: a label not on the PR does not approve", () => {
    const d = decideApproval(input({ previous: seen(), events: [labeled("bob", 5)], labelPresent: false }));
    expect(d.approved).toBe(false);
  });

  it("takes the last add: removed by bob, re-added by eve (not allowed) does not approve", () => {
    const events = [labeled("bob", 3), unlabeled("bob", 4), labeled("eve", 5)];
    const d = decideApproval(input({ previous: seen(), events }));
    expect(d.approved).toBe(false);
    expect(d.rejected[0]).toMatch(/@eve/);
  });

  it("sorts events by time whatever order they come in", () => {
    const d = decideApproval(input({ previous: seen(), events: [unlabeled("bob", 4), labeled("bob", 5)] }));
    expect(d.approved).toBe(true);
  });

  it("accepts an APPROVED review on the current head by an allowed user", () => {
    const d = decideApproval(input({ reviews: [review("bob", "APPROVED", H1, 5)] }));
    expect(d.approved).toBe(true);
    expect(d.approvedBy).toEqual(["bob"]);
    expect(d.record.approval).toMatchObject({ by: "bob", via: "review", head: H1 });
  });

  it("rejects the author's review and a non-allowed user's review", () => {
    const d = decideApproval(
      input({ reviews: [review("alice", "APPROVED", H1, 5), review("eve", "APPROVED", H1, 6)] }),
    );
    expect(d.approved).toBe(false);
    expect(d.rejected).toHaveLength(2);
  });

  it("lets a later CHANGES_REQUESTED or dismissal by the same user cancel an approval, not a comment", () => {
    const cancel = (state: string) =>
      decideApproval(input({ reviews: [review("bob", "APPROVED", H1, 5), review("bob", state, H1, 6)] }))
        .approved;
    expect(cancel("CHANGES_REQUESTED")).toBe(false);
    expect(cancel("DISMISSED")).toBe(false);
    expect(cancel("COMMENTED")).toBe(true);
    expect(cancel("PENDING")).toBe(true);
  });

  it("does not let one user's change request cancel another's approval", () => {
    const reviews = [review("bob", "APPROVED", H1, 5), review("carol", "CHANGES_REQUESTED", H1, 6)];
    expect(decideApproval(input({ reviews })).approvedBy).toEqual(["bob"]);
  });

  it("lists every approver once, label first", () => {
    const d = decideApproval(
      input({
        previous: seen(),
        events: [labeled("carol", 2)],
        reviews: [review("bob", "APPROVED", H1, 5), review("Carol", "APPROVED", H1, 6)],
      }),
    );
    expect(d.approvedBy).toEqual(["carol", "bob"]);
    expect(d.record.approval?.via).toBe("label");
  });
});

describe("decideApproval: binding to content", () => {
  it("keeps a label approval across a push that does not touch the gated migrations", () => {
    const first = decideApproval(input({ previous: seen(), events: [labeled("bob", 5)] }));
    const next = decideApproval(
      input({ previous: first.record, head: H2, now: t(20), events: [labeled("bob", 5)] }),
    );
    expect(next.approved).toBe(true);
    expect(next.record.heads.map((h) => h.sha)).toEqual([H1, H2]);
  });

  it("makes a label approval stale when the gated migrations change, naming the file", () => {
    const first = decideApproval(input({ previous: seen(), events: [labeled("bob", 5)] }));
    const d = decideApproval(
      input({ previous: first.record, head: H2, files: CHANGED, now: t(20), events: [labeled("bob", 5)] }),
    );
    expect(d.approved).toBe(false);
    expect(d.stale).toMatch(/@bob/);
    expect(d.stale).toContain("modified db/migrate/1_drop.rb");
    expect(d.stale).toContain(LABEL);
    // The old approval stays recorded, so the next run still explains it.
    expect(d.record.approval?.digest).toBe(gatedDigest(FILES));
  });

  it("names added and no-longer-gated files", () => {
    expect(
      describeChanges({ "a.sql": "1", "b.sql": "2" }, [
        { path: "b.sql", blob: "2" },
        { path: "c.sql", blob: "3" },
      ]),
    ).toBe("added c.sql; no longer gated a.sql");
  });

  it("re-approves after the label is removed and re-added", () => {
    const first = decideApproval(input({ previous: seen(), events: [labeled("bob", 5)] }));
    const stale = decideApproval(
      input({ previous: first.record, head: H2, files: CHANGED, now: t(20), events: [labeled("bob", 5)] }),
    );
    const events = [labeled("bob", 5), unlabeled("bob", 25), labeled("bob", 26)];
    const d = decideApproval(input({ previous: stale.record, head: H2, files: CHANGED, now: t(30), events }));
    expect(d.approved).toBe(true);
    expect(d.record.approval).toMatchObject({ at: t(26), digest: gatedDigest(CHANGED), head: H2 });
  });

  it("is stale for a label added before the check first saw the current content", () => {
    // Seen at 0 with FILES; label at 5; migrations changed and first seen at 20 (no run in between saw the label).
    const changed = decideApproval(input({ previous: seen(), head: H2, files: CHANGED, now: t(20) })).record;
    const d = decideApproval(
      input({ previous: changed, head: H2, files: CHANGED, now: t(21), events: [labeled("bob", 5)] }),
    );
    expect(d.approved).toBe(false);
    expect(d.stale).toMatch(/before the check first saw/);
  });

  it("is stale for a label the check never saw with this content and cannot record (no comment)", () => {
    const d = decideApproval(input({ events: [labeled("bob", 5)], canRecord: false }));
    expect(d.approved).toBe(false);
    expect(d.stale).toMatch(/without the sticky comment/);
  });

  it("honours the recorded approval when the content comes back to what was approved", () => {
    const first = decideApproval(input({ previous: seen(), events: [labeled("bob", 5)] }));
    const away = decideApproval(
      input({ previous: first.record, head: H2, files: CHANGED, now: t(20), events: [labeled("bob", 5)] }),
    );
    const back = decideApproval(
      input({ previous: away.record, head: H3, now: t(30), events: [labeled("bob", 5)] }),
    );
    expect(back.approved).toBe(true);
  });

  it("accepts a review on an older head whose recorded digest equals the current one", () => {
    const onH1 = seen();
    const d = decideApproval(
      input({ previous: onH1, head: H2, now: t(20), reviews: [review("bob", "APPROVED", H1, 5)] }),
    );
    expect(d.approved).toBe(true);
    expect(d.record.approval).toMatchObject({ via: "review", head: H1, digest: gatedDigest(FILES) });
  });

  it("is stale for a review on an older head whose digest differs", () => {
    const onH1 = seen();
    const d = decideApproval(
      input({
        previous: onH1,
        head: H2,
        files: CHANGED,
        now: t(20),
        reviews: [review("bob", "APPROVED", H1, 5)],
      }),
    );
    expect(d.approved).toBe(false);
    expect(d.stale).toMatch(/@bob approved commit aaaaaaaaaaaa/);
  });

  it("is stale for a review on a head the check never saw", () => {
    const d = decideApproval(input({ head: H2, reviews: [review("bob", "APPROVED", H3, 5)] }));
    expect(d.approved).toBe(false);
    expect(d.stale).toMatch(/never saw/);
  });

  it("names the files when the recorded review approval went stale", () => {
    const first = decideApproval(input({ previous: seen(), reviews: [review("bob", "APPROVED", H1, 5)] }));
    const d = decideApproval(
      input({
        previous: first.record,
        head: H2,
        files: CHANGED,
        now: t(20),
        reviews: [review("bob", "APPROVED", H1, 5)],
      }),
    );
    expect(d.approved).toBe(false);
    expect(d.stale).toContain("modified db/migrate/1_drop.rb");
  });

  it("does not report staleness when another approval holds", () => {
    const d = decideApproval(
      input({
        head: H2,
        reviews: [review("bob", "APPROVED", H3, 5), review("carol", "APPROVED", H2, 6)],
      }),
    );
    expect(d.approved).toBe(true);
    expect(d.stale).toBeUndefined();
  });

  it("rejects a label whose time cannot be read", () => {
    const d = decideApproval(
      input({ previous: seen(), events: [{ ...labeled("bob", 5), at: "yesterday" }] }),
    );
    expect(d.approved).toBe(false);
  });

  it("keeps the last MAX_HEADS heads, the current one last; a head seen again moves to the end", () => {
    let record: ApprovalRecord | undefined;
    for (let i = 0; i < MAX_HEADS + 5; i++) {
      record = decideApproval(
        input({ previous: record, head: i.toString(16).padStart(40, "0"), now: t(i) }),
      ).record;
    }
    expect(record?.heads).toHaveLength(MAX_HEADS);
    const again = decideApproval(input({ previous: record, head: "0".repeat(39) + "a", now: t(50) })).record;
    expect(again.heads[again.heads.length - 1]).toMatchObject({ sha: "0".repeat(39) + "a", at: t(50) });
    expect(again.heads).toHaveLength(MAX_HEADS);
  });

  it("leaves the record unchanged on a rerun of the same head", () => {
    const first = decideApproval(input({ previous: seen(), events: [labeled("bob", 5)] }));
    const rerun = decideApproval(input({ previous: first.record, now: t(40), events: [labeled("bob", 5)] }));
    expect(rerun.record).toEqual(first.record);
  });

  it("keeps only the digest when the gated files are too many to list", () => {
    const many = Array.from({ length: 150 }, (_, i) => ({
      path: `db/migrate/${i}.rb`,
      blob: "1".repeat(40),
    }));
    const d = decideApproval(input({ files: many, reviews: [review("bob", "APPROVED", H1, 5)] }));
    expect(d.record.approval?.files).toBeUndefined();
    expect(d.record.approval?.digest).toBe(gatedDigest(many));
  });
});

describe("howToApprove", () => {
  it("names the label, the approvers and the author", () => {
    expect(howToApprove(LABEL, [], "alice", H1)).toMatch(/write access.*@alice.*migrations:approved/);
    expect(howToApprove(LABEL, ["bob", "acme/dba"], "alice", H1)).toMatch(/@bob, team acme\/dba/);
    expect(howToApprove(LABEL, [], "alice", H1, false)).not.toMatch(/adds the label/);
  });
});
