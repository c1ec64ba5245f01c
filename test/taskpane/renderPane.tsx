import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Invitation } from "../../src/core/invitation";
import { App } from "../../src/taskpane/App";
import { FakeAdapter } from "./fakeAdapter";

/** The whole pane on one invitation, once it shows its category. */
export async function renderPane(invitation: Invitation) {
  const adapter = new FakeAdapter(invitation);
  const user = userEvent.setup();
  render(<App adapter={adapter} />);
  await screen.findByText(/^Detected: /);
  return { adapter, user };
}
