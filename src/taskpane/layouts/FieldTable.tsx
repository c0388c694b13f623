import { useEffect, useState } from "react";
import { Checkbox } from "@fluentui/react/lib/Checkbox";
import { DetailsList, DetailsListLayoutMode, SelectionMode, type IColumn } from "@fluentui/react/lib/DetailsList";
import { Dropdown, type IDropdownOption } from "@fluentui/react/lib/Dropdown";
import { TextField } from "@fluentui/react/lib/TextField";
import type { FieldInput, ValueType } from "../../core/layout/schema";
import type { StringKey } from "../i18n/strings";
import { usePaneText } from "../i18n/strings";
import { choiceText, columnOf, renameField, setFieldChoices, setFieldRequired, setFieldType, type LayoutDraft } from "./layout-draft";

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

/** The fields of a draft as an editable table: name, type, required, allowed values, and why. */
export function FieldTable({ draft, valueTypes, onChange }: { draft: LayoutDraft; valueTypes: readonly ValueType[]; onChange: (draft: LayoutDraft) => void }) {
  const { t } = usePaneText();
  const typeOptions: IDropdownOption[] = valueTypes.map((type) => ({ key: type, text: t(`valueType_${type}` as StringKey) }));
  const rows: Row[] = draft.layout.fields.map((field, index) => ({ index, field }));

  const columns: IColumn[] = [
    {
      key: "column",
      name: t("fieldColumn"),
      minWidth: 70,
      maxWidth: 110,
      isMultiline: true,
      onRender: ({ field }: Row) => {
        const column = columnOf(draft, field);
        return column ? (
          <span title={column.why} data-testid="field-header">
            {column.letter} · {column.header}
          </span>
        ) : null;
      },
    },
    {
      key: "name",
      name: t("fieldName"),
      minWidth: 110,
      maxWidth: 160,
      onRender: ({ index, field }: Row) => (
        <CommitField value={field.name} label={t("fieldName")} testId={`field-name-${index}`} onCommit={(name) => onChange(renameField(draft, index, name))} />
      ),
    },
    {
      key: "type",
      name: t("fieldType"),
      minWidth: 110,
      maxWidth: 140,
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
      minWidth: 44,
      maxWidth: 50,
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
      key: "choices",
      name: t("fieldChoices"),
      minWidth: 120,
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
    {
      key: "why",
      name: t("fieldWhy"),
      minWidth: 140,
      isMultiline: true,
      onRender: ({ field }: Row) => <span style={{ fontSize: 12, color: "#605e5c" }}>{columnOf(draft, field)?.why ?? ""}</span>,
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
