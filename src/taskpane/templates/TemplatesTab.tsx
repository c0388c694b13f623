import { useState } from "react";
import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { Dropdown, type IDropdownOption } from "@fluentui/react/lib/Dropdown";
import { Stack } from "@fluentui/react/lib/Stack";
import { Text } from "@fluentui/react/lib/Text";
import { useBusyTask } from "../components/use-busy-task";
import { Notice } from "../components/Notice";
import type { PaneEngine } from "../engine/pane-engine";
import { downloadBytes } from "../files/download-bytes";
import { safeFileName } from "../files/safe-file-name";
import type { PaneHost } from "../host/pane-host";
import { usePaneText } from "../i18n/strings";
import { layoutTitle } from "../../core/layouts/layout-title";
import { UnknownLayoutError } from "../../core/layouts/unknown-layout-error";

/** Insert (Excel) or download a blank official template for a layout and city. */
export function TemplatesTab({ host, engine }: { host: PaneHost; engine: PaneEngine }) {
  const { t } = usePaneText();
  const layouts = engine.layouts.filter((layout) => layout.kind !== "reference");
  const [chosenId, setLayoutId] = useState(layouts[0]?.id ?? "");
  // A saved layout deleted meanwhile falls back to the first.
  const layoutId = layouts.some((l) => l.id === chosenId) ? chosenId : (layouts[0]?.id ?? "");
  const layout = engine.layouts.find((l) => l.id === layoutId);
  const [cityChoice, setCityChoice] = useState<string>();
  const city = cityChoice ?? layout?.city ?? "";
  const { busy, notice, setNotice, run } = useBusyTask();


  const layoutOptions: IDropdownOption[] = layouts.map((l) => ({ key: l.id, text: l.origin === "user" ? `${l.title}${t("userLayoutMark")}` : l.title }));
  const cityOptions: IDropdownOption[] = [{ key: "", text: t("templateCityAny") }, ...engine.cities.map((c) => ({ key: c, text: c }))];
  const insertTemplate = host.insertTemplate;

  return (
    <Stack tokens={{ childrenGap: 10 }}>
      <Text variant="small">{t("templatesIntro")}</Text>
      <Dropdown
        label={t("templateLayout")}
        options={layoutOptions}
        selectedKey={layoutId}
        onChange={(_, option) => {
          if (!option) return;
          setLayoutId(String(option.key));
          setCityChoice(undefined);
        }}
        data-testid="template-layout"
      />
      <Dropdown
        label={t("templateCity")}
        options={cityOptions}
        selectedKey={city}
        onChange={(_, option) => option && setCityChoice(String(option.key))}
        data-testid="template-city"
      />
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        {insertTemplate && (
          <PrimaryButton
            text={t("insertTemplate")}
            disabled={busy || !layoutId}
            onClick={() =>
              run(async () => {
                const chosen = engine.layout(layoutId);
                if (!chosen) throw new UnknownLayoutError(layoutId, engine.layouts.map((l) => l.id));
                await insertTemplate(chosen, city || undefined);
                return { kind: "success", text: t("templateInserted") };
              })
            }
          />
        )}
        {(() => {
          const Button = insertTemplate ? DefaultButton : PrimaryButton;
          return (
            <Button
              iconProps={{ iconName: "Download" }}
              text={t("downloadTemplate")}
              disabled={busy || !layoutId}
              data-testid="template-download"
              onClick={() =>
                run(async () => {
                  const name = safeFileName(t("templateFileName", { title: layoutTitle(engine.layouts, layoutId) }));
                  downloadBytes(await engine.writeTemplateWorkbook(layoutId, city || undefined), name);
                  return { kind: "success", text: t("templateDownloaded", { name }) };
                })
              }
            />
          );
        })()}
      </Stack>
      <Notice notice={notice} onDismiss={() => setNotice(undefined)} />
    </Stack>
  );
}
