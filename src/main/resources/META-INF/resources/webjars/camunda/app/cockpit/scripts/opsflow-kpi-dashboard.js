// OpsFlow: the managers' dashboard in Cockpit (issue 13, SPEC §6) — a page "运维指标" of its own (cockpit.route +
// cockpit.navigation) and a pointer to it on the Cockpit start page (cockpit.dashboard). It reads GET /api/kpis and
// GET /api/tickets with the Cockpit login session (OpsFlow's /api accepts it for reading; see
// WebappSessionOrBasicAuthenticationProvider) and draws the charts as plain SVG: no library, no build step, offline.
// Every figure is the one of /api/kpis (com.opsflow.kpi.Kpis defines them); goals come from /api/kpis too.

const PATH = '/opsflow-kpis';
const API = '/api';

// com.opsflow.ticket.SupportedSystems (DashboardBrowserTest checks the two agree)
const SYSTEMS = [
  ['tips', '财税库银横向联网缴税系统'],
  ['oa', '税务综合办公信息系统'],
  ['invoice', '发票系统']
];

const PRIORITY = {P1: '一级', P2: '二级', P3: '三级', P4: '四级', '-': '未定级'};
const STATUS = {
  open: '待响应', responded: '已响应', escalated: '已上升', resolved: '已解决',
  closed: '已关闭', cancelled: '已取消', rejected: '已驳回'
};
const SYSTEM_NAME = Object.fromEntries(SYSTEMS);

const STYLE = `
.opsflow-kpis { padding: 12px 20px 40px; font-size: 14px; }
.opsflow-kpis h2 { margin: 6px 0 12px; }
.opsflow-kpis .kpi-controls { display: flex; gap: 16px; align-items: center; margin-bottom: 14px; flex-wrap: wrap; }
.opsflow-kpis .kpi-controls label { font-weight: normal; margin: 0; }
.opsflow-kpis .kpi-controls select, .opsflow-kpis .kpi-controls input { margin-left: 6px; padding: 2px 4px; }
.opsflow-kpis .kpi-message { padding: 12px 16px; border: 1px solid #e0b252; background: #fff8e6; margin: 10px 0; }
.opsflow-kpis .kpi-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 14px; }
.opsflow-kpis .kpi-card { border: 1px solid #ddd; border-radius: 4px; padding: 10px 14px; background: #fff; }
.opsflow-kpis .kpi-card h3 { font-size: 15px; margin: 0 0 6px; }
.opsflow-kpis .kpi-value { font-size: 24px; font-weight: bold; }
.opsflow-kpis .kpi-goal { color: #666; margin-left: 8px; }
.opsflow-kpis .kpi-met { color: #2e7d32; }
.opsflow-kpis .kpi-missed { color: #c62828; }
.opsflow-kpis .kpi-links a { margin-right: 12px; }
.opsflow-kpis table { width: 100%; margin-top: 6px; }
.opsflow-kpis th, .opsflow-kpis td { padding: 3px 6px; border-bottom: 1px solid #eee; text-align: left; }
.opsflow-kpis .kpi-ticket-list { margin-top: 18px; }
`;

function escapeHtml(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  }[c]));
}

function pad(n) {
  return String(n).padStart(2, '0');
}

function isoDay(d) {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The month "yyyy-MM" as days from..to; the current month ends today (a backlog's age is counted to "to"). */
function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const first = new Date(y, m - 1, 1);
  const last = new Date(y, m, 0);
  const today = new Date();
  const end = last > today && first <= today ? today : last;
  return {from: isoDay(first), to: isoDay(end)};
}

function percent(rate) {
  return rate == null ? '无数据' : `${(rate * 100).toFixed(1)}%`;
}

function minutes(value) {
  return value == null ? '无数据' : `${Math.round(value)} 分钟`;
}

function query(params) {
  return Object.entries(params).filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** A horizontal bar 0–100 % with the goal as a line: green when the goal holds, red otherwise. */
function rateBar(rate, goal, higherIsBetter) {
  const width = 300;
  const value = rate == null ? 0 : Math.max(0, Math.min(1, rate));
  const met = rate == null || goal == null ? null : (higherIsBetter ? rate >= goal : rate <= goal);
  const color = met == null ? '#90a4ae' : met ? '#43a047' : '#e53935';
  const goalLine = goal == null ? '' :
    `<line x1="${goal * width}" y1="0" x2="${goal * width}" y2="26" stroke="#333" stroke-dasharray="3,2"/>
     <text x="${Math.min(goal * width + 3, width - 40)}" y="36" font-size="10" fill="#333">目标 ${Math.round(goal * 100)}%</text>`;
  return `<svg class="kpi-chart" width="${width}" height="40" role="img" aria-label="${percent(rate)}">
    <rect x="0" y="4" width="${width}" height="18" fill="#eceff1"/>
    <rect class="kpi-bar" x="0" y="4" width="${value * width}" height="18" fill="${color}"/>${goalLine}</svg>`;
}

/** Vertical bars with a Chinese label and the count above each bar. */
function bars(items) {
  const width = 300;
  const height = 120;
  const max = Math.max(1, ...items.map(i => i.value));
  const step = width / items.length;
  const body = items.map((item, n) => {
    const h = (item.value / max) * (height - 40);
    const x = n * step + step * 0.2;
    return `<rect x="${x}" y="${height - 20 - h}" width="${step * 0.6}" height="${h}" fill="${item.color || '#1e88e5'}"/>
      <text x="${x + step * 0.3}" y="${height - 24 - h}" font-size="11" text-anchor="middle">${item.value}</text>
      <text x="${x + step * 0.3}" y="${height - 6}" font-size="11" text-anchor="middle">${escapeHtml(item.label)}</text>`;
  }).join('');
  return `<svg class="kpi-chart" width="${width}" height="${height}" role="img">${body}</svg>`;
}

function goalText(met, text) {
  if (met == null) {
    return `<span class="kpi-goal">${text}</span>`;
  }
  return `<span class="kpi-goal ${met ? 'kpi-met' : 'kpi-missed'}">${text}（${met ? '达标' : '未达标'}）</span>`;
}

function ticketLink(label, params) {
  return `<a href="#" class="kpi-tickets-link" data-query="${escapeHtml(query(params))}"
    data-title="${escapeHtml(label)}">${escapeHtml(label)}</a>`;
}

function card(kpi, title, valueHtml, extra, links) {
  return `<div class="kpi-card" data-kpi="${kpi}"><h3>${title}</h3><div>${valueHtml}</div>${extra || ''}
    <div class="kpi-links">${(links || []).join('')}</div></div>`;
}

function value(text) {
  return `<span class="kpi-value">${escapeHtml(text)}</span>`;
}

function cards(k, base) {
  const created = {...base, kind: 'incident'};
  const sla = (k.slaCompliance || []).map(c => `<tr><td>${escapeHtml(SYSTEM_NAME[c.system] || c.system)}</td>
      <td>${escapeHtml(PRIORITY[c.priority] || c.priority)}</td><td>${percent(c.responseRate)}（${c.responseMet}/${c.responseTotal}）</td>
      <td>${percent(c.resolveRate)}（${c.resolveMet}/${c.resolveTotal}）</td></tr>`).join('');
  const b = k.backlog;
  const m = k.majorIncidents;
  return [
    card('incidentsCreated', '本期事件', value(k.incidentsCreated),
      `<div>已解决 ${k.incidentsResolved}，已关闭 ${k.incidentsClosed}</div>`,
      [ticketLink('查看本期新建事件', created)]),
    card('firstLevelResolutionRate', '本级解决率', value(percent(k.firstLevelResolutionRate)) +
      goalText(k.firstLevelResolutionGoalMet, `目标 ≥ ${Math.round(k.firstLevelResolutionGoal * 100)}%`),
      rateBar(k.firstLevelResolutionRate, k.firstLevelResolutionGoal, true),
      [ticketLink('查看本期未上升的事件', {...created, escalated: 'false'})]),
    card('escalationRate', '上升率', value(percent(k.escalationRate)) +
      goalText(k.escalationGoalMet, `目标 ≤ ${Math.round(k.escalationGoal * 100)}%`),
      rateBar(k.escalationRate, k.escalationGoal, false),
      [ticketLink('查看本期上升的事件', {...created, escalated: 'true'})]),
    card('responseSlaCompliance', '响应时限达标率', value(percent(k.responseSlaCompliance)),
      rateBar(k.responseSlaCompliance, null, true), [ticketLink('查看超时的事件', {...created, sla: 'missed'})]),
    card('resolutionSlaCompliance', '解决时限达标率', value(percent(k.resolutionSlaCompliance)),
      rateBar(k.resolutionSlaCompliance, null, true) + (sla ? `<table><thead><tr><th>系统</th><th>级别</th>
        <th>响应</th><th>解决</th></tr></thead><tbody>${sla}</tbody></table>` : ''),
      [ticketLink('查看按时解决的事件', {...created, sla: 'met'})]),
    card('backlog', '积压工单（期末未解决）', value(b.total) +
      `<span class="kpi-goal">平均已积压 ${b.meanAgeDays == null ? '无数据' : b.meanAgeDays.toFixed(1) + ' 天'}</span>`,
      bars([{label: '≤1天', value: b.upToOneDay}, {label: '1–3天', value: b.oneToThreeDays},
        {label: '3–7天', value: b.threeToSevenDays, color: '#fb8c00'},
        {label: '>7天', value: b.overSevenDays, color: '#e53935'}]),
      [ticketLink('查看期末积压的事件', {system: base.system, kind: 'incident', openAt: base.to,
        sort: 'createdAt,asc'})]),
    card('meanTimes', '平均响应 / 解决时间（工作时间）', value(minutes(k.meanTimeToRespondMinutes)) +
      `<span class="kpi-goal">解决 ${minutes(k.meanTimeToResolveMinutes)}</span>`,
      bars([{label: '响应(分钟)', value: Math.round(k.meanTimeToRespondMinutes || 0)},
        {label: '解决(分钟)', value: Math.round(k.meanTimeToResolveMinutes || 0)}]),
      [ticketLink('查看本期新建事件', created)]),
    card('majorIncidents', '重大事件与职责履行', value(m.total) +
      `<span class="kpi-goal">职责全部履行 ${percent(m.dutyComplianceRate)}</span>`,
      bars([{label: '通报', value: m.notifyMissed, color: '#e53935'},
        {label: '二线响应', value: m.responseMissed, color: '#e53935'},
        {label: '首次报告', value: m.firstReportMissed, color: '#e53935'},
        {label: '现场恢复', value: m.onsiteRestoreMissed, color: '#e53935'}]) + '<div>（各项未履行的事件数）</div>',
      [ticketLink('查看本期重大事件', {...created, major: 'true'})]),
    card('changes', '变更与回退', value(k.changes.total) +
      `<span class="kpi-goal">实施 ${k.changes.implemented}，回退 ${k.changes.rolledBack}，回退率 ${percent(k.changes.rollbackRate)}</span>`,
      rateBar(k.changes.rollbackRate, null, false), [ticketLink('查看本期变更', {...base, kind: 'change'})]),
    card('releases', '发布与回退', value(k.releases.total) +
      `<span class="kpi-goal">实施 ${k.releases.implemented}，回退 ${k.releases.rolledBack}，回退率 ${percent(k.releases.rollbackRate)}</span>`,
      rateBar(k.releases.rollbackRate, null, false), [ticketLink('查看本期发布', {...base, kind: 'release'})])
  ].join('');
}

/** A Chinese sentence for a failed read: who may see the figures, or that the login expired. */
function failure(status) {
  if (status === 403) {
    return '您没有查看运维指标的权限。运维指标只对项目经理、项目组长、应用系统负责人和信息技术部门开放；如需查看，请联系系统管理员。';
  }
  if (status === 401) {
    return '登录已失效，请重新登录 Cockpit 后再打开运维指标。';
  }
  return `运维指标暂时无法读取（HTTP ${status}），请稍后再试。`;
}

async function getJson(path) {
  const response = await fetch(API + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    const error = new Error(failure(response.status));
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function showTickets(root, title, params) {
  const list = root.querySelector('.kpi-ticket-list');
  const q = query({...params, size: 100});
  const request = String(Number(list.dataset.request || 0) + 1);
  list.dataset.request = request;
  list.innerHTML = `<h3>工单清单：${escapeHtml(title)}</h3><div>正在读取……</div>`;
  getJson(`/tickets?${q}`).then(page => {
    if (list.dataset.request !== request) {
      return;
    }
    const rows = page.tickets.map(t => `<tr class="kpi-ticket"><td>${escapeHtml(t.ticketNumber)}</td>
      <td>${escapeHtml(SYSTEM_NAME[t.system] || t.system)}</td><td>${escapeHtml(PRIORITY[t.priority] || t.priority || '')}</td>
      <td>${escapeHtml(STATUS[t.status] || t.status)}</td><td>${escapeHtml((t.createdAt || '').replace('T', ' ').substring(0, 16))}</td>
      <td>${escapeHtml(t.summary)}</td></tr>`).join('');
    list.innerHTML = `<h3>工单清单：${escapeHtml(title)}</h3>
      <div>共 <span class="kpi-ticket-total">${page.total}</span> 张${page.total > page.tickets.length ? `，显示前 ${page.tickets.length} 张` : ''}
      <a class="kpi-ticket-export" href="${API}/tickets?${escapeHtml(query({...params, format: 'xlsx'}))}">导出 Excel（事件处理清单）</a></div>
      <table><thead><tr><th>工单号</th><th>系统</th><th>级别</th><th>状态</th><th>登记时间</th><th>摘要</th></tr></thead>
      <tbody>${rows}</tbody></table>`;
  }).catch(e => {
    if (list.dataset.request !== request) {
      return;
    }
    list.innerHTML = `<div class="kpi-message">${escapeHtml(e.message)}</div>`;
  });
}

function renderDashboard(node) {
  const now = new Date();
  const month = `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;
  node.innerHTML = `<style>${STYLE}</style><div class="opsflow-kpis">
    <h2>运维指标</h2>
    <form class="kpi-controls" onsubmit="return false">
      <label>系统<select name="system"><option value="">全部系统</option>
        ${SYSTEMS.map(([code, name]) => `<option value="${code}">${name}</option>`).join('')}</select></label>
      <label>月份<input type="month" name="month" value="${month}" required></label>
      <span class="kpi-period"></span>
    </form>
    <div class="kpi-status"></div>
    <div class="kpi-grid"></div>
    <div class="kpi-ticket-list"></div>
  </div>`;
  const root = node.querySelector('.opsflow-kpis');
  const system = root.querySelector('select[name=system]');
  const monthInput = root.querySelector('input[name=month]');
  const grid = root.querySelector('.kpi-grid');
  const status = root.querySelector('.kpi-status');

  // a quick change of system and month sends several reads; only the answer to the last one is shown
  let latest = 0;

  function load() {
    const request = ++latest;
    if (!/^\d{4}-\d{2}$/.test(monthInput.value)) {
      status.innerHTML = '<div class="kpi-message">请选择月份。</div>';
      return;
    }
    const range = monthRange(monthInput.value);
    const base = {system: system.value, from: range.from, to: range.to};
    root.querySelector('.kpi-period').textContent = `统计期间：${range.from} 至 ${range.to}`;
    status.innerHTML = '<div>正在读取指标……</div>';
    const list = root.querySelector('.kpi-ticket-list');
    list.dataset.request = String(Number(list.dataset.request || 0) + 1); // a list still on its way is not shown
    list.innerHTML = '';
    getJson(`/kpis?${query(base)}`).then(k => {
      if (request !== latest) {
        return;
      }
      status.innerHTML = '';
      grid.innerHTML = cards(k, base);
      root.dataset.loaded = `${base.system}|${base.from}|${base.to}`;
    }).catch(e => {
      if (request !== latest) {
        return;
      }
      grid.innerHTML = '';
      status.innerHTML = `<div class="kpi-message kpi-denied">${escapeHtml(e.message)}</div>`;
    });
  }

  grid.addEventListener('click', event => {
    const link = event.target.closest('a.kpi-tickets-link');
    if (link) {
      event.preventDefault();
      showTickets(root, link.dataset.title, Object.fromEntries(new URLSearchParams(link.dataset.query)));
    }
  });
  system.addEventListener('change', load);
  monthInput.addEventListener('change', load);
  load();
}

export default [
  {
    id: 'opsflow-kpi-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: {path: PATH},
    render: node => {
      node.innerHTML = `<a href="#${PATH}" class="opsflow-kpi-nav">运维指标</a>`;
    }
  },
  {
    id: 'opsflow-kpi-page',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH},
    render: node => renderDashboard(node)
  },
  {
    id: 'opsflow-kpi-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: node => {
      node.innerHTML = `<section class="opsflow-kpi-pointer"><h3>运维指标</h3>
        <p>本级解决率、上升率、响应与解决时限达标率、积压工单、重大事件、变更与发布，按系统和月份查看：
        <a href="#${PATH}">打开运维指标</a></p></section>`;
    }
  }
];
