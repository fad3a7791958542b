/*
 * Camunda Forms in Tasklist (form-js 1.8.7) bring no translations: field errors and the widgets'
 * placeholders are English whatever the page's language. (Our forms have no form-js date field: it
 * takes only the Common Era; dates are text fields typed in พ.ศ. and read on the server, see
 * docs/architecture.md, "Dates".) When the labels are Thai
 * this script puts Thai text in their place as form-js draws them (our override, loaded through
 * customScripts in config.js; see docs/architecture.md, "Webapp overrides"). Texts are changed in
 * the text node form-js (Preact) drew, never replaced: Preact keeps that node and writes its next
 * English text into it, which this then sees and translates again.
 */
import {relabelAsDrawn} from '../../shared/relabel.js';

const FIELD_ERRORS = [
  [/^Field is required\.$/, () => 'กรุณากรอกช่องนี้'],
  [/^Field must have minimum length of (\d+)\.$/, n => `ต้องมีอย่างน้อย ${n} ตัวอักษร`],
  [/^Field must have maximum length of (\d+)\.$/, n => `ต้องมีไม่เกิน ${n} ตัวอักษร`],
  [/^Field must have minimum value of (.+)\.$/, n => `ต้องไม่น้อยกว่า ${n}`],
  [/^Field must have maximum value of (.+)\.$/, n => `ต้องไม่เกิน ${n}`],
  [/^Field must match pattern .*$/, () => 'รูปแบบข้อมูลไม่ถูกต้อง'],
  [/^Field must be a valid email\.$/, () => 'กรุณากรอกอีเมลที่ถูกต้อง'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'กรุณากรอกหมายเลขโทรศัพท์แบบสากล เช่น +66812345678']
];
const WIDGET_TEXTS = {Select: 'เลือก', Search: 'ค้นหา', 'Add new': 'เพิ่ม', 'No options': 'ไม่มีตัวเลือก'};

function thaiFieldError(text) {
  for (const [english, thai] of FIELD_ERRORS) {
    const match = english.exec(text.trim());
    if (match) {
      return thai(match[1]);
    }
  }
  return null;
}

function setText(element, text) {
  const node = Array.from(element.childNodes).find(child => child.nodeType === Node.TEXT_NODE);
  if (node && node.data !== text) {
    node.data = text;
  }
}

function translate(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach(item => {
    const thai = thaiFieldError(item.textContent);
    if (thai) {
      setText(item, thai);
    }
  });
  root.querySelectorAll('.fjs-form [placeholder]').forEach(input => {
    const thai = WIDGET_TEXTS[input.getAttribute('placeholder')];
    if (thai) {
      input.setAttribute('placeholder', thai);
    }
  });
}

relabelAsDrawn(translate);
