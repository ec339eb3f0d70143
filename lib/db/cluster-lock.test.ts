import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { acquireLock, acquireLockSync } from "./cluster-lock";

describe("the cluster lock", () => {
  let dir: string;
  let file: string;
  // A live process that is no catalog process: what a pid in a stale lock can come to name.
  let stranger: ChildProcess;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "cluster-lock-"));
    file = path.join(dir, ".cluster.lock");
    stranger = spawn("sleep", ["600"], { stdio: "ignore" });
  });
  afterAll(async () => {
    stranger.kill("SIGKILL");
    await fs.rm(dir, { recursive: true, force: true });
  });

  test.each([
    ["a dead process", () => JSON.stringify({ pid: 2 ** 22 + 1 })],
    [
      "a live process that got the pid later (other start time)",
      () => JSON.stringify({ pid: stranger.pid, start: "1" }),
    ],
    [
      "a bare pid naming a live process that is not Node",
      () => String(stranger.pid),
    ],
  ])("a lock left naming %s is taken over at once", async (_, content) => {
    await fs.writeFile(file, content());
    const release = await acquireLock(file);
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
      pid: process.pid,
    });
    release();
    await expect(fs.access(file)).rejects.toThrow();
  });

  test("a lock held by a live catalog process is waited for, and had once released", async () => {
    const release = await acquireLock(file);
    expect(acquireLockSync(file)).toBeUndefined();
    let isHad = false;
    const waiting = acquireLock(file).then((next) => {
      isHad = true;
      return next;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(isHad).toBe(false);
    release();
    (await waiting)();
  });

  test("an unreadable lock (a crash while it was written) is taken over", async () => {
    await fs.writeFile(file, "");
    const release = await acquireLock(file);
    release();
  });
});
