import net from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { GET as getProjects } from "@/app/api/v1/projects/route";
import { GET as search } from "@/app/api/v1/search/route";
import { withApiErrors } from "@/lib/api/api-errors";
import { closeDb } from "@/lib/db/client";

/** A loopback port with nothing listening: a database that is away. */
async function findClosedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let previousUrl: string | undefined;
beforeAll(async () => {
  previousUrl = process.env.DATABASE_URL;
  await closeDb();
  process.env.DATABASE_URL = `postgresql://postgres:x@127.0.0.1:${await findClosedPort()}/catalog`;
});
afterAll(async () => {
  await closeDb();
  process.env.DATABASE_URL = previousUrl;
});

test.each([
  ["the project list", () => getProjects()],
  [
    "a search",
    () => search(new Request("http://catalog.test/api/v1/search?q=orders")),
  ],
])(
  "with the database away, %s answers 503 in the API's shape, not cached, with Retry-After",
  async (_name, call) => {
    const response = await call();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toEqual({
      error: {
        message: "the catalog's database is busy or unavailable; retry shortly",
      },
    });
  },
);

test("a failure that is the catalog's own answers 500 in the same shape, without its details", async () => {
  const handler = withApiErrors(() =>
    Promise.reject(new TypeError("secret internals at /srv/catalog")),
  );
  const response = await handler();
  expect(response.status).toBe(500);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = JSON.stringify(await response.json());
  expect(body).toContain('"error":{"message":');
  expect(body).not.toContain("/srv/catalog");
});

test.each([
  "http://catalog.test/api/v1/search?q=orders&project=fin%00ance",
  "http://catalog.test/api/v1/search?q=ord%00ers",
])("a NUL byte in %s is a 400 before any query", async (url) => {
  const response = await search(new Request(url));
  expect(response.status).toBe(400);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.json()).toEqual({
    error: { message: "the URL holds a NUL byte (%00)" },
  });
});
