// The production page's three charts, from the reports: one module so the page and the test
// that compares plotted totals with the data draw exactly the same thing.
import type { Lang } from '../../i18n';
import { formatNumber } from '../../i18n';
import type { ProductionEntry } from '../../schemas/production';
import { barChart, cumulativeChart } from './charts';
import { cumulative, sumBy } from './production';
import { formatPartialDate } from './format';

export interface ChartOptions {
  lang: Lang;
  itemName: (id: string) => string;
  territoryName: (code: string) => string;
  titles: { cumulative: string; byItem: string; byTerritory: string };
  desc: string;
}

export function productionCharts(entries: ProductionEntry[], o: ChartOptions): { id: string; title: string; svg: string }[] {
  const format = (n: number) => formatNumber(o.lang, n);
  return [
    {
      id: 'cumulative',
      title: o.titles.cumulative,
      svg: cumulativeChart(cumulative(entries), { id: 'chart-cumulative', title: o.titles.cumulative, desc: o.desc, format, formatDate: (d) => formatPartialDate(o.lang, d) }),
    },
    {
      id: 'by-item',
      title: o.titles.byItem,
      svg: barChart(sumBy(entries, (e) => e.item).map((s) => ({ label: o.itemName(s.key), value: s.value })), { id: 'chart-by-item', title: o.titles.byItem, desc: o.desc, format }),
    },
    {
      id: 'by-territory',
      title: o.titles.byTerritory,
      svg: barChart(sumBy(entries, (e) => e.territory).map((s) => ({ label: o.territoryName(s.key), value: s.value })), { id: 'chart-by-territory', title: o.titles.byTerritory, desc: o.desc, format }),
    },
  ];
}
