/* claimcheck report.html: filters and the claim-matrix sentence panel.
   Plain DOM code. It never builds HTML from strings: sentences are cloned from inert
   <template> elements that the server side already escaped. */
(function () {
  "use strict";
  var levels = { error: true, warning: true, info: true, passed: true };
  var story = "";

  function applyFilters() {
    var cards = document.querySelectorAll(".card[data-level]");
    var shown = 0;
    cards.forEach(function (card) {
      var ok = levels[card.dataset.level] && (!story || card.dataset.story === story);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.querySelectorAll("section.story[data-story]").forEach(function (sec) {
      sec.hidden = Boolean(story) && sec.dataset.story !== story;
    });
    var counter = document.getElementById("shown");
    if (counter) { counter.textContent = "showing " + shown + " of " + cards.length + " checks"; }
  }

  document.querySelectorAll("button[data-filter-level]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var level = btn.dataset.filterLevel;
      levels[level] = !levels[level];
      btn.setAttribute("aria-pressed", String(levels[level]));
      applyFilters();
    });
  });

  var select = document.getElementById("story-filter");
  if (select) {
    select.addEventListener("change", function () { story = select.value; applyFilters(); });
  }

  document.querySelectorAll("button.cell[data-sentence]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var tpl = document.getElementById(btn.dataset.sentence);
      var section = btn.closest("section.story");
      var panel = section && section.querySelector(".panel");
      if (!tpl || !panel) { return; }
      panel.replaceChildren(document.importNode(tpl.content, true));
      section.querySelectorAll("td.active").forEach(function (td) { td.classList.remove("active"); });
      btn.parentElement.classList.add("active");
    });
  });

  applyFilters();
}());
