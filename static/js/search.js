/* Site search (templates/components/search_box.html, templates/search/).
 *
 * 1. Each search box's input becomes an ARIA 1.2 combobox with a listbox of suggestions
 *    from the search page's JSON (`data-suggest-url`): typing asks (debounced) for up to
 *    eight; ArrowDown/ArrowUp move through them (aria-activedescendant), Enter opens the
 *    chosen one (or submits the words), Escape closes the list (then clears the box), and
 *    a polite live region says how many there are (words from data-one/-many/-none).
 * 2. On a phone the search page's filters fold into their "Filter results" disclosure.
 * Without JavaScript the form submits to the search page and the filters stay open.
 */
(function () {
  "use strict";
  var DELAY = 200;
  var MIN_LENGTH = 2;
  var counter = 0;

  function SearchBox(form) {
    this.form = form;
    this.input = form.querySelector("input[name=q]");
    this.listbox = form.querySelector("[role=listbox]");
    this.status = form.querySelector("[data-search-status]");
    this.url = form.getAttribute("data-suggest-url");
    this.results = [];
    this.active = -1;
    this.timer = null;
    this.request = null;
    this.asked = "";
    this.prefix = (this.input.id || "search-" + ++counter) + "-option-";
    this.setUp();
  }

  SearchBox.prototype.setUp = function () {
    var box = this;
    var input = this.input;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", this.listbox.id);
    input.setAttribute("aria-expanded", "false");
    input.addEventListener("input", function () { box.schedule(); });
    input.addEventListener("keydown", function (event) { box.onKey(event); });
    input.addEventListener("blur", function () {
      // A click on an option lands first (its mousedown keeps the focus here).
      window.setTimeout(function () { box.close(); }, 150);
    });
    this.listbox.addEventListener("mousedown", function (event) { event.preventDefault(); });
    this.listbox.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) box.open(Number(option.getAttribute("data-index")));
    });
  };

  SearchBox.prototype.schedule = function () {
    var box = this;
    window.clearTimeout(this.timer);
    var words = this.input.value.trim();
    if (words.length < MIN_LENGTH) {
      this.asked = "";
      if (this.request) this.request.abort();
      this.close();
      return;
    }
    this.timer = window.setTimeout(function () { box.fetch(words); }, DELAY);
  };

  SearchBox.prototype.fetch = function (words) {
    var box = this;
    if (words === this.asked && this.results.length) {
      this.show(this.results);
      return;
    }
    if (this.request) this.request.abort();
    var controller = "AbortController" in window ? new AbortController() : null;
    this.request = controller;
    this.asked = words;
    var address = this.url + "?q=" + encodeURIComponent(words);
    window.fetch(address, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      signal: controller ? controller.signal : undefined,
    })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) {
        if (box.input.value.trim() !== words) return; // typed on since: a newer answer comes
        box.show(data.results || []);
      })
      .catch(function () { /* aborted, or offline: the form still submits */ });
  };

  SearchBox.prototype.show = function (results) {
    var box = this;
    this.results = results;
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    this.listbox.textContent = "";
    results.forEach(function (result, index) {
      var option = document.createElement("li");
      option.id = box.prefix + index;
      option.className = "search-box__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-index", String(index));
      var title = document.createElement("span");
      title.className = "search-box__option-title";
      title.textContent = result.title;
      option.appendChild(title);
      if (result.kind) {
        var kind = document.createElement("span");
        kind.className = "search-box__option-kind";
        kind.textContent = result.kind;
        option.appendChild(kind);
      }
      box.listbox.appendChild(option);
    });
    var expanded = results.length > 0 && document.activeElement === this.input;
    this.listbox.hidden = !expanded;
    this.input.setAttribute("aria-expanded", expanded ? "true" : "false");
    this.announce(results.length);
  };

  SearchBox.prototype.announce = function (count) {
    var words;
    if (count === 0) words = this.form.getAttribute("data-none");
    else if (count === 1) words = this.form.getAttribute("data-one");
    else words = (this.form.getAttribute("data-many") || "").replace("{n}", String(count));
    // A change of text is what a live region reads: clear, then say it.
    var status = this.status;
    status.textContent = "";
    window.setTimeout(function () { status.textContent = words || ""; }, 50);
  };

  SearchBox.prototype.isOpen = function () {
    return !this.listbox.hidden;
  };

  SearchBox.prototype.close = function () {
    window.clearTimeout(this.timer);
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
    this.setActive(-1);
  };

  SearchBox.prototype.setActive = function (index) {
    var options = this.listbox.querySelectorAll("[role=option]");
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    this.active = index;
    if (index >= 0 && options[index]) {
      this.input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  };

  SearchBox.prototype.move = function (step) {
    var count = this.results.length;
    if (!count) return;
    if (!this.isOpen()) {
      this.listbox.hidden = false;
      this.input.setAttribute("aria-expanded", "true");
      this.setActive(step > 0 ? 0 : count - 1);
      return;
    }
    var next = this.active + step;
    if (next >= count) next = 0;
    if (next < -1) next = count - 1;
    if (next === -1) next = step > 0 ? 0 : count - 1;
    this.setActive(next);
  };

  SearchBox.prototype.open = function (index) {
    var result = this.results[index];
    if (result && result.url) window.location.assign(result.url);
  };

  SearchBox.prototype.onKey = function (event) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!this.results.length && this.input.value.trim().length >= MIN_LENGTH) {
          this.fetch(this.input.value.trim());
        } else {
          this.move(1);
        }
        break;
      case "ArrowUp":
        if (this.isOpen()) {
          event.preventDefault();
          this.move(-1);
        }
        break;
      case "Enter":
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.open(this.active);
        }
        break;
      case "Escape":
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = "";
          this.results = [];
          this.asked = "";
        }
        break;
      case "Tab":
        this.close();
        break;
    }
  };

  var boxes = document.querySelectorAll("[data-search-box]");
  for (var i = 0; i < boxes.length; i++) {
    if (boxes[i].querySelector("[role=listbox]") && window.fetch) new SearchBox(boxes[i]);
  }

  // The filters: folded on a phone (the summary shows how many are chosen), open on wider screens.
  var filters = document.querySelector("[data-search-filters]");
  if (filters) {
    var narrow = window.matchMedia("(max-width: 59.99rem)");
    var fit = function () {
      if (narrow.matches) filters.removeAttribute("open");
      else filters.setAttribute("open", "");
    };
    fit();
    narrow.addEventListener("change", fit);
  }
})();
