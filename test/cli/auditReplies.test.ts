/**
 * npm run audit-replies: the checks catch each defect the issue names, every labelled set stays
 * at 0 defects, and the command's summary line and exit code are as documented.
 */
import { join } from "node:path";
import { auditInvitation } from "../../src/cli/audit";
import { collectFiles, readInvitation } from "../../src/cli/files";
import { emptyFacts, situationFacts } from "../../src/core/facts";
import { emptyInvitation } from "../../src/core/invitation";
import { builtInReplies, type ReplyTemplate } from "../../src/core/replies";
import { auditReply, type DefectKind } from "../../src/core/replies/audit";
import { DEV_CORPUS, folderWith, lastLine, removeTemporaryFolders, REPO_ROOT, runCli } from "./runCli";

jest.setTimeout(120_000);
afterAll(removeTemporaryFolders);

const template = builtInReplies("networking_event")[0] as ReplyTemplate;

function kindsIn(text: string, options: { isDefault?: boolean; emailTo?: string | null; region?: "GB" | "US" } = {}) {
  return auditReply({
    text,
    template,
    isDefault: options.isDefault ?? false,
    facts: emptyFacts(),
    emailTo: options.emailTo ?? null,
    region: options.region ?? "US",
  }).map((defect) => defect.kind);
}

describe("each defect is caught", () => {
  test.each<[string, DefectKind]>([
    ["Thank you for the invite to the {eventTitle}.", "leakedPlaceholder"],
    ["Thank you for the invite to the .", "emptyPlaceholder"],
    ["Thanks for the the invitation.", "doubledWord"],
    ["Thank you for your kind invitation to the Sarah's retirement party.", "articleBeforePossessive"],
    ["Thank you for inviting me to the Book launch party!.", "clashingPunctuation"],
    ["Thanks for the invite to the mixer - March 18. I can't come on Wednesday, March 18.", "dateTwice"],
    ["Hi ,\n\nThanks, but no.", "emptyGreetingName"],
    ["Dear organisers,\n\nI am honored to be asked.", "mixedSpelling"],
    ["Dear organisers,\n\nThank you.", "mixedSpelling"],
  ])("%j → %s", (text, kind) => {
    expect(kindsIn(text)).toContain(kind);
  });

  test("a claim about the user in the default reply, and a reply to a no-reply address", () => {
    const text = "Thank you for the invitation. I've just accepted another offer, so I'll withdraw.";
    expect(kindsIn(text, { isDefault: true })).toContain("unsupportedClaim");
    expect(kindsIn(text, { isDefault: false })).not.toContain("unsupportedClaim");
    expect(kindsIn("Thanks, but no.", { emailTo: "invitations@linkedin.com" })).toEqual(["replyToNoReply"]);
    expect(kindsIn("Thanks, but no.", { emailTo: "noreply@events.example" })).toEqual(["replyToNoReply"]);
    expect(kindsIn("Thanks, but no.", { emailTo: "marcus@harbourlightfoods.com" })).toEqual([]);
  });

  test("a clean reply has none, in either spelling", () => {
    expect(kindsIn("Hi Rachel,\n\nThank you for inviting me to Sarah's retirement party on Friday, March 20.\n\nBest,\nDana")).toEqual([]);
    expect(kindsIn("Dear organisers,\n\nI am honoured to be asked on Friday 20 March.", { region: "GB" })).toEqual([]);
  });
});

describe("the labelled sets have no defects", () => {
  const sets = [DEV_CORPUS, ...["corpus", "blind", "blind2", "blind3", "blind4"].map((set) => join(REPO_ROOT, "test/fixtures", set))];
  test.each(sets)("%s", async (folder) => {
    const found: string[] = [];
    let replies = 0;
    for (const file of await collectFiles([folder])) {
      for (const locale of ["en-US", "en-GB"]) {
        const audit = auditInvitation(await readInvitation(file), locale);
        replies += audit.replies.length;
        for (const reply of audit.replies) for (const d of reply.defects) found.push(`${file} ${reply.id} ${reply.tone}: ${d.kind} ${d.excerpt}`);
      }
    }
    expect(found).toEqual([]);
    expect(replies).toBeGreaterThan(0);
  });
});

describe("npm run audit-replies", () => {
  test("ends with the summary line and exits 0 on the dev corpus", async () => {
    const result = await runCli("auditReplies", [DEV_CORPUS]);
    expect(result.code).toBe(0);
    expect(lastLine(result.stdout)).toMatch(/^defects: 0 replies: \d+ files: 42$/);
  });

  test("--json gives one JSON line before the summary; an unreadable file is reported and skipped", async () => {
    const folder = folderWith(["linkedin_invite__01.eml"], { "broken.eml": "" });
    const result = await runCli("auditReplies", ["--json", folder]);
    expect(result.code).toBe(0);
    const [json, summary] = result.stdout.trim().split("\n");
    const parsed = JSON.parse(json) as { files: { emailTo: string | null; category: string }[] };
    // The LinkedIn notification gets no email reply at all.
    expect(parsed.files).toEqual([expect.objectContaining({ category: "linkedin_invite", emailTo: null })]);
    expect(summary).toMatch(/^defects: 0 replies: \d+ files: 1$/);
    expect(result.stderr).toMatch(/broken\.eml/);
  });

  test("a usage error exits 2", async () => {
    expect((await runCli("auditReplies", [])).code).toBe(2);
  });
});

test("the facts of a LinkedIn notification say no email reply reaches anyone", () => {
  const facts = situationFacts(emptyInvitation({ from: { name: "LinkedIn", address: "invitations@linkedin.com" } }));
  expect(facts.replyTarget.unreachable).toBe("linkedin");
});
