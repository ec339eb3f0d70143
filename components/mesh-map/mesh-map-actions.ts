"use client";

import { createContext, useContext } from "react";

/** What the map's edges can do: select themselves (to list their refs). */
export type MeshMapActions = { select: (dependencyId: string) => void };

export const MeshMapActionsContext = createContext<MeshMapActions | null>(null);

export function useMeshMapActions(): MeshMapActions {
  const actions = useContext(MeshMapActionsContext);
  if (!actions) throw new Error("useMeshMapActions outside a mesh map");
  return actions;
}
