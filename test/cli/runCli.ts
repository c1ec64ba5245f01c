import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const REPO_ROOT = join(__dirname, "../..");
export const DEV_CORPUS = join(REPO_ROOT, "../shared/corpus/dev");
/** The labelled real mail beside the checkout, read in place (third-party text, never copied). */
export const REAL_CORPUS = join(REPO_ROOT, "../shared/corpus/real");
const TSX = join(REPO_ROOT, "node_modules/.bin/tsx");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx src/cli/<command>.ts <args>` as a child process, the way npm run does. */
export function runCli(command: string, args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [join(REPO_ROOT, "src/cli", `${command}.ts`), ...args],
      { cwd: REPO_ROOT, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const temporaryFolders: string[] = [];

/** Removes the folders `folderWith` made; call from afterAll. */
export function removeTemporaryFolders(): void {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A temporary folder holding copies of the named dev-corpus files plus extra files by content. */
export function folderWith(corpusFiles: readonly string[], extra: Record<string, string | Uint8Array> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), "decline-cli-"));
  temporaryFolders.push(folder);
  for (const name of corpusFiles) cpSync(join(DEV_CORPUS, name), join(folder, name));
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(folder, name), content);
  return folder;
}

export function lastLine(text: string): string {
  const lines = text.trimEnd().split("\n");
  return lines[lines.length - 1];
}
