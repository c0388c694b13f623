import type { FieldDef, Layout } from "../layout/schema";

/** The fields that play a part in the roll-up, read from the layout's data. */
export interface LayoutRoles {
  /** The field naming the school (or 单位) a row belongs to (the layout's `school.field`); undefined for a layout with none. */
  school?: string;
  /** The field holding the district (the layout's scope field at district level). */
  district?: string;
  /** The field holding a monthly report's stage code. */
  stage?: string;
  /** A count of spaces (a whole number in 个), summed in the totals. */
  spaces?: string;
  /** An amount in 万元, summed in the totals. */
  budget?: string;
  /** The field whose value the quota counts apart (`类别`, `试点类别`). */
  category?: string;
  /** A monthly report: several periods may be rolled up together. */
  periodic: boolean;
  /** One sheet is one school (an indicator matrix): the roll-up lists schools, not rows. */
  perSheet: boolean;
}

function fieldOfType(fields: FieldDef[], test: (f: FieldDef) => boolean): string | undefined {
  return fields.find(test)?.name;
}

export function layoutRoles(layout: Layout): LayoutRoles {
  const scopeField = layout.scope?.level === "district" ? layout.scope.field : undefined;
  return {
    school: layout.school?.field,
    district: scopeField ?? fieldOfType(layout.fields, (f) => f.type === "district"),
    stage: fieldOfType(layout.fields, (f) => f.type === "stage"),
    spaces: fieldOfType(layout.fields, (f) => f.type === "integer" && f.unit === "个"),
    budget: fieldOfType(layout.fields, (f) => f.type === "number" && f.unit === "万元"),
    category: layout.quota?.categoryField,
    periodic: layout.dueDayOfMonth !== undefined,
    perSheet: layout.kind === "indicator-matrix",
  };
}
