import { CATEGORY_IDS } from "../../src/core/categories";
import { emptyInvitation } from "../../src/core/invitation";
import { suggestReplies } from "../../src/core/replies";
import { DEFAULT_SETTINGS, defaultData, type StoredData } from "../../src/settings/schema";
import {
  allBuiltIns,
  blankDraft,
  builtInIdsOf,
  checkDraft,
  deleteTemplate,
  draftOf,
  duplicateDraft,
  insertAtCaret,
  listTemplates,
  newTemplateId,
  previewContext,
  putTemplate,
  restorableOf,
  restoreBuiltIns,
  templateFromDraft,
  toggleStar,
  type TemplateDraft,
} from "../../src/taskpane/templates/model";

const builtIns = allBuiltIns();
const builtInIds = builtInIdsOf(builtIns);
const coffee = builtIns.find((t) => t.category === "coffee_chat")!;

function ownDraft(overrides: Partial<TemplateDraft> = {}): TemplateDraft {
  return {
    ...blankDraft("coffee_chat"),
    strategy: "Too busy this month",
    texts: { warm: "Hi {firstName}, not this month, sorry!", brief: "", formal: "" },
    ...overrides,
  };
}

describe("listing templates", () => {
  it("shows every category's built-ins, marked built-in, in the pane's order", () => {
    const entries = listTemplates(defaultData(), builtIns);
    for (const category of CATEGORY_IDS) {
      const listed = entries.filter((e) => e.template.category === category).map((e) => e.template.id);
      expect(listed).toEqual(suggestReplies(category).map((t) => t.id));
    }
    expect(entries.every((e) => e.origin === "builtIn" && !e.starred)).toBe(true);
  });

  it("puts an edited built-in in the built-in's place and the user's own after the built-ins", () => {
    const edited = { ...coffee, strategy: "My wording", custom: true };
    const own = templateFromDraft(ownDraft(), "mine-1");
    const data: StoredData = { ...defaultData(), templates: [own, edited], starred: ["mine-1"] };
    const listed = listTemplates(data, builtIns).filter((e) => e.template.category === "coffee_chat");
    expect(listed[0]).toMatchObject({ origin: "editedBuiltIn", template: { id: coffee.id, strategy: "My wording" } });
    expect(listed[listed.length - 1]).toMatchObject({ origin: "yours", starred: true, template: { id: "mine-1" } });
    expect(listed.filter((e) => e.template.id === coffee.id)).toHaveLength(1);
  });

  it("leaves a deleted built-in out", () => {
    const data = deleteTemplate(defaultData(), coffee.id, builtInIds);
    expect(listTemplates(data, builtIns).map((e) => e.template.id)).not.toContain(coffee.id);
  });
});

describe("changing templates", () => {
  it("stores an edited built-in under the built-in's id, and drops it when edited back", () => {
    const edited = templateFromDraft({ ...draftOf(coffee), strategy: "Busy season" }, coffee.id);
    const withEdit = putTemplate(defaultData(), edited, builtIns);
    expect(withEdit.templates).toEqual([expect.objectContaining({ id: coffee.id, strategy: "Busy season" })]);
    const back = putTemplate(withEdit, templateFromDraft(draftOf(coffee), coffee.id), builtIns);
    expect(back.templates).toEqual([]);
  });

  it("replaces a stored template in place rather than adding a second one", () => {
    const first = putTemplate(defaultData(), templateFromDraft(ownDraft(), "mine-1"), builtIns);
    const second = putTemplate(first, templateFromDraft(ownDraft({ strategy: "Renamed" }), "mine-1"), builtIns);
    expect(second.templates.map((t) => t.strategy)).toEqual(["Renamed"]);
  });

  it("hides a deleted built-in, forgets its edit and its star; removes the user's own", () => {
    const own = templateFromDraft(ownDraft(), "mine-1");
    const data: StoredData = {
      ...defaultData(),
      templates: [own, { ...coffee, strategy: "Edited" }],
      starred: [coffee.id, "mine-1"],
    };
    const afterBuiltIn = deleteTemplate(data, coffee.id, builtInIds);
    expect(afterBuiltIn.hiddenBuiltIns).toEqual([coffee.id]);
    expect(afterBuiltIn.templates.map((t) => t.id)).toEqual(["mine-1"]);
    expect(afterBuiltIn.starred).toEqual(["mine-1"]);
    const afterOwn = deleteTemplate(afterBuiltIn, "mine-1", builtInIds);
    expect(afterOwn.templates).toEqual([]);
    expect(afterOwn.hiddenBuiltIns).toEqual([coffee.id]);
  });

  it("restores hidden and edited built-ins but keeps the user's own templates", () => {
    const own = templateFromDraft(ownDraft(), "mine-1");
    const data: StoredData = {
      ...defaultData(),
      templates: [own, { ...coffee, strategy: "Edited" }],
      hiddenBuiltIns: [builtIns[0].id],
    };
    expect(restorableOf(data, builtInIds)).toEqual({ hidden: 1, edited: 1 });
    const restored = restoreBuiltIns(data, builtInIds);
    expect(restored.hiddenBuiltIns).toEqual([]);
    expect(restored.templates).toEqual([own]);
    expect(restorableOf(restored, builtInIds)).toEqual({ hidden: 0, edited: 0 });
  });

  it("toggles a star on and off", () => {
    const on = toggleStar(defaultData(), coffee.id);
    expect(on.starred).toEqual([coffee.id]);
    expect(toggleStar(on, coffee.id).starred).toEqual([]);
  });

  it("gives a new template the first free id", () => {
    const data: StoredData = { ...defaultData(), templates: [templateFromDraft(ownDraft(), "mine-1")] };
    expect(newTemplateId(data, builtInIds)).toBe("mine-2");
  });

  it("duplicates into an unsaved draft labelled as a copy, with the same texts", () => {
    const copy = duplicateDraft(coffee, " (copy)");
    expect(copy.id).toBeNull();
    expect(copy.strategy).toBe(`${coffee.strategy} (copy)`);
    expect(copy.texts.warm).toBe(coffee.texts.warm);
  });

  it("stores only the tones that have text", () => {
    expect(Object.keys(templateFromDraft(ownDraft(), "mine-1").texts)).toEqual(["warm"]);
  });
});

describe("checking a draft before saving", () => {
  it("accepts a draft with a label and one tone", () => {
    expect(checkDraft(ownDraft())).toEqual([]);
  });

  it("flags an unknown placeholder in the tone where it is typed", () => {
    const problems = checkDraft(ownDraft({ texts: { warm: "", brief: "Hi {fistName}!", formal: "" } }));
    expect(problems).toEqual([
      { field: "brief", kind: "template", problem: { kind: "unknownPlaceholder", text: "{fistName}" } },
    ]);
  });

  it("asks for a label and for text in at least one tone", () => {
    const problems = checkDraft(blankDraft("interview"));
    expect(problems.map((p) => `${p.field}:${p.kind}`)).toEqual(["strategy:required", "texts:noText"]);
  });

  it("flags an optional part left open", () => {
    const problems = checkDraft(ownDraft({ texts: { warm: "Thanks[[ for {eventTitle}", brief: "", formal: "" } }));
    expect(problems).toEqual([{ field: "warm", kind: "template", problem: { kind: "unclosedOptional", count: 1 } }]);
  });
});

describe("insertAtCaret", () => {
  it("inserts at the caret and puts the caret after the insertion", () => {
    expect(insertAtCaret("Hi ,", 3, 3, "{firstName}")).toEqual({ value: "Hi {firstName},", caret: 14 });
  });

  it("replaces a selection, whichever way it was made", () => {
    expect(insertAtCaret("Dear NAME,", 9, 5, "{firstName}")).toEqual({ value: "Dear {firstName},", caret: 16 });
  });

  it("clamps a caret past the end", () => {
    expect(insertAtCaret("Hi", 10, 10, "!")).toEqual({ value: "Hi!", caret: 3 });
  });
});

describe("previewContext", () => {
  const example = emptyInvitation({ from: { name: "Sam Taylor", address: "" }, subject: "Example" });

  it("uses the open invitation and the chosen signature", () => {
    const invitation = emptyInvitation({ from: { name: "Priya Raman", address: "priya@example.com" } });
    const context = previewContext(invitation, example, { ...DEFAULT_SETTINGS, signatureName: "Jo" }, "Joanna Smith");
    expect(context).toMatchObject({ firstName: "Priya", myName: "Jo" });
  });

  it("falls back to the example and the mailbox name", () => {
    const context = previewContext(null, example, DEFAULT_SETTINGS, "Joanna Smith");
    expect(context).toMatchObject({ firstName: "Sam", myName: "Joanna Smith", myFirstName: "Joanna" });
  });
});
