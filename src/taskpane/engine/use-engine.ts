import { useEffect, useState } from "react";
import type { PaneEngine } from "./pane-engine";

let pending: Promise<PaneEngine> | undefined;

/** Loads the engine chunk once (webpack splits it off the pane's first paint). */
export function loadEngine(): Promise<PaneEngine> {
  pending ??= import(/* webpackChunkName: "engine" */ "./engine-impl").then((module) => module.createPaneEngine());
  return pending;
}

export interface EngineState {
  engine?: PaneEngine;
  error?: string;
}

/** The engine once loaded; starts loading on first use. */
export function useEngine(): EngineState {
  const [state, setState] = useState<EngineState>({});
  useEffect(() => {
    let live = true;
    loadEngine().then(
      (engine) => live && setState({ engine }),
      (error: unknown) => live && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
