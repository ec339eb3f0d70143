/**
 * With sign-in on, who gets what: every page type, feed, download and API
 * route, read and write, for anonymous, a reader, the maintainer of A
 * (finance), the maintainer of B (marketing) and an admin, with exact
 * statuses. Pages and feeds go through the proxy as Next runs it; API routes
 * through their real handlers, on the sample mesh in a real Postgres. The
 * sessions are real rows, as sign-in makes them (tests/sign-in.test.ts walks
 * the provider's side).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { useTestDatabase } from "./db";
import { TEST_USERS } from "./oidc-provider";
import { turnSignInOn } from "./sign-in-env";
import { proxy } from "@/proxy";
import { closeDb, getPool } from "@/lib/db/client";
import { createSession } from "@/lib/db/sessions";
import { createToken } from "@/lib/db/tokens";
import { ingestSampleMesh } from "@/lib/ingest/ingest-sample";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import * as projects from "@/app/api/v1/projects/route";
import * as project from "@/app/api/v1/projects/[project]/route";
import * as consumers from "@/app/api/v1/projects/[project]/consumers/route";
import * as artifacts from "@/app/api/v1/projects/[project]/artifacts/route";
import * as diff from "@/app/api/v1/projects/[project]/diff/route";
import * as nodes from "@/app/api/v1/nodes/[uniqueId]/route";
import * as impact from "@/app/api/v1/impact/[uniqueId]/route";
import * as star from "@/app/api/v1/star/[uniqueId]/route";
import * as odcs from "@/app/api/v1/models/[uniqueId]/odcs/route";
import * as odps from "@/app/api/v1/products/[uniqueId]/odps/route";
import * as lineage from "@/app/api/v1/lineage/route";
import * as lineageProjects from "@/app/api/v1/lineage/projects/route";
import * as lineageRefs from "@/app/api/v1/lineage/refs/route";
import * as lineageNeighbours from "@/app/api/v1/lineage/neighbours/route";
import * as mcp from "@/app/api/mcp/route";
import * as search from "@/app/api/v1/search/route";
import * as governance from "@/app/api/v1/governance/route";
import * as sources from "@/app/api/v1/sources/route";
import * as changes from "@/app/api/v1/changes/route";
import * as tokens from "@/app/api/v1/tokens/route";
import * as token from "@/app/api/v1/tokens/[id]/route";
import * as audit from "@/app/api/v1/audit/route";
import * as health from "@/app/api/health/route";
import * as ready from "@/app/api/ready/route";
import * as changesAtom from "@/app/changes.atom/route";
import * as projectAtom from "@/app/projects/[project]/changes.atom/route";
import * as badge from "@/app/projects/[project]/models/[name]/badge.svg/route";

const ORIGIN = "http://catalog.test";
const WHO = [
  "anonymous",
  "reader",
  "maintainer-a",
  "maintainer-b",
  "admin",
] as const;
type Who = (typeof WHO)[number];
/** Expected statuses, in the order of WHO. */
type Statuses = [number, number, number, number, number];

const cookies = new Map<Who, string>();
let turnOff: () => void;
let model: { uniqueId: string; name: string; group: string; owner: string };

beforeAll(async () => {
  await useTestDatabase();
  await ingestSampleMesh({ maxArtifactBytes: 64 * 1024 * 1024 });
  turnOff = turnSignInOn("http://127.0.0.1:9/", ORIGIN);
  for (const who of WHO) {
    if (who === "anonymous") continue;
    const user = TEST_USERS[who];
    if (!user) throw new Error(`no test user ${who}`);
    const { secret } = await createSession(
      {
        subject: who,
        name: user.name,
        email: `${who}@example.com`,
        groups: user.groups,
      },
      "127.0.0.1",
    );
    cookies.set(who, `${SESSION_COOKIE}=${secret}`);
  }
  const { rows } = await getPool().query<{
    unique_id: string;
    name: string;
    group_name: string;
  }>(
    `SELECT n.unique_id, n.name, n.group_name FROM nodes n JOIN projects p ON p.id = n.project_id
      WHERE p.name = 'finance' AND n.resource_type = 'model' AND n.access = 'public'
        AND n.group_name IS NOT NULL ORDER BY n.unique_id LIMIT 1`,
  );
  const found = rows[0];
  if (!found) throw new Error("no public model with a group in finance");
  model = {
    uniqueId: found.unique_id,
    name: found.name,
    group: found.group_name,
    // The gate decides before the page looks the owner up.
    owner: "finance-team",
  };
});

afterAll(async () => {
  turnOff();
  await closeDb();
});

function headersFor(who: Who, extra: Record<string, string> = {}): Headers {
  const headers = new Headers({ origin: ORIGIN, ...extra });
  const cookie = cookies.get(who);
  if (cookie) headers.set("cookie", cookie);
  return headers;
}

/** A page or feed as the browser asks for it, through the proxy. */
async function throughProxy(who: Who, path: string): Promise<number> {
  const response = await proxy(
    new NextRequest(ORIGIN + path, { headers: headersFor(who) }),
  );
  return response.status;
}

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;

/** An API route's real handler, with its route params. */
async function callRoute(
  who: Who,
  handler: unknown,
  path: string,
  options: {
    params?: Record<string, string>;
    method?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<number> {
  const request = new Request(ORIGIN + path, {
    method: options.method ?? "GET",
    headers: headersFor(
      who,
      options.body === undefined
        ? options.headers
        : { "content-type": "application/json", ...options.headers },
    ),
    body:
      options.body === undefined || typeof options.body === "string"
        ? options.body
        : JSON.stringify(options.body),
  });
  const response = await (handler as Handler)(request, {
    params: Promise.resolve(options.params ?? {}),
  });
  await response.arrayBuffer();
  return response.status;
}

const PAGE: Statuses = [307, 200, 200, 200, 200];
const READ: Statuses = [401, 200, 200, 200, 200];
const ADMIN_PAGE: Statuses = [307, 403, 403, 403, 200];
const ADMIN_READ: Statuses = [401, 403, 403, 403, 200];

type Row = {
  route: string;
  expected: Statuses;
  run: (who: Who) => Promise<number>;
};

const page = (path: () => string, expected = PAGE): Row => ({
  route: `page ${path.toString().replace(/^\(\) => /, "")}`,
  expected,
  run: (who) => throughProxy(who, path()),
});

const ROWS: Row[] = [
  page(() => "/"),
  page(() => "/projects"),
  page(() => "/projects/finance"),
  page(() => `/projects/finance/models/${model.name}`),
  page(() => `/projects/finance/nodes/${encodeURIComponent(model.uniqueId)}`),
  page(() => `/projects/finance/lineage/${encodeURIComponent(model.uniqueId)}`),
  page(() => `/projects/finance/impact/${encodeURIComponent(model.uniqueId)}`),
  page(() => `/projects/finance/groups/${model.group}`),
  page(() => "/projects/finance/scoreboard"),
  page(() => "/projects/finance/governance"),
  page(() => "/projects/finance/changes"),
  page(() => "/projects/finance/browse?folder=models"),
  page(() => `/owners/${model.owner}`),
  page(() => "/search?q=orders"),
  page(() => "/mesh"),
  page(() => "/governance"),
  page(() => "/sources"),
  page(() => "/changes"),
  page(() => "/tokens"),
  page(() => "/audit", ADMIN_PAGE),
  page(() => "/auth/signed-out", [200, 200, 200, 200, 200]),
  {
    route: "feed /changes.atom (proxy)",
    expected: READ,
    run: (who) => throughProxy(who, "/changes.atom"),
  },
  {
    route: "feed /changes.atom",
    expected: READ,
    run: (who) => callRoute(who, changesAtom.GET, "/changes.atom"),
  },
  {
    route: "feed /projects/finance/changes.atom",
    expected: READ,
    run: (who) =>
      callRoute(who, projectAtom.GET, "/projects/finance/changes.atom", {
        params: { project: "finance" },
      }),
  },
  {
    route: "download badge.svg",
    expected: READ,
    run: (who) =>
      callRoute(
        who,
        badge.GET,
        `/projects/finance/models/${model.name}/badge.svg`,
        {
          params: { project: "finance", name: model.name },
        },
      ),
  },
  {
    route: "GET /api/health",
    expected: [200, 200, 200, 200, 200],
    run: (who) => callRoute(who, health.GET, "/api/health"),
  },
  {
    route: "GET /api/ready",
    expected: [200, 200, 200, 200, 200],
    run: (who) => callRoute(who, ready.GET, "/api/ready"),
  },
  {
    route: "GET /api/v1/projects",
    expected: READ,
    run: (who) => callRoute(who, projects.GET, "/api/v1/projects"),
  },
  {
    route: "GET /api/v1/projects/finance",
    expected: READ,
    run: (who) =>
      callRoute(who, project.GET, "/api/v1/projects/finance", {
        params: { project: "finance" },
      }),
  },
  {
    route: "GET /api/v1/projects/finance/consumers",
    expected: READ,
    run: (who) =>
      callRoute(who, consumers.GET, "/api/v1/projects/finance/consumers", {
        params: { project: "finance" },
      }),
  },
  {
    route: "GET /api/v1/nodes/{id}",
    expected: READ,
    run: (who) =>
      callRoute(who, nodes.GET, `/api/v1/nodes/${model.uniqueId}`, {
        params: { uniqueId: model.uniqueId },
      }),
  },
  {
    route: "GET /api/v1/impact/{id}",
    expected: READ,
    run: (who) =>
      callRoute(who, impact.GET, `/api/v1/impact/${model.uniqueId}`, {
        params: { uniqueId: model.uniqueId },
      }),
  },
  {
    route: "GET /api/v1/star/{id}",
    expected: READ,
    run: (who) =>
      callRoute(who, star.GET, `/api/v1/star/${model.uniqueId}`, {
        params: { uniqueId: model.uniqueId },
      }),
  },
  {
    route: "GET /api/v1/models/{id}/odcs",
    expected: READ,
    run: (who) =>
      callRoute(who, odcs.GET, `/api/v1/models/${model.uniqueId}/odcs`, {
        params: { uniqueId: model.uniqueId },
      }),
  },
  {
    route: "GET /api/v1/products/{id}/odps",
    expected: READ,
    run: (who) =>
      callRoute(who, odps.GET, `/api/v1/products/${model.uniqueId}/odps`, {
        params: { uniqueId: model.uniqueId },
      }),
  },
  {
    route: "GET /api/v1/lineage",
    expected: READ,
    run: (who) =>
      callRoute(
        who,
        lineage.GET,
        `/api/v1/lineage?focus=${encodeURIComponent(model.uniqueId)}`,
      ),
  },
  {
    route: "GET /api/v1/lineage/projects",
    expected: READ,
    run: (who) =>
      callRoute(who, lineageProjects.GET, "/api/v1/lineage/projects"),
  },
  {
    route: "GET /api/v1/lineage/refs",
    expected: READ,
    run: (who) =>
      callRoute(
        who,
        lineageRefs.GET,
        "/api/v1/lineage/refs?consumer=marketing&producer=finance",
      ),
  },
  {
    route: "GET /api/v1/lineage/neighbours",
    expected: READ,
    run: (who) =>
      callRoute(
        who,
        lineageNeighbours.GET,
        `/api/v1/lineage/neighbours?node=${encodeURIComponent(model.uniqueId)}`,
      ),
  },
  {
    route: "POST /api/mcp (tools/list)",
    expected: READ,
    run: (who) =>
      callRoute(who, mcp.POST, "/api/mcp", {
        method: "POST",
        headers: { accept: "application/json, text/event-stream" },
        body: { jsonrpc: "2.0", id: 1, method: "tools/list" },
      }),
  },
  {
    route: "GET /api/v1/search",
    expected: READ,
    run: (who) => callRoute(who, search.GET, "/api/v1/search?q=orders"),
  },
  {
    route: "GET /api/v1/governance",
    expected: READ,
    run: (who) => callRoute(who, governance.GET, "/api/v1/governance"),
  },
  {
    route: "GET /api/v1/sources",
    expected: READ,
    run: (who) => callRoute(who, sources.GET, "/api/v1/sources"),
  },
  {
    route: "GET /api/v1/changes",
    expected: READ,
    run: (who) => callRoute(who, changes.GET, "/api/v1/changes"),
  },
  {
    route: "GET /api/v1/tokens",
    expected: READ,
    run: (who) => callRoute(who, tokens.GET, "/api/v1/tokens"),
  },
  {
    route: "GET /api/v1/audit",
    expected: ADMIN_READ,
    run: (who) => callRoute(who, audit.GET, "/api/v1/audit"),
  },
  {
    route: "POST /api/v1/tokens personal",
    expected: [401, 201, 201, 201, 201],
    run: (who) =>
      callRoute(who, tokens.POST, "/api/v1/tokens", {
        method: "POST",
        body: { kind: "personal" },
      }),
  },
  {
    route: "POST /api/v1/tokens CI for A",
    expected: [401, 403, 201, 403, 201],
    run: (who) =>
      callRoute(who, tokens.POST, "/api/v1/tokens", {
        method: "POST",
        body: { kind: "ci", project: "finance" },
      }),
  },
  {
    route: "POST /api/v1/tokens CI for B",
    expected: [401, 403, 403, 201, 201],
    run: (who) =>
      callRoute(who, tokens.POST, "/api/v1/tokens", {
        method: "POST",
        body: { kind: "ci", project: "marketing" },
      }),
  },
  {
    route: "POST /api/v1/tokens admin",
    expected: [401, 403, 403, 403, 201],
    run: (who) =>
      callRoute(who, tokens.POST, "/api/v1/tokens", {
        method: "POST",
        body: { kind: "ci", project: null },
      }),
  },
  {
    route: "DELETE /api/v1/tokens/{CI token of A}",
    expected: [401, 403, 200, 403, 200],
    run: async (who) => {
      const { token: made } = await createToken({
        project: "finance",
        label: "matrix",
      });
      return callRoute(who, token.DELETE, `/api/v1/tokens/${made.id}`, {
        method: "DELETE",
        params: { id: String(made.id) },
      });
    },
  },
  {
    route: "DELETE /api/v1/tokens/{someone's personal token}",
    expected: [401, 403, 403, 403, 200],
    run: async (who) => {
      const { token: made } = await createToken({
        project: null,
        kind: "personal",
        ownerSubject: "somebody-else",
      });
      return callRoute(who, token.DELETE, `/api/v1/tokens/${made.id}`, {
        method: "DELETE",
        params: { id: String(made.id) },
      });
    },
  },
  {
    route: "POST /api/v1/projects/finance/artifacts (no files)",
    expected: [401, 403, 400, 403, 400],
    run: (who) =>
      callRoute(who, artifacts.POST, "/api/v1/projects/finance/artifacts", {
        method: "POST",
        params: { project: "finance" },
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: "",
      }),
  },
  {
    route: "POST /api/v1/projects/marketing/diff (no files)",
    expected: [401, 403, 403, 400, 400],
    run: (who) =>
      callRoute(who, diff.POST, "/api/v1/projects/marketing/diff", {
        method: "POST",
        params: { project: "marketing" },
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: "",
      }),
  },
];

describe("the role × route matrix, sign-in on", () => {
  test.each(
    ROWS.flatMap((row) =>
      WHO.map((who, index) => ({ ...row, who, status: row.expected[index] })),
    ),
  )("$route as $who → $status", async ({ run, who, status }) => {
    expect(await run(who)).toBe(status);
  });
});

describe("credentials other than a reader's session, sign-in on", () => {
  test("a personal access token reads the API and feeds, and writes nothing", async () => {
    const { secret } = await createToken({
      project: null,
      kind: "personal",
      ownerSubject: "reader",
    });
    const bearer = { authorization: `Bearer ${secret}` };
    expect(
      await callRoute("anonymous", projects.GET, "/api/v1/projects", {
        headers: bearer,
      }),
    ).toBe(200);
    expect(
      await callRoute("anonymous", changesAtom.GET, "/changes.atom", {
        headers: bearer,
      }),
    ).toBe(200);
    expect(
      await callRoute(
        "anonymous",
        artifacts.POST,
        "/api/v1/projects/finance/artifacts",
        {
          method: "POST",
          params: { project: "finance" },
          headers: {
            ...bearer,
            "content-type": "multipart/form-data; boundary=x",
          },
          body: "",
        },
      ),
    ).toBe(403);
    // Nor does it make more tokens: those come from a browser session.
    expect(
      await callRoute("anonymous", tokens.POST, "/api/v1/tokens", {
        method: "POST",
        headers: bearer,
        body: { kind: "personal" },
      }),
    ).toBe(403);
  });

  test("a wrong token is not rescued by a good session cookie", async () => {
    expect(
      await callRoute("admin", projects.GET, "/api/v1/projects", {
        headers: { authorization: `Bearer mc_${"A".repeat(43)}` },
      }),
    ).toBe(401);
  });

  test("an expired token stops working", async () => {
    const { secret } = await createToken({
      project: null,
      kind: "personal",
      ownerSubject: "reader",
      expiresAt: new Date("2000-01-01T00:00:00Z"),
    });
    expect(
      await callRoute("anonymous", projects.GET, "/api/v1/projects", {
        headers: { authorization: `Bearer ${secret}` },
      }),
    ).toBe(401);
  });

  test("a session's write from another site is refused (CSRF)", async () => {
    for (const origin of ["https://evil.example", "null"])
      expect(
        await callRoute("admin", tokens.POST, "/api/v1/tokens", {
          method: "POST",
          headers: { origin },
          body: { kind: "personal" },
        }),
      ).toBe(403);
  });

  test("someone in no reader group is refused everywhere but sign-out", async () => {
    const { secret } = await createSession(
      { subject: "outsider", name: null, email: null, groups: ["contractors"] },
      null,
    );
    const cookie = `${SESSION_COOKIE}=${secret}`;
    const pageStatus = (
      await proxy(
        new NextRequest(`${ORIGIN}/projects`, { headers: { cookie } }),
      )
    ).status;
    expect(pageStatus).toBe(403);
    const api = await (projects.GET as unknown as Handler)(
      new Request(`${ORIGIN}/api/v1/projects`, { headers: { cookie } }),
      { params: Promise.resolve({}) },
    );
    expect(api.status).toBe(403);
  });
});

describe("the audit log, sign-in on", () => {
  test("records who made and revoked which token, from where, newest first", async () => {
    const response = await (audit.GET as unknown as Handler)(
      new Request(`${ORIGIN}/api/v1/audit?limit=500`, {
        headers: headersFor("admin", { "x-forwarded-for": "203.0.113.7" }),
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(200);
    const { events } = (await response.json()) as {
      events: {
        id: number;
        actor: string;
        action: string;
        target: string | null;
      }[];
    };
    const ids = events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(events).toContainEqual(
      expect.objectContaining({
        actor: "maintainer-a@example.com",
        action: "token.create",
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        actor: "admin@example.com",
        action: "token.revoke",
      }),
    );
    expect(
      events.some(
        (e) => e.actor === "reader@example.com" && e.action === "token.revoke",
      ),
    ).toBe(false);
  });
});
