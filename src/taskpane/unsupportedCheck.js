/* global window, document */
// ES5: inlined into taskpane.html for the Internet Explorer webview, which cannot parse the bundle.
(function () {
  if (
    typeof window.Promise === "function" &&
    typeof window.fetch === "function" &&
    typeof window.Symbol === "function"
  ) {
    return;
  }
  document.documentElement.setAttribute("data-unsupported", "");
  document.getElementById("unsupported").style.display = "block";
})();
