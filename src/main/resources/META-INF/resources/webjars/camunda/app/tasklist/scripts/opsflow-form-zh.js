/*
 * OpsFlow: Chinese for the texts form-js 1.8 (bundled with Tasklist 7.24) writes itself — validation messages,
 * the select placeholder, list and table controls. form-js has no message catalogue for them, so this script
 * (loaded through `customScripts` in config.js) rewrites them inside rendered forms, for browsers whose
 * preferred language Tasklist answers in Chinese. Field labels and options come from the forms and are Chinese
 * already. Issue 16; checked by TasklistBrowserTest.
 */

const AVAILABLE = ['en', 'de', 'zh'];

/** Tasklist picks the first of the browser's languages it has a file for (primary subtag). */
function chinese() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  for (const language of languages) {
    const primary = String(language || '').toLowerCase().split('-')[0];
    if (AVAILABLE.includes(primary)) {
      return primary === 'zh';
    }
  }
  return false;
}

const EXACT = {
  'Field is required.': '此项为必填项。',
  'Field must be a valid email.': '请输入有效的电子邮件地址。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    '请输入有效的国际电话号码（例如 +8657112345678）。',
  'Value is not a number.': '请输入数字。',
  'Date and time must both be entered.': '请同时填写日期和时间。',
  'Should be a valid number': '请输入有效的数字',
  'Should be a valid number.': '请输入有效的数字。',
  'Select': '请选择',
  'Search': '搜索',
  'No values': '无可选项',
  'No results': '无匹配结果',
  'Date': '日期',
  'Time': '时间',
  'Today': '今天',
  'Clear': '清除',
  'Previous': '上一页',
  'Next': '下一页',
  'Previous page': '上一页',
  'Next page': '下一页',
  'Remove tag': '删除',
  'Remove item': '删除此项',
  'Delete item': '删除此项',
  'Create new list item': '新增一项',
  'Toggle list item': '展开/收起',
  'Add new': '添加一行',
  'Collapse': '收起'
};

const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, (m) => `数值不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `数值不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `至少需要 ${m[1]} 个字符。`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `最多 ${m[1]} 个字符。`],
  [/^Field must match pattern (.+)\.$/, (m) => `格式不符合要求（${m[1]}）。`],
  [/^Date and time must match pattern (.+)$/, (m) => `日期时间格式应为 ${m[1]}`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `请选择有效的值，最接近的两个有效值是 ${m[1]} 和 ${m[2]}。`],
  [/^Remove list item (\d+)$/, (m) => `删除第 ${m[1]} 行`],
  [/^Expand all \((\d+)\)$/, (m) => `全部展开（${m[1]} 行）`]
];

const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

function translate(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  for (const [pattern, render] of PATTERNS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, render(match));
    }
  }
  return null;
}

/** Only inside a rendered form-js form: Tasklist's own texts come from its locale file. */
function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest('.fjs-container, .fjs-form'));
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (inForm(root)) {
    translateAttributes(root);
  }
  root.querySelectorAll('.fjs-container *, .fjs-form *').forEach(translateAttributes);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateText(node);
  }
}

function translateText(node) {
  if (!inForm(node)) {
    return;
  }
  const translated = translate(node.nodeValue);
  if (translated !== null && translated !== node.nodeValue) {
    node.nodeValue = translated;
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) {
      const translated = translate(value);
      if (translated !== null && translated !== value) {
        element.setAttribute(name, translated);
      }
    }
  }
}

if (chinese()) {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        translateText(mutation.target);
      } else if (mutation.type === 'attributes') {
        if (inForm(mutation.target)) {
          translateAttributes(mutation.target);
        }
      } else {
        mutation.addedNodes.forEach(translateTree);
      }
    }
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });
  translateTree(document.body);
}

// no Tasklist plugin, only the translation above
export default [];
