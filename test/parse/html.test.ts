import { decodeEntities, htmlToText } from "../../src/parse/html";

describe("htmlToText", () => {
  it("turns block elements and <br> into line breaks and collapses spaces", () => {
    expect(htmlToText("<h1>Save   the\n date</h1><p>Line one<br>Line two</p><ul><li>a</li><li>b</li></ul>")).toBe(
      "Save the date\n\nLine one\nLine two\n\na\n\nb",
    );
  });

  it("drops scripts, styles, the head and comments, even when they contain markup", () => {
    const html =
      "<head><title>T</title><style>p > a { x: '<p>' }</style></head><!-- <p>hidden</p> -->" +
      "<script>if (a < b) document.write('<div>no</div>')</script><p>shown</p>";
    expect(htmlToText(html)).toBe("shown");
  });

  it("ends an unclosed <head> where the body starts instead of dropping the mail", () => {
    expect(htmlToText("<html><head><title>t</title><meta charset=utf-8><body><p>Lunch on Friday?</p>")).toBe(
      "Lunch on Friday?",
    );
  });

  it("keeps text next to a lone '<' and ignores '>' inside quoted attributes", () => {
    expect(htmlToText("a << b <3 c")).toBe("a << b <3 c");
    expect(htmlToText('<p>1 < 2</p><a title="a > b" href="x">link</a>')).toBe("1 < 2\nlink");
  });

  it("keeps table cells apart", () => {
    expect(htmlToText("<table><tr><td>When</td><td>Friday</td></tr></table>")).toBe("When Friday");
  });

  it("reads deeply nested markup without failing", () => {
    const depth = 50_000;
    const html = "<div><span>".repeat(depth) + "deep words" + "</span></div>".repeat(depth);
    expect(htmlToText(html)).toBe("deep words");
  });

  it("drops an unterminated tag at the end of the input", () => {
    expect(htmlToText('<p>text</p><a href="never closed')).toBe("text");
  });
});

describe("decodeEntities", () => {
  it("decodes named, decimal and hexadecimal references", () => {
    expect(decodeEntities("Tom &amp; Jerry&nbsp;&#8212;&#x1F600; &eacute;&hellip; &unknown; &#0;")).toBe(
      "Tom & Jerry —😀 é… &unknown; \uFFFD",
    );
  });
});
