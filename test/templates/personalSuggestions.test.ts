import { suggestReplies } from "../../src/core/replies";
import { defaultData, type StoredData } from "../../src/settings/schema";
import { personalSuggestions } from "../../src/taskpane/templates/personalSuggestions";

const builtIns = suggestReplies("coffee_chat");

describe("personalSuggestions", () => {
  it("is the built-in list when nothing is stored", () => {
    expect(personalSuggestions("coffee_chat", defaultData())).toEqual(builtIns);
  });

  it("leaves out deleted built-ins, shows an edit in place of its built-in, and puts stars first", () => {
    const [first, second, third] = builtIns;
    const data: StoredData = {
      ...defaultData(),
      templates: [{ ...second, strategy: "My edit", custom: true }],
      hiddenBuiltIns: [first.id],
      starred: [third.id],
    };
    const shown = personalSuggestions("coffee_chat", data);
    expect(shown.map((t) => t.id)).not.toContain(first.id);
    expect(shown[0].id).toBe(third.id);
    expect(shown.filter((t) => t.id === second.id).map((t) => t.strategy)).toEqual(["My edit"]);
  });

  it("does not offer a template of another category", () => {
    const data: StoredData = {
      ...defaultData(),
      templates: [{ id: "mine-1", category: "interview", strategy: "x", whenToUse: "", texts: { warm: "x" } }],
    };
    expect(personalSuggestions("coffee_chat", data).map((t) => t.id)).not.toContain("mine-1");
  });
});
