// @ts-check: typechecked by `npm run typecheck` (tsconfig.assets.json), served as it is.
'use strict';
(function () {
  /** chart.js's global, when the page loads it (before this script: both are deferred, in order) */
  var Chart = /** @type {{ Chart?: new (canvas: HTMLCanvasElement, config: object) => object }} */ (/** @type {unknown} */ (window)).Chart;

  // filters: a change submits the (GET) form
  /** @type {NodeListOf<HTMLSelectElement>} */ (document.querySelectorAll('select[data-autosubmit]')).forEach(function (el) {
    el.addEventListener('change', function () { el.form && el.form.submit(); });
  });

  // sortable tables: a button in each header; numbers sort by data-value
  /** @type {NodeListOf<HTMLTableElement>} */ (document.querySelectorAll('table.sortable')).forEach(function (table) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    headers.forEach(function (th, index) {
      var button = th.querySelector('button[data-sort]');
      if (!button) return;
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach(function (h) { if (h.hasAttribute('aria-sort')) h.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-sort-type') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).filter(function (r) { return !r.classList.contains('empty'); });
        /** @param {HTMLTableRowElement} row */
        function key(row) {
          var cell = row.cells[index];
          var v = (cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent) || '';
          v = v.trim();
          return numeric ? Number(v) : v.toLowerCase();
        }
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // charts (chart.js, served by the service)
  /** @param {HTMLCanvasElement} canvas */
  function data(canvas) {
    var el = document.getElementById(canvas.getAttribute('data-source') || '');
    return el ? JSON.parse(el.textContent || 'null') : null;
  }
  if (Chart) {
    var Made = Chart;
    var colors = { met: '#1a6b35', breached: '#c4314b', met2: '#5aa469', breached2: '#e88a9b' };
    /** @type {NodeListOf<HTMLCanvasElement>} */ (document.querySelectorAll('canvas[data-chart="compliance"]')).forEach(function (canvas) {
      var d = data(canvas);
      if (!d) return;
      new Made(canvas, {
        type: 'bar',
        data: {
          labels: d.labels,
          datasets: [
            { label: 'First response met', data: d.series.frMet, backgroundColor: colors.met, stack: 'first' },
            { label: 'First response breached', data: d.series.frBreached, backgroundColor: colors.breached, stack: 'first' },
            { label: 'Determination met', data: d.series.detMet, backgroundColor: colors.met2, stack: 'det' },
            { label: 'Determination breached', data: d.series.detBreached, backgroundColor: colors.breached2, stack: 'det' }
          ]
        },
        options: { animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
      });
    });
    var palette = ['#1f5fbf', '#5aa469', '#e0a030', '#8e5cc7', '#c4314b', '#2aa1a1', '#7a8699', '#d0672f', '#3d7d3d', '#b04f9e', '#4f6fa8'];
    /** @type {NodeListOf<HTMLCanvasElement>} */ (document.querySelectorAll('canvas[data-chart="partners"]')).forEach(function (canvas) {
      var d = data(canvas);
      if (!d) return;
      new Made(canvas, {
        type: 'bar',
        data: { labels: d.labels, datasets: d.datasets.map(function (/** @type {{ label: string, data: number[] }} */ s, /** @type {number} */ i) { return { label: s.label, data: s.data, backgroundColor: palette[i % palette.length], stack: 'score' }; }) },
        options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true } } }
      });
    });
  }
})();
