import { z } from "zod";
import { layoutSchema } from "./schema";

/** What a layout file's `"$schema"` names: the schema file beside it (`layouts schema` writes it). */
export const LAYOUT_SCHEMA_REF = "./layout.schema.json";

/** The file name of the JSON Schema shipped in the package (`layouts/layout.schema.json`). */
export const LAYOUT_SCHEMA_FILE = "layout.schema.json";

/**
 * The layout schema as JSON Schema (draft 2020-12), from the one zod definition: what an editor
 * uses to complete and check a `*.layout.json`. It describes the file as written (defaults may be
 * left out). The cross-entry rules (a `duplicateKey` naming a field of the layout …) are not
 * expressible in JSON Schema; the engine checks them when it loads the file.
 */
export function layoutJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(layoutSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: LAYOUT_SCHEMA_FILE,
    title: "SmartCampus layout (版式)",
    description: "一种汇总表的版式：标题、信息行、表头、字段及其校验。/ One summary-sheet layout: title, info line, header, fields and their checks.",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}

/** The JSON Schema as the text of `layouts/layout.schema.json` (two-space indent, final newline). */
export function layoutJsonSchemaText(): string {
  return `${JSON.stringify(layoutJsonSchema(), null, 2)}\n`;
}
