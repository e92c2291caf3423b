// "Print this certificate": shown only when JavaScript can print (the menu's Print works too).
document.querySelectorAll("[data-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
