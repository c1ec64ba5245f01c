import { emptyInvitation } from "../../src/core/invitation";
import {
  buildReplyContext,
  fitReplyHtml,
  OUTLOOK_HTML_BODY_LIMIT,
  renderReply,
  replyHtml,
  suggestReplies,
  utf8Length,
} from "../../src/core/replies";

describe("replyHtml", () => {
  test("paragraphs become <p>, single line breaks <br>", () => {
    expect(replyHtml("Hi Rachel,\n\nThanks.\nReally.\n\n\nBest,\nDana")).toBe(
      "<p>Hi Rachel,</p><p>Thanks.<br>Really.</p><p>Best,<br>Dana</p>",
    );
    expect(replyHtml("a\r\n\r\nb")).toBe("<p>a</p><p>b</p>");
    expect(replyHtml("")).toBe("");
  });

  test("a hostile subject reaches the reply HTML only as escaped text", () => {
    const invitation = emptyInvitation({
      kind: "meetingRequest",
      subject: "Invitation: <img src=x onerror=alert(1)>",
      from: { name: "<script>alert('x')</script>", address: "a@b.c" },
    });
    const template = suggestReplies("internal_meeting").find((t) => t.id === "internal_meeting.async_update");
    const html = replyHtml(renderReply(template!, "warm", buildReplyContext(invitation)));
    expect(html).toContain("the &lt;img src=x onerror=alert(1)&gt;.");
    expect(html).not.toMatch(/<(img|script)/i);
    expect(html.replace(/<\/?(p|br)>/g, "")).not.toMatch(/[<>]/);
  });
});

describe("the 32 KB limit of Outlook's reply form", () => {
  test("the limit is 32 KB and a normal reply fits untouched", () => {
    expect(OUTLOOK_HTML_BODY_LIMIT).toBe(32768);
    const text = "Hi Rachel,\n\nThanks, but no.\n\nDana";
    expect(fitReplyHtml(text)).toEqual({ html: replyHtml(text), truncated: false, fullBytes: 50, limit: 32768 });
  });

  test("an over-long text is cut to fit, marked, and never inside an entity", () => {
    // Every character escapes to an entity, so a careless cut would leave half of one.
    const text = "Hi,\n\n" + "<&> ".repeat(4000) + "\n\nDana";
    const fitted = fitReplyHtml(text);
    expect(fitted.truncated).toBe(true);
    expect(fitted.fullBytes).toBeGreaterThan(OUTLOOK_HTML_BODY_LIMIT);
    expect(utf8Length(fitted.html)).toBeLessThanOrEqual(OUTLOOK_HTML_BODY_LIMIT);
    expect(utf8Length(fitted.html)).toBeGreaterThan(OUTLOOK_HTML_BODY_LIMIT - 100);
    expect(fitted.html).toMatch(/^<p>Hi,<\/p><p>(&lt;&amp;&gt; )*&lt;&amp;&gt;…<\/p>$/);
  });

  test("multi-byte text is measured in bytes and not split inside a character", () => {
    const text = "😀é".repeat(10000);
    const fitted = fitReplyHtml(text, 1000);
    expect(utf8Length(fitted.html)).toBeLessThanOrEqual(1000);
    expect(fitted.html).toMatch(/^<p>(😀é)+(😀)?…<\/p>$/u);
  });

  test("the cut prefers a word boundary", () => {
    const fitted = fitReplyHtml("alpha beta gamma delta epsilon", 24);
    expect(fitted.html).toBe("<p>alpha beta…</p>");
  });
});
