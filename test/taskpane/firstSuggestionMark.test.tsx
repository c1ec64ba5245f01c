import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { coffeeInvitation, FakeAdapter } from "./fakeAdapter";

// Its own file: the mark is once per page load, i.e. once per module registry.
it("marks the first suggestion once, however often the cards change", async () => {
  const marks: string[] = [];
  // Only the name matters here; the PerformanceMark the real one returns is never read by the pane.
  performance.mark = ((name: string) => void marks.push(name)) as unknown as typeof performance.mark;
  const adapter = new FakeAdapter(coffeeInvitation);
  const user = userEvent.setup();
  render(<App adapter={adapter} />);
  await screen.findByRole("combobox", { name: "Category" });
  for (const name of ["Coffee chat", "Sales pitch"]) {
    await user.selectOptions(screen.getByRole("combobox", { name: "Category" }), screen.getByRole("option", { name }));
    expect(screen.getAllByTestId("suggestion-card").length).toBeGreaterThan(0);
  }
  act(() => adapter.selectItem({ ...coffeeInvitation, subject: "Another coffee?" }));
  await screen.findByRole("combobox", { name: "Category" });
  expect(marks).toEqual(["first-suggestion"]);
});
