// A fake GitHub REST API on 127.0.0.1 for the tests: the endpoints the check's approval gate calls, with
// GitHub-shaped JSON, `Link` pagination, per-test state, a read-only mode and a log of every request.
//
// Usage (unit/int tests, or the bundled action through GITHUB_API_URL):
//
//   const gh = await startGitHubServer({ owner: "acme", repo: "shop" });
//   gh.setPull({ number: 7, author: "alice", head: sha });          // the PR the event names
//   gh.setPermission("bob", "write");                                // collaborator permission (default none)
//   gh.addTeamMember("acme/dba", "carol");                           // for `approvers: acme/dba`
//   gh.addLabel(7, "bob", "migrations:approved");                    // a `labeled` event + the label on the PR
//   gh.addReview(7, { user: "bob", state: "APPROVED", commitId: sha });
//   gh.readOnly = true;                                              // writes answer 403 (fork PR token)
//   runAction({ env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "acme/shop" }, inputs: { token: "t" } ... });
//   gh.comments(7)          // the issue comments now on the PR (bodies, ids); gh.stickyComments(7): the check's
//   gh.requests             // [{ method, path, query, body, authorization }] in order
//   await gh.close();
//
// Times: a test clock (`gh.clock`) advances one second per request and per helper write; responses carry it
// as `Date` (the gate's "now"), events/reviews/comments as `created_at`. So the order in which a test does
// things is the order the gate sees; pass `at` to set a time explicitly.
// Unknown routes answer 404 `{"message":"Not Found"}` and are recorded; `gh.route()` adds a custom handler.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";
export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface RecordedRequest {
  method: string;
  /** Path without the query string, percent-decoded, e.g. `/repos/acme/shop/issues/7/comments`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the raw text when not JSON, or undefined. */
  body: unknown;
  /** The Authorization header as sent (tests assert the token travels here and nowhere else). */
  authorization: string | undefined;
}

export interface FakeUser {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export interface FakePull {
  number: number;
  author: string;
  head: string;
  base: string;
  labels: string[];
  state: "open" | "closed";
}

export interface FakeIssueEvent {
  id: number;
  event: string;
  actor: FakeUser | null;
  label?: { name: string; color: string };
  created_at: string;
}

export interface FakeReview {
  id: number;
  user: FakeUser | null;
  state: ReviewState;
  commit_id: string;
  submitted_at: string;
  body: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
  html_url: string;
}

export interface FakeDeployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  task: string;
  payload: unknown;
  description: string;
  auto_merge: boolean | undefined;
  required_contexts: unknown;
  created_at: string;
  url: string;
  statuses: { id: number; state: string; description: string; log_url: string; created_at: string }[];
}

export type RouteHandler = (
  request: RecordedRequest,
  match: RegExpExecArray,
) => { status: number; body?: unknown; headers?: Record<string, string> } | undefined;

export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** Largest page the server returns whatever `per_page` asks (GitHub: 100). Small values test pagination. */
  maxPerPage?: number;
  /** The login comments are created as (GITHUB_TOKEN: `github-actions[bot]`, a Bot). */
  botLogin?: string;
  /** Start of the test clock (ISO); default: now. */
  startTime?: string;
}

export interface GitHubServer {
  url: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  /** Writes (POST/PATCH/PUT/DELETE) answer 403 "Resource not accessible by integration". */
  readOnly: boolean;
  /** Every request answers 401 unless it carries this token (undefined: any token, or none, is accepted). */
  requiredToken: string | undefined;
  /** What GET /user answers: a login (a PAT's user) or undefined (403, as for GITHUB_TOKEN). */
  tokenUser: string | undefined;
  maxPerPage: number;
  botLogin: string;
  /** The test clock (ms since epoch); advanced by one second on each request and each helper write. */
  clock: number;
  pulls: Map<number, FakePull>;
  events: Map<number, FakeIssueEvent[]>;
  reviews: Map<number, FakeReview[]>;
  issueComments: Map<number, FakeComment[]>;
  permissions: Map<string, Permission>;
  /** `org/slug` → active member logins (lowercase). */
  teams: Map<string, Set<string>>;
  /** For the deploy's lookup: repository path → the newest commit that changed it (`GET /commits?path=`). */
  lastCommits: Map<string, string>;
  /** Commit sha → the pull requests GitHub associates with it (`GET /commits/{sha}/pulls`). */
  commitPulls: Map<string, { number: number; merged: boolean }[]>;
  /** `commit:path` → the git blob sha of that file at that commit (`GET /contents/{path}?ref=`). */
  blobs: Map<string, string>;
  setPull(pull: Partial<FakePull> & { number: number }): FakePull;
  setPermission(login: string, permission: Permission): void;
  addTeamMember(team: string, login: string): void;
  /** A `labeled` event by `actor` and the label on the PR. */
  addLabel(pull: number, actor: string, label: string, at?: string): void;
  /** An `unlabeled` event by `actor` and the label off the PR. */
  removeLabel(pull: number, actor: string, label: string, at?: string): void;
  addEvent(pull: number, event: Omit<FakeIssueEvent, "id" | "created_at"> & { created_at?: string }): void;
  addReview(
    pull: number,
    review: { user: string; state: ReviewState; commitId: string; at?: string; body?: string },
  ): void;
  /** A comment posted by someone (not the action), e.g. a forged marker by the PR author. */
  addComment(pull: number, login: string, body: string, type?: "User" | "Bot"): FakeComment;
  comments(pull: number): FakeComment[];
  /** The comments that carry the check's marker (`<!-- migration-guard:report -->`). */
  stickyComments(pull: number): FakeComment[];
  /** Deployments (`POST/GET /deployments`, their statuses), oldest first; the API lists them newest first. */
  deployments: FakeDeployment[];
  /** A deployment as another run made it, with its statuses (oldest first). */
  addDeployment(d: { environment: string; task: string; payload: unknown; states: string[] }): FakeDeployment;
  /** Answer `status` (with GitHub's message) for requests whose `METHOD path` matches; `times` of them, or all. */
  fail(method: string, path: RegExp, status: number, times?: number): void;
  route(method: string, path: RegExp, handler: RouteHandler): void;
  /** The clock as ISO, advancing it by `seconds` (default 1). */
  tick(seconds?: number): string;
  close(): Promise<void>;
}

const MESSAGES: Record<number, string> = {
  401: "Bad credentials",
  403: "Resource not accessible by integration",
  404: "Not Found",
  422: "Validation Failed",
  500: "Internal Server Error",
};

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  let nextId = 1000;
  const users = new Map<string, FakeUser>();
  const user = (login: string, type: "User" | "Bot" = login.endsWith("[bot]") ? "Bot" : "User"): FakeUser => {
    const key = login.toLowerCase();
    let found = users.get(key);
    if (!found) {
      found = { login, id: ++nextId, type };
      users.set(key, found);
    }
    return found;
  };
  const failures: { method: string; path: RegExp; status: number; left: number }[] = [];
  const routes: { method: string; path: RegExp; handler: RouteHandler }[] = [];

  const gh: GitHubServer = {
    url: "",
    owner: options.owner ?? "acme",
    repo: options.repo ?? "shop",
    requests: [],
    readOnly: false,
    requiredToken: undefined,
    tokenUser: undefined,
    maxPerPage: options.maxPerPage ?? 100,
    botLogin: options.botLogin ?? "github-actions[bot]",
    // Default: the real time, whole seconds; from then on it only moves by ticks.
    clock: options.startTime ? Date.parse(options.startTime) : Math.floor(Date.now() / 1000) * 1000,
    pulls: new Map(),
    events: new Map(),
    reviews: new Map(),
    issueComments: new Map(),
    permissions: new Map(),
    teams: new Map(),
    lastCommits: new Map(),
    commitPulls: new Map(),
    blobs: new Map(),
    tick(seconds = 1) {
      gh.clock += seconds * 1000;
      return new Date(gh.clock).toISOString().replace(/\.\d{3}Z$/, "Z");
    },
    setPull(pull) {
      const existing = gh.pulls.get(pull.number);
      const merged: FakePull = {
        number: pull.number,
        author: pull.author ?? existing?.author ?? "author",
        head: pull.head ?? existing?.head ?? "0".repeat(40),
        base: pull.base ?? existing?.base ?? "1".repeat(40),
        labels: pull.labels ?? existing?.labels ?? [],
        state: pull.state ?? existing?.state ?? "open",
      };
      gh.pulls.set(pull.number, merged);
      return merged;
    },
    setPermission(login, permission) {
      gh.permissions.set(login.toLowerCase(), permission);
    },
    addTeamMember(team, login) {
      const key = team.toLowerCase();
      if (!gh.teams.has(key)) gh.teams.set(key, new Set());
      gh.teams.get(key)?.add(login.toLowerCase());
    },
    addEvent(pull, event) {
      list(gh.events, pull).push({ ...event, id: ++nextId, created_at: event.created_at ?? gh.tick() });
    },
    addLabel(pull, actor, label, at) {
      const pr = gh.pulls.get(pull) ?? gh.setPull({ number: pull });
      if (!pr.labels.includes(label)) pr.labels.push(label);
      gh.addEvent(pull, {
        event: "labeled",
        actor: user(actor),
        label: { name: label, color: "ededed" },
        created_at: at,
      });
    },
    removeLabel(pull, actor, label, at) {
      const pr = gh.pulls.get(pull) ?? gh.setPull({ number: pull });
      pr.labels = pr.labels.filter((l) => l !== label);
      gh.addEvent(pull, {
        event: "unlabeled",
        actor: user(actor),
        label: { name: label, color: "ededed" },
        created_at: at,
      });
    },
    addReview(pull, review) {
      list(gh.reviews, pull).push({
        id: ++nextId,
        user: user(review.user),
        state: review.state,
        commit_id: review.commitId,
        submitted_at: review.at ?? gh.tick(),
        body: review.body ?? "",
      });
    },
    addComment(pull, login, body, type) {
      const at = gh.tick();
      const id = ++nextId;
      const comment: FakeComment = {
        id,
        body,
        user: user(login, type),
        created_at: at,
        updated_at: at,
        html_url: `https://github.com/${gh.owner}/${gh.repo}/pull/${pull}#issuecomment-${id}`,
      };
      list(gh.issueComments, pull).push(comment);
      return comment;
    },
    comments(pull) {
      return gh.issueComments.get(pull) ?? [];
    },
    stickyComments(pull) {
      return gh
        .comments(pull)
        .filter((c) => c.body.trimStart().startsWith("<!-- migration-guard:report -->"));
    },
    deployments: [],
    addDeployment(d) {
      const id = ++nextId;
      const made: FakeDeployment = {
        id,
        ref: "main",
        sha: "0".repeat(40),
        environment: d.environment,
        task: d.task,
        payload: d.payload,
        description: "",
        auto_merge: false,
        required_contexts: [],
        created_at: gh.tick(),
        url: `${gh.url}/repos/${gh.owner}/${gh.repo}/deployments/${id}`,
        statuses: d.states.map((state) => ({
          id: ++nextId,
          state,
          description: "",
          log_url: "",
          created_at: gh.tick(),
        })),
      };
      gh.deployments.push(made);
      return made;
    },
    fail(method, path, status, times = Infinity) {
      failures.push({ method: method.toUpperCase(), path, status, left: times });
    },
    route(method, path, handler) {
      routes.push({ method: method.toUpperCase(), path, handler });
    },
    close() {
      // fetch keeps connections alive: drop them, or close() waits for their idle timeout.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };

  const reply = (
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(text);
  };
  const error = (res: ServerResponse, status: number) =>
    reply(res, status, {
      message: MESSAGES[status] ?? "Error",
      documentation_url: "https://docs.github.com/rest",
    });

  const page = <T>(res: ServerResponse, req: RecordedRequest, items: T[]) => {
    const perPage = Math.max(1, Math.min(Number(req.query.per_page ?? 30) || 30, gh.maxPerPage));
    const pageNo = Math.max(1, Number(req.query.page ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (n: number, rel: string) => {
      const u = new URL(gh.url + req.path);
      for (const [k, v] of Object.entries(req.query)) u.searchParams.set(k, v);
      u.searchParams.set("per_page", String(perPage));
      u.searchParams.set("page", String(n));
      links.push(`<${u.toString()}>; rel="${rel}"`);
    };
    if (pageNo < last) {
      link(pageNo + 1, "next");
      link(last, "last");
    }
    if (pageNo > 1) {
      link(1, "first");
      link(pageNo - 1, "prev");
    }
    reply(
      res,
      200,
      items.slice((pageNo - 1) * perPage, pageNo * perPage),
      links.length ? { link: links.join(", ") } : {},
    );
  };

  const handle = (req: RecordedRequest, res: ServerResponse) => {
    const { method, path } = req;
    if (
      gh.requiredToken !== undefined &&
      req.authorization !== `Bearer ${gh.requiredToken}` &&
      req.authorization !== `token ${gh.requiredToken}`
    ) {
      return error(res, 401);
    }
    for (const f of failures) {
      if (f.left > 0 && f.method === method && f.path.test(path)) {
        f.left -= 1;
        return error(res, f.status);
      }
    }
    for (const r of routes) {
      const m = r.method === method ? r.path.exec(path) : null;
      if (!m) continue;
      const out = r.handler(req, m);
      if (out) return reply(res, out.status, out.body, out.headers);
    }
    if (method !== "GET" && gh.readOnly) return error(res, 403);

    if (method === "GET" && path === "/user") {
      return gh.tokenUser ? reply(res, 200, user(gh.tokenUser)) : error(res, 403);
    }
    const team = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(path);
    if (team && method === "GET") {
      const [, org, slug, login] = team;
      const members = gh.teams.get(`${org}/${slug}`.toLowerCase());
      if (!members?.has(login.toLowerCase())) return error(res, 404);
      return reply(res, 200, { url: gh.url + path, role: "member", state: "active" });
    }
    const repo = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
    if (!repo || repo[1] !== gh.owner || repo[2] !== gh.repo) return error(res, 404);
    const rest = repo[3];

    if (rest === "/commits" && method === "GET") {
      const sha = gh.lastCommits.get(req.query.path ?? "");
      return reply(res, 200, sha ? [{ sha, commit: { message: "" } }] : []);
    }
    const commitPulls = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(rest);
    if (commitPulls && method === "GET") {
      const found = gh.commitPulls.get(commitPulls[1]) ?? [];
      return page(
        res,
        req,
        found.map((p) => ({
          number: p.number,
          state: p.merged ? "closed" : "open",
          merged_at: p.merged ? new Date(gh.clock).toISOString() : null,
          html_url: `https://github.com/${gh.owner}/${gh.repo}/pull/${p.number}`,
        })),
      );
    }
    if (rest === "/deployments" && method === "GET") {
      const found = gh.deployments.filter(
        (d) =>
          (req.query.environment === undefined || d.environment === req.query.environment) &&
          (req.query.task === undefined || d.task === req.query.task),
      );
      return page(
        res,
        req,
        [...found].reverse().map(({ statuses: _s, ...d }) => d),
      );
    }
    if (rest === "/deployments" && method === "POST") {
      const b = req.body as Record<string, unknown> | undefined;
      if (typeof b?.ref !== "string") return error(res, 422);
      const made = gh.addDeployment({
        environment: typeof b.environment === "string" ? b.environment : "production",
        task: typeof b.task === "string" ? b.task : "deploy",
        payload: b.payload ?? {},
        states: [],
      });
      made.ref = b.ref;
      made.description = typeof b.description === "string" ? b.description : "";
      made.auto_merge = typeof b.auto_merge === "boolean" ? b.auto_merge : undefined;
      made.required_contexts = b.required_contexts;
      const { statuses: _s, ...shown } = made;
      return reply(res, 201, shown);
    }
    const statuses = /^\/deployments\/(\d+)\/statuses$/.exec(rest);
    if (statuses) {
      const d = gh.deployments.find((x) => x.id === Number(statuses[1]));
      if (!d) return error(res, 404);
      if (method === "GET") return page(res, req, [...d.statuses].reverse());
      if (method === "POST") {
        const b = req.body as Record<string, unknown> | undefined;
        if (typeof b?.state !== "string") return error(res, 422);
        const st = {
          id: ++nextId,
          state: b.state,
          description: typeof b.description === "string" ? b.description : "",
          log_url: typeof b.log_url === "string" ? b.log_url : "",
          created_at: gh.tick(),
        };
        d.statuses.push(st);
        return reply(res, 201, st);
      }
    }
    const contents = /^\/contents\/(.+)$/.exec(rest);
    if (contents && method === "GET") {
      const file = contents[1];
      const sha = gh.blobs.get(`${req.query.ref ?? ""}:${file}`);
      if (!sha) return error(res, 404);
      return reply(res, 200, { type: "file", path: file, sha, size: 0, encoding: "base64", content: "" });
    }
    const perm = /^\/collaborators\/([^/]+)\/permission$/.exec(rest);
    if (perm && method === "GET") {
      const login = perm[1];
      const permission = gh.permissions.get(login.toLowerCase()) ?? "none";
      const role = {
        admin: "admin",
        maintain: "maintain",
        write: "write",
        triage: "triage",
        read: "read",
        none: "none",
      }[permission];
      const legacy = permission === "maintain" ? "write" : permission === "triage" ? "read" : permission;
      return reply(res, 200, { permission: legacy, role_name: role, user: user(login) });
    }
    const pull = /^\/pulls\/(\d+)$/.exec(rest);
    if (pull && method === "GET") {
      const pr = gh.pulls.get(Number(pull[1]));
      if (!pr) return error(res, 404);
      return reply(res, 200, {
        number: pr.number,
        state: pr.state,
        user: user(pr.author),
        head: { sha: pr.head, ref: "feature" },
        base: { sha: pr.base, ref: "main" },
        labels: pr.labels.map((name) => ({ name, color: "ededed" })),
        html_url: `https://github.com/${gh.owner}/${gh.repo}/pull/${pr.number}`,
      });
    }
    const reviews = /^\/pulls\/(\d+)\/reviews$/.exec(rest);
    if (reviews && method === "GET") return page(res, req, gh.reviews.get(Number(reviews[1])) ?? []);
    const events = /^\/issues\/(\d+)\/events$/.exec(rest);
    if (events && method === "GET") return page(res, req, gh.events.get(Number(events[1])) ?? []);
    const labels = /^\/issues\/(\d+)\/labels$/.exec(rest);
    if (labels && method === "GET") {
      const pr = gh.pulls.get(Number(labels[1]));
      return page(
        res,
        req,
        (pr?.labels ?? []).map((name) => ({ name, color: "ededed" })),
      );
    }
    const comments = /^\/issues\/(\d+)\/comments$/.exec(rest);
    if (comments && method === "GET") return page(res, req, gh.issueComments.get(Number(comments[1])) ?? []);
    if (comments && method === "POST") {
      const body = (req.body as { body?: unknown } | undefined)?.body;
      if (typeof body !== "string" || body.length === 0) return error(res, 422);
      if (body.length > 65536) {
        return reply(res, 422, {
          message: "Validation Failed",
          errors: [
            { field: "body", code: "custom", message: "body is too long (maximum is 65536 characters)" },
          ],
        });
      }
      const created = gh.addComment(Number(comments[1]), gh.botLogin, body, "Bot");
      return reply(res, 201, created);
    }
    const comment = /^\/issues\/comments\/(\d+)$/.exec(rest);
    if (comment && (method === "PATCH" || method === "GET" || method === "DELETE")) {
      const id = Number(comment[1]);
      const found = [...gh.issueComments.values()].flat().find((c) => c.id === id);
      if (!found) return error(res, 404);
      if (method === "GET") return reply(res, 200, found);
      if (method === "DELETE") {
        for (const [pull, comments] of gh.issueComments)
          gh.issueComments.set(
            pull,
            comments.filter((c) => c !== found),
          );
        res.writeHead(204);
        return res.end();
      }
      const body = (req.body as { body?: unknown } | undefined)?.body;
      if (typeof body !== "string" || body.length === 0) return error(res, 422);
      if (body.length > 65536) return error(res, 422);
      found.body = body;
      found.updated_at = gh.tick();
      return reply(res, 200, found);
    }
    return error(res, 404);
  };

  const server: Server = createServer((incoming: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (c: Buffer) => chunks.push(c));
    incoming.on("end", () => {
      const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = undefined;
      if (text) {
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const auth = incoming.headers.authorization;
      const request: RecordedRequest = {
        method: (incoming.method ?? "GET").toUpperCase(),
        // Decoded, as GitHub's router reads it: Octokit sends `contents/db%2Fmigrate%2Fx.rb` for a path.
        path: decodeURIComponent(url.pathname),
        query: Object.fromEntries(url.searchParams),
        body,
        authorization: Array.isArray(auth) ? auth[0] : auth,
      };
      gh.requests.push(request);
      // GitHub's `Date` is the clock the gate compares label times with: the test clock, one tick a request,
      // so whatever happens after a response (a label added) is later than it, as on GitHub.
      gh.tick();
      res.setHeader("date", new Date(gh.clock).toUTCString());
      try {
        handle(request, res);
      } catch (e) {
        reply(res, 500, { message: `fake server: ${(e as Error).message}` });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  server.unref();
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  gh.url = `http://127.0.0.1:${port}`;
  return gh;
}

function list<T>(map: Map<number, T[]>, key: number): T[] {
  let found = map.get(key);
  if (!found) {
    found = [];
    map.set(key, found);
  }
  return found;
}
