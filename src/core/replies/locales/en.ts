/**
 * English reply texts. Strategies come from the seed articles (shared/seeds/README.md); every
 * sentence here is our own. Conventions: warm is friendly and a few sentences long, brief is one
 * or two short sentences, formal has no contractions. Titles read after "the" ("the {eventTitle}"),
 * slots read after "perhaps" ("perhaps Tuesday at noon or Thursday morning").
 */
import type { ReplyLocale, StrategyText } from "./types";

/** Congratulations for a wedding, birthday, retirement or anniversary, with the regrets. */
const CONGRATULATE: StrategyText = {
  key: "congratulate",
  strategy: "Congratulate and decline",
  whenToUse: "The invitation celebrates a wedding, birthday, retirement or anniversary.",
  requires: ["occasion"],
  leads: ["occasion"],
  body: {
    warm: "[[{occasionWish}||What a lovely occasion to celebrate.]] Thank you so much for inviting me[[ to the {eventTitle}]]. I'm sorry to say I won't be able to be there[[ on {eventDate}]], but I hope it's a wonderful day for everyone.",
    brief:
      "[[{occasionWish}||Congratulations!]] Thank you for inviting me. I can't make it, but I hope it's a wonderful celebration.",
    formal:
      "[[{occasionWish}||Please accept my warmest congratulations.]] Thank you for your kind invitation[[ to the {eventTitle}]]. I regret that I will not be able to attend, but I send my very best wishes for a memorable celebration.",
  },
};

/** A colleague's coffee answered with a moment the team already has (the internal coffee decline). */
const TEAM_MOMENT: StrategyText = {
  key: "team_moment",
  strategy: "Team moment instead",
  whenToUse: "A colleague asks for a coffee and the team already meets regularly.",
  requires: ["colleague"],
  leads: ["colleague"],
  body: {
    warm: "Thanks for suggesting a coffee, that's kind of you. My diary is full for the next few weeks, so rather than book another slot, could we catch up at one of the team's regular get-togethers instead? I'd enjoy hearing how things are going for you.",
    brief: "Thanks for the invite! My diary is full, so could we catch up at the next team get-together instead?",
    formal:
      "Thank you for the kind invitation. As my schedule is very full at present, I would suggest that we speak at one of our regular team meetings rather than arrange a separate one.",
  },
};

/** Declining an offered introduction to someone in the sender's network. */
const DECLINE_INTRODUCTION: StrategyText = {
  key: "decline_introduction",
  strategy: "Decline the introduction",
  whenToUse: "They offer to introduce you to someone, and you can't give it time.",
  requires: ["introductionOffered"],
  leads: ["introductionOffered"],
  body: {
    warm: "Thank you for offering to introduce me, that's generous of you. I can't give a new connection the time it deserves right now, so I'd rather not take up their time. If that changes, I'll let you know, and I'm glad to return the favour in the meantime.",
    brief:
      "Thanks for offering the introduction. I can't give it proper time right now, so I'll pass, but I appreciate the thought.",
    formal:
      "Thank you for your kind offer of an introduction. I am not in a position to give the connection the attention it deserves at present, so I will respectfully decline, but I appreciate your thinking of me.",
  },
};

/** The second step of "ask for details, then decline with resources": the details have arrived. */
const DECLINE_WITH_RESOURCES: StrategyText = {
  key: "decline_with_resources",
  strategy: "Decline with resources",
  whenToUse: "You asked for details, they sent them, and it isn't for you.",
  requires: ["detailsArrived"],
  leads: ["detailsArrived"],
  body: {
    warm: "Thank you for sending the details[[ about the {eventTitle}]], that helps. Having read them, I don't think I'm the right person for this, so I'll say no. I'm happy to pass the information on to people in my network who may be a better fit.",
    brief:
      "Thanks for the details. It isn't a fit for me, so I'll pass, but I'll share it with people who might be interested.",
    formal:
      "Thank you for the additional information[[ about the {eventTitle}]]. Having considered it, I do not believe it is a good fit for me, so I will decline. I would, however, be glad to pass the details on to contacts who may find it relevant.",
  },
};

/** US spellings of the words the English texts write the British way. */
const US_SPELLING: Readonly<Record<string, string>> = {
  honoured: "honored",
  honour: "honor",
  organisers: "organizers",
  organiser: "organizer",
  organisation: "organization",
  recognise: "recognize",
  favour: "favor",
  diary: "calendar",
  centre: "center",
  realise: "realize",
  apologise: "apologize",
  prioritise: "prioritize",
  travelling: "traveling",
  programme: "program",
};

export const EN: ReplyLocale = {
  greetingNamed: { warm: "Hi {firstName},", brief: "Hi {firstName},", formal: "Dear {firstName}," },
  greetingUnnamed: { warm: "Hello,", brief: "Hello,", formal: "Hello," },
  greetingUnnamedByCategory: {
    networking_event: { formal: "Dear organisers," },
    speaking_request: { formal: "Dear organisers," },
    interview: { formal: "Dear hiring team," },
  },
  closing: {
    warm: "All the best,[[\n{myFirstName}]]",
    brief: "Best,[[\n{myFirstName}]]",
    formal: "Kind regards,[[\n{myName}]]",
  },

  whyFirst: {
    default: "A plain, friendly no: it says nothing about you that might not be true.",
    chaser: "They are chasing an unanswered note, not asking again after a no: a first, friendly answer fits.",
    starred: "You starred this reply.",
    yours: "Your own reply for this kind of invitation.",
    askedAgainAfterNo: "They asked again after your no: a firm, kind answer.",
    chaserAfterSilence: "They are chasing an unanswered note: a first, friendly answer fits.",
    occasion: "It celebrates an occasion: congratulate them as you decline.",
    colleague: "A colleague asked: suggest a moment the team already has.",
    client: "A client invited you: keep the relationship warm.",
    stranger: "Someone you haven't met: a short, friendly no.",
    recruiterApproach: "A recruiter approached you and you never applied, so nothing says you did.",
    application: "You applied: withdraw politely and keep the door open.",
    introductionOffered: "They offered an introduction: decline it and thank them.",
    detailsArrived: "They sent the details you asked for: now decline, and offer to pass it on.",
    askedToSpeak: "You were asked to speak, not to attend.",
    askedToMeet: "They asked to meet one-to-one: a short, friendly no.",
  },
  claimLabels: {
    offer: "Say I've accepted another offer",
    provider: "Say we already have a provider",
    commitment: "Say I have another commitment",
    gift: "Say a small gift is on its way",
    colleague: "Say a colleague will go in my place",
    family: "Say I keep evenings for family",
  },
  occasionWishes: {
    wedding: {
      own: "Congratulations to you both on your wedding!",
      other: "Please pass on my warmest congratulations to {celebrant} on the wedding.",
      unknown: "Congratulations on the wedding!",
    },
    birthday: {
      own: "Happy birthday in advance!",
      other: "Please wish {celebrant} a very happy birthday from me.",
      unknown: "Happy birthday to the guest of honour!",
    },
    retirement: {
      own: "Congratulations on your retirement!",
      other: "Please pass on my congratulations to {celebrant} on the retirement.",
      unknown: "Congratulations on the retirement!",
    },
    anniversary: {
      own: "Happy anniversary, and congratulations!",
      other: "Please pass on my congratulations to {celebrant} on the anniversary.",
      unknown: "Happy anniversary, and congratulations!",
    },
  },
  grammar: {
    fixes: [
      // No article before a possessive or a quoted title: "to Sarah's retirement party", "to “Review: deck”".
      [/\b(the) (?=(?:your|my|his|her|their|our)\s)/g, ""],
      [/\b(the) (?=\p{Lu}[\p{L}.-]*['’]s\s)/gu, ""],
      [/\b(the) (?=“)/g, ""],
      // A title's own "!" or "?" ends the sentence: no "!." or "?.".
      [/([!?])[.!?]+/g, "$1"],
      [/([^.])\.\.(?!\.)/g, "$1."],
    ],
    ownerSwaps: [
      [/\bour\b/g, "your"],
      [/\bOur\b/g, "Your"],
      [/\bmy\b/g, "your"],
      [/\bMy\b/g, "Your"],
    ],
    lowerFirstWords: new Set([
      "annual",
      "autumn",
      "birthday",
      "breakfast",
      "business",
      "christmas",
      "dinner",
      "fall",
      "holiday",
      "housewarming",
      "lunch",
      "mandatory",
      "monthly",
      "networking",
      "quarterly",
      "retirement",
      "review",
      "spring",
      "summer",
      "team",
      "wedding",
      "weekly",
      "winter",
      "yearly",
      "farewell",
      "book",
      "product",
      "company",
      "office",
      "staff",
      "charity",
      "golf",
      "garden",
      "cocktail",
      "leaving",
      "launch",
    ]),
    quotes: ["“", "”"],
    spelling: { US: US_SPELLING },
    writtenIn: "GB",
    defaultRegion: "US",
  },

  strategies: {
    client_gathering: [
      CONGRATULATE,
      {
        key: "warm_regrets",
        strategy: "Warm regrets",
        whenToUse: "A kind no that says nothing about your plans.",
        body: {
          warm: "Thank you so much for inviting me[[ to the {eventTitle}]]. I'm sorry to say I won't be able to make it[[ on {eventDate}]], but it means a lot that you thought of me, and I hope it's a wonderful occasion. I'd love to hear how it went next time we talk.",
          brief: "Thank you for the kind invitation. I won't be able to make it, but I hope it's a wonderful occasion.",
          formal:
            "Thank you very much for your kind invitation[[ to the {eventTitle}]]. I regret that I will not be able to attend[[ on {eventDate}]], but I truly appreciate the thought, and I hope the occasion is a great success. I look forward to continuing our work together.",
        },
      },
      {
        key: "prior_commitment",
        strategy: "Prior commitment",
        whenToUse: "You already have plans and want the client to feel valued anyway.",
        claims: ["commitment"],
        body: {
          warm: "Thank you so much for inviting me[[ to the {eventTitle}]]. [[{claimCommitment}I already have a commitment[[ on {eventDate}]] that I can't move, so I||I'm sorry to say I]] won't be able to join you. It means a lot that you thought of me, and I hope it's a wonderful occasion. I'd love to hear how it went next time we talk.",
          brief:
            "Thank you for the kind invitation. [[{claimCommitment}I have a prior commitment and can't make it||I can't make it]], but I hope it goes wonderfully.",
          formal:
            "Thank you very much for your kind invitation[[ to the {eventTitle}]]. Unfortunately, [[{claimCommitment}a prior commitment[[ on {eventDate}]] means I||I]] will not be able to attend. I truly appreciate the thought, and I hope the occasion is a great success. I look forward to continuing our work together.",
        },
      },
      {
        key: "small_gesture",
        strategy: "Regrets with a gesture",
        whenToUse: "The relationship matters and you will send a small gift or card.",
        claims: ["gift"],
        body: {
          warm: "What a lovely invitation[[ to the {eventTitle}]], thank you. I can't be there, [[{claimGift}so I'm sending a little something to help mark the occasion||but I'll be thinking of you]]. I hope you all have a wonderful time, and I look forward to hearing about it.",
          brief:
            "Thank you for inviting me. I can't make it, [[{claimGift}but a small token is on its way||but I'll be thinking of you]]. Have a wonderful time!",
          formal:
            "Thank you for your generous invitation[[ to the {eventTitle}]]. I regret that I am unable to attend[[{claimGift}, and I have arranged a small token to mark the occasion]]. Please accept my warmest wishes for a memorable celebration.",
        },
      },
      {
        key: "personal_time",
        strategy: "Personal time boundary",
        whenToUse: "You keep evenings and weekends for family and know the client well enough to say so.",
        claims: ["family"],
        body: {
          warm: "Thank you for including me[[ in the {eventTitle}]], I'm genuinely touched. [[{claimFamily}I keep my evenings and weekends for family, so I||As a rule, I]] tend to say no to social occasions, even ones I'd enjoy as much as this. I hope it's a great celebration, and I look forward to our next meeting.",
          brief:
            "Thanks so much for thinking of me. [[{claimFamily}I keep evenings and weekends for family, so I'll||I'll]] sit this one out. Enjoy it!",
          formal:
            "Thank you for your kind invitation[[ to the {eventTitle}]]. As a rule, I reserve my evenings and weekends for [[{claimFamily}my family||my private life]], and I therefore decline social invitations, even those I would very much enjoy. I hope the event is a great success, and I look forward to our next meeting.",
        },
      },
      {
        key: "another_time",
        strategy: "Suggest another time",
        whenToUse: "You would like to see them, just not at this occasion.",
        body: {
          warm: "Thank you for the invitation[[ to the {eventTitle}]]. I can't make it[[ on {eventDate}]], but I'd really like to catch up. Could I take you for lunch instead, perhaps [[{slot1} or {slot2}||one day early next week or the week after]]? Let me know what suits you.",
          brief:
            "Thanks for inviting me. I can't make it, but could we have lunch [[{slot1} or {slot2}||in the next couple of weeks]] instead?",
          formal:
            "Thank you for your kind invitation[[ to the {eventTitle}]]. I am unable to attend[[ on {eventDate}]], but I would very much like to meet. Would lunch, perhaps [[{slot1} or {slot2}||early next week or the week after]], be convenient for you?",
        },
      },
      {
        key: "follow_up",
        strategy: "Still unable to come",
        whenToUse: "They have asked again after you declined.",
        forFollowUp: true,
        body: {
          warm: "Thank you for asking again, it's kind of you to keep a place for me. My plans haven't changed, so I still can't join you, but I hope you have a fantastic time. Let's catch up properly afterwards.",
          brief: "Thanks for checking again. My plans are unchanged, so I still can't come. Have a wonderful time!",
          formal:
            "Thank you for your kind follow-up. My circumstances have not changed, so I will not be able to attend. I hope the occasion is a great success, and I look forward to speaking with you afterwards.",
        },
      },
    ],

    networking_event: [
      CONGRATULATE,
      DECLINE_INTRODUCTION,
      DECLINE_WITH_RESOURCES,
      {
        key: "prior_commitment",
        strategy: "Already committed",
        whenToUse: "It clashes with something already in your calendar.",
        claims: ["commitment"],
        body: {
          warm: "Thank you for the invitation[[ to the {eventTitle}]]. [[{claimCommitment}I'm already committed elsewhere[[ on {eventDate}]], so I||Unfortunately, I]] won't be able to come this time. I hope it's a great turnout, and I'd be glad to hear about the next one.",
          brief:
            "Thanks for the invitation. [[{claimCommitment}I'm already committed that day, so I||I]] can't attend. I hope it goes well!",
          formal:
            "Thank you for inviting me[[ to the {eventTitle}]]. Unfortunately, [[{claimCommitment}I have a prior commitment[[ on {eventDate}[[ at {eventTime}]]]] and||I]] will not be able to attend. I wish you a successful event.",
        },
      },
      {
        key: "not_aligned",
        strategy: "Not my focus now",
        whenToUse: "The event does not match what you are working towards this season.",
        body: {
          warm: "Thank you for thinking of me[[ for the {eventTitle}]]. I'm being selective with events this year and keeping my time for a few specific goals, and this one doesn't quite fit them. I hope it's a great success, and please do keep me on your list.",
          brief: "Thanks for the invite. It isn't a fit for my focus right now, so I'll pass this time.",
          formal:
            "Thank you for your invitation[[ to the {eventTitle}]]. I am currently concentrating my time on a small number of specific priorities, and this event does not align with them, so I will not attend. I wish you every success with it.",
        },
      },
      {
        key: "share_with_colleagues",
        strategy: "Pass it to colleagues",
        whenToUse: "You can't go, but people you know might enjoy it.",
        body: {
          warm: "Thank you for including me[[ in the {eventTitle}]]. I won't be able to make it myself, but I'll happily pass the details on to a few colleagues who I think would enjoy it. Wishing you a great turnout.",
          brief: "Thanks for thinking of me. I can't make it, but I'll share the details with colleagues who might.",
          formal:
            "Thank you for your kind invitation[[ to the {eventTitle}]]. I am not able to attend, but I will gladly share the details with colleagues who may be interested. I wish you a well-attended and successful event.",
        },
      },
      {
        key: "ask_details",
        strategy: "Ask for details first",
        whenToUse: "You are unsure who the event is for and want to know before deciding.",
        body: {
          warm: "Thanks for the invitation[[ to the {eventTitle}]]. My calendar is tight over the next few weeks, so before I decide, could you tell me a little more about who is attending and what you hope people will take away? That will help me see whether I'm the right person to be there.",
          brief: "Thanks for the invite. My schedule is tight; could you tell me who it's aimed at before I decide?",
          formal:
            "Thank you for your invitation[[ to the {eventTitle}]]. As my schedule is very full over the coming weeks, I would be grateful for a little more information about the audience and the aims of the event before I decide whether to attend.",
        },
      },
      {
        key: "next_time",
        strategy: "Keep me for later",
        whenToUse: "You like the event in principle, just not this date.",
        body: {
          warm: "Thank you for the invitation[[ to the {eventTitle}]]. The timing doesn't work for me this round, but I'd genuinely like to join a future one. Would you keep me on the list for your next event later in the year?",
          brief: "Thanks for the invite. This one doesn't work for me, but please keep me in mind for the next.",
          formal:
            "Thank you for your invitation[[ to the {eventTitle}]]. The timing does not allow me to attend on this occasion, but I would welcome an invitation to a future event later in the year.",
        },
      },
      {
        key: "follow_up",
        strategy: "Firm after a reminder",
        whenToUse: "A reminder arrives after you have declined.",
        forFollowUp: true,
        body: {
          warm: "Thanks for the reminder, and for keeping me in mind. My answer is the same: I won't be attending this one, so please don't hold a place for me. I hope it's a great event.",
          brief: "Thanks for the reminder. I still won't be attending, so no need to hold a place.",
          formal:
            "Thank you for your reminder. My position is unchanged and I will not be attending, so there is no need to reserve a place for me. I wish you a successful event.",
        },
      },
    ],

    coffee_chat: [
      TEAM_MOMENT,
      DECLINE_INTRODUCTION,
      DECLINE_WITH_RESOURCES,
      {
        key: "full_schedule",
        strategy: "Full schedule for now",
        whenToUse: "You can't take on extra meetings at the moment.",
        body: {
          warm: "Thank you for reaching out, and for thinking of me. My schedule is full for the next couple of months, so I can't commit to meeting up right now. I'd be glad to stay in touch by email in the meantime.",
          brief:
            "Thanks for reaching out. My schedule is full for now, so I can't meet, but I'm happy to stay in touch by email.",
          formal:
            "Thank you for your message and for thinking of me. My schedule is fully committed for the coming months, so I am unable to arrange a meeting at present. I would be happy to stay in touch by email.",
        },
      },
      {
        key: "door_open",
        strategy: "Door open for later",
        whenToUse: "You would like to meet, just not in the next few months.",
        body: {
          warm: "Thank you for the invitation, I appreciate you thinking of me. I'm not taking on coffee meetings right now, but I'd like to connect once things calm down in a couple of months. Would it be all right if I reached out then?",
          brief: "Thanks for asking. I can't meet right now, but could I get back to you in a couple of months?",
          formal:
            "Thank you for your kind invitation. I am not able to arrange meetings at the moment, but I would be glad to connect once my schedule eases in a couple of months. May I contact you then?",
        },
      },
      {
        key: "ask_topic",
        strategy: "Ask what it's about",
        whenToUse: "You are not sure what they want and suspect an email would do.",
        body: {
          warm: "Thanks for getting in touch. My diary is tight at the moment, so could you tell me a bit more about what you'd like to talk about? If it's something I can help with by email, that may be the quickest way.",
          brief: "Thanks for reaching out. Time is tight; what did you have in mind? I may be able to help by email.",
          formal:
            "Thank you for your message. As my schedule is very full at present, could you let me know what you would like to discuss? If I can help in writing, that may be the most efficient way forward.",
        },
      },
      {
        key: "refer_someone",
        strategy: "Recommend someone else",
        whenToUse: "Someone else is better placed to help them.",
        body: {
          warm: "Thank you for thinking of me. I'm not able to meet at the moment, and I suspect a colleague of mine would be a better person to talk to about this anyway. If you like, I'm happy to introduce you by email.",
          brief:
            "Thanks for asking. I can't meet right now, but I'd be glad to introduce you to someone better placed to help.",
          formal:
            "Thank you for your invitation. I am unable to meet at present; however, I believe a colleague would be better placed to help, and I would be pleased to introduce you by email if that would be useful.",
        },
      },
      {
        key: "follow_up",
        strategy: "Firm, kind follow-up",
        whenToUse: "They have asked again after you said no.",
        forFollowUp: true,
        body: {
          warm: "Thank you for following up. My situation hasn't changed, so I still can't make time for a meeting, and I'd rather say so plainly than keep you waiting. If that changes, I'll be in touch.",
          brief: "Thanks for checking back. Nothing has changed on my side, so it's still a no for now.",
          formal:
            "Thank you for following up. My circumstances have not changed, and I am still unable to meet. I will contact you if that changes.",
        },
      },
    ],

    sales_pitch: [
      DECLINE_WITH_RESOURCES,
      {
        key: "have_provider",
        strategy: "Already have a provider",
        whenToUse: "You already work with someone you are happy with.",
        claims: ["provider"],
        body: {
          warm: "Thank you for reaching out and for offering to walk me through what you do. [[{claimProvider}We already work with a provider we're very happy with, so a||A]] meeting wouldn't be a good use of your time or mine. If you send me a short overview, I'll gladly pass it on when someone asks me for a recommendation.",
          brief:
            "Thanks for the offer. [[{claimProvider}We already have a provider we're happy with, so I'll pass||I'll pass, but thank you]].",
          formal:
            "Thank you for your message and your offer of a meeting. [[{claimProvider}We already work with a provider with whom we are very satisfied, so a||A]] meeting would not be a good use of either of our time. If you send me a brief overview, I will gladly pass it on when I am asked for a recommendation.",
        },
      },
      {
        key: "not_priority",
        strategy: "Not a priority",
        whenToUse: "It simply isn't on this year's agenda.",
        body: {
          warm: "Thanks for thinking of us. This isn't something we're looking at this year, so I'll decline the meeting rather than take up your time. I hope you find the teams it's a good fit for.",
          brief: "Thanks, but this isn't a priority for us this year, so I'll pass on the meeting.",
          formal:
            "Thank you for your proposal. This area is not among our priorities for the current year, so I will decline the meeting rather than take up your time.",
        },
      },
      {
        key: "ask_summary",
        strategy: "Ask for a summary",
        whenToUse: "It might be relevant, but not worth a meeting yet.",
        body: {
          warm: "Thanks for getting in touch. Rather than a call, could you send a short written summary of what you offer and what it typically costs? If it looks relevant, I'll come back to you.",
          brief: "Thanks. Instead of a meeting, please send a short written summary; I'll reply if it's relevant.",
          formal:
            "Thank you for your message. Rather than a meeting, I would appreciate a brief written summary of your offering and its typical cost. Should it prove relevant, I will contact you.",
        },
      },
      {
        key: "right_contact",
        strategy: "Not the right contact",
        whenToUse: "Buying decisions in this area are made by someone else.",
        body: {
          warm: "Thanks for reaching out. I'm not the right person for this, as decisions in this area sit with another team, so I'll decline the meeting. If you send a short overview, I'll forward it to them.",
          brief: "Thanks, but I'm not the right contact for this, so I'll pass on the meeting.",
          formal:
            "Thank you for your message. Decisions in this area are not made by me, so I will decline the meeting. If you send a brief overview, I will forward it to the relevant colleagues.",
        },
      },
      {
        key: "follow_up",
        strategy: "Close the loop",
        whenToUse: "They keep following up after a no or no answer.",
        forFollowUp: true,
        body: {
          warm: "Thanks for following up. To save you further emails: we're not interested at this time, and that's unlikely to change soon. Please take me off your follow-up list; I'll reach out if our needs change.",
          brief: "Thanks for following up. We're not interested, so please remove me from your list.",
          formal:
            "Thank you for your follow-up. We are not interested at this time, and I would be grateful if you removed me from further follow-ups. I will contact you should our needs change.",
        },
      },
    ],

    linkedin_invite: [
      {
        key: "email_instead",
        strategy: "Offer email instead",
        whenToUse: "You'd rather keep in touch outside LinkedIn.",
        body: {
          warm: "Thank you for the invitation to connect, I appreciate it. I keep my LinkedIn network to people I've worked with closely, but I'd be happy to stay in touch by email.",
          brief: "Thanks for the invite. I don't connect widely on LinkedIn, but email works well for me.",
          formal:
            "Thank you for your invitation to connect. I keep my LinkedIn network limited to people I have worked with directly, but I would be glad to stay in touch by email.",
        },
      },
      {
        key: "not_now",
        strategy: "Not adding connections now",
        whenToUse: "You are not accepting new connections for a while.",
        body: {
          warm: "Thanks for thinking of me. I'm not adding new connections at the moment, so I'll leave this one for now. It's nothing personal, and I wish you all the best.",
          brief: "Thanks for the invite. I'm not adding connections at the moment.",
          formal:
            "Thank you for your invitation. I am not accepting new connections at present, and I wish you every success.",
        },
      },
      {
        key: "ask_context",
        strategy: "Ask how we met",
        whenToUse: "You do not recognise them and want context first.",
        body: {
          warm: "Thanks for the invitation to connect. I can't quite place where we've met; could you remind me, or tell me what you have in mind? Then I'll know how best to stay in touch.",
          brief: "Thanks for the invite. Could you remind me where we met?",
          formal:
            "Thank you for your invitation to connect. Could you remind me where we met, or what you have in mind? I would like to understand the context before connecting.",
        },
      },
      {
        key: "own_field",
        strategy: "Keeping to my field",
        whenToUse: "Your network is focused on your own industry.",
        body: {
          warm: "Thank you for reaching out. I'm keeping my LinkedIn network focused on people in my own field, so I won't connect this time, but I appreciate you thinking of me.",
          brief: "Thanks, but I keep LinkedIn to contacts in my own field.",
          formal:
            "Thank you for your invitation. I keep my LinkedIn network focused on my own industry, so I will not connect on this occasion, but I appreciate the gesture.",
        },
      },
      {
        key: "follow_up",
        strategy: "After a repeat request",
        whenToUse: "They sent the invitation again.",
        forFollowUp: true,
        body: {
          warm: "Thanks for the follow-up. I'm still keeping LinkedIn to a small circle, so I won't accept, but email remains an easy way to reach me.",
          brief: "Thanks, but my answer is the same. Email is the best way to reach me.",
          formal:
            "Thank you for your follow-up. My approach has not changed, so I will not accept the invitation, though you are welcome to contact me by email.",
        },
      },
    ],

    interview: [
      {
        key: "other_offer",
        strategy: "Accepted another offer",
        whenToUse: "You have taken another job.",
        claims: ["offer"],
        excludes: ["recruiterApproach"],
        body: {
          warm: "Thank you for inviting me[[ to the {eventTitle}]], and for the time you've put into my application. [[{claimOffer}I've just accepted another offer, so I'd||After some thought, I'd]] like to withdraw now rather than take up more of your time. I enjoyed learning about the team, and I hope our paths cross again.",
          brief:
            "Thank you for the invitation. [[{claimOffer}I've accepted another offer, so I'm||I'm]] withdrawing from the process. I appreciate your time.",
          formal:
            "Thank you for inviting me[[ to the {eventTitle}]] and for your consideration. [[{claimOffer}I have recently accepted another offer, and I must therefore||After careful consideration, I have decided to]] withdraw my application. I appreciate the time you have invested, and I hope our paths cross again.",
        },
      },
      {
        key: "timing",
        strategy: "Timing isn't right",
        whenToUse: "You are staying where you are, or your circumstances have changed.",
        leads: ["recruiterApproach"],
        body: {
          warm: "Thank you so much for reaching out about this role. After some thought, the timing isn't right for me to make a move, so I'll step back from the process. I'm grateful for your interest and would be glad to stay in touch.",
          brief:
            "Thank you for thinking of me. The timing isn't right for a move, so I'll decline, but I'd be glad to stay in touch.",
          formal:
            "Thank you for considering me for this role. After careful reflection, the timing is not right for me to make a change, so I will respectfully decline[[ the {eventTitle}]]. I appreciate your interest and would welcome staying in touch.",
        },
      },
      {
        key: "not_fit",
        strategy: "Not the right fit",
        whenToUse: "The role is not the direction you want to go.",
        leads: ["application"],
        body: {
          warm: "Thank you for the invitation and for your interest in my background. Having thought it over, I don't think this role is the right fit for where I want to take my career, so I'll withdraw now to keep things clear for you. I wish you the best in finding the right person.",
          brief:
            "Thank you for the invitation. On reflection, the role isn't the right fit for me, so I'll withdraw. Good luck with the search.",
          formal:
            "Thank you for the invitation and for your interest in my background. Having considered the role carefully, I do not believe it is the right fit for my career direction, and I will therefore withdraw. I wish you every success in your search.",
        },
      },
      {
        key: "refer_candidate",
        strategy: "Decline and refer",
        whenToUse: "You know someone who would suit the role.",
        body: {
          warm: "Thank you for thinking of me for this role. It isn't the right move for me at the moment, but I know a couple of people who could be a great fit. If it helps, I'm happy to pass the details on or make an introduction.",
          brief:
            "Thanks for thinking of me. It's not for me right now, but I can pass it to someone who might be a good fit.",
          formal:
            "Thank you for considering me for this role. It is not the right step for me at present, but I know people who may be well suited, and I would be glad to pass on the details or make an introduction.",
        },
      },
      {
        key: "follow_up",
        strategy: "Confirm earlier decision",
        whenToUse: "The recruiter asks again after you withdrew.",
        forFollowUp: true,
        body: {
          warm: "Thanks for checking in again, I appreciate it. My decision stands, so I won't be going ahead with this role, but I'd be glad to hear about future openings.",
          brief: "Thanks for following up. My decision stands, but I'd welcome hearing about future roles.",
          formal:
            "Thank you for following up. My decision remains unchanged and I will not be proceeding, but I would welcome hearing about future opportunities.",
        },
      },
    ],

    speaking_request: [
      {
        key: "at_capacity",
        strategy: "At capacity this season",
        whenToUse: "Your calendar is full and you couldn't prepare properly.",
        leads: ["askedToSpeak"],
        body: {
          warm: "Thank you for thinking of me[[ for the {eventTitle}]], I'm honoured to be asked. My calendar is already full this season, and I wouldn't be able to give this the preparation it deserves, so I'll have to say no this time. I hope it goes brilliantly.",
          brief:
            "Thank you for the invitation. I'm at capacity this season, so I have to decline, but I'm honoured you asked.",
          formal:
            "Thank you for thinking of me[[ for the {eventTitle}]]; it is an honour to be asked. My commitments this season are already full, and I would not be able to prepare to the standard the invitation deserves, so I must decline.",
        },
      },
      {
        key: "recommend_colleague",
        strategy: "Recommend a colleague",
        whenToUse: "Someone you know could do it well.",
        body: {
          warm: "Thank you for thinking of me[[ for the {eventTitle}]]. I can't take this on, but I know a colleague who would be excellent and might well be interested. With your permission, I'll put you in touch.",
          brief:
            "Thanks for asking. I can't do it, but I can recommend a colleague who'd be great. Shall I introduce you?",
          formal:
            "Thank you for your kind invitation[[ to take part in the {eventTitle}]]. I am unable to accept, but I would be pleased to recommend a colleague who would be an excellent fit, and to introduce you if you wish.",
        },
      },
      {
        key: "future_season",
        strategy: "Future season instead",
        whenToUse: "You'd like to do it, just not now.",
        body: {
          warm: "Thank you for the invitation[[ to be part of the {eventTitle}]], it's lovely to be asked. I can't commit this time, but I'd be glad to be considered in future. Could you keep me in mind for next year?",
          brief: "Thanks for asking. I can't do this one, but please keep me in mind for next year.",
          formal:
            "Thank you for your invitation[[ to contribute to the {eventTitle}]]. I am unable to commit on this occasion, but I would welcome being considered again next year.",
        },
      },
      {
        key: "outside_focus",
        strategy: "Outside my focus",
        whenToUse: "The topic or role is not where your expertise or priorities lie.",
        body: {
          warm: "Thank you for reaching out and for thinking of me. This falls a little outside what I'm focusing on at the moment, so I don't think I'd be the best contributor. I hope you find the perfect person, and I'm happy to share the invitation with my network.",
          brief:
            "Thanks for thinking of me. It's outside my current focus, so I'll decline, but I'm happy to share it with my network.",
          formal:
            "Thank you for your invitation. The subject lies outside my current focus, and I do not believe I would be the most valuable contributor. I would, however, be happy to share the opportunity with my network.",
        },
      },
      {
        key: "follow_up",
        strategy: "Still can't take part",
        whenToUse: "The organisers ask again after your no.",
        forFollowUp: true,
        body: {
          warm: "Thanks for coming back to me, I appreciate you keeping me in mind. My schedule hasn't opened up, so my answer is still no for this one. I'd be glad to hear from you about future events.",
          brief: "Thanks for asking again. My answer is still no, but do keep me in mind for later.",
          formal:
            "Thank you for your follow-up. My schedule has not changed, so I must again decline, though I would welcome hearing about future opportunities.",
        },
      },
    ],

    internal_meeting: [
      CONGRATULATE,
      {
        key: "async_update",
        strategy: "Send an async update",
        whenToUse: "Your input can travel in writing.",
        body: {
          warm: "Thanks for the invite[[ to the {eventTitle}]]. I can't join this one, but I don't want to hold anything up: I'll send my update in writing beforehand and catch up on the notes afterwards.",
          brief: "I can't make this one. I'll send my update in writing beforehand and catch up from the notes.",
          formal:
            "Thank you for the invitation[[ to the {eventTitle}]]. I am unable to attend, but I will send my update in writing before the meeting and review the notes afterwards.",
        },
      },
      {
        key: "existing_meeting",
        strategy: "Use an existing meeting",
        whenToUse: "The topic fits into a meeting that already happens.",
        body: {
          warm: "Thanks for setting this up. My week is quite full, so could we cover this in our next team meeting instead? That saves another slot in everyone's calendar.",
          brief: "My week is full; could we cover this in our next team meeting instead?",
          formal:
            "Thank you for arranging this meeting. As my schedule is very full this week, I would suggest that we cover the topic in our next regular team meeting instead.",
        },
      },
      {
        key: "delegate",
        strategy: "Delegate to a colleague",
        whenToUse: "Someone on your team can represent you.",
        claims: ["colleague"],
        body: {
          warm: "Thanks for including me[[ in the {eventTitle}]]. I can't make it[[ on {eventDate}]], [[{claimColleague}but I've asked a colleague from my team to join in my place, and they'll fill me in afterwards||but I'll catch up with the team afterwards]].",
          brief:
            "I can't attend, [[{claimColleague}so a colleague from my team will join in my place||but I'll catch up afterwards]].",
          formal:
            "Thank you for the invitation[[ to the {eventTitle}]]. I am unable to attend[[ on {eventDate}]], [[{claimColleague}so I have asked a colleague from my team to attend on my behalf||and I will catch up with the team afterwards]].",
        },
      },
      {
        key: "another_time",
        strategy: "Suggest another time",
        whenToUse: "The topic needs you, but the slot does not work.",
        body: {
          warm: "Thanks for the invite[[ to the {eventTitle}]]. The slot[[ on {eventDate}[[ at {eventTime}]]]] doesn't work for me, but I'd like to be part of it. Would [[{slot1} or {slot2}||a slot later this week or early next week]] work instead?",
          brief: "This time doesn't work for me. Could we move it to [[{slot1} or {slot2}||later this week]]?",
          formal:
            "Thank you for the invitation[[ to the {eventTitle}]]. I am not available at the proposed time[[ on {eventDate}[[ at {eventTime}]]]], but I would like to take part. Would [[{slot1} or {slot2}||a time later this week or early next week]] be possible?",
        },
      },
      {
        key: "follow_up",
        strategy: "Still can't attend",
        whenToUse: "The organiser nudges you again after you declined.",
        forFollowUp: true,
        body: {
          warm: "Thanks for the nudge. I still can't make it, but I'll make sure my input reaches you beforehand so nothing is held up.",
          brief: "I still can't make it, but my input will reach you beforehand.",
          formal:
            "Thank you for the reminder. I am still unable to attend, but I will ensure that my input reaches you before the meeting.",
        },
      },
    ],

    not_invitation: [
      DECLINE_INTRODUCTION,
      {
        key: "thanks_but_no",
        strategy: "Thanks, but no",
        whenToUse: "A simple, friendly no to any request.",
        body: {
          warm: "Thank you for thinking of me. I'm not able to take this on, but I appreciate you asking, and I hope it all goes well.",
          brief: "Thanks for asking, but I'll pass this time.",
          formal: "Thank you for your message. I am unable to take part, but I appreciate you thinking of me.",
        },
      },
      {
        key: "no_capacity",
        strategy: "No capacity right now",
        whenToUse: "Your time is already committed.",
        body: {
          warm: "Thanks for reaching out. My plate is full at the moment, so I can't say yes to this, but I'm grateful you thought of me.",
          brief: "Thanks, but I don't have the capacity right now.",
          formal:
            "Thank you for your message. My current commitments do not leave me the capacity to take this on, but I appreciate the thought.",
        },
      },
      {
        key: "ask_more",
        strategy: "Ask for more details",
        whenToUse: "You are not sure what is being asked of you.",
        body: {
          warm: "Thanks for your note. Before I reply properly, could you tell me a little more about what you have in mind and what you'd need from me?",
          brief: "Thanks. Could you tell me a bit more about what you need from me?",
          formal:
            "Thank you for your message. Before I respond, could you please clarify what you have in mind and what you would need from me?",
        },
      },
      {
        key: "maybe_later",
        strategy: "Maybe another time",
        whenToUse: "Not now, but you are open to it later.",
        body: {
          warm: "Thank you for including me. The timing doesn't work for me right now, but I'd be happy to hear from you again in a few months.",
          brief: "Thanks. Not right now, but feel free to ask again in a few months.",
          formal:
            "Thank you for thinking of me. The timing does not suit me at present, but I would be glad to hear from you again in a few months.",
        },
      },
      {
        key: "follow_up",
        strategy: "Repeat my answer",
        whenToUse: "They have asked again.",
        forFollowUp: true,
        body: {
          warm: "Thanks for following up. My answer hasn't changed, but I appreciate you keeping me in mind.",
          brief: "Thanks, but my answer is still no.",
          formal: "Thank you for your follow-up. My answer remains unchanged, but I appreciate your interest.",
        },
      },
    ],
  },
};
