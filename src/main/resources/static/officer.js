// What the officers' pages (meeting.html, trainers.html, event.html) share. The server checks
// everything; these pages only send what the officer entered and show what the server answered.
// Login: the browser's own HTTP Basic prompt (as evidence.html); when the officer cancels it, or
// picks "เข้าสู่ระบบด้วยชื่อผู้ใช้อื่น", the small login box below, whose user name and password stay
// in this page's memory only and go as an Authorization header (then the browser never prompts).
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
let authorization = null;
let afterLogin = () => location.reload();

/** Calls our API; answers {ok, status, body, message} with a Thai message for every refusal. */
async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (authorization) headers.Authorization = authorization;
  let r;
  try {
    // the typed login alone, or the browser's own (which prompts when the server asks)
    r = await fetch(new URL(path, location.origin),
      Object.assign({}, options, {headers, credentials: authorization ? 'omit' : 'same-origin'}));
  } catch (e) {
    return {ok: false, status: 0, body: null, message: 'ติดต่อระบบไม่ได้ กรุณาตรวจสอบการเชื่อมต่อแล้วลองใหม่'};
  }
  const text = await r.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  const message = r.ok ? '' : ((body && body.message) || FALLBACK[r.status] || 'ระบบขัดข้อง (รหัส ' + r.status + ') กรุณาลองใหม่อีกครั้ง');
  if (r.status === 401) showLogin(message);
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

function showLogin(message) {
  const box = $('login');
  if (!box) return;
  box.hidden = false;
  box.innerHTML = `<fieldset><legend>เข้าสู่ระบบ</legend>
    <p class="hint">${escapeHtml(message)}</p>
    <label for="loginUser">ชื่อผู้ใช้</label><input id="loginUser" autocomplete="username">
    <label for="loginPassword">รหัสผ่าน</label><input id="loginPassword" type="password" autocomplete="current-password">
    <p><button type="submit" id="loginSubmit">เข้าสู่ระบบ</button></p></fieldset>`;
}

document.addEventListener('DOMContentLoaded', () => {
  const box = $('login');
  if (!box) return;
  const other = document.createElement('p');
  other.innerHTML = '<button type="button" class="secondary" id="switchUser">เข้าสู่ระบบด้วยชื่อผู้ใช้อื่น</button>';
  box.before(other);
  $('switchUser').addEventListener('click', () => showLogin('ใช้ชื่อผู้ใช้และรหัสผ่านเดียวกับระบบรายการงาน (Tasklist)'));
});

document.addEventListener('submit', (event) => {
  if (event.target.id !== 'login') return;
  event.preventDefault();
  const bytes = new TextEncoder().encode($('loginUser').value.trim() + ':' + $('loginPassword').value);
  authorization = 'Basic ' + btoa(String.fromCharCode(...bytes));
  $('login').hidden = true;
  $('login').innerHTML = '';
  notice('', '');
  afterLogin();
});

/** Downloads a protected file (a plain link would not carry the typed login). */
async function download(path, fallbackName) {
  const headers = authorization ? {Authorization: authorization} : {};
  const r = await fetch(new URL(path, location.origin), {headers, credentials: authorization ? 'omit' : 'same-origin'});
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
