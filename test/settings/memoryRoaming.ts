import type { RoamingSettingsLike } from "../../src/settings/store";

/**
 * An in-memory roamingSettings with Office's semantics: set() changes memory, saveAsync()
 * persists, and a failing save leaves the persisted copy as it was.
 */
export class MemoryRoaming implements RoamingSettingsLike {
  memory = new Map<string, unknown>();
  persisted = new Map<string, unknown>();
  failNextSaves = 0;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [k, v] of Object.entries(initial)) {
      this.memory.set(k, v);
      this.persisted.set(k, v);
    }
  }

  get(name: string): unknown {
    return this.memory.get(name);
  }
  set(name: string, value: unknown): void {
    this.memory.set(name, value);
  }
  remove(name: string): void {
    this.memory.delete(name);
  }
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void {
    setTimeout(() => {
      if (this.failNextSaves > 0) {
        this.failNextSaves--;
        callback?.({ status: "failed", error: { message: "The server is unavailable" } });
        return;
      }
      this.persisted = new Map(this.memory);
      callback?.({ status: "succeeded" });
    }, 0);
  }
  /** A fresh client on another device: what it sees is what was persisted. */
  reopen(): MemoryRoaming {
    return new MemoryRoaming(Object.fromEntries(this.persisted));
  }
}
