import { createOfficeAdapter } from "../../src/office/officeAdapter";
import type { MailboxLike, OfficeApi } from "../../src/office/officeApi";

function officeWith(mailbox: MailboxLike, withRestVersion = true): OfficeApi {
  return {
    context: { mailbox },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: {
      ItemType: { Message: "message", Appointment: "appointment" },
      ...(withRestVersion ? { RestVersion: { v2_0: "v2.0" } } : {}),
    },
  };
}

const body = { getAsync: () => undefined };
const ewsId = "AAMkAGE1/msg+dinner=";
/** What Outlook's convertToRestId does to an EWS id: URL-safe base64. */
const convert = (id: string, version: unknown) => {
  expect(version).toBe("v2.0");
  return id.replace(/\//g, "-").replace(/\+/g, "_");
};

describe("currentItemRestId", () => {
  it("converts the item's EWS id to the REST v2.0 id Graph knows", () => {
    const adapter = createOfficeAdapter(officeWith({ item: { itemId: ewsId, body }, convertToRestId: convert }));
    expect(adapter.currentItemRestId?.()).toBe("AAMkAGE1-msg_dinner=");
  });

  it("leaves ids alone on mobile Outlook, where they already are REST ids", () => {
    const restId = "AAMkAGE1-msg_dinner=";
    const adapter = createOfficeAdapter(
      officeWith({
        item: { itemId: restId, body },
        convertToRestId: () => "converted twice",
        diagnostics: { hostName: "OutlookIOS" },
      }),
    );
    expect(adapter.currentItemRestId?.()).toBe(restId);
  });

  it("is null for an item without an id (a new item being composed)", () => {
    const adapter = createOfficeAdapter(officeWith({ item: { body }, convertToRestId: convert }));
    expect(adapter.currentItemRestId?.()).toBeNull();
  });
});
