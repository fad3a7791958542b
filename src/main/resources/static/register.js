// The public form อ.01: the server validates everything; this page only shows what it says.
const fields = ['organisationName', 'organisationType', 'parentBody', 'address', 'provinceCode', 'executiveCount',
  'memberCount', 'headName', 'coordinatorName', 'coordinatorPosition', 'coordinatorPhone', 'coordinatorEmail',
  'fiscalYear', 'consent'];
const correctionToken = (location.hash.match(/correction=([A-Za-z0-9_-]+)/) || [])[1];
const $ = (id) => document.getElementById(id);

function option(select, value, label) {
  const o = document.createElement('option');
  o.value = value; o.textContent = label; select.appendChild(o);
}

function notice(kind, html) {
  $('notice').innerHTML = html ? `<div class="notice ${kind}">${html}</div>` : '';
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}

async function load() {
  const [choices, provinces, years] = await Promise.all([
    fetch('/api/registrations').then((r) => r.json()),
    fetch('/api/provinces').then((r) => r.json()),
    fetch('/api/fiscal-years').then((r) => r.json())]);
  Object.entries(choices.organisationTypes).forEach(([code, label]) => option($('organisationType'), code, label));
  provinces.forEach((p) => option($('provinceCode'), p.code, p.nameTh));
  years.open.forEach((y) => option($('fiscalYear'), y, y));
  if (correctionToken) {
    const r = await fetch('/api/registrations/correction?token=' + encodeURIComponent(correctionToken));
    const body = await r.json();
    if (!r.ok) { notice('bad', escapeHtml(body.detail)); $('form').hidden = true; return; }
    $('title').textContent = 'แก้ไขแบบ อ.01 เรื่องเลขที่ ' + body.caseNumber;
    $('lead').textContent = 'แก้ไขข้อมูลตามที่สำนักงานวัฒนธรรมจังหวัดแจ้ง แล้วส่งอีกครั้ง';
    const form = JSON.parse(body.form);
    fields.forEach((f) => { if (f !== 'consent' && form[f] !== undefined && form[f] !== null) $(f).value = form[f]; });
    $('provinceCode').disabled = true; $('fiscalYear').disabled = true;
    $('submit').textContent = 'ส่งแบบ อ.01 ฉบับแก้ไข';
  }
}

function showErrors(errors) {
  document.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
  document.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  Object.entries(errors || {}).forEach(([field, message]) => {
    const slot = document.querySelector(`.error[data-for="${field}"]`);
    if (slot) slot.textContent = message;
    if ($(field)) $(field).classList.add('invalid');
  });
}

$('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const body = {};
  fields.forEach((f) => { body[f] = f === 'consent' ? $(f).checked : $(f).value; });
  ['executiveCount', 'memberCount', 'fiscalYear'].forEach((f) => { if (body[f] !== '') body[f] = Number(body[f]); });
  if (correctionToken) body.token = correctionToken;
  $('submit').disabled = true;
  try {
    const r = await fetch(correctionToken ? '/api/registrations/correction' : '/api/registrations',
      {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    const answer = await r.json();
    showErrors(answer.errors);
    if (r.ok) {
      $('form').hidden = true;
      notice('ok', `${escapeHtml(answer.message)}<div class="case-number">${escapeHtml(answer.caseNumber)}</div>`);
    } else {
      notice('bad', escapeHtml(answer.detail));
    }
  } catch (e) {
    notice('bad', 'ส่งข้อมูลไม่สำเร็จ กรุณาลองใหม่อีกครั้ง');
  } finally {
    $('submit').disabled = false;
  }
});

load().catch(() => notice('bad', 'โหลดแบบฟอร์มไม่สำเร็จ กรุณาลองใหม่อีกครั้ง'));
