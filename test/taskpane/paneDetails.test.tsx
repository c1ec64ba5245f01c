import { screen, within } from "@testing-library/react";
import { classify } from "../../src/core/classifier/classify";
import { emptyInvitation, type Invitation } from "../../src/core/invitation";
import { buildReplyContext, renderReply, suggestReplies } from "../../src/core/replies";
import { coffeeInvitation } from "./fakeAdapter";
import { renderPane } from "./renderPane";

const sam = { name: "Sam Carter", address: "sam@contoso.com" };

/** A colleague's meeting request: an internal meeting whose replies include "Suggest another time". */
const pipelineReview = emptyInvitation({
  kind: "meetingRequest",
  subject: "Pipeline review",
  body: "Hi team,\n\nLet's go through the Q3 pipeline together.\n\nTomás",
  from: { name: "Tomás Ibarra", address: "tomas.ibarra@contoso.com" },
  to: [sam, { name: "Ana Ruiz", address: "ana@contoso.com" }],
  me: sam,
  start: "2026-03-10T10:00:00",
  end: "2026-03-10T11:00:00",
});

const salesPitch = emptyInvitation({
  subject: "Quick question",
  body:
    "Hi Sam,\n\nCould I get 15 minutes of your time next week to show you how our platform cuts cloud costs? " +
    "Book a demo here.\n\nBest,\nRob",
  from: { name: "Rob Lane", address: "rob@saasvendor.io" },
  me: sam,
});

const vague = emptyInvitation({
  subject: "Thursday",
  body: "Are you around on Thursday?",
  from: { name: "Kim Lee", address: "kim@gmail.com" },
  me: sam,
});


const slotBox = (name: string) => screen.queryByRole("textbox", { name });
const replyText = () => screen.getByRole("textbox", { name: "Reply text" }) as HTMLTextAreaElement;

describe("times offered by a 'Suggest another time' reply", () => {
  it("asks for two times only for that reply and puts them into the text and the reply form", async () => {
    const { adapter, user } = await renderPane(pipelineReview);
    expect(classify(pipelineReview).category).toBe("internal_meeting");
    expect(slotBox("First time you can offer")).toBeNull();

    await user.click(screen.getByRole("radio", { name: "Suggest another time" }));
    const first = slotBox("First time you can offer") as HTMLInputElement;
    const second = slotBox("Second time you can offer") as HTMLInputElement;
    expect(first.placeholder).toBe("Tuesday at 10:00");
    expect(replyText().value).toContain("Would a slot later this week or early next week work instead?");

    await user.type(first, "Tuesday at 10:00");
    await user.type(second, "Thursday at noon");
    expect(replyText().value).toContain("Would Tuesday at 10:00 or Thursday at noon work instead?");

    await user.click(screen.getByRole("button", { name: "Reply" }));
    expect(adapter.replies).toHaveLength(1);
    const html = adapter.replies[0].html;
    expect(html).toMatch(/^<p>Hi Tomás,<\/p><p>Thanks for the invite to the Pipeline review\. /);
    expect(html).toContain("<p>Thanks for the invite");
    expect(html).toContain("but I&#39;d like to be part of it. Would Tuesday at 10:00 or Thursday at noon work instead?</p>");
  });

  it("leaves a reply the user edited by hand alone while they type a time", async () => {
    const { user } = await renderPane(pipelineReview);
    await user.click(screen.getByRole("radio", { name: "Suggest another time" }));
    await user.clear(replyText());
    await user.type(replyText(), "Can we do this later?");

    await user.type(slotBox("First time you can offer") as HTMLElement, "Monday");
    await user.type(slotBox("Second time you can offer") as HTMLElement, "Friday");
    expect(replyText().value).toBe("Can we do this later?");
  });

  it("hides the time boxes again when the user picks a reply that offers no time", async () => {
    const { user } = await renderPane(pipelineReview);
    await user.click(screen.getByRole("radio", { name: "Suggest another time" }));
    expect(slotBox("First time you can offer")).not.toBeNull();
    await user.click(screen.getByRole("radio", { name: "Send an async update" }));
    expect(slotBox("First time you can offer")).toBeNull();
  });
});

describe("why this category", () => {
  async function openEvidence(invitation: Invitation) {
    const rendered = await renderPane(invitation);
    const toggle = screen.getByRole("button", { name: "Why this category?" });
    await rendered.user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const items = within(screen.getByRole("list", { name: "Evidence" }))
      .getAllByRole("listitem")
      .map((item) => item.textContent ?? "");
    return { items, alsoConsidered: screen.queryByTestId("also-considered")?.textContent ?? null };
  }

  it("lists the reasons for the shown category, strongest first, then the runner-up with two of its own", async () => {
    const { items, alsoConsidered } = await openEvidence(coffeeInvitation);
    // The subject's "coffee" and "pick your brain" weigh most for a coffee chat.
    expect(items.slice(0, 2)).toEqual(["“coffee” in subject", "“pick your brain” in subject"]);
    expect(items.length).toBeLessThanOrEqual(6);
    expect(items.some((item) => item.includes("→"))).toBe(false);
    expect(alsoConsidered).toMatch(/^Also considered: Client gathering — [^;]+$/);
  });

  it("reads rule wildcards as words and leaves out the prior that favours 'not an invitation'", async () => {
    const { items, alsoConsidered } = await openEvidence(salesPitch);
    expect(items).toContain("“N minutes of your time” in body");
    expect(items.join("\n")).not.toMatch(/[#*^]/);
    expect(items.join("\n")).not.toMatch(/Nothing counts as an invitation/);
    // The runner-up (not an invitation) had nothing but that prior to show.
    expect(classify(salesPitch).runnerUp).toBe("not_invitation");
    expect(alsoConsidered).toBeNull();
  });

  it("never lists evidence against a category", async () => {
    const classification = classify(coffeeInvitation);
    const against = classification.evidence.filter((item) => item.weight < 0).map((item) => item.text);
    const { items } = await openEvidence(coffeeInvitation);
    for (const text of against) expect(items.join("\n")).not.toContain(`“${text}”`);
  });
});

describe("detected confidence", () => {
  it("shows 99% rather than 100% for a classification the heuristic is sure of", async () => {
    expect(classify(coffeeInvitation).confidence).toBe(1);
    await renderPane(coffeeInvitation);
    expect(screen.getByText(/^Detected: /).textContent).toBe("Detected: Coffee chat (99%)");
    expect(document.body.textContent).not.toContain("100%");
  });

  it("says when the confidence is low", async () => {
    expect(classify(vague).confidence).toBeLessThan(0.5);
    await renderPane(vague);
    expect(screen.getByText(/^Detected: /).textContent).toMatch(/^Detected: Not an invitation \(\d{1,2}%\) \(low confidence\)$/);
  });
});

describe("suggestion card preview", () => {
  it("starts with the substance of the reply, not the greeting", async () => {
    await renderPane(coffeeInvitation);
    const card = screen.getAllByTestId("suggestion-card")[0];
    const preview = card.querySelector(`[id="${card.getAttribute("aria-describedby")}"]`)?.textContent ?? "";
    const text = renderReply(suggestReplies("coffee_chat", { locale: "en-US" })[0], "warm", buildReplyContext(coffeeInvitation, { locale: "en-US" }));
    expect(text).toMatch(/^Hi Dana,\n\n/);
    expect(preview).not.toMatch(/Hi Dana/);
    expect(preview.length).toBeGreaterThan(0);
    expect(text.replace(/^Hi Dana,\n\n/, "").startsWith(preview.split("\n")[0])).toBe(true);
  });
});
