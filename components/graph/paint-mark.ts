"use client";

/**
 * Records that a graph has been drawn: a `performance.mark` named
 * `<graph>:painted` and `data-painted` on the element marked
 * `data-graph="<graph>"`, set after the next frames so that the drawing has
 * been painted. The browser benchmarks and tests wait for them.
 */
export function markGraphPainted(graph: string): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(`${graph}:painted`);
        document
          .querySelector(`[data-graph="${graph}"]`)
          ?.setAttribute("data-painted", "true");
      }, 0),
    ),
  );
}
