// Replaced by the preview change.
export {};
