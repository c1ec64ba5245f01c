import { situationFacts } from "../../src/core/facts";
import { emptyInvitation } from "../../src/core/invitation";

/** Tuesday 3 March 2026. */
const SENT = "2026-03-03";

function whenOf(body: string, sent: string | null = SENT) {
  return situationFacts(emptyInvitation({ subject: "Hello", body, sent })).when;
}

describe("the event's date and time from the body", () => {
  test.each([
    ["Join us on Thursday, March 5 at 6 pm for drinks.", "2026-03-05", "18:00", "Thursday, March 5 at 6 pm"],
    ["The dinner is on 18 March at 19:30.", "2026-03-18", "19:30", "18 March at 19:30"],
    ["Saturday the 21st from 4pm in our garden", "2026-03-21", "16:00", "Saturday the 21st from 4pm"],
    ["Career day is April 17, 2026.", "2026-04-17", "", "April 17, 2026"],
    ["How about next Tuesday at 10:00?", "2026-03-10", "10:00", "next Tuesday at 10:00"],
    ["Are you free this Friday?", "2026-03-06", "", "this Friday"],
    ["We're meeting tomorrow at 8:30am", "2026-03-04", "08:30", "tomorrow at 8:30am"],
    ["The gala is on January 9", "2027-01-09", "", "January 9"],
  ])("%j", (body, date, time, evidence) => {
    const when = whenOf(body);
    expect(when?.value).toEqual({ date, time });
    expect(when?.evidence.text).toBe(evidence);
  });

  test("without the mail's date a relative date is left out, and a month and day keep no year", () => {
    expect(whenOf("How about next Tuesday?", null)).toBeNull();
    expect(whenOf("It is on March 18.", null)?.value).toEqual({ date: "--03-18", time: "" });
  });

  test("a calendar item's own start wins: no body date is read", () => {
    const facts = situationFacts(
      emptyInvitation({ kind: "meetingRequest", start: "2026-03-10T15:00:00", body: "See you on March 18", sent: SENT }),
    );
    expect(facts.when).toBeNull();
  });

  test("no date in the text gives none", () => {
    expect(whenOf("Would love to catch up some time.")).toBeNull();
  });
});
