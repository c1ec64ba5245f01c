import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Invitation } from "../../src/core/invitation";
import { App } from "../../src/taskpane/App";
import { startFirstRead, type FirstRead } from "../../src/taskpane/firstRead";
import { coffeeInvitation, FakeAdapter } from "./fakeAdapter";

/** A read that finishes only when the test says so. */
function heldRead() {
  let finish: (invitation: Invitation | null) => void = () => undefined;
  const read = () => new Promise<Invitation | null>((resolve) => (finish = resolve));
  return { read, finish: (invitation: Invitation | null) => finish(invitation) };
}

describe("the first read, started before the pane renders", () => {
  it("hands over a read that finished within the wait", async () => {
    const first = await startFirstRead(async () => coffeeInvitation, 1000);
    expect(first).toEqual({ settled: true, outcome: { ok: true, invitation: coffeeInvitation } });
  });

  it("hands over a failed read as an outcome to show", async () => {
    const failure = new Error("the item is not available");
    const first = await startFirstRead(() => Promise.reject(failure), 1000);
    expect(first).toEqual({ settled: true, outcome: { ok: false, error: failure } });
  });

  it("stops waiting for a slow read and hands over the read still going", async () => {
    const held = heldRead();
    const first = await startFirstRead(held.read, 5);
    expect(first.settled).toBe(false);
    held.finish(coffeeInvitation);
    await expect((first as Extract<FirstRead, { settled: false }>).pending).resolves.toEqual({
      ok: true,
      invitation: coffeeInvitation,
    });
  });
});

describe("the pane given the first read", () => {
  it("shows the suggestions in its first render, without a loading state or a second read", () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    render(<App adapter={adapter} firstRead={{ settled: true, outcome: { ok: true, invitation: coffeeInvitation } }} />);
    expect(screen.getAllByTestId("suggestion-card").length).toBeGreaterThan(0);
    expect(screen.queryByText("Reading the invitation…")).toBeNull();
    expect(adapter.reads).toBe(0);
  });

  it("shows the loading state while a slow first read goes on, then its suggestions", async () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    const held = heldRead();
    const first = await startFirstRead(held.read, 5);
    render(<App adapter={adapter} firstRead={first} />);
    expect(screen.getByRole("status").textContent).toBe("Reading the invitation…");
    await act(async () => held.finish(coffeeInvitation));
    expect((await screen.findAllByTestId("suggestion-card")).length).toBeGreaterThan(0);
    expect(adapter.reads).toBe(0);
  });

  it("shows a failed first read with Try again, which reads the item afresh", async () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    const user = userEvent.setup();
    const failure = new Error("the item is not available");
    render(<App adapter={adapter} firstRead={{ settled: true, outcome: { ok: false, error: failure } }} />);
    expect(screen.getByText(/the item is not available/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect((await screen.findAllByTestId("suggestion-card")).length).toBeGreaterThan(0);
    expect(adapter.reads).toBe(1);
  });

  it("reads afresh when the user selects another item", async () => {
    const adapter = new FakeAdapter(coffeeInvitation);
    render(<App adapter={adapter} firstRead={{ settled: true, outcome: { ok: true, invitation: coffeeInvitation } }} />);
    act(() => adapter.selectItem(null));
    expect(await screen.findByText("Select a message or meeting to draft a decline.")).toBeTruthy();
    expect(adapter.reads).toBe(1);
  });
});
