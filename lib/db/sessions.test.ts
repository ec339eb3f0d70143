import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { useTestDatabase } from "@/tests/db";
import { fixedClock, now, setClock } from "@/lib/clock";
import { closeDb, getPrisma } from "./client";
import {
  createSession,
  deleteSession,
  findSession,
  SESSION_HOURS,
} from "./sessions";

const USER = {
  subject: "s-1",
  name: "Sam",
  email: "sam@example.com",
  groups: ["staff"],
};

describe("sessions", () => {
  beforeAll(useTestDatabase);
  afterAll(closeDb);

  test("a session opens with its secret for SESSION_HOURS, then not; the next sign-in sweeps it", async () => {
    const start = now();
    const { secret } = await createSession(USER, "192.0.2.1");
    expect(await findSession(secret)).toMatchObject({
      subject: "s-1",
      groups: ["staff"],
    });
    expect(await findSession(`${secret}x`)).toBeNull();

    const restore = setClock(
      fixedClock(new Date(start.getTime() + SESSION_HOURS * 3600_000 + 1)),
    );
    try {
      expect(await findSession(secret)).toBeNull();
      const next = await createSession({ ...USER, subject: "s-2" }, null);
      const subjects = (
        await getPrisma().session.findMany({ select: { subject: true } })
      ).map((row) => row.subject);
      expect(subjects).toEqual(["s-2"]);
      expect(await deleteSession(next.secret)).toMatchObject({
        subject: "s-2",
      });
      expect(await findSession(next.secret)).toBeNull();
      expect(await deleteSession(next.secret)).toBeNull();
    } finally {
      restore();
    }
  });
});
