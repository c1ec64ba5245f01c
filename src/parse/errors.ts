/**
 * Raised when a file cannot be read as an invitation at all (empty, binary, no headers and no
 * body, an .ics without an event). Anything that merely looks odd is parsed leniently instead.
 */
export class ParseError extends Error {
  override readonly name = "ParseError";
}
