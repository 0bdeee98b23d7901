/**
 * The browser half of the Custom UI bridge (served at /__local/bridge.js?frame=<id>, injected into
 * each resource's index.html before any other script). It defines `window.__bridge.callBridge`,
 * which the unchanged @forge/bridge package calls for everything (invoke, getContext, submit...).
 * Calls go to POST /__local/bridge with the frame id; the server knows the frame's trusted context
 * and answers `{ value, effects }`. Effects are what only the browser can do: tell the host page
 * to navigate or close the modal, apply the theme, reload the frame.
 * `on`/`onPublic` carry callbacks and `createHistory` must answer an object with `listen`, so
 * those are completed here. The frame also reports its content height, as Forge's iframes do.
 */
export const BRIDGE_CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var script = document.currentScript;
  var frameId = new URL(script.src).searchParams.get('frame');

  function post(message) {
    message.__forgeLocal = true;
    message.frameId = frameId;
    if (window.parent !== window) window.parent.postMessage(message, location.origin);
  }

  // JSON cannot carry functions (payloads may hold callbacks the host has no use for).
  function serialisable(value) {
    return value === undefined ? null : JSON.parse(JSON.stringify(value, function (key, v) {
      return typeof v === 'function' ? undefined : v;
    }));
  }

  function applyTheme(effect) {
    var root = document.documentElement;
    root.setAttribute('data-color-mode', effect.colorMode);
    root.setAttribute('data-theme', effect.theme);
    if (!document.querySelector('link[data-forge-local-tokens]')) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = effect.cssHref;
      link.setAttribute('data-forge-local-tokens', '');
      document.head.appendChild(link);
    }
  }

  function apply(effect) {
    if (effect.type === 'theme') applyTheme(effect);
    else if (effect.type === 'post') post(effect.message);
    else if (effect.type === 'reloadFrame') location.reload();
  }

  // Forge's "Allow access": an invocation that needs the user's consent shows this screen in the
  // frame instead of the app's answer; once allowed, the same call runs again and the app goes on.
  var CONSENT_TEXT = {
    'en-US': { title: 'Allow access', body: 'This app needs your permission to read Jira and Confluence as you. It sees only what you can see.', button: 'Allow access' },
    'ko-KR': { title: '액세스 허용', body: '이 앱이 사용자 본인으로 Jira와 Confluence를 읽으려면 허용이 필요합니다. 앱은 사용자가 볼 수 있는 것만 봅니다.', button: '액세스 허용' }
  };
  var consent = null;
  function askForAccess(locale) {
    if (consent) return consent;
    consent = new Promise(function (resolve) {
      var text = CONSENT_TEXT[locale] || CONSENT_TEXT['en-US'];
      var screen = document.createElement('div');
      screen.setAttribute('data-testid', 'forge-consent');
      screen.setAttribute('role', 'dialog');
      screen.setAttribute('aria-labelledby', 'forge-consent-title');
      screen.style.cssText = 'position:fixed;inset:0;z-index:2147483647;display:flex;flex-direction:column;gap:12px;align-items:flex-start;justify-content:center;padding:24px;background:var(--ds-surface,#fff);color:var(--ds-text,#172B4D);font:14px/20px system-ui,sans-serif';
      var title = document.createElement('h2');
      title.id = 'forge-consent-title';
      title.textContent = text.title;
      title.style.cssText = 'margin:0;font-size:16px';
      var body = document.createElement('p');
      body.textContent = text.body;
      body.style.margin = '0';
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = text.button;
      button.setAttribute('data-testid', 'forge-allow-access');
      button.style.cssText = 'padding:6px 12px;border:0;border-radius:3px;background:var(--ds-background-brand-bold,#0C66E4);color:var(--ds-text-inverse,#fff);font:inherit;cursor:pointer';
      button.addEventListener('click', function () {
        button.disabled = true;
        send('__local.allowAccess', null).then(function () {
          screen.remove();
          consent = null;
          resolve();
        }, function () { button.disabled = false; });
      });
      screen.appendChild(title);
      screen.appendChild(body);
      screen.appendChild(button);
      (document.body || document.documentElement).appendChild(screen);
      button.focus();
    });
    return consent;
  }

  function send(name, payload) {
    return fetch('/__local/bridge', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ frameId: frameId, name: name, payload: serialisable(payload) })
    });
  }

  function remote(name, payload) {
    return send(name, payload).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.status === 401 && body.error && body.error.name === 'NEEDS_AUTHENTICATION_ERR') {
          return askForAccess(body.locale).then(function () { return remote(name, payload); });
        }
        if (!response.ok) {
          var error = new Error((body.error && body.error.message) || ('Bridge call ' + name + ' failed with HTTP ' + response.status));
          error.name = 'BridgeAPIError';
          throw error;
        }
        (body.effects || []).forEach(apply);
        return body.value;
      });
    });
  }

  // Frame-local event listeners; the host does not relay events between frames.
  var listeners = {};
  function subscribe(payload) {
    var key = payload.event;
    (listeners[key] = listeners[key] || []).push(payload.callback);
    return Promise.resolve({
      unsubscribe: function () {
        listeners[key] = (listeners[key] || []).filter(function (cb) { return cb !== payload.callback; });
      }
    });
  }

  // A memory history for the module's own routes (Jira project pages use it for sub-pages).
  function makeHistory(initial) {
    var subscribers = [];
    var history = {
      action: 'POP',
      location: initial.location,
      listen: function (cb) {
        subscribers.push(cb);
        return function () { subscribers = subscribers.filter(function (s) { return s !== cb; }); };
      },
      push: function (to, state) { change('PUSH', to, state); },
      replace: function (to, state) { change('REPLACE', to, state); },
      go: function () {}, back: function () {}, forward: function () {}
    };
    function change(action, to, state) {
      var path = typeof to === 'string' ? to : (to.pathname || '/') + (to.search || '') + (to.hash || '');
      var url = new URL(path, 'http://history.local' + history.location.pathname);
      history.action = action;
      history.location = { pathname: url.pathname, search: url.search, hash: url.hash, state: state === undefined ? null : state, key: Math.random().toString(36).slice(2) };
      subscribers.slice().forEach(function (cb) { cb(history.location, action); });
    }
    return history;
  }

  function callBridge(name, payload) {
    if (name === 'on' || name === 'onPublic') return subscribe(payload);
    if (name === 'createHistory') return remote(name, payload).then(makeHistory);
    return remote(name, payload);
  }

  window.__bridge = { callBridge: callBridge };

  function reportHeight() {
    if (!document.body) return;
    var rect = document.body.getBoundingClientRect();
    post({ type: 'resize', height: Math.ceil(Math.max(rect.height, document.body.scrollHeight)) });
  }
  window.addEventListener('load', reportHeight);
  document.addEventListener('DOMContentLoaded', function () {
    reportHeight();
    if (typeof ResizeObserver === 'function') new ResizeObserver(reportHeight).observe(document.body);
  });
})();
`;
