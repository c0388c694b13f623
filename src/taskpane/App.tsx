import { lazy, Suspense, useState } from "react";
import { MessageBar, MessageBarType } from "@fluentui/react/lib/MessageBar";
import { Pivot, PivotItem } from "@fluentui/react/lib/Pivot";
import { Spinner } from "@fluentui/react/lib/Spinner";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { useEngine } from "./engine/use-engine";
import { GradeTab } from "./grade/GradeTab";
import type { PaneHost } from "./host/pane-host";
import { usePaneText } from "./i18n/strings";
import { useUserLayouts } from "./layouts/use-user-layouts";
import { RollupTab } from "./rollup/RollupTab";
import { TemplatesTab } from "./templates/TemplatesTab";
import { ValidateTab } from "./validate/ValidateTab";
import paneIcon from "../../assets/icon-32.png";

const styles = mergeStyleSets({
  pane: { padding: "10px 12px 24px", maxWidth: 720, margin: "0 auto", boxSizing: "border-box" },
  header: { display: "flex", alignItems: "center", gap: 8, marginBottom: 6 },
  title: { fontSize: 18, fontWeight: 600, margin: 0 },
  mode: { fontSize: 12, color: "#605e5c" },
  tab: { paddingTop: 12 },
});

export type TabKey = "validate" | "rollup" | "grade" | "templates" | "layouts";

/** The 版式 tab (its editable table) is a chunk of its own, loaded when the tab is first opened. */
const LayoutsTab = lazy(() => import(/* webpackChunkName: "layouts-tab" */ "./layouts/LayoutsTab").then((module) => ({ default: module.LayoutsTab })));

/**
 * The pane: five tabs over one engine. The engine knows the built-in layouts and the user's saved
 * ones (read from the host when the pane starts), so every tab recognises a saved layout. Office
 * operations arrive in `host`; nothing here calls Office.
 */
export function App({ host }: { host: PaneHost }) {
  const { t, locale } = usePaneText();
  const { engine: base, error } = useEngine();
  const user = useUserLayouts(host, base, locale);
  const engine = user.engine;
  const [tab, setTab] = useState<TabKey>("validate");

  const body = (render: () => JSX.Element) =>
    engine ? (
      <div className={styles.tab}>{render()}</div>
    ) : error ? (
      <MessageBar messageBarType={MessageBarType.error}>{t("engineFailed", { message: error })}</MessageBar>
    ) : (
      <Spinner label={t("loadingEngine")} styles={{ root: { marginTop: 24 } }} />
    );

  return (
    <main className={styles.pane} data-host={host.kind} data-engine={engine ? "ready" : "loading"}>
      <header className={styles.header}>
        <img src={paneIcon} width={24} height={24} alt="" />
        <div>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          <div className={styles.mode}>{host.kind === "excel" ? t("modeExcel") : t("modeBrowser")}</div>
        </div>
      </header>
      <Pivot
        selectedKey={tab}
        onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as TabKey)}
        aria-label={t("appTitle")}
        overflowBehavior="menu"
      >
        <PivotItem itemKey="validate" headerText={t("tabValidate")}>
          {body(() => <ValidateTab host={host} engine={engine!} />)}
        </PivotItem>
        <PivotItem itemKey="rollup" headerText={t("tabRollup")}>
          {body(() => <RollupTab host={host} engine={engine!} />)}
        </PivotItem>
        <PivotItem itemKey="grade" headerText={t("tabGrade")}>
          {body(() => <GradeTab host={host} engine={engine!} />)}
        </PivotItem>
        <PivotItem itemKey="templates" headerText={t("tabTemplates")}>
          {body(() => <TemplatesTab host={host} engine={engine!} />)}
        </PivotItem>
        <PivotItem itemKey="layouts" headerText={t("tabLayouts")}>
          {body(() => (
            <Suspense fallback={<Spinner label={t("loadingEngine")} styles={{ root: { marginTop: 24 } }} />}>
              <LayoutsTab host={host} engine={engine!} user={user} />
            </Suspense>
          ))}
        </PivotItem>
      </Pivot>
    </main>
  );
}
