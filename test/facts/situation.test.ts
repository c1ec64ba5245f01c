import type { CategoryId } from "../../src/core/categories";
import { situationFacts, situationFactsUnguarded, unreachableReason } from "../../src/core/facts";
import { emptyInvitation, type Invitation } from "../../src/core/invitation";

const dana = { name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" };
const marcus = { name: "Marcus Oyelaran", address: "marcus@harbourlightfoods.com" };

function factsFor(overrides: Partial<Invitation>, category: CategoryId = "not_invitation", followUp = false) {
  return situationFactsUnguarded(emptyInvitation({ me: dana, to: [dana], from: marcus, ...overrides }), {
    category,
    followUp,
  });
}

describe("asking again after the user's no", () => {
  test("Outlook: the user's decline in the From/Sent block below", () => {
    const body = [
      "Hi Dana, any chance you could make it after all? We'd love to have you.",
      "",
      "From: Dana Whitfield <dana.whitfield@northwind-advisory.com>",
      "Sent: Monday, March 2, 2026 9:12 AM",
      "To: Marcus Oyelaran <marcus@harbourlightfoods.com>",
      "Subject: RE: Spring gala",
      "",
      "Hi Marcus, thank you so much, but I won't be able to make it this time.",
    ].join("\n");
    const facts = factsFor({ body }, "client_gathering");
    expect(facts.askingAgain?.value).toBe("afterNo");
    expect(facts.askingAgain?.evidence.text).toBe('quoted: "won\'t be able to"');
  });

  test("Gmail: On … wrote: with > lines", () => {
    const body = [
      "Just checking whether your plans have changed!",
      "",
      "On Mon, Mar 2, 2026 at 9:12 AM Dana Whitfield <dana.whitfield@northwind-advisory.com> wrote:",
      "> Hi Marcus,",
      "> Thanks for thinking of me, but I'll have to pass on the mixer.",
    ].join("\n");
    expect(factsFor({ body }, "networking_event").askingAgain?.value).toBe("afterNo");
  });

  test("Apple Mail: On <date>, at <time>, <name> wrote:", () => {
    const body = [
      "Hi Dana, we still have one seat left at our table. Would you reconsider?",
      "",
      "On 2 Mar 2026, at 09:12, Dana Whitfield <dana.whitfield@northwind-advisory.com> wrote:",
      "",
      "> Thank you for the invitation. Unfortunately I am unable to attend.",
    ].join("\n");
    expect(factsFor({ body }, "networking_event").askingAgain?.value).toBe("afterNo");
  });

  test("the sender saying so counts too", () => {
    const facts = factsFor({ body: "I know you said no last month, but we'd love to have you speak." }, "speaking_request");
    expect(facts.askingAgain).toEqual({ value: "afterNo", evidence: { text: "i know you said no", field: "body" } });
  });

  test("a chaser after silence quoting the sender's own first mail is not after a no", () => {
    const body = [
      "Hi Dana, did you see my note below? Would love to grab a coffee.",
      "",
      "On Mon, Mar 2, 2026 at 9:12 AM Marcus Oyelaran <marcus@harbourlightfoods.com> wrote:",
      "> Hi Dana, I can't make Thursday but would you be free for a coffee next week?",
    ].join("\n");
    const facts = factsFor({ body }, "coffee_chat");
    expect(facts.askingAgain?.value).toBe("afterSilence");
    expect(facts.askingAgain?.evidence.text).toBe("did you see my");
  });

  test("the classifier's follow-up wording without any no is a chaser", () => {
    expect(factsFor({ body: "Circling back on my note." }, "sales_pitch", true).askingAgain?.value).toBe("afterSilence");
    expect(factsFor({ body: "Would you like to come?" }, "client_gathering").askingAgain).toBeNull();
  });
});

describe("who asks, and what for", () => {
  test("a colleague by address", () => {
    const facts = factsFor({ from: { name: "Leo Brandt", address: "leo.brandt@northwind-advisory.com" } }, "coffee_chat");
    expect(facts.relationship.value).toBe("colleague");
    expect(facts.ask.value).toBe("meet");
  });

  test("a recruiter's approach against an application in progress", () => {
    const approach = factsFor({ body: "I came across your profile and have a confidential search you might like." }, "interview");
    expect(approach.relationship).toEqual({ value: "recruiterApproach", evidence: { text: "came across your profile", field: "body" } });
    const application = factsFor({ body: "Thank you for your application for the Senior Advisor role." }, "interview");
    expect(application.relationship.value).toBe("application");
    expect(application.ask.value).toBe("interview");
  });

  test("asked to speak, or offered an introduction", () => {
    expect(factsFor({ body: "Would you speak at our summit?" }, "speaking_request").ask.value).toBe("speak");
    const intro = factsFor({ body: "I'd be happy to introduce you to our head of partnerships over coffee." }, "coffee_chat");
    expect(intro.ask.value).toBe("introduce");
    expect(intro.introductionOffered?.evidence.text).toBe("happy to introduce you");
  });

  test("details arriving after the user asked for them", () => {
    const body = [
      "Of course! The audience will be about 40 founders.",
      "",
      "On Mon, Mar 2, 2026 at 9:12 AM Dana Whitfield <dana.whitfield@northwind-advisory.com> wrote:",
      "> Could you tell me a little more about who is attending before I decide?",
    ].join("\n");
    expect(factsFor({ body }, "networking_event").detailsArrived?.value).toBe(true);
  });

  test("the host from 'on behalf of' or the sender's organisation", () => {
    expect(factsFor({ body: "I'm writing on behalf of the Greater Eastside Chamber to invite you." }).host?.value).toBe(
      "the Greater Eastside Chamber",
    );
    expect(factsFor({ from: { name: "Priya Raman (Lumen Optics)", address: "p@lumen.io" } }).host?.value).toBe("Lumen Optics");
  });
});

describe("occasions worth congratulating", () => {
  test("someone else's, the sender's own, and none for a sales pitch's retirement plan", () => {
    const sarah = factsFor({ subject: "Sarah's retirement party", body: "Come and celebrate with us!" }, "internal_meeting");
    expect(sarah.occasion?.value).toEqual({ kind: "retirement", celebrant: "Sarah", senderCelebrates: false });
    const own = factsFor({ subject: "Come celebrate my 50th", body: "It's my 50th birthday on Saturday." }, "client_gathering");
    expect(own.occasion?.value).toMatchObject({ kind: "birthday", senderCelebrates: true });
    expect(factsFor({ body: "15 minutes to review your retirement plan?" }, "sales_pitch").occasion).toBeNull();
  });
});

describe("addresses nobody reads", () => {
  test.each([
    ["invitations@linkedin.com", "linkedin"],
    ["messages-noreply@linkedin.com", "linkedin"],
    ["no-reply@zoom.us", "notification"],
    ["noreply@example.com", "noReply"],
    ["do-not-reply@events.example.com", "noReply"],
    ["calendar-notification@google.com", "notification"],
    ["newsletter@finance-weekly.com", "list"],
    ["marcus@harbourlightfoods.com", null],
    ["", null],
  ])("%j → %j", (address, reason) => {
    expect(unreachableReason(address)).toBe(reason);
  });

  test("a LinkedIn invitation offers its own link and the person's real address when the note gives one", () => {
    const facts = factsFor(
      {
        from: { name: "Kevin Marsh via LinkedIn", address: "invitations@linkedin.com" },
        body: [
          "Hi Dana, I'd like to join your LinkedIn network. Or write to me at kevin.marsh@scaleup.example.",
          "Accept: https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=7041",
          "Unsubscribe: https://www.linkedin.com/e/v2?e=abc",
        ].join("\n"),
      },
      "linkedin_invite",
    );
    expect(facts.replyTarget).toEqual({
      address: "invitations@linkedin.com",
      unreachable: "linkedin",
      personalAddress: "kevin.marsh@scaleup.example",
      invitationLink: "https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=7041",
    });
  });
});

describe("never throws, stays bounded", () => {
  test("a hostile invitation gives facts with nothing known", () => {
    const hostile = new Proxy(emptyInvitation(), {
      get() {
        throw new Error("boom");
      },
    });
    expect(situationFacts(hostile).eventName).toBeNull();
  });

  test("a 5 MB body gives the same facts as its opening (the body is read in bounded windows)", () => {
    const opening = "We invite you to our gala. ";
    const body = opening + "Lots of words follow here. ".repeat(190_000);
    expect(situationFacts(emptyInvitation({ body, subject: "x" }))).toEqual(
      situationFacts(emptyInvitation({ body: opening, subject: "x" })),
    );
  });
});
