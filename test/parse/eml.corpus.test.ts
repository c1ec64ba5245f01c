import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEml } from "../../src/parse/eml";

const DEV_CORPUS = join(__dirname, "../../../shared/corpus/dev");
const read = (name: string) => readFileSync(join(DEV_CORPUS, name));

describe("parseEml on the dev corpus", () => {
  it("reads a calendar invitation's time, place, organiser and recipients", async () => {
    const invitation = await parseEml(read("internal_meeting__01.eml"));
    expect(invitation.kind).toBe("meetingRequest");
    expect(invitation.subject).toBe("Q2 planning sync");
    expect(invitation.start).toBe("2026-03-10T15:00:00");
    expect(invitation.end).toBe("2026-03-10T16:00:00");
    expect(invitation.location).toBe("Conference Room B / Teams");
    expect(invitation.recurring).toBe(false);
    expect(invitation.from).toEqual({ name: "Sofia Marin", address: "sofia.marin@northwind-advisory.com" });
    expect(invitation.me).toEqual({ name: "Dana Whitfield", address: "dana.whitfield@northwind-advisory.com" });
    expect(invitation.body).toContain("align on Q2 priorities");
  });
});

describe("parseEml on the other dev calendar invitations", () => {
  it("marks a weekly series as recurring", async () => {
    const invitation = await parseEml(read("internal_meeting__02.eml"));
    expect(invitation.recurring).toBe(true);
    expect(invitation.start).toBe("2026-03-09T09:15:00");
  });

  it("keeps an external organiser and the event's evening hour", async () => {
    const invitation = await parseEml(read("client_gathering__05.eml"));
    expect(invitation.kind).toBe("meetingRequest");
    expect(invitation.from?.address).toBe("jibarra@ibarra-logistics.mx");
    expect(invitation.start).toBe("2026-12-19T18:00:00");
    expect(invitation.location).toBe("Ibarra residence, 14 Calle Roble");
  });

  it("reads a plain mail without calendar facts", async () => {
    const invitation = await parseEml(read("not_invitation__01.eml"));
    expect(invitation).toMatchObject({ kind: "message", start: null, end: null, location: "", recurring: false });
    expect(invitation.subject).toBe("Your receipt for order #48213");
  });
});
