// The dashboard's stylesheet and script, served from the service (no CDN, no build step):
// kept as strings so the compiled dist/ carries them too. chart.js comes from node_modules.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

let chartJs: string | undefined
/** node_modules/chart.js/dist/chart.umd.min.js (the package's exports hide the path: resolve its main file first) */
export function chartJsSource(): string {
  chartJs ??= readFileSync(join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js'), 'utf8')
  return chartJs
}

export const ADMIN_CSS = `
:root{--fg:#1d2330;--muted:#5b6475;--bg:#f4f5f7;--card:#fff;--line:#d5d9e0;--accent:#1f5fbf;--bad:#a4001d;--warn:#8a5a00;--ok:#1a6b35}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;background:var(--bg);color:var(--fg)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:9}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.top{display:flex;align-items:center;gap:1.5rem;background:#1d2330;color:#fff;padding:.5rem 1.5rem;flex-wrap:wrap}
.brand{font-weight:700}
.top nav{display:flex;gap:1rem;flex-wrap:wrap}
.top nav a{color:#dfe6f3;text-decoration:none;padding:.25rem 0;border-bottom:2px solid transparent}
.top nav a[aria-current=page]{color:#fff;border-bottom-color:#7fb0ff}
.signout{margin-left:auto}
.signout button{background:transparent;color:#fff;border:1px solid #8a94a6;border-radius:4px;padding:.25rem .75rem;font:inherit;cursor:pointer}
main{padding:1rem 1.5rem 3rem;max-width:1500px}
h1{font-size:1.5rem;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.lead{color:var(--muted)}
.notice{background:#e6f1ff;border-left:4px solid var(--accent);padding:.5rem 1rem}
.warn{background:#fff4e0;border-left:4px solid var(--warn);padding:.5rem 1rem}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;background:var(--card);padding:.75rem 1rem;border:1px solid var(--line);border-radius:6px}
.filters label,.filters .field{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
select,input,textarea{font:inherit;padding:.3rem .4rem;border:1px solid #8a94a6;border-radius:4px;background:#fff;color:var(--fg)}
button,.button{font:inherit;padding:.35rem .9rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:4px;cursor:pointer;text-decoration:none;display:inline-block}
table{border-collapse:collapse;width:100%;background:var(--card);margin:.75rem 0;font-size:.9rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef0f4;font-weight:600}
th button{background:none;border:0;color:inherit;padding:0;font-weight:600;cursor:pointer}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td small{color:var(--muted)}
td.error{color:var(--bad);max-width:28rem;word-break:break-word}
.badge{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.8rem;background:#e3e7ee}
.badge.breached{background:#fde2e6;color:var(--bad)}.badge.at_risk{background:#fff0cc;color:var(--warn)}
.badge.ok{background:#dff3e6;color:var(--ok)}.badge.paused{background:#e6ecf7}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:0 1rem 1rem;flex:1 1 20rem}
.counts{display:flex;gap:1.25rem;flex-wrap:wrap;margin:0}.counts dt{font-size:.8rem;color:var(--muted)}.counts dd{margin:0;font-size:1.2rem;font-weight:600}
.chart{position:relative;height:260px;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.5rem}
.chart.tall{height:420px}
.try{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.75rem;background:var(--card);padding:1rem;border:1px solid var(--line);border-radius:6px}
.try label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}.try .wide{grid-column:1/-1}
.try button{justify-self:start;align-self:end}
.kv th{width:14rem}
pre.policy{max-height:30rem;overflow:auto;background:#fff;border:1px solid var(--line);padding:1rem;font-size:.8rem}
meter{width:5rem}
`

export const ADMIN_JS = `'use strict';
(function () {
  // filters: a change submits the (GET) form
  document.querySelectorAll('select[data-autosubmit]').forEach(function (el) {
    el.addEventListener('change', function () { el.form && el.form.submit(); });
  });

  // sortable tables: a button in each header; numbers sort by data-value
  document.querySelectorAll('table.sortable').forEach(function (table) {
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
        function key(row) {
          var cell = row.cells[index];
          var v = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
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
  function data(canvas) {
    var el = document.getElementById(canvas.getAttribute('data-source'));
    return el ? JSON.parse(el.textContent) : null;
  }
  if (window.Chart) {
    var colors = { met: '#1a6b35', breached: '#c4314b', met2: '#5aa469', breached2: '#e88a9b' };
    document.querySelectorAll('canvas[data-chart="compliance"]').forEach(function (canvas) {
      var d = data(canvas);
      if (!d) return;
      new window.Chart(canvas, {
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
    document.querySelectorAll('canvas[data-chart="partners"]').forEach(function (canvas) {
      var d = data(canvas);
      if (!d) return;
      new window.Chart(canvas, {
        type: 'bar',
        data: { labels: d.labels, datasets: d.datasets.map(function (s, i) { return { label: s.label, data: s.data, backgroundColor: palette[i % palette.length], stack: 'score' }; }) },
        options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true } } }
      });
    });
  }
})();
`
