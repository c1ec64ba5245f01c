// jsdom lacks these; postal-mime and React 19 rely on them.
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextEncoder, TextDecoder });

// findBy… and waitFor wait for the state a test asserts; on a loaded 2-core machine a dialog's
// opening or a save can take longer than testing-library's default second, so they may wait up to
// ten (they return as soon as the state is there). jest.config.js gives each test room for that.
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 10_000 });
