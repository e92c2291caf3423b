// A "Print" button for pages that print well (the saved list). Hidden without JavaScript:
// the browser's own Print menu does the same.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
