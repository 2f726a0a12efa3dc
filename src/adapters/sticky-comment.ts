// Finding the check's own sticky comment on a pull request: the check writes it, the deploy reads it back.
import type { GitHubClient, IssueComment } from "./github.js";
import { isReportComment } from "../core/report/comment.js";

/**
 * The check's own comment: the oldest one with the marker written by a bot (GITHUB_TOKEN, an app) or by the
 * token's user (a PAT). Anyone can paste the marker and a forged record into a comment; those are ignored.
 */
export async function findStickyComment(
  gh: GitHubClient,
  pull: number,
): Promise<{ comment: IssueComment | undefined; duplicates: IssueComment[]; ignored: IssueComment[] }> {
  const marked = (await gh.listComments(pull)).filter((c) => isReportComment(c.body));
  const byBot = marked.filter((c) => c.authorType === "Bot");
  let me: string | undefined;
  if (marked.length > byBot.length) me = (await gh.whoami())?.toLowerCase();
  const ours = marked.filter(
    (c) => c.authorType === "Bot" || (me !== undefined && c.author.toLowerCase() === me),
  );
  return { comment: ours[0], duplicates: ours.slice(1), ignored: marked.filter((c) => !ours.includes(c)) };
}
