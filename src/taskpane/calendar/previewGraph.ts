/**
 * PREVIEW ONLY. The Office stand-in (src/preview/officeStandIn.ts) publishes this when the preview
 * pane is opened with `?graph=<fake Graph base URL>`: the calendar actions then talk to the fake
 * Graph with a fixed token instead of signing in. Outlook never defines it, so in Outlook the pane
 * always signs in with MSAL and calls https://graph.microsoft.com.
 */
import type { TokenProvider } from "../../auth/types";

export const PREVIEW_GRAPH_GLOBAL = "__declineAssistantPreviewGraph";

export interface PreviewGraph {
  /** e.g. "http://127.0.0.1:4010/v1.0". */
  baseUrl: string;
  tokenProvider: TokenProvider;
  /** Shorter than the real 15 s so a simulated hang is quick to see. */
  timeoutMs?: number;
}

export function previewGraph(): PreviewGraph | null {
  if (typeof window === "undefined") return null;
  const hook = (window as unknown as Record<string, unknown>)[PREVIEW_GRAPH_GLOBAL];
  if (!hook || typeof hook !== "object") return null;
  const candidate = hook as Partial<PreviewGraph>;
  return typeof candidate.baseUrl === "string" && typeof candidate.tokenProvider?.getToken === "function"
    ? (candidate as PreviewGraph)
    : null;
}
