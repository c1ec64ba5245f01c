import fc from "fast-check";
import { CATEGORY_IDS } from "../../src/core/categories";
import { classify, classifyUnguarded } from "../../src/core/classifier";
import { emptyInvitation, type Invitation, type Person } from "../../src/core/invitation";

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom("", "Soirée chez nous", "<p>Join&nbsp;us</p>", "Accepted: x", "\ud800", "\udc00abc", "<<<<a"),
  fc
    .array(fc.constantFrom("coffee ", "party ", "demo ", "interview ", "linkedin ", "the other party "), {
      maxLength: 50,
    })
    .map((words) => words.join("")),
);

const person: fc.Arbitrary<Person> = fc.record({ name: text, address: fc.oneof(text, fc.emailAddress()) });

const invitation: fc.Arbitrary<Invitation> = fc.record({
  kind: fc.constantFrom(
    "message",
    "meetingRequest",
    "meetingCancellation",
    "meetingResponse",
    "appointment",
    "unknown",
  ) as fc.Arbitrary<Invitation["kind"]>,
  mode: fc.constantFrom("read", "compose") as fc.Arbitrary<Invitation["mode"]>,
  subject: text,
  body: text,
  from: fc.option(person),
  to: fc.array(person, { maxLength: 12 }),
  cc: fc.array(person, { maxLength: 4 }),
  me: fc.option(person),
  start: fc.option(
    fc.oneof(
      text,
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    ),
  ),
  end: fc.option(text),
  location: text,
  recurring: fc.boolean(),
});

function checkShape(result: ReturnType<typeof classify>): void {
  expect(CATEGORY_IDS).toContain(result.category);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(Number.isNaN(result.confidence)).toBe(false);
  if (result.runnerUp !== null) expect(CATEGORY_IDS).toContain(result.runnerUp);
  expect(result.runnerUp).not.toBe(result.category);
  for (const item of result.evidence) expect(Number.isFinite(item.weight)).toBe(true);
}

describe("classifier properties", () => {
  it("never throws (without the last-resort guard) and always answers with a valid shape", () => {
    fc.assert(
      fc.property(invitation, (item) => {
        checkShape(classifyUnguarded(item));
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(invitation, (item) => {
        expect(classify(item)).toEqual(classify(structuredClone(item)));
      }),
      { numRuns: 200 },
    );
  });

  it("survives callers that break the type: null fields, missing arrays, wrong types", () => {
    const broken = [
      { ...emptyInvitation(), from: null, to: undefined, cc: null, me: undefined },
      { ...emptyInvitation(), subject: null, body: 42, location: {}, start: 12 },
      { ...emptyInvitation(), from: { name: null, address: 7 }, to: [null, "x", { address: null }] },
      {},
      null,
      "not an invitation",
    ] as unknown as Invitation[];
    for (const item of broken) {
      expect(() => classify(item)).not.toThrow();
      checkShape(classify(item));
    }
    for (const item of broken.slice(0, 4)) expect(() => classifyUnguarded(item)).not.toThrow();
  });

  it("handles a megabyte of repeated keyword without letting it dominate", () => {
    const once = classify(emptyInvitation({ body: "Would you join us for coffee next week?" }));
    const spam = classify(
      emptyInvitation({ body: "Would you join us for coffee next week? " + "demo ".repeat(200_000) }),
    );
    const demoOnce = classify(emptyInvitation({ body: "Would you join us for coffee next week? demo" }));
    const weightOf = (result: typeof spam): number =>
      result.evidence.filter((item) => item.text === "demo").reduce((total, item) => total + item.weight, 0);
    expect(once.category).toBe("coffee_chat");
    expect(weightOf(spam)).toBeLessThanOrEqual(1.5 * weightOf(demoOnce) + 1e-9);
    expect(spam.evidence.filter((item) => item.text === "demo" && item.field === "body")).toHaveLength(1);
  });

  it("matches whole words regardless of case and accents", () => {
    expect(classify(emptyInvitation({ subject: "SOIRÉE at our place" })).category).toBe("client_gathering");
    expect(classify(emptyInvitation({ subject: "Café next week?" })).category).toBe("coffee_chat");
    const partial = classify(emptyInvitation({ subject: "Coffeehouse wiring diagrams" }));
    expect(partial.evidence.some((item) => item.text === "coffee")).toBe(false);
  });

  it("gives a clear case more confidence than an ambiguous one", () => {
    const clear = classify(
      emptyInvitation({ subject: "Wedding invitation", body: "We'd love you and your family to celebrate with us." }),
    );
    const vague = classify(emptyInvitation({ subject: "Thursday", body: "Are you around?" }));
    expect(clear.confidence).toBeGreaterThan(0.8);
    expect(vague.confidence).toBeLessThan(0.6);
  });
  it("does not read the sender's own company name in the body as evidence", () => {
    const signed = (address: string) =>
      classify(
        emptyInvitation({
          from: { name: "Walt", address },
          subject: "Crawfish boil Saturday",
          body: "Family and a few friends, come hungry!\n\nWalt\nBecker Software Sales, Inc.",
        }),
      );
    const bodyTexts = (result: ReturnType<typeof classify>) =>
      result.evidence.filter((item) => item.field === "body").map((item) => item.text);
    expect(bodyTexts(signed("walt@becker-software-sales.example.com"))).not.toContain("software");
    expect(bodyTexts(signed("walt@gmail.com"))).toContain("software");
  });
});
