/* Fold the main menu behind its "Menu" button on narrow screens; keep it open on wide ones. */
(function () {
  var menu = document.querySelector("[data-menu]");
  if (!menu) return;
  var narrow = window.matchMedia("(max-width: 39.99rem)");
  function fit() {
    if (narrow.matches) menu.removeAttribute("open");
    else menu.setAttribute("open", "");
  }
  fit();
  narrow.addEventListener("change", fit);
})();
