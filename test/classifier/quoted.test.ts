import { classify } from "../../src/core/classifier";
import { quotedStart } from "../../src/core/classifier/quoted";
import { emptyInvitation } from "../../src/core/invitation";

const FRESH = "Sounds good to me, thanks.\n\n";

describe("quoted history", () => {
  it.each([
    ["Gmail attribution", "On Tue, Mar 3, 2026 at 10:02 AM Jane Doe <jane@x.example> wrote:\n> Coffee?"],
    [
      "attribution wrapped over two lines",
      "On Tue, Mar 3, 2026 at 10:02 AM Jane Doe <\njane@x.example> wrote:\nCoffee?",
    ],
    ["Outlook separator", "-----Original Message-----\nFrom: Bob\nSent: Monday\n\nCoffee?"],
    [
      "Outlook header block",
      "________________________________\nFrom: Bob <b@x.example>\nSent: Monday, May 4\n\nCoffee?",
    ],
    ["Gmail forward", "---------- Forwarded message ---------\nFrom: Ann\nDate: Mon\n\nCoffee?"],
    ["German attribution", "Am 3. März 2026 um 10:00 schrieb Hans Meier <h@x.example>:\nKaffee?"],
    ["quote marks", "> Coffee next week?\n> Jane"],
  ])("finds where the history starts: %s", (_name, history) => {
    const body = FRESH + history;
    expect(quotedStart(body)).toBe(body.indexOf(history.startsWith("_") ? "From:" : history.slice(0, 8)));
  });

  it("finds none in a mail without history, or when the whole mail is the quote", () => {
    for (const body of ["Hi,\nAgenda:\n- one\n- two\nThanks", "-----Original Message-----\nFrom: Bob\nCoffee?"])
      expect(quotedStart(body)).toBe(body.length);
  });

  it("lets a short reply outweigh the invitation quoted below it", () => {
    const ask = "Would you like to grab a coffee next week? I'd love to pick your brain about your career path.";
    const history = `On Mon, 6 Oct 2025 at 10:03, Greta <greta@x.example> wrote:\n> ${ask}`;
    const reply = "Sorry, I have to cancel, something came up. Another time!\n\n";
    const asked = classify(emptyInvitation({ subject: "Next week", body: ask }));
    const replied = classify(emptyInvitation({ subject: "Re: Next week", body: reply + history }));
    const weightOf = (result: typeof asked, phrase: string): number =>
      result.evidence.find((item) => item.text === phrase && item.category === "coffee_chat")?.weight ?? 0;
    expect(asked.category).toBe("coffee_chat");
    expect(replied.category).toBe("not_invitation");
    expect(weightOf(replied, "pick your brain")).toBeLessThan(0.5 * weightOf(asked, "pick your brain"));
  });

  it("keeps most of the weight of a forwarded invitation", () => {
    const forwarded =
      "Thought you'd enjoy this.\n\n---------- Forwarded message ---------\nFrom: Ann <ann@x.example>\n\n" +
      "We're throwing a housewarming party at our new place on Saturday, bring the kids!";
    expect(classify(emptyInvitation({ subject: "Fwd: Housewarming", body: forwarded })).category).toBe(
      "client_gathering",
    );
  });
});
