/**
 * npm run classify -- [--me <address>] <file-or-folder>...
 * Classifies .eml and .ics files and prints, for each, the category, confidence, runner-up,
 * evidence, follow-up flag and the first suggested reply in the warm tone.
 */
import type { Classification } from "../core/classification";
import { classify } from "../core/classifier/classify";
import type { Invitation } from "../core/invitation";
import { situationFacts } from "../core/facts";
import { buildReplyContext, chooseReplies, renderReply } from "../core/replies";
import { parseArgs, runCommand, UsageError } from "./args";
import { collectFiles, describeFailure, readInvitation } from "./files";
import { formatEvidenceList, indent } from "./format";

const USAGE = `Usage: npm run classify -- [--me <address>] <file-or-folder>...

Classifies invitations: .eml files (with or without a calendar part) and .ics files.
Folders are searched recursively for .eml and .ics files, in sorted order.

Options:
  --me <address>  the mailbox owner (default: the first To: address of each file)
  -h, --help      show this help

Exit code: 0 all files classified, 1 some file could not be read, 2 usage error.
`;

function describeReply(invitation: Invitation, classification: Classification): string {
  const facts = situationFacts(invitation, classification);
  const { replies, why } = chooseReplies(classification.category, { facts });
  const [first] = replies;
  if (!first) return "  reply: (none for this category)";
  const text = renderReply(first, "warm", buildReplyContext(invitation, { facts }));
  const where = facts.replyTarget.unreachable
    ? `  no email reply: ${facts.replyTarget.address} is a ${facts.replyTarget.unreachable} address\n`
    : "";
  return `${where}  reply (warm, ${first.strategy}; ${why}):\n${indent(text, "    ")}`;
}

/** The block printed for one classified file. */
export function describeClassification(path: string, invitation: Invitation, classification: Classification): string {
  return [
    `file: ${path}`,
    `  category: ${classification.category}`,
    `  confidence: ${classification.confidence.toFixed(2)}`,
    `  runner-up: ${classification.runnerUp ?? "(none)"}`,
    `  follow-up: ${classification.followUp ? "yes" : "no"}`,
    `  evidence:`,
    formatEvidenceList(classification.evidence, "    "),
    describeReply(invitation, classification),
  ].join("\n");
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { me: { value: true }, help: {} });
  if (args.options.has("help")) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError("no file or folder given");
  const me = args.options.get("me");
  const files = await collectFiles(args.positionals);

  let failures = 0;
  for (const path of files) {
    try {
      const invitation = await readInvitation(path, me);
      const classification = classify(invitation);
      process.stdout.write(`${describeClassification(path, invitation, classification)}\n\n`);
    } catch (error) {
      failures++;
      process.stderr.write(`${describeFailure(path, error)}\n`);
    }
  }
  process.stdout.write(`classified: ${files.length - failures} failed: ${failures}\n`);
  return failures > 0 ? 1 : 0;
}

runCommand(USAGE, () => main(process.argv.slice(2)));
