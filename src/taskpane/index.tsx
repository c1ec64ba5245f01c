// Replaced by the task pane change.
document.getElementById("container")!.textContent = "Decline Assistant";
