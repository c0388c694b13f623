/** A worksheet function as `functions.json` (generated from the functions' JSDoc) describes it. */
export interface FunctionInfo {
  name: string;
  description: string;
  parameters: string[];
}

interface FunctionsJson {
  functions?: Array<{ name?: string; id?: string; description?: string; parameters?: Array<{ name?: string }> }>;
}

/** The functions listed in a `functions.json` document, sorted by name. */
export function parseFunctionCatalog(json: unknown): FunctionInfo[] {
  const list = (json as FunctionsJson | null)?.functions ?? [];
  return list
    .filter((entry) => typeof (entry.name ?? entry.id) === "string")
    .map((entry) => ({
      name: String(entry.name ?? entry.id),
      description: entry.description ?? "",
      parameters: (entry.parameters ?? []).map((parameter) => parameter.name ?? "").filter(Boolean),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Where the one-file page carries `functions.json` (a JSON data block; scripts/webpack/one-file-page-plugin.js). */
export const EMBEDDED_FUNCTIONS_ID = "smartcampus-functions";

/**
 * Reads the add-in's own `functions.json`: from the page itself when it carries it (the one-file
 * page, opened from disk, has nothing beside it), else served beside the pane. No request leaves
 * the add-in.
 */
export async function loadFunctionCatalog(): Promise<FunctionInfo[]> {
  const embedded = typeof document === "undefined" ? null : document.getElementById(EMBEDDED_FUNCTIONS_ID);
  if (embedded?.textContent) return parseFunctionCatalog(JSON.parse(embedded.textContent));
  const response = await fetch("functions.json", { cache: "no-cache" });
  if (!response.ok) throw new Error(`functions.json: ${response.status}`);
  return parseFunctionCatalog(await response.json());
}
