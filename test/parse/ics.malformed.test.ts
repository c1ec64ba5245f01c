import { parseIcs, ParseError } from "../../src/parse/eml";
import { readIcs } from "../../src/parse/ics";
import { strictDateTime } from "../../src/parse/icsRepair";

/** A calendar with one event around the given lines, as a mail system might send it. */
function calendar(...eventLines: string[]): string {
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    ...eventLines,
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");
}

const ORGANIZER = "ORGANIZER;CN=Dana Ortiz:mailto:dana@club.example";

describe("malformed calendars: best effort with a note, never an error", () => {
  it("joins a long line folded without the leading space back into its property", () => {
    const { invitation, notes } = readIcs(
      calendar(
        "SUMMARY:Board dinner",
        "DESCRIPTION:Please join us for the annual dinner at the club where we will",
        "talk about next year and celebrate the old one",
        "DTSTART:20260402T190000Z",
        ORGANIZER,
      ),
    );
    expect(invitation.body).toBe(
      "Please join us for the annual dinner at the club where we will talk about next year and celebrate the old one",
    );
    expect(invitation.start).toBe("2026-04-02T19:00:00+00:00");
    expect(notes).toEqual([expect.stringMatching(/split without the leading space/)]);
  });

  it("keeps a very long unfolded line whole", () => {
    const summary = "Quarterly review ".repeat(40).trim();
    expect(parseIcs(calendar(`SUMMARY:${summary}`, "DTSTART:20260402T090000Z", ORGANIZER)).subject).toBe(summary);
  });

  it("reads a recurrence rule whose BYDAY has stray spaces as a series", () => {
    const { invitation, notes } = readIcs(
      calendar("SUMMARY:Stand-up", "DTSTART:20260406T091500Z", "RRULE:FREQ=WEEKLY;BYDAY=MO, WE ,FR", ORGANIZER),
    );
    expect(invitation).toMatchObject({ subject: "Stand-up", recurring: true, start: "2026-04-06T09:15:00+00:00" });
    expect(notes).toEqual([expect.stringMatching(/recurrence rule had stray spaces/)]);
  });

  it.each([
    ["a date-time with dashes and a space", "DTSTART:2026-04-02 12:30", "2026-04-02T12:30:00"],
    ["a date-time without seconds, in UTC", "DTSTART:20260402T1230Z", "2026-04-02T12:30:00+00:00"],
    ["a date with slashes", "DTSTART:2026/04/02", "2026-04-02"],
  ])("reads %s", (_label, line, start) => {
    const { invitation, notes } = readIcs(calendar("SUMMARY:Lunch", line, ORGANIZER));
    expect(invitation.start).toBe(start);
    expect(notes).toEqual([expect.stringMatching(/^DTSTART ".*" was read as /)]);
  });

  it.each([
    ["a month and hour out of range", "DTSTART:20261399T256000"],
    ["words instead of a time", "DTSTART:next Tuesday at noon"],
  ])("leaves out %s and says so, keeping the rest of the event", (_label, line) => {
    const { invitation, notes } = readIcs(calendar("SUMMARY:Lunch", line, "DTEND:20260402T133000Z", ORGANIZER));
    expect(invitation).toMatchObject({ subject: "Lunch", start: null, end: "2026-04-02T13:30:00+00:00" });
    expect(notes).toContainEqual(expect.stringMatching(/^DTSTART ".*" is not a date or time; it was left out\.$/));
  });

  it("reads an event with missing fields and names them", () => {
    const { invitation, notes } = readIcs(calendar("UID:only-an-id@example"));
    expect(invitation).toMatchObject({ kind: "meetingRequest", subject: "", start: null, from: null });
    expect(notes).toEqual(["The event has no SUMMARY, DTSTART, ORGANIZER."]);
  });

  it("closes components that never end and drops a stray END", () => {
    const { invitation, notes } = readIcs(
      "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Dinner at ours\nDTSTART:20260404T190000\nEND:VALARM\n" + ORGANIZER,
    );
    expect(invitation).toMatchObject({ subject: "Dinner at ours", start: "2026-04-04T19:00:00" });
    expect(notes).toEqual([expect.stringMatching(/began and never ended/)]);
  });

  it("removes an unbalanced quote in a parameter", () => {
    const { invitation, notes } = readIcs(
      calendar("SUMMARY:Lunch", 'ORGANIZER;CN="Dana Ortiz:mailto:dana@club.example', "DTSTART:20260402T120000Z"),
    );
    expect(invitation.from).toEqual({ name: "Dana Ortiz", address: "dana@club.example" });
    expect(notes).toEqual([expect.stringMatching(/unbalanced quote/)]);
  });

  it("leaves a clean calendar without notes", () => {
    expect(readIcs(calendar("SUMMARY:Lunch", "DTSTART:20260402T120000Z", ORGANIZER)).notes).toEqual([]);
  });

  it("still refuses what is no calendar at all", () => {
    expect(() => parseIcs("")).toThrow(ParseError);
    expect(() => parseIcs("not a calendar")).toThrow(ParseError);
  });

  it("never throws anything but a ParseError on calendar-shaped garbage", () => {
    const fragments = ["BEGIN:VEVENT", "DTSTART:", "RRULE:FREQ=", ";;;:", '"', "END:VCALENDAR", "SUMMARY:x", "\r\n "];
    for (let seed = 1; seed < 300; seed++) {
      const lines = ["BEGIN:VCALENDAR"];
      for (let i = 0, state = seed; i < 8; i++, state = (state * 7919 + 13) % 104729)
        lines.push(fragments[state % fragments.length]);
      try {
        parseIcs(lines.join("\r\n"));
      } catch (error) {
        expect(error).toBeInstanceOf(ParseError);
      }
    }
  });
});

describe("strictDateTime", () => {
  it("writes loose dates in iCalendar's basic form and refuses impossible ones", () => {
    expect(strictDateTime("2026-02-28T07:05")).toBe("20260228T070500");
    expect(strictDateTime("20260229")).toBeNull();
    expect(strictDateTime("2026-04-02T24:00")).toBeNull();
  });
});

describe("lines ical.js cannot read", () => {
  it.each([
    ["a parameter without a value", "ATTENDEE;ROLE:mailto:ann@club.example"],
    ["an unknown recurrence frequency", "RRULE:FREQ=SOMETIMES"],
  ])("are left out with a note when there is %s", (_label, line) => {
    const { invitation, notes } = readIcs(calendar("SUMMARY:Lunch", line, "DTSTART:20260402T120000Z", ORGANIZER));
    expect(invitation).toMatchObject({ subject: "Lunch", start: "2026-04-02T12:00:00+00:00", recurring: false });
    expect(notes).toEqual(["1 line(s) could not be read and were left out."]);
  });
});
