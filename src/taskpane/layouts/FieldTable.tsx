import { useEffect, useState } from "react";
import { Checkbox } from "@fluentui/react/lib/Checkbox";
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn } from "@fluentui/react/lib/DetailsList";
import { Dropdown, type IDropdownOption } from "@fluentui/react/lib/Dropdown";
import { TextField } from "@fluentui/react/lib/TextField";
import { FIELD_ROLES, type FieldInput, type FieldRole, type ValueType } from "../../core/layout/schema";
import type { StringKey } from "../i18n/strings";
import { usePaneText } from "../i18n/strings";
import { canHaveRole, choiceText, columnOf, renameField, setFieldChoices, setFieldRequired, setFieldRole, setFieldType, type LayoutDraft } from "./layout-draft";

interface Row {
  index: number;
  field: FieldInput;
}

/**
 * A text box that reports its value when the person leaves it (or presses Enter): a field is renamed
 * once, not at every keystroke, so its references follow the final name.
 */
function CommitField({ value, onCommit, label, testId, disabled, placeholder }: { value: string; onCommit: (value: string) => void; label: string; testId: string; disabled?: boolean; placeholder?: string }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => text !== value && onCommit(text);
  return (
    <TextField
      value={text}
      ariaLabel={label}
      data-testid={testId}
      disabled={disabled}
      placeholder={placeholder}
      onChange={(_, next) => setText(next ?? "")}
      onBlur={commit}
      onKeyDown={(event) => event.key === "Enter" && commit()}
    />
  );
}

/**
 * The fields of a draft as an editable table: name (with the template column it came from and why
 * the engine learned it so), type, required, what a number column adds up to in the totals, allowed
 * values. Narrow enough for the task pane.
 */
export function FieldTable({ draft, valueTypes, onChange }: { draft: LayoutDraft; valueTypes: readonly ValueType[]; onChange: (draft: LayoutDraft) => void }) {
  const { t } = usePaneText();
  const typeOptions: IDropdownOption[] = valueTypes.map((type) => ({ key: type, text: t(`valueType_${type}` as StringKey) }));
  const roleOptions: IDropdownOption[] = [{ key: "", text: t("role_none") }, ...FIELD_ROLES.map((role) => ({ key: role, text: t(`role_${role}` as StringKey) }))];
  const rows: Row[] = draft.layout.fields.map((field, index) => ({ index, field }));

  const columns: IColumn[] = [
    {
      key: "name",
      name: t("fieldName"),
      minWidth: 130,
      maxWidth: 170,
      isMultiline: true,
      onRender: ({ index, field }: Row) => {
        const column = columnOf(draft, field);
        return (
          <div>
            <CommitField value={field.name} label={t("fieldName")} testId={`field-name-${index}`} onCommit={(name) => onChange(renameField(draft, index, name))} />
            {column && (
              <div style={{ fontSize: 11, color: "#605e5c", whiteSpace: "normal", marginTop: 2 }} data-testid="field-why">
                {t("fieldColumn")} {column.letter}「{column.header}」：{column.why}
              </div>
            )}
          </div>
        );
      },
    },
    {
      key: "type",
      name: t("fieldType"),
      minWidth: 96,
      maxWidth: 120,
      onRender: ({ index, field }: Row) => (
        <Dropdown
          ariaLabel={`${t("fieldType")} ${field.name}`}
          options={typeOptions}
          selectedKey={field.type ?? "text"}
          data-testid={`field-type-${index}`}
          onChange={(_, option) => option && onChange(setFieldType(draft, index, option.key as ValueType))}
        />
      ),
    },
    {
      key: "required",
      name: t("fieldRequired"),
      minWidth: 36,
      maxWidth: 44,
      onRender: ({ index, field }: Row) => (
        <Checkbox
          ariaLabel={`${t("fieldRequired")} ${field.name}`}
          checked={field.required === true}
          data-testid={`field-required-${index}`}
          onChange={(_, checked) => onChange(setFieldRequired(draft, index, checked === true))}
        />
      ),
    },
    {
      key: "role",
      name: t("fieldRole"),
      minWidth: 80,
      maxWidth: 110,
      onRender: ({ index, field }: Row) => (
        <Dropdown
          ariaLabel={`${t("fieldRole")} ${field.name}`}
          options={roleOptions}
          selectedKey={field.role ?? ""}
          disabled={!canHaveRole(field)}
          data-testid={`field-role-${index}`}
          onChange={(_, option) => option && onChange(setFieldRole(draft, index, option.key === "" ? undefined : (option.key as FieldRole)))}
        />
      ),
    },
    {
      key: "choices",
      name: t("fieldChoices"),
      minWidth: 110,
      maxWidth: 220,
      onRender: ({ index, field }: Row) => (
        <CommitField
          value={choiceText(field)}
          label={`${t("fieldChoices")} ${field.name}`}
          testId={`field-choices-${index}`}
          disabled={field.type !== "choice"}
          placeholder={field.type === "choice" ? t("fieldChoicesHint") : ""}
          onCommit={(text) => onChange(setFieldChoices(draft, index, text))}
        />
      ),
    },
  ];

  return (
    <div data-testid="learned-fields" style={{ overflowX: "auto" }}>
      <DetailsList
        items={rows}
        columns={columns}
        getKey={(row: Row) => String(row.index)}
        setKey="fields"
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.fixedColumns}
        compact
        onShouldVirtualize={() => false}
        ariaLabelForGrid={t("fieldsTitle")}
        onRenderRow={(props, render) => (props && render ? <div data-field={(props.item as Row).field.name}>{render(props)}</div> : null)}
      />
    </div>
  );
}
