import type { DeclineChoice } from "../../src/graph/types";
import { FAKE_IDS } from "../fakes/graphServer";
import { type Harness, startHarness } from "./harness";

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.fake.close();
});

async function planFor(id: string, choice: DeclineChoice = {}, timeZone = "Europe/London") {
  const service = h.service({ timeZone });
  return service.prepareDecline(await service.findMeeting({ kind: "appointment", restId: id }), choice);
}

describe("the plan says exactly what will happen, before anything is sent", () => {
  it.each<[string, string, DeclineChoice, string]>([
    [
      "one occurrence, with a message",
      FAKE_IDS.occurrence0309,
      { comment: "Sorry" },
      "Decline 'Weekly standup' (this occurrence only, Mon 9 Mar 09:15) and send your message to Derek Hall.",
    ],
    [
      "the whole series, without a message",
      FAKE_IDS.occurrence0309,
      { scope: "series" },
      "Decline 'Weekly standup' (the whole series) and let Derek Hall know.",
    ],
    [
      "a single meeting, silently",
      FAKE_IDS.single,
      { notify: false, comment: "Sorry" },
      "Decline 'Quarterly client dinner' (Thu 12 Mar 18:30) without notifying Derek Hall.",
    ],
    [
      "an organizer who asked for no replies",
      FAKE_IDS.noReply,
      { notify: true, comment: "Sorry" },
      "Decline 'All-hands broadcast' (Wed 11 Mar 16:00) without notifying Internal Comms (Internal Comms asked for no replies).",
    ],
    [
      "a proposed new time",
      FAKE_IDS.occurrence0309,
      { comment: "Later?", proposedNewTime: { start: "2026-03-10T10:00:00Z", end: "2026-03-10T10:30:00Z" } },
      "Decline 'Weekly standup' (this occurrence only, Mon 9 Mar 09:15) and send your message to Derek Hall, proposing Tue 10 Mar 10:00–10:30 instead.",
    ],
  ])("%s", async (_case, id, choice, expected) => {
    expect((await planFor(id, choice)).description).toBe(expected);
    expect(h.fake.state.declines).toEqual([]);
  });

  it("shows times in the user's own zone", async () => {
    const plan = await planFor(FAKE_IDS.occurrence0309, {}, "America/New_York");
    expect(plan.description).toContain("(this occurrence only, Mon 9 Mar 05:15)");
  });
});

describe("the result says what did happen", () => {
  it("after a decline with a message, and after a silent one", async () => {
    const service = h.service();
    const occurrence = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.occurrence0323 });
    const sent = await service.decline(await service.prepareDecline(occurrence, { comment: "Sorry" }));
    expect(sent.description).toBe(
      "Declined 'Weekly standup' (this occurrence only, Mon 23 Mar 09:15); Derek Hall was sent your message.",
    );
    const exception = await service.findMeeting({ kind: "appointment", restId: FAKE_IDS.exception0316 });
    const silent = await service.decline(await service.prepareDecline(exception, { notify: false }));
    expect(silent.description).toBe(
      "Declined 'Weekly standup' (this occurrence only, Tue 17 Mar 10:00); Derek Hall was not notified.",
    );
  });

  it("when it was already declined", async () => {
    await h.service().decline(await planFor(FAKE_IDS.occurrence0323));
    const plan = await planFor(FAKE_IDS.occurrence0323);
    expect(plan.description).toBe(
      "You have already declined 'Weekly standup' (this occurrence only, Mon 23 Mar 09:15); nothing will be sent.",
    );
    const result = await h.service().decline(plan);
    expect(result.description).toBe(
      "'Weekly standup' (this occurrence only, Mon 23 Mar 09:15) was already declined; nothing was sent.",
    );
  });
});
