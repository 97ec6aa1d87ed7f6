// The search page's script (the only script of the site). It reads the index
// named by the form's data-index (built by src/render/search_index.cc), folds
// the query exactly as plansite folded the index, and lists every entry that
// contains all the words, title matches first. Every string it shows comes
// from the page's data-* attributes, so the script is the same in every
// language. No inline script anywhere: pages run under default-src 'self'.
(function () {
  'use strict';
  var form = document.querySelector('.search-form');
  if (!form || !window.fetch) return;
  var input = form.querySelector('input[name="q"]');
  var status = document.querySelector('.search-status');
  var list = document.querySelector('.search-results');
  var MAX = 100;  // more would make a long page; the count says how many there are
  var entries = null;

  // Must agree with fold_to_ascii (src/util/unicode.cc): decomposed, marks
  // dropped, đ/Đ → d, lowercase. "Đổi", "đổi" and "doi" are one query.
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u0111\u0110]/g, 'd').toLowerCase();
  }

  function say(key, n) {
    status.textContent = (form.getAttribute('data-' + key) || '').replace('%d', String(n));
  }

  function matchesAll(text, words) {
    for (var i = 0; i < words.length; i++) if (text.indexOf(words[i]) < 0) return false;
    return true;
  }

  function search(query) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var inTitle = [], elsewhere = [];
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      if (!matchesAll(e.f, words)) continue;
      (matchesAll(e.ft, words) ? inTitle : elsewhere).push(e);
    }
    return inTitle.concat(elsewhere);
  }

  function item(e) {
    var li = document.createElement('li');
    var kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = form.getAttribute('data-kind-' + e.k) || e.k;
    var a = document.createElement('a');
    a.href = e.u;
    a.textContent = e.t;
    if (e.l) a.lang = e.l;
    li.appendChild(kind);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(a);
    return li;
  }

  function show() {
    var query = input.value.trim();
    list.textContent = '';
    list.hidden = true;
    if (!query) { status.textContent = ''; return; }
    if (!entries) return;  // shown once the index arrives
    var found = search(query);
    if (!found.length) { say('none', 0); return; }
    say(found.length > MAX ? 'first' : 'count', found.length);
    var items = document.createDocumentFragment();
    for (var i = 0; i < found.length && i < MAX; i++) items.appendChild(item(found[i]));
    list.appendChild(items);
    list.hidden = false;
  }

  // The query stays in the address (?q=), so a result list can be shared and
  // the back button returns to it.
  function remember() {
    var q = input.value.trim();
    history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
  }

  input.value = new URLSearchParams(location.search).get('q') || '';
  input.addEventListener('input', function () { show(); remember(); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show();
    remember();
  });

  fetch(form.getAttribute('data-index'))
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (data) {
      for (var i = 0; i < data.length; i++) data[i].ft = fold(data[i].t);
      entries = data;
      show();
    })
    .catch(function () { say('error', 0); });
})();
