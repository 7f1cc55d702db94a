// Portal search on any static host. Reads tim-kiem/meta.json, one index bucket per query term and one text shard
// per result shown: a few small files per query, however large the portal (see SearchIndex.java, which builds
// them and answers queries the same way for the tests). Diacritics are optional: text and query are both folded.
// Results are built with DOM methods and textContent only, never innerHTML.
(function () {
  'use strict';
  var form = document.getElementById('tim-kiem');
  if (!form || !window.fetch) return;
  var input = document.getElementById('q');
  var status = document.getElementById('trang-thai');
  var list = document.getElementById('ket-qua');
  var help = document.getElementById('khong-js');
  var indexDir = form.getAttribute('data-index');
  var root = form.getAttribute('data-root');
  var PAGE = 10;
  var cache = {};
  var sequence = 0;

  function msg(name, values) {
    var s = form.getAttribute('data-msg-' + name) || '';
    for (var k in values) s = s.split('{' + k + '}').join(values[k]);
    return s;
  }
  function fold(s) {
    return s.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function tokens(s) { return fold(s).split(/[^a-z0-9]+/).filter(Boolean); }
  function getJSON(path) {
    if (!cache[path]) {
      cache[path] = fetch(indexDir + path).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
    }
    return cache[path];
  }
  function bucketOf(term, n) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) { h ^= term.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return (h >>> 0) % n;
  }
  function pairs(t) {
    if (t.length === 1) return t;
    var out = [];
    for (var i = 0; i + 1 < t.length; i++) { var p = t[i] + ' ' + t[i + 1]; if (out.indexOf(p) < 0) out.push(p); }
    return out;
  }
  function unique(t) { return t.filter(function (x, i) { return t.indexOf(x) === i; }); }

  // Pieces in every term's list (all) or in any, those in more lists first; then by score, then by entry.
  function match(meta, terms, all) {
    return Promise.all(terms.map(function (t) { return getJSON('i/' + bucketOf(t, meta.buckets) + '.json'); }))
      .then(function (buckets) {
        var found = new Map();
        for (var k = 0; k < terms.length; k++) {
          var b = buckets[k];
          if (!Object.prototype.hasOwnProperty.call(b, terms[k])) { if (all) return []; continue; }
          var p = b[terms[k]];
          for (var i = 0; i < p.length; i += 2) {
            var f = found.get(p[i]);
            if (!f) { f = [0, 0]; found.set(p[i], f); }
            f[0]++; f[1] += p[i + 1];
          }
        }
        var hits = [];
        found.forEach(function (f, id) { if (!all || f[0] === terms.length) hits.push({ id: id, n: f[0], score: f[1] }); });
        hits.sort(function (a, c) { return c.n - a.n || c.score - a.score || a.id - c.id; });
        return hits;
      });
  }
  function onePerPage(meta, hits) {
    // The page of a piece is only known from its shard; load the shards of the first hits until PAGE pages are found.
    var seen = {}, out = [], i = 0;
    function step() {
      if (i >= hits.length) return Promise.resolve(done());
      var batch = hits.slice(i, i + shownLimit + 1 - out.length);
      i += batch.length;
      return Promise.all(batch.map(function (h) { return piece(meta, h.id); })).then(function (pieces) {
        pieces.forEach(function (p, k) {
          var page = p[0].split('#')[0];
          if (!seen[page]) { seen[page] = true; out.push({ hit: batch[k], piece: p }); }
        });
        return out.length > shownLimit ? done() : step();
      });
    }
    function done() { return { found: out, more: out.length > shownLimit || i < hits.length }; }
    return step().then(function (r) { return r.found ? r : done(); });
  }
  function piece(meta, id) {
    return getJSON('t/' + Math.floor(id / meta.shard) + '.json').then(function (s) { return s[id % meta.shard]; });
  }

  // The text around the first match, with the match marked. Folding keeps one character per character for
  // Vietnamese text in NFC, so positions in the folded text are positions in the original.
  function snippet(text, words) {
    var folded = '', map = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text.charAt(i));
      for (var j = 0; j < f.length; j++) { folded += f.charAt(j); map.push(i); }
    }
    var re = new RegExp('(^|[^a-z0-9])(' + words.join('[^a-z0-9]+') + ')(?![a-z0-9])');
    var m = re.exec(folded);
    if (!m) { re = new RegExp('(^|[^a-z0-9])(' + words[0] + ')(?![a-z0-9])'); m = re.exec(folded); }
    var frag = document.createDocumentFragment();
    if (!m) { frag.appendChild(document.createTextNode(cut(text, 0, 220))); return frag; }
    var s = map[m.index + m[1].length], e = map[m.index + m[0].length - 1] + 1;
    var from = Math.max(0, s - 70), to = Math.min(text.length, e + 150);
    while (from > 0 && from < s && text.charAt(from - 1) !== ' ') from++;
    while (to < text.length && to > e && text.charAt(to) !== ' ') to--;
    frag.appendChild(document.createTextNode((from > 0 ? '… ' : '') + text.slice(from, s)));
    var mark = document.createElement('mark');
    mark.textContent = text.slice(s, e);
    frag.appendChild(mark);
    frag.appendChild(document.createTextNode(text.slice(e, to) + (to < text.length ? ' …' : '')));
    return frag;
  }
  function cut(text, from, n) { return text.length <= n ? text : text.slice(from, n).replace(/\s+\S*$/, '') + ' …'; }

  function render(results, words, q, more) {
    list.textContent = '';
    results.forEach(function (r) {
      var p = r.piece, li = document.createElement('li'), h = document.createElement('h2'), a = document.createElement('a');
      a.href = root + p[0];
      a.textContent = p[1] + (p[2] ? ' › ' + p[2] : '');
      h.appendChild(a);
      li.appendChild(h);
      if (p[3]) { var m = document.createElement('p'); m.className = 'muted'; m.textContent = p[3]; li.appendChild(m); }
      if (p[4]) { var s = document.createElement('p'); s.appendChild(snippet(p[4], words)); li.appendChild(s); }
      list.appendChild(li);
    });
    status.textContent = results.length ? msg('count', { n: String(results.length) + (more ? '+' : ''), q: q }) : msg('none', { q: q });
    if (more) {
      var li = document.createElement('li'), b = document.createElement('button');
      li.className = 'more';
      b.type = 'button';
      b.textContent = msg('more', {});
      b.addEventListener('click', function () { shownLimit += PAGE; run(false); });
      li.appendChild(b);
      list.appendChild(li);
    }
  }

  var shownLimit = PAGE;
  function run(fresh) {
    var q = input.value.trim(), words = tokens(q), mine = ++sequence;
    if (fresh) shownLimit = PAGE;
    if (!words.length) { list.textContent = ''; status.textContent = q ? msg('short', {}) : ''; return; }
    status.textContent = msg('loading', {});
    getJSON('meta.json').then(function (meta) {
      // The query's syllable pairs; if no piece holds them all, its syllables; if still none, pieces holding most.
      return match(meta, pairs(words), true).then(function (hits) {
        return hits.length || words.length < 2 ? hits : match(meta, unique(words), true).then(function (h) {
          return h.length ? h : match(meta, unique(words), false);
        });
      }).then(function (hits) { return onePerPage(meta, hits); });
    }).then(function (r) {
      if (mine !== sequence) return;
      if (help) help.hidden = true;
      render(r.found.slice(0, shownLimit), words, q, r.more);
    }).catch(function () {
      if (mine !== sequence) return;
      status.textContent = msg('error', {});
      if (help) help.hidden = false;
    });
  }

  var timer = null;
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    run(true);
    if (window.history && history.replaceState) history.replaceState(null, '', '?q=' + encodeURIComponent(input.value.trim()));
  });
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(function () { run(true); }, 250); });
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) { input.value = initial; run(true); }
  else getJSON('meta.json').then(function () { if (help) help.hidden = true; }, function () { status.textContent = msg('error', {}); });
})();
