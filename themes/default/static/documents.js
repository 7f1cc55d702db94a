// Instant filtering of the document rows shown on a list page, diacritics optional ("ke hoach" finds "Kế hoạch").
// The page works without this file: its filters are links to pre-built lists. Plain DOM, no innerHTML, no requests.
(function () {
  'use strict';
  var form = document.querySelector('form.doc-filter');
  var table = document.querySelector('table.documents');
  if (!form || !table) return;
  var input = form.querySelector('input');
  var status = form.querySelector('[role=status]');
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  function fold(s) {
    return s.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var texts = rows.map(function (r) { return fold(r.textContent); });
  function apply() {
    var words = fold(input.value).split(/[^a-z0-9\/]+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (r, i) {
      var ok = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) shown++;
    });
    status.textContent = words.length ? status.getAttribute('data-template')
      .replace('{shown}', String(shown)).replace('{total}', String(rows.length)) : '';
  }
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  input.addEventListener('input', apply);
})();
