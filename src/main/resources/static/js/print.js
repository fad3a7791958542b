// The print button of a printable page (<button data-print hidden>): shown only where it works.
for (const button of document.querySelectorAll('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
