/* Behaviour for every page, kept out of the HTML so the Content-Security-Policy can say script-src 'self'
   (no inline scripts, no on* attributes). Every page works without it. */
(function () {
  "use strict";
  // The language menu switches as soon as a language is chosen (the <noscript> button does it otherwise).
  var lang = document.getElementById("lang-select");
  if (lang && lang.form) {
    lang.addEventListener("change", function () { lang.form.submit(); });
  }
  // The office menus (<details name="office-nav">) work without this; it only closes an open menu on Escape
  // (focus back on its summary) and on a click outside it.
  function openMenus() { return document.querySelectorAll(".mainnav details[open]"); }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    openMenus().forEach(function (menu) { menu.open = false; menu.querySelector("summary").focus(); });
  });
  document.addEventListener("click", function (event) {
    openMenus().forEach(function (menu) { if (!menu.contains(event.target)) { menu.open = false; } });
  });
  // <button data-print> prints the page (acknowledgements).
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-print]") : null;
    if (target) { window.print(); }
  });
})();
