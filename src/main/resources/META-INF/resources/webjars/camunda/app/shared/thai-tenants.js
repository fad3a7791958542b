/*
 * Tasklist and Cockpit show a task's or an instance's tenant by its id ("province-50",
 * "national"); people know provinces by name. When the labels are Thai this shows the province's
 * Thai name instead (จังหวัดเชียงใหม่, ระดับชาติ), from the public /api/provinces. Only a text that
 * is exactly a tenant id is changed, in the text node Angular drew, which Angular rewrites only
 * when the value changes. Admin keeps the ids: administrators manage tenants by id. Our override,
 * loaded through customScripts; see docs/architecture.md, "Webapp overrides".
 */
import {labelsInThai, relabelAsDrawn} from './relabel.js';

const TENANT_ID = /^\s*(?:province-(\d{2})|(national))\s*$/;
const BANGKOK = '10';

function tenantLabel(text, provinces) {
  const match = TENANT_ID.exec(text);
  if (!match) {
    return null;
  }
  if (match[2]) {
    return 'ระดับชาติ';
  }
  const name = provinces[match[1]];
  return name ? (match[1] === BANGKOK ? name : 'จังหวัด' + name) : null;
}

function relabel(root, provinces) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const label = tenantLabel(node.data, provinces);
    if (label) {
      node.data = label;
    }
  }
}

async function showTenantsByName() {
  if (!labelsInThai()) {
    return;
  }
  const answer = await fetch('/api/provinces', {credentials: 'omit'});
  if (!answer.ok) {
    return;
  }
  const provinces = Object.fromEntries((await answer.json()).map(p => [p.code, p.nameTh]));
  relabelAsDrawn(root => relabel(root, provinces));
}

showTenantsByName();
