/** The fixed category ids. The order is the order the pane lists them in. */
export const CATEGORY_IDS = [
  "client_gathering",
  "networking_event",
  "coffee_chat",
  "sales_pitch",
  "linkedin_invite",
  "interview",
  "speaking_request",
  "internal_meeting",
  "not_invitation",
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === "string" && (CATEGORY_IDS as readonly string[]).includes(value);
}
