import { CATEGORY_IDS } from "../../src/core/categories";
import {
  builtInReplies,
  CLAIM_PLACEHOLDERS,
  PLACEHOLDERS,
  renderReply,
  suggestReplies,
  TONES,
  type Placeholder,
  type RenderContext,
  type ReplyTemplate,
} from "../../src/core/replies";
import { remnantsIn } from "./remnants";

const SAMPLE: Record<Placeholder, string> = {
  firstName: "Rachel",
  senderName: "Rachel Kim",
  eventTitle: "Spring networking breakfast",
  eventDate: "Tuesday, March 10",
  eventTime: "3:00 PM",
  myName: "Dana Whitfield",
  myFirstName: "Dana",
};

/** Every combination of each placeholder known or unknown, with and without the time slots. */
function allContexts(): RenderContext[] {
  const contexts: RenderContext[] = [];
  for (let mask = 0; mask < 1 << PLACEHOLDERS.length; mask++) {
    const base = Object.fromEntries(
      PLACEHOLDERS.map((name, bit) => [name, mask & (1 << bit) ? SAMPLE[name] : ""]),
    ) as Record<Placeholder, string>;
    contexts.push(base, { ...base, slot1: "Tuesday at noon", slot2: "Thursday morning" }, { ...base, slot1: "Friday" });
  }
  return contexts;
}

const CONTEXTS = allContexts();
/** Every claim switched off: the plain wording each claim falls back to. */
const NO_CLAIMS: RenderContext = { ...SAMPLE, ...Object.fromEntries(CLAIM_PLACEHOLDERS.map((flag) => [flag, ""])) };

function bodyOf(rendered: string): string {
  const paragraphs = rendered.split("\n\n");
  return paragraphs.slice(1, -1).join("\n\n");
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe.each(CATEGORY_IDS)("built-in replies for %s", (category) => {
  // Every built-in, including those shown only in some situations (after a no, for an occasion).
  const templates = builtInReplies(category);

  test("render cleanly in every tone whatever is known or unknown", () => {
    const failures: string[] = [];
    for (const template of templates) {
      for (const tone of TONES) {
        for (const context of CONTEXTS) {
          for (const claims of [{}, NO_CLAIMS]) {
            const text = renderReply(template, tone, { ...context, ...claims });
            const problems = remnantsIn(text);
            if (problems.length > 0)
              failures.push(`${template.id}/${tone} ${JSON.stringify(context)}: ${problems}\n${text}`);
          }
        }
      }
    }
    expect(failures.slice(0, 3)).toEqual([]);
  });

  test("greet by first name when known and sign with the user's name when known", () => {
    const full: RenderContext = { ...SAMPLE };
    const anonymous: RenderContext = { ...SAMPLE, firstName: "", myName: "", myFirstName: "" };
    for (const template of templates) {
      for (const tone of TONES) {
        const named = renderReply(template, tone, full).split("\n");
        expect(named[0]).toMatch(/^(Hi|Dear) Rachel,$/);
        expect(named[named.length - 1]).toBe(tone === "formal" ? "Dana Whitfield" : "Dana");
        const unnamed = renderReply(template, tone, anonymous).split("\n");
        expect(unnamed[0]).toMatch(/^(Hello|Dear organi[sz]ers|Dear hiring team),$/);
        // The sign-off stays, with no empty name line under it.
        expect(unnamed[unnamed.length - 1]).toMatch(/^[A-Z][a-z ]+,$/);
      }
    }
  });

  test("offer at least four distinct strategies with short labels and one follow-up answer", () => {
    const declines = templates.filter((t) => !t.forFollowUp);
    expect(declines.length).toBeGreaterThanOrEqual(4);
    const labels = templates.map((t) => t.strategy);
    expect(new Set(labels).size).toBe(labels.length);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) {
      expect(t.strategy.split(/\s+/).length).toBeLessThanOrEqual(4);
      expect(t.whenToUse).toMatch(/^\S[^\n]{5,100}$/);
      expect(t.category).toBe(category);
      expect(TONES.every((tone) => (t.texts[tone] ?? "") !== "")).toBe(true);
    }
    expect(templates.filter((t) => t.forFollowUp)).toHaveLength(1);
  });

  test("keep brief short, formal free of contractions, and each text distinct", () => {
    const bodies = new Set<string>();
    for (const template of templates) {
      const warm = bodyOf(renderReply(template, "warm", SAMPLE));
      const brief = bodyOf(renderReply(template, "brief", SAMPLE));
      const formal = bodyOf(renderReply(template, "formal", SAMPLE));
      expect(wordCount(brief)).toBeLessThanOrEqual(30);
      expect(wordCount(brief)).toBeLessThan(wordCount(warm));
      expect(formal).not.toMatch(/\w(n't|'re|'ll|'ve|'m|'d)\b/i);
      expect(formal).not.toMatch(/\b(it|that|there|here|what|let|who)'s\b/i);
      for (const body of [warm, brief, formal]) {
        expect(bodies.has(body)).toBe(false);
        bodies.add(body);
      }
    }
  });
});

describe("the personal details that are known reach the text", () => {
  const template = suggestReplies("client_gathering").find(
    (t) => t.id === "client_gathering.prior_commitment",
  ) as ReplyTemplate;

  test("event title and date appear when known, and the sentence still reads without them", () => {
    expect(renderReply(template, "warm", SAMPLE)).toContain(
      "inviting me to the Spring networking breakfast. I already have a commitment on Tuesday, March 10 that",
    );
    const bare = renderReply(template, "warm", { ...SAMPLE, eventTitle: "", eventDate: "" });
    expect(bare).toContain("Thank you so much for inviting me. I already have a commitment that I can't move");
  });

  test("alternative times use the user's slots when both are given, natural words otherwise", () => {
    const another = suggestReplies("client_gathering").find(
      (t) => t.id === "client_gathering.another_time",
    ) as ReplyTemplate;
    const withSlots = renderReply(another, "warm", { ...SAMPLE, slot1: "Tuesday at noon", slot2: "Thursday morning" });
    expect(withSlots).toContain("perhaps Tuesday at noon or Thursday morning?");
    const oneSlot = renderReply(another, "warm", { ...SAMPLE, slot1: "Tuesday at noon" });
    expect(oneSlot).toContain("perhaps one day early next week or the week after?");
    expect(oneSlot).not.toContain("Tuesday at noon");
  });

  test("the event time is mentioned only together with its date", () => {
    const internal = suggestReplies("internal_meeting").find(
      (t) => t.id === "internal_meeting.another_time",
    ) as ReplyTemplate;
    expect(renderReply(internal, "warm", SAMPLE)).toContain("The slot on Tuesday, March 10 at 3:00 PM doesn't work");
    expect(renderReply(internal, "warm", { ...SAMPLE, eventTime: "" })).toContain(
      "The slot on Tuesday, March 10 doesn't",
    );
    expect(renderReply(internal, "warm", { ...SAMPLE, eventDate: "" })).toContain("The slot doesn't work");
  });
});
