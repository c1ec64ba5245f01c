import { cleanSubject, situationFacts } from "../../src/core/facts";
import { emptyInvitation, type Invitation } from "../../src/core/invitation";

describe("the event's name from a calendar subject", () => {
  test.each([
    // Outlook
    ["Invitation: Q2 planning sync", "Q2 planning sync"],
    ["Updated invitation: Review: client onboarding deck", "Review: client onboarding deck"],
    ["[EXTERNAL] FW: Invitation: Supplier day 2026", "Supplier day 2026"],
    ["RE: FW: Weekly standup", "Weekly standup"],
    // Google Calendar
    ["Invitation: weekly standup @ Mon Mar 9, 2026 9:15am - 9:30am (EST) (dana@x.com)", "weekly standup"],
    ["Updated invitation with note: Design crit @ Weekly from 10am to 11am on Tuesday (GMT) (dana@x.com)", "Design crit"],
    // Zoom
    ["Zoom meeting invitation - Quarterly investor update", "Quarterly investor update"],
    ["Invitation: Product roadmap review (Zoom)", "Product roadmap review"],
    // Teams
    ["Microsoft Teams meeting: Vendor onboarding", "Vendor onboarding"],
    ["[External] Budget check-in via Teams", "Budget check-in"],
    // Calendly
    ["New Event: Jane Doe - 11:00am Thu, Mar 5, 2026 - 30 Minute Meeting", "30 Minute Meeting"],
    // Decorations and punctuation
    ["Book launch party!", "Book launch party"],
    ["Invitation: Business After Hours mixer - March 18", "Business After Hours mixer"],
    ["Spring networking breakfast - save your seat", "Spring networking breakfast"],
    ["BOOK LAUNCH PARTY", "Book Launch Party"],
    ["SAVE THE DATE - Autumn gala, 18 October", "Autumn gala"],
    ["[SAdev] Party in San Francisco on Friday", "Party in San Francisco"],
  ])("%j → %j", (subject, expected) => {
    expect(cleanSubject(subject)).toBe(expected);
  });
});

function factsFor(overrides: Partial<Invitation>) {
  return situationFacts(emptyInvitation(overrides));
}

describe("the event's name of a plain message", () => {
  test("a subject that names an event is used; a question or a sentence is not", () => {
    expect(factsFor({ subject: "Sarah's retirement party." })?.eventName?.value).toBe("Sarah's retirement party");
    expect(factsFor({ subject: "Coffee next week?" }).eventName).toBeNull();
    expect(factsFor({ subject: "Meeting request" }).eventName).toBeNull();
  });

  test("otherwise the name comes from the body's invitation, with its evidence", () => {
    const facts = factsFor({
      subject: "Career day volunteer?",
      body: "Hi Dana,\nWe'd love to invite you to our career day on April 17 at Lincoln High.\nBest, Ana",
    });
    expect(facts.eventName?.value).toBe("our career day");
    expect(facts.eventName?.evidence).toEqual({ text: "invite you to our career day", field: "body" });
  });

  test("a calendar item keeps its title even when it names no event noun", () => {
    expect(factsFor({ kind: "meetingRequest", subject: "Invitation: Dana / Leo" }).eventName?.value).toBe("Dana / Leo");
  });
});
