import { Button } from "@fluentui/react-components";
import { Notice } from "../Notice";
import { useTemplateStrings } from "./strings";
import type { SaveFailure, SaveOrigin } from "./useStoredData";

interface Props {
  failure: SaveFailure | null;
  origin: SaveOrigin;
  busy: boolean;
  onRetry(): void;
  onDismiss(): void;
}

/** A failed save, said beside the edit it concerns; Retry when trying again can help. */
export function SaveFailureBar({ failure, origin, busy, onRetry, onDismiss }: Props) {
  const t = useTemplateStrings();
  if (!failure || failure.origin !== origin) return null;
  return (
    <Notice
      notice={{ intent: "error", text: failure.message }}
      actions={
        <>
          {failure.canRetry && (
            <Button disabled={busy} onClick={onRetry}>
              {t.retry}
            </Button>
          )}
          <Button onClick={onDismiss}>{t.dismiss}</Button>
        </>
      }
    />
  );
}
