/**
 * The page for administrators on turning on calendar decline: the help page served with the
 * add-in (assets/support.html, the manifest's SupportUrl), so the link is right wherever the add-in
 * is hosted. Relative to the pane's own page, which is served from the same place.
 */
export const ADMIN_GUIDE_URL = "support.html#turn-on-calendar-decline";

/** The lines the pane's first load may show for the calendar; the rest of the table loads with the actions. */
export const calendarHintStrings = {
  notConfigured: "Declining the meeting in your calendar from here is not turned on.",
  /** The link after `notConfigured`: end users cannot turn it on themselves. */
  adminCanTurnOn: "Your administrator can turn it on",
  checking: "Checking the meeting in your calendar…",
};
