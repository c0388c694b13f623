import { useEffect, useState } from "react";
import { mergeStyleSets } from "@fluentui/react/lib/Styling";
import { Text } from "@fluentui/react/lib/Text";
import { usePaneText } from "../i18n/strings";
import { loadFunctionCatalog, type FunctionInfo } from "./function-catalog";

const styles = mergeStyleSets({
  list: { margin: "4px 0 0", paddingLeft: 0, listStyle: "none", fontSize: 12 },
  item: { padding: "3px 0", borderBottom: "1px solid #edebe9" },
  code: { fontFamily: "Consolas, 'Courier New', monospace", fontSize: 12, color: "#0f6cbd" },
});

/** The SMARTCAMPUS worksheet functions this add-in provides, from its generated metadata. */
export function FunctionList() {
  const { t } = usePaneText();
  const [functions, setFunctions] = useState<FunctionInfo[]>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadFunctionCatalog().then(
      (list) => live && setFunctions(list),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-label={t("functionsTitle")} data-testid="function-list">
      <Text variant="medium">
        <b>{t("functionsTitle")}</b>
      </Text>
      {failed && <Text variant="small">{t("functionsUnavailable")}</Text>}
      {functions && (
        <ul className={styles.list}>
          {functions.map((fn) => (
            <li key={fn.name} className={styles.item}>
              <span className={styles.code}>
                =SMARTCAMPUS.{fn.name}({fn.parameters.join(", ")})
              </span>
              {fn.description && <div>{fn.description}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
