// jsdom lacks these; postal-mime and React 19 rely on them.
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
