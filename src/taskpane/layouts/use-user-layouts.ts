import { useCallback, useEffect, useMemo, useState } from "react";
import type { StoredLayoutText } from "../../excel/layout-store";
import type { LayoutCheck, PaneEngine } from "../engine/pane-engine";
import type { LayoutStore, PaneHost } from "../host/pane-host";
import type { PaneLocale } from "../i18n/locale";
import { layoutFileName } from "./layout-file-name";

/** A layout as kept by the host, with what the engine's parser says of it. */
export interface SavedLayout {
  id: string;
  text: string;
  check: LayoutCheck;
}

export interface UserLayouts {
  /** The engine over the built-ins and every saved layout that parses; undefined until both are there. */
  engine?: PaneEngine;
  /** Saved layouts, broken ones included (so they can be seen and deleted); undefined while loading. */
  saved?: SavedLayout[];
  /** Where saving keeps a layout: the workbook, this browser, or this session only. */
  where: LayoutStore["where"] | "session";
  /** Reading the store failed (the pane still works with the built-ins). */
  loadError?: string;
  save(stored: StoredLayoutText): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Kept for the session when the host has no store (the browser refuses local storage). */
function sessionStore(): LayoutStore {
  const kept = new Map<string, string>();
  return {
    where: "browser",
    loadLayouts: async () => [...kept].map(([id, text]) => ({ id, text })),
    saveLayout: async ({ id, text }) => void kept.set(id, text),
    deleteLayout: async (id) => kept.delete(id),
  };
}

/**
 * The user's layouts, read from the host when the pane starts (in Excel: the workbook's, so whoever
 * opens it gets them), checked by the engine, and the engine every tab uses built over them.
 */
export function useUserLayouts(host: PaneHost, base: PaneEngine | undefined, locale: PaneLocale): UserLayouts {
  const store = useMemo(() => host.layoutStore ?? sessionStore(), [host]);
  const [texts, setTexts] = useState<StoredLayoutText[]>();
  const [loadError, setLoadError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      setTexts(await store.loadLayouts());
      setLoadError(undefined);
    } catch (error) {
      setTexts([]);
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, [store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const saved = useMemo(
    () => (base && texts ? texts.map((stored): SavedLayout => ({ ...stored, check: base.parseLayoutFile(stored.text, layoutFileName(stored.id), locale) })) : undefined),
    [base, texts, locale],
  );
  const engine = useMemo(() => {
    if (!base || !saved) return undefined;
    // A stored entry whose layout names another id (edited by hand) counts once, under the layout's id.
    const byId = new Map<string, NonNullable<Extract<LayoutCheck, { ok: true }>["layout"]>>();
    for (const entry of saved) if (entry.check.ok) byId.set(entry.check.layout.id, entry.check.layout);
    return base.withUserLayouts([...byId.values()]);
  }, [base, saved]);

  return {
    engine,
    saved,
    where: host.layoutStore ? host.layoutStore.where : "session",
    loadError,
    save: async (stored) => {
      await store.saveLayout(stored);
      await reload();
    },
    remove: async (id) => {
      await store.deleteLayout(id);
      await reload();
    },
  };
}
