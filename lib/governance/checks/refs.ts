import { z } from "zod";
import { defineCheckKind } from "../check-kind";
import { describeModel, ownersOfNode } from "../model-index";
import type { CrossProjectRef, Finding, MeshFacts, MeshModel } from "../types";

type ResolvedRef = CrossProjectRef & { parent: MeshModel };

/** Resolved cross-project refs, one per consumer node and producer node. */
function eachResolvedRef(facts: MeshFacts): ResolvedRef[] {
  const seen = new Set<string>();
  return facts.refs.filter((ref): ref is ResolvedRef => {
    if (ref.parent === null) return false;
    const key = `${ref.project}\u0000${ref.childUniqueId}\u0000${ref.parent.uniqueId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function findingFor(
  facts: MeshFacts,
  ref: ResolvedRef,
  message: string,
): Finding {
  return {
    project: ref.project,
    uniqueId: ref.childUniqueId,
    message,
    owners: ownersOfNode(facts, ref.project, ref.childUniqueId),
  };
}

/** A cross-project ref must name a public model: anything else is the producer's to change at will. */
export const REF_NOT_PUBLIC = defineCheckKind({
  id: "ref-not-public",
  title: "Cross-project ref to a model that is not public",
  advice:
    "Ask the producer to make the model `access: public` (with a contract), or ref one of its public models instead.",
  params: z.object({}),
  run: (facts) =>
    eachResolvedRef(facts)
      .filter((ref) => ref.parent.access !== "public")
      .map((ref) =>
        findingFor(
          facts,
          ref,
          `refs ${describeModel(ref.parent)}, which is ${ref.parent.access ?? "of no declared access"}, not public`,
        ),
      ),
});

function isPastDeprecation(model: MeshModel, now: Date): boolean {
  return (
    model.deprecationDate !== null &&
    Date.parse(model.deprecationDate) <= now.getTime()
  );
}

/** A ref to a version its producer has deprecated, while the date still lies ahead. */
export const DEPRECATED_REF = defineCheckKind({
  id: "deprecated-ref",
  title: "Cross-project ref to a deprecated version",
  defaultSeverity: "warn",
  advice:
    "Move the ref to the producer's latest version (`ref('project', 'model', v=N)`) before the deprecation date.",
  params: z.object({}),
  run: (facts, _params, { now }) =>
    eachResolvedRef(facts)
      .filter(
        (ref) =>
          ref.parent.deprecationDate !== null &&
          !isPastDeprecation(ref.parent, now),
      )
      .map((ref) =>
        findingFor(
          facts,
          ref,
          `refs ${describeModel(ref.parent)}, deprecated: it may be removed after ${ref.parent.deprecationDate?.slice(0, 10) ?? ""}`,
        ),
      ),
});

/** A ref to a version past its deprecation date: the producer may drop it at any time. */
export const REF_PAST_DEPRECATION = defineCheckKind({
  id: "ref-past-deprecation",
  title: "Cross-project ref to a version past its deprecation date",
  advice:
    "Move the ref to the producer's latest version now: the version it names may be dropped at any time.",
  params: z.object({}),
  run: (facts, _params, { now }) =>
    eachResolvedRef(facts)
      .filter((ref) => isPastDeprecation(ref.parent, now))
      .map((ref) =>
        findingFor(
          facts,
          ref,
          `refs ${describeModel(ref.parent)}, past its deprecation date ${ref.parent.deprecationDate?.slice(0, 10) ?? ""}`,
        ),
      ),
});

/** An unpinned ref to a versioned model moves whenever the producer's latest version does. */
export const UNPINNED_VERSIONED_REF = defineCheckKind({
  id: "unpinned-versioned-ref",
  title: "Unpinned cross-project ref to a versioned model",
  defaultSeverity: "warn",
  advice:
    "Pin the version the consumer was built against: `ref('project', 'model', v=N)`; move the pin deliberately.",
  params: z.object({}),
  run: (facts) =>
    eachResolvedRef(facts)
      .filter(
        (ref) =>
          ref.pinnedVersion === null && ref.parent.latestVersion !== null,
      )
      .map((ref) =>
        findingFor(
          facts,
          ref,
          `refs ${ref.parentProject}.${ref.parentName} without a version: it follows the latest (now v${ref.parent.latestVersion ?? ""})`,
        ),
      ),
});
