/** The two lines the pane's first load may show for the calendar; the rest of the table loads with the actions. */
export const calendarHintStrings = {
  notConfigured: "Calendar decline is off: see README → Turn on one-click decline",
  checking: "Checking the meeting in your calendar…",
};
