"use client";

import { KeyRound } from "lucide-react";
import {
  createContext,
  useContext,
  useId,
  useState,
  type ReactNode,
} from "react";

const TokenContext = createContext<string>("");

/** The token "Pull now" sends, read by every button of the table. */
export function usePullToken(): string {
  return useContext(TokenContext);
}

/**
 * Holds the upload token that pulling now needs, typed in once for the
 * page (kept in memory only: never stored by the browser).
 */
export function PullTokenProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState("");
  const id = useId();
  return (
    <TokenContext.Provider value={token.trim()}>
      <div className="mb-3 flex flex-wrap items-center gap-2 rounded-lg border border-border bg-surface px-3 py-2">
        <KeyRound aria-hidden className="size-4 text-fg-subtle" />
        <label htmlFor={id} className="text-[13px] font-medium text-fg">
          Upload token
        </label>
        <input
          id={id}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          placeholder="mc_… (admin, or the source's project)"
          className="order-last h-7 min-w-0 basis-full rounded-md border border-border-strong bg-canvas px-2 font-mono text-xs text-fg placeholder:text-fg-subtle focus-visible:outline-2 focus-visible:outline-accent sm:order-none sm:max-w-sm sm:flex-1 sm:basis-auto"
        />
        <span className="text-xs text-fg-muted">
          needed to pull a source now
        </span>
      </div>
      {children}
    </TokenContext.Provider>
  );
}
