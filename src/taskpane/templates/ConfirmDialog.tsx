import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTemplateStrings } from "./strings";

export interface ConfirmChoice {
  label: string;
  primary?: boolean;
  onChoose(): void;
}

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  choices: ConfirmChoice[];
  onCancel(): void;
}

/** A modal question with one button per choice and Cancel; Escape cancels, focus returns to the opener. */
export function ConfirmDialog({ open, title, children, choices, onCancel }: Props) {
  const t = useTemplateStrings();
  return (
    <Dialog modalType="alert" open={open} onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            {choices.map((choice) => (
              <Button key={choice.label} appearance={choice.primary ? "primary" : "secondary"} onClick={choice.onChoose}>
                {choice.label}
              </Button>
            ))}
            <Button appearance="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
