import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { classify, closeCall } from "../../src/core/classifier";
import { emptyInvitation, type Invitation } from "../../src/core/invitation";
import { situationFacts } from "../../src/core/facts";
import { chooseReplies } from "../../src/core/replies";
import { App } from "../../src/taskpane/App";
import { coffeeInvitation, FakeAdapter } from "./fakeAdapter";

const sam = { name: "Sam Carter", address: "sam@contoso.com" };
const dana = { name: "Dana Ortiz", address: "dana@fintechcircle.org" };

/** An evening "for product leaders": an organised event or a host's personal occasion? */
const monthlyEvening = emptyInvitation({
  subject: "May 12",
  body:
    "Hi Sam,\n\nWe run a monthly evening for product leaders. Would you like to come to the next one and " +
    "share a few thoughts with the group?\n\nDana",
  from: dana,
  to: [sam],
  me: sam,
});

async function renderPane(invitation: Invitation) {
  const user = userEvent.setup();
  render(<App adapter={new FakeAdapter(invitation)} />);
  await screen.findByText(/^Detected: /);
  return user;
}

/** The strategy of the suggestion card that is selected now. */
const checkedCard = () =>
  screen
    .getAllByRole("radio")
    .find((card) => card.getAttribute("aria-checked") === "true")
    ?.getAttribute("aria-label");

/** The reply the core puts first for this invitation when it is read as `category`. */
const firstCardName = (category: Parameters<typeof chooseReplies>[0]) =>
  chooseReplies(category, { locale: "en-US", facts: situationFacts(monthlyEvening, classify(monthlyEvening)) }).replies[0]
    .strategy;

describe("a close call between two categories", () => {
  it("asks which it is, with both offered as equal choices one click from their replies", async () => {
    const choices = closeCall(classify(monthlyEvening));
    expect(choices).toEqual(["networking_event", "client_gathering"]);
    const user = await renderPane(monthlyEvening);

    const question = screen.getByRole("group", {
      name: "Looks like a networking event or a client gathering — which is it?",
    });
    const networking = within(question).getByRole("button", { name: "Networking event" });
    const gathering = within(question).getByRole("button", { name: "Client gathering" });
    expect(networking.getAttribute("aria-pressed")).toBe("true");
    expect(gathering.getAttribute("aria-pressed")).toBe("false");
    expect(checkedCard()).toBe(firstCardName("networking_event"));

    await user.click(gathering);
    expect(gathering.getAttribute("aria-pressed")).toBe("true");
    expect(networking.getAttribute("aria-pressed")).toBe("false");
    expect(checkedCard()).toBe(firstCardName("client_gathering"));
    expect((screen.getByRole("combobox", { name: "Category" }) as HTMLSelectElement).value).toBe("client_gathering");

    await user.click(networking);
    expect(checkedCard()).toBe(firstCardName("networking_event"));
  });

  it("is not asked when one category is clearly ahead", async () => {
    expect(closeCall(classify(coffeeInvitation))).toBeNull();
    await renderPane(coffeeInvitation);
    expect(screen.queryByText(/which is it\?/)).toBeNull();
  });
});
