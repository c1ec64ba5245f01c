/**
 * npm run eval -- [--json] [--me <address>] <folder>
 * Scores the classifier against labelled files named `<category>__<anything>.eml|.ics`.
 *
 * Unreadable files are reported (stderr, and under "errors" in the output) and left out of n:
 * they say nothing about the classifier. The exit code stays 0 so that the summary stays the
 * last line of `npm run eval` (npm appends its own lines after a failing script).
 */
import { basename } from "node:path";
import type { Evidence } from "../core/classification";
import { isCategoryId, type CategoryId } from "../core/categories";
import { classify } from "../core/classifier/classify";
import { closeCall } from "../core/classifier/closeCall";
import { parseArgs, runCommand, UsageError } from "./args";
import { collectFiles, describeFailure, readInvitation, requireFolder } from "./files";
import { formatEvidenceList, table } from "./format";
import { calibration, score, type Calibration, type RankedPrediction, type Scores } from "./metrics";
import { reasonOf } from "../core/reasonOf";

const USAGE = `Usage: npm run eval -- [--json] [--me <address>] <folder>

Classifies every .eml and .ics file in the folder (recursively) and compares the result with the
true label, the file-name prefix before "__" (e.g. coffee_chat__03.eml). Prints a confusion
matrix, precision, recall, F1 and support per category, the misclassified files with their
evidence, top-2 accuracy and the calibration (how often the first choice is right above and
below the low-confidence line, and on the close calls the pane offers as two equal choices), and
last: "macro-F1: 0.xxx accuracy: 0.xxx n: N".

Options:
  --json          print one JSON object instead (nothing else on stdout)
  --me <address>  the mailbox owner (default: the first To: address of each file)
  -h, --help      show this help
`;

interface Misclassified {
  file: string;
  truth: CategoryId;
  predicted: CategoryId;
  confidence: number;
  evidence: Evidence[];
}

/** The pane's "low confidence" line (evidenceSummary.ts, LOW_CONFIDENCE_PERCENT), as a fraction. */
const LOW_CONFIDENCE_LINE = 0.5;

interface Evaluation {
  scores: Scores;
  calibration: Calibration;
  misclassified: Misclassified[];
  skipped: { file: string; reason: string }[];
  errors: { file: string; error: string }[];
}

/** The true label a file name carries, or why it carries none. */
function labelOf(file: string): { label: CategoryId } | { reason: string } {
  const name = basename(file);
  const separator = name.indexOf("__");
  if (separator < 0) return { reason: 'no "__" in the file name, so no label' };
  const prefix = name.slice(0, separator);
  return isCategoryId(prefix) ? { label: prefix } : { reason: `"${prefix}" is not a category id` };
}

async function evaluate(files: readonly string[], me: string | undefined): Promise<Evaluation> {
  const results: RankedPrediction[] = [];
  const evaluation: Omit<Evaluation, "scores" | "calibration"> = { misclassified: [], skipped: [], errors: [] };
  for (const file of files) {
    const label = labelOf(file);
    if ("reason" in label) {
      evaluation.skipped.push({ file, reason: label.reason });
      continue;
    }
    try {
      const classification = classify(await readInvitation(file, me));
      results.push({
        truth: label.label,
        predicted: classification.category,
        runnerUp: classification.runnerUp,
        confidence: classification.confidence,
        closeCall: closeCall(classification) !== null,
      });
      if (classification.category !== label.label) {
        evaluation.misclassified.push({
          file,
          truth: label.label,
          predicted: classification.category,
          confidence: classification.confidence,
          evidence: classification.evidence,
        });
      }
    } catch (error) {
      process.stderr.write(`${describeFailure(file, error)}\n`);
      evaluation.errors.push({ file, error: reasonOf(error) });
    }
  }
  return { ...evaluation, scores: score(results), calibration: calibration(results, LOW_CONFIDENCE_LINE) };
}

const fixed3 = (value: number) => value.toFixed(3);

/** The line the external scorer reads; always the last one printed. */
export function summaryLine(scores: Scores): string {
  return `macro-F1: ${fixed3(scores.macroF1)} accuracy: ${fixed3(scores.accuracy)} n: ${scores.n}`;
}

function shareLine(label: string, share: { n: number; accuracy: number }, extra = ""): string {
  return `  ${label}: n ${share.n}, first choice right ${fixed3(share.accuracy)}${extra}`;
}

function calibrationReport(calibrated: Calibration): string {
  const { closeCalls } = calibrated;
  return [
    `Top-2 accuracy: ${fixed3(calibrated.top2Accuracy)} (the right category first or second)`,
    "Calibration:",
    shareLine(`confidence >= ${LOW_CONFIDENCE_LINE * 100}%`, calibrated.confident),
    shareLine(`confidence < ${LOW_CONFIDENCE_LINE * 100}% (shown as low confidence)`, calibrated.lowConfidence),
    shareLine(
      'close calls (the pane asks "which is it?")',
      closeCalls,
      `, one of the two ${fixed3(closeCalls.eitherAccuracy)}`,
    ),
    shareLine("clear calls (one category shown)", calibrated.clearCalls),
  ].join("\n");
}

function textReport({ scores, calibration: calibrated, misclassified, skipped, errors }: Evaluation): string {
  const sections: string[] = [];
  if (skipped.length > 0) {
    sections.push(`Skipped (${skipped.length}):\n${skipped.map((s) => `  ${s.file}: ${s.reason}`).join("\n")}`);
  }
  const { categories, confusion } = scores;
  sections.push(
    "Confusion matrix (rows: true label, columns: predicted; categories numbered as below):\n" +
      table(
        ["", ...categories.map((_, column) => `[${column + 1}]`)],
        categories.map((truth, row) => [
          `[${row + 1}] ${truth}`,
          ...categories.map((predicted) => String(confusion[truth][predicted])),
        ]),
      ),
  );
  sections.push(
    "Per category:\n" +
      table(
        ["category", "precision", "recall", "F1", "support"],
        scores.perCategory.map((item) => [
          item.category,
          fixed3(item.precision),
          fixed3(item.recall),
          fixed3(item.f1),
          String(item.support),
        ]),
      ),
  );
  sections.push(
    `Misclassified (${misclassified.length}):` +
      misclassified
        .map(
          (item) =>
            `\n  ${item.file}: true ${item.truth}, predicted ${item.predicted} ` +
            `(confidence ${item.confidence.toFixed(2)})\n${formatEvidenceList(item.evidence, "      ")}`,
        )
        .join(""),
  );
  if (errors.length > 0) {
    sections.push(
      `Unreadable, left out of n (${errors.length}):\n${errors.map((e) => `  ${e.file}: ${e.error}`).join("\n")}`,
    );
  }
  sections.push(calibrationReport(calibrated));
  sections.push(summaryLine(scores));
  return `${sections.join("\n\n")}\n`;
}

function jsonReport({ scores, calibration: calibrated, misclassified, skipped, errors }: Evaluation): string {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return `${JSON.stringify({
    macroF1: round(scores.macroF1),
    accuracy: round(scores.accuracy),
    n: scores.n,
    categories: scores.categories,
    confusion: scores.confusion,
    perCategory: scores.perCategory.map((item) => ({
      ...item,
      precision: round(item.precision),
      recall: round(item.recall),
      f1: round(item.f1),
    })),
    top2Accuracy: round(calibrated.top2Accuracy),
    calibration: calibrated,
    misclassified,
    skipped,
    errors,
    summary: summaryLine(scores),
  })}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { json: {}, me: { value: true }, help: {} });
  if (args.options.has("help")) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError("give exactly one folder");
  await requireFolder(args.positionals[0]);
  const files = await collectFiles(args.positionals);
  const evaluation = await evaluate(files, args.options.get("me"));
  if (evaluation.scores.n === 0) process.stderr.write("note: no labelled file could be classified\n");
  process.stdout.write(args.options.has("json") ? jsonReport(evaluation) : textReport(evaluation));
  return 0;
}

runCommand(USAGE, () => main(process.argv.slice(2)));
