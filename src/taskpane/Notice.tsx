import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";

export type NoticeIntent = "info" | "success" | "warning" | "error";

export interface NoticeData {
  intent: NoticeIntent;
  text: string;
  title?: string;
}

/** A MessageBar with the role the contract asks for: errors interrupt, the rest is polite. */
export function Notice({ notice, actions }: { notice: NoticeData; actions?: ReactNode }) {
  return (
    <MessageBar
      intent={notice.intent}
      role={notice.intent === "error" ? "alert" : "status"}
      aria-labelledby={undefined}
      layout="multiline"
    >
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
