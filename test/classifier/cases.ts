/**
 * Hand-written labelled cases, in my own words, for the situations the dev corpus does not
 * cover: tricky negatives, invitations without the obvious keyword, calendar items decided by
 * metadata alone, follow-ups, accents and HTML. The mailbox owner is Sam Ortiz at kestrel-eng.com.
 */
import type { CategoryId } from "../../src/core/categories";
import { emptyInvitation, type Invitation, type Person } from "../../src/core/invitation";

export interface LabelledCase {
  label: CategoryId;
  why: string;
  invitation: Invitation;
  /** Set when the case is about the follow-up flag. */
  followUp?: boolean;
}

export const ME: Person = { name: "Sam Ortiz", address: "sam.ortiz@kestrel-eng.com" };

/** "Name <address>" or a bare address. */
function person(text: string): Person {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(text);
  return match ? { name: match[1], address: match[2].toLowerCase() } : { name: "", address: text.toLowerCase() };
}

interface CaseInput {
  from: string;
  subject: string;
  body?: string;
  kind?: Invitation["kind"];
  start?: string;
  location?: string;
  recurring?: boolean;
  /** Other recipients besides me. */
  others?: number;
  followUp?: boolean;
}

function make(label: CategoryId, why: string, input: CaseInput): LabelledCase {
  const others = Array.from({ length: input.others ?? 0 }, (_, i) => person(`guest${i}@example.net`));
  const invitation = emptyInvitation({
    kind: input.kind ?? "message",
    subject: input.subject,
    body: input.body ?? "",
    from: person(input.from),
    to: [ME, ...others],
    me: ME,
    start: input.start ?? null,
    location: input.location ?? "",
    recurring: input.recurring ?? false,
  });
  return input.followUp === undefined
    ? { label, why, invitation }
    : { label, why, invitation, followUp: input.followUp };
}

const TEAMS_JOIN = `________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 318 224 907 551
Passcode: h4Tz9w
Learn More | Meeting options
________________________________________________________________________________`;

const ZOOM_JOIN = `Join Zoom Meeting
https://us02web.zoom.us/j/83412290011?pwd=QWxhZ2VhZ2Vh

Meeting ID: 834 1229 0011
Passcode: 552190
One tap mobile
+16469313860,,83412290011# US`;

export const CASES: readonly LabelledCase[] = [
  // ------------------------------------------------------------------ client_gathering
  make("client_gathering", "metadata: client's calendar invite, Saturday evening, street address", {
    from: "Dev Malhotra <dev@malhotra-foods.com>",
    subject: "Dinner at ours",
    body: "Looking forward to it!",
    kind: "meetingRequest",
    start: "2026-05-16T19:00:00-05:00",
    location: "12 Birch Lane, Oak Park",
  }),
  make("client_gathering", "personal milestone at the client's home", {
    from: "Lorraine Beck <lbeck@beckandsons.com>",
    subject: "25 years!",
    body: "Sam, Walter and I are marking twenty-five years of Beck & Sons with cocktails at our home on the 12th. Spouses very welcome. Say you'll come?",
  }),
  make("client_gathering", "French soirée with accents, at the client's home", {
    from: "Élodie Marchand <elodie@marchand-conseil.fr>",
    subject: "Petite soirée chez nous",
    body: "Bonjour Sam, nous organisons une petite soirée chez nous samedi soir avec quelques amis. Ce serait un plaisir de vous voir!",
  }),
  make("client_gathering", "golf with the client's family, no party keyword", {
    from: "Greg Hollis <greg@hollis-marine.com>",
    subject: "18 holes Saturday?",
    body: "My brother-in-law is in town and we have a tee time at Pine Ridge at 8am Saturday. We're one short - fancy joining us? Breakfast at the clubhouse after.",
  }),
  make("client_gathering", "box at the game with the client's family", {
    from: "Tanya Wells <tanya.wells@wellsfreight.com>",
    subject: "Playoffs - our suite",
    body: "We've got the suite at the arena for Friday's playoff game. Bring your son, my kids will be there too. Food and drinks on us.",
  }),
  make("client_gathering", "retirement party of a client's founder", {
    from: "Carol Dunn <cdunn@dunnprecision.com>",
    subject: "Walt is retiring - join us",
    body: "After 41 years Walt is finally hanging up his hard hat. We're throwing him a send-off at the lodge on Friday the 5th, 6pm. He'd love to see you there.",
  }),
  make("client_gathering", "holiday open house at a home, not an event venue", {
    from: "Rosa Jimenez <rosa@jimenezarchitects.com>",
    subject: "Holiday open house",
    body: "Our door is open on Sunday the 14th from 2 to 6 - mulled wine, cookies, and the kids' gingerbread village. Drop by with your family any time.",
  }),
  make("client_gathering", "HTML body left in, crawfish boil at the house", {
    from: "Beau Thibodeaux <beau@gulfcoastpumps.com>",
    subject: "Crawfish boil!",
    body: "<html><body><p>Hey Sam,</p><p>We're doing our annual <b>crawfish boil</b> at the house this Saturday.&nbsp;Bring whoever you like.</p><p>Beau</p></body></html>",
  }),
  make("client_gathering", "baby shower from a client contact", {
    from: "Aisha Karim <aisha.karim@brightline-media.com>",
    subject: "Baby shower for Noor",
    body: "We're having a little shower for Noor before the baby arrives - Sunday afternoon at my sister's place. Would love for you to come!",
  }),
  make("client_gathering", "party platform sender (Evite-like), birthday wording without 'party'", {
    from: "Rachel Stone (via Evite) <info@mail.evite.com>",
    subject: "Rachel's 40th",
    body: "Rachel Stone has invited you to Rachel's 40th. Saturday, June 6 at 7:00 PM. View invitation and reply.",
  }),
  make("client_gathering", "boat day, leisure wording", {
    from: "Marco Bellini <marco@bellini-imports.it>",
    subject: "Sunday on the lake",
    body: "Ciao Sam! We're taking the boat out Sunday with a few friends - swimming, lunch on board, back by sunset. Interested?",
  }),
  make("client_gathering", "follow-up to a client's BBQ invitation", {
    from: "Owen Pryce <owen@pryce-dairy.co.uk>",
    subject: "Re: BBQ on Sunday",
    body: "Just checking in - hope you can still make the barbecue on Sunday. The kids are asking if your dog is coming too!",
    followUp: true,
  }),
  make("client_gathering", "wedding with a Spanish word and accent", {
    from: "Lucía Ferrer <lucia@ferrer-textil.es>",
    subject: "Nuestra boda - 12 de septiembre",
    body: "Querido Sam, Pablo y yo nos casamos el 12 de septiembre en Valencia y nos encantaría que vinieras a la boda.",
  }),

  // ------------------------------------------------------------------ networking_event
  make("networking_event", "event platform sender, free ticket wording", {
    from: "Founders Breakfast Club <noreply@event.eventbrite.com>",
    subject: "You're invited: Founders Breakfast #12",
    body: "Grab a free ticket for our next breakfast. Coffee from 7:30, quick intros, out by 9.",
  }),
  make("networking_event", "Meetup group notification of a new gathering", {
    from: "Data Night Denver <info@meetup.com>",
    subject: "New Meetup: Python & pizza, March 12",
    body: "A new event was scheduled in Data Night Denver. 45 members are going. Are you going?",
  }),
  make("networking_event", "association gala with tables for sale", {
    from: "Regional Engineers Society <gala@res-engineers.org>",
    subject: "Annual Gala & Awards - tables now available",
    body: "Celebrate the year's best projects with 400 colleagues. Individual seats and tables of ten available until April 30.",
  }),
  make("networking_event", "trade-show party at a booth", {
    from: "Booth 214 Crew <hello@alloytech.com>",
    subject: "Drinks at booth 214 - Thursday",
    body: "If you're at the Fabrication Expo next week, swing by booth 214 on Thursday at 4 for drinks and a chance to meet the other exhibitors.",
  }),
  make("networking_event", "alumni reunion, organisation address", {
    from: "Class of 2014 Committee <reunion@alumni.northgate.edu>",
    subject: "Ten years already? Reunion weekend",
    body: "Classmates, it's been a decade. Come back to campus for reunion weekend - tours, a mixer on Friday night and the big dinner on Saturday.",
  }),
  make("networking_event", "startup demo day: 'demo' without a sale", {
    from: "Launchpad Accelerator <events@launchpad-acc.com>",
    subject: "Demo Day - Cohort 9",
    body: "Watch twelve startups pitch, then meet the founders and investors at the reception. Seats are limited, RSVP below.",
  }),
  make("networking_event", "chamber ribbon cutting: 'ceremony' at a business", {
    from: "Lakeside Chamber <info@lakesidechamber.org>",
    subject: "Ribbon cutting at Maple Dental",
    body: "Join fellow members to welcome Maple Dental to the chamber. Ribbon cutting at 4pm followed by light refreshments.",
  }),
  make("networking_event", "virtual speed networking", {
    from: "Women in Engineering Network <community@wie-network.org>",
    subject: "Virtual speed networking - register",
    body: "Five-minute breakout rooms, twelve new contacts in an hour. Register to receive the link.",
  }),
  make("networking_event", "metadata: external calendar invite to many people at a hotel in the evening", {
    from: "Industry Council <council@buildersforum.org>",
    subject: "Spring industry mixer",
    kind: "meetingRequest",
    start: "2026-04-22T18:00:00-04:00",
    location: "Grand Regent Hotel, Ballroom B",
    others: 40,
  }),
  make("networking_event", "industry luncheon with a speaker, attendee role", {
    from: "CFO Roundtable <events@cforoundtable.com>",
    subject: "May luncheon: the outlook for rates",
    body: "Our May luncheon features a keynote from the regional Fed president. Members free, guests $45. Reserve your seat.",
  }),
  make("networking_event", "community gathering organised for local businesses", {
    from: "Downtown Business Alliance <hello@downtownalliance.org>",
    subject: "Summer block party for local businesses",
    body: "Meet the shop owners, restaurateurs and makers on Main Street. Live music, food trucks, and a chance to connect with the neighbours you do business with.",
  }),
  make("networking_event", "conference after-party from the organiser", {
    from: "CloudConf 2026 <team@cloudconf.io>",
    subject: "Attendee party - Wednesday night",
    body: "All conference attendees are welcome at the official party on Wednesday night at The Foundry. Bring your badge.",
  }),

  // ------------------------------------------------------------------ coffee_chat
  make("coffee_chat", "student asking for an informational interview (not a job interview)", {
    from: "Kiara Lee <kiara.lee@student.uvic.ca>",
    subject: "Informational interview request",
    body: "I'm a third-year civil engineering student and would be grateful for 20 minutes to ask about your path into structural consulting.",
  }),
  make("coffee_chat", "internal newcomer wants coffee (internal coffee is still coffee)", {
    from: "Ines Duarte <ines.duarte@kestrel-eng.com>",
    subject: "Coffee?",
    body: "Hi Sam, I joined the Lisbon office last week and I'm trying to meet people across teams. Fancy a virtual coffee one of these days?",
  }),
  make("coffee_chat", "former colleague, drinks, personal address", {
    from: "Jonah Reyes <jonah.reyes@gmail.com>",
    subject: "drinks thursday?",
    body: "Long time! I'm in town Thursday - up for a beer after work? Would be good to catch up.",
  }),
  make("coffee_chat", "mutual-friend intro without the word coffee", {
    from: "Helena Vogt <helena@vogt-studio.de>",
    subject: "Priya said we should talk",
    body: "Hi Sam, Priya Natarajan thought we'd get along - I'm setting up a small practice in timber design and would love to hear how you started out. Do you have half an hour some afternoon?",
  }),
  make("coffee_chat", "mentoring ask", {
    from: "Tomás Alvarez <tomas.alvarez@outlook.com>",
    subject: "Would you consider mentoring me?",
    body: "I've followed your talks for a while. I'm a junior engineer and would really value a monthly chat with someone more experienced. No pressure at all.",
  }),
  make("coffee_chat", "Spanish: un café, accents", {
    from: "Pilar Núñez <pilar.nunez@gmail.com>",
    subject: "¿Un café la semana que viene?",
    body: "Hola Sam, ¿te apetece tomar un café la semana que viene? Me encantaría ponerme al día.",
  }),
  make("coffee_chat", "lunch, my treat", {
    from: "Grace Obi <grace@obi-partners.com>",
    subject: "Lunch next Tuesday?",
    body: "Are you around next Tuesday? Lunch is on me - I'd love to hear what you're working on these days.",
  }),
  make("coffee_chat", "metadata: calendar invite at a coffee shop, one to one", {
    from: "Noah Brandt <noah.brandt@brandt-consult.com>",
    subject: "Catch-up",
    kind: "meetingRequest",
    start: "2026-03-19T08:30:00+01:00",
    location: "Blue Bottle Coffee, Market St",
  }),
  make("coffee_chat", "follow-up to a coffee ask", {
    from: "Kiara Lee <kiara.lee@student.uvic.ca>",
    subject: "Re: Informational interview request",
    body: "Bumping this in case it got buried - I'd still love 20 minutes of your advice over coffee whenever you have a moment.",
    followUp: true,
  }),
  make("coffee_chat", "relocation advice over a quick video call", {
    from: "Leo Marsh <leo.marsh@icloud.com>",
    subject: "Moving to Denver - quick question",
    body: "A friend of a friend pointed me to you. I'm relocating to Denver and would love a quick video call to understand the engineering scene there. Totally fine if you're too busy.",
  }),
  make("coffee_chat", "former client left the company, catch up", {
    from: "Megan Ford <megan.ford@hey.com>",
    subject: "New chapter",
    body: "I've left Corvid after eight years! Before I start my next thing I'd love to catch up over coffee and get your take on a few options.",
  }),

  // ------------------------------------------------------------------ sales_pitch
  make("sales_pitch", "vendor webinar", {
    from: "Ledgerly Marketing <marketing@ledgerly.com>",
    subject: "Live webinar: 5 ways to automate accounts payable",
    body: "Join our product team on March 26 to see how finance teams cut invoice processing time by 60%. Register now - seats limited.",
  }),
  make("sales_pitch", "last email of a cold sequence", {
    from: "Derek Olsen <derek@pipewise.io>",
    subject: "Should I close your file?",
    body: "I haven't heard back, so I'll assume improving your estimating workflow isn't a priority right now. If that changes, my calendar is open.",
    followUp: true,
  }),
  make("sales_pitch", "booking-link demo ask", {
    from: "Maya Chen <maya@fieldsight.ai>",
    subject: "Site inspections in half the time",
    body: "Teams like yours use FieldSight to capture punch lists from a phone. Worth a 15-minute demo? Grab any slot on my calendar: calendly.com/maya-fieldsight",
  }),
  make("sales_pitch", "agency cold email", {
    from: "Rob Tate <rob@pixelforge.agency>",
    subject: "Your website",
    body: "I took a look at kestrel-eng.com and spotted a few quick wins for search traffic. We've helped 40 engineering firms double their inbound leads. Open to a short call this week?",
  }),
  make("sales_pitch", "staffing agency selling services (not a job interview)", {
    from: "Nadia Brooks <nadia@talentbridge-staffing.com>",
    subject: "Hiring structural engineers this quarter?",
    body: "We help engineering firms like yours fill hard-to-hire roles in under 30 days, with no fee unless you hire. Could we set up a quick call to discuss your hiring needs?",
  }),
  make("sales_pitch", "vendor 'exclusive dinner' product event", {
    from: "Vantage Cloud <events@vantagecloud.com>",
    subject: "Exclusive dinner for engineering leaders",
    body: "Join a small group of CTOs for dinner and a preview of the Vantage platform roadmap. Our solutions architects will share how customers reduced cloud spend by 35%.",
  }),
  make("sales_pitch", "quick question opener", {
    from: "Amir Haddad <amir@procurely.com>",
    subject: "Quick question",
    body: "Who handles software procurement at Kestrel? We help mid-size firms cut licence costs and I'd love to show you how.",
  }),
  make("sales_pitch", "office coffee vendor: 'coffee' but selling", {
    from: "BeanBox for Business <sales@beanboxbiz.com>",
    subject: "Free coffee tasting for your office",
    body: "We'd love to bring a free tasting of our office coffee service to your team. Our plans start at $4 per employee per week. When can we drop by?",
  }),
  make("sales_pitch", "reseller 'partnership' pitch", {
    from: "Kai Werner <kai.werner@structo-software.de>",
    subject: "Partnership idea",
    body: "We're looking for engineering consultancies to resell our load-calculation software. Partners earn 20% margin. Could we schedule a call to explore a partnership?",
  }),
  make("sales_pitch", "circling back on a free trial", {
    from: "Jess Ward <jess.ward@planhub.io>",
    subject: "Circling back - your free trial",
    body: "Circling back on the 14-day free trial I mentioned. Happy to walk you through the setup in 20 minutes.",
    followUp: true,
  }),
  make("sales_pitch", "metadata plus wording: vendor's calendar invite with Zoom join text", {
    from: "Chris Patel <chris.patel@saasmetrics.com>",
    subject: "SaaSMetrics demo for Kestrel",
    body: ZOOM_JOIN,
    kind: "meetingRequest",
    start: "2026-03-24T11:00:00-07:00",
    location: "Zoom",
  }),
  make("sales_pitch", "insurance broker offering a free review", {
    from: "Pat Quinn <pquinn@shieldbrokers.com>",
    subject: "Professional liability - free review",
    body: "Many consulting firms are overpaying for professional liability cover. I can run a no-obligation review of your policy and show you where to save.",
  }),

  // ------------------------------------------------------------------ linkedin_invite
  make("linkedin_invite", "LinkedIn notification, classic wording", {
    from: "Rita Gomez via LinkedIn <invitations@linkedin.com>",
    subject: "Rita Gomez would like to connect",
    body: "Rita Gomez, Project Manager at Coastline Builders. I'd like to join your LinkedIn network. Accept",
  }),
  make("linkedin_invite", "pending invitation reminder", {
    from: "LinkedIn <invitations@linkedin.com>",
    subject: "Sam, Rita is waiting for your response",
    body: "You have 1 pending invitation. Rita Gomez invited you to connect 5 days ago. Accept Ignore",
  }),
  make("linkedin_invite", "a person says they sent a request", {
    from: "Omar Said <omar.said@atlasgeo.com>",
    subject: "Great panel yesterday",
    body: "Really enjoyed your answer on retrofit costs. I've sent you a request on LinkedIn so we can stay in touch.",
  }),
  make("linkedin_invite", "invitation with a personal message", {
    from: "Hannah Berg via LinkedIn <invitations@linkedin.com>",
    subject: "Hannah Berg sent you an invitation with a message",
    body: "Hi Sam, we met at the timber conference. Let's connect! View Hannah's invitation",
  }),

  // ------------------------------------------------------------------ interview
  make("interview", "ATS confirmation of an interview", {
    from: "Harbor Robotics Recruiting <no-reply@us.greenhouse-mail.io>",
    subject: "Your interview with Harbor Robotics",
    body: "Hi Sam, your video interview for the Lead Structural Engineer role is confirmed for Tuesday 10:00. The link is below.",
  }),
  make("interview", "metadata plus wording: recruiter calendar invite with Teams text", {
    from: "Talent Team <talent@vertexbuild.com>",
    subject: "Interview: Sam Ortiz - Principal Engineer",
    body: TEAMS_JOIN,
    kind: "meetingRequest",
    start: "2026-03-26T14:00:00-05:00",
    location: "Microsoft Teams Meeting",
  }),
  make("interview", "discreet headhunter outreach", {
    from: "Imogen Hart <ihart@hartexec.com>",
    subject: "Discreet inquiry",
    body: "I am leading a search for a Chief Engineer at a well-funded infrastructure business. Given your track record I'd value a confidential conversation. Would you be open to it?",
  }),
  make("interview", "assessment day", {
    from: "Graduate Careers <careers@meridianinfra.com>",
    subject: "Assessment day - 14 April",
    body: "Congratulations, you have been selected for our assessment day. Please arrive at 9am; the day includes a group exercise and two competency interviews.",
  }),
  make("interview", "take-home exercise scheduling", {
    from: "Elena Ruiz <elena.ruiz@trusswise.com>",
    subject: "Next step: design exercise",
    body: "Thanks for the great chat with our hiring manager. The next step is a short design exercise followed by a review call with the team. When could you fit it in?",
  }),
  make("interview", "internal job posting interview from my own domain", {
    from: "People Team <people@kestrel-eng.com>",
    subject: "Interview for internal posting: Head of Bridges",
    body: "Thank you for applying for the internal Head of Bridges position. We'd like to invite you to a panel interview next week.",
  }),
  make("interview", "interview moved: still an interview", {
    from: "Luis Ortega <lortega@civicworks.gov>",
    subject: "Rescheduling your interview",
    body: "Apologies - the panel has a conflict. Could we move your interview to Thursday at 2pm instead?",
  }),
  make("interview", "recruiter on LinkedIn InMail about a role", {
    from: "Sofia Lind via LinkedIn <inmail-hit-reply@linkedin.com>",
    subject: "Director of Engineering opportunity",
    body: "Hi Sam, I'm a recruiter at Nordlys Energy. Your background stood out and I'd like to talk about a Director of Engineering role on our team. Are you open to a call?",
  }),
  make("interview", "German interview invitation with umlauts", {
    from: "Personalabteilung <bewerbung@brueckenbau-nord.de>",
    subject: "Einladung zum Vorstellungsgespräch",
    body: "Sehr geehrter Herr Ortiz, wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.",
  }),
  make("interview", "final round with leadership", {
    from: "Amelia Stone <astone@greyline-capital.com>",
    subject: "Final conversations",
    body: "The team loved meeting you. The final round is a 45-minute session with our CEO and CFO. Please share your availability for next week.",
  }),

  // ------------------------------------------------------------------ speaking_request
  make("speaking_request", "call for speakers", {
    from: "DevOpsDays Program <program@devopsdays-rivers.org>",
    subject: "Call for speakers closes May 1",
    body: "We're looking for practitioners to share stories from the trenches. Submit a 30-minute talk or a lightning talk through our CFP form.",
  }),
  make("speaking_request", "vendor invites me as a webinar panelist (not a sale)", {
    from: "Lena Park <lena.park@steelcloud.com>",
    subject: "Panelist for our June webinar?",
    body: "We're hosting a webinar on mass timber codes and would love you as one of three panelists. It's a 45-minute conversation, no slides needed.",
  }),
  make("speaking_request", "guest lecture at a university", {
    from: "Prof. Anil Gupta <agupta@civil.stateu.edu>",
    subject: "Guest lecture in CE 410",
    body: "Would you be willing to give a guest lecture to my senior design class on how projects really get delivered? Any Thursday in April works.",
  }),
  make("speaking_request", "hackathon judge", {
    from: "BuildHack Team <team@buildhack.org>",
    subject: "Judge at BuildHack 2026?",
    body: "We'd be thrilled to have you on our judging panel for BuildHack on May 9-10. Judges review the final demos on Sunday afternoon.",
  }),
  make("speaking_request", "non-profit board seat", {
    from: "Habitat Riverside <director@habitat-riverside.org>",
    subject: "Joining our board",
    body: "Our board chair and I would like to invite you to join the Habitat Riverside board of directors. The commitment is six meetings a year.",
  }),
  make("speaking_request", "guest column for a trade magazine", {
    from: "Editor, Structure Today <editor@structuretoday.com>",
    subject: "Write for our September issue?",
    body: "We'd love a 900-word guest column from you on lessons from seismic retrofits. Deadline August 1.",
  }),
  make("speaking_request", "moderating a panel", {
    from: "Urban Land Forum <programs@urbanlandforum.org>",
    subject: "Moderate our housing panel?",
    body: "Would you moderate a panel on modular housing at our fall forum? Four panelists, 50 minutes, audience of about 200.",
  }),
  make("speaking_request", "magazine wants to interview me (a feature, not a job)", {
    from: "Nia Roberts <nia@designweekly.com>",
    subject: "Feature interview request",
    body: "We're profiling engineers behind the new waterfront park and would love to interview you for the feature. About 30 minutes by phone.",
  }),
  make("speaking_request", "alumni career panel: speaking role at an alumni event", {
    from: "Northgate Career Office <careers@northgate.edu>",
    subject: "Speak on our alumni career panel",
    body: "Each spring we invite alumni to speak to current students about their careers. Would you join this year's engineering panel on March 30?",
  }),
  make("speaking_request", "podcast guest, no 'podcast' word in subject", {
    from: "The Load Path <hello@loadpath.fm>",
    subject: "Be our guest?",
    body: "We record long-form conversations with engineers. Would you come on an episode to talk about your bridge work? Recording is remote, about an hour.",
  }),

  // ------------------------------------------------------------------ internal_meeting
  make("internal_meeting", "metadata: same-domain calendar invite, Teams text only, bland subject", {
    from: "Maria Koch <maria.koch@kestrel-eng.com>",
    subject: "Sync",
    body: TEAMS_JOIN,
    kind: "meetingRequest",
    start: "2026-03-11T10:00:00+01:00",
    location: "Microsoft Teams Meeting",
  }),
  make("internal_meeting", "recurring internal 1:1 called 'catch up' (not a coffee chat)", {
    from: "Maria Koch <maria.koch@kestrel-eng.com>",
    subject: "Sam / Maria catch up",
    kind: "meetingRequest",
    start: "2026-03-12T16:00:00+01:00",
    recurring: true,
    location: "Microsoft Teams Meeting",
  }),
  make("internal_meeting", "metadata: same-domain invite, empty body, terse subject", {
    from: "Piotr Nowak <piotr.nowak@kestrel-eng.com>",
    subject: "Q3 numbers",
    kind: "meetingRequest",
    start: "2026-07-02T13:30:00+02:00",
  }),
  make("internal_meeting", "placeholder hold", {
    from: "Ana Silva <ana.silva@kestrel-eng.com>",
    subject: "HOLD - client workshop prep",
    kind: "meetingRequest",
    start: "2026-03-18T09:00:00+01:00",
    location: "Room 4.12",
  }),
  make("internal_meeting", "all-hands", {
    from: "Office of the CEO <ceo-office@kestrel-eng.com>",
    subject: "Company all-hands - March",
    body: "Join us for the quarterly all-hands: results, the new structure, and Q&A with the leadership team.",
    kind: "meetingRequest",
    start: "2026-03-27T15:00:00+01:00",
    others: 250,
  }),
  make("internal_meeting", "staff holiday party is a company event, not a client gathering", {
    from: "Kestrel Social Committee <social@kestrel-eng.com>",
    subject: "Kestrel holiday party!",
    body: "Our end-of-year party is on Friday 18 December at the Boathouse. Partners welcome, dinner and dancing from 7pm.",
    others: 120,
  }),
  make("internal_meeting", "internal interview debrief (about hiring, but a meeting of mine)", {
    from: "Ravi Shah <ravi.shah@kestrel-eng.com>",
    subject: "Debrief: candidate for Senior Engineer",
    body: "Let's collect feedback from everyone who interviewed the candidate today.",
    kind: "meetingRequest",
    start: "2026-03-13T17:00:00+01:00",
  }),
  make("internal_meeting", "internal pipeline review (sales words, internal meeting)", {
    from: "Laura Weiss <laura.weiss@kestrel-eng.com>",
    subject: "Pipeline review",
    body: "Weekly look at the bids pipeline and the proposals due this month.",
    kind: "meetingRequest",
    recurring: true,
  }),
  make("internal_meeting", "lunch and learn inside the company", {
    from: "Learning & Development <learning@kestrel-eng.com>",
    subject: "Lunch & learn: intro to Python for engineers",
    body: "Bring your lunch, we'll bring the laptops. Hands-on session, no experience needed.",
    kind: "meetingRequest",
    start: "2026-04-08T12:00:00+01:00",
    others: 30,
  }),
  make("internal_meeting", "subdomain of my organisation counts as internal", {
    from: "Tom Reed <tom.reed@uk.kestrel-eng.com>",
    subject: "Bridge 7 design review",
    body: ZOOM_JOIN,
    kind: "meetingRequest",
    start: "2026-03-17T09:30:00+00:00",
  }),
  make("internal_meeting", "offsite planning", {
    from: "Julia Kern <julia.kern@kestrel-eng.com>",
    subject: "Team offsite - save the date",
    body: "Two days in the mountains to plan next year. Agenda to follow; please block the dates.",
    others: 14,
  }),
  make("internal_meeting", "client project status call is a work meeting (closest category)", {
    from: "Derek Liu <derek.liu@harborcity.gov>",
    subject: "Pier 3 retrofit - weekly status",
    body: TEAMS_JOIN,
    kind: "meetingRequest",
    recurring: true,
    start: "2026-03-16T10:00:00-08:00",
    others: 6,
  }),

  // ------------------------------------------------------------------ not_invitation
  make("not_invitation", "a meeting response", {
    from: "Maria Koch <maria.koch@kestrel-eng.com>",
    subject: "Accepted: Sync",
    kind: "meetingResponse",
  }),
  make("not_invitation", "a meeting cancellation", {
    from: "Maria Koch <maria.koch@kestrel-eng.com>",
    subject: "Canceled: Weekly standup",
    body: "This meeting has been cancelled.",
    kind: "meetingCancellation",
  }),
  make("not_invitation", "'Accepted:' subject on a plain message", {
    from: "Noah Brandt <noah.brandt@brandt-consult.com>",
    subject: "Accepted: Catch-up",
  }),
  make("not_invitation", "a cancelled party", {
    from: "Owen Pryce <owen@pryce-dairy.co.uk>",
    subject: "BBQ is off",
    body: "Sadly we've had to cancel Sunday's barbecue - the weather looks awful. We'll try again in June!",
  }),
  make("not_invitation", "out-of-office reply", {
    from: "Grace Obi <grace@obi-partners.com>",
    subject: "Automatic reply: Lunch next Tuesday?",
    body: "I am out of the office until March 20 with limited access to email. For urgent matters please contact my colleague.",
  }),
  make("not_invitation", "French out-of-office with accents", {
    from: "Élodie Marchand <elodie@marchand-conseil.fr>",
    subject: "Réponse automatique : absente",
    body: "Je suis absente du bureau jusqu'au 3 mars. Pour toute urgence, merci de contacter mon assistante.",
  }),
  make("not_invitation", "newsletter listing upcoming events", {
    from: "Structural Digest <newsletter@structuraldigest.com>",
    subject: "This month: codes, careers and 6 events near you",
    body: "In this issue: the new wind-load code explained; salary survey results; and our calendar of upcoming conferences, mixers and webinars. Read more on our site. Unsubscribe | Manage preferences",
  }),
  make("not_invitation", "event recap with photos", {
    from: "Regional Engineers Society <gala@res-engineers.org>",
    subject: "What a night! Gala photos are up",
    body: "Thank you to the 400 of you who joined us for the gala. Browse the photo gallery and see the full list of award winners.",
  }),
  make("not_invitation", "legal text with 'the other party'", {
    from: "Contracts <contracts@kestrel-eng.com>",
    subject: "NDA for Harbor City",
    body: "Please note section 6: either party may terminate on thirty days' written notice to the other party. Signature page attached.",
  }),
  make("not_invitation", "news item about a press interview", {
    from: "Engineering News Daily <news@engnewsdaily.com>",
    subject: "CEO interview: how Corvid doubled revenue",
    body: "In an exclusive interview, Corvid's CEO explains the bet on modular construction. Read the full interview on our site.",
  }),
  make("not_invitation", "ticket receipt for an event (already registered)", {
    from: "Eventbrite <orders@eventbrite.com>",
    subject: "Your tickets for Annual Gala & Awards",
    body: "Order #88213 confirmed. 1 x General admission. Your tickets are attached; show the QR code at the door.",
  }),
  make("not_invitation", "shipping notice", {
    from: "ShopRight <shipping@shopright.com>",
    subject: "Your order has shipped",
    body: "Good news! Your package is on its way. Tracking number 1Z999AA10123456784. Estimated delivery Friday.",
  }),
  make("not_invitation", "password reset", {
    from: "Procore <no-reply@procore.com>",
    subject: "Reset your password",
    body: "We received a request to reset your password. If this wasn't you, ignore this email.",
  }),
  make("not_invitation", "internal meeting notes", {
    from: "Ana Silva <ana.silva@kestrel-eng.com>",
    subject: "Notes - client workshop prep",
    body: "Thanks all. Action items: Sam to update the load tables, Piotr to book the venue. Next meeting Thursday.",
  }),
  make("not_invitation", "LinkedIn job alert", {
    from: "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subject: "30+ new jobs for structural engineer",
    body: "Jobs you may be interested in: Senior Structural Engineer at Arup, Bridge Engineer at WSP. See all jobs.",
  }),
  make("not_invitation", "LinkedIn profile views", {
    from: "LinkedIn <notifications-noreply@linkedin.com>",
    subject: "Sam, you appeared in 14 searches this week",
    body: "See who's looking at your profile. 5 people viewed your profile.",
  }),
  make("not_invitation", "LinkedIn: someone accepted my invitation", {
    from: "LinkedIn <invitations@linkedin.com>",
    subject: "Rita Gomez accepted your invitation",
    body: "Rita Gomez accepted your invitation. Start a conversation with your new connection.",
  }),
  make("not_invitation", "LinkedIn: congratulate a contact on a new job", {
    from: "LinkedIn <notifications-noreply@linkedin.com>",
    subject: "Congratulate Omar on his new position",
    body: "Omar Said started a new position as Lead Engineer at Atlas Geo. Say congrats.",
  }),
  make("not_invitation", "thank-you after a dinner (past, nothing asked)", {
    from: "Lorraine Beck <lbeck@beckandsons.com>",
    subject: "Thank you!",
    body: "Thank you so much for coming on Saturday - Walter and I had a wonderful time. It meant a lot to have you there.",
  }),
  make("not_invitation", "webinar recording available", {
    from: "Ledgerly Marketing <marketing@ledgerly.com>",
    subject: "The recording is ready",
    body: "Thanks for registering for our webinar. Watch the recording on demand, plus download the slides.",
  }),
  make("not_invitation", "registration confirmation of my own sign-up", {
    from: "CloudConf 2026 <team@cloudconf.io>",
    subject: "You're registered for CloudConf 2026",
    body: "Thanks for registering! Your registration is confirmed. We'll send your badge and the schedule closer to the date.",
  }),
  make("not_invitation", "political party in the news", {
    from: "Morning Brief <brief@morningbrief.news>",
    subject: "Morning brief",
    body: "The governing party lost its majority overnight; markets shrugged. Plus: rates, weather and the weekend's sport. Read more.",
  }),
  make("not_invitation", "internal announcement of an office closure on a holiday", {
    from: "Facilities <facilities@kestrel-eng.com>",
    subject: "Office closed Monday",
    body: "Reminder: the office is closed on Monday for the public holiday. Badge access is disabled.",
    others: 200,
  }),
  make("not_invitation", "calendar sharing notification", {
    from: "Maria Koch <maria.koch@kestrel-eng.com>",
    subject: "Maria Koch has shared her calendar with you",
    body: "Maria Koch has shared her calendar with you. Open this calendar to view it.",
  }),
  make("not_invitation", "invoice from a vendor", {
    from: "Accounts <accounts@pixelforge.agency>",
    subject: "Invoice INV-2231",
    body: "Please find attached invoice INV-2231 for March. Payment is due within 30 days.",
  }),
  make("not_invitation", "binary junk and lone surrogates", {
    from: "x <x@y.z>",
    subject: "\ud800\udfff\ud800",
    body: "\u0000\u0001\u0002\uffff\ufffe\ud83d",
  }),
  // ------------------------------------------------------------------ general phrasings, replies and forwards
  make("internal_meeting", "Enron-style corporate mail: a conference call colleagues should plan to attend", {
    from: "Dana Whitfield <dana.whitfield@kestrel-eng.com>",
    subject: "Gas desk conference call Thursday",
    body: "There will be a conference call on Thursday at 2:00 pm to go over the storage positions. Please plan to attend. Dial-in number and participant code to follow.",
    others: 6,
  }),
  make("internal_meeting", "a colleague needs me as an interviewer, not as a candidate", {
    from: "Priti Rao <priti.rao@kestrel-eng.com>",
    subject: "Interview panel for the structures hire",
    body: "Could you sit on the interview panel for our senior structures candidate next Tuesday? The scorecard is in the hiring folder.",
  }),
  make("not_invitation", "a colleague's ordinary request is not a meeting", {
    from: "Luis Mendes <luis.mendes@kestrel-eng.com>",
    subject: "Re: load calcs",
    body: "Thanks, got the spreadsheet. Can you check the wind load on bay 3 with the supplier? Looks fine otherwise.",
  }),
  make("not_invitation", "a sold-out notice invites to nothing", {
    from: "Bridge Summit <hello@bridgesummit.org>",
    subject: "Bridge Summit is sold out",
    body: "Thanks for your interest. The summit is fully booked and the waitlist is closed. Recordings will be shared with registered attendees.",
  }),
  make("not_invitation", "press coverage of our CEO, with the word interview", {
    from: "Communications <comms@kestrel-eng.com>",
    subject: "In the press: CEO interview",
    body: "FYI: Structures Today published an interview with our CEO this week. Media enquiries go to Communications.",
    others: 120,
  }),
  make("coffee_chat", "a student asks for a short video call about my career", {
    from: "Amara Eze <amara.eze@student-mail.example.edu>",
    subject: "A few questions about your career",
    body: "I'm a final year student in civil engineering. Would you be willing to hop on a call for 15 minutes? I'd like to hear what a day in the life of a structural lead looks like.",
  }),
  make("speaking_request", "an association asks me to serve on a committee", {
    from: "Member Services <members@structuralsociety.org>",
    subject: "Standards committee",
    body: "We would like to invite you to join the standards committee for a two-year term. Please let us know if you are willing to serve.",
  }),
  make("sales_pitch", "a vendor's breakup mail", {
    from: "Tess Wu <tess@loadpilot.example.com>",
    subject: "Closing the loop",
    body: "I've reached out a few times without hearing back, so I'll assume this isn't a priority right now. If I've got the wrong person, a pointer would help.",
  }),
  make("client_gathering", "a client's box at the game with his family", {
    from: "Ray Dunn <ray@dunnaggregates.example.com>",
    subject: "Ballgame Friday?",
    body: "We have our box for Friday's game. My son is bringing a couple of friends; there's room for you too. Food and drinks covered, first pitch at 7.",
  }),
  make("not_invitation", "a reply that calls off the coffee quoted below it", {
    from: "Nina Berg <nina.berg@fjordline.example.no>",
    subject: "Re: coffee on Tuesday?",
    body:
      "So sorry, I have to cancel Tuesday, a board meeting landed on top of it.\n\n" +
      "On Fri, 3 Apr 2026 at 09:12, Sam Ortiz <sam.ortiz@kestrel-eng.com> wrote:\n" +
      "> Would you like to grab a coffee on Tuesday? Happy to come to your office.",
  }),
  make("client_gathering", "the words of the client's company name in the signature count for nothing", {
    from: "Walt Becker <walt@becker-software-sales.example.com>",
    subject: "Crawfish boil at our place",
    body: "Doing our spring crawfish boil Saturday afternoon, family and a few friends. Come hungry!\n\nWalt Becker\nBecker Software Sales, Inc.",
  }),
  make(
    "sales_pitch",
    "a pitch that offers 'a 15-minute look' and names the vendor's product from a hyphenated domain",
    {
      from: "Kyle Moss <kyle@bimsync-pro.example.com>",
      subject: "Cutting rework on your BIM projects",
      body: "Hi Sam, teams like Kestrel typically lose 8% of budget to clash rework. BIMSync flags clashes automatically. Worth a 15-minute look next week?",
    },
  ),
  make("not_invitation", "a colleague's reply closes the loop; the meeting ask is only in the quoted history", {
    from: "Raj Patel <raj.patel@kestrel-eng.com>",
    subject: "Re: Pier 3 rebar",
    body:
      "Looks good. I updated sheet S-204 and pushed it to the shared folder.\n\n" +
      "On Mon, Apr 6, 2026 at 9:00 AM Sam Ortiz <sam.ortiz@kestrel-eng.com> wrote:\n" +
      "> Can we meet to go over the rebar details?",
  }),

  // ------------------------------------------------------------------ "interview" that is not mine, other languages, soft sales
  make("not_invitation", "a rejection after the interviews says 'interview' and 'your application' but asks nothing", {
    from: "Recruiting Team <jobs@halden-robotics.example>",
    subject: "Your application: Senior Structural Engineer",
    body: "Dear Sam, thank you for interviewing with us last week. Unfortunately we have decided to move forward with other candidates whose experience more closely matches the role. We wish you every success in your search.",
  }),
  make("not_invitation", "a German rejection letter", {
    from: "Personalabteilung <bewerbung@rheinbau.example.de>",
    subject: "Ihre Bewerbung als Projektleiter",
    body: "Sehr geehrter Herr Ortiz, vielen Dank für Ihr Interesse. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben. Wir wünschen Ihnen viel Erfolg für Ihren weiteren Weg.",
  }),
  make("internal_meeting", "a colleague books me to interview two candidates: I am the interviewer", {
    from: "Lena Fox <lena.fox@kestrel-eng.com>",
    subject: "Interview day for the graduate intake",
    body: "Hi Sam, thanks for agreeing to interview on Thursday. You have three candidates back to back from 10:00 in room 4B; CVs attached. Please fill in the evaluation forms before the debrief at 15:00.",
  }),
  make("not_invitation", "company news about a director's interview in a trade magazine", {
    from: "Kestrel Communications <comms@kestrel-eng.com>",
    subject: "In the news: Priya's interview in Bridge Design Weekly",
    body: "All, Priya's interview with Bridge Design Weekly ran today, covering the harbour crossing. Read it here and feel free to share on LinkedIn.",
    others: 20,
  }),
  make("speaking_request", "German: a panel seat on a podium", {
    from: "Programmbeirat Baukongress <programm@baukongress.example.de>",
    subject: "Anfrage: Teilnahme an unserer Podiumsdiskussion",
    body: "Sehr geehrter Herr Ortiz, wir würden uns sehr freuen, Sie als Diskutanten auf dem Podium zum Thema Holzbau begrüßen zu dürfen. Hätten Sie Zeit am 12. November?",
  }),
  make("speaking_request", "German: a guest column for a trade paper", {
    from: "Redaktion Bauwelt <redaktion@bauwelt-magazin.example.de>",
    subject: "Gastbeitrag zum Thema Brückensanierung?",
    body: "Guten Tag Herr Ortiz, wir möchten Sie für einen Gastbeitrag von etwa 5.000 Zeichen gewinnen. Hätten Sie Interesse?",
  }),
  make("sales_pitch", "German: a vendor wants to present its solution, no English keyword", {
    from: "Jonas Kraft <j.kraft@statikcloud.example.de>",
    subject: "Kurze Vorstellung unserer Lösung",
    body: "Guten Tag Herr Ortiz, Ingenieurbüros wie Ihres sparen mit StatikCloud im Schnitt 15 % Zeit. Ich würde Ihnen unsere Software gern in einem unverbindlichen 20-minütigen Termin vorstellen. Passt Ihnen Dienstag?",
  }),
  make("linkedin_invite", "German LinkedIn notice of connection requests", {
    from: "LinkedIn <invitations@linkedin.com>",
    subject: "Sie haben 2 neue Kontaktanfragen",
    body: "Hallo Sam, zwei Personen möchten sich mit Ihnen vernetzen. Einladungen ansehen. Abmelden",
  }),
  make("internal_meeting", "German: a colleague's weekly standing meeting", {
    from: "Petra Lang <petra.lang@kestrel-eng.com>",
    subject: "Jour fixe Projekt Nordbrücke",
    body: "Hallo Sam, ab nächster Woche machen wir den Jour fixe immer dienstags um 9 Uhr. Tagesordnung folgt.",
    kind: "meetingRequest",
    start: "2026-06-02T09:00:00+02:00",
  }),
  make("client_gathering", "French: a client's housewarming at home", {
    from: "Claire Dubois <claire.dubois@ateliers-dubois.example.fr>",
    subject: "Pendaison de crémaillère samedi",
    body: "Cher Sam, nous fêtons notre nouvelle maison samedi soir, en famille et entre amis. Nous serions ravis de vous voir !",
  }),
  make("sales_pitch", "a wealth adviser's introduction with no demo and no price", {
    from: "Graham Pike <gpike@ridgeline-wealth.example>",
    subject: "Introduction",
    body: "Dear Sam, Ridgeline works with a number of senior engineers on pensions and wealth management. I would welcome an introductory meeting to introduce our approach, at your convenience.",
  }),
  make("sales_pitch", "a congratulations opener that turns into a product offer", {
    from: "Dana Cole <dana@specsheet.example>",
    subject: "Congrats on the new office!",
    body: "Hi Sam, saw the news about your Denver office. Firms that open a second site often tell us document control gets messy. Open to a quick 15 minute call so I can show you our dashboard?",
  }),
  make("sales_pitch", "an external vendor's unsolicited calendar placeholder", {
    from: "Ben Ortega <ben@quantiload.example>",
    subject: "Holding 30 min: QuantiLoad walkthrough",
    body: "Hi Sam, I took the liberty of sending a placeholder for Wednesday. I'll show how QuantiLoad checks load combinations in seconds. Decline if it doesn't suit.",
    kind: "meetingRequest",
    start: "2026-05-20T14:00:00-06:00",
    location: "Zoom",
  }),
  make("coffee_chat", "breakfast alone with my manager to talk about what comes next", {
    from: "Tom Reyes <tom.reyes@kestrel-eng.com>",
    subject: "breakfast Thursday?",
    body: "Sam, how about breakfast Thursday at the diner on 5th, 7:30? Just the two of us, I want to hear what you want to do next year.",
  }),
  make("coffee_chat", "an old classmate proposes dinner for two while I travel", {
    from: "Mia Holt <mia.holt@gmail.com>",
    subject: "dinner when you're in Boston?",
    body: "Sam! I hear you'll be in Boston next month. Let's catch up over dinner, just you and me. Haven't seen you since graduation!",
  }),
  make("networking_event", "a trade-fair party for the whole industry, hundreds of guests, badge entry", {
    from: "Fair Party Crew <party@buildexpo-night.example>",
    subject: "BuildExpo Night after the halls close",
    body: "Dear Sam, we're throwing our yearly party on day one of BuildExpo: 600 guests from the industry, food and live music. Your badge gets you in; please register so we can plan.",
  }),
  make("networking_event", "a reminder of a conference social I registered for still asks me to come", {
    from: "StructuresConf Team <hello@structuresconf.example>",
    subject: "Reminder: evening social tomorrow",
    body: "Hi Sam, a quick reminder that the evening social after day one is tomorrow at 19:00 at the Riverside Hall. Bring your badge, see you there!",
  }),
  make("not_invitation", "draft minutes with action points", {
    from: "Eva Stone <eva.stone@kestrel-eng.com>",
    subject: "Minutes: design committee 3 June",
    body: "Dear all, the draft minutes are attached. Key actions: SO to update the load tables; RP to chase the geotech report. Please send corrections by Friday.",
    others: 6,
  }),
  make("not_invitation", "a daily trade newsletter with a calendar of other people's conferences", {
    from: "Civil Daily <editor@civildaily.example>",
    subject: "Civil Daily: steel prices, tunnel contract, conference calendar",
    body: "TOP STORIES\n* Steel prices ease\n* Tunnel contract awarded\nCONFERENCE CALENDAR\nJune 9 Bridge Summit, Denver\nJune 20 Concrete Expo, Dallas\nTo unsubscribe, reply with REMOVE in the subject.",
  }),
  make("interview", "a candidate's own interview schedule still invites me", {
    from: "Talent Team <talent@halden-robotics.example>",
    subject: "Your interview schedule for Tuesday",
    body: "Hi Sam, here is your interview schedule: you will meet three interviewers from 10:00. Please confirm you can make it.",
  }),
  make("interview", "an invitation to a second round that mentions other candidates is not a rejection", {
    from: "Ana Ruiz <ana@northgate-search.example>",
    subject: "Next round",
    body: "Good news: the panel would like to see you again for a second round next Tuesday. We are also meeting other candidates this week, so please confirm your slot soon.",
  }),
  // ---- blind3 patterns, in my own words ----
  make("client_gathering", "a client's holiday lunch at her home, partners welcome", {
    from: "Ingrid Dahl <ingrid@dahl-interiors.example>",
    subject: "Christmas lunch at our place",
    body: "Hi Sam, we're opening the house for a long Christmas lunch on Saturday 12 December for the people we worked with this year. Partners welcome, kids too. Let me know and I'll save you a chair.",
  }),
  make("coffee_chat", "a one-line pint after work", {
    from: "Tom Reeve <tom.reeve@reeve-studio.example>",
    subject: "beer?",
    body: "Sam - fancy a quick drink after work one day this week? Thursday suits me.",
  }),
  make("coffee_chat", "grab a beer with an old contact", {
    from: "Lena Fox <lena.fox@gmail.com>",
    subject: "catching up",
    body: "Hey Sam, it's been ages. Want to grab a beer sometime next week?",
  }),
  make("internal_meeting", "leaving drinks for a colleague from my own company", {
    from: "Priya Nair <priya.nair@kestrel-eng.com>",
    subject: "Leaving drinks for Marco",
    body: "Hi all, Marco is moving on after eight years, so let's give him a good send-off: drinks at the Anchor from 17:30 on Friday. Collection envelope is at reception.",
    others: 12,
  }),
  make("internal_meeting", "my own company's summer party is a staff event", {
    from: "Kestrel People Team <people@kestrel-eng.com>",
    subject: "Save the date: Kestrel summer party",
    body: "Dear colleagues, our company summer party is on Friday 3 July from 4pm in the courtyard. Food, music and plus-ones welcome. Please RSVP by 20 June.",
  }),
  make("networking_event", "a department seminar announced to a list, all welcome", {
    from: "Physics Seminars <seminars@northfield.example.edu>",
    subject: "Seminar series: Dr Ana Costa on battery ageing, Wed 3pm",
    body: "Dear all, this week's seminar will be given by Dr Ana Costa. Wednesday 3pm, Lecture Theatre B, tea beforehand. All are welcome. If you would like to meet the speaker, please add your name to the sheet.",
    others: 20,
  }),
  make("speaking_request", "being asked to give the seminar stays a speaking request", {
    from: "Dr Omar Haddad <o.haddad@northfield.example.edu>",
    subject: "Would you give a talk in our seminar series?",
    body: "Dear Sam, would you be willing to give a talk in our departmental seminar series this autumn? Any Wednesday afternoon would work for us.",
  }),
  make("networking_event", "a reminder of a meetup I said yes to", {
    from: "Rust Leeds <hello@rustleeds.example>",
    subject: "Reminder: you're going to Rust Leeds tonight",
    body: "Hi Sam, just a reminder that your RSVP is yes for tonight's meetup at 18:30. Pizza, two talks and plenty of time to meet other members.",
  }),
  make("not_invitation", "a job-alert digest from LinkedIn", {
    from: "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subject: '8 new jobs for "Director of Engineering"',
    body: "Sam, here are jobs you may be interested in: Director of Engineering - Halden Robotics - remote. Head of Platform - Orbit Labs - Leeds. See all jobs.",
  }),
  make("not_invitation", "an airline booking confirmation with times and places", {
    from: "Northwind Air <noreply@northwind-air.example>",
    subject: "Booking confirmation - your flight to Lisbon",
    body: "Booking reference: K7PQ2M. Flight NW 412, Mon 14 Sep, departs 07:40 from Terminal 2. Online check-in opens 24 hours before departure. Your boarding pass will be sent by email.",
  }),
  make("not_invitation", "a third party glad the introduction worked, nothing asked", {
    from: "Dana Kim <dana@kimadvisory.example>",
    subject: "Re: intro: Sam <> Priya",
    body: "Wonderful - so glad you two connected. Enjoy the lunch!\n\nDana",
  }),
  make("sales_pitch", "a vendor's customer day out with a product presentation", {
    from: "Corvid Hospitality <events@corvid-sensors.example>",
    subject: "Join us at the races - Corvid customer day",
    body: "Dear Sam, Corvid Sensors would love to host you at Ascot on 9 July: lunch in our box, the afternoon races, and a short presentation of our latest monitoring range. Places are limited; reserve yours today.",
  }),
  make("coffee_chat", "a friendly note mentioning my trip still asks for a coffee", {
    from: "Jo Marsh <jo.marsh@acme-build.example>",
    subject: "welcome back",
    body: "Hi Sam, how was your trip? Coffee next week so you can tell me all about it?",
  }),
  // ---- held-out patterns (blind4): wording that must beat a misleading keyword or metadata lean
  make("client_gathering", "a partner firm's own thank-you evening at the founders' home, business left out", {
    from: "Helena Brandt <h.brandt@brandt-partners.example>",
    subject: "Our yearly Client Appreciation Evening",
    body: "Dear Sam, as every June, Markus and I open our home to the people we work with. Drinks in the garden from 7 pm, a light supper and some music. No business on the agenda, just an evening among friends. Do let me know by the 1st whether you can come.",
    start: "2026-06-11T19:00:00+02:00",
    location: "8 Lindenweg, Potsdam",
  }),
  make("coffee_chat", "a new colleague books a half-hour coffee through the calendar", {
    from: "Noor Haddad <noor.haddad@kestrel-eng.com>",
    subject: "Coffee? (just joined the firmware group)",
    body: "Hi Sam, I joined the firmware group this week and I'm trying to meet everyone I'll be working alongside. Would a 30 minute coffee in the atrium suit you? Move it if the slot is awkward.",
    kind: "meetingRequest",
    start: "2026-04-07T10:00:00+01:00",
    location: "Atrium cafe",
  }),
  make("coffee_chat", "an internal coffee-roulette pairing sent as a Teams invitation", {
    from: "Liv Andersen <liv.andersen@kestrel-eng.com>",
    subject: "Coffee roulette: Sam + Liv",
    body: `Hi Sam, the coffee roulette paired us up this month. I work in procurement. I've blocked 30 minutes; we can stay on Teams or walk over to the bakery.\n\n${TEAMS_JOIN}`,
    kind: "meetingRequest",
    start: "2026-04-14T15:00:00+01:00",
    location: "Microsoft Teams Meeting",
  }),
  make("coffee_chat", "a colleague's get-to-know-each-other slot stays a coffee chat", {
    from: "Ravi Menon <ravi.menon@kestrel-eng.com>",
    subject: "Get to know each other",
    body: "Hi Sam, we'll be sharing a few projects from next quarter, so I thought we should get to know each other first. Virtual coffee on me!",
    kind: "meetingRequest",
    start: "2026-04-21T11:30:00+01:00",
    location: "Microsoft Teams Meeting",
  }),
  make("coffee_chat", "a founder wanting advice who says he is not selling anything", {
    from: "Tobias Fenn <tobias@tidemark.example>",
    subject: "Your perspective on hardware pricing?",
    body: "Hi Sam, I run a tiny startup (three of us) and we're not selling anything to engineering teams, so no pitch, promise. Your article on pricing test rigs was the clearest I've read. Could I ask a few questions over 20 minutes some time this month? Coffee is on me if you'd rather meet.",
  }),
  make("internal_meeting", "a required manager training from my own people team, mail only", {
    from: "Kestrel People Team <people@kestrel-eng.com>",
    subject: "Manager training: difficult conversations (required for all people managers)",
    body: "Hi Sam, this half-day session is mandatory for all managers with at least one direct report. Please register for a session using the link on the intranet; three dates are available in May. Calendar invite follows once you have picked a date.",
  }),
  make("interview", "a university search committee invites me to a campus visit with a job talk", {
    from: "Chemistry Search Committee <chem-search@westbrook.example.edu>",
    subject: "Campus visit - Assistant Professor, materials chemistry",
    body: "Dear Dr Ortiz, on behalf of the search committee I am pleased to invite you to a two-day campus visit as one of our finalists. The visit includes a job talk open to the department, a research seminar with graduate students, meetings with the dean and a dinner with the committee. Please send your availability for late March.",
  }),
  make("networking_event", "a young professionals' mixer with a door price and members free", {
    from: "Next Gen Engineers <hello@nextgen-eng.example.org>",
    subject: "Spring mixer for young professionals",
    body: "Join us on Thursday from 6 pm at the Foundry Bar. First drink is on us! Free for members, $15 at the door for everyone else. Bring a colleague and meet engineers from across the region.",
    others: 40,
  }),
  make("networking_event", "a peer community's roundtable dinner that keeps vendors out", {
    from: "Heads of Engineering Forum <forum@hoeforum.example.org>",
    subject: "Invitation: members' roundtable dinner, 12 June",
    body: "Dear Sam, our next roundtable dinner for heads of engineering takes place on 12 June. This is a peer community: practitioners only, no vendors in the room, and the Chatham House Rule applies. Please RSVP through the member portal.",
  }),
  make("networking_event", "a startup demo night where demos are the programme, not a sale", {
    from: "Harbour Accelerator <events@harbouraccel.example.org>",
    subject: "Demo Night #7 - meet the cohort",
    body: "Hi Sam, our autumn cohort presents at Demo Night on 3 October: ten startups, four minutes each, then drinks with the founders, mentors and investors. Entry is free; please grab a ticket.",
    others: 30,
  }),
  make("sales_pitch", "a software vendor's invitation-only CFO dinner with a product story", {
    from: "Quillon Software <executive-events@quillon.example>",
    subject: "Private dinner for engineering CFOs - 21 May",
    body: "Dear Sam, Quillon is hosting an intimate dinner for ten finance leaders at The Arbour on 21 May. Over dinner our chief product officer will share how our planning platform helped a mid-size manufacturer cut month-end close by four days. Invitation only; reply to confirm your seat.",
    start: "2026-05-21T19:00:00+01:00",
  }),
  make("sales_pitch", "'would love to connect' from a rep offering a 20-minute demo", {
    from: "Mia Castell <mia@flowbench.example>",
    subject: "Would love to connect",
    body: "Hi Sam, would love to connect! I think Flowbench could save your test team hours every week, and we integrate with the tools you already use. Open to a 20-min demo? My calendar is here: flowbench.example/mia",
  }),
];
