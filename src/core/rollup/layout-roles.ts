import type { FieldDef, FieldRole, Layout } from "../layout/schema";

/** The fields that play a part in the roll-up, read from the layout's data. */
export interface LayoutRoles {
  /** The field naming the school (or 单位) a row belongs to (the layout's `school.field`); undefined for a layout with none. */
  school?: string;
  /** The field holding the district (the layout's scope field at district level, else its field of type `district`). */
  district?: string;
  /** The field holding a monthly report's stage code (the field of type `stage`). */
  stage?: string;
  /** The field with `role: "spaces"`: a count of spaces (个), summed in the totals. */
  spaces?: string;
  /** The field with `role: "budget"`: an amount in 万元, summed in the totals. */
  budget?: string;
  /** The field whose value the quota counts apart (`quota.categoryField`: `类别`, `试点类别`). */
  category?: string;
  /** A monthly report: several periods may be rolled up together. */
  periodic: boolean;
  /** One sheet is one school (an indicator matrix): the roll-up lists schools, not rows. */
  perSheet: boolean;
}

function fieldWhere(fields: readonly FieldDef[], test: (f: FieldDef) => boolean): string | undefined {
  return fields.find(test)?.name;
}

/** The field the layout gives this role (the schema allows one per role). */
function fieldWithRole(layout: Layout, role: FieldRole): string | undefined {
  return fieldWhere(layout.fields, (f) => f.role === role);
}

/**
 * Each part is said by the layout's data, never found by a header's text or unit: a whole number
 * in 个 that is not `role: "spaces"` (a 名额（个）) is not summed.
 */
export function layoutRoles(layout: Layout): LayoutRoles {
  const scopeField = layout.scope?.level === "district" ? layout.scope.field : undefined;
  return {
    school: layout.school?.field,
    district: scopeField ?? fieldWhere(layout.fields, (f) => f.type === "district"),
    stage: fieldWhere(layout.fields, (f) => f.type === "stage"),
    spaces: fieldWithRole(layout, "spaces"),
    budget: fieldWithRole(layout, "budget"),
    category: layout.quota?.categoryField,
    periodic: layout.dueDayOfMonth !== undefined,
    perSheet: layout.kind === "indicator-matrix",
  };
}
