// Script of the Fact Lens summary view. It only posts two kinds of message; the extension validates them.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  document.getElementById('copy')?.addEventListener('click', () => vscode.postMessage({ type: 'copy' }));
  for (const button of document.querySelectorAll('button.reveal')) {
    button.addEventListener('click', () => {
      const el = /** @type {HTMLElement} */ (button);
      vscode.postMessage({ type: 'reveal', start: Number(el.dataset.start), end: Number(el.dataset.end) });
    });
  }
})();
