import { describe, expect, test } from "vitest";
import { BusyError, createAdmission } from "./admission";

/** A run that finishes when the test says so. */
function gate() {
  let open = () => {};
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open };
}

describe("createAdmission", () => {
  test("runs up to its limit at once, queues the next ones and refuses past the queue", async () => {
    const admit = createAdmission({
      what: "reads",
      running: 1,
      waiting: 1,
      waitMs: 60_000,
    });
    const first = gate();
    const started: string[] = [];
    const a = admit(async () => {
      started.push("a");
      await first.done;
    });
    const b = admit(() => {
      started.push("b");
      return Promise.resolve();
    });
    await expect(admit(() => Promise.resolve())).rejects.toThrow(BusyError);
    expect(started).toEqual(["a"]);
    first.open();
    await Promise.all([a, b]);
    expect(started).toEqual(["a", "b"]);
    // Everything has left: a new run goes straight in.
    await expect(admit(() => Promise.resolve("free"))).resolves.toBe("free");
  });

  test("a queued run that waits too long is refused and gives up its place", async () => {
    const admit = createAdmission({
      what: "reads",
      running: 1,
      waiting: 1,
      waitMs: 10,
    });
    const first = gate();
    const a = admit(() => first.done);
    await expect(admit(() => Promise.resolve())).rejects.toThrow(
      "too many reads at once; retry shortly",
    );
    first.open();
    await a;
    await expect(admit(() => Promise.resolve("after"))).resolves.toBe("after");
  });

  test("a failing run lets the next one in", async () => {
    const admit = createAdmission({
      what: "reads",
      running: 1,
      waiting: 1,
      waitMs: 60_000,
    });
    await expect(
      admit(() => Promise.reject(new Error("boom"))),
    ).rejects.toThrow("boom");
    await expect(admit(() => Promise.resolve(1))).resolves.toBe(1);
  });
});
