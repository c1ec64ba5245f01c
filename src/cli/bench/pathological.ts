/**
 * Worst-case inputs: very large bodies of the kinds that break naive text processing. Each goes
 * through what a real item would (HTML → text for HTML, then classify) and is timed end to end.
 */
import { classify } from "../../core/classifier/classify";
import { situationFacts } from "../../core/facts";
import { emptyInvitation } from "../../core/invitation";
import { htmlToText } from "../../parse/html";
import { median, timeOnceMs, type PeakMemory } from "./stats";

const MB = 1024 * 1024;

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same input. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function repeatToLength(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Words every category's rules look for, so every rule matches over and over. */
const KEYWORDS =
  "coffee lunch demo webinar interview recruiter speaker keynote panel podcast birthday wedding party RSVP " +
  "register tickets connect LinkedIn sync standup agenda Teams following up circling back pick your brain ";

/** Code points from scripts mail really carries, plus spaces and line breaks now and then. */
const UNICODE_RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x590, 0x6ff],
  [0x900, 0x97f],
  [0x3040, 0x30ff],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0x1f300, 0x1f64f],
];

function randomCodePoint(random: () => number): number {
  const roll = random();
  if (roll < 0.12) return 0x20;
  if (roll < 0.13) return 0x0a;
  const [low, high] = UNICODE_RANGES[Math.floor(random() * UNICODE_RANGES.length)];
  return low + Math.floor(random() * (high - low + 1));
}

/** Built a chunk of code points at a time, so the generator itself does not dominate peak memory. */
function randomUnicode(length: number): string {
  const random = seededRandom(length);
  const chunks: string[] = [];
  const codePoints: number[] = [];
  let produced = 0;
  while (produced < length) {
    const codePoint = randomCodePoint(random);
    codePoints.push(codePoint);
    produced += codePoint > 0xffff ? 2 : 1;
    if (codePoints.length === 4096) chunks.push(String.fromCodePoint(...codePoints.splice(0)));
  }
  chunks.push(String.fromCodePoint(...codePoints));
  return chunks.join("");
}

function nestedHtml(length: number): string {
  const open = "<div><span>";
  const close = "</span></div>";
  const depth = Math.floor(length / (open.length + close.length + 1));
  return `${open.repeat(depth)}coffee?${close.repeat(depth)}`;
}

export interface PathologicalCase {
  name: string;
  /** Builds a body of about `length` characters. */
  build(length: number): string;
  html: boolean;
}

export const PATHOLOGICAL_CASES: readonly PathologicalCase[] = [
  { name: "repeated keywords", build: (length) => repeatToLength(KEYWORDS, length), html: false },
  { name: "random Unicode", build: randomUnicode, html: false },
  { name: "one line, no spaces", build: (length) => repeatToLength("invitationcoffeeDemo2026", length), html: false },
  { name: "deeply nested HTML", build: nestedHtml, html: true },
];

export interface PathologicalResult {
  name: string;
  oneMbMs: number;
  fiveMbMs: number;
  /** 5 MB time over 1 MB time: about 5 when linear, about 25 when quadratic. */
  ratio: number;
}

function runCase(testCase: PathologicalCase, body: string): void {
  const invitation = emptyInvitation({ subject: "Invitation", body: testCase.html ? htmlToText(body) : body });
  situationFacts(invitation, classify(invitation));
}

function timeCase(testCase: PathologicalCase, length: number, runs: number, memory: PeakMemory): number {
  const body = testCase.build(length);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    samples.push(timeOnceMs(() => runCase(testCase, body)));
    memory.sample();
  }
  return median(samples);
}

/**
 * One untimed pass over a smaller body of the same kind first, so that the 1 MB figure is not
 * inflated by JIT compilation and first-seen characters, and the 5 MB / 1 MB ratio shows growth.
 */
const WARM_UP_LENGTH = MB / 4;

/** Median of `runs` timings per case at 1 MB and 5 MB. */
export function timePathological(runs: number, memory: PeakMemory): PathologicalResult[] {
  return PATHOLOGICAL_CASES.map((testCase) => {
    runCase(testCase, testCase.build(WARM_UP_LENGTH));
    const oneMbMs = timeCase(testCase, MB, runs, memory);
    const fiveMbMs = timeCase(testCase, 5 * MB, runs, memory);
    return { name: testCase.name, oneMbMs, fiveMbMs, ratio: oneMbMs > 0 ? fiveMbMs / oneMbMs : Number.NaN };
  });
}
