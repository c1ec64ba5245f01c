import { lastLine, runCli } from "./runCli";

jest.setTimeout(120_000);

describe("npm run bench", () => {
  it("prints tables and ends with the summary line (quick mode, timings not checked)", async () => {
    const result = await runCli("bench", ["--rounds", "50", "--quick"]);
    expect(result.code).toBe(0);
    const number = "\\d+\\.\\d";
    expect(lastLine(result.stdout)).toMatch(
      new RegExp(
        `^classify-median-us: ${number} classify-p99-us: ${number} worst-5mb-ms: ${number} ` +
          `taskpane-js-gzip-kb: (${number}|n/a) pane-first-suggestion-ms: n/a$`,
      ),
    );
    expect(result.stdout).toContain("(42 files × 50 rounds after warm-up)");
    for (const input of ["repeated keywords", "random Unicode", "one line, no spaces", "deeply nested HTML"]) {
      expect(result.stdout).toContain(input);
    }
    expect(result.stdout).toMatch(/^pane-first-suggestion-ms: n\/a because --quick skips the browser$/m);
  });

  it("rejects a non-numeric --rounds with exit 2", async () => {
    const result = await runCli("bench", ["--rounds", "many"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage: npm run bench");
  });
});
