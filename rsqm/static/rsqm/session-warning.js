// Warn a signed-in user shortly before the idle timeout signs them out, and let them stay
// signed in without leaving the page.
//
// The panel (includes/session_warning.html) is hidden in the HTML and its form is an ordinary
// POST, so without this script nothing is shown and nothing breaks. The server's idle clock
// restarts on every request; this script keeps its own copy of that clock: it starts at page
// load and restarts after a keep-alive, after an htmx request, and when another tab of the
// same site reports activity.

const STORAGE_KEY = "rsqm:last-activity";

function sharedActivity() {
  try {
    return Number(window.localStorage.getItem(STORAGE_KEY)) || 0;
  } catch {
    // Storage may be switched off; each tab then keeps its own clock.
    return 0;
  }
}

function shareActivity(time) {
  try {
    window.localStorage.setItem(STORAGE_KEY, String(time));
  } catch {
    // As above: sharing between tabs is a nicety.
  }
}

function describe(milliseconds) {
  const seconds = Math.max(1, Math.ceil(milliseconds / 1000));
  if (seconds < 120) return `${seconds} seconds`;
  return `${Math.round(seconds / 60)} minutes`;
}

function start(panel) {
  const idle = Number(panel.dataset.idleSeconds) * 1000;
  const warning = Number(panel.dataset.warningSeconds) * 1000;
  const loginUrl = panel.dataset.loginUrl;
  const form = panel.querySelector("form");
  const remaining = panel.querySelector("[data-session-remaining]");
  if (!(idle > 0) || !(warning >= 0) || !loginUrl || !form) return;

  let lastActivity = Date.now();
  let timer = null;
  let returnFocusTo = null;
  let sending = false;
  shareActivity(Math.max(lastActivity, sharedActivity()));

  function latestActivity() {
    return Math.max(lastActivity, sharedActivity());
  }

  function recordActivity() {
    lastActivity = Date.now();
    shareActivity(lastActivity);
    check();
  }

  function signOut() {
    const next = window.location.pathname + window.location.search;
    const url = new URL(loginUrl, window.location.href);
    url.searchParams.set("next", next);
    window.location.assign(url.toString());
  }

  function show(left) {
    if (remaining) remaining.textContent = describe(left);
    if (!panel.hidden) return;
    returnFocusTo = document.activeElement;
    panel.hidden = false;
    panel.focus();
  }

  function hide() {
    if (panel.hidden) return;
    panel.hidden = true;
    if (returnFocusTo && returnFocusTo !== document.body && document.contains(returnFocusTo)) {
      returnFocusTo.focus();
    }
    returnFocusTo = null;
  }

  // Timers are paused or delayed in background tabs and while a laptop sleeps, so every
  // decision is made from the wall clock, not from how many timers have fired.
  function check() {
    window.clearTimeout(timer);
    const since = Date.now() - latestActivity();
    if (since >= idle) {
      signOut();
      return;
    }
    if (since >= idle - warning) {
      show(idle - since);
      timer = window.setTimeout(check, idle - since);
    } else {
      hide();
      timer = window.setTimeout(check, idle - warning - since);
    }
  }

  function isLoginPage(response) {
    const login = new URL(loginUrl, window.location.href);
    return response.redirected && new URL(response.url).pathname === login.pathname;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (sending) return;
    sending = true;
    let response;
    try {
      response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { "X-Requested-With": "XMLHttpRequest" },
        credentials: "same-origin",
      });
    } catch {
      // The request never reached the server: fall back to the ordinary form post, which
      // shows the browser's own error if the network is down.
      sending = false;
      form.submit();
      return;
    }
    sending = false;
    if (!response.ok || isLoginPage(response)) {
      // The session had already ended on the server.
      signOut();
      return;
    }
    recordActivity();
  });

  // htmx requests reach the server too, and restart its idle clock.
  document.addEventListener("htmx:afterRequest", (event) => {
    const xhr = event.detail && event.detail.xhr;
    if (xhr && xhr.status > 0) recordActivity();
  });

  // Another tab kept the session alive (or loaded a page).
  window.addEventListener("storage", (event) => {
    if (event.key === STORAGE_KEY) check();
  });

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") check();
  });

  // A page restored from the back/forward cache keeps its old clock: check it at once.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) check();
  });

  check();
}

const panel = document.getElementById("session-warning");
if (panel) start(panel);
