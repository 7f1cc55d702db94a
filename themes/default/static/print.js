// Print button for articles (Decree 42/2022, Art. 7). Loaded from the site itself with `defer`, so it works under
// a Content-Security-Policy of script-src 'self'. Without JavaScript the button stays hidden and the hint beside
// it says how to print; with it, the button appears and the hint goes.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});
document.querySelectorAll('.print-hint').forEach(function (hint) { hint.hidden = true; });
