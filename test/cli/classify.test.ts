import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_CORPUS, folderWith, removeTemporaryFolders, runCli } from "./runCli";

jest.setTimeout(60_000);
afterAll(removeTemporaryFolders);

describe("npm run classify", () => {
  it("classifies every readable file of a folder and names the broken ones (exit 1)", async () => {
    const folder = folderWith(["coffee_chat__01.eml", "internal_meeting__01.eml"], {
      "empty.eml": "",
      "picture.eml": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      "notes.txt": "not picked up from a folder",
    });
    mkdirSync(join(folder, "nested"));
    writeFileSync(
      join(folder, "nested", "standalone.ics"),
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Standup\r\n" +
        "DTSTART:20260310T090000Z\r\nORGANIZER;CN=Lead:mailto:lead@corp.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );

    const result = await runCli("classify", [folder]);

    expect(result.code).toBe(1);
    const classifiedFiles = [...result.stdout.matchAll(/^file: (.+)$/gm)].map((match) => match[1]);
    expect(classifiedFiles).toEqual([
      join(folder, "coffee_chat__01.eml"),
      join(folder, "internal_meeting__01.eml"),
      join(folder, "nested", "standalone.ics"),
    ]);
    expect(result.stdout).toMatch(/^ {2}category: [a-z_]+$/m);
    expect(result.stdout).toMatch(/^ {2}confidence: \d\.\d\d$/m);
    expect(result.stdout).toMatch(/^ {2}runner-up: /m);
    expect(result.stdout).toMatch(/^ {2}follow-up: (yes|no)$/m);
    expect(result.stdout).toMatch(/^ {2}reply/m);
    const errorLines = result.stderr.trim().split("\n");
    expect(errorLines).toHaveLength(2);
    expect(errorLines[0]).toContain(join(folder, "empty.eml"));
    expect(errorLines[1]).toContain(join(folder, "picture.eml"));
  });

  it("exits 0 when every file is classified, and signs the reply as the given --me", async () => {
    const result = await runCli("classify", [
      "--me",
      "dana.whitfield@northwind-advisory.com",
      join(DEV_CORPUS, "coffee_chat__01.eml"),
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Dana");
  });

  it.each([
    ["no paths", []],
    ["an unknown option", ["--frobnicate", DEV_CORPUS]],
    ["--me without a value", [DEV_CORPUS, "--me"]],
  ])("rejects %s with usage and exit 2", async (_label, args) => {
    const result = await runCli("classify", args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: npm run classify");
    expect(result.stdout).toBe("");
  });

  it("reports a path that does not exist like an unreadable file: one error line, the rest classified, exit 1", async () => {
    const missing = join(DEV_CORPUS, "does-not-exist.eml");
    const result = await runCli("classify", [missing, join(DEV_CORPUS, "coffee_chat__01.eml")]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: .*does-not-exist\.eml: /)]);
    expect(result.stdout).toContain("category: coffee_chat");
  });

  it("gives the reasons in words, at most six, and the full weighted table only with --verbose", async () => {
    const file = join(DEV_CORPUS, "coffee_chat__01.eml");
    const plain = await runCli("classify", [file]);
    expect(plain.code).toBe(0);
    const why = /^ {2}why:\n((?: {4}.+\n)+)/m.exec(plain.stdout);
    expect(why).not.toBeNull();
    const reasons = why![1].trimEnd().split("\n");
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.length).toBeLessThanOrEqual(6);
    expect(reasons[0]).toMatch(/^ {4}“coffee” in subject$/);
    // No rule-table syntax, weights or scoring priors: words a reader understands.
    expect(plain.stdout).not.toMatch(/\^|→|\+\d|Nothing counts as an invitation/);
    expect(plain.stdout).toMatch(/^ {2}runner-up: [a-z_]+ \(.+\)$/m);
    expect(plain.stdout.split("\n").length).toBeLessThan(25);

    const verbose = await runCli("classify", ["--verbose", file]);
    expect(verbose.code).toBe(0);
    expect(verbose.stdout).toMatch(/^ {2}evidence \(all, weighted\):$/m);
    expect(verbose.stdout).toMatch(/^ {4}subject "\^ coffee" → coffee_chat \+\d/m);
  });

  it("prints usage for --help with exit 0", async () => {
    const result = await runCli("classify", ["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: npm run classify");
  });
});
