// Replaced by the one-click decline change.
export {};
