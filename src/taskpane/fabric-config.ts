/**
 * Runs before Fluent UI loads (imported first by index.tsx). An empty `fontBaseUrl` stops Fluent from
 * declaring its web fonts on Microsoft's CDN: the pane uses the fonts installed on the computer and
 * makes no request outside this add-in.
 */
const fabricWindow = window as unknown as { FabricConfig?: Record<string, unknown> };
fabricWindow.FabricConfig = { ...(fabricWindow.FabricConfig ?? {}), fontBaseUrl: "", iconBaseUrl: "" };

export {};
