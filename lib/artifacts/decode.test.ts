import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { decodeArtifact } from "./decode";
import { ArtifactError } from "./errors";

const LIMIT = 1024 * 1024;

function decodeError(bytes: Uint8Array, limit = LIMIT): ArtifactError {
  try {
    decodeArtifact("manifest.json", bytes, limit);
  } catch (error) {
    if (error instanceof ArtifactError) return error;
    throw error;
  }
  throw new Error("expected an ArtifactError");
}

describe("decodeArtifact", () => {
  test("passes plain UTF-8 through and drops a byte-order mark", () => {
    expect(decodeArtifact("m.json", Buffer.from('{"a":"é"}'), LIMIT)).toBe(
      '{"a":"é"}',
    );
    expect(decodeArtifact("m.json", Buffer.from('\uFEFF{"a":1}'), LIMIT)).toBe(
      '{"a":1}',
    );
  });

  test("gunzips gzip bytes whatever the file is called", () => {
    expect(decodeArtifact("m.json", gzipSync('{"a":1}'), LIMIT)).toBe(
      '{"a":1}',
    );
  });

  test.each([
    { name: "an empty file", bytes: Buffer.alloc(0), message: /is empty/ },
    {
      name: "a whitespace-only file",
      bytes: Buffer.from("  \n\t"),
      message: /is empty/,
    },
    { name: "an empty gzip", bytes: gzipSync(""), message: /is empty/ },
    {
      name: "broken gzip",
      bytes: Buffer.from([0x1f, 0x8b, 1, 2, 3]),
      message: /not valid gzip/,
    },
  ])("refuses $name", ({ bytes, message }) => {
    expect(decodeError(bytes).message).toMatch(message);
  });

  test("refuses invalid UTF-8 and gives the offset of the first bad byte", () => {
    const bytes = Buffer.concat([
      Buffer.from('{"a":"é'),
      Buffer.from([0xff]),
      Buffer.from('"}'),
    ]);
    const error = decodeError(bytes);
    expect(error.message).toMatch(/not valid UTF-8/);
    expect(error.byteOffset).toBe(8);
  });

  test("refuses a file over the limit as too large", () => {
    const error = decodeError(Buffer.alloc(2048, 0x20), 1024);
    expect(error.isTooLarge).toBe(true);
    expect(error.message).toMatch(/over the limit/);
  });

  test("stops a gzip bomb at the limit instead of inflating it", () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(128 * 1024);
    const error = decodeError(bomb, LIMIT);
    expect(error.isTooLarge).toBe(true);
    expect(error.message).toMatch(/decompresses to more than/);
  });
});
