// Replaced by the preview change: runs the browser tests under node:test.
console.log("no browser tests yet");
