// Writes layouts/layout.schema.json from the zod layout schema (src/core/layout/schema.ts), the one
// definition. test/core/layout/json-schema.test.ts fails when the committed file is out of date.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { LAYOUT_SCHEMA_FILE, layoutJsonSchemaText } from "../src/core/layout/json-schema";

const target = path.resolve(__dirname, "..", "layouts", LAYOUT_SCHEMA_FILE);
writeFileSync(target, layoutJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
