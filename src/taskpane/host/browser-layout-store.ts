import type { StoredLayoutText } from "../../excel/layout-store";

/** Key prefix of the standalone page's layouts in the browser's storage; one entry per layout id. */
export const LAYOUT_KEY_PREFIX = "smartcampus-rollup:layout:";

/** The part of the Web Storage API the store uses (`window.localStorage`). */
export type LayoutStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

/**
 * The standalone page's layouts, kept in this browser's local storage (this computer only, no
 * network): each entry is the text of the layout's `*.layout.json`, listed in id order.
 */
export function browserLayoutStore(storage: LayoutStorage) {
  return {
    async loadLayouts(): Promise<StoredLayoutText[]> {
      const out: StoredLayoutText[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(LAYOUT_KEY_PREFIX)) continue;
        const text = storage.getItem(key);
        if (text !== null) out.push({ id: key.slice(LAYOUT_KEY_PREFIX.length), text });
      }
      return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    async saveLayout(stored: StoredLayoutText): Promise<void> {
      storage.setItem(LAYOUT_KEY_PREFIX + stored.id, stored.text);
    },
    async deleteLayout(id: string): Promise<boolean> {
      const had = storage.getItem(LAYOUT_KEY_PREFIX + id) !== null;
      storage.removeItem(LAYOUT_KEY_PREFIX + id);
      return had;
    },
  };
}

/** The page's local storage, or undefined where the browser refuses it (storage disabled). */
export function pageStorage(): LayoutStorage | undefined {
  try {
    const storage = window.localStorage;
    storage.getItem(LAYOUT_KEY_PREFIX);
    return storage;
  } catch {
    return undefined;
  }
}
