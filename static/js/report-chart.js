/* Bar chart of an office report's figures (registrar.reports, ADR 0034).

   The figures come from <script type="application/json" id="report-chart-data"> (Django's json_script): labels,
   values and tones. Drawn with the vendored uPlot (static/vendor/uplot) on a canvas, so nothing inline is needed
   under the Content-Security-Policy. Without JavaScript the page still has the figures and their table. */
(function () {
  "use strict";

  var TONES = { good: "#166534", warn: "#d97706", bad: "#991b1b", neutral: "#0e7490" };
  var INK = "#1b2430";
  var FONT = "12px system-ui, sans-serif";

  function shorten(text, max) {
    return text.length > max ? text.slice(0, max - 1) + "…" : text;
  }

  function options(box, data) {
    var n = data.values.length;
    var width = Math.max(box.clientWidth, 240);
    var narrow = width < 600;
    var colours = data.tones.map(function (tone) { return TONES[tone] || TONES.neutral; });
    var maxLabel = narrow ? 18 : 30;
    var rotate = narrow || n > 6;
    return {
      width: width,
      height: narrow ? 300 : 340,
      padding: [16, narrow ? 20 : 12, 0, 0],  // room for the numbers above the bars and the last label
      legend: { show: false },
      cursor: { show: false },
      select: { show: false },
      scales: {
        x: { time: false, range: [-0.5, n - 0.5] },
        y: { range: function (u, min, max) { return [0, Math.max(1, max) * 1.15]; } },
      },
      axes: [
        {
          splits: function () { return data.values.map(function (v, i) { return i; }); },
          values: function (u, splits) {
            return splits.map(function (i) { return shorten(String(data.labels[i] || ""), maxLabel); });
          },
          // Upright labels when they fit; on a phone, vertical (a bar is ~30 px wide, a line of text 14 px).
          rotate: narrow ? -90 : rotate ? -40 : 0,
          size: narrow ? 140 : rotate ? 140 : 40,
          gap: 4,
          font: FONT,
          stroke: INK,
          grid: { show: false },
        },
        {
          label: data.y,
          font: FONT,
          labelFont: FONT,
          stroke: INK,
          values: function (u, splits) {
            return splits.map(function (v) { return Number.isInteger(v) ? String(v) : ""; });
          },
        },
      ],
      series: [
        {},
        {
          label: data.title,
          width: 0,
          points: { show: false },
          paths: uPlot.paths.bars({
            size: [0.6, 80],
            disp: { fill: { unit: 3, values: function () { return colours; } } },
          }),
          fill: TONES.neutral,
        },
      ],
      hooks: {
        draw: [function (u) {
          // Each bar's number above it (a zero has no bar to show otherwise).
          var ctx = u.ctx;
          ctx.save();
          ctx.font = "bold " + Math.round(12 * devicePixelRatio) + "px system-ui, sans-serif";
          ctx.fillStyle = INK;
          ctx.textAlign = "center";
          ctx.textBaseline = "bottom";
          data.values.forEach(function (v, i) {
            var x = u.valToPos(i, "x", true);
            var y = u.valToPos(v, "y", true);
            ctx.fillText(String(v), x, y - 3 * devicePixelRatio);
          });
          ctx.restore();
        }],
      },
    };
  }

  function draw(box) {
    var source = document.getElementById(box.getAttribute("data-source"));
    if (!source || typeof uPlot === "undefined") return;
    var data = JSON.parse(source.textContent);
    if (!data.values.length) return;
    var xs = data.values.map(function (v, i) { return i; });
    var plot = new uPlot(options(box, data), [xs, data.values], box);
    box.classList.add("drawn");
    var timer = null;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        plot.destroy();
        plot = new uPlot(options(box, data), [xs, data.values], box);
      }, 150);
    });
  }

  function start() {
    var boxes = document.querySelectorAll(".report-chart[data-source]");
    for (var i = 0; i < boxes.length; i++) draw(boxes[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
