import { useRef, useState, type DragEvent } from "react";
import { DefaultButton } from "@fluentui/react/lib/Button";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { usePaneText } from "../i18n/strings";
import { ACCEPT_ATTRIBUTE, DOCUMENT_ACCEPT_ATTRIBUTE } from "./accepted-files";

const styles = mergeStyleSets({
  zone: {
    border: "2px dashed #8a8886",
    borderRadius: 4,
    padding: "12px 8px",
    textAlign: "center",
    background: "#faf9f8",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: 6,
  },
  active: { borderColor: "#0f6cbd", background: "#ebf3fc" },
  hint: { color: "#605e5c", fontSize: 12 },
});

export interface FileDropZoneProps {
  multiple: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  /** Stable id for tests and labels. */
  id: string;
  /** One document at a time (no archives): the picker offers spreadsheets and Word documents only. */
  documentsOnly?: boolean;
}

/** A drop target with a keyboard-reachable "choose files" button (the hidden input does the picking). */
export function FileDropZone({ multiple, disabled, onFiles, id, documentsOnly }: FileDropZoneProps) {
  const { t } = usePaneText();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1));
  };

  return (
    <div
      className={over ? `${styles.zone} ${styles.active}` : styles.zone}
      data-testid={`${id}-drop`}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? "none" : "copy";
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span>{multiple ? t("dropHintMany") : t("dropHint")}</span>
      <DefaultButton
        iconProps={{ iconName: "Upload" }}
        text={multiple ? t("chooseFiles") : t("chooseFile")}
        disabled={disabled}
        onClick={() => input.current?.click()}
      />
      <span className={styles.hint}>{t("acceptedTypes")}</span>
      <input
        ref={input}
        id={`${id}-input`}
        data-testid={`${id}-input`}
        type="file"
        accept={documentsOnly ? DOCUMENT_ACCEPT_ATTRIBUTE : ACCEPT_ATTRIBUTE}
        multiple={multiple}
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
