/*
 * OpsFlow: the attachment links in Tasklist forms (docs/adr/0011) open in a new tab. form-js 1.8's sanitizer drops
 * `target` from links in html and text components, so a plain click would leave Tasklist and lose what was typed
 * into the form. Loaded through `customScripts` in config.js; checked by AttachmentBrowserTest.
 */

const ATTACHMENT_PAGE = '/attachments/index.html';

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('.fjs-container a[href]') : null;
  if (!link || link.classList.contains('fjs-disabled-link')) {
    return;
  }
  const url = new URL(link.getAttribute('href'), window.location.href);
  if (url.origin !== window.location.origin || url.pathname !== ATTACHMENT_PAGE) {
    return;
  }
  event.preventDefault();
  window.open(url.href, '_blank', 'noopener');
}, true);

// no Tasklist plugin, only the click handler above
export default [];
