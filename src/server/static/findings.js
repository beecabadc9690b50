// Live findings for the 填写内容 form: after typing stops, the unsaved form is checked on the server
// (POST …/check with the CSRF token in a header) and the findings list is redrawn with DOM methods only
// (textContent; nothing from the server is parsed as HTML). Without this script the list updates on save.
(() => {
  const form = document.querySelector('form.edit-form[data-check]');
  const list = document.getElementById('live-findings');
  const status = document.getElementById('live-status');
  if (!form || !list || !status) return;
  const url = form.getAttribute('data-check');
  const token = form.querySelector('input[name="_csrf"]')?.value ?? '';
  const labels = { error: '错误', warning: '警告', notice: '提示' };
  let timer;
  let seq = 0;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function link(place) {
    if (!place.href?.startsWith('/app/')) return document.createTextNode(place.text);
    const a = el('a', '', place.text);
    a.href = place.href;
    return a;
  }

  function draw(data) {
    status.textContent = data.summary ? `（未保存）${data.summary}` : '（未保存）有的内容格式不对';
    const ol = el('ol', 'finding-list');
    for (const f of data.findings.filter((x) => x.severity !== 'notice')) {
      const li = el('li', `finding sev-${f.severity}`);
      li.append(el('span', `badge sev-${f.severity}`, labels[f.severity] ?? f.severity), ` ${f.message}`);
      li.append(el('span', 'rule', `（${f.rule}）`));
      const ul = el('ul', 'places');
      for (const p of f.places) {
        const pl = el('li');
        pl.append(link(p));
        ul.append(pl);
      }
      li.append(ul);
      if (f.justification) li.append(el('p', 'justification', `说明：${f.justification}`));
      ol.append(li);
    }
    list.replaceChildren(ol);
    for (const [path, message] of Object.entries(data.fieldErrors ?? {})) {
      const input = form.querySelector(`[name="v:${CSS.escape(path)}"]`);
      if (input) input.setAttribute('aria-invalid', 'true');
      status.textContent = `（未保存）${message}`;
    }
  }

  async function check() {
    const mine = ++seq;
    status.textContent = '正在校验…';
    try {
      const res = await fetch(url, {
        method: 'POST',
        body: new FormData(form),
        headers: { 'X-CSRF-Token': token, Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (mine !== seq) return;
      const data = await res.json();
      if (!res.ok) {
        status.textContent = data.message ?? '校验失败';
        return;
      }
      draw(data);
    } catch {
      if (mine === seq) status.textContent = '暂时无法校验（网络问题），保存时会再次校验';
    }
  }

  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 800);
  });
})();
