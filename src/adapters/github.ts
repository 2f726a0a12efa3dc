// The GitHub REST API, only what the approval gate and the sticky comment need, behind an interface.
// Plain fetch against `apiUrl` (GITHUB_API_URL: github.com, GHES or the tests' fake server); every call goes
// through `request`, the one place the token is used. Errors name the method, path and status, never the token.
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

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const base = new URL(options.apiUrl.replace(/\/+$/, "") + "/");
  const repoPath = `/repos/${encodeURIComponent(options.owner)}/${encodeURIComponent(options.repo)}`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxPages = options.maxPages ?? 100;
  let serverDate: string | undefined;

  const request = async (
    method: string,
    pathOrUrl: string,
    body?: unknown,
  ): Promise<{ data: unknown; link: string | null }> => {
    const url = pathOrUrl.startsWith("http")
      ? new URL(pathOrUrl)
      : new URL(pathOrUrl.replace(/^\//, ""), base);
    // A pagination link elsewhere would carry the token to another host: refuse it.
    if (url.origin !== base.origin)
      throw new GitHubApiError(method, url.pathname, 0, `link to another host ${url.origin}`);
    const shown = url.pathname;
    const headers: Record<string, string> = {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "migration-guard",
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    let lastError: GitHubApiError | undefined;
    // Reads are retried once on a transport error or a 5xx; writes are not (a comment must not double).
    for (let attempt = 0; attempt < (method === "GET" ? 2 : 1); attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string } }).cause;
        lastError = new GitHubApiError(method, shown, 0, cause?.code ?? (error as Error).message);
        continue;
      }
      const date = Date.parse(response.headers.get("date") ?? "");
      if (!Number.isNaN(date)) serverDate = new Date(date).toISOString();
      const text = await response.text();
      const data = parseJson(text);
      if (response.ok) return { data, link: response.headers.get("link") };
      const message = isObject(data) && typeof data.message === "string" ? data.message : "";
      lastError = new GitHubApiError(method, shown, response.status, message);
      if (response.status < 500) break;
    }
    throw lastError ?? new GitHubApiError(method, shown, 0, "");
  };

  const paginate = async (path: string): Promise<unknown[]> => {
    const items: unknown[] = [];
    let next: string | undefined = `${path}${path.includes("?") ? "&" : "?"}per_page=${PER_PAGE}`;
    for (let page = 0; next && page < maxPages; page++) {
      const { data, link } = await request("GET", next);
      if (!Array.isArray(data)) throw new GitHubApiError("GET", path, 200, "expected a list");
      items.push(...data);
      next = nextLink(link);
    }
    return items;
  };

  const comment = (data: unknown): IssueComment => {
    const c = isObject(data) ? data : {};
    return {
      id: typeof c.id === "number" ? c.id : 0,
      body: typeof c.body === "string" ? c.body : "",
      author: login(c.user) ?? "",
      authorType: isObject(c.user) && typeof c.user.type === "string" ? c.user.type : "",
      url: typeof c.html_url === "string" ? c.html_url : "",
    };
  };

  return {
    async getPull(pull) {
      const { data } = await request("GET", `${repoPath}/pulls/${pull}`);
      const p = isObject(data) ? data : {};
      const head = isObject(p.head) && typeof p.head.sha === "string" ? p.head.sha : "";
      const labels = Array.isArray(p.labels)
        ? p.labels.flatMap((l) => (isObject(l) && typeof l.name === "string" ? [l.name] : []))
        : [];
      return {
        number: typeof p.number === "number" ? p.number : pull,
        author: login(p.user) ?? "",
        head,
        labels,
        state: typeof p.state === "string" ? p.state : "",
      };
    },
    async listLabelEvents(pull) {
      const events = await paginate(`${repoPath}/issues/${pull}/events`);
      return events.flatMap((e): LabelEvent[] => {
        if (!isObject(e) || (e.event !== "labeled" && e.event !== "unlabeled")) return [];
        const label = isObject(e.label) && typeof e.label.name === "string" ? e.label.name : undefined;
        if (label === undefined || typeof e.created_at !== "string") return [];
        return [{ event: e.event, actor: login(e.actor), label, at: e.created_at }];
      });
    },
    async listReviews(pull) {
      const reviews = await paginate(`${repoPath}/pulls/${pull}/reviews`);
      return reviews.flatMap((r): ReviewEvent[] => {
        if (!isObject(r) || typeof r.state !== "string") return [];
        return [
          {
            user: login(r.user),
            state: r.state,
            commitId: typeof r.commit_id === "string" ? r.commit_id : undefined,
            at: typeof r.submitted_at === "string" ? r.submitted_at : "",
          },
        ];
      });
    },
    async listComments(pull) {
      return (await paginate(`${repoPath}/issues/${pull}/comments`)).map(comment);
    },
    async createComment(pull, body) {
      return comment((await request("POST", `${repoPath}/issues/${pull}/comments`, { body })).data);
    },
    async updateComment(id, body) {
      return comment((await request("PATCH", `${repoPath}/issues/comments/${id}`, { body })).data);
    },
    async deleteComment(id) {
      await request("DELETE", `${repoPath}/issues/comments/${id}`);
    },
    async permission(user) {
      try {
        const { data } = await request(
          "GET",
          `${repoPath}/collaborators/${encodeURIComponent(user)}/permission`,
        );
        const d = isObject(data) ? data : {};
        // role_name knows maintain and triage; `permission` folds them into write and read.
        const role = typeof d.role_name === "string" ? d.role_name : d.permission;
        return isPermission(role) ? role : isPermission(d.permission) ? d.permission : "none";
      } catch (error) {
        // 404: not a collaborator (or no such user).
        if (error instanceof GitHubApiError && error.status === 404) return "none";
        throw error;
      }
    },
    async isTeamMember(org, slug, user) {
      try {
        const { data } = await request(
          "GET",
          `/orgs/${encodeURIComponent(org)}/teams/${encodeURIComponent(slug)}/memberships/${encodeURIComponent(user)}`,
        );
        return isObject(data) && data.state === "active";
      } catch (error) {
        if (error instanceof GitHubApiError && error.status === 404) return false;
        throw error;
      }
    },
    async lastCommitTouching(path, ref) {
      const query = new URLSearchParams({ path, sha: ref, per_page: "1" });
      const { data } = await request("GET", `${repoPath}/commits?${query.toString()}`);
      const first = Array.isArray(data) ? data[0] : undefined;
      return isObject(first) && typeof first.sha === "string" ? first.sha : undefined;
    },
    async pullsForCommit(sha) {
      const pulls = await paginate(`${repoPath}/commits/${encodeURIComponent(sha)}/pulls`);
      return pulls.flatMap((p): MergedPull[] =>
        isObject(p) && typeof p.number === "number"
          ? [
              {
                number: p.number,
                mergedAt: typeof p.merged_at === "string" ? p.merged_at : undefined,
                url: typeof p.html_url === "string" ? p.html_url : "",
              },
            ]
          : [],
      );
    },
    async blobAt(path, sha) {
      const encoded = path.split("/").map(encodeURIComponent).join("/");
      try {
        const { data } = await request(
          "GET",
          `${repoPath}/contents/${encoded}?ref=${encodeURIComponent(sha)}`,
        );
        return isObject(data) && data.type === "file" && typeof data.sha === "string" ? data.sha : undefined;
      } catch (error) {
        // 404: the file is not in that commit (an approval of another version). Anything else is thrown.
        if (error instanceof GitHubApiError && error.status === 404) return undefined;
        throw error;
      }
    },
    serverTime() {
      return serverDate;
    },
    async whoami() {
      try {
        return login((await request("GET", "/user")).data);
      } catch {
        // Fails closed: not knowing the token's user, only bot comments count as the check's own.
        return undefined;
      }
    },
  };
}

/** The `rel="next"` URL of a `Link` header. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(",")) {
    const m = /^\s*<([^>]+)>\s*;(.*)$/.exec(part);
    if (m && /\brel="?([^";]*\s)?next(\s[^";]*)?"?/.test(m[2])) return m[1];
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    // A body that is not JSON reads as nothing: lists then fail ("expected a list"), fields read as absent
    // (no permission, no approval; the deploy refuses a pull request without an author).
    return undefined;
  }
}

function login(user: unknown): string | undefined {
  return isObject(user) && typeof user.login === "string" ? user.login : undefined;
}

function isPermission(v: unknown): v is Permission {
  return typeof v === "string" && ["admin", "maintain", "write", "triage", "read", "none"].includes(v);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
