import { defaultData, SCHEMA_VERSION, STORE_BUDGET_BYTES, storedSize, type StoredData } from "../../src/settings/schema";
import { loadData, saveData, SET_ASIDE_KEY, sizeOf, STORE_KEY } from "../../src/settings/store";
import { MemoryRoaming } from "./memoryRoaming";

function withTemplate(text = "Hi {firstName}, thanks but I can't make it. {myName}"): StoredData {
  const data = defaultData();
  data.settings.signatureName = "Dana W.";
  data.settings.defaultTone = "formal";
  data.templates.push({
    id: "mine-1",
    category: "coffee_chat",
    strategy: "My own no",
    whenToUse: "Always",
    texts: { warm: text },
    custom: true,
  });
  data.starred = ["mine-1"];
  return data;
}

describe("roaming settings store", () => {
  test("what is saved on one device loads on another", async () => {
    const device = new MemoryRoaming();
    const saved = withTemplate();
    const result = await saveData(device, saved);
    expect(result.ok).toBe(true);
    const loaded = loadData(device.reopen());
    expect(loaded.notice).toBeUndefined();
    expect(loaded.data).toEqual(saved);
  });

  test("nothing stored gives the defaults without a notice", () => {
    const loaded = loadData(new MemoryRoaming());
    expect(loaded.data).toEqual(defaultData());
    expect(loaded.notice).toBeUndefined();
  });

  test("data in the first schema version is migrated", () => {
    const v1 = {
      version: 1,
      signature: "Dana",
      tone: "brief",
      templates: [{ id: "old", category: "interview", label: "Took another job", text: "Thanks, {firstName}." }],
      favourites: ["old"],
    };
    const loaded = loadData(new MemoryRoaming({ [STORE_KEY]: JSON.stringify(v1) }));
    expect(loaded.notice).toBeUndefined();
    expect(loaded.data.version).toBe(SCHEMA_VERSION);
    expect(loaded.data.settings.signatureName).toBe("Dana");
    expect(loaded.data.settings.defaultTone).toBe("brief");
    expect(loaded.data.templates).toEqual([
      {
        id: "old",
        category: "interview",
        strategy: "Took another job",
        whenToUse: "",
        texts: { warm: "Thanks, {firstName}." },
        custom: true,
      },
    ]);
    expect(loaded.data.starred).toEqual(["old"]);
  });

  test.each([
    ["not JSON", "{templates: oops"],
    ["a wrong shape", JSON.stringify({ version: 2, templates: "many" })],
    ["a future version", JSON.stringify({ version: 99 })],
    ["a number", 42],
  ])("corrupt data (%s) is set aside with a notice and defaults are used", (_name, stored) => {
    const store = new MemoryRoaming({ [STORE_KEY]: stored });
    const loaded = loadData(store);
    expect(loaded.data).toEqual(defaultData());
    expect(loaded.notice).toMatch(/set aside/);
    expect(store.get(STORE_KEY)).toBeUndefined();
    expect(store.get(SET_ASIDE_KEY)).toBe(typeof stored === "string" ? stored : JSON.stringify(stored));
  });

  test("a roamingSettings that throws on read still yields usable defaults", () => {
    const store = new MemoryRoaming();
    store.get = () => {
      throw new Error("boom");
    };
    const loaded = loadData(store);
    expect(loaded.data).toEqual(defaultData());
    expect(loaded.notice).toBeDefined();
  });

  test("over the 32 KB limit nothing is written and the message says why", async () => {
    const store = new MemoryRoaming();
    await saveData(store, withTemplate("small"));
    const big = withTemplate("x".repeat(3000));
    for (let i = 0; i < 12; i++) big.templates.push({ ...big.templates[0], id: `copy-${i}` });
    const result = await saveData(store, big);
    expect(result).toMatchObject({ ok: false, reason: "tooLarge", limit: STORE_BUDGET_BYTES });
    if (!result.ok) expect(result.message).toMatch(/KB/);
    expect(loadData(store.reopen()).data.templates[0].texts.warm).toBe("small");
  });

  test("a failed save reports it, and a retry succeeds", async () => {
    const store = new MemoryRoaming();
    store.failNextSaves = 1;
    const data = withTemplate();
    const first = await saveData(store, data);
    expect(first).toMatchObject({ ok: false, reason: "saveFailed" });
    if (!first.ok) expect(first.message).toMatch(/server is unavailable/);
    expect(loadData(store.reopen()).data).toEqual(defaultData());
    const retry = await saveData(store, data);
    expect(retry.ok).toBe(true);
    expect(loadData(store.reopen()).data).toEqual(data);
  });

  test("data that would not load back is refused before anything is written", async () => {
    const store = new MemoryRoaming();
    const bad = withTemplate();
    bad.templates.push({ ...bad.templates[0] });
    const result = await saveData(store, bad);
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    if (!result.ok) expect(result.message).toMatch(/repeats "mine-1"/);
    expect(store.get(STORE_KEY)).toBeUndefined();
  });

  test("a set-aside copy gives way when the live data needs the room", async () => {
    const store = new MemoryRoaming({ [STORE_KEY]: `{damaged ${"x".repeat(7900)}` });
    loadData(store);
    expect(store.get(SET_ASIDE_KEY)).toBeDefined();
    const big = withTemplate("y".repeat(3900));
    for (let i = 0; i < 5; i++) big.templates.push({ ...big.templates[0], id: `copy-${i}` });
    const result = await saveData(store, big);
    expect(result.ok).toBe(true);
    expect(store.get(SET_ASIDE_KEY)).toBeUndefined();
    expect(loadData(store.reopen()).data).toEqual(big);
  });
});

describe("the 32 KB as Office stores it", () => {
  test("counts the escaped string Office keeps, not the raw JSON", () => {
    // Quotes gain a backslash each; an "é" is counted as its \u00e9 escape.
    expect(storedSize("k", 'a"b')).toBe('"k":'.length + '"a\\"b"'.length);
    expect(storedSize("k", "é")).toBe('"k":'.length + '"\\u00e9"'.length);
  });

  test("refuses data whose raw JSON fits but whose stored, escaped form does not", async () => {
    const store = new MemoryRoaming();
    // Quote-heavy text: every '"' doubles in the stored form.
    const quoted = withTemplate('"'.repeat(2500));
    for (let i = 0; i < 3; i++) quoted.templates.push({ ...quoted.templates[0], id: `q-${i}` });
    const raw = JSON.stringify(quoted).length;
    expect(raw).toBeLessThan(STORE_BUDGET_BYTES);
    expect(sizeOf(quoted)).toBeGreaterThan(STORE_BUDGET_BYTES);
    const result = await saveData(store, quoted);
    expect(result).toMatchObject({ ok: false, reason: "tooLarge" });
    expect(store.get(STORE_KEY)).toBeUndefined();
  });
});
