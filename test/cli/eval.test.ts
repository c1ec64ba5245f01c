import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DEV_CORPUS, folderWith, removeTemporaryFolders, lastLine, runCli } from "./runCli";

jest.setTimeout(60_000);
afterAll(removeTemporaryFolders);

const SUMMARY = /^macro-F1: [01]\.\d{3} accuracy: [01]\.\d{3} n: \d+$/;

describe("npm run eval", () => {
  it("ends with the summary line, counting every labelled dev file", async () => {
    const labelled = readdirSync(DEV_CORPUS).filter((name) => name.includes("__"));
    const result = await runCli("eval", [DEV_CORPUS]);
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toMatch(SUMMARY);
    expect(lastLine(result.stdout)).toMatch(new RegExp(` n: ${labelled.length}$`));
    expect(result.stdout.endsWith("\n")).toBe(true);
    expect(result.stdout).toContain("Confusion matrix");
    expect(result.stdout).toMatch(/precision\s+recall\s+F1\s+support/);
    expect(result.stdout).toMatch(/^Top-2 accuracy: [01]\.\d{3} /m);
    expect(result.stdout).toMatch(
      /^ {2}confidence < 50% \(shown as low confidence\): n \d+, first choice right [01]\.\d{3}$/m,
    );
    expect(result.stdout).toMatch(
      /^ {2}close calls .*: n \d+, first choice right [01]\.\d{3}, one of the two [01]\.\d{3}$/m,
    );
  });

  it("skips unlabelled files with a note and leaves unreadable ones out of n", async () => {
    const folder = folderWith(["coffee_chat__01.eml", "sales_pitch__01.eml"], {
      "no-label.eml": "From: a@b.example\r\nSubject: hi\r\n\r\nbody",
      "party__01.eml": "From: a@b.example\r\nSubject: hi\r\n\r\nbody",
      "interview__99.eml": "",
    });
    const result = await runCli("eval", [folder]);
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toMatch(/ n: 2$/);
    expect(result.stdout).toMatch(/no-label\.eml: no "__"/);
    expect(result.stdout).toMatch(/party__01\.eml: "party" is not a category id/);
    expect(result.stderr).toContain("interview__99.eml");
  });

  it("prints one JSON object with --json and nothing else on stdout", async () => {
    const result = await runCli("eval", ["--json", DEV_CORPUS]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      n: number;
      macroF1: number;
      accuracy: number;
      top2Accuracy: number;
      summary: string;
    };
    expect(report.top2Accuracy).toBeGreaterThanOrEqual(report.accuracy);
    expect(report.summary).toMatch(SUMMARY);
    expect(report.n).toBeGreaterThan(0);
    expect(report.summary).toBe(
      `macro-F1: ${report.macroF1.toFixed(3)} accuracy: ${report.accuracy.toFixed(3)} n: ${report.n}`,
    );
  });

  it.each([
    ["no folder", []],
    ["two folders", [DEV_CORPUS, DEV_CORPUS]],
    ["an unknown option", ["--verbose", DEV_CORPUS]],
    ["a folder that does not exist", [join(DEV_CORPUS, "no-such-folder")]],
  ])("rejects %s with exit 2", async (_label, args) => {
    const result = await runCli("eval", args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: npm run eval");
  });
});
