import type { Person } from "../core/invitation";

function keyOf(person: Person): string {
  return person.address ? person.address.toLowerCase() : `name:${person.name.toLowerCase()}`;
}

/**
 * The people in order, each once (by address, or by name when there is no address), leaving out
 * anyone already in `alreadyListed`. A later duplicate fills in a missing display name.
 */
export function mergePeople(people: readonly Person[], alreadyListed: readonly Person[] = []): Person[] {
  const listed = new Set(alreadyListed.map(keyOf));
  const merged = new Map<string, Person>();
  for (const person of people) {
    const key = keyOf(person);
    if (listed.has(key)) continue;
    const earlier = merged.get(key);
    if (!earlier) merged.set(key, { name: person.name, address: person.address.toLowerCase() });
    else if (!earlier.name && person.name) earlier.name = person.name;
  }
  return [...merged.values()];
}

/**
 * The mailbox owner: the given address (with the display name found among the people the item
 * names), or else the first direct recipient with an address.
 */
export function findMe(
  address: string | undefined,
  to: readonly Person[],
  peopleLists: readonly (readonly Person[])[],
): Person | null {
  const wanted = address?.trim().toLowerCase();
  if (!wanted) return to.find((person) => person.address) ?? null;
  const named = peopleLists.flat().find((person) => person.address === wanted && person.name);
  return { name: named?.name ?? "", address: wanted };
}
