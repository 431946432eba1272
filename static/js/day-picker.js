/* A small calendar beside every dd-mm-yyyy date box (registrar.widgets.DayInput; issue 25 point 7).
   No library, no inline style or script (CSP). Without JavaScript the text box alone works.
   The box always receives ASCII digits, dd-mm-yyyy; the calendar shows Assamese digits on Assamese pages. */
(function () {
  "use strict";
  var AS_DIGITS = "০১২৩৪৫৬৭৮৯";
  var assamese = (document.documentElement.lang || "").slice(0, 2) === "as";

  function show(n) {
    var s = String(n);
    return assamese ? s.replace(/[0-9]/g, function (d) { return AS_DIGITS[+d]; }) : s;
  }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function toAscii(s) {
    return s.replace(/[০-৯]/g, function (d) { return String(AS_DIGITS.indexOf(d)); });
  }
  function parse(value) {
    var m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(toAscii(value.trim()));
    var iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    var d = m ? new Date(+m[3], +m[2] - 1, +m[1]) : iso ? new Date(+iso[1], +iso[2] - 1, +iso[3]) : null;
    return d && !isNaN(d.getTime()) ? d : null;
  }
  function parseIso(value) {
    var iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
    return iso ? new Date(+iso[1], +iso[2] - 1, +iso[3]) : null;
  }
  function sameDay(a, b) {
    return a && b && a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
  }

  function calendarIcon() {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 20 20"); svg.setAttribute("width", "18"); svg.setAttribute("height", "18");
    svg.setAttribute("aria-hidden", "true"); svg.setAttribute("focusable", "false");
    [["rect", { x: 2, y: 4, width: 16, height: 14, rx: 2, fill: "none", stroke: "currentColor", "stroke-width": 1.6 }],
     ["path", { d: "M2 8h16M6 2v4M14 2v4", stroke: "currentColor", "stroke-width": 1.6, fill: "none" }],
     ["rect", { x: 5, y: 11, width: 3, height: 3, fill: "currentColor" }]].forEach(function (spec) {
      var el = document.createElementNS(ns, spec[0]);
      Object.keys(spec[1]).forEach(function (k) { el.setAttribute(k, spec[1][k]); });
      svg.appendChild(el);
    });
    return svg;
  }

  function attach(input) {
    var months = (input.getAttribute("data-months") || "").split("|");
    var weekdays = (input.getAttribute("data-weekdays") || "").split("|");  // Monday first
    var min = parseIso(input.getAttribute("data-min"));
    var max = parseIso(input.getAttribute("data-max"));
    var button = document.createElement("button");
    button.type = "button";
    button.className = "day-picker-btn";
    button.setAttribute("aria-label", input.getAttribute("data-pick-label") || "Choose a date");
    button.setAttribute("aria-expanded", "false");
    button.appendChild(calendarIcon());
    var panel = document.createElement("div");
    panel.className = "day-picker";
    panel.hidden = true;
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", button.getAttribute("aria-label"));
    var wrap = document.createElement("span");
    wrap.className = "day-picker-wrap";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    wrap.appendChild(button);
    wrap.appendChild(panel);

    var shown = null;  // first day of the month on screen
    var focusDay = null;

    function allowed(d) { return (!min || d >= min) && (!max || d <= max); }

    function render() {
      panel.textContent = "";
      var head = document.createElement("div");
      head.className = "day-picker-head";
      var prev = document.createElement("button");
      prev.type = "button"; prev.textContent = "‹"; prev.setAttribute("aria-label", "‹");
      var next = document.createElement("button");
      next.type = "button"; next.textContent = "›"; next.setAttribute("aria-label", "›");
      var title = document.createElement("span");
      title.className = "day-picker-title";
      title.setAttribute("aria-live", "polite");
      title.textContent = months[shown.getMonth()] + " " + show(shown.getFullYear());
      prev.addEventListener("click", function () { move(new Date(shown.getFullYear(), shown.getMonth() - 1, 1)); });
      next.addEventListener("click", function () { move(new Date(shown.getFullYear(), shown.getMonth() + 1, 1)); });
      head.appendChild(prev); head.appendChild(title); head.appendChild(next);
      panel.appendChild(head);
      var grid = document.createElement("table");
      grid.className = "day-picker-grid";
      var tr = document.createElement("tr");
      weekdays.forEach(function (w) { var th = document.createElement("th"); th.scope = "col"; th.textContent = w; tr.appendChild(th); });
      var thead = document.createElement("thead"); thead.appendChild(tr); grid.appendChild(thead);
      var tbody = document.createElement("tbody");
      var first = (shown.getDay() + 6) % 7;  // Monday = 0
      var days = new Date(shown.getFullYear(), shown.getMonth() + 1, 0).getDate();
      var chosen = parse(input.value);
      var today = new Date();
      tr = document.createElement("tr");
      for (var i = 0; i < first; i++) tr.appendChild(document.createElement("td"));
      for (var day = 1; day <= days; day++) {
        var date = new Date(shown.getFullYear(), shown.getMonth(), day);
        var td = document.createElement("td");
        var b = document.createElement("button");
        b.type = "button";
        b.textContent = show(day);
        b.setAttribute("data-day", day);
        b.setAttribute("aria-label", show(day) + " " + months[shown.getMonth()] + " " + show(shown.getFullYear()));
        if (sameDay(date, chosen)) { b.className = "chosen"; b.setAttribute("aria-pressed", "true"); }
        if (sameDay(date, today)) b.className += " today";
        b.tabIndex = sameDay(date, focusDay) ? 0 : -1;
        if (!allowed(date)) b.disabled = true;
        b.addEventListener("click", pick);
        td.appendChild(b); tr.appendChild(td);
        if ((first + day) % 7 === 0) { tbody.appendChild(tr); tr = document.createElement("tr"); }
      }
      if (tr.children.length) tbody.appendChild(tr);
      grid.appendChild(tbody);
      panel.appendChild(grid);
    }
    function move(month) {
      shown = month;
      if (!focusDay || focusDay.getMonth() !== month.getMonth() || focusDay.getFullYear() !== month.getFullYear()) {
        focusDay = new Date(month.getFullYear(), month.getMonth(), 1);
      }
      render();
    }
    function focusCurrent() {
      var b = panel.querySelector('button[data-day="' + focusDay.getDate() + '"]');
      if (b) b.focus();
    }
    function pick(event) {
      var day = +event.currentTarget.getAttribute("data-day");
      input.value = pad(day) + "-" + pad(shown.getMonth() + 1) + "-" + shown.getFullYear();
      input.dispatchEvent(new Event("change", { bubbles: true }));
      close(); input.focus();
    }
    function open() {
      var d = parse(input.value) || (max && max < new Date() ? max : new Date());
      focusDay = d;
      shown = new Date(d.getFullYear(), d.getMonth(), 1);
      render();
      panel.hidden = false;
      button.setAttribute("aria-expanded", "true");
      focusCurrent();
    }
    function close() { panel.hidden = true; button.setAttribute("aria-expanded", "false"); }

    button.addEventListener("click", function () { if (panel.hidden) open(); else close(); });
    panel.addEventListener("keydown", function (e) {
      var step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
      if (e.key === "Escape") { e.preventDefault(); close(); button.focus(); return; }
      if (step && focusDay && e.target.hasAttribute("data-day")) {
        e.preventDefault();
        focusDay = new Date(focusDay.getFullYear(), focusDay.getMonth(), focusDay.getDate() + step);
        if (focusDay.getMonth() !== shown.getMonth() || focusDay.getFullYear() !== shown.getFullYear()) {
          shown = new Date(focusDay.getFullYear(), focusDay.getMonth(), 1);
        }
        render(); focusCurrent();
      }
    });
    document.addEventListener("click", function (e) { if (!panel.hidden && !wrap.contains(e.target)) close(); });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-day-picker]"), attach);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
