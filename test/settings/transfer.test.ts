import fc from "fast-check";
import { defaultData, LIMITS, validateData, type StoredData } from "../../src/settings/schema";
import { applyImport, checkImport, EXPORT_FORMAT, exportData } from "../../src/settings/transfer";

function sample(): StoredData {
  const data = defaultData();
  data.settings.defaultAction = "replyAll";
  data.templates.push({
    id: "t1",
    category: "sales_pitch",
    strategy: "Have a provider",
    whenToUse: "Vendors",
    texts: { warm: "Thanks {firstName}, we are set.", brief: "We're set, thanks." },
    custom: true,
  });
  data.starred = ["t1"];
  return data;
}

describe("export and import", () => {
  test("an export imports back to the same data", () => {
    const data = sample();
    const check = checkImport(exportData(data), defaultData());
    expect(check).toEqual({ ok: true, incoming: data, conflicts: [] });
  });

  test.each([
    ["not JSON", "hello", /not valid JSON/],
    ["another app's file", JSON.stringify({ version: 2 }), /not a Decline Assistant export/],
    [
      "a bad category",
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        templates: [{ id: "a", category: "party", strategy: "x", texts: { warm: "y" } }],
      }),
      /templates\[0\]\.category must be one of/,
    ],
    [
      "an unknown tone",
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: 2,
        templates: [{ id: "a", category: "interview", strategy: "x", texts: { shouty: "y" } }],
      }),
      /templates\[0\]\.texts\.shouty is not a tone/,
    ],
    [
      "a bad setting",
      JSON.stringify({ format: EXPORT_FORMAT, version: 2, settings: { defaultTone: "loud" } }),
      /settings\.defaultTone must be one of warm, brief, formal/,
    ],
  ])("%s gets a specific error", (_name, text, message) => {
    const check = checkImport(text, sample());
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toMatch(message);
  });

  test("a template id that exists is reported as a conflict", () => {
    const check = checkImport(exportData(sample()), sample());
    expect(check.ok && check.conflicts).toEqual(["t1"]);
  });

  test("replace overwrites the existing template; keep both renames the imported one", () => {
    const current = sample();
    const incoming = sample();
    incoming.templates[0] = { ...incoming.templates[0], strategy: "Changed" };
    const replaced = applyImport(current, incoming, "replace");
    expect(replaced.templates.map((t) => [t.id, t.strategy])).toEqual([["t1", "Changed"]]);
    const both = applyImport(current, incoming, "keepBoth");
    expect(both.templates.map((t) => [t.id, t.strategy])).toEqual([
      ["t1", "Have a provider"],
      ["t1-2", "Changed"],
    ]);
    expect(both.starred).toEqual(["t1", "t1-2"]);
  });

  test("keeping both copies of a template with a maximal id stays loadable", () => {
    const current = sample();
    current.templates[0] = { ...current.templates[0], id: "z".repeat(LIMITS.idLength) };
    const merged = applyImport(current, current, "keepBoth");
    expect(merged.templates[1].id).toHaveLength(LIMITS.idLength);
    expect(validateData(merged).ok).toBe(true);
  });

  test("an import that would go over the template limit is refused and changes nothing", () => {
    const many = defaultData();
    for (let i = 0; i < LIMITS.templates; i++) many.templates.push({ ...sample().templates[0], id: `t${i}` });
    const check = checkImport(exportData(sample()), many);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toMatch(/more than the 200/);
  });

  test("fuzzed files never throw and never import something invalid", () => {
    const current = sample();
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record({
          format: fc.constantFrom(EXPORT_FORMAT, "other"),
          version: fc.oneof(fc.constant(2), fc.constant(1), fc.integer()),
          settings: fc.anything(),
          templates: fc.oneof(
            fc.anything(),
            fc.array(
              fc.record({
                id: fc.oneof(fc.string(), fc.integer()),
                category: fc.constantFrom("interview", "coffee_chat", "nope"),
                strategy: fc.string(),
                texts: fc.dictionary(fc.constantFrom("warm", "brief", "formal", "odd"), fc.anything()),
              }),
            ),
          ),
          starred: fc.anything(),
        })
        .map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        const check = checkImport(text, current);
        if (!check.ok) {
          expect(check.error.length).toBeGreaterThan(10);
          return;
        }
        for (const t of check.incoming.templates) {
          expect(Object.keys(t.texts).length).toBeGreaterThan(0);
          expect(["interview", "coffee_chat"]).toContain(t.category);
        }
        for (const choice of ["replace", "keepBoth"] as const) {
          expect(validateData(applyImport(current, check.incoming, choice)).ok).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
