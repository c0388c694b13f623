import fc from "fast-check";
import { writePrettyJson } from "../../src/cli/pretty-json";

function joined(value: unknown, chunkChars?: number): string {
  let text = "";
  writePrettyJson(value, (chunk) => (text += chunk), chunkChars);
  return text;
}

test("the pieces joined are JSON.stringify's pretty text, for any JSON value and any piece size", () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 64 }), (value, size) => {
      expect(joined(value, size)).toBe(JSON.stringify(value, null, 2));
    }),
    { numRuns: 300 },
  );
});

test("as JSON.stringify: undefined and functions left out of objects and null in arrays, toJSON used, empty containers inline", () => {
  const value = { a: undefined, b: () => 1, c: [undefined, () => 2, 1], d: new Date(Date.UTC(2025, 3, 2)), e: {}, f: [], g: { h: [{}] }, 中文: "学校\n名称", n: NaN };
  expect(joined(value, 3)).toBe(JSON.stringify(value, null, 2));
});
