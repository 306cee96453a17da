/** Texts of the Statistics tab (keys under `stats.`), English and Simplified Chinese. */
export const statsEn = {
  tab: 'Statistics',
  element: 'Element', computing: 'Computing statistics…', noData: 'Open a scene first.',
  raw: 'Raw assays', composites: 'Composites', capped: 'Composites, capped',
  lengthWeighted: 'Length-weighted', summary: 'Summary of {{element}} ({{unit}})', statistic: 'Statistic',
  count: 'Count', mean: 'Mean', declustered: 'Declustered mean', variance: 'Variance', cv: 'CV', min: 'Minimum', max: 'Maximum',
  median: 'Median', quantile: 'P{{p}}',
  histogram: 'Histogram of {{element}}', histogramAlt: 'Length-weighted frequency of grades on log bins, raw assays and composites',
  frequency: 'Frequency (% length)', grade: '{{element}} ({{unit}})',
  probability: 'Log-probability plot of {{element}}', probabilityAlt: 'Grade against cumulative probability (normal score scale)',
  cumulative: 'Cumulative probability (%)',
  cap: 'Top-cut (cap)', capLine: 'cap', capHint: 'Drag the cap line on the histogram or type a value.',
  capEffect: '{{n}} composites capped, {{share}} % of the metal removed (mean {{before}} → {{after}})',
  capNone: 'No cap.', capRemove: 'Remove cap', capNeedsComposite: 'Capping applies to composites: the scene has no compositing section.',
};

export const statsZh: typeof statsEn = {
  tab: '统计',
  element: '元素', computing: '正在计算统计量…', noData: '请先打开一个场景。',
  raw: '原始样品', composites: '组合样', capped: '组合样（特高品位处理后）',
  lengthWeighted: '按长度加权', summary: '{{element}} 统计摘要（{{unit}}）', statistic: '统计量',
  count: '样品数', mean: '平均值', declustered: '解丛聚平均值', variance: '方差', cv: '变异系数', min: '最小值', max: '最大值',
  median: '中位数', quantile: 'P{{p}}',
  histogram: '{{element}} 直方图', histogramAlt: '按长度加权的品位频率（对数分组），原始样品与组合样',
  frequency: '频率（长度 %）', grade: '{{element}}（{{unit}}）',
  probability: '{{element}} 对数概率图', probabilityAlt: '品位与累积概率（正态分数刻度）',
  cumulative: '累积概率（%）',
  cap: '特高品位上限', capLine: '上限', capHint: '在直方图上拖动上限线，或输入数值。',
  capEffect: '{{n}} 个组合样被削减，去除金属量 {{share}} %（平均值 {{before}} → {{after}}）',
  capNone: '未设上限。', capRemove: '取消上限', capNeedsComposite: '特高品位处理作用于组合样：场景没有组合样设置。',
};
