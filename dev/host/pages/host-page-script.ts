/**
 * The browser script of every host page (served at /__local/host-page.js): the switchers, and
 * what the product does for the app's frames: size them to their content, navigate, open and
 * close the macro config modal, reload a macro after its config was saved.
 * Messages are accepted only from the frame whose id they carry.
 */
export const HOST_PAGE_SCRIPT = String.raw`(function () {
  'use strict';

  document.querySelectorAll('select[data-switch]').forEach(function (select) {
    select.addEventListener('change', function () {
      document.cookie = select.dataset.switch + '=' + encodeURIComponent(select.value) + '; path=/; max-age=31536000; samesite=lax';
      location.reload();
    });
  });

  function frameById(id) {
    return document.querySelector('iframe[data-frame-id="' + CSS.escape(String(id)) + '"]');
  }

  var openModal = null;

  function closeModal() {
    if (!openModal) return;
    openModal.blanket.remove();
    if (openModal.opener) openModal.opener.focus();
    openModal = null;
  }

  function showConfigModal(button) {
    closeModal();
    var blanket = document.createElement('div');
    blanket.className = 'lh-blanket';
    blanket.innerHTML =
      '<div class="lh-modal lh-modal--' + (button.dataset.viewportSize || 'medium') + '" role="dialog" aria-modal="true">' +
      '<header><h2></h2><button type="button" class="lh-button lh-button--subtle" aria-label="Close">✕</button></header>' +
      '<iframe title="Macro settings" sandbox="allow-scripts allow-same-origin allow-forms allow-popups"></iframe></div>';
    blanket.querySelector('h2').textContent = button.dataset.configTitle || 'Settings';
    var iframe = blanket.querySelector('iframe');
    iframe.dataset.frameId = button.dataset.configFrame;
    iframe.src = '/resources/' + encodeURIComponent(button.dataset.configResource) + '/?frame=' + encodeURIComponent(button.dataset.configFrame);
    blanket.querySelector('header button').addEventListener('click', closeModal);
    blanket.addEventListener('click', function (event) { if (event.target === blanket) closeModal(); });
    document.body.appendChild(blanket);
    openModal = { blanket: blanket, opener: button, macroFrame: button.dataset.macroFrame };
  }

  document.addEventListener('keydown', function (event) { if (event.key === 'Escape') closeModal(); });
  document.querySelectorAll('button[data-config-frame]').forEach(function (button) {
    button.addEventListener('click', function () { showConfigModal(button); });
  });

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.__forgeLocal !== true || event.origin !== location.origin) return;
    var iframe = frameById(data.frameId);
    if (!iframe || iframe.contentWindow !== event.source) return;
    switch (data.type) {
      case 'resize':
        if (typeof data.height === 'number' && data.height >= 0) iframe.style.height = Math.ceil(data.height) + 'px';
        break;
      case 'navigate':
        if (data.newTab) window.open(data.url, '_blank', 'noopener');
        else location.assign(data.url);
        break;
      case 'reload':
        location.reload();
        break;
      case 'title':
        document.title = String(data.title);
        break;
      case 'submitted': {
        var macro = openModal && frameById(openModal.macroFrame);
        closeModal();
        // The macro's frame id stays; its context now carries the saved config.
        if (macro) macro.src = macro.src;
        break;
      }
      case 'close':
        closeModal();
        break;
    }
  });
})();
`;
