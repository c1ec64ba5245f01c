/**
 * The pane picks the first reply from the situation and says why in one line, leaves out replies
 * that do not fit, shows claims about the user as choices, and offers no email reply to LinkedIn.
 */
import { screen } from "@testing-library/react";
import { emptyInvitation, type Invitation } from "../../src/core/invitation";
import { renderPane } from "./renderPane";

const dana = { name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" };
const tomas = { name: "Tomás Reyes", address: "tomas.reyes@outlook.com" };

function message(overrides: Partial<Invitation>): Invitation {
  return emptyInvitation({ me: dana, to: [dana], from: tomas, ...overrides });
}

const afterNo = message({
  subject: "Re: Coffee next week?",
  body: [
    "Hi Dana, I wondered whether anything has freed up since? Even twenty minutes would help.",
    "",
    "On Wed, Mar 11, 2026 at 10:14 AM Dana Whitfield <dana.whitfield@northwind-advisory.com> wrote:",
    "> Thank you for reaching out. My schedule is full for now, so I can't meet.",
  ].join("\n"),
});

const chaser = message({
  subject: "Re: Coffee next week?",
  body: [
    "Hi Dana, just bumping this in case it got buried. Did you see my note below?",
    "",
    "On Tue, Mar 10, 2026 at 8:17 AM Tomás Reyes <tomas.reyes@outlook.com> wrote:",
    "> Would you have half an hour for a coffee next week?",
  ].join("\n"),
});

const linkedIn = message({
  subject: "Arjun Mehta wants to connect",
  from: { name: "LinkedIn", address: "invitations@linkedin.com" },
  body: [
    "Arjun Mehta",
    "Product Lead at Corvel Analytics",
    "Hi Dana, I'd like to join your LinkedIn network.",
    "Accept invitation <https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=71>",
    "You received an invitation to connect.",
  ].join("\n"),
});

const recruiter = message({
  subject: "Confidential opportunity – Head of Advisory",
  from: { name: "Gareth Lowe", address: "gareth.lowe@sterlingsearch.example" },
  body:
    "Dear Dana,\n\nI came across your profile and I'm leading an executive search for a Head of Advisory. " +
    "Would you be open to a conversation, perhaps an initial interview next week?\n\nGareth",
});

const colleagueCoffee = message({
  subject: "Coffee this week?",
  from: { name: "Leo Brandt", address: "leo.brandt@northwind-advisory.com" },
  body: "Hi Dana, would you fancy a coffee one afternoon this week so I can get to know you a bit better? Leo",
});

const salesPitch = message({
  subject: "Quick question",
  from: { name: "Rob Lane", address: "rob@saasvendor.io" },
  body: "Hi Dana, could I get 15 minutes next week to show you a demo of our platform? Book a demo here. Rob",
});


const why = () => screen.getByTestId("why-first").textContent;
const cardNames = () => screen.getAllByRole("radio").map((card) => card.getAttribute("aria-label"));
const checkedCard = () => screen.getAllByRole("radio").find((card) => card.getAttribute("aria-checked") === "true");
const replyText = () => (screen.getByRole("textbox", { name: "Reply text" }) as HTMLTextAreaElement).value;

describe("the first reply and why", () => {
  it("asked again after the user's no: the firm, kind answer is first", async () => {
    const { adapter, user } = await renderPane(afterNo);
    expect(why()).toBe("They asked again after your no: a firm, kind answer.");
    expect(checkedCard()?.getAttribute("aria-label")).toBe("Firm, kind follow-up");
    expect(replyText()).toMatch(/My situation hasn't changed/);
    await user.click(screen.getByRole("button", { name: "Reply" }));
    expect(adapter.replies[0].html).toMatch(/My situation hasn&#39;t changed/);
  });

  it("a chaser after silence: a first answer, and no firm follow-up offered", async () => {
    await renderPane(chaser);
    expect(why()).toMatch(/^They are chasing an unanswered note/);
    expect(cardNames()).not.toContain("Firm, kind follow-up");
    expect(checkedCard()?.getAttribute("aria-label")).toBe("Full schedule for now");
  });

  it("a recruiter's approach: no 'Accepted another offer'", async () => {
    await renderPane(recruiter);
    expect(why()).toBe("A recruiter approached you and you never applied, so nothing says you did.");
    expect(cardNames()).not.toContain("Accepted another offer");
    expect(replyText()).not.toMatch(/application|another offer/);
  });

  it("a colleague's coffee: a moment the team already has", async () => {
    await renderPane(colleagueCoffee);
    expect(why()).toBe("A colleague asked: suggest a moment the team already has.");
    expect(checkedCard()?.getAttribute("aria-label")).toBe("Team moment instead");
    expect(replyText()).toMatch(/^Hi Leo,/);
  });
});

describe("a LinkedIn notification", () => {
  it("explains the answer belongs on LinkedIn, links the invitation and offers no email reply", async () => {
    await renderPane(linkedIn);
    expect(screen.getByText("Answer on LinkedIn.")).toBeTruthy();
    const link = screen.getByRole("link", { name: "Open the invitation on LinkedIn" });
    expect(link.getAttribute("href")).toBe("https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=71");
    expect(screen.queryByRole("button", { name: "Reply" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Reply all" })).toBeNull();
    expect(screen.getByRole("button", { name: "Copy" })).toBeTruthy();
    expect(replyText()).toMatch(/connect/);
  });

  it("offers an email to the person when the note gives their own address", async () => {
    await renderPane({ ...linkedIn, body: `${linkedIn.body}\nOr email me: arjun.mehta@corvel.example` });
    const link = screen.getByRole("link", { name: "Email arjun.mehta@corvel.example instead" });
    expect(link.getAttribute("href")).toMatch(/^mailto:arjun\.mehta@corvel\.example\?subject=/);
  });
});

describe("claims about the user", () => {
  it("are never first, are marked on their card, and can be switched to the plain wording", async () => {
    const { user } = await renderPane(salesPitch);
    expect(checkedCard()?.getAttribute("aria-label")).not.toBe("Already have a provider");
    expect(screen.queryByTestId("claim-choices")).toBeNull();
    const card = screen.getByRole("radio", { name: "Already have a provider" });
    expect(card.textContent).toMatch(/Says something about you/);
    await user.click(card);
    const claim = screen.getByRole("checkbox", { name: "Say we already have a provider" }) as HTMLInputElement;
    expect(claim.checked).toBe(true);
    expect(replyText()).toMatch(/We already work with a provider/);
    await user.click(claim);
    expect(claim.checked).toBe(false);
    expect(replyText()).not.toMatch(/provider/);
    expect(replyText()).toMatch(/A meeting wouldn't be a good use of your time or mine\./);
  });
});
