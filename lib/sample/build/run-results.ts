/**
 * run_results.json (v6) of the daily `dbt build`: successes, the test
 * failures and warnings the specs call for, and a model error with its
 * descendants skipped.
 */
import type { RunStatus } from "@/lib/artifacts/run-statuses";
import type { Random } from "../random";
import type { JsonObject } from "../serialize";
import type { ModelSpec, ProjectSpec } from "../spec";
import { formatOffset, formatZulu } from "../time";
import type { Instant } from "../time";
import type { TestOutcome } from "./generic-test";
import type { PlannedNode } from "./run-plan";
import { modelUniqueId } from "./resolve";
import { buildRunArgs } from "./run-args";
import { DBT_VERSION } from "./warehouse";

function snowflakeQueryId(random: Random): string {
  return `01b${random.hex(5)}-${random.hex(4)}-${random.hex(4)}-0007-${random.hex(12)}`;
}

function timing(planned: PlannedNode): JsonObject[] {
  if (planned.isSkipped) return [];
  return [
    {
      name: "compile",
      started_at: formatZulu(planned.compileStartedAt),
      completed_at: formatZulu(planned.executeStartedAt - 1.7),
    },
    {
      name: "execute",
      started_at: formatZulu(planned.executeStartedAt),
      completed_at: formatZulu(planned.completedAt),
    },
  ];
}

type ResultParts = {
  status: RunStatus;
  message: string | null;
  failures: number | null;
  adapterResponse: JsonObject;
};

function describeOutcome(
  planned: PlannedNode,
  project: string,
  failedModels: Map<string, ModelSpec>,
  outcome: TestOutcome | undefined,
  random: Random,
): ResultParts {
  const success = (message: string, rows: number): ResultParts => ({
    status: "success",
    message,
    failures: null,
    adapterResponse: {
      _message: message,
      code: "SUCCESS",
      rows_affected: rows,
      query_id: snowflakeQueryId(random),
    },
  });
  const seeded = (rows: number): ResultParts => ({
    status: "success",
    message: `INSERT ${rows}`,
    failures: null,
    adapterResponse: {
      _message: `INSERT ${rows}`,
      code: "INSERT",
      rows_affected: rows,
    },
  });
  if (planned.isSkipped)
    return {
      status: "skipped",
      message: null,
      failures: null,
      adapterResponse: {},
    };
  switch (planned.resourceType) {
    case "seed":
      return seeded(random.int(8, 250));
    case "unit_test":
      return {
        status: "pass",
        message: null,
        failures: 0,
        adapterResponse: {
          _message: "SUCCESS 1",
          code: "SUCCESS",
          rows_affected: 1,
          query_id: snowflakeQueryId(random),
        },
      };
    case "test": {
      const failures = outcome?.failures ?? 0;
      const response = {
        _message: "SUCCESS 1",
        code: "SUCCESS",
        rows_affected: 1,
        query_id: snowflakeQueryId(random),
      };
      if (failures === 0)
        return {
          status: "pass",
          message: null,
          failures: 0,
          adapterResponse: response,
        };
      const verb = outcome?.severity === "warn" ? "warn" : "fail";
      const plural = failures === 1 ? "result" : "results";
      return {
        status: verb,
        message: `Got ${failures} ${plural}, configured to ${verb} if != 0`,
        failures,
        adapterResponse: response,
      };
    }
    default: {
      const model = failedModels.get(planned.uniqueId);
      if (model?.buildError) {
        const path = `models/${model.folder}/${model.name}${model.version ? `_v${model.version}` : ""}.sql`;
        return {
          status: "error",
          message: `Database Error in model ${model.name} (${path})\n  ${model.buildError}\n  compiled code at target/run/${project}/${path}`,
          failures: null,
          adapterResponse: {},
        };
      }
      return success("SUCCESS 1", 1);
    }
  }
}

export function buildRunResults(options: {
  spec: ProjectSpec;
  nodesById: Map<string, JsonObject>;
  plan: PlannedNode[];
  outcomes: TestOutcome[];
  invocationId: string;
  startedAt: Instant;
  random: Random;
}): JsonObject {
  const { spec, plan, random } = options;
  const outcomes = new Map(options.outcomes.map((o) => [o.uniqueId, o]));
  const failedModels = new Map(
    spec.models
      .filter((model) => model.buildError)
      .map((model) => [modelUniqueId(spec.name, model), model]),
  );
  const results = plan.map((planned): JsonObject => {
    const node = options.nodesById.get(planned.uniqueId) ?? {};
    const parts = describeOutcome(
      planned,
      spec.name,
      failedModels,
      outcomes.get(planned.uniqueId),
      random,
    );
    const isSeed = planned.resourceType === "seed";
    const hasCode = !planned.isSkipped && !isSeed;
    return {
      status: parts.status,
      timing: timing(planned),
      thread_id: `Thread-${planned.thread + 1} (worker)`,
      execution_time: planned.isSkipped
        ? 0
        : (planned.completedAt - planned.compileStartedAt) / 1000,
      adapter_response: parts.adapterResponse,
      message: parts.message,
      failures: parts.failures,
      unique_id: planned.uniqueId,
      compiled: isSeed ? null : hasCode,
      compiled_code: isSeed
        ? ""
        : hasCode
          ? (node.compiled_code ?? null)
          : null,
      relation_name:
        isSeed || planned.resourceType === "test"
          ? null
          : (node.relation_name ?? null),
      batch_results: null,
    };
  });
  const completedAt =
    plan.reduce(
      (latest, p) => Math.max(latest, p.completedAt),
      options.startedAt,
    ) + 850;
  return {
    metadata: {
      dbt_schema_version: "https://schemas.getdbt.com/dbt/run-results/v6.json",
      dbt_version: DBT_VERSION,
      generated_at: formatZulu(completedAt),
      invocation_id: options.invocationId,
      invocation_started_at: formatOffset(options.startedAt),
      env: {},
    },
    results,
    elapsed_time: (completedAt - options.startedAt) / 1000,
    args: buildRunArgs(spec.name),
  };
}
