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
  // A table wider than the screen scrolls inside its .table-wrap: a keyboard must reach that region to scroll it
  // (WCAG 2.1.1), and a screen reader is told what it holds (its caption, or the heading before it). A wrap whose
  // table fits takes no tab stop.
  function markScrollers() {
    document.querySelectorAll(".table-wrap").forEach(function (wrap) {
      if (wrap.scrollWidth > wrap.clientWidth + 1) {
        if (!wrap.hasAttribute("tabindex")) { wrap.tabIndex = 0; wrap.dataset.scroller = ""; }
        if (!wrap.hasAttribute("aria-label")) {
          var caption = wrap.querySelector("caption"), heading = wrap.previousElementSibling;
          while (heading && !/^H[1-6]$/.test(heading.tagName)) { heading = heading.previousElementSibling; }
          var name = (caption || heading || {}).textContent;
          if (name) { wrap.setAttribute("role", "region"); wrap.setAttribute("aria-label", name.trim()); }
        }
      } else if (wrap.hasAttribute("data-scroller")) {
        wrap.removeAttribute("tabindex");
        wrap.removeAttribute("data-scroller");
      }
    });
  }
  markScrollers();
  window.addEventListener("resize", markScrollers);
  // <button data-print> prints the page (acknowledgements).
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-print]") : null;
    if (target) { window.print(); }
  });
})();
