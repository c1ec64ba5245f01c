/** The preview's own tools: bringing in the user's .eml/.ics files, and the README screenshot. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import {
  assertAccessible,
  CATEGORY_NAMES,
  CORPUS_DIR,
  detectedText,
  eventually,
  newPage,
  openPreview,
  pageErrors,
  screenshot,
  useBrowser,
} from "./helpers";

useBrowser();

test("dropping an .eml on the message list adds it, selects it and the pane classifies it", async () => {
  const page = await newPage();
  const frame = await openPreview(page, { sample: "plain-message" });
  const name = "networking_event__02.eml";
  const source = readFileSync(path.join(CORPUS_DIR, name), "utf8");
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

  const added = list.getByRole("button", { name: /Spring networking breakfast/ });
  await added.waitFor();
  assert.equal(await added.getAttribute("aria-current"), "true");
  await page.getByRole("heading", { name: "Spring networking breakfast - save your seat" }).waitFor();
  await eventually(async () =>
    assert.match(await detectedText(frame), new RegExp(`Detected: ${CATEGORY_NAMES.networking_event}`)),
  );
  await screenshot(page, "dropped-eml");
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

  await paste.fill("\u0000\u0001 not mail at all");
  await page.getByRole("button", { name: "Add to the list" }).click();
  const alert = page.getByRole("navigation", { name: "Messages" }).getByRole("alert");
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? "", /Could not read pasted text/);
});

test("documentation screenshot of the preview", async () => {
  const page = await newPage({ width: 1280, height: 800 });
  const frame = await openPreview(page, { sample: "coffee_chat" });
  await frame.getByRole("radiogroup", { name: "Suggested replies" }).getByRole("radio").first().waitFor();
  await assertAccessible(frame, "documentation state");
  await screenshot(page, "docs-preview");
});
