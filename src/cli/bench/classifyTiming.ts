import { classify } from "../../core/classifier/classify";
import { situationFacts } from "../../core/facts";
import type { Invitation } from "../../core/invitation";
import { collectFiles, readInvitation } from "../files";
import { median, percentile, type PeakMemory } from "./stats";

export interface ClassifyTiming {
  files: number;
  rounds: number;
  medianUs: number;
  p99Us: number;
  perSecond: number;
}

/** Parses every file of the corpus once; parsing is not part of what is timed. */
export async function loadCorpus(folder: string): Promise<Invitation[]> {
  const files = await collectFiles([folder]);
  return Promise.all(files.map((file) => readInvitation(file)));
}

/**
 * What the pane does before it can rank replies: the classification, then the situation facts
 * read with it. The number returned keeps both results observable.
 */
function classifyWithFacts(invitation: Invitation): number {
  const classification = classify(invitation);
  const facts = situationFacts(invitation, classification);
  return classification.confidence + (facts.eventName ? 1 : 0);
}

/**
 * Times each single classification (with its situation facts): `rounds` passes over the corpus after a warm-up pass set,
 * so the median and p99 are over rounds × files samples.
 */
export function timeClassification(corpus: readonly Invitation[], rounds: number, memory: PeakMemory): ClassifyTiming {
  const warmUpRounds = Math.max(10, Math.ceil(rounds / 10));
  let sink = 0;
  for (let round = 0; round < warmUpRounds; round++) {
    for (const invitation of corpus) sink += classifyWithFacts(invitation);
  }

  const samplesUs = new Float64Array(rounds * corpus.length);
  let index = 0;
  for (let round = 0; round < rounds; round++) {
    for (const invitation of corpus) {
      const start = process.hrtime.bigint();
      sink += classifyWithFacts(invitation);
      samplesUs[index++] = Number(process.hrtime.bigint() - start) / 1000;
    }
    if (round % 100 === 0) memory.sample();
  }
  // Keeps the results observable so the engine cannot drop the calls.
  if (Number.isNaN(sink)) process.stderr.write("note: a classification returned NaN confidence\n");

  const samples = Array.from(samplesUs);
  const totalSeconds = samples.reduce((sum, value) => sum + value, 0) / 1e6;
  return {
    files: corpus.length,
    rounds,
    medianUs: median(samples),
    p99Us: percentile(samples, 0.99),
    perSecond: totalSeconds > 0 ? samples.length / totalSeconds : Number.POSITIVE_INFINITY,
  };
}
