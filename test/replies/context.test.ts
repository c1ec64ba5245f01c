import { CATEGORY_IDS } from "../../src/core/categories";
import { emptyInvitation, type Invitation } from "../../src/core/invitation";
import {
  buildReplyContext,
  cleanDisplayName,
  eventTitleOf,
  firstNameOf,
  renderReply,
  suggestReplies,
  TONES,
} from "../../src/core/replies";
import { remnantsIn } from "./remnants";

describe("first name from a display name", () => {
  test.each([
    ["Rachel Kim", "Rachel"],
    ["Kim, Rachel", "Rachel"],
    ["Dr. Jane Smith", "Jane"],
    ["Prof Jane Smith", "Jane"],
    ["Smith, Dr. Jane", "Jane"],
    ["Marcus Feld via LinkedIn", "Marcus"],
    ["ANNA LEE", "Anna"],
    ["anna lee", "Anna"],
    ["JEAN-LUC PICARD", "Jean-Luc"],
    ['"Okafor, Tom"', "Tom"],
    ["Priya Raman (Lumen Optics)", "Priya"],
    ["Zoë Müller", "Zoë"],
    ["Smith, Jr.", "Smith"],
    ["LinkedIn", ""],
    ["Recruiting Team", ""],
    ["Conference Committee", ""],
    ["IT Service Desk", ""],
    ["noreply", ""],
    ["no-reply", ""],
    ["Summit 2026 Team", ""],
    ["Greater Eastside Chamber", ""],
    ["rachel.kim@harborcapital.com", ""],
    ["J. Smith", ""],
    ["", ""],
    ["   ", ""],
  ])("%j → %j", (displayName, expected) => {
    expect(firstNameOf(displayName)).toBe(expected);
  });

  test("the full name is tidied for {senderName} and signatures", () => {
    expect(cleanDisplayName("Kim, Rachel")).toBe("Rachel Kim");
    expect(cleanDisplayName("ANNA LEE")).toBe("Anna Lee");
    expect(cleanDisplayName("Kevin Marsh via LinkedIn")).toBe("Kevin Marsh");
    expect(cleanDisplayName("Ronan McDonald")).toBe("Ronan McDonald");
    expect(cleanDisplayName("IT Service Desk")).toBe("IT Service Desk");
    expect(cleanDisplayName("someone@example.com")).toBe("");
  });
});

describe("event title from the subject", () => {
  test.each<[Invitation["kind"], string, string]>([
    ["meetingRequest", "Invitation: Q2 planning sync", "Q2 planning sync"],
    ["meetingRequest", "FW: RE: Weekly standup", "weekly standup"],
    ["meetingRequest", "Holiday get-together at our home", "holiday get-together at your home"],
    ["meetingRequest", "Updated invitation: Review: client onboarding deck", "“Review: client onboarding deck”"],
    ["meetingRequest", "Next steps: phone screen with Zenith Partners", "phone screen with Zenith Partners"],
    ["message", "You're invited: our 10th anniversary backyard BBQ", "10th anniversary backyard BBQ"],
    ["message", "Invitation: Business After Hours mixer - March 18", "Business After Hours mixer"],
    ["message", "Spring networking breakfast - save your seat", "spring networking breakfast"],
    ["message", "Invitation to speak at Advisor Forum 2026", "Advisor Forum 2026"],
    ["message", "Guest invitation: Money Talk podcast", "Money Talk podcast"],
    ["message", "Invitation to second-round interview", "second-round interview"],
    ["meetingRequest", "VIP reception invitation - FinOps Summit 2026", "“VIP reception - FinOps Summit 2026”"],
    ["message", "VIP reception invitation - FinOps Summit 2026", ""],
    ["message", "Westbrook alumni industry night", "Westbrook alumni industry night"],
    ["message", "Annual Charity Gala", "Annual Charity Gala"],
    // Subjects that are not the name of an event are left out rather than read badly after "the".
    ["message", "Coffee next week?", ""],
    ["message", "Partnership opportunity", ""],
    ["message", "Interview invitation - Senior Advisor role", ""],
    ["message", "Would you consider joining our advisory board?", ""],
    ["message", "Join us on the boat?", ""],
    ["meetingRequest", "Invitation:", ""],
  ])("%s %j → %j", (kind, subject, expected) => {
    expect(eventTitleOf({ kind, subject })).toBe(expected);
  });
});

describe("event date and time", () => {
  const meeting = (start: string | null, end: string | null = null) =>
    emptyInvitation({ kind: "meetingRequest", subject: "Invitation: Q2 planning sync", start, end });

  test.each([
    ["en-US", "Tuesday, March 10", "3:00 PM"],
    ["en-GB", "Tuesday 10 March", "15:00"],
    ["de-DE", "Dienstag, 10. März", "15:00"],
  ])("%s writes the date and time the local way", (locale, date, time) => {
    const context = buildReplyContext(meeting("2026-03-10T15:00:00+01:00"), { locale });
    expect(context.eventDate).toBe(date);
    // ICU may put a narrow no-break space before AM/PM.
    expect(context.eventTime.replace(/\s/g, " ")).toBe(time);
  });

  test("the organiser's wall-clock time is kept, even when UTC is already the next day", () => {
    const context = buildReplyContext(meeting("2026-03-10T23:30:00-08:00"), { locale: "en-GB" });
    expect(context.eventDate).toBe("Tuesday 10 March");
    expect(context.eventTime).toBe("23:30");
  });

  test("a floating time (no offset) is shown as written", () => {
    const context = buildReplyContext(meeting("2026-06-01T09:05:00"), { locale: "en-GB" });
    expect([context.eventDate, context.eventTime]).toEqual(["Monday 1 June", "9:05"]);
  });

  test("with a time zone asked for, a time with a known offset is converted into it", () => {
    const context = buildReplyContext(meeting("2026-03-10T23:30:00-08:00"), {
      locale: "en-GB",
      timeZone: "Europe/Berlin",
    });
    expect([context.eventDate, context.eventTime]).toEqual(["Wednesday 11 March", "8:30"]);
  });

  test("an all-day event has a date but no time; no start means neither", () => {
    const allDay = buildReplyContext(meeting("2026-03-10T00:00:00", "2026-03-11T00:00:00"), { locale: "en-GB" });
    expect([allDay.eventDate, allDay.eventTime]).toEqual(["Tuesday 10 March", ""]);
    const none = buildReplyContext(meeting(null));
    expect([none.eventDate, none.eventTime]).toEqual(["", ""]);
    const garbage = buildReplyContext(meeting("next Tuesday"));
    expect([garbage.eventDate, garbage.eventTime]).toEqual(["", ""]);
  });

  test("an invalid locale tag falls back to English instead of failing", () => {
    expect(buildReplyContext(meeting("2026-03-10T15:00:00"), { locale: "not a locale!" }).eventDate).toBe(
      "Tuesday, March 10",
    );
  });
});

describe("signature", () => {
  const withMe = (name: string) => emptyInvitation({ me: { name, address: "me@northwind-advisory.com" } });

  test("signatureName overrides the mailbox name", () => {
    const context = buildReplyContext(withMe("Whitfield, Dana"), { signatureName: "  Dana  W. Whitfield " });
    expect([context.myName, context.myFirstName]).toEqual(["Dana W. Whitfield", "Dana"]);
  });

  test("the mailbox name is tidied; an address or nothing gives no signature line", () => {
    expect(buildReplyContext(withMe("Whitfield, Dana")).myName).toBe("Dana Whitfield");
    const template = suggestReplies("coffee_chat")[0];
    for (const name of ["dana@northwind-advisory.com", ""]) {
      const text = renderReply(template, "warm", buildReplyContext(withMe(name)));
      expect(text.endsWith("All the best,")).toBe(true);
    }
  });
});

describe("replies built from real-looking invitations", () => {
  const senders = [
    "Marcus Feld via LinkedIn",
    "Kim, Rachel",
    "LinkedIn",
    "Recruiting Team",
    "noreply",
    "hello@wifcircle.org",
    "",
  ];
  const subjects: Array<[Invitation["kind"], string]> = [
    ["meetingRequest", "Invitation: Q2 planning sync"],
    ["message", "Coffee next week?"],
    ["message", "You're invited: our 10th anniversary backyard BBQ"],
    ["meetingRequest", ""],
  ];

  test("every category and tone renders without remnants for odd senders, subjects and missing data", () => {
    const failures: string[] = [];
    for (const name of senders) {
      for (const [kind, subject] of subjects) {
        for (const start of [null, "2026-03-10T18:30:00+01:00"]) {
          for (const me of [null, { name: "Dana Whitfield", address: "dana@x.com" }]) {
            const invitation = emptyInvitation({ kind, subject, start, me, from: { name, address: "x@y.com" } });
            const context = buildReplyContext(invitation, { locale: "en-GB" });
            for (const category of CATEGORY_IDS) {
              for (const template of suggestReplies(category)) {
                for (const tone of TONES) {
                  const problems = remnantsIn(renderReply(template, tone, context));
                  if (problems.length) failures.push(`${template.id}/${tone} from ${name} "${subject}": ${problems}`);
                }
              }
            }
          }
        }
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
