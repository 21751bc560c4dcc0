// Report readiness the moment the DOM is parsed (the floor of "interactive"),
// with the page's own clock, as Steady does.
document.addEventListener("DOMContentLoaded", () => {
  window.__TAURI_INTERNALS__.invoke("ui_ready", { dom: performance.now() });
});
