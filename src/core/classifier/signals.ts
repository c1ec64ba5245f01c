/**
 * Metadata signals: facts about the item rather than its words (who sent it, from which
 * domain, when, where, to how many people, what kind of item). Each signal is a row: a
 * predicate over the facts, a human description the pane can show, and its weights.
 */
import type { Weights } from "./phrases";
import { C, G, I, L, M, N, P, S, X } from "./shortIds";

/** What classify() knows about an item before weighing it. */
export interface Facts {
  /** meetingRequest or appointment: something on a calendar to answer. */
  calendarItem: boolean;
  /** A cancellation or a response (Accepted:, Declined:) to a meeting. */
  noticeItem: boolean;
  senderKnown: boolean;
  internal: boolean;
  freemail: boolean;
  linkedin: boolean;
  /** Which sender-domain group matched, if any (event platform, ATS, party invitations...). */
  domainGroup: DomainGroupId | null;
  academic: boolean;
  /** A government domain (.gov, .gouv.fr, .gov.uk, .mil, .int). */
  government: boolean;
  nonProfit: boolean;
  recipients: number;
  recurring: boolean;
  /** Hour 0-23 and weekday 0 (Sunday) - 6 from the wall-clock start; null when unknown. */
  hour: number | null;
  weekday: number | null;
  streetAddress: boolean;
  homeLocation: boolean;
  onlineMeeting: boolean;
  followUp: boolean;
  /** Wording that asks me for something (a time, an answer, my presence). */
  ask: boolean;
  /** Written by press or a show, where "interview" means being featured. */
  media: boolean;
  /** A hiring decision against me ("after careful consideration", "other candidates"). */
  rejection: boolean;
  /** Wording that makes me an interviewer (a panel, candidates, scorecards), not the candidate. */
  interviewer: boolean;
  /** A staff social occasion (farewell drinks, the summer party). */
  staffSocial: boolean;
  /** A reply saying something was settled ("glad you connected"), not asking. */
  settled: boolean;
  /** Wording that names a one-to-one get-together (a coffee, "get to know each other"). */
  casualMeet: boolean;
  /** Prices quoted in the body ("$7,500", "£3,950"). */
  prices: number;
  /** The body names the sender's own company (its domain name): people selling do. */
  brandMentioned: boolean;
  /** Wording that asks me to take a role at an occasion: speak, discuss, give an address. */
  roleAsk: boolean;
  /** Wording that asks me to come and listen (attend a presentation), not to give it. */
  attendOnly: boolean;
  /** The sender's own personal occasion ("celebrate my…", "my birthday"). */
  personalOccasion: boolean;
  /** Posted to a mailing list (a "[list]" subject tag or a list footer). */
  listMail: boolean;
  /** The subject says it answers an earlier message ("Re:"). */
  reply: boolean;
  /** It passes on someone else's message ("Fwd:", or quoted history under a fresh subject). */
  forward: boolean;
  /** The body quotes an earlier message below what the sender writes now. */
  hasHistory: boolean;
  /** The quoted message was written by someone outside your organisation (a full address on another domain). */
  originalFromOutside: boolean;
  /** Words the sender wrote above the quoted history (the whole body when there is none). */
  freshWords: number;
  /** What the sender writes now asks a question. */
  freshQuestion: boolean;
  /** Lines that start with a clock time, up to a dozen: a schedule lists many. */
  timedLines: number;
}

export interface Signal {
  id: string;
  /** Shown in the pane as the reason; plain English, short. */
  description: string;
  applies: (facts: Facts) => boolean;
  weights: Weights;
}

/** A note this short above a quote ("Yes, please schedule.") says what to do with it, nothing more. */
const SHORT_NOTE_WORDS = 40;
/** This many lines starting with a time make a schedule rather than an event's programme. */
const SCHEDULE_LINES = 6;

const isEvening = (f: Facts): boolean => f.hour !== null && (f.hour >= 17 || f.hour < 4);
const isWeekend = (f: Facts): boolean => f.weekday === 0 || f.weekday === 6;
const isBusinessHours = (f: Facts): boolean => f.hour !== null && f.hour >= 8 && f.hour < 17 && !isWeekend(f);
const isExternalOrganisation = (f: Facts): boolean => f.senderKnown && !f.internal && !f.freemail && !f.linkedin;

export const SIGNALS: readonly Signal[] = [
  {
    id: "baseline",
    description: "Nothing counts as an invitation until the item or its wording says so",
    applies: () => true,
    weights: { [X]: 2 },
  },
  {
    id: "notice",
    description: "A meeting cancellation or a reply to a meeting: nothing to decline",
    applies: (f) => f.noticeItem,
    weights: { [X]: 20 },
  },
  {
    id: "calendarItem",
    description: "A calendar invitation that asks for an answer",
    applies: (f) => f.calendarItem,
    weights: { [X]: -4, [M]: 1.5 },
  },
  {
    id: "calendarItemInternal",
    description: "A calendar invitation from someone in your own organisation",
    applies: (f) => f.calendarItem && f.internal,
    weights: { [M]: 3 },
  },
  {
    id: "internalSender",
    description: "The sender is in your own organisation (same domain)",
    applies: (f) => f.internal,
    weights: { [M]: 1, [G]: -3, [N]: -1.5, [S]: -3, [I]: -1.5, [L]: -2, [P]: -1 },
  },
  {
    id: "externalSender",
    description: "The sender is from another organisation",
    applies: isExternalOrganisation,
    weights: { [M]: -1 },
  },
  {
    id: "freemailSender",
    description: "The sender writes from a personal mail account",
    applies: (f) => f.freemail,
    weights: { [M]: -2, [S]: -0.7, [C]: 0.7, [G]: 0.5, [I]: -0.3 },
  },
  {
    id: "linkedinSender",
    description: "The mail comes from LinkedIn",
    applies: (f) => f.linkedin,
    weights: { [L]: 2, [X]: 1, [M]: -2, [G]: -2, [C]: -1 },
  },
  {
    id: "eventPlatform",
    description: "Sent through an event-ticketing platform",
    applies: (f) => f.domainGroup === "eventPlatform",
    weights: { [N]: 2.5 },
  },
  {
    id: "partyPlatform",
    description: "Sent through a personal party-invitation service",
    applies: (f) => f.domainGroup === "partyPlatform",
    // Its footer (privacy policy, "please review") is in every card it sends: it says nothing.
    weights: { [G]: 3, [X]: -2 },
  },
  {
    id: "hiringPlatform",
    description: "Sent through a recruiting (applicant tracking) system",
    applies: (f) => f.domainGroup === "hiringPlatform",
    weights: { [I]: 3 },
  },
  {
    id: "bulkMailer",
    description: "Sent through a bulk-mail service",
    applies: (f) => f.domainGroup === "bulkMailer",
    weights: { [X]: 1, [N]: 0.5, [S]: 0.5, [C]: -1, [G]: -1 },
  },
  {
    id: "academicSender",
    description: "The sender is a school or university",
    applies: (f) => f.academic,
    weights: { [P]: 0.7, [N]: 0.7, [S]: -0.5 },
  },
  {
    id: "governmentSender",
    description: "The sender is a government office: it informs or convenes, it does not sell",
    applies: (f) => f.government,
    weights: { [S]: -8, [N]: 1 },
  },
  {
    id: "nonProfitSender",
    description: "The sender is an association or non-profit (.org)",
    applies: (f) => f.nonProfit,
    weights: { [N]: 0.5, [P]: 0.5, [S]: -0.5 },
  },
  {
    id: "evening",
    description: "It starts in the evening (organiser's local time)",
    applies: isEvening,
    weights: { [G]: 1, [N]: 0.8, [C]: 0.2, [M]: -0.8, [I]: -0.5, [S]: -0.5 },
  },
  {
    id: "weekend",
    description: "It takes place on a weekend",
    applies: isWeekend,
    weights: { [G]: 1.5, [N]: 0.3, [M]: -1, [I]: -0.8, [S]: -1, [P]: -0.3 },
  },
  {
    id: "businessHours",
    description: "It takes place during working hours on a weekday",
    applies: isBusinessHours,
    weights: { [M]: 0.4, [S]: 0.2, [I]: 0.2, [G]: -0.5 },
  },
  {
    id: "streetAddress",
    description: "The location looks like a street address",
    applies: (f) => f.streetAddress,
    weights: { [G]: 1, [N]: 0.3, [M]: -0.5 },
  },
  {
    id: "privateHomeAtLeisure",
    description: "A private home in the evening or at the weekend",
    applies: (f) => (f.homeLocation || f.streetAddress) && (isEvening(f) || isWeekend(f)) && !f.internal,
    weights: { [G]: 1.5 },
  },
  {
    id: "oneToOne",
    description: "Addressed to you alone",
    applies: (f) => f.recipients === 1,
    weights: { [C]: 0.3, [S]: 0.2, [I]: 0.2, [N]: -0.2 },
  },
  {
    id: "manyRecipients",
    description: "Addressed to many people",
    applies: (f) => f.recipients >= 8,
    weights: { [N]: 0.6, [M]: 0.6, [C]: -1.5, [I]: -0.7, [S]: -0.3, [L]: -1.5 },
  },
  {
    id: "internalAnnouncement",
    description: "Sent to many people in your own organisation",
    applies: (f) => f.internal && f.recipients >= 8,
    weights: { [G]: -3, [C]: -1, [M]: 1, [X]: 0.5 },
  },
  {
    id: "colleagueAsks",
    description: "A colleague asks for your time",
    applies: (f) => f.internal && f.ask && !f.calendarItem,
    weights: { [M]: 0.8 },
  },
  {
    id: "onlineMeeting",
    description: "It carries an online-meeting link",
    applies: (f) => f.onlineMeeting,
    weights: { [M]: 0.8, [X]: -1, [G]: -1, [N]: -0.3 },
  },
  {
    id: "mediaContext",
    description: "Press or a show is asking: an interview here means being featured",
    applies: (f) => f.media,
    weights: { [I]: -4, [P]: 1.5 },
  },
  {
    id: "rejection",
    description: "It turns down an application: a decision, not an invitation",
    applies: (f) => f.rejection,
    weights: { [I]: -4, [X]: 2.5 },
  },
  {
    id: "interviewerInternal",
    description: "A colleague asks you to interview candidates: a work meeting",
    applies: (f) => f.interviewer && f.internal,
    weights: { [M]: 2.5, [I]: -3 },
  },
  {
    id: "pricesQuoted",
    description: "It quotes prices: someone is selling",
    applies: (f) => f.prices >= 2,
    weights: { [S]: 1.5, [P]: -3, [C]: -1, [G]: -1 },
  },
  {
    id: "brandMentioned",
    description: "The sender talks about their own company or product",
    applies: (f) => f.brandMentioned && isExternalOrganisation(f),
    weights: { [S]: 1.2 },
  },
  {
    id: "recurring",
    description: "A recurring meeting series",
    applies: (f) => f.recurring,
    weights: { [M]: 3, [X]: -1, [G]: -1.5, [C]: -0.5, [S]: -1.5, [I]: -1.5, [N]: -0.5, [P]: -1, [L]: -2 },
  },
  {
    id: "onlineMeetingInternal",
    description: "An online meeting link from your own organisation",
    applies: (f) => f.onlineMeeting && f.internal,
    weights: { [M]: 1.5 },
  },
  {
    id: "staffSocial",
    description: "A staff social occasion inside your own organisation",
    applies: (f) => f.staffSocial && f.internal,
    weights: { [M]: 4, [G]: -5, [C]: -2, [N]: -2 },
  },
  {
    id: "colleagueCoffee",
    description: "A colleague books a coffee or a get-to-know-you chat",
    applies: (f) => f.casualMeet && f.internal && f.calendarItem && f.recipients <= 2 && !f.staffSocial,
    weights: { [C]: 2, [M]: -2 },
  },
  {
    id: "colleaguesOwnOccasion",
    description: "A colleague invites you to a personal occasion of their own",
    applies: (f) => f.personalOccasion && f.internal,
    weights: { [G]: 4, [M]: -1.5 },
  },
  {
    id: "hostAtHome",
    description: "An outside contact hosts at home",
    applies: (f) => f.homeLocation && isExternalOrganisation(f),
    weights: { [G]: 1 },
  },
  {
    id: "settledNoAsk",
    description: "It says something went well and asks nothing",
    applies: (f) => f.settled && !f.ask,
    weights: { [X]: 1.5 },
  },
  {
    id: "colleagueReportsSettled",
    description: "A colleague reports that something was settled and asks nothing of you",
    applies: (f) => f.internal && f.settled && !f.ask && !f.freshQuestion,
    weights: { [X]: 1.5 },
  },
  {
    id: "roleAsked",
    description: "You are asked to take a role: speak, discuss, give an address or a message",
    applies: (f) => f.roleAsk,
    weights: { [P]: 3.5, [N]: -2.5, [G]: -1.5, [M]: -0.5 },
  },
  {
    id: "roleForColleague",
    description: "A colleague passes on a role someone in your organisation is preparing for: a work meeting",
    applies: (f) => f.roleAsk && f.internal && f.forward && f.hasHistory && !f.originalFromOutside,
    weights: { [P]: -3.5, [M]: 3 },
  },
  {
    id: "audienceAsked",
    description: "You are asked to come and listen, not to present",
    applies: (f) => f.attendOnly && !f.roleAsk,
    weights: { [P]: -2, [N]: 0.5, [M]: 0.5 },
  },
  {
    id: "internalAudience",
    description: "A colleague asks you to come and listen to a presentation inside your organisation",
    applies: (f) => f.internal && f.attendOnly && !f.roleAsk,
    weights: { [M]: 2, [P]: -1 },
  },
  {
    id: "asksYou",
    description: "It asks you a question",
    applies: (f) => f.freshQuestion && f.recipients <= 2 && !f.listMail,
    weights: { [X]: -1 },
  },
  {
    id: "settledReply",
    description: "A short reply above an earlier message, asking nothing new",
    applies: (f) => f.reply && f.hasHistory && f.freshWords <= SHORT_NOTE_WORDS && !f.ask,
    weights: { [X]: 1 },
  },
  {
    id: "answeredReply",
    description: "A short reply that accepts, declines or hands over an earlier invitation",
    applies: (f) => f.reply && f.hasHistory && f.freshWords <= SHORT_NOTE_WORDS && f.settled,
    weights: { [X]: 2.5 },
  },
  {
    id: "passedOn",
    description: "A colleague passes on someone else's message: the original decides what it is",
    applies: (f) =>
      f.internal && f.forward && f.hasHistory && f.freshWords <= SHORT_NOTE_WORDS && !f.settled && !f.staffSocial,
    weights: { [G]: 2, [N]: 1, [S]: 2.5, [I]: 1, [P]: 1 },
  },
  {
    id: "passedOnFromOutside",
    description: "A colleague passes on a message from outside your organisation",
    applies: (f) => f.internal && f.forward && f.hasHistory && f.originalFromOutside,
    weights: { [M]: -1.5, [N]: 1.5 },
  },
  {
    id: "listPost",
    description: "Posted to a mailing list: an open event for its members, not a personal ask",
    applies: (f) => f.listMail && !f.reply,
    weights: { [N]: 1.5, [C]: -1.5, [G]: -2.5, [I]: -1 },
  },
  {
    id: "listReply",
    description: "A reply in a mailing-list discussion",
    applies: (f) => f.listMail && f.reply,
    weights: { [X]: 2, [C]: -1.5, [G]: -1.5 },
  },
  {
    id: "daySchedule",
    description: "A schedule of times and places: information, not an invitation",
    applies: (f) => f.timedLines >= SCHEDULE_LINES,
    weights: { [X]: 4, [M]: -2 },
  },
  {
    id: "followUp",
    description: "A follow-up to an earlier ask",
    applies: (f) => f.followUp,
    weights: { [X]: -0.5 },
  },
];

export type DomainGroupId = "eventPlatform" | "partyPlatform" | "hiringPlatform" | "bulkMailer";

/** Sender domains (or their parents) that say what kind of mail this is. */
export const DOMAIN_GROUPS: Readonly<Record<DomainGroupId, readonly string[]>> = {
  eventPlatform: [
    "eventbrite.com",
    "eventbrite.co.uk",
    "meetup.com",
    "lu.ma",
    "luma-mail.com",
    "splashthat.com",
    "cvent.com",
    "cvent-planner.com",
    "bizzabo.com",
    "hopin.com",
    "accelevents.com",
    "eventbrite.ca",
    "ti.to",
    "tito.io",
  ],
  partyPlatform: [
    "evite.com",
    "paperlesspost.com",
    "punchbowl.com",
    "greenvelope.com",
    "partiful.com",
    "withjoy.com",
    "zola.com",
    "theknot.com",
    "minted.com",
    "greetingsisland.com",
  ],
  hiringPlatform: [
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "hire.lever.co",
    "myworkday.com",
    "smartrecruiters.com",
    "ashbyhq.com",
    "icims.com",
    "jobvite.com",
    "hirevue.com",
    "taleo.net",
    "successfactors.com",
    "workablemail.com",
    "recruitee.com",
    "bamboohr.com",
    "teamtailor.com",
    "personio.de",
  ],
  bulkMailer: [
    "mcsv.net",
    "mailchimpapp.net",
    "list-manage.com",
    "sendgrid.net",
    "hubspotemail.net",
    "hs-email.net",
    "mktomail.com",
    "constantcontact.com",
    "ccsend.com",
    "substack.com",
    "beehiiv.com",
    "sendinblue.com",
    "mailgun.org",
    "campaign-archive.com",
  ],
};

/** Personal mail providers: a sender there is a private person, never "internal". */
export const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "hotmail.co.uk",
  "hotmail.fr",
  "live.com",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "yahoo.fr",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "gmx.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "mail.com",
  "zoho.com",
  "yandex.ru",
  "yandex.com",
  "qq.com",
  "163.com",
  "orange.fr",
  "free.fr",
  "laposte.net",
  "libero.it",
  "comcast.net",
  "verizon.net",
  "att.net",
  "sbcglobal.net",
  "btinternet.com",
  "hey.com",
  "fastmail.com",
  "t-online.de",
]);

/**
 * Local parts of distribution lists ("allstaff@", "everyone@"), punctuation removed: mail to
 * one of them goes to many people even with a single recipient.
 */
export const LIST_ADDRESSES: ReadonlySet<string> = new Set([
  "all",
  "allstaff",
  "allusers",
  "allemployees",
  "allcompany",
  "allhands",
  "everyone",
  "staff",
  "employees",
  "team",
  "company",
  "office",
  "global",
  "announcements",
  "firm",
  "people",
]);

/** Domain labels too common to name a company ("mail.acme.com" is about "acme"). */
export const GENERIC_DOMAIN_LABELS: ReadonlySet<string> = new Set([
  "mail",
  "email",
  "mailer",
  "news",
  "info",
  "www",
  "go",
  "send",
  "reply",
  "bounce",
  "marketing",
  "events",
  "example",
  "invalid",
  "test",
]);

export const LINKEDIN_DOMAINS: readonly string[] = ["linkedin.com", "e.linkedin.com"];

/** Words that end (or start) a street address: "14 Calle Roble", "22 Elm Street". */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  "street",
  "st",
  "avenue",
  "ave",
  "road",
  "rd",
  "lane",
  "ln",
  "drive",
  "dr",
  "court",
  "ct",
  "boulevard",
  "blvd",
  "way",
  "place",
  "pl",
  "terrace",
  "crescent",
  "close",
  "circle",
  "cir",
  "parkway",
  "pkwy",
  "calle",
  "rue",
  "strasse",
  "str",
  "via",
  "avenida",
  "carrera",
  "weg",
  "laan",
  "gasse",
  "straat",
  "vej",
  "gatan",
]);
