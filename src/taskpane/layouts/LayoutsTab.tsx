import { useRef, useState, type DragEvent } from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { Dropdown, type IDropdownOption } from "@fluentui/react/lib/Dropdown";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Spinner, SpinnerSize } from "@fluentui/react/lib/Spinner";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import { TextField } from "@fluentui/react/lib/TextField";
import type { Grid } from "../../core/model/grid";
import { useBusyTask } from "../components/use-busy-task";
import { Notice } from "../components/Notice";
import type { PaneEngine } from "../engine/pane-engine";
import { ACCEPT_ATTRIBUTE, isAcceptedFileName } from "../files/accepted-files";
import { downloadBytes } from "../files/download-bytes";
import type { PaneHost } from "../host/pane-host";
import { usePaneText } from "../i18n/strings";
import { FieldTable } from "./FieldTable";
import { setLayoutId, setLayoutTitle, type LayoutDraft } from "./layout-draft";
import { layoutFileName } from "./layout-file-name";
import type { SavedLayout, UserLayouts } from "./use-user-layouts";

const JSON_MIME = "application/json";

interface Editing {
  draft: LayoutDraft;
  /** Where it came from, shown above the editor. */
  source: string;
  learned: boolean;
}

const isLayoutFile = (name: string) => name.toLowerCase().endsWith(".json");

/**
 * The 版式 tab: learn a layout from a notice's blank template (the active sheet in Excel, a dropped
 * file on the standalone page), check and correct its fields, save it where the host keeps layouts
 * (the workbook, the browser) and as a `.layout.json`; load such a file again; the saved ones listed.
 * The engine learns and checks; this component only edits the draft.
 */
export function LayoutsTab({ host, engine, user }: { host: PaneHost; engine: PaneEngine; user: UserLayouts }) {
  const { t, locale } = usePaneText();
  const [editing, setEditing] = useState<Editing>();
  const [problems, setProblems] = useState<string[]>([]);
  const { busy, notice, setNotice, run } = useBusyTask();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);


  const open = (next: Editing | undefined, problemsFound: string[] = []) => {
    setEditing(next);
    setProblems(problemsFound);
  };

  /** The first visible sheet that has a layout to learn; else the first sheet's reason. */
  const learnFrom = (grids: Grid[], source: string, listsUnreadable: boolean) => {
    let reason = "";
    for (const grid of grids.filter((g) => !g.hidden)) {
      const learned = engine.learnLayout(grid, { locale, listsUnreadable });
      if (learned.ok) {
        open({ draft: { layout: learned.layout, notes: learned.notes, columns: learned.columns }, source: grids.length > 1 ? `${source} · ${grid.name}` : source, learned: true });
        return;
      }
      reason ||= learned.message;
    }
    open(undefined);
    throw new Error(t("learnNothing", { source, message: reason }));
  };

  const loadLayoutFile = async (file: File) => {
    const checked = engine.parseLayoutFile(await file.text(), file.name, locale);
    if (!checked.ok) {
      open(undefined, checked.messages);
      return;
    }
    open({ draft: { layout: checked.layout, notes: checked.notes, columns: [] }, source: t("loadedFrom", { source: file.name }), learned: false });
  };

  const takeFiles = (files: File[]) =>
    run(async () => {
      const file = files[0];
      if (!file) return;
      if (isLayoutFile(file.name)) return loadLayoutFile(file);
      if (!isAcceptedFileName(file.name)) throw new Error(t("unsupportedFile", { name: file.name }));
      const read = await engine.readTemplate(new Uint8Array(await file.arrayBuffer()), file.name);
      if (read.error) throw new Error(engine.formatIssue(read.error, locale));
      learnFrom(read.grids, file.name, read.listsUnreadable);
    });

  const readActiveSheet = host.readActiveSheet;
  const learnActiveSheet = readActiveSheet
    ? () =>
        run(async () => {
          const sheet = await readActiveSheet({ lists: true });
          learnFrom([sheet], sheet.name, false);
        })
    : undefined;

  const openLayout = (id: string) => {
    const layout = engine.layout(id);
    if (layout) open({ draft: { layout, notes: [], columns: [] }, source: layout.title, learned: false });
  };

  const openSaved = (saved: SavedLayout) => {
    if (saved.check.ok) open({ draft: { layout: saved.check.layout, notes: saved.check.notes, columns: [] }, source: saved.check.layout.title, learned: false });
  };

  /** The draft as file text when the engine's parser accepts it; else its faults are shown. */
  const checkedText = (draft: LayoutDraft): { id: string; title: string; text: string } | undefined => {
    const checked = engine.checkLayout(draft.layout, layoutFileName(draft.layout.id), locale);
    if (!checked.ok) {
      setProblems(checked.messages);
      return undefined;
    }
    setProblems([]);
    return { id: checked.layout.id, title: checked.layout.title, text: engine.layoutFileText(draft.layout, draft.notes) };
  };

  const download = (id: string, text: string) => {
    const name = layoutFileName(id);
    downloadBytes(new TextEncoder().encode(text), name, JSON_MIME);
    setNotice({ kind: "success", text: t("layoutDownloaded", { name }) });
  };

  const save = (draft: LayoutDraft) =>
    run(async () => {
      const file = checkedText(draft);
      if (!file) return;
      await user.save({ id: file.id, text: file.text });
      const where = user.where === "workbook" ? "savedInWorkbook" : user.where === "browser" ? "savedInBrowser" : "savedForSession";
      const replaces = engine.layouts.some((l) => l.id === file.id && l.origin === "built-in") || engine.layouts.some((l) => l.id === file.id && l.replacesBuiltIn);
      setNotice({ kind: "success", text: `${t(where, { title: file.title })}${replaces ? ` ${t("savedReplaces", { id: file.id })}` : ""}` });
      setEditing(undefined);
    });

  const startOptions: IDropdownOption[] = engine.layouts.filter((l) => l.kind !== "reference").map((l) => ({ key: l.id, text: l.origin === "user" ? `${l.title}${t("userLayoutMark")}` : l.title }));

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (!busy) void takeFiles(Array.from(event.dataTransfer.files).slice(0, 1));
  };

  const draft = editing?.draft;
  const whereText = user.where === "workbook" ? t("savedWhereWorkbook") : user.where === "browser" ? t("savedWhereBrowser") : t("savedWhereSession");

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <Text variant="small">{t("layoutsIntro")}</Text>
      {learnActiveSheet && <PrimaryButton text={t("learnFromSheet")} onClick={learnActiveSheet} disabled={busy} data-testid="learn-sheet" />}
      <div
        data-testid="learn-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        style={{ border: `2px dashed ${over ? "#0f6cbd" : "#8a8886"}`, background: over ? "#ebf3fc" : "#faf9f8", borderRadius: 4, padding: "12px 8px", textAlign: "center" }}
      >
        <Stack tokens={{ childrenGap: 6 }} horizontalAlign="center">
          <span>{t("learnDropHint")}</span>
          <Stack horizontal wrap tokens={{ childrenGap: 8 }} horizontalAlign="center">
            <DefaultButton iconProps={{ iconName: "Upload" }} text={host.readActiveSheet ? t("learnLoadFile") : t("chooseFile")} disabled={busy} onClick={() => input.current?.click()} />
          </Stack>
        </Stack>
        <input
          ref={input}
          data-testid="learn-input"
          type="file"
          accept={`${ACCEPT_ATTRIBUTE},.json`}
          hidden
          tabIndex={-1}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = "";
            if (files.length) void takeFiles(files);
          }}
        />
      </div>
      <Dropdown
        label={t("learnStartFrom")}
        placeholder={t("learnStartPlaceholder")}
        options={startOptions}
        selectedKey={null}
        onChange={(_, option) => option && openLayout(String(option.key))}
        data-testid="layout-start"
      />
      {busy && <Spinner size={SpinnerSize.small} label={t("learning")} labelPosition="right" />}
      <Notice notice={notice} onDismiss={() => setNotice(undefined)} />
      {problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="layout-problems">
          {t("problemsTitle")}
          <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
            {problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      {editing && draft && (
        <Stack tokens={{ childrenGap: 8 }} data-testid="layout-editor">
          <Text variant="small">{editing.learned ? t("learnedFrom", { source: editing.source }) : editing.source}</Text>
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <TextField
              label={t("layoutId")}
              description={t("layoutIdHint")}
              value={draft.layout.id}
              data-testid="layout-id"
              onChange={(_, value) => setEditing({ ...editing, draft: setLayoutId(draft, value ?? "") })}
              styles={{ root: { minWidth: 160 } }}
            />
            <TextField
              label={t("layoutTitle")}
              value={draft.layout.title}
              data-testid="layout-title"
              onChange={(_, value) => setEditing({ ...editing, draft: setLayoutTitle(draft, value ?? "") })}
              styles={{ root: { flexGrow: 1, minWidth: 200 } }}
            />
          </Stack>
          <Text variant="mediumPlus">{t("fieldsTitle")}</Text>
          <FieldTable draft={draft} valueTypes={engine.valueTypes} onChange={(next) => setEditing({ ...editing, draft: next })} />
          {draft.notes.length > 0 && (
            <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="layout-notes">
              {t("notesTitle")}
              <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
                {draft.notes.map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ul>
            </MessageBar>
          )}
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            <PrimaryButton text={t("saveLayout")} disabled={busy} onClick={() => save(draft)} data-testid="layout-save" />
            <DefaultButton
              iconProps={{ iconName: "Download" }}
              text={t("downloadLayout")}
              disabled={busy}
              data-testid="layout-download"
              onClick={() => {
                const file = checkedText(draft);
                if (file) download(file.id, file.text);
              }}
            />
            <DefaultButton text={t("discardDraft")} disabled={busy} onClick={() => open(undefined)} />
          </Stack>
        </Stack>
      )}
      <Stack tokens={{ childrenGap: 6 }}>
        <Text variant="mediumPlus">{t("savedTitle")}</Text>
        <Text variant="small">{whereText}</Text>
        {user.loadError && <MessageBar messageBarType={MessageBarType.warning}>{t("savedLoadFailed", { message: user.loadError })}</MessageBar>}
        {user.saved && user.saved.length === 0 && <Text variant="small">{t("savedNone")}</Text>}
        <ul data-testid="saved-layouts" style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {(user.saved ?? []).map((saved) => {
            const check = saved.check;
            const info = check.ok ? engine.layouts.find((l) => l.id === check.layout.id) : undefined;
            return (
              <li key={saved.id} data-layout-id={saved.id} data-ok={saved.check.ok} style={{ borderTop: "1px solid #edebe9", padding: "6px 0" }}>
                <Stack tokens={{ childrenGap: 4 }}>
                  <Text>
                    <b>{saved.check.ok ? saved.check.layout.title : saved.id}</b> <span style={{ color: "#605e5c" }}>{saved.id}</span>
                    {info?.replacesBuiltIn && <span style={{ color: "#8a6100" }}> · {t("replacesBuiltIn")}</span>}
                  </Text>
                  {!saved.check.ok && (
                    <MessageBar messageBarType={MessageBarType.error} isMultiline>
                      {t("savedBroken")}
                      <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
                        {saved.check.messages.map((message, i) => (
                          <li key={i}>{message}</li>
                        ))}
                      </ul>
                    </MessageBar>
                  )}
                  <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
                    {saved.check.ok && <DefaultButton text={t("editLayout")} disabled={busy} onClick={() => openSaved(saved)} />}
                    <DefaultButton iconProps={{ iconName: "Download" }} text={t("downloadLayout")} disabled={busy} onClick={() => download(saved.id, saved.text)} />
                    <DefaultButton
                      text={t("deleteLayout")}
                      disabled={busy}
                      data-testid={`delete-layout-${saved.id}`}
                      onClick={() =>
                        run(async () => {
                          await user.remove(saved.id);
                          setNotice({ kind: "success", text: t("layoutDeleted", { id: saved.id }) });
                        })
                      }
                    />
                  </Stack>
                </Stack>
              </li>
            );
          })}
        </ul>
      </Stack>
    </Stack>
  );
}
