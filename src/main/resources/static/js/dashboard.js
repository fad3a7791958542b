// The dashboard's charts (dashboard/dashboard.html): drawn with ECharts (the WebJar, loaded by the
// page before this module) from the same figures the tables show, read as JSON from
// /api/dashboard. Without JavaScript, or should the figures not load, the tables stay the page.
const summary = document.getElementById('summaryChart');
const echarts = window.echarts;

function chart(element, option) {
  element.hidden = false;
  const c = echarts.init(element);
  c.setOption(Object.assign({ textStyle: { fontFamily: 'Sarabun, sans-serif' }, tooltip: { trigger: 'axis' } }, option));
  window.addEventListener('resize', () => c.resize());
  return c;
}

function bars(labels, series, horizontal) {
  const category = { type: 'category', data: labels, axisLabel: { interval: 0, width: 160, overflow: 'truncate' } };
  const value = { type: 'value', minInterval: 1 };
  return {
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : Object.assign(category, { axisLabel: { interval: 0, rotate: 30 } }),
    yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
    series: series.map((s) => Object.assign({ type: 'bar' }, s)),
  };
}

async function draw() {
  if (!summary || !echarts) {
    return;
  }
  const answer = await fetch(summary.dataset.figures, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!answer.ok) {
    return;
  }
  const view = await answer.json();
  chart(summary, bars(view.summary.map((l) => l.label), [
    { name: view.fiscalYearLabel, data: view.summary.map((l) => l.current.count) },
    { name: view.previousYearLabel, data: view.summary.map((l) => l.previous.count) },
  ], false));
  const stages = document.getElementById('stagesChart');
  if (view.stages.length > 0) {
    stages.style.height = Math.max(240, 40 + view.stages.length * 28) + 'px';
    chart(stages, bars(view.stages.map((s) => s.name), [
      { name: view.fiscalYearLabel, data: view.stages.map((s) => s.current.count) },
      { name: view.previousYearLabel, data: view.stages.map((s) => s.previous.count) },
    ], true));
  }
  const waiting = view.waiting.filter((w) => w.waitingOn !== '');
  chart(document.getElementById('waitingChart'), bars(waiting.map((w) => w.name),
    view.ageingColumns.map((c, i) => ({ name: c.label, stack: 'age', data: waiting.map((w) => w.ageing[i].count) })), true));
  if (view.months.length > 0) {
    const months = bars(view.months.map((m) => m.month),
      view.monthColumns.map((c, i) => ({ name: c.label, data: view.months.map((m) => m.counts[i]) })), false);
    // five long step names: one scrolling line of legend, month names level
    months.legend.type = 'scroll';
    months.xAxis.axisLabel.rotate = 0;
    chart(document.getElementById('monthsChart'), months);
  }
}

draw();
