import { describe, expect, test } from "vitest";
import {
  isSameOrigin,
  isSecureOrigin,
  readClientAddress,
  readOrigin,
} from "./origin";

function request(
  headers: Record<string, string | undefined>,
  url = "http://127.0.0.1:3000/x",
): Request {
  const sent = new Headers();
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) sent.set(name, value);
  return new Request(url, { headers: sent });
}

describe("readOrigin", () => {
  test.each([
    { headers: {}, publicUrl: undefined, origin: "http://127.0.0.1:3000" },
    {
      headers: { host: "catalog.internal:8080" },
      publicUrl: undefined,
      origin: "http://catalog.internal:8080",
    },
    {
      headers: {
        host: "10.0.0.5:3000",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "catalog.example.com",
      },
      publicUrl: undefined,
      origin: "https://catalog.example.com",
    },
    {
      headers: { "x-forwarded-proto": "https, http" },
      publicUrl: undefined,
      origin: "https://127.0.0.1:3000",
    },
    {
      headers: { "x-forwarded-host": "evil.example" },
      publicUrl: "https://catalog.example.com/base",
      origin: "https://catalog.example.com",
    },
  ])(
    "$headers with CATALOG_PUBLIC_URL=$publicUrl → $origin",
    ({ headers, publicUrl, origin }) => {
      expect(readOrigin(request(headers), publicUrl)).toBe(origin);
    },
  );

  test("cookies are Secure exactly when the browser reaches the catalog over TLS", () => {
    expect(isSecureOrigin("https://catalog.example.com")).toBe(true);
    expect(isSecureOrigin("http://127.0.0.1:3000")).toBe(false);
  });
});

describe("isSameOrigin (CSRF)", () => {
  const origin = "https://catalog.example.com";
  test.each([
    { headers: { origin }, isSame: true },
    { headers: { origin: "https://evil.example" }, isSame: false },
    { headers: { origin: "null" }, isSame: false },
    { headers: { origin: "https://catalog.example.com:444" }, isSame: false },
    { headers: { "sec-fetch-site": "same-origin" }, isSame: true },
    { headers: { "sec-fetch-site": "cross-site" }, isSame: false },
    { headers: {}, isSame: false },
  ])("$headers → $isSame", ({ headers, isSame }) => {
    expect(isSameOrigin(request(headers), origin)).toBe(isSame);
  });
});

test("the client's address is the first hop of X-Forwarded-For", () => {
  expect(
    readClientAddress(request({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })),
  ).toBe("203.0.113.7");
  expect(readClientAddress(request({}))).toBeNull();
});
