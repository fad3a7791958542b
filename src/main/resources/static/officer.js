// What the officers' pages (meeting.html, trainers.html, event.html) share. The server checks
// everything; these pages only send what the officer entered and show what the server answered.
// Sign-in: the one session of the sign-in page (the page itself asks for it); posts carry the
// CSRF token the server handed out in a cookie (identity.SignInConfiguration).
const $ = (id) => document.getElementById(id);
const escapeHtml = (t) => String(t ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
const param = (name) => new URLSearchParams(location.search).get(name);
const thaiDate = (iso) => iso ? new Date(iso.substring(0, 10) + 'T00:00:00').toLocaleDateString('th-TH', {dateStyle: 'long'}) : '—';
const FALLBACK = {
  401: 'กรุณาเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านเดียวกับระบบรายการงาน (Tasklist)',
  403: 'ไม่มีสิทธิ์ดำเนินการนี้ เจ้าหน้าที่ สวจ. ดำเนินการได้เฉพาะจังหวัดของตนเอง',
  404: 'ไม่พบข้อมูลที่ต้องการ กรุณาตรวจสอบลิงก์จากระบบรายการงานอีกครั้ง',
  409: 'ดำเนินการนี้ไม่ได้ในขั้นตอนปัจจุบันของงาน',
  400: 'ข้อมูลไม่ถูกต้อง กรุณาแก้ไขตามที่แจ้งในแต่ละช่อง'
};

const csrfToken = () => (document.cookie.split('; ').find((c) => c.startsWith('MO-XSRF-TOKEN=')) || '').substring(14);

/** Calls our API; answers {ok, status, body, message} with a Thai message for every refusal. */
async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (options.method && options.method !== 'GET') headers['X-MO-XSRF-TOKEN'] = decodeURIComponent(csrfToken());
  let r;
  try {
    r = await fetch(new URL(path, location.origin), Object.assign({}, options, {headers, credentials: 'same-origin'}));
  } catch (e) {
    return {ok: false, status: 0, body: null, message: 'ติดต่อระบบไม่ได้ กรุณาตรวจสอบการเชื่อมต่อแล้วลองใหม่'};
  }
  const text = await r.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  const message = r.ok ? '' : ((body && body.detail) || FALLBACK[r.status] || 'ระบบขัดข้อง (รหัส ' + r.status + ') กรุณาลองใหม่อีกครั้ง');
  // the session ran out: loading the page anew goes through the sign-in page and back here
  if (r.status === 401) location.reload();
  return {ok: r.ok, status: r.status, body, message};
}

function notice(kind, html) {
  $('notice').innerHTML = html ? `<div class="notice ${kind}">${html}</div>` : '';
  if (html) $('notice').scrollIntoView({block: 'nearest'});
}

/** Puts each field's message under its field (data-for), and the rest into the notice. */
function showErrors(answer, scope = document) {
  const errors = (answer.body && answer.body.errors) || {};
  scope.querySelectorAll('.error[data-for]').forEach((e) => { e.textContent = ''; });
  scope.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  const unplaced = [];
  Object.entries(errors).forEach(([field, text]) => {
    const place = scope.querySelector(`.error[data-for="${CSS.escape(field)}"]`);
    if (place) {
      place.textContent = text;
      const input = scope.querySelector(`[data-field="${CSS.escape(field)}"]`);
      if (input) input.classList.add('invalid');
    } else {
      unplaced.push(text);
    }
  });
  if (!answer.ok) {
    notice('bad', escapeHtml(answer.message) + (unplaced.length
      ? '<ul>' + unplaced.map((t) => `<li>${escapeHtml(t)}</li>`).join('') + '</ul>' : ''));
  }
}

/** Downloads a protected file under the name it should keep. */
async function download(path, fallbackName) {
  const r = await fetch(new URL(path, location.origin), {credentials: 'same-origin'});
  if (!r.ok) { notice('bad', escapeHtml(FALLBACK[r.status] || 'ดาวน์โหลดไม่สำเร็จ')); return; }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await r.blob());
  link.download = fallbackName;
  link.click();
}

let provinceNames = null;
async function provinceName(code) {
  if (!provinceNames) {
    const r = await api('/api/provinces');
    provinceNames = Object.fromEntries((r.ok ? r.body : []).map((p) => [p.code, p.nameTh]));
  }
  return provinceNames[code] || code;
}
