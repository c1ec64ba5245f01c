/**
 * npm run classify -- [--me <address>] [--verbose] <file-or-folder>...
 * Classifies .eml and .ics files and prints, for each, the category, confidence, runner-up,
 * follow-up flag, the reasons in words (as the pane's "Why this category?" gives them) and the
 * first suggested reply in the warm tone; --verbose adds every weighted piece of evidence.
 */
import type { Classification } from "../core/classification";
import { classify } from "../core/classifier/classify";
import type { Invitation } from "../core/invitation";
import { situationFacts } from "../core/facts";
import { buildReplyContext, chooseReplies, renderReply } from "../core/replies";
import { parseArgs, runCommand, UsageError } from "./args";
import { collectFiles, describeFailure, readInvitation } from "./files";
import { formatEvidenceList, indent } from "./format";
import { reasonText, summariseEvidence } from "../taskpane/evidenceSummary";
import { en as words } from "../taskpane/strings/en";

const USAGE = `Usage: npm run classify -- [--me <address>] [--verbose] <file-or-folder>...

Classifies invitations: .eml files (with or without a calendar part) and .ics files.
Folders are searched recursively for .eml and .ics files, in sorted order.

Options:
  --me <address>  the mailbox owner (default: the first To: address of each file)
  --verbose       also print every weighted piece of evidence, for and against each category
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

/** The reasons for the category in words, strongest first (at most six), and what came second and why. */
function describeReasons(classification: Classification): string[] {
  const { reasons, runnerUp } = summariseEvidence(classification);
  const why =
    reasons.length > 0 ? reasons.map((item) => `    ${reasonText(item, words)}`) : [`    ${words.noEvidence}`];
  const second = runnerUp
    ? `${runnerUp.category} (${runnerUp.reasons.map((item) => reasonText(item, words)).join("; ")})`
    : (classification.runnerUp ?? "(none)");
  return [`  why:`, ...why, `  runner-up: ${second}`];
}

/** The block printed for one classified file; `verbose` adds the full evidence table. */
export function describeClassification(
  path: string,
  invitation: Invitation,
  classification: Classification,
  verbose = false,
): string {
  return [
    `file: ${path}`,
    `  category: ${classification.category}`,
    `  confidence: ${classification.confidence.toFixed(2)}`,
    `  follow-up: ${classification.followUp ? "yes" : "no"}`,
    ...describeReasons(classification),
    ...(verbose ? [`  evidence (all, weighted):`, formatEvidenceList(classification.evidence, "    ")] : []),
    describeReply(invitation, classification),
  ].join("\n");
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { me: { value: true }, verbose: {}, help: {} });
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
      const verbose = args.options.has("verbose");
      process.stdout.write(`${describeClassification(path, invitation, classification, verbose)}\n\n`);
    } catch (error) {
      failures++;
      process.stderr.write(`${describeFailure(path, error)}\n`);
    }
  }
  process.stdout.write(`classified: ${files.length - failures} failed: ${failures}\n`);
  return failures > 0 ? 1 : 0;
}

runCommand(USAGE, () => main(process.argv.slice(2)));
