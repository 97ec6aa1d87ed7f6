// Draws each chart of the page with Chart.js (loaded before this file) from
// the JSON block beside its canvas: the data is in the page, not in a script,
// so the Content Security Policy allows no inline code. Without JavaScript the
// summary and the table beside the canvas say the same.
"use strict";
(function () {
  if (typeof Chart === "undefined") return;
  const language = document.documentElement.lang || "vi";
  const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const style = getComputedStyle(document.body);
  Chart.defaults.font.family = style.fontFamily;
  Chart.defaults.color = style.color;

  function dataset(chart, series) {
    const set = {
      label: series.label,
      data: series.values,
      borderColor: series.colours || series.colour,
      backgroundColor: series.colours || series.colour,
    };
    if (chart.kind === "line") {
      // A target line joins its milestones across the periods between them.
      set.spanGaps = true;
      set.borderDash = series.dashed ? [6, 4] : [];
      set.pointStyle = series.dashed ? "rectRot" : "circle";
      set.pointRadius = 4;
    } else {
      set.maxBarThickness = 48;
    }
    return set;
  }

  function draw(block) {
    const canvas = block.previousElementSibling && block.previousElementSibling.querySelector("canvas");
    if (!canvas) return;
    const chart = JSON.parse(block.textContent);
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const show = (value) => number.format(value) + chart.unit;
    const many = chart.series.length > 1;
    const narrow = canvas.parentElement.clientWidth < 500;
    // The value axis: up, or along for bars that lie down.
    const values = { beginAtZero: true, ticks: { callback: show, precision: chart.unit ? undefined : 0 } };
    new Chart(canvas, {
      type: chart.kind,
      data: { labels: chart.labels, datasets: chart.series.map((s) => dataset(chart, s)) },
      options: {
        locale: language,
        animation: still ? false : { duration: 400 },
        // Taller on a phone, where a wide chart would be too flat to read;
        // a few bars lying down need less height than a line over time.
        aspectRatio: (narrow ? 1.3 : 2.2) * (chart.horizontal ? 1.3 : 1),
        indexAxis: chart.horizontal ? "y" : "x",
        // Stacked bars show the parts of one whole (tasks by status) period by period.
        scales: chart.horizontal
          ? { x: values }
          : chart.stacked
            ? { x: { stacked: true }, y: Object.assign({ stacked: true }, values) }
            : { y: values },
        plugins: {
          legend: { display: many },
          tooltip: {
            callbacks: {
              label: (item) =>
                (many ? item.dataset.label + ": " : "") + show(chart.horizontal ? item.parsed.x : item.parsed.y),
            },
          },
        },
      },
    });
  }

  document.querySelectorAll("script.chart-data").forEach(draw);
})();
