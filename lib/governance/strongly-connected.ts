import { groupBy } from "./group-by";

/**
 * The cycles of a directed graph: its strongly connected components of more
 * than one vertex (Tarjan's algorithm, iterative, so a deep graph does not
 * overflow the stack). Each component lists its vertices in discovery order.
 */
export function findCyclicComponents(
  edges: readonly (readonly [string, string])[],
): string[][] {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const targets = next.get(from);
    if (targets) targets.push(to);
    else next.set(from, [to]);
    if (!next.has(to)) next.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: { vertex: string; child: number }[] = [
      { vertex: root, child: 0 },
    ];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = next.get(frame.vertex) ?? [];
      if (frame.child < targets.length) {
        const target = targets[frame.child++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ vertex: target, child: 0 });
        } else if (onStack.has(target))
          low.set(
            frame.vertex,
            Math.min(low.get(frame.vertex)!, index.get(target)!),
          );
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(
          parent.vertex,
          Math.min(low.get(parent.vertex)!, low.get(frame.vertex)!),
        );
      if (low.get(frame.vertex) !== index.get(frame.vertex)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.vertex);
      if (component.length > 1) components.push(component.reverse());
    }
  }
  return components;
}

/** One cycle through `start` inside a component: `[start, …, start]` (breadth first, so a shortest one). */
export function traceCycle(
  start: string,
  members: ReadonlySet<string>,
  edges: readonly (readonly [string, string])[],
): string[] {
  const next = groupBy(
    edges.filter(([from, to]) => members.has(from) && members.has(to)),
    ([from]) => from,
  );
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const vertex = queue.shift()!;
    for (const [, target] of next.get(vertex) ?? []) {
      if (target === start) {
        const path = [vertex];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (cameFrom.has(target)) continue;
      cameFrom.set(target, vertex);
      queue.push(target);
    }
  }
  return [start];
}
