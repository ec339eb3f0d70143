import { describe, expect, test } from "vitest";
import {
  parseDependencyId,
  toDependencyId,
  toMaturityTone,
  type MeshProject,
} from "./mesh-map-data";
import { sizeProject } from "./mesh-map-layout";

const project = (models: number | null): MeshProject => ({
  name: "p",
  models,
  publicModels: null,
  isExternal: models === null,
  producers: 0,
  consumers: 0,
  maturity: null,
});

describe("mesh map data", () => {
  test.each([
    { level: "gold", tone: "gold" },
    { level: "bronze", tone: "bronze" },
    { level: "certified", tone: "accent" },
    { level: null, tone: null },
  ])("level $level is drawn $tone", ({ level, tone }) => {
    expect(toMaturityTone(level)).toBe(tone);
  });

  test("an edge id names producer and consumer, and reads back", () => {
    expect(toDependencyId("platform", "finance")).toBe("platform~finance");
    expect(parseDependencyId("platform~finance")).toEqual({
      producer: "platform",
      consumer: "finance",
    });
    expect(parseDependencyId("platform")).toBeNull();
    expect(parseDependencyId("a~b~c")).toBeNull();
    expect(parseDependencyId(undefined)).toBeNull();
  });

  test("projects grow with the square root of their models", () => {
    const largest = sizeProject(project(400), 400);
    const quarter = sizeProject(project(100), 400);
    const none = sizeProject(project(0), 400);
    expect(largest.width).toBeGreaterThan(quarter.width);
    expect(quarter.width - none.width).toBe(
      Math.round((largest.width - none.width) / 2),
    );
    expect(sizeProject(project(null), 400)).toEqual(none);
  });
});
