import { expect } from '@open-wc/testing';
import { ZwConfigError } from '@zhengwu/core';
import { barOf, chartLayout, em, fitText, textWidthEm } from '../stats-chart.js';
import { checkRefresh, isDay, shanghaiToday, statsRange } from '../stats-range.js';

function refusal(run: () => unknown): ZwConfigError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ZwConfigError);
    return error as ZwConfigError;
  }
  throw new Error('not refused');
}

describe('stats range', () => {
  it('defaults to the last 30 days up to today in the hall’s zone', () => {
    expect(statsRange(undefined, undefined, () => '2026-03-01')).to.deep.equal({ from: '2026-01-31', to: '2026-03-01' });
    expect(statsRange('2024-02-29', '2024-03-01')).to.deep.equal({ from: '2024-02-29', to: '2024-03-01' });
    // 16:30 UTC is already the next day in Shanghai
    expect(shanghaiToday(Date.parse('2026-11-22T16:30:00Z'))).to.equal('2026-11-23');
  });

  it('refuses dates that do not exist, from after to, and more than 366 days, with translatable expectations', () => {
    for (const day of ['2025-13-01', '2025-02-30', '2023-02-29', 'yesterday', '20251103', '']) expect(isDay(day), day).to.equal(false);
    expect(refusal(() => statsRange('2025-02-30', undefined)).expectedKey).to.equal('core:expected.date');
    const after = refusal(() => statsRange('2025-11-10', '2025-11-03'));
    expect([after.attribute, after.expectedKey, after.expectedValues]).to.deep.equal([
      'from',
      'rating:expected.notAfterTo',
      { to: '2025-11-03' },
    ]);
    expect(statsRange('2024-11-03', '2025-11-03').from, '366 days is the most').to.equal('2024-11-03');
    const long = refusal(() => statsRange('2024-11-02', '2025-11-03'));
    expect(long.expectedKey).to.equal('rating:expected.withinRange');
    expect(long.expectedValues).to.deep.equal({ to: '2025-11-03', max: 366 });
  });

  it('accepts refresh of at least 10 seconds, and names what was written otherwise', () => {
    checkRefresh(undefined, null);
    checkRefresh(10, '10');
    expect(refusal(() => checkRefresh(5, '5')).received).to.equal('5');
    expect(refusal(() => checkRefresh(Number.NaN, 'soon')).received).to.equal('soon');
  });
});

describe('stats chart geometry', () => {
  it('measures CJK as 1 em and Latin as 0.6 em, and cuts what does not fit', () => {
    expect(textWidthEm('满意率')).to.equal(3);
    expect(textWidthEm('100%')).to.be.closeTo(2.4, 1e-9);
    expect(fitText('市公安局出入境管理支队', 4)).to.equal('市公安…');
    expect(fitText('3号窗口', 9)).to.equal('3号窗口');
  });

  it('sizes slots by the widest text within bounds, and bars by their rate', () => {
    expect(chartLayout(3, 1).slot, 'at least 4.6').to.equal(4.6);
    expect(chartLayout(3, 20).slot, 'at most 9').to.equal(9);
    const layout = chartLayout(2, 5);
    expect(layout.slot).to.equal(6);
    expect(layout.width).to.be.closeTo(3.4 + 12 + 0.5, 1e-9);
    const full = barOf(layout, 1, 1);
    expect(full.top).to.equal(layout.base - layout.plot);
    expect(full.height).to.equal(layout.plot);
    expect(full.centre).to.be.closeTo(3.4 + 6 + 3, 1e-9);
    expect(barOf(layout, 0, null)).to.include({ height: 0, top: layout.base });
    expect(em(1 / 3)).to.equal('0.333em');
  });
});
