import { trace } from "@opentelemetry/api";
import { describe, expect, test } from "vitest";
import { createLogger } from "./logger";
import { startRequestTracing } from "./tracing";

function captureLines() {
  const lines: Record<string, unknown>[] = [];
  const destination = {
    write: (line: string) => {
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
  return { lines, logger: createLogger(destination, "info") };
}

describe("the structured log", () => {
  test("a line written while a request is answered carries its id; others do not", () => {
    startRequestTracing();
    const { lines, logger } = captureLines();
    logger.info("outside");
    let traceId = "";
    trace.getTracer("test").startActiveSpan("request", (span) => {
      traceId = span.spanContext().traceId;
      logger.info("inside");
      span.end();
    });
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ["outside", undefined],
      ["inside", traceId],
    ]);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  test.each([
    ["token", { token: "mc_secret_value" }],
    ["authorization", { headers: { authorization: "Bearer mc_secret_value" } }],
    ["password", { db: { password: "mc_secret_value" } }],
    ["DATABASE_URL", { DATABASE_URL: "postgres://u:mc_secret_value@h/db" }],
  ])("a %s is redacted", (_key, fields) => {
    const { lines, logger } = captureLines();
    logger.info(fields, "with a secret");
    expect(JSON.stringify(lines)).not.toContain("mc_secret_value");
    expect(JSON.stringify(lines)).toContain("[redacted]");
  });

  test("lines are JSON with a level name, a time and the service", () => {
    const { lines, logger } = captureLines();
    logger.warn({ project: "jaffle" }, "careful");
    expect(lines[0]).toMatchObject({
      level: "warn",
      service: "mesh-catalog",
      project: "jaffle",
      msg: "careful",
    });
    expect(typeof lines[0]?.time).toBe("string");
  });
});
