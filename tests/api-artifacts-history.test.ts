import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { closeDb, getPool } from "@/lib/db/client";
import { createToken } from "@/lib/db/tokens";
import { toSampleArtifacts } from "@/lib/ingest/ingest-sample";
import { generateSampleMesh } from "@/lib/sample";
import { multipart, postArtifacts } from "@/tests/api";
import { useTestDatabase } from "@/tests/db";
import { failTestsLater } from "@/tests/manifests";
import { projectFingerprint } from "@/tests/ingest";

function platform(day: string) {
  const project = generateSampleMesh({ now: new Date(day) }).find(
    (p) => p.name === "platform",
  );
  if (!project) throw new Error("no platform project");
  return toSampleArtifacts(project);
}

const OLD = platform("2026-11-01T06:00:00Z");
const NEW = platform("2026-11-02T06:00:00Z");
const bytes = (artifact: { bytes: Uint8Array } | undefined) =>
  new Uint8Array(artifact?.bytes ?? []);

describe("POST /api/v1/projects/{project}/artifacts: history", () => {
  let token: string;
  beforeEach(async () => {
    await useTestDatabase();
    token = (await createToken({ project: "platform" })).secret;
  });
  afterAll(closeDb);

  test("an older manifest is refused with 409 naming both times; ?force=true ingests it", async () => {
    await postArtifacts("platform", { token, body: bytes(NEW.manifest) });
    const before = await projectFingerprint("platform");
    const refused = await postArtifacts("platform", {
      token,
      body: bytes(OLD.manifest),
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({
      error: {
        message: expect.stringContaining(
          "generated at 2026-11-01T04:25:09.431Z, before the stored one (generated at 2026-11-02T04:25:09.431Z)",
        ) as unknown,
        file: "manifest.json",
        storedGeneratedAt: "2026-11-02T04:25:09.431Z",
        incomingGeneratedAt: "2026-11-01T04:25:09.431Z",
      },
    });
    expect(await projectFingerprint("platform")).toEqual(before);
    const rejected = await getPool().query(
      "SELECT count(*)::int AS n FROM ingest_runs WHERE status = 'rejected'",
    );
    expect(rejected.rows[0]).toEqual({ n: 1 });

    const badForce = await postArtifacts("platform", {
      token,
      body: bytes(OLD.manifest),
      query: "force=yes",
    });
    expect(badForce.status).toBe(400);
    const forced = await postArtifacts("platform", {
      token,
      body: bytes(OLD.manifest),
      query: "force=true",
    });
    expect(forced).toMatchObject({ status: 200, body: { status: "ingested" } });
  });

  test("repeated run_results fields are merged; a manifest alone reports what it carried over", async () => {
    const buildText = Buffer.from(bytes(OLD.run_results)).toString();
    const build = JSON.parse(buildText) as { results: unknown[] };
    const later = failTestsLater(buildText);
    const form = multipart({
      manifest: bytes(OLD.manifest),
      run_results: bytes(OLD.run_results),
    });
    form.append("run_results", new Blob([JSON.stringify(later)]), "later.json");
    const merged = await postArtifacts("platform", { token, body: form });
    expect(merged).toMatchObject({
      status: 200,
      body: { artifacts: ["manifest", "run_results", "run_results"] },
    });
    const failing = await getPool().query(
      "SELECT count(*)::int AS n FROM run_results WHERE status = 'fail'",
    );
    expect(failing.rows[0]).toEqual({ n: later.results.length });

    const alone = await postArtifacts("platform", {
      token,
      body: bytes(NEW.manifest),
    });
    expect(alone).toMatchObject({
      status: 200,
      body: {
        status: "ingested",
        carriedOver: { runResults: build.results.length, freshness: 0 },
      },
    });
  });
});
