import { expect, test } from "./fixtures";
import { readFixture } from "@/tests/fixtures";
import { readE2eToken } from "./token";

const PORT = Number(process.env.E2E_PORT ?? 3107);

/** A real manifest of a project that is not in the sample mesh. */
const OTHER_PROJECT = "c24-workshops-sales/manifest.json";

type Refusal = { error: { message: string; file?: string } };

/**
 * The write API on the production build: the manifest is parsed on a worker
 * thread bundled by Next, and what it refuses must still be a 422 naming the
 * problem, with the catalog left as it was.
 */
test.describe("uploads to the production server", () => {
  test("a broken 5 MB manifest is refused with 422 and the byte it breaks at, and nothing changes", async ({
    request,
  }) => {
    const before: unknown = await (
      await request.get("/api/v1/projects")
    ).json();
    const response = await request.post("/api/v1/projects/platform/artifacts", {
      headers: {
        authorization: `Bearer ${await readE2eToken(PORT)}`,
        "content-type": "application/json",
      },
      // Past the size from which it is parsed on a worker thread.
      // A Buffer, sent as it is (a string would be sent JSON-encoded).
      data: Buffer.from(
        `{"metadata": {"dbt_version": "${"x".repeat(5_000_000)}`,
      ),
    });
    expect(response.status()).toBe(422);
    const body = (await response.json()) as Refusal;
    expect(body.error.file).toBe("manifest.json");
    expect(body.error.message).toMatch(
      /^manifest\.json: is not valid JSON: .* \(at byte \d{7}\)$/,
    );
    expect(await (await request.get("/api/v1/projects")).json()).toEqual(
      before,
    );
  });

  test("another project's real manifest is refused with 422 naming both projects", async ({
    request,
  }) => {
    const response = await request.post("/api/v1/projects/platform/artifacts", {
      headers: {
        authorization: `Bearer ${await readE2eToken(PORT)}`,
        "content-type": "application/json",
      },
      data: Buffer.from(readFixture(OTHER_PROJECT).bytes),
    });
    const body = (await response.json()) as Refusal;
    expect(response.status(), body.error.message).toBe(422);
    expect(body.error.message).toMatch(
      /^the manifest is for project "\w+", not "platform"$/,
    );
  });
});
