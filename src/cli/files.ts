import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { Invitation } from "../core/invitation";
import { parseEml } from "../parse/eml";
import { readIcs } from "../parse/ics";
import { UsageError } from "./args";
import { reasonOf } from "../core/reasonOf";

/** The extensions picked up when walking a folder; a file named explicitly is read whatever its name. */
const INVITATION_EXTENSIONS = new Set([".eml", ".ics"]);

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && INVITATION_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

/** Code-unit order, the same on every machine and locale. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The files the paths name: files as given, folders walked recursively for .eml and .ics files,
 * each folder's files in sorted order. A path that does not exist is kept as a file, so that
 * reading it fails like any other unreadable file: one error line, and the run goes on.
 */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await walk(path)).sort(byPath));
    else files.push(path);
  }
  return files;
}

/** Reads one file as an Invitation: .ics as iCalendar, anything else as a mail message. */
export async function readInvitation(path: string, me?: string): Promise<Invitation> {
  const bytes = await readFile(path);
  if (extname(path).toLowerCase() === ".ics") {
    const { invitation, notes } = readIcs(new TextDecoder().decode(bytes), { me });
    // A malformed calendar is read as well as it can be; what was repaired goes to stderr.
    for (const note of notes) process.stderr.write(`note: ${path}: ${note}\n`);
    return invitation;
  }
  return parseEml(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { me });
}

/** One line for stderr that names the file and says what went wrong. */
export function describeFailure(path: string, error: unknown): string {
  const reason = reasonOf(error);
  return `error: ${path}: ${reason.split("\n")[0]}`;
}

/** eval's folder must exist: a wrong folder is a usage error, not an empty score. */
export async function requireFolder(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`no such folder: ${path}`);
}
