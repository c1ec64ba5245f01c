export { classify, classifyUnguarded } from "./classify";
export { describeEvidence, PHRASE_REASON, topReasons } from "./explain";
export { SIGNALS, type Signal } from "./signals";
export { closeCall, CLOSE_CALL_MARGIN } from "./closeCall";
