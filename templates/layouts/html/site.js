// The little the report does on screen: filter the overview, copy a clause's address, and show only the
// provisions that differ. Everything is also usable without it (links and :target do the rest).
(function () {
  'use strict';
  var filter = document.getElementById('filter');
  if (filter) {
    var rows = Array.prototype.slice.call(document.querySelectorAll('[data-search]'));
    var none = document.getElementById('no-matches');
    var apply = function () {
      var words = filter.value.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.getAttribute('data-search') || '';
        var match = words.every(function (word) { return text.indexOf(word) !== -1; });
        row.hidden = !match;
        if (match) shown++;
      });
      if (none) none.hidden = shown !== 0;
    };
    filter.addEventListener('input', apply);
    apply();
  }

  var toast = document.getElementById('toast');
  var showToast = function () {
    if (!toast) return;
    toast.textContent = toast.getAttribute('data-copied') || '';
    toast.classList.add('show');
    window.setTimeout(function () { toast.classList.remove('show'); }, 1600);
  };
  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest('a.cite') : null;
    if (!link) return;
    event.preventDefault();
    var id = link.getAttribute('href').slice(1);
    if (window.location.hash !== '#' + id) window.location.hash = id;
    var address = window.location.href.split('#')[0] + '#' + id;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(address).then(showToast, showToast);
    } else {
      showToast();
    }
  });

  var onlyDifferences = document.getElementById('only-differences');
  if (onlyDifferences) {
    var sync = function () { document.body.classList.toggle('only-differences', onlyDifferences.checked); };
    onlyDifferences.addEventListener('change', sync);
    sync();
  }
})();
