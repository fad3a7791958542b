/*
 * What our Thai relabelling scripts share (tasklist/scripts/thai-forms.js,
 * shared/thai-tenants.js): when the webapp shows Thai labels (Camunda chooses Thai when the
 * browser's first language is Thai), run a relabelling of the page now and once per animation
 * frame after anything on it changes, that is after the webapp has finished drawing.
 */
export function labelsInThai() {
  return Boolean(navigator.languages) && String(navigator.languages[0]).toLowerCase().startsWith('th');
}

export function relabelAsDrawn(relabel) {
  const start = () => {
    if (!labelsInThai() || !document.body) {
      return;
    }
    let scheduled = false;
    new MutationObserver(() => {
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(() => {
          scheduled = false;
          relabel(document.body);
        });
      }
    }).observe(document.body, {childList: true, subtree: true, characterData: true, attributes: true,
      attributeFilter: ['placeholder']});
    relabel(document.body);
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}
