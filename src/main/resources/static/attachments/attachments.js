// The attachment page (docs/adr/0011): opened from Tasklist forms, with ?ticket=<number> for a ticket's attachments,
// without it for files that the user's next incident report takes (drafts). Reads and uploads with the webapps'
// login session; uploads send the session's CSRF token in X-XSRF-TOKEN. Text from the server is set as text only.
(function () {
  'use strict';

  var TICKET = /^[A-Z]{2,5}-\d{8}-\d{4,}$/;
  var ticket = new URLSearchParams(window.location.search).get('ticket');
  var api = ticket ? '../api/tickets/' + encodeURIComponent(ticket) + '/attachments' : '../api/attachment-drafts';
  var csrfToken = null;
  var DRAFT_INTRO = '在此上传的文件将在您提交下一个事件报告时自动归入该事件单{validity}。上传后请回到 Tasklist 提交事件报告。';

  function $(id) {
    return document.getElementById(id);
  }

  function say(text, kind) {
    var message = $('message');
    message.textContent = text;
    message.className = kind || '';
  }

  function size(bytes) {
    if (bytes < 1024) {
      return bytes + ' B';
    }
    if (bytes < 1024 * 1024) {
      return (bytes / 1024).toFixed(1) + ' KB';
    }
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function time(value) {
    return value ? String(value).replace('T', ' ').substring(0, 16) : '';
  }

  function reason(response) {
    return response.json().then(function (body) {
      return body && body.message ? body.message : '操作失败（' + response.status + '）';
    }, function () {
      return response.status === 401 ? '登录已过期，请重新登录 Tasklist。' : '操作失败（' + response.status + '）';
    });
  }

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function show(list) {
    var body = $('list').querySelector('tbody');
    body.textContent = '';
    list.forEach(function (file) {
      var row = document.createElement('tr');
      var name = cell(row, '');
      if (ticket) {
        var link = document.createElement('a');
        link.href = api + '/' + encodeURIComponent(file.id);
        link.textContent = file.fileName;
        link.setAttribute('download', file.fileName);
        name.appendChild(link);
      } else {
        name.textContent = file.fileName;
      }
      cell(row, size(file.size));
      cell(row, file.uploadedBy || '');
      cell(row, time(file.uploadedAt));
      if (!ticket) {
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'remove';
        remove.textContent = '删除';
        remove.addEventListener('click', function () {
          withdraw(file);
        });
        cell(row, '').appendChild(remove);
      }
      body.appendChild(row);
    });
    $('empty').hidden = list.length > 0;
  }

  function load() {
    return fetch(api, {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(function (response) {
      if (!response.ok) {
        return reason(response).then(function (text) {
          say(text, 'error');
        });
      }
      return response.json().then(show);
    });
  }

  function withdraw(file) {
    fetch(api + '/' + encodeURIComponent(file.id), {method: 'DELETE', credentials: 'same-origin',
      headers: {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken || ''}})
      .then(function (response) {
        if (response.status === 204) {
          say('已删除：' + file.fileName, 'ok');
          return load();
        }
        return reason(response).then(function (text) {
          say(text, 'error');
        });
      }, function () {
        say('网络错误，请重试。', 'error');
      });
  }

  function upload(event) {
    event.preventDefault();
    var input = $('file');
    if (!input.files.length) {
      say('请先选择文件。', 'error');
      return;
    }
    var form = new FormData();
    form.append('file', input.files[0]);
    $('submit').disabled = true;
    say('正在上传……');
    fetch(api, {method: 'POST', credentials: 'same-origin', body: form,
      headers: {Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken || ''}})
      .then(function (response) {
        if (response.status === 201) {
          return response.json().then(function (file) {
            say('已上传：' + file.fileName, 'ok');
            input.value = '';
            return load();
          });
        }
        return reason(response).then(function (text) {
          say(text, 'error');
        });
      }, function () {
        say('网络错误，文件未上传，请重试。', 'error');
      })
      .then(function () {
        $('submit').disabled = false;
      });
  }

  // How long drafts wait comes from the server (opsflow.attachments.draft-hours), not from this page.
  function terms() {
    return fetch(api + '/terms', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (answer) {
        if (answer && answer.draftHours) {
          $('intro').textContent = DRAFT_INTRO.replace('{validity}', '（' + answer.draftHours + ' 小时内有效）');
        }
      }, function () {
        return null;
      });
  }

  function start() {
    if (ticket && !TICKET.test(ticket)) {
      $('intro').textContent = '工单号不正确：' + ticket;
      return;
    }
    $('title').textContent = ticket ? '工单 ' + ticket + ' 的附件' : '事件报告的附件';
    if (!ticket) {
      $('actions').textContent = '操作';
      $('actions').hidden = false;
    }
    $('intro').textContent = ticket
      ? '在此上传与本工单有关的文件（如错误截图、日志），或下载已有附件。上传会记入工单历史。'
      : DRAFT_INTRO.replace('{validity}', '');
    fetch('../api/session', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (response) {
        if (!response.ok) {
          $('login').hidden = false;
          return null;
        }
        return response.json().then(function (session) {
          csrfToken = session.csrfToken;
          $('content').hidden = false;
          $('upload').addEventListener('submit', upload);
          return ticket ? load() : terms().then(load);
        });
      }, function () {
        say('网络错误，请刷新本页。', 'error');
      });
  }

  start();
}());
