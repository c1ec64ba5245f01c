import { parseEml, parseIcs, ParseError } from "../../src/parse/eml";

const CRLF = "\r\n";
/** Builds a message from header and body lines, with the CRLF line ends real mail has. */
const mail = (...lines: string[]) => lines.join(CRLF);

/** A message from ann@example.com to me@example.org with the given subject, part headers and body. */
const fromAnn = (subject: string, partHeaders: string[], ...bodyLines: string[]) =>
  mail("From: ann@example.com", "To: me@example.org", `Subject: ${subject}`, ...partHeaders, "", ...bodyLines);

const calendar = (...eventLines: string[]) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Test//EN",
    ...eventLines.filter((line) => line.startsWith("METHOD:")),
    "BEGIN:VEVENT",
    "UID:1@test",
    ...eventLines.filter((line) => !line.startsWith("METHOD:")),
    "END:VEVENT",
    "END:VCALENDAR",
  ].join(CRLF);

const BERLIN = [
  "BEGIN:VTIMEZONE",
  "TZID:W. Europe Standard Time",
  "BEGIN:STANDARD",
  "DTSTART:16010101T030000",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:16010101T020000",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
];

describe("parseEml body extraction", () => {
  it("reduces an HTML-only body to text", async () => {
    const invitation = await parseEml(
      mail(
        "From: Ann <ann@example.com>",
        "To: Me <me@example.org>",
        "Subject: Dinner",
        "Content-Type: text/html; charset=utf-8",
        "",
        "<html><head><title>ignored title</title><style>p{color:red}</style></head>",
        "<body><p>Join us for dinner&nbsp;at&#160;8&nbsp;&amp; drinks</p><div>Caf&eacute; &#x2615;</div>",
        "<script>alert('x')</script></body></html>",
      ),
    );
    expect(invitation.body).toBe("Join us for dinner at 8 & drinks\n\nCafé ☕");
  });

  it("prefers the text/plain alternative over HTML", async () => {
    const invitation = await parseEml(
      fromAnn(
        "Both",
        ['Content-Type: multipart/alternative; boundary="b"'],
        "--b",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "Plain words",
        "--b",
        "Content-Type: text/html; charset=utf-8",
        "",
        "<p>HTML words</p>",
        "--b--",
      ),
    );
    expect(invitation.body).toBe("Plain words");
  });

  it("decodes base64 and quoted-printable bodies in their charsets", async () => {
    const base64 = await parseEml(
      fromAnn(
        "b64",
        ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"],
        Buffer.from("Grüße aus München, let's grab coffee").toString("base64"),
      ),
    );
    expect(base64.body).toBe("Grüße aus München, let's grab coffee");

    const quotedPrintable = await parseEml(
      fromAnn(
        "qp",
        ["Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: quoted-printable"],
        "Caf=E9 cr=E8me, a very long line that is soft=",
        " wrapped here",
      ),
    );
    expect(quotedPrintable.body).toBe("Café crème, a very long line that is soft wrapped here");
  });

  it("decodes encoded-word subjects and display names", async () => {
    const invitation = await parseEml(
      mail(
        "From: =?UTF-8?B?Sm9zw6kgR2FyY8OtYQ==?= <Jose@Example.COM>",
        "To: =?ISO-8859-1?Q?Ren=E9e_Dupont?= <renee@example.org>",
        "Subject: =?UTF-8?Q?Caf=C3=A9_next_week=3F?=",
        "",
        "Hello",
      ),
    );
    expect(invitation.subject).toBe("Café next week?");
    expect(invitation.from).toEqual({ name: "José García", address: "jose@example.com" });
    expect(invitation.me).toEqual({ name: "Renée Dupont", address: "renee@example.org" });
  });

  it("falls back to the calendar description when there is no text at all", async () => {
    const invitation = await parseEml(
      fromAnn(
        "Sync",
        ["Content-Type: text/calendar; method=REQUEST; charset=utf-8"],
        calendar("METHOD:REQUEST", "DTSTART:20260310T150000Z", "DESCRIPTION:Join on Teams\\, link below"),
      ),
    );
    expect(invitation.body).toBe("Join on Teams, link below");
    expect(invitation.start).toBe("2026-03-10T15:00:00+00:00");
  });
});

describe("parseEml calendar parts", () => {
  const meeting = (calendarText: string, headers: string[] = [], encoding?: string) =>
    mail(
      "From: Assistant <assistant@corp.example>",
      "To: Me Myself <me@corp.example>",
      ...headers,
      'Content-Type: multipart/mixed; boundary="outer"',
      "",
      "--outer",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "See invite.",
      "--outer",
      'Content-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"',
      'Content-Disposition: attachment; filename="invite.ics"',
      ...(encoding ? [`Content-Transfer-Encoding: ${encoding}`] : []),
      "",
      encoding === "base64" ? Buffer.from(calendarText).toString("base64") : calendarText,
      "--outer--",
    );

  it("reads a base64 .ics attachment: organiser, attendees, time zone offset, series", async () => {
    const text = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "METHOD:REQUEST",
      ...BERLIN,
      "BEGIN:VEVENT",
      "UID:2@test",
      "SUMMARY:Board review",
      "DTSTART;TZID=W. Europe Standard Time:20260715T180000",
      "DTEND;TZID=W. Europe Standard Time:20260715T190000",
      "RRULE:FREQ=MONTHLY;COUNT=3",
      "LOCATION:Room 4",
      "ORGANIZER;CN=Grace Boss:mailto:Grace@corp.example",
      "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Me Myself:mailto:me@corp.example",
      "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Bob:mailto:bob@corp.example",
      "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Opal:mailto:opal@corp.example",
      "ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@corp.example",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join(CRLF);
    const invitation = await parseEml(meeting(text, ["Subject: Board review"], "base64"));
    expect(invitation.kind).toBe("meetingRequest");
    expect(invitation.from).toEqual({ name: "Grace Boss", address: "grace@corp.example" });
    expect(invitation.to.map((person) => person.address)).toEqual(["me@corp.example", "bob@corp.example"]);
    expect(invitation.cc.map((person) => person.address)).toEqual(["opal@corp.example"]);
    expect(invitation.start).toBe("2026-07-15T18:00:00+02:00");
    expect(invitation.end).toBe("2026-07-15T19:00:00+02:00");
    expect(invitation.location).toBe("Room 4");
    expect(invitation.recurring).toBe(true);
    expect(invitation.body).toBe("See invite.");
  });

  it("uses the winter offset for a winter date in the same zone", async () => {
    const text = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "METHOD:REQUEST",
      ...BERLIN,
      "BEGIN:VEVENT",
      "UID:3@test",
      "DTSTART;TZID=W. Europe Standard Time:20261215T090000",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join(CRLF);
    const invitation = await parseEml(meeting(text, ["Subject: Winter"]));
    expect(invitation.start).toBe("2026-12-15T09:00:00+01:00");
  });

  it("keeps a TZID without a VTIMEZONE as floating wall-clock time", async () => {
    const invitation = await parseEml(
      meeting(calendar("METHOD:REQUEST", "DTSTART;TZID=Somewhere/Unknown:20260310T150000"), ["Subject: X"]),
    );
    expect(invitation.start).toBe("2026-03-10T15:00:00");
  });

  it("recognises a cancellation by METHOD and by subject", async () => {
    const byMethod = await parseEml(
      meeting(calendar("METHOD:CANCEL", "DTSTART:20260310T150000Z", "STATUS:CANCELLED"), ["Subject: Team lunch"]),
    );
    expect(byMethod.kind).toBe("meetingCancellation");

    const bySubject = await parseEml(fromAnn("Cancelled: Team lunch", [], "x"));
    expect(bySubject.kind).toBe("meetingCancellation");
  });

  it("recognises meeting responses by METHOD and by subject", async () => {
    const byMethod = await parseEml(meeting(calendar("METHOD:REPLY", "DTSTART:20260310T150000Z"), ["Subject: Sync"]));
    expect(byMethod.kind).toBe("meetingResponse");
    const bySubject = await parseEml(fromAnn("Accepted: Sync", [], "x"));
    expect(bySubject.kind).toBe("meetingResponse");
  });

  it("decodes an inline quoted-printable calendar part in its own charset", async () => {
    const invitation = await parseEml(
      fromAnn(
        "Planning",
        [
          "Content-Type: text/calendar; method=REQUEST; charset=iso-8859-1",
          "Content-Transfer-Encoding: quoted-printable",
        ],
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:qp@test",
        "DTSTART:20260310T150000Z",
        "LOCATION:Caf=E9 M=FCller=2C Z=FCrich",
        "DESCRIPTION:Quarterly planning=",
        " with the team",
        "END:VEVENT",
        "END:VCALENDAR",
      ),
    );
    expect(invitation.kind).toBe("meetingRequest");
    expect(invitation.location).toBe("Café Müller, Zürich");
    expect(invitation.body).toBe("Quarterly planning with the team");
  });

  it("ignores a broken calendar part and still reads the mail", async () => {
    const invitation = await parseEml(meeting("BEGIN:VCALENDAR\r\nthis is not ical", ["Subject: Still a mail"]));
    expect(invitation).toMatchObject({ kind: "message", subject: "Still a mail", body: "See invite.", start: null });
  });

  it("takes the mailbox owner from the option, with the name the mail gives", async () => {
    const invitation = await parseEml(
      mail("From: a@b.example", "To: First <first@b.example>, Second Person <second@b.example>", "Subject: s", "", "x"),
      { me: "Second@B.example" },
    );
    expect(invitation.me).toEqual({ name: "Second Person", address: "second@b.example" });
  });
});

describe("parseIcs", () => {
  it("reads a standalone .ics file", () => {
    const invitation = parseIcs(
      calendar(
        "METHOD:REQUEST",
        "SUMMARY:Quarterly mixer",
        "DESCRIPTION:Drinks and networking",
        "DTSTART:20260402T170000Z",
        "DTEND:20260402T190000Z",
        "LOCATION:Rooftop",
        "ORGANIZER;CN=Events Team:mailto:events@assoc.example",
        "ATTENDEE;CN=Me:mailto:me@corp.example",
      ),
    );
    expect(invitation).toMatchObject({
      kind: "meetingRequest",
      subject: "Quarterly mixer",
      body: "Drinks and networking",
      from: { name: "Events Team", address: "events@assoc.example" },
      me: { name: "Me", address: "me@corp.example" },
      start: "2026-04-02T17:00:00+00:00",
      end: "2026-04-02T19:00:00+00:00",
      location: "Rooftop",
    });
  });

  it("writes an all-day event as a date", () => {
    expect(parseIcs(calendar("DTSTART;VALUE=DATE:20260704")).start).toBe("2026-07-04");
  });

  it("is reached through parseEml when the content is iCalendar", async () => {
    const invitation = await parseEml(calendar("METHOD:CANCEL", "SUMMARY:Gone", "DTSTART:20260402T170000Z"));
    expect(invitation).toMatchObject({ kind: "meetingCancellation", subject: "Gone" });
  });
});

describe("unreadable input", () => {
  it.each([
    ["an empty file", ""],
    ["only blank lines", "\n\n\n"],
    ["binary data", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])],
    ["one line of prose with no header", "hello world"],
  ])("rejects %s with a ParseError", async (_label, source) => {
    await expect(parseEml(source)).rejects.toBeInstanceOf(ParseError);
  });

  it("rejects an .ics without an event", () => {
    expect(() => parseIcs("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR")).toThrow(ParseError);
    expect(() => parseIcs("not a calendar")).toThrow(ParseError);
  });
});
