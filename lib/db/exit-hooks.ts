type Hooks = { callbacks: Set<() => void>; uninstall?: () => void };

// On globalThis: Next may load this module twice (instrumentation and routes),
// and two sets of signal handlers would each think the other handles the signal.
const holder = globalThis as typeof globalThis & {
  __meshCatalogExitHooks?: Hooks;
};

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Runs `callback` (synchronously) when this process exits, however it exits
 * short of SIGKILL; returns a function that cancels it. Signals get a handler
 * only to turn them into an exit, and exit only when nothing else handles
 * them, so that a server's own graceful shutdown (Next's) keeps its say.
 */
export function onProcessExit(callback: () => void): () => void {
  const hooks = (holder.__meshCatalogExitHooks ??= { callbacks: new Set() });
  hooks.callbacks.add(callback);
  hooks.uninstall ??= installHandlers(hooks);
  return () => {
    hooks.callbacks.delete(callback);
    if (hooks.callbacks.size > 0) return;
    hooks.uninstall?.();
    hooks.uninstall = undefined;
  };
}

function installHandlers(hooks: Hooks): () => void {
  const runAll = () => {
    for (const callback of [...hooks.callbacks]) {
      hooks.callbacks.delete(callback);
      try {
        callback();
      } catch (error) {
        console.error("While leaving the embedded PostgreSQL:", error);
      }
    }
  };
  const handlers = Object.entries(SIGNAL_EXIT_CODES).map(([signal, code]) => {
    const handler = () => {
      if (process.listenerCount(signal) === 1) process.exit(code);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  process.on("exit", runAll);
  return () => {
    process.off("exit", runAll);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
