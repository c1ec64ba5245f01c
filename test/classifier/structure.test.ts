import { classify } from "../../src/core/classifier";
import { emptyInvitation, type Invitation, type Person } from "../../src/core/invitation";
import { ME } from "./cases";

/** Rules read from how a mail is built (who it goes to, whose message is passed on), in my own words. */
const COLLEAGUE: Person = { name: "Dana Ruiz", address: "dana.ruiz@kestrel-eng.com" };

const ROLE_FOR_COLLEAGUE = "A colleague passes on a role someone in your organisation is preparing for: a work meeting";

function mail(fields: Partial<Invitation>): Invitation {
  return emptyInvitation({ kind: "message", me: ME, to: [ME], ...fields });
}

function forwardOf(originalSender: string): Invitation {
  return mail({
    from: COLLEAGUE,
    to: [ME],
    subject: "Review of the speech draft - Thursday",
    body: [
      "calendar",
      "----- Forwarded by Dana Ruiz on 03/02/2026 09:10 -----",
      originalSender,
      "03/01/2026 16:40",
      "To: Sam Ortiz, Lee Park",
      "Subject: Review of the speech draft - Thursday",
      "Sam, I have asked Lee and Priya to join us at 3 pm on Thursday to go through the draft of your speech",
      "for the industry forum, so we can settle the slides and the likely questions.",
    ].join("\n"),
  });
}

describe("structure of the mail", () => {
  it("reads a list named by list-software convention as a list post: its meeting is an open event", () => {
    const result = classify(
      mail({
        from: { name: "Ola Berg", address: "ola@berg.example.net" },
        to: [{ name: "oslo-rust-users", address: "oslo-rust-users@lists.example.org" }],
        subject: "March meetup",
        body: "Hi all, the March meetup is on the 18th at the Kafe Vest upstairs, 18:30 onwards. No speaker this time: come to meet and greet, talk shop and plan the spring talks. Food and drinks on your own.",
      }),
    );
    expect(result.category).toBe("networking_event");
    expect(result.evidence.map((item) => item.text)).toContain(
      "Posted to a mailing list: an open event for its members, not a personal ask",
    );
  });

  it("reads a colleague passing on an inside meeting about my speech as a work meeting", () => {
    const result = classify(forwardOf("Priya Nand"));
    expect(result.category).toBe("internal_meeting");
    expect(result.evidence.map((item) => item.text)).toContain(ROLE_FOR_COLLEAGUE);
  });

  it("does not count an outsider's message passed on by a colleague as an inside meeting", () => {
    const reasons = classify(forwardOf('"Forum Office" <office@industryforum.example.org>')).evidence.map(
      (item) => item.text,
    );
    expect(reasons).toContain("A colleague passes on a message from outside your organisation");
    expect(reasons).not.toContain(ROLE_FOR_COLLEAGUE);
  });
});
