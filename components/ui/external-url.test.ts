import { describe, expect, test } from "vitest";
import { isEmailAddress, toExternalHref, toMailtoHref } from "./external-url";

describe("toExternalHref", () => {
  test.each([
    ["https://bi.example/dashboards/88", "https://bi.example/dashboards/88"],
    ["  http://bi.example/x  ", "http://bi.example/x"],
    ["mailto:data@example.com", "mailto:data@example.com"],
    ["javascript:alert(1)", null],
    ["JavaScript:alert(1)", null],
    ["java\tscript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["vbscript:msgbox(1)", null],
    ["/projects/finance", null],
    ["//evil.example/x", null],
    ["bi.example/dashboards", null],
    ["mailto:a@b.example?bcc=someone@else.example", null],
    ["", null],
  ])("%j → %j", (url, expected) => {
    expect(toExternalHref(url)).toBe(expected);
  });
});

describe("owner emails", () => {
  test.each([
    ["finance-analytics@larkspur.example", true],
    ["a.b+tag@sub.example.org", true],
    ["not an email", false],
    ["a@b", false],
    ["a@b.example?subject=hi", false],
    ["javascript:alert(1)//@x.example", false],
    ["<a@b.example>", false],
  ])("%j is an address: %s", (email, expected) => {
    expect(isEmailAddress(email)).toBe(expected);
  });

  test("builds mailto links only for plain addresses", () => {
    expect(toMailtoHref("data@example.com")).toBe("mailto:data@example.com");
    expect(toMailtoHref("Data team")).toBeNull();
  });
});
