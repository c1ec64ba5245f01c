/** One-letter names for the categories, so the rule tables stay readable. */
export const G = "client_gathering";
export const N = "networking_event";
export const C = "coffee_chat";
export const S = "sales_pitch";
export const L = "linkedin_invite";
export const I = "interview";
export const P = "speaking_request";
export const M = "internal_meeting";
export const X = "not_invitation";
