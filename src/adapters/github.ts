// The GitHub REST API, only what the approval gate and the sticky comment need, behind an interface.
// @actions/github's Octokit (the runner's proxy settings, GHES through `baseUrl`, pagination) with the retry and
// throttling plugins (5xx retried for reads, rate limits waited out once when short). Every call goes through
// `call`, which turns Octokit's errors into GitHubApiError: method, path, status and GitHub's message, never
// the token (Octokit keeps it in the Authorization header; no message of ours reads a header).
import type { getOctokit } from "@actions/github";
import { randomUUID } from "node:crypto";
import type { LabelEvent, ReviewEvent } from "../core/approval.js";

export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export interface PullRequest {
  number: number;
  author: string;
  head: string;
  labels: string[];
  state: string;
}

export interface MergedPull {
  number: number;
  /** Undefined when the pull request was not merged. */
  mergedAt: string | undefined;
  url: string;
}

export interface IssueComment {
  id: number;
  body: string;
  author: string;
  authorType: string;
  url: string;
}

export interface GitHubClient {
  getPull(pull: number): Promise<PullRequest>;
  listLabelEvents(pull: number): Promise<LabelEvent[]>;
  listReviews(pull: number): Promise<ReviewEvent[]>;
  listComments(pull: number): Promise<IssueComment[]>;
  createComment(pull: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
  deleteComment(id: number): Promise<void>;
  /** A user's permission on the repository (`none` for someone who is not a collaborator). */
  permission(login: string): Promise<Permission>;
  /** Whether the user is an active member of `org/slug` (a pending invitation is not). */
  isTeamMember(org: string, slug: string, login: string): Promise<boolean>;
  /** The newest commit reachable from `ref` that changed `path` (the deploy's way back to a PR). */
  lastCommitTouching(path: string, ref: string): Promise<string | undefined>;
  /** Pull requests GitHub associates with a commit (the PR it was merged or squashed from). */
  pullsForCommit(sha: string): Promise<MergedPull[]>;
  /** The git blob id of `path` at commit `sha` (git's own object, read by GitHub); undefined when absent. */
  blobAt(path: string, sha: string): Promise<string | undefined>;
  /** The token's user (a PAT), or undefined when the API will not say (GITHUB_TOKEN and app tokens). */
  whoami(): Promise<string | undefined>;
  /** GitHub's clock (ISO), from the `Date` of the latest response: the clock label and review times use. */
  serverTime(): string | undefined;
  /** A deployment of `ref` to `environment` (no merge, no required contexts): its id. */
  createDeployment(input: NewDeployment): Promise<number>;
  /** A status of deployment `id` (`success`, `failure`, `error`, ...). */
  createDeploymentStatus(id: number, status: NewDeploymentStatus): Promise<void>;
  /** The deployments of `environment` with `task`, newest first. */
  listDeployments(environment: string, task: string): Promise<Deployment[]>;
  /** The state of a deployment's latest status; "" when it has none. */
  deploymentState(id: number): Promise<string>;
}

export interface NewDeployment {
  ref: string;
  environment: string;
  task: string;
  description: string;
  payload: unknown;
}

export interface NewDeploymentStatus {
  state: "success" | "failure" | "error";
  description: string;
  logUrl: string;
}

export interface Deployment {
  id: number;
  environment: string;
  task: string;
  payload: unknown;
  url: string;
}

export class GitHubApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    apiMessage: string,
  ) {
    super(
      `GitHub API ${method} ${path} answered ${status || "no response"}${apiMessage ? `: ${apiMessage}` : ""}.` +
        (status === 401 ? " The token was refused: check the `token` input." : "") +
        (status === 403 || status === 404
          ? " The token may lack the permission (a fork's pull request gets a read-only token; the workflow needs " +
            "`permissions: pull-requests: write`)."
          : ""),
    );
    this.name = "GitHubApiError";
  }
}

export interface ClientOptions {
  token: string;
  apiUrl: string;
  owner: string;
  repo: string;
  timeoutMs?: number;
  /** Stop following `Link: rel="next"` after this many pages (100 × 100 items). */
  maxPages?: number;
}

const PER_PAGE = 100;
/** A rate limit that resets sooner than this is waited out (once); a later one fails the call. */
const LONGEST_RATE_WAIT_S = 60;
/** Writes are never retried: a comment POSTed twice would double. */
const NO_RETRY = { request: { retries: 0 } } as const;

type Octokit = ReturnType<typeof getOctokit>;

export function createGitHubClient(options: ClientOptions): GitHubClient {
  // The callers decide what no token means (a closed gate, approvals not looked up); here it is a bug.
  if (!options.token) throw new Error("createGitHubClient needs a token.");
  const baseUrl = options.apiUrl.replace(/\/+$/, "");
  const origin = new URL(baseUrl).origin;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxPages = options.maxPages ?? 100;
  const repo = { owner: options.owner, repo: options.repo };
  let serverDate: string | undefined;
  const noteDate = (headers: Record<string, unknown> | undefined) => {
    const date = Date.parse(typeof headers?.date === "string" ? headers.date : "");
    if (!Number.isNaN(date)) serverDate = new Date(date).toISOString();
  };

  const waitOnce = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) =>
    retryCount === 0 && retryAfter <= LONGEST_RATE_WAIT_S;
  // @actions/github parses the event payload when it is imported (its `context`): loaded at the first call,
  // after our own input check has read the payload, so a broken one is reported in a sentence, not a crash.
  let loaded: Promise<Octokit> | undefined;
  const kit = () => (loaded ??= load());
  const load = async (): Promise<Octokit> => {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
      import("@actions/github"),
      import("@octokit/plugin-retry"),
      import("@octokit/plugin-throttling"),
    ]);
    const octokit = getOctokit(
      options.token,
      {
        baseUrl,
        userAgent: "migration-guard",
        // Two more tries for a 5xx or a dropped connection, after 1 s and 4 s.
        retry: { retries: 2 },
        // One id per client: GitHub's pacing of writes is per run, not shared by every client in a process.
        throttle: { id: randomUUID(), onRateLimit: waitOnce, onSecondaryRateLimit: waitOnce },
      },
      retry,
      throttling,
    );
    octokit.hook.before("request", (request) => {
      // A pagination link elsewhere would carry the token to another host: refuse it.
      const url = new URL(octokit.request.endpoint.parse(request).url);
      if (url.origin !== origin)
        throw new GitHubApiError(request.method, url.pathname, 0, `link to another host ${url.origin}`);
      request.request = { ...request.request, signal: AbortSignal.timeout(timeoutMs) };
    });
    octokit.hook.after("request", (response) => noteDate(response.headers));
    octokit.hook.error("request", (error) => {
      noteDate((error as { response?: { headers?: Record<string, unknown> } }).response?.headers);
      throw error;
    });
    return octokit;
  };
  /** One API call; whatever fails becomes a GitHubApiError that names the call. */
  const call = async <T>(method: string, path: string, send: (o: Octokit) => Promise<T>): Promise<T> => {
    try {
      return await send(await kit());
    } catch (error) {
      throw apiError(method, path, error);
    }
  };
  const paginate = async <T>(
    path: string,
    pages: (o: Octokit) => AsyncIterable<{ data: T[] }>,
  ): Promise<T[]> =>
    call("GET", path, async (o) => {
      const items: T[] = [];
      let page = 0;
      for await (const { data } of pages(o)) {
        items.push(...data);
        if (++page >= maxPages) break;
      }
      return items;
    });

  const comment = (c: {
    id: number;
    body?: string;
    user: { login: string; type: string } | null;
    html_url: string;
  }): IssueComment => ({
    id: c.id,
    body: c.body ?? "",
    author: c.user?.login ?? "",
    authorType: c.user?.type ?? "",
    url: c.html_url,
  });
  const pullPath = (pull: number) => `/repos/${options.owner}/${options.repo}/pulls/${pull}`;
  const issuePath = (pull: number) => `/repos/${options.owner}/${options.repo}/issues/${pull}`;

  return {
    async getPull(pull) {
      const { data: p } = await call("GET", pullPath(pull), (o) =>
        o.rest.pulls.get({ ...repo, pull_number: pull }),
      );
      return {
        number: p.number,
        author: p.user?.login ?? "",
        head: p.head.sha,
        labels: p.labels.flatMap((l) => (typeof l.name === "string" ? [l.name] : [])),
        state: p.state,
      };
    },
    async listLabelEvents(pull) {
      const events = await paginate(`${issuePath(pull)}/events`, (o) =>
        o.paginate.iterator(o.rest.issues.listEvents, {
          ...repo,
          issue_number: pull,
          per_page: PER_PAGE,
        }),
      );
      return events.flatMap((e): LabelEvent[] => {
        if (e.event !== "labeled" && e.event !== "unlabeled") return [];
        const label = "label" in e ? e.label?.name : undefined;
        if (typeof label !== "string" || typeof e.created_at !== "string") return [];
        return [{ event: e.event, actor: e.actor?.login, label, at: e.created_at }];
      });
    },
    async listReviews(pull) {
      const reviews = await paginate(`${pullPath(pull)}/reviews`, (o) =>
        o.paginate.iterator(o.rest.pulls.listReviews, {
          ...repo,
          pull_number: pull,
          per_page: PER_PAGE,
        }),
      );
      return reviews.map((r): ReviewEvent => ({
        user: r.user?.login,
        state: r.state,
        commitId: r.commit_id ?? undefined,
        at: r.submitted_at ?? "",
      }));
    },
    async listComments(pull) {
      const comments = await paginate(`${issuePath(pull)}/comments`, (o) =>
        o.paginate.iterator(o.rest.issues.listComments, {
          ...repo,
          issue_number: pull,
          per_page: PER_PAGE,
        }),
      );
      return comments.map(comment);
    },
    async createComment(pull, body) {
      const { data } = await call("POST", `${issuePath(pull)}/comments`, (o) =>
        o.rest.issues.createComment({ ...repo, issue_number: pull, body, ...NO_RETRY }),
      );
      return comment(data);
    },
    async updateComment(id, body) {
      const path = `/repos/${options.owner}/${options.repo}/issues/comments/${id}`;
      const { data } = await call("PATCH", path, (o) =>
        o.rest.issues.updateComment({ ...repo, comment_id: id, body, ...NO_RETRY }),
      );
      return comment(data);
    },
    async deleteComment(id) {
      const path = `/repos/${options.owner}/${options.repo}/issues/comments/${id}`;
      await call("DELETE", path, (o) =>
        o.rest.issues.deleteComment({ ...repo, comment_id: id, ...NO_RETRY }),
      );
    },
    async permission(user) {
      const path = `/repos/${options.owner}/${options.repo}/collaborators/${user}/permission`;
      try {
        const { data: d } = await call("GET", path, (o) =>
          o.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: user }),
        );
        // role_name knows maintain and triage; `permission` folds them into write and read.
        return isPermission(d.role_name) ? d.role_name : isPermission(d.permission) ? d.permission : "none";
      } catch (error) {
        // 404: not a collaborator (or no such user). Anything else is thrown (fails closed upstream).
        if (error instanceof GitHubApiError && error.status === 404) return "none";
        throw error;
      }
    },
    async isTeamMember(org, slug, user) {
      try {
        const { data } = await call("GET", `/orgs/${org}/teams/${slug}/memberships/${user}`, (o) =>
          o.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username: user }),
        );
        return data.state === "active";
      } catch (error) {
        // 404: not a member. Anything else is thrown (fails closed upstream).
        if (error instanceof GitHubApiError && error.status === 404) return false;
        throw error;
      }
    },
    async lastCommitTouching(path, ref) {
      const { data } = await call("GET", `/repos/${options.owner}/${options.repo}/commits`, (o) =>
        o.rest.repos.listCommits({ ...repo, path, sha: ref, per_page: 1 }),
      );
      return data[0]?.sha;
    },
    async pullsForCommit(sha) {
      const pulls = await paginate(`/repos/${options.owner}/${options.repo}/commits/${sha}/pulls`, (o) =>
        o.paginate.iterator(o.rest.repos.listPullRequestsAssociatedWithCommit, {
          ...repo,
          commit_sha: sha,
          per_page: PER_PAGE,
        }),
      );
      return pulls.map((p) => ({ number: p.number, mergedAt: p.merged_at ?? undefined, url: p.html_url }));
    },
    async blobAt(path, sha) {
      try {
        const { data } = await call("GET", `/repos/${options.owner}/${options.repo}/contents/${path}`, (o) =>
          o.rest.repos.getContent({ ...repo, path, ref: sha }),
        );
        return !Array.isArray(data) && data.type === "file" ? data.sha : undefined;
      } catch (error) {
        // 404: the file is not in that commit (an approval of another version). Anything else is thrown.
        if (error instanceof GitHubApiError && error.status === 404) return undefined;
        throw error;
      }
    },
    serverTime() {
      return serverDate;
    },
    async createDeployment(d) {
      const { data } = await call("POST", `/repos/${options.owner}/${options.repo}/deployments`, (o) =>
        o.rest.repos.createDeployment({
          ...repo,
          ref: d.ref,
          environment: d.environment,
          task: d.task,
          description: d.description,
          // The record is of what ran, not a request to deploy: no merge of the base, no status checks.
          auto_merge: false,
          required_contexts: [],
          payload: d.payload as Record<string, unknown>,
          ...NO_RETRY,
        }),
      );
      if (!("id" in data) || typeof data.id !== "number")
        throw new GitHubApiError("POST", `/repos/${options.owner}/${options.repo}/deployments`, 202, "no id");
      return data.id;
    },
    async createDeploymentStatus(id, st) {
      const path = `/repos/${options.owner}/${options.repo}/deployments/${id}/statuses`;
      await call("POST", path, (o) =>
        o.rest.repos.createDeploymentStatus({
          ...repo,
          deployment_id: id,
          state: st.state,
          description: st.description.slice(0, 140),
          ...(st.logUrl ? { log_url: st.logUrl } : {}),
          ...NO_RETRY,
        }),
      );
    },
    async listDeployments(environment, task) {
      const deployments = await paginate(`/repos/${options.owner}/${options.repo}/deployments`, (o) =>
        o.paginate.iterator(o.rest.repos.listDeployments, { ...repo, environment, task, per_page: PER_PAGE }),
      );
      return deployments.map((d) => ({
        id: d.id,
        environment: d.environment ?? "",
        task: d.task,
        payload: d.payload,
        url: d.url,
      }));
    },
    async deploymentState(id) {
      const path = `/repos/${options.owner}/${options.repo}/deployments/${id}/statuses`;
      // Newest first: the first status is the latest.
      const { data } = await call("GET", path, (o) =>
        o.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id, per_page: 1 }),
      );
      return data[0]?.state ?? "";
    },
    async whoami() {
      try {
        return (await (await kit()).rest.users.getAuthenticated()).data.login;
      } catch {
        // Fails closed: not knowing the token's user, only bot comments count as the check's own.
        return undefined;
      }
    },
  };
}

/** Octokit's error (or ours, from the hooks) as a GitHubApiError naming the call; the token is never in it. */
function apiError(method: string, path: string, error: unknown): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const e = error as { status?: unknown; message?: unknown; response?: { data?: unknown } };
  if (e.response) {
    const data = e.response.data;
    const message = isObject(data) && typeof data.message === "string" ? data.message : "";
    return new GitHubApiError(method, path, typeof e.status === "number" ? e.status : 0, message);
  }
  // No response: the connection failed or timed out (Octokit reports that as a 500 without a response).
  return new GitHubApiError(method, path, 0, typeof e.message === "string" ? e.message : String(error));
}

function isPermission(v: unknown): v is Permission {
  return typeof v === "string" && ["admin", "maintain", "write", "triage", "read", "none"].includes(v);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
