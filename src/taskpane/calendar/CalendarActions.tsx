/**
 * Declining the meeting in the user's calendar through Microsoft Graph: loaded on demand.
 *
 * Nothing is sent without an explicit click on a sentence that says exactly what will happen
 * (the plan's description), except "Also decline in my calendar", whose sentence sits under the
 * ticked box and whose click is Reply itself: Reply then sends the decline with the reply text as
 * the organizer's one message (see replyLink.ts). The only silent declines are "Decline without
 * notifying" and the ones the organizer asked for. One decline at most per click: a ref guards every
 * request, buttons are disabled while one is under way, and the Graph client refuses a second
 * decline of the same event. Every plan re-reads the meeting. The reply text is only read here.
 */
import { Button, Checkbox, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Invitation } from "../../core/invitation";
import { defaultScope, offersScopeChoice } from "../../graph/scope";
import { instantOf } from "../../graph/describe";
import { isGraphError } from "../../graph/errors";
import type { CalendarMeeting, DeclineChoice, DeclinePlan, DeclineScope, MeetingRef } from "../../graph/types";
import type { ReplyRedirected } from "../../office/adapter";
import type { ActionExtensionProps } from "../extensions";
import { Notice, type NoticeData } from "../Notice";
import { ribbonResponseFor } from "../../settings/ribbonResponse";
import { connectCalendar, readCalendarSettings } from "./connect";
import type { CalendarActionOptions } from "./index";
import { calendarStrings as s } from "./strings";
import type { CalendarPort } from "./types";
import { reasonOf } from "../../core/reasonOf";

// Inline styles with Fluent's CSS variables: no makeStyles or tokens import, which would cost the first load.
const SECTION_STYLE = {
  flexBasis: "100%",
  display: "flex",
  flexDirection: "column",
  gap: "var(--spacingVerticalS)",
  marginTop: "var(--spacingVerticalS)",
} as const;
const ROW_STYLE = { display: "flex", flexWrap: "wrap", gap: "var(--spacingHorizontalS)", alignItems: "end" } as const;
// A native date-time input: Fluent's Input would pull Fluent's whole token table into the first load.
const LABEL_STYLE = { display: "flex", flexDirection: "column", gap: "var(--spacingVerticalXS)" } as const;
const INPUT_STYLE = {
  font: "inherit",
  fontSize: "var(--fontSizeBase300)",
  padding: "var(--spacingVerticalXS) var(--spacingHorizontalS)",
  border: "1px solid var(--colorNeutralStroke1)",
  borderBottomColor: "var(--colorNeutralStrokeAccessible)",
  borderRadius: "var(--borderRadiusMedium)",
  color: "var(--colorNeutralForeground1)",
  backgroundColor: "var(--colorNeutralBackground1)",
} as const;
const NOTE_STYLE = { margin: 0, fontSize: "var(--fontSizeBase200)", lineHeight: "var(--lineHeightBase200)" } as const;

type ActionKind = "send" | "silent" | "propose";

interface Pending {
  plan: DeclinePlan;
  action: ActionKind;
  /** The reply text the plan carries, so an edit afterwards asks for a fresh confirmation. */
  text: string;
  /** The last attempt ended without a clear answer: confirming again checks the calendar first. */
  uncertain?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, "0");

/** A Date as the value of an <input type="datetime-local">, in the user's own zone. */
function localInputValue(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The same slot a day later: a starting point the user changes. */
function suggestedSlot(meeting: CalendarMeeting): { start: string; end: string } {
  const start = instantOf(meeting.start) ?? new Date();
  const end = instantOf(meeting.end) ?? new Date(start.getTime() + 30 * 60 * 1000);
  return {
    start: localInputValue(new Date(start.getTime() + DAY_MS)),
    end: localInputValue(new Date(end.getTime() + DAY_MS)),
  };
}

function meetingRef(invitation: Invitation, restId: string, mailbox: string | null): MeetingRef {
  return { kind: invitation.kind === "appointment" ? "appointment" : "meetingRequest", restId, mailbox };
}

function messageOf(error: unknown): string {
  if (isGraphError(error)) return error.message;
  return s.unexpected(reasonOf(error));
}

interface Props extends ActionExtensionProps {
  options: CalendarActionOptions;
}

export default function CalendarActions({ invitation, text, options }: Props) {
  const { adapter, link } = options;
  const initialSettings = useMemo(
    () => (options.settings ? options.settings() : readCalendarSettings(adapter.roamingSettings?.() ?? null)),
    [adapter, options],
  );
  // The ribbon declined this meeting with a response: the notification bar had room for its start only.
  const ribbonSent = useMemo(
    () => ribbonResponseFor(adapter.roamingSettings?.() ?? null, invitation.itemId),
    [adapter, invitation.itemId],
  );
  const serviceRef = useRef<Promise<CalendarPort> | null>(null);
  const inFlight = useRef(false);

  const [meeting, setMeeting] = useState<CalendarMeeting | null>(null);
  /** Why the meeting could not be read; `final` when trying again cannot help (e.g. the user organised it). */
  const [loadError, setLoadError] = useState<{ text: string; final: boolean } | null>(null);
  const [scope, setScope] = useState<DeclineScope>("occurrence");
  const [alsoDecline, setAlsoDecline] = useState(initialSettings.alsoDeclineInCalendar);
  const [replyPlan, setReplyPlan] = useState<DeclinePlan | null>(null);
  const [proposing, setProposing] = useState(false);
  const [slot, setSlot] = useState({ start: "", end: "" });
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeData | null>(null);
  const [done, setDone] = useState(false);

  const service = useCallback((): Promise<CalendarPort> => {
    serviceRef.current ??= (options.connect ?? (() => connectCalendar(adapter.locale())))().catch((error) => {
      serviceRef.current = null; // A chunk or sign-in that failed may work next time.
      throw error;
    });
    return serviceRef.current;
  }, [adapter, options.connect]);

  /** Runs one calendar request at a time; a second click while one is under way does nothing. */
  const exclusive = useCallback(async (status: string, work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(status);
    try {
      await work();
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  }, []);

  const restId = useMemo(() => adapter.currentItemRestId?.() ?? null, [adapter]);
  // Read by the plan made at click time, so the organizer gets the text as it is then.
  const textRef = useRef(text);
  textRef.current = text;

  const loadMeeting = useCallback(
    () =>
      exclusive(s.checking, async () => {
        setLoadError(null);
        if (!restId) {
          setLoadError({ text: s.noItemId, final: true });
          return;
        }
        try {
          // A shared or delegate mailbox: Graph is asked under its owner, and a delegate who may only read is told so now.
          const shared = (await adapter.sharedMailbox?.()) ?? null;
          if (shared && !shared.canRespond) {
            setLoadError({ text: s.delegateCannotRespond(shared.owner), final: true });
            return;
          }
          const calendar = await service();
          const found = await calendar.findMeeting(meetingRef(invitation, restId, shared?.owner ?? null));
          if (found.isOrganizer || found.isCancelled) {
            // Nothing to decline: say why now rather than after a click (prepareDecline refuses with the reason).
            await calendar.prepareDecline(found);
          }
          setMeeting(found);
          setScope(defaultScope(found));
          setSlot(suggestedSlot(found));
        } catch (error) {
          const final = isGraphError(error) && (error.kind === "notAllowed" || error.kind === "notAMeeting");
          setLoadError({ text: messageOf(error), final });
        }
      }),
    [adapter, exclusive, invitation, restId, service],
  );

  useEffect(() => {
    void loadMeeting();
  }, [loadMeeting]);

  // For an invitation to a series, "this occurrence" is the one the invitation is about.
  const silentChoice = useMemo<DeclineChoice>(
    () => ({ scope, notify: false, occurrenceStart: invitation.start ?? undefined }),
    [invitation.start, scope],
  );
  const choiceFor = useCallback(
    (action: ActionKind): DeclineChoice => {
      if (action === "silent") return silentChoice;
      const base: DeclineChoice = { ...silentChoice, notify: true, comment: textRef.current };
      if (action !== "propose") return base;
      return {
        ...base,
        scope: "occurrence",
        proposedNewTime: { start: new Date(slot.start).toISOString(), end: new Date(slot.end).toISOString() },
      };
    },
    [silentChoice, slot],
  );

  // The sentence under "Also decline in my calendar": what Reply will do, the reply being the response.
  useEffect(() => {
    setReplyPlan(null);
    if (!alsoDecline || !meeting || done) return;
    let current = true;
    service()
      .then((calendar) => calendar.prepareDecline(meeting, choiceFor("send")))
      .then((plan) => current && setReplyPlan(plan))
      .catch((error: unknown) => current && setNotice({ intent: "error", text: messageOf(error) }));
    return () => {
      current = false;
    };
  }, [alsoDecline, meeting, done, choiceFor, service]);

  // Reply (or Reply all) with the box ticked: one decline whose response carries the reply text.
  useEffect(() => {
    if (!alsoDecline || done) return;
    return link.register(async (): Promise<ReplyRedirected> => {
      if (inFlight.current) return { ok: false, message: s.replyDeclineFailed(s.stillBusy) };
      inFlight.current = true;
      setBusy(s.declining);
      setNotice(null);
      try {
        if (!meeting) throw new Error(s.meetingNotRead);
        const calendar = await service();
        // A fresh plan: the meeting as it is now, and the text as it is now.
        const plan = await calendar.prepareDecline(meeting, choiceFor("send"));
        if (replyPlan && plan.description !== replyPlan.description) {
          // The meeting changed since the sentence was shown: show the new one and let the user click again.
          setReplyPlan(plan);
          return { ok: false, message: s.planChanged };
        }
        const result = await calendar.decline(plan);
        setDone(true);
        setPending(null);
        return { ok: true, message: result.description };
      } catch (error) {
        return { ok: false, message: s.replyDeclineFailed(messageOf(error)) };
      } finally {
        inFlight.current = false;
        setBusy(null);
      }
    });
  }, [alsoDecline, choiceFor, done, link, meeting, replyPlan, service]);

  // An edit to the reply after a plan that carries it asks for a new confirmation.
  useEffect(() => {
    if (pending && pending.action !== "silent" && pending.text !== text) setPending(null);
  }, [pending, text]);

  const prepare = (action: ActionKind) =>
    exclusive(s.preparing, async () => {
      if (!meeting) return;
      setNotice(null);
      if (action === "propose" && !(Date.parse(slot.start) < Date.parse(slot.end))) {
        setNotice({ intent: "error", text: s.badTime });
        return;
      }
      try {
        adapter.checkShownItem?.();
        const plan = await (await service()).prepareDecline(meeting, choiceFor(action));
        setMeeting(plan.meeting);
        setPending({ plan, action, text });
      } catch (error) {
        setNotice({ intent: "error", text: messageOf(error) });
      }
    });

  const confirm = () =>
    exclusive(s.declining, async () => {
      if (!pending) return;
      setNotice(null);
      try {
        adapter.checkShownItem?.();
        const result = await (await service()).decline(pending.plan);
        setDone(true);
        setPending(null);
        setNotice({ intent: "success", text: result.description });
      } catch (error) {
        // After an uncertain outcome the same plan may be confirmed again: the client checks the
        // calendar's response status before it resends. After any other failure the user chooses afresh.
        if (isGraphError(error) && error.mayHaveBeenProcessed) setPending({ ...pending, uncertain: true });
        else setPending(null);
        setNotice({ intent: "error", text: messageOf(error) });
      }
    });

  const disabled = busy !== null;
  // Both scopes only for one occurrence of a series; a series invitation declines the series.
  const scopeChoice = meeting !== null && offersScopeChoice(meeting);
  const canPropose =
    meeting !== null && meeting.allowNewTimeProposals && meeting.responseRequested && scope !== "series";
  // The organizer asked for no replies, or the user prefers not to notify: the quiet decline leads.
  const quietFirst = meeting !== null && (!meeting.responseRequested || !initialSettings.notifyOrganizer);

  return (
    <section aria-label={s.sectionLabel} style={SECTION_STYLE}>
      {ribbonSent && (
        <Notice notice={{ intent: "info", title: s.ribbonSentTitle, text: s.ribbonSent(ribbonSent.description, ribbonSent.text) }} />
      )}
      <Checkbox
        label={s.alsoDecline}
        checked={alsoDecline}
        disabled={disabled || done}
        onChange={(_event, data) => setAlsoDecline(data.checked === true)}
      />
      {alsoDecline && !done && (
        <p style={NOTE_STYLE}>{replyPlan ? s.alsoDeclineWillDo(replyPlan) : s.alsoDeclineHint}</p>
      )}
      {scopeChoice && !done && (
        <Field label={s.scopeLabel}>
          <RadioGroup
            value={scope}
            layout="horizontal"
            disabled={disabled}
            onChange={(_event, data) => {
              setScope(data.value as DeclineScope);
              setPending(null);
            }}
          >
            <Radio value="occurrence" label={s.thisOccurrence} />
            <Radio value="series" label={s.wholeSeries} />
          </RadioGroup>
        </Field>
      )}
      {meeting && !done && !pending && (
        <div style={ROW_STYLE}>
          <Button
            appearance={quietFirst ? "secondary" : "primary"}
            disabled={disabled}
            onClick={() => void prepare("send")}
          >
            {s.declineAndSend}
          </Button>
          <Button
            appearance={quietFirst ? "primary" : "secondary"}
            disabled={disabled}
            onClick={() => void prepare("silent")}
          >
            {s.declineSilently}
          </Button>
          {canPropose && (
            <Button aria-expanded={proposing} disabled={disabled} onClick={() => setProposing((open) => !open)}>
              {s.declineAndPropose}
            </Button>
          )}
        </div>
      )}
      {canPropose && proposing && !done && !pending && (
        <div style={ROW_STYLE}>
          {(["start", "end"] as const).map((edge) => (
            <label key={edge} style={LABEL_STYLE}>
              {edge === "start" ? s.proposedStart : s.proposedEnd}
              <input
                type="datetime-local"
                style={INPUT_STYLE}
                value={slot[edge]}
                disabled={disabled}
                onChange={(event) => setSlot((old) => ({ ...old, [edge]: event.target.value }))}
              />
            </label>
          ))}
          <Button appearance="primary" disabled={disabled} onClick={() => void prepare("propose")}>
            {s.proposeThisTime}
          </Button>
        </div>
      )}
      {busy && <p style={NOTE_STYLE}>{busy}</p>}
      {loadError && (
        <Notice
          notice={{ intent: "error", text: loadError.text }}
          actions={
            loadError.final ? undefined : (
              <Button disabled={disabled} onClick={() => void loadMeeting()}>
                {s.tryAgain}
              </Button>
            )
          }
        />
      )}
      {notice && <Notice notice={notice} />}
      {pending && (
        <Notice
          notice={{ intent: "warning", title: s.confirmTitle, text: pending.plan.description }}
          actions={
            <>
              <Button appearance="primary" disabled={disabled} onClick={() => void confirm()}>
                {pending.uncertain ? s.checkAndRetry : s.confirm}
              </Button>
              <Button disabled={disabled} onClick={() => setPending(null)}>
                {s.cancel}
              </Button>
            </>
          }
        />
      )}
    </section>
  );
}
