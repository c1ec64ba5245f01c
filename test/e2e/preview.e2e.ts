/** The preview's own tools: bringing in the user's .eml/.ics files. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import {
  assertAccessible,
  CATEGORY_NAMES,
  detectedText,
  eventually,
  newPage,
  openPreview,
  pageErrors,
  ROOT,
  screenshot,
  useBrowser,
} from "./helpers";

useBrowser();

test("dropping an .eml on the message list adds it, selects it and the pane classifies it", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "plain-message" });
  // A labelled example kept in this repository: its category is the label in its name, its subject its header.
  const name = "networking_event__02.eml";
  const source = readFileSync(path.join(ROOT, "test", "fixtures", "corpus", name), "utf8");
  const category = name.split("__")[0] as keyof typeof CATEGORY_NAMES;
  const subject = /^Subject: (.+)$/m.exec(source)?.[1].trim() ?? "";
  assert.ok(subject && !subject.startsWith("=?"), "pick a fixture with a plain-text subject");
  const dataTransfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: "message/rfc822" }));
      return transfer;
    },
    [name, source] as const,
  );
  const list = page.getByRole("navigation", { name: "Messages" });
  await list.dispatchEvent("dragover", { dataTransfer });
  await list.dispatchEvent("drop", { dataTransfer });

  const added = list.getByRole("button", { name: subject });
  await added.waitFor();
  assert.equal(await added.getAttribute("aria-current"), "true");
  await page.getByRole("heading", { name: subject, exact: true }).waitFor();
  await eventually(async () =>
    assert.ok((await detectedText(frame)).startsWith(`Detected: ${CATEGORY_NAMES[category]} (`)),
  );
  await screenshot(page, "dropped-eml");
  await assertAccessible(frame, "dropped .eml classified");
  assert.deepEqual(pageErrors(page), []);
});

test("pasting an .ics adds a meeting request; unreadable text says why", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "coffee_chat" });
  const paste = page.getByRole("textbox", { name: "Paste an .eml or .ics file" });
  await paste.fill(
    [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//e2e//EN",
      "METHOD:REQUEST",
      "BEGIN:VEVENT",
      "UID:e2e-1@example.invalid",
      "SUMMARY:Design review for the onboarding flow",
      "DTSTART:20260324T100000Z",
      "DTEND:20260324T110000Z",
      "LOCATION:Room 2",
      "ORGANIZER;CN=Leo Brandt:mailto:leo.brandt@northwind-advisory.com",
      "ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@northwind-advisory.com",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n"),
  );
  await page.getByRole("button", { name: "Add to the list" }).click();
  await page.getByRole("heading", { name: "Design review for the onboarding flow" }).waitFor();
  await page.getByRole("region", { name: "Meeting request" }).waitFor();
  await eventually(async () => assert.match(await detectedText(frame), /Detected: Internal meeting/));
  await assertAccessible(frame, "pasted .ics classified");

  await paste.fill("\u0000\u0001 not mail at all");
  await page.getByRole("button", { name: "Add to the list" }).click();
  const alert = page.getByRole("navigation", { name: "Messages" }).getByRole("alert");
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? "", /Could not read pasted text/);
});
