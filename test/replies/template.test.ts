import fc from "fast-check";
import {
  findTemplateProblems,
  findUnknownPlaceholders,
  placeholdersIn,
  renderReply,
  type RenderContext,
  type ReplyTemplate,
  type Tone,
} from "../../src/core/replies";

const CONTEXT: RenderContext = {
  firstName: "Rachel",
  senderName: "Rachel Kim",
  eventTitle: "Q2 planning sync",
  eventDate: "Tuesday, March 10",
  eventTime: "3:00 PM",
  myName: "Dana Whitfield",
  myFirstName: "Dana",
};
const UNKNOWN: RenderContext = {
  firstName: "",
  senderName: "",
  eventTitle: "",
  eventDate: "",
  eventTime: "",
  myName: "",
  myFirstName: "",
};

function userTemplate(texts: Partial<Record<Tone, string>>): ReplyTemplate {
  return { id: "mine", category: "coffee_chat", strategy: "Mine", whenToUse: "Always.", texts, custom: true };
}

const render = (text: string, context: RenderContext = CONTEXT) =>
  renderReply(userTemplate({ warm: text }), "warm", context);

describe("template syntax", () => {
  test("placeholders are filled", () => {
    expect(render("Hi {firstName}, see you at the {eventTitle}. {myName}")).toBe(
      "Hi Rachel, see you at the Q2 planning sync. Dana Whitfield",
    );
  });

  test("an optional part is dropped with its words when a placeholder in it is unknown", () => {
    const text = "Thanks for the invite[[ to the {eventTitle}]][[ on {eventDate}]].";
    expect(render(text)).toBe("Thanks for the invite to the Q2 planning sync on Tuesday, March 10.");
    expect(render(text, { ...CONTEXT, eventTitle: "" })).toBe("Thanks for the invite on Tuesday, March 10.");
    expect(render(text, UNKNOWN)).toBe("Thanks for the invite.");
  });

  test("a fallback after || is used when the first part cannot be filled", () => {
    const text = "[[Hi {firstName},||Hello,]]\n\nThanks.";
    expect(render(text)).toBe("Hi Rachel,\n\nThanks.");
    expect(render(text, UNKNOWN)).toBe("Hello,\n\nThanks.");
  });

  test("optional parts nest; the outer part depends only on its own placeholders", () => {
    const text = "The slot[[ on {eventDate}[[ at {eventTime}]]]] is taken.";
    expect(render(text)).toBe("The slot on Tuesday, March 10 at 3:00 PM is taken.");
    expect(render(text, { ...CONTEXT, eventTime: "" })).toBe("The slot on Tuesday, March 10 is taken.");
    expect(render(text, { ...CONTEXT, eventDate: "" })).toBe("The slot is taken.");
  });

  test("slots are filled when given", () => {
    const text = "Lunch [[{slot1} or {slot2}||soon]]?";
    expect(render(text, { ...CONTEXT, slot1: "Monday", slot2: "Friday" })).toBe("Lunch Monday or Friday?");
    expect(render(text)).toBe("Lunch soon?");
  });

  test("a user's plain greeting with no name left does not read 'Hi ,'", () => {
    expect(render("Hi {firstName},\n\nNo thanks.\n\n{myName}", UNKNOWN)).toBe("Hi,\n\nNo thanks.");
  });

  test("unknown placeholders and stray syntax stay as typed, and the editor can list them", () => {
    const text = "Hi {firstName}, ask {company} about {first name} [[ maybe";
    expect(render(text)).toBe("Hi Rachel, ask {company} about {first name} [[ maybe");
    expect(findUnknownPlaceholders(text)).toEqual(["{company}", "{first name}"]);
    expect(findTemplateProblems(text)).toEqual([
      { kind: "unknownPlaceholder", text: "{company}" },
      { kind: "unknownPlaceholder", text: "{first name}" },
      { kind: "unclosedOptional", count: 1 },
    ]);
    expect(findTemplateProblems("Done ]] now")).toEqual([{ kind: "strayClose", count: 1 }]);
    expect(findTemplateProblems("[[Hi {firstName},||Hello,]] {slot1}")).toEqual([]);
  });

  test("values are inserted as text, never read as template syntax", () => {
    const sneaky = { ...CONTEXT, eventTitle: "{myName} [[party||x]]" };
    expect(render("About the {eventTitle}.", sneaky)).toBe("About the {myName} [[party||x]].");
  });

  test("values are put on one line with single spaces", () => {
    expect(render("See the {eventTitle}.", { ...CONTEXT, eventTitle: "  Q2\n planning   sync " })).toBe(
      "See the Q2 planning sync.",
    );
  });

  test("a user's template without the asked tone falls back to a tone it has", () => {
    const template = userTemplate({ formal: "Dear {firstName}, no." });
    expect(renderReply(template, "brief", CONTEXT)).toBe("Dear Rachel, no.");
    expect(renderReply(userTemplate({}), "warm", CONTEXT)).toBe("");
  });

  test("placeholdersIn lists what a text uses, including inside optional parts", () => {
    expect(placeholdersIn("[[Hi {firstName},||Hello,]] [[{slot1} or {slot2}||soon]] {foo}")).toEqual([
      "firstName",
      "slot1",
      "slot2",
    ]);
  });
});

describe("arbitrary user text", () => {
  // Fragments a user might type, including broken syntax, so the combinations cover it.
  const FRAGMENTS = [
    "Hi",
    " ",
    "  ",
    ",",
    ".",
    "\n",
    "\n\n\n",
    "[[",
    "]]",
    "||",
    "{firstName}",
    "{eventDate}",
    "{slot1}",
    "{foo}",
    "{",
    "}",
    " on ",
    "the",
    "Thanks",
  ];
  const userText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(""));
  const contextArb = fc.record({
    firstName: fc.constantFrom("", "Rachel"),
    senderName: fc.constantFrom("", "Rachel Kim"),
    eventTitle: fc.constantFrom("", "Q2 planning sync"),
    eventDate: fc.constantFrom("", "Tuesday, March 10"),
    eventTime: fc.constantFrom("", "3:00 PM"),
    myName: fc.constantFrom("", "Dana Whitfield"),
    myFirstName: fc.constantFrom("", "Dana"),
    slot1: fc.constantFrom("", "Monday"),
  });

  test("always renders tidy text, and leaves no syntax behind when the editor reports no problem", () => {
    fc.assert(
      fc.property(userText, contextArb, (text, context) => {
        const out = render(text, context);
        expect(out).not.toMatch(/ {2}|\n{3}| ,|^\s|\s$/);
        const clean =
          findTemplateProblems(text).length === 0 && !/(^|[^[])\|\||\{(?![a-zA-Z]+\})|(?<!\{[a-zA-Z]+)\}/.test(text);
        if (clean) expect(out).not.toMatch(/\[\[|\]\]|\{/);
      }),
      { numRuns: 3000, seed: 20260310 },
    );
  });
});
