/**
 * The default reply is chosen from the situation facts: what leads, what is left out, the line
 * that says why, and claims about the user that never go out unasked.
 */
import type { CategoryId } from "../../src/core/categories";
import { situationFacts } from "../../src/core/facts";
import { emptyInvitation, type Invitation } from "../../src/core/invitation";
import { buildReplyContext, chooseReplies, claimsOf, renderReply, type ReplyTemplate } from "../../src/core/replies";

const dana = { name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" };

function situation(category: CategoryId, overrides: Partial<Invitation>, followUp = false) {
  const invitation = emptyInvitation({
    me: dana,
    to: [dana],
    from: { name: "Marcus Oyelaran", address: "marcus@harbourlightfoods.com" },
    sent: "2026-03-03",
    ...overrides,
  });
  const facts = situationFacts(invitation, { category, followUp });
  const chosen = chooseReplies(category, { facts });
  const context = buildReplyContext(invitation, { facts });
  const render = (template: ReplyTemplate) => renderReply(template, "warm", context);
  return { facts, chosen, first: chosen.replies[0], render, ids: chosen.replies.map((t) => t.id) };
}

const QUOTED_NO = [
  "",
  "On Mon, Mar 2, 2026 at 9:12 AM Dana Whitfield <dana.whitfield@northwind-advisory.com> wrote:",
  "> Thanks so much for thinking of me, but I can't commit to meeting up right now.",
].join("\n");

describe("the first reply follows the situation", () => {
  test("asked again after the user's no: the firm, kind answer leads and says why", () => {
    const { first, chosen } = situation("coffee_chat", { body: `Any chance you've changed your mind?${QUOTED_NO}` });
    expect(first.id).toBe("coffee_chat.follow_up");
    expect(chosen.why).toBe("They asked again after your no: a firm, kind answer.");
  });

  test("a chaser after silence gets a first answer, and no firm follow-up is offered at all", () => {
    const { first, ids, chosen } = situation(
      "coffee_chat",
      { body: "Did you see my note? Would love a coffee." },
      true,
    );
    expect(first.id).toBe("coffee_chat.full_schedule");
    expect(ids).not.toContain("coffee_chat.follow_up");
    expect(chosen.why).toMatch(/^They are chasing an unanswered note/);
  });

  test("a recruiter's approach: no 'accepted another offer', no withdrawn application", () => {
    const { first, ids, chosen, render } = situation("interview", {
      body: "I came across your profile and would love to tell you about a confidential opportunity.",
    });
    expect(ids).not.toContain("interview.other_offer");
    expect(first.id).toBe("interview.timing");
    expect(chosen.why).toBe("A recruiter approached you and you never applied, so nothing says you did.");
    expect(render(first)).not.toMatch(/application|offer/i);
  });

  test("an application in progress: the claim of another offer is offered but never first", () => {
    const { first, ids } = situation("interview", {
      body: "Thank you for your application. Could you interview on Tuesday?",
    });
    expect(first.id).toBe("interview.not_fit");
    expect(ids).toContain("interview.other_offer");
  });

  test("a colleague's coffee is answered with a moment the team already has", () => {
    const { first, chosen, render } = situation("coffee_chat", {
      from: { name: "Leo Brandt", address: "leo.brandt@northwind-advisory.com" },
      body: "Fancy a coffee this week?",
    });
    expect(first.id).toBe("coffee_chat.team_moment");
    expect(chosen.why).toBe("A colleague asked: suggest a moment the team already has.");
    expect(render(first)).toMatch(/team's regular get-togethers/);
    // A stranger's coffee never gets the team moment.
    expect(situation("coffee_chat", { body: "Fancy a coffee?" }).ids).not.toContain("coffee_chat.team_moment");
  });

  test("an occasion leads with congratulations passed to the person celebrating", () => {
    const { first, render } = situation("internal_meeting", {
      kind: "meetingRequest",
      subject: "Sarah's retirement party",
      from: { name: "Leo Brandt", address: "leo.brandt@northwind-advisory.com" },
      start: "2026-03-20T17:00:00",
      body: "Join us to send Sarah off in style!",
    });
    expect(first.id).toBe("internal_meeting.congratulate");
    const text = render(first);
    expect(text).toMatch(/^Please pass on my congratulations to Sarah on the retirement\./m);
    expect(text).toMatch(
      /inviting me to Sarah's retirement party\. I'm sorry to say I won't be able to be there on Friday, March 20,/,
    );
    expect(text).not.toMatch(/the Sarah's/);
  });

  test("asked to speak, offered an introduction, details arrived", () => {
    expect(situation("speaking_request", { body: "Would you speak at our summit?" }).chosen.why).toBe(
      "You were asked to speak, not to attend.",
    );
    expect(situation("coffee_chat", { body: "I'd love to introduce you to our CFO." }).first.id).toBe(
      "coffee_chat.decline_introduction",
    );
    const details = situation("sales_pitch", {
      body: `As requested, here are the details of our offer.${QUOTED_NO.replace("I can't commit to meeting up right now", "could you send a short written summary")}`,
    });
    expect(details.first.id).toBe("sales_pitch.decline_with_resources");
  });
});

describe("no silent claims", () => {
  test.each<[CategoryId, string]>([
    ["client_gathering", "client_gathering.warm_regrets"],
    ["sales_pitch", "sales_pitch.not_priority"],
    ["networking_event", "networking_event.not_aligned"],
  ])("%s: the first reply states nothing about the user", (category, expected) => {
    const { first, ids } = situation(category, { body: "We'd love to see you there." });
    expect(first.id).toBe(expected);
    expect(first.claims ?? []).toEqual([]);
    // The claiming strategies are still there to choose.
    expect(ids.length).toBeGreaterThanOrEqual(4);
  });

  test("a user's edited copy of a claiming reply keeps its claim as a choice", () => {
    const builtIn = chooseReplies("interview").replies.find((t) => t.id === "interview.other_offer") as ReplyTemplate;
    const copy: ReplyTemplate = {
      id: builtIn.id,
      category: "interview",
      strategy: "Mine",
      whenToUse: "Mine.",
      texts: builtIn.texts,
      custom: true,
    };
    expect(claimsOf(copy)).toEqual(["offer"]);
    expect(renderReply(copy, "brief", buildReplyContext(emptyInvitation()))).toMatch(/accepted another offer/);
  });

  test("a claim switched off falls back to the plain wording", () => {
    const { chosen, render } = situation("sales_pitch", { body: "Can I show you a demo?" });
    const provider = chosen.replies.find((t) => t.id === "sales_pitch.have_provider") as ReplyTemplate;
    expect(provider.claims).toEqual(["provider"]);
    expect(render(provider)).toMatch(/We already work with a provider/);
    const plain = renderReply(provider, "warm", { ...buildReplyContext(emptyInvitation()), claimProvider: "" });
    expect(plain).not.toMatch(/provider/);
    expect(plain).toMatch(/A meeting wouldn't be a good use of your time or mine\./);
  });
});

describe("the words of inserted values", () => {
  const invitation = emptyInvitation({
    kind: "meetingRequest",
    subject: "Invitation: Book launch party! @ Wed Mar 18, 2026 6pm - 8pm (GMT) (dana@x.com)",
    start: "2026-03-18T18:00:00",
    from: { name: "Mr. Smith", address: "smith@publisher.example" },
  });

  test("no '!.', no date said twice, the honorific kept", () => {
    const [first] = chooseReplies("networking_event", { facts: situationFacts(invitation) }).replies;
    const text = renderReply(first, "formal", buildReplyContext(invitation));
    expect(text.split("\n")[0]).toBe("Dear Mr. Smith,");
    expect(text).toMatch(/invitation to the book launch party\./);
    expect(text.match(/March/g) ?? []).toHaveLength(0);
  });

  test("one spelling and one date format, from the user's locale", () => {
    const template = chooseReplies("speaking_request", { locale: "en-GB" }).replies[0];
    const gb = renderReply(template, "warm", buildReplyContext(invitation, { locale: "en-GB" }), "en-GB");
    expect(gb).toMatch(/honoured/);
    const us = chooseReplies("speaking_request", { locale: "en-US" }).replies[0];
    expect(renderReply(us, "warm", buildReplyContext(invitation, { locale: "en-US" }), "en-US")).toMatch(/honored/);
    const formalGb = chooseReplies("networking_event", { locale: "en-GB" }).replies.find((t) =>
      t.id.endsWith("prior_commitment"),
    );
    const dated = renderReply(
      formalGb as ReplyTemplate,
      "formal",
      buildReplyContext(invitation, { locale: "en-GB" }),
      "en-GB",
    );
    expect(dated).toMatch(/Wednesday 18 March/);
  });
});
