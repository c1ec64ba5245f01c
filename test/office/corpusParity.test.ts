import { readFileSync } from "fs";
import { join } from "path";
import { classify } from "../../src/core/classifier/classify";
import type { Invitation, Person } from "../../src/core/invitation";
import { createOfficeAdapter } from "../../src/office/officeAdapter";
import { parseEml } from "../../src/parse/eml";
import { mockOffice, readableBody } from "./mockOffice";

import { DEV_CORPUS as CORPUS } from "../cli/runCli";
const FILES = [
  "coffee_chat__01.eml",
  "internal_meeting__01.eml",
  "networking_event__04.eml",
  "client_gathering__05.eml",
];

const ITEM_CLASS: Partial<Record<Invitation["kind"], string>> = {
  message: "IPM.Note",
  meetingRequest: "IPM.Schedule.Meeting.Request",
};

const details = (person: Person) => ({ displayName: person.name, emailAddress: person.address.toUpperCase() });

/** What Outlook would show for the same mail: the parsed fields laid out as an Office item. */
function officeItemFor(parsed: Invitation): Record<string, unknown> {
  const meeting = parsed.kind === "meetingRequest";
  return {
    itemType: "message",
    itemClass: ITEM_CLASS[parsed.kind],
    subject: parsed.subject,
    body: readableBody(parsed.body),
    ...(parsed.from ? { from: details(parsed.from), sender: details(parsed.from) } : {}),
    to: parsed.to.map(details),
    cc: parsed.cc.map(details),
    // The .eml times are floating wall-clock; Outlook would give the same instant as a Date.
    ...(meeting && parsed.start ? { start: new Date(parsed.start) } : {}),
    ...(meeting && parsed.end ? { end: new Date(parsed.end) } : {}),
    ...(meeting ? { location: parsed.location } : {}),
  };
}

describe("the Office adapter and the .eml parser agree", () => {
  it.each(FILES)("%s gets the same category through Outlook as from the file", async (file) => {
    const parsed = await parseEml(readFileSync(join(CORPUS, file), "utf8"));
    const office = mockOffice({
      item: officeItemFor(parsed),
      userProfile: { emailAddress: parsed.me?.address ?? "", displayName: parsed.me?.name ?? "" },
    });
    const fromOutlook = await createOfficeAdapter(office).readCurrent();
    expect(fromOutlook).not.toBeNull();
    const outlookResult = classify(fromOutlook!);
    const emlResult = classify(parsed);
    expect(outlookResult.category).toBe(emlResult.category);
    expect(outlookResult.category).toBe(file.split("__")[0]);
    expect(fromOutlook!.start?.slice(0, 19) ?? null).toBe(parsed.start?.slice(0, 19) ?? null);
  });
});
