import { CATEGORY_IDS } from "../../src/core/categories";
import { replyLanguageFor, suggestReplies, type ReplyTemplate } from "../../src/core/replies";

const ids = (templates: ReplyTemplate[]) => templates.map((t) => t.id);

function mine(id: string, category: ReplyTemplate["category"] = "coffee_chat", forFollowUp = false): ReplyTemplate {
  return {
    id,
    category,
    strategy: "My own",
    whenToUse: "When I like it.",
    texts: { warm: "No, thanks." },
    forFollowUp,
  };
}

describe("suggestReplies", () => {
  test("best built-in first, and no follow-up answer when this is a first ask", () => {
    for (const category of CATEGORY_IDS) {
      const list = suggestReplies(category);
      expect(list.some((t) => t.forFollowUp)).toBe(false);
      expect(list.every((t) => t.category === category && !t.custom)).toBe(true);
      // Nothing that states a fact about the user comes first.
      expect(list[0].claims ?? []).toEqual([]);
    }
    expect(suggestReplies("coffee_chat")[0].id).toBe("coffee_chat.full_schedule");
  });

  test("with followUp the follow-up answer comes first", () => {
    for (const category of CATEGORY_IDS) {
      expect(suggestReplies(category, { followUp: true })[0].id).toBe(`${category}.follow_up`);
    }
  });

  test("the user's templates of that category appear, marked custom, ahead of built-ins", () => {
    const list = suggestReplies("coffee_chat", {
      userTemplates: [mine("user.1"), mine("user.other", "sales_pitch"), mine("user.2")],
    });
    expect(ids(list).slice(0, 2)).toEqual(["user.1", "user.2"]);
    expect(list[0].custom).toBe(true);
    expect(ids(list)).not.toContain("user.other");
    expect(list).toHaveLength(suggestReplies("coffee_chat").length + 2);
  });

  test("starred ids come first in the order starred, then follow-up answers (own before built-in)", () => {
    const list = suggestReplies("coffee_chat", {
      followUp: true,
      starred: ["coffee_chat.refer_someone", "user.2", "interview.timing"],
      userTemplates: [mine("user.1"), mine("user.2"), mine("user.3", "coffee_chat", true)],
    });
    expect(ids(list).slice(0, 5)).toEqual([
      "coffee_chat.refer_someone",
      "user.2",
      "user.3",
      "coffee_chat.follow_up",
      "user.1",
    ]);
  });

  test("the same input gives the same order, and callers cannot change the library", () => {
    const options = { starred: ["coffee_chat.ask_topic"], userTemplates: [mine("user.1")] };
    const first = suggestReplies("coffee_chat", options);
    first[0].texts.warm = "changed";
    first.reverse();
    expect(ids(suggestReplies("coffee_chat", options))).toEqual(ids(first.reverse()));
    expect(suggestReplies("coffee_chat", options)[0].texts.warm).not.toBe("changed");
  });

  test("a locale without its own table falls back to English texts", () => {
    expect(replyLanguageFor("en-GB")).toBe("en");
    expect(replyLanguageFor("fr-FR")).toBe("en");
    expect(replyLanguageFor(undefined)).toBe("en");
    expect(suggestReplies("interview", { locale: "fr-FR" })).toEqual(suggestReplies("interview", { locale: "en-US" }));
  });
});
