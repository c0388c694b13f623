/** Values a template may interpolate; `undefined` counts as absent. */
export type TextParams = Readonly<Record<string, string | number | undefined>>;

/**
 * The one interpolation: `{name}` placeholders filled from `params`. A placeholder with no value
 * stays visible (`{limit}`) rather than vanishing, so a missing param shows in the sentence.
 */
export function fill(template: string, params: TextParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names of a template, each once, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}
