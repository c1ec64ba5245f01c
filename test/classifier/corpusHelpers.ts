import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { isCategoryId, type CategoryId } from "../../src/core/categories";
import type { Classification } from "../../src/core/classification";
import type { Invitation } from "../../src/core/invitation";
import { parseEml } from "../../src/parse/eml";

export interface LabelledFile {
  file: string;
  label: CategoryId;
  invitation: Invitation;
}

/** Every `<category>__NN.eml` in a folder, parsed the way the CLI parses it. */
export async function loadLabelledFolder(folder: string): Promise<LabelledFile[]> {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".eml"))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const label = file.split("__")[0];
      if (!isCategoryId(label)) throw new Error(`${file}: "${label}" is not a category id`);
      return { file, label, invitation: await parseEml(readFileSync(join(folder, file))) };
    }),
  );
}

/** One line per miss, with the evidence that decided it, for a readable failure. */
export function describeMiss(file: string, label: CategoryId, result: Classification): string {
  const evidence = result.evidence
    .filter((item) => item.category === result.category || item.category === label)
    .slice(0, 10)
    .map((item) => `${item.category}:${item.field}:"${item.text}"=${item.weight}`)
    .join(", ");
  return `${file}: expected ${label}, got ${result.category} (${result.confidence}); ${evidence}`;
}
