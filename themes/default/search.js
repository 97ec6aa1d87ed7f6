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
  // The newest plans, for a reader without JavaScript or without the index
  // (a page opened from disk: Chromium fetches nothing from file://).
  var fallback = document.querySelector('.search-fallback');
  if (fallback) fallback.hidden = true;
  var MAX = 100;  // more would make a long page; the count says how many there are
  var entries = null;
  // The index holds site-root URLs ("/ke-hoach/x/#nv-1"); pages link relative
  // to themselves so the site works under any path and from disk. data-root
  // is the way from this page to the root's index.html ("../index.html"),
  // data-base-path the prefix of the index's URLs ("/").
  var root = new URL('.', new URL(form.getAttribute('data-root') || 'index.html', location.href));
  var basePath = form.getAttribute('data-base-path') || '/';

  // "/ke-hoach/x/#nv-1" → ".../ke-hoach/x/index.html#nv-1", folders named by
  // their index.html as in every other link (file:// has no folder index).
  function link(url) {
    if (url.indexOf(basePath) !== 0) return url;
    var cut = url.search(/[?#]/);
    var path = url.slice(basePath.length, cut < 0 ? url.length : cut);
    if (path === '' || path.charAt(path.length - 1) === '/') path += 'index.html';
    return new URL(path + (cut < 0 ? '' : url.slice(cut)), root).href;
  }

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
    a.href = link(e.u);
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
    try {
      history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
    } catch (e) {
      // A file:// page may not change its own address; the results still show.
    }
  }

  input.value = new URLSearchParams(location.search).get('q') || '';
  input.addEventListener('input', function () { show(); remember(); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show();
    remember();
  });

  // From file:// Chromium refuses to fetch (and logs an error): say so at
  // once and bring the fallback list back.
  if (location.protocol === 'file:') {
    say('error', 0);
    if (fallback) fallback.hidden = false;
    return;
  }
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
    .catch(function () {
      say('error', 0);
      if (fallback) fallback.hidden = false;
    });
})();
