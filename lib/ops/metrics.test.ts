import { describe, expect, test } from "vitest";
import {
  observeHttpRequest,
  observeIngest,
  renderMetrics,
  setPoolReader,
  setUploadLoadReader,
} from "./metrics";

describe("the metrics registry", () => {
  test("counts requests by route pattern and status, ingests by outcome, and reads the pool and the upload queue", async () => {
    observeHttpRequest({
      method: "GET",
      route: "/projects/[project]",
      status: 200,
      seconds: 0.02,
    });
    observeIngest({ origin: "api", outcome: "rejected", seconds: 0.3 });
    setPoolReader(() => ({ total: 4, idle: 3, waiting: 1 }));
    setUploadLoadReader(() => ({ running: 1, waiting: 5 }));
    const { body, contentType } = await renderMetrics();
    expect(contentType).toContain("text/plain");
    expect(body).toContain(
      'catalog_http_requests_total{method="GET",route="/projects/[project]",status="200"} 1',
    );
    expect(body).toContain(
      'catalog_ingests_total{origin="api",outcome="rejected"} 1',
    );
    expect(body).toContain('catalog_db_pool_connections{state="waiting"} 1');
    expect(body).toContain('catalog_uploads{state="waiting"} 5');
    expect(body).toContain("catalog_process_resident_memory_bytes");
  });
});
