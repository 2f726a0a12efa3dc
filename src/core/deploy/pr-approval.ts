// The link between the PR gate and the deploy gate: a destructive migration may run in a blocking
// environment when the pull request that brought it was approved for exactly the content now on the host.
//
// The PR check records, in its sticky comment, the git blob of every gated migration at approval time.
// Here the deploy computes the blob of the file it read from the host (git's own formula, so no checkout is
// needed) and looks it up. Any byte changed after the approval, on the branch or by hand on the host,
// gives another blob, and the migration is not covered.
import { createHash } from "node:crypto";
import type { RecordedApproval } from "../approval.js";

/** git's object id for a blob: sha1 over "blob <size>\0" and the bytes. */
export function gitBlobSha(bytes: Uint8Array): string {
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/** Where to look for approvals: the repository's API and the deployed commit, whose history is searched. */
export interface ApprovalLookup {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  /** The deployed commit (GITHUB_SHA): approvals are looked up in its history only. */
  ref: string;
  /** `approval-key`: verifies the PR check's signed record (label approvals); "" = only reviews count. */
  key: string;
}

export interface PendingFile {
  /** Path below the app dir, `/`-separated, as the deploy read it. */
  path: string;
  blob: string;
}

/** One merged pull request's approval, as found in its sticky comment. */
export interface PullApproval {
  pull: number;
  url: string;
  approval: RecordedApproval;
}

export interface Coverage {
  covered: { file: PendingFile; pull: number; by: string; via: string; url: string }[];
  /** Files no approval covers, each with the reason. */
  uncovered: { file: PendingFile; reason: string }[];
}

/** The app dir may sit below the repository root (a monorepo): a recorded `apps/shop/db/migrate/x.rb` covers `db/migrate/x.rb`. */
function samePath(recorded: string, onHost: string): boolean {
  return recorded === onHost || recorded.endsWith(`/${onHost}`);
}

export function coverage(files: readonly PendingFile[], approvals: readonly PullApproval[]): Coverage {
  const result: Coverage = { covered: [], uncovered: [] };
  for (const file of files) {
    let reason = approvals.length
      ? "no approved pull request lists it"
      : "no merged pull request with a Migration Guard approval contains the deployed commit";
    let hit: Coverage["covered"][number] | undefined;
    for (const a of approvals) {
      const entries = Object.entries(a.approval.files ?? {}).filter(([p]) => samePath(p, file.path));
      if (!entries.length) continue;
      if (entries.some(([, blob]) => blob === file.blob)) {
        hit = { file, pull: a.pull, by: a.approval.by, via: a.approval.via, url: a.url };
        break;
      }
      reason = `its content on the host (blob ${file.blob.slice(0, 12)}) differs from what was approved in #${a.pull} (blob ${entries[0]![1].slice(0, 12)})`;
    }
    if (hit) result.covered.push(hit);
    else result.uncovered.push({ file, reason });
  }
  return result;
}
