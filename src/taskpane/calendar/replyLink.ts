/**
 * "Also decline in my calendar" rides on the pane's own Reply and Reply all: the calendar actions
 * register what to do after a reply form opened, and the adapter the pane uses runs it. The pane's
 * buttons stay disabled until it finished, and a failing decline never turns into "the reply form
 * did not open" (the hook reports its own outcome and never throws).
 */
import type { OfficeAdapter } from "../../office/adapter";

export type AfterReply = (options: { all: boolean }) => Promise<void>;

export class AfterReplyLink {
  private hook: AfterReply | null = null;

  /** Returns the function that unregisters this hook (and only this one). */
  register(hook: AfterReply): () => void {
    this.hook = hook;
    return () => {
      if (this.hook === hook) this.hook = null;
    };
  }

  async run(options: { all: boolean }): Promise<void> {
    try {
      await this.hook?.(options);
    } catch {
      // The hook shows its own failures; the reply form is open either way.
    }
  }
}

/** The same adapter, except that a reply form that opened is followed by the registered hook. */
export function withAfterReply(adapter: OfficeAdapter, link: AfterReplyLink): OfficeAdapter {
  const openReply: OfficeAdapter["openReply"] = async (html, options) => {
    await adapter.openReply(html, options);
    await link.run(options);
  };
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "openReply") return openReply;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
