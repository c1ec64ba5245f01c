/**
 * The preview's mailbox: one invitation per category plus the awkward cases (a meeting whose
 * body is only join text, an occurrence of a series, a cancellation, a plain message).
 * Ids are stable: tests and the benchmark open `preview-pane.html?sample=<id>`.
 */
import { calendarSamples } from "./calendarSamples";
import type { MailAddress, StandInItem } from "./itemData";

/** The mailbox owner; the same person the dev corpus is addressed to. */
export const MAILBOX_OWNER: MailAddress = { name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" };
export const OWNER_TIME_ZONE = "GMT Standard Time";

const dana = MAILBOX_OWNER;
const person = (name: string, address: string): MailAddress => ({ name, address });
const colleagues = {
  priya: person("Priya Nandakumar", "priya.nandakumar@northwind-advisory.com"),
  leo: person("Leo Brandt", "leo.brandt@northwind-advisory.com"),
  amara: person("Amara Osei", "amara.osei@northwind-advisory.com"),
  jonas: person("Jonas Lindqvist", "jonas.lindqvist@northwind-advisory.com"),
};

/** Fake but EWS-shaped ids: base64 with "/" and "+", which convertToRestId rewrites. */
const ewsId = (n: number) => `AAMkAGI2TG93AAA=/preview+item${String(n).padStart(3, "0")}AAA=`;

const TEAMS_JOIN_TEXT = [
  "________________________________________________________________________________",
  "Microsoft Teams meeting",
  "Join on your computer, mobile app or room device",
  "Click here to join the meeting <https://teams.example.invalid/l/meetup-join/19%3ameeting_preview>",
  "Meeting ID: 318 204 557 901",
  "Passcode: Hq4vT2",
  "Download Teams | Join on the web",
  "Learn more | Meeting options",
  "________________________________________________________________________________",
].join("\n");

export const SAMPLE_ITEMS: readonly StandInItem[] = [
  {
    id: "client_gathering",
    itemId: ewsId(1),
    kind: "message",
    subject: "Come celebrate my 50th – backyard barbecue on Saturday",
    from: person("Marcus Oyelaran", "marcus@harbourlightfoods.com"),
    to: [dana],
    cc: [],
    received: "2026-03-09T18:42:00+00:00",
    body: {
      type: "html",
      content:
        "<p>Hi Dana,</p><p>Adaeze and I are throwing a small barbecue in our back garden on Saturday the 21st " +
        "from 4pm to mark my 50th birthday. Just family and a few close friends – nothing formal, and your " +
        "partner is very welcome too.</p><p>After all these years of working together it would mean a lot " +
        "to have you there. Our address is 14 Orchard Lane.</p><p>Warmly,<br>Marcus</p>",
    },
    meeting: null,
  },
  {
    id: "networking_event",
    itemId: ewsId(2),
    kind: "message",
    subject: "Business After Hours: March members' mixer at the Riverside Hotel",
    from: person("City Forward Chamber of Commerce", "events@cityforwardchamber.org"),
    to: [dana],
    cc: [],
    received: "2026-03-06T10:05:00+00:00",
    body: {
      type: "html",
      content:
        "<h2>Business After Hours – March mixer</h2><p>Join fellow members and business leaders from across " +
        "the city for an evening of networking, drinks and light bites.</p><ul><li>Thursday 26 March, " +
        "6–8.30pm</li><li>Riverside Hotel, Terrace Suite</li><li>Members free, guests £25</li></ul>" +
        "<p>Please register by 20 March so we can plan numbers. <a href='https://example.invalid/rsvp'>RSVP " +
        "here</a>.</p><p>The Events Team</p>",
    },
    meeting: null,
  },
  {
    id: "coffee_chat",
    itemId: ewsId(3),
    kind: "message",
    subject: "Coffee next week? Would love to pick your brain",
    from: person("Tomás Reyes", "tomas.reyes@outlook.com"),
    to: [dana],
    cc: [],
    received: "2026-03-10T08:17:00+00:00",
    body: {
      type: "text",
      content:
        "Hi Dana,\n\nJoanna Pike suggested I get in touch. I'm moving from audit into advisory work and " +
        "I'd be grateful for half an hour of your time over coffee – my treat – to pick your brain about " +
        "how you made the switch.\n\nAny morning next week near Liverpool Street works for me.\n\nMany thanks,\nTomás",
    },
    meeting: null,
  },
  {
    id: "sales_pitch",
    itemId: ewsId(4),
    kind: "message",
    subject: "15 minutes to see how Pipelinely cuts your reporting time in half",
    from: person("Jenna Holt", "jenna.holt@pipelinely.io"),
    to: [dana],
    cc: [],
    received: "2026-03-10T13:30:00+00:00",
    body: {
      type: "html",
      content:
        "<p>Hi Dana,</p><p>Advisory teams like yours spend hours every week stitching client reports " +
        "together. Pipelinely automates that, and firms using it save around 40% of reporting time.</p>" +
        "<p>Could I have 15 minutes of your time this week for a quick demo of our platform? I can also " +
        "offer a free reporting assessment for your team.</p><p>Book a slot that suits you: " +
        "<a href='https://example.invalid/book'>calendar link</a></p><p>Best,<br>Jenna Holt<br>Account " +
        "Executive, Pipelinely</p>",
    },
    meeting: null,
  },
  {
    id: "linkedin_invite",
    itemId: ewsId(5),
    kind: "message",
    subject: "Arjun Mehta wants to connect",
    from: person("LinkedIn", "invitations@linkedin.com"),
    to: [dana],
    cc: [],
    received: "2026-03-08T07:55:00+00:00",
    body: {
      type: "html",
      content:
        "<p><strong>Arjun Mehta</strong><br>Product Lead at Corvel Analytics</p><p>Hi Dana, I'd like to " +
        "join your LinkedIn network.</p><p><a href='https://www.linkedin.com/comm/mynetwork/invite-accept?invitationId=preview'>Accept invitation</a> " +
        "&nbsp; <a href='https://www.linkedin.com/in/arjun-mehta-preview'>View profile</a></p><p style='color:#666'>You " +
        "received an invitation to connect. LinkedIn Corporation.</p>",
    },
    meeting: null,
  },
  {
    id: "interview",
    itemId: ewsId(6),
    kind: "message",
    subject: "Interview invitation – Director, Transaction Advisory at Halvorsen Group",
    from: person("Rachel Kim", "rachel.kim@brightpathtalent.com"),
    to: [dana],
    cc: [],
    received: "2026-03-05T15:20:00+00:00",
    body: {
      type: "text",
      content:
        "Dear Dana,\n\nThank you for speaking with me last month. Halvorsen Group would like to invite you " +
        "to a first-round interview for the Director, Transaction Advisory role.\n\nThe interview is a " +
        "45-minute video call with the hiring manager. Could you let me know two or three slots that suit " +
        "you next week?\n\nKind regards,\nRachel Kim\nSenior Recruiter, Brightpath Talent",
    },
    meeting: null,
  },
  {
    id: "speaking_request",
    itemId: ewsId(7),
    kind: "message",
    subject: "Invitation to speak on our panel at Fintech Forum Europe",
    from: person("Owen Fitzgerald", "owen@fintechforumeurope.org"),
    to: [dana],
    cc: [],
    received: "2026-03-04T11:02:00+00:00",
    body: {
      type: "html",
      content:
        "<p>Dear Dana,</p><p>I'm putting together the programme for Fintech Forum Europe in June and would " +
        "be delighted if you would join us as a panelist for our session on due diligence in the age of " +
        "AI.</p><p>The panel runs for 45 minutes with three other speakers and a moderator; we cover " +
        "travel and your conference pass.</p><p>Would you be open to it?</p><p>With best wishes,<br>Owen " +
        "Fitzgerald<br>Programme Chair</p>",
    },
    meeting: null,
  },
  {
    id: "internal_meeting",
    itemId: ewsId(8),
    kind: "meetingRequest",
    subject: "Quarterly budget review",
    from: colleagues.priya,
    to: [dana, colleagues.leo, colleagues.amara],
    cc: [colleagues.jonas],
    received: "2026-03-09T09:12:00+00:00",
    body: {
      type: "html",
      content:
        "<p>Hi all,</p><p>Let's go through Q1 spend against plan and agree the Q2 reforecast before it goes " +
        "to finance. Please bring your team's numbers.</p><p>Priya</p><pre>" +
        TEAMS_JOIN_TEXT +
        "</pre>",
    },
    meeting: {
      start: "2026-03-17T14:00:00+00:00",
      end: "2026-03-17T15:00:00+00:00",
      location: "Board room 4 / Microsoft Teams Meeting",
      recurrence: null,
      seriesId: null,
    },
  },
  {
    id: "not_invitation",
    itemId: ewsId(9),
    kind: "message",
    subject: "Notes from Tuesday's vendor selection workshop",
    from: colleagues.amara,
    to: [dana, colleagues.leo],
    cc: [],
    received: "2026-03-11T16:48:00+00:00",
    body: {
      type: "text",
      content:
        "Hi both,\n\nHere are my notes from Tuesday.\n\n- Shortlist is down to two vendors.\n- Leo to check " +
        "references by Friday.\n- Pricing comparison attached.\n\nNo action needed from you yet, Dana.\n\nAmara",
    },
    meeting: null,
  },
  {
    id: "teams-only",
    itemId: ewsId(10),
    kind: "meetingRequest",
    subject: "Pipeline review",
    from: colleagues.leo,
    to: [dana, colleagues.amara],
    cc: [],
    received: "2026-03-10T12:00:00+00:00",
    body: { type: "text", content: TEAMS_JOIN_TEXT },
    meeting: {
      start: "2026-03-19T10:30:00+00:00",
      end: "2026-03-19T11:00:00+00:00",
      location: "Microsoft Teams Meeting",
      recurrence: null,
      seriesId: null,
    },
  },
  {
    id: "recurring-occurrence",
    itemId: ewsId(11),
    kind: "appointment",
    subject: "Weekly team stand-up",
    from: colleagues.jonas,
    to: [dana, colleagues.priya, colleagues.leo, colleagues.amara],
    cc: [],
    received: "2026-01-05T08:00:00+00:00",
    body: {
      type: "text",
      content: "Quick round: what's done, what's next, what's blocked. Fifteen minutes, cameras optional.",
    },
    meeting: {
      start: "2026-03-17T09:30:00+00:00",
      end: "2026-03-17T09:45:00+00:00",
      location: "Microsoft Teams Meeting",
      recurrence: {
        type: "weekly",
        interval: 1,
        days: ["tue"],
        seriesStart: "2026-01-06",
        seriesEnd: null,
        startTime: "09:30",
        durationMinutes: 15,
        timeZone: OWNER_TIME_ZONE,
      },
      seriesId: "AAMkAGI2TG93AAA=/preview+series001AAA=",
    },
  },
  {
    id: "cancelled",
    itemId: ewsId(12),
    kind: "meetingCancellation",
    subject: "Canceled: Client onboarding workshop",
    from: person("Hannah Cole", "hannah.cole@meridianlogistics.com"),
    to: [dana],
    cc: [],
    received: "2026-03-11T09:40:00+00:00",
    body: {
      type: "text",
      content: "Apologies – we need to move this. I'll send a new time once our project team is confirmed.",
    },
    meeting: {
      start: "2026-03-18T13:00:00+00:00",
      end: "2026-03-18T15:00:00+00:00",
      location: "Meridian Logistics, 2 Dock Street",
      recurrence: null,
      seriesId: null,
    },
  },
  {
    id: "plain-message",
    itemId: ewsId(13),
    kind: "message",
    subject: "Receipt for your order #4471",
    from: person("Halcyon Books", "orders@halcyonbooks.example"),
    to: [dana],
    cc: [],
    received: "2026-03-07T19:03:00+00:00",
    body: {
      type: "text",
      content:
        "Thank you for your order.\n\nOrder #4471\n1 x The Art of Saying No (paperback) £12.99\nDelivery £2.50\n" +
        "Total paid £15.49\n\nYour parcel will be dispatched within two working days.",
    },
    meeting: null,
  },
  // Situations the reply is chosen from (issue 12): asked again after a no, a chaser after silence,
  // a recruiter's approach, a colleague's coffee.
  {
    id: "coffee-after-no",
    itemId: ewsId(14),
    kind: "message",
    subject: "Re: Half an hour over coffee?",
    from: person("Tomás Reyes", "tomas.reyes@outlook.com"),
    to: [dana],
    cc: [],
    received: "2026-03-17T09:02:00+00:00",
    body: {
      type: "text",
      content:
        "Hi Dana,\n\nI completely understand, but I wondered whether anything has freed up since? Even twenty " +
        "minutes on a call would help me a lot.\n\nTomás\n\nOn Wed, Mar 11, 2026 at 10:14 AM Dana Whitfield " +
        "<dana.whitfield@northwind-advisory.com> wrote:\n> Hi Tomás,\n> Thank you for reaching out. My schedule is " +
        "full for now, so I can't meet, but I'm happy to stay in touch by email.\n> Best,\n> Dana",
    },
    meeting: null,
  },
  {
    id: "coffee-chaser",
    itemId: ewsId(15),
    kind: "message",
    subject: "Re: Picking your brain over a coffee",
    from: person("Tomás Reyes", "tomas.reyes@outlook.com"),
    to: [dana],
    cc: [],
    received: "2026-03-16T08:40:00+00:00",
    body: {
      type: "text",
      content:
        "Hi Dana,\n\nJust bumping this in case it got buried – did you see my note below? Any morning works.\n\n" +
        "Tomás\n\nOn Tue, Mar 10, 2026 at 8:17 AM Tomás Reyes <tomas.reyes@outlook.com> wrote:\n> Hi Dana,\n> " +
        "Joanna Pike suggested I get in touch. Would you have half an hour for a coffee next week?",
    },
    meeting: null,
  },
  {
    id: "recruiter-approach",
    itemId: ewsId(16),
    kind: "message",
    subject: "Confidential opportunity – Head of Advisory",
    from: person("Gareth Lowe", "gareth.lowe@sterlingsearch.example"),
    to: [dana],
    cc: [],
    received: "2026-03-12T11:25:00+00:00",
    body: {
      type: "text",
      content:
        "Dear Dana,\n\nI came across your profile and I'm leading an executive search for a Head of Advisory at " +
        "a growing consultancy. Would you be open to a conversation, perhaps an initial interview with the " +
        "founders next week?\n\nBest regards,\nGareth Lowe\nPartner, Sterling Search",
    },
    meeting: null,
  },
  {
    id: "colleague-coffee",
    itemId: ewsId(17),
    kind: "message",
    subject: "Coffee this week?",
    from: colleagues.leo,
    to: [dana],
    cc: [],
    received: "2026-03-16T14:05:00+00:00",
    body: {
      type: "text",
      content:
        "Hi Dana,\n\nNow that I've settled in, would you fancy a coffee one afternoon this week so I can get " +
        "to know you a bit better?\n\nLeo",
    },
    meeting: null,
  },
  // Meetings the fake Graph knows too, for the calendar actions (`?graph=`).
  ...calendarSamples(dana),
];

export function findSample(id: string | null): StandInItem | undefined {
  return SAMPLE_ITEMS.find((item) => item.id === id);
}
