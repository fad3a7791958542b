// The Thai names of codes come from one source (th.moralorg.reference, GET /api/names, public):
// every element marked data-name="kind:CODE" (e.g. "levels:3", "formCodes:อ.05") shows its name.
// A page's own script awaits thaiNames() for its choices and after it adds marked elements.
const thaiNames = (() => {
  let names = null;
  return async function thaiNames() {
    if (!names) {
      try {
        const r = await fetch('/api/names', {credentials: 'omit'});
        if (r.ok) names = await r.json();
      } catch (e) {
        // no names: the marked elements keep their code, the page still works
      }
    }
    document.querySelectorAll('[data-name]').forEach((e) => {
      const at = e.dataset.name.indexOf(':');
      const code = e.dataset.name.substring(at + 1);
      e.textContent = ((names || {})[e.dataset.name.substring(0, at)] || {})[code] || code;
    });
    return names || {};
  };
})();
thaiNames();
