// Meridian's few behaviours beyond plain HTML: confirmation of destructive actions, the institution picker,
// htmx failures as a message, copying a token, remembering the user name across a failed sign-in.
(function () {
  "use strict";

  // A form with data-confirm="question" is submitted only after the user confirms in the <dialog>.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute("data-confirm");
    var dialog = document.getElementById("confirm-dialog");
    if (!question || form.dataset.confirmed === "yes" || !dialog || typeof dialog.showModal !== "function") {
      return;
    }
    event.preventDefault();
    dialog.querySelector("[data-confirm-message]").textContent = question;
    dialog.returnValue = "";
    dialog.addEventListener("close", function onClose() {
      dialog.removeEventListener("close", onClose);
      if (dialog.returnValue === "confirm") {
        form.dataset.confirmed = "yes";
        if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      }
    });
    dialog.showModal();
  });

  // Institution picker: the search box asks /ui/institutions/suggest with its text as q and its source as of;
  // choosing an option fills the hidden id and the visible name, and submits a form[data-picker-submit].
  document.addEventListener("htmx:configRequest", function (event) {
    var element = event.detail.elt;
    if (element && element.hasAttribute("data-picker-search")) {
      event.detail.parameters = { q: element.value, of: element.getAttribute("data-picker-source") || "registry" };
      var hidden = element.closest("[data-picker]").querySelector("[data-picker-value]");
      if (event.detail.triggeringEvent && event.detail.triggeringEvent.type === "input") { hidden.value = ""; }
    }
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    var picker = event.target.closest && event.target.closest("[data-picker]");
    if (picker) {
      var search = picker.querySelector("[data-picker-search]");
      search.setAttribute("aria-expanded", picker.querySelector("[role=option]") ? "true" : "false");
    }
  });
  function choose(option) {
    var picker = option.closest("[data-picker]");
    picker.querySelector("[data-picker-value]").value = option.getAttribute("data-id");
    var search = picker.querySelector("[data-picker-search]");
    search.value = option.getAttribute("data-label");
    search.setAttribute("aria-expanded", "false");
    option.closest(".picker-options").innerHTML = "";
    search.focus();
    var lookup = picker.closest("form[data-picker-submit]");
    if (lookup) {
      if (lookup.requestSubmit) { lookup.requestSubmit(); } else { lookup.submit(); }
    }
  }
  document.addEventListener("click", function (event) {
    var option = event.target.closest && event.target.closest("[data-picker] [role=option]");
    if (option) { choose(option); }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (!target.closest) { return; }
    var picker = target.closest("[data-picker]");
    if (!picker) { return; }
    var options = Array.prototype.slice.call(picker.querySelectorAll("[role=option]"));
    var index = options.indexOf(target);
    if (event.key === "ArrowDown" && options.length) {
      event.preventDefault();
      options[Math.min(index + 1, options.length - 1)].focus();
    } else if (event.key === "ArrowUp" && index >= 0) {
      event.preventDefault();
      if (index === 0) { picker.querySelector("[data-picker-search]").focus(); } else { options[index - 1].focus(); }
    } else if (event.key === "Enter" && index >= 0) {
      event.preventDefault();
      choose(target);
    } else if (event.key === "Escape") {
      picker.querySelector(".picker-options").innerHTML = "";
      picker.querySelector("[data-picker-search]").setAttribute("aria-expanded", "false");
      picker.querySelector("[data-picker-search]").focus();
    }
  });

  // A failed htmx request says so instead of silently doing nothing.
  function toast(text) {
    var box = document.getElementById("toast");
    if (!box) { return; }
    box.textContent = text;
    box.hidden = false;
    clearTimeout(box.hideTimer);
    box.hideTimer = setTimeout(function () { box.hidden = true; }, 6000);
  }
  document.addEventListener("htmx:responseError", function () {
    var box = document.getElementById("toast");
    toast(box ? box.getAttribute("data-failure-message") : "Error");
  });
  document.addEventListener("htmx:sendError", function () {
    var box = document.getElementById("toast");
    toast(box ? box.getAttribute("data-failure-message") : "Error");
  });

  document.addEventListener("click", function (event) {
    var copy = event.target.closest && event.target.closest("[data-copy]");
    if (copy && navigator.clipboard) {
      navigator.clipboard.writeText(copy.getAttribute("data-copy"));
    }
    var back = event.target.closest && event.target.closest("[data-history-back]");
    if (back) {
      history.back();
    }
  });

  // After a failed sign-in the page reloads: keep the user name that was typed.
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-remember-username]");
    if (form) {
      var field = form.querySelector("[name=username]");
      var remembered = sessionStorage.getItem("meridian.username");
      if (remembered && !field.value && document.querySelector("[data-test=login-failed]")) {
        field.value = remembered;
        form.querySelector("[name=password]").focus();
      }
      form.addEventListener("submit", function () { sessionStorage.setItem("meridian.username", field.value); });
    }
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
  });
})();
