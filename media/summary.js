// Script of the Fact Lens summary view. It only posts two kinds of message; the extension validates them.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  document.getElementById('copy')?.addEventListener('click', () => vscode.postMessage({ type: 'copy' }));
  for (const link of document.querySelectorAll('a.reveal')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const el = /** @type {HTMLElement} */ (link);
      vscode.postMessage({ type: 'reveal', start: Number(el.dataset.start), end: Number(el.dataset.end) });
    });
  }
})();
