import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, test } from "vitest";
import { gunzipInto, inflateSource } from "./inflate-source";

const MIB = 1024 * 1024;
/** 20 MiB of spaces, about 20 KiB gzipped. */
const BOMB = gzipSync(Buffer.alloc(20 * MIB, 0x20));
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), "inflate-source-"));

function countingSink(): { sink: Writable; written: () => number } {
  let written = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.length;
      done();
    },
  });
  return { sink, written: () => written };
}

describe("inflateSource", () => {
  afterAll(() => fs.rmSync(DIR, { recursive: true, force: true }));

  test("a gzip bomb stops once the output passes the limit, not after inflating it all", async () => {
    const { sink, written } = countingSink();
    await expect(
      gunzipInto(Readable.from([BOMB]), sink, "manifest.json", MIB),
    ).rejects.toThrow(
      "manifest.json: decompresses to more than the limit of 1.0 MiB",
    );
    expect(written()).toBeLessThanOrEqual(MIB);
  });

  test.each([
    {
      name: "in memory",
      source: () => ({ file: "catalog.json", bytes: BOMB }),
    },
    {
      name: "in a file",
      source: () => {
        const file = path.join(DIR, "bomb");
        fs.writeFileSync(file, BOMB);
        return { file: "catalog.json", path: file };
      },
    },
  ])("a gzip bomb $name is too large", async ({ source }) => {
    await expect(inflateSource(source(), MIB)).rejects.toMatchObject({
      isTooLarge: true,
      message: "catalog.json: decompresses to more than the limit of 1.0 MiB",
    });
  });

  test.each([
    { name: "gzip", bytes: gzipSync('{"a": 1}') },
    { name: "plain", bytes: Buffer.from('{"a": 1}') },
  ])("a $name file inflates to its plain bytes", async ({ bytes }) => {
    const file = path.join(DIR, "small");
    fs.writeFileSync(file, bytes);
    const plain = await inflateSource({ file: "x.json", path: file }, MIB);
    expect(Buffer.from(plain).toString()).toBe('{"a": 1}');
  });

  test("bytes that start like gzip but break off are not valid gzip", async () => {
    const cut = gzipSync(Buffer.alloc(MIB, 0x20)).subarray(0, 100);
    await expect(
      inflateSource({ file: "x.json", bytes: cut }, MIB),
    ).rejects.toThrow("x.json: is not valid gzip (unexpected end of file)");
  });
});
