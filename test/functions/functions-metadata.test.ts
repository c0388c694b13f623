import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const SOURCE = path.join(__dirname, "..", "..", "src", "functions", "functions.ts");

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

const HAN = /[\u4e00-\u9fff]/;

describe("functions.json generated from functions.ts", () => {
  let functions: FunctionMetadata[];
  let associate: Array<{ id: string; functionName: string }>;

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    expect(result.errors).toEqual([]);
    functions = JSON.parse(result.metadataJson).functions;
    associate = result.associate;
  });

  test("every function of DOMAIN.md, each with its parameters (matrix for ranges, any for values Excel passes as number or text)", () => {
    const signatures = Object.fromEntries(
      functions.map((f) => [f.id, f.parameters.map((p) => `${p.name}:${p.type ?? "any"}${p.dimensionality === "matrix" ? "[][]" : ""}`)]),
    );
    expect(signatures).toEqual({
      GRADE: ["range:any[][]"],
      GRADECOUNT: ["range:any[][]", "level:any"],
      FEATURELEVEL: ["range:any[][]"],
      STAGE: ["code:any"],
      STAGECODE: ["text:any"],
      QUOTA: ["count:any", "rate:any"],
      ISPHONE: ["text:any"],
      ISEMAIL: ["text:any"],
      ISPOSTCODE: ["text:any"],
      PCRATIO: ["students:any", "computers:any", "stage:any"],
      SPACESNEEDED: ["count:any", "stage:any"],
    });
    for (const f of functions) {
      expect(f.name).toBe(f.id);
      expect(f.parameters.every((p) => !p.optional)).toBe(true);
      // A scalar result that may also be a CustomFunctions.Error: no fixed result type.
      expect(f.result).toEqual({});
    }
  });

  test("every function and parameter has a Chinese description for autocomplete", () => {
    for (const f of functions) {
      expect(f.description).toMatch(HAN);
      for (const p of f.parameters) expect([f.id, p.name, p.description ?? ""]).toEqual([f.id, p.name, expect.stringMatching(HAN)]);
    }
  });

  test("QUOTA and SPACESNEEDED state their rounding", () => {
    const byId = Object.fromEntries(functions.map((f) => [f.id, f]));
    expect(byId.QUOTA.description).toContain("四舍五入");
    expect(byId.QUOTA.parameters[1].description).toContain("四舍五入");
    expect(byId.SPACESNEEDED.description).toContain("向上取整");
  });

  test("the plugin associates each id with the exported wrapper of that name", () => {
    expect(associate.map((a) => `${a.id}=${a.functionName}`)).toEqual([
      "GRADE=grade",
      "GRADECOUNT=gradeCount",
      "FEATURELEVEL=featureLevel",
      "STAGE=stage",
      "STAGECODE=stageCodeOf",
      "QUOTA=quota",
      "ISPHONE=isPhone",
      "ISEMAIL=isEmail",
      "ISPOSTCODE=isPostcode",
      "PCRATIO=pcRatio",
      "SPACESNEEDED=spacesNeeded",
    ]);
  });
});
