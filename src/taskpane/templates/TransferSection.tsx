import { Button, Field, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { useState, type ChangeEvent } from "react";
import type { StoredData } from "../../settings/schema";
import { applyImport, checkImport, exportData, type ConflictChoice } from "../../settings/transfer";
import { Notice, type NoticeData } from "../Notice";
import { ConfirmDialog } from "./ConfirmDialog";
import { downloadText, readFileText } from "./files";
import { EXPORT_FILE_NAME } from "./model";
import { SaveFailureBar } from "./SaveFailureBar";
import { useTemplateStrings } from "./strings";
import type { SaveFailure } from "./useStoredData";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "flex-start" },
  file: { maxWidth: "100%" },
});

interface Props {
  /** What is stored: exported as it is, and what an import merges into. */
  data: StoredData;
  saving: boolean;
  failure: SaveFailure | null;
  onRetry(): void;
  onDismissFailure(): void;
  /** Stores the merged data; resolves true once saved. */
  onImport(next: StoredData): Promise<boolean>;
}

interface PendingImport {
  incoming: StoredData;
  conflicts: string[];
}

export function TransferSection({ data, saving, failure, onRetry, onDismissFailure, onImport }: Props) {
  const t = useTemplateStrings();
  const styles = useStyles();
  const [notice, setNotice] = useState<NoticeData | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);

  const exportFile = () => {
    const ok = downloadText(exportData(data), EXPORT_FILE_NAME);
    setNotice(ok ? { intent: "success", text: t.exportDone } : { intent: "error", text: t.exportFailed });
  };

  const merge = async (incoming: StoredData, choice: ConflictChoice) => {
    setPending(null);
    if (await onImport(applyImport(data, incoming, choice))) {
      setNotice({ intent: "success", text: t.imported(incoming.templates.length) });
    }
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires a change.
    input.value = "";
    if (!file) return;
    setNotice(null);
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      setNotice({ intent: "error", text: t.importReadFailed });
      return;
    }
    const check = checkImport(text, data);
    if (!check.ok) setNotice({ intent: "error", text: check.error });
    else if (check.conflicts.length > 0) setPending({ incoming: check.incoming, conflicts: check.conflicts });
    else await merge(check.incoming, "keepBoth");
  };

  return (
    <div className={styles.root}>
      <Text>{t.transferIntro}</Text>
      <Button icon={<ArrowDownloadRegular />} onClick={exportFile}>
        {t.export}
      </Button>
      <Field label={t.importField} hint={t.importHint}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            className={styles.file}
            type="file"
            accept="application/json,.json"
            disabled={saving}
            onChange={(event) => void chooseFile(event)}
          />
        )}
      </Field>
      {notice && <Notice notice={notice} />}
      <SaveFailureBar failure={failure} origin="import" busy={saving} onRetry={onRetry} onDismiss={onDismissFailure} />
      <ConfirmDialog
        open={pending !== null}
        title={t.conflictTitle}
        onCancel={() => setPending(null)}
        choices={
          pending
            ? [
                { label: t.replace, onChoose: () => void merge(pending.incoming, "replace") },
                { label: t.keepBoth, primary: true, onChoose: () => void merge(pending.incoming, "keepBoth") },
              ]
            : []
        }
      >
        {pending && t.conflictBody(pending.conflicts.join(", "))}
      </ConfirmDialog>
    </div>
  );
}
