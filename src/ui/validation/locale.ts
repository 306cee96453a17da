/** Texts of the Validation tab (keys under `validation.`), English and Simplified Chinese. */
export const validationEn = {
  tab: 'Validation', element: 'Element', noScene: 'Open a scene first.',
  xval: 'Cross-validation', run: 'Cross-validate', running: 'Cross-validating… {{pct}} %', leaveHoleOut: 'Leave one hole out',
  leaveOneOut: 'leave-one-out', leaveHoleOutShort: 'leave-one-hole-out', limited: 'at most {{max}} evenly spaced samples',
  n: 'Samples validated', unestimated: 'Unestimated', meanError: 'Mean error (estimate − sample)', mse: 'Mean squared error',
  correlation: 'Correlation', slope: 'Regression slope (sample on estimate)', msse: 'Mean standardized squared error (≈ 1)',
  scatter: 'Estimate vs sample, {{element}}', scatterAlt: 'Cross-validation estimates against sample values, with the regression line and the 1:1 line',
  estimate: 'Estimate ({{unit}})', sample: 'Sample ({{unit}})', points: 'Samples (data)', regression: 'Regression (sample on estimate)', oneToOne: '1:1',
  swath: 'Swath plot along {{axis}}, {{element}}', swathAlt: 'Mean composite grade and mean block estimate per slice, with sample counts',
  axis: 'Axis', width: 'Slice width ({{unit}})', position: '{{axis}} ({{unit}})', grade: 'Mean grade ({{unit}})', count: 'Composites',
  compMean: 'Composites, length-weighted mean (data)', blockMean: 'Blocks, mean estimate (model)', compCount: 'Composites per slice',
  needEstimate: 'Run the estimate to see swath plots and the global comparison.',
  global: 'Global comparison', declustered: 'Declustered composite mean', blockMeanGlobal: 'Mean block estimate', difference: 'Difference',
  colourBy: 'Colour the blocks by', weak: 'Where is the estimate weak?',
};

export const validationZh: typeof validationEn = {
  tab: '验证', element: '元素', noScene: '请先打开一个场景。',
  xval: '交叉验证', run: '交叉验证', running: '交叉验证中… {{pct}} %', leaveHoleOut: '留一钻孔',
  leaveOneOut: '留一法', leaveHoleOutShort: '留一钻孔法', limited: '最多 {{max}} 个均匀选取的样品',
  n: '验证样品数', unestimated: '未估值', meanError: '平均误差（估计值 − 样品值）', mse: '均方误差',
  correlation: '相关系数', slope: '回归斜率（样品值对估计值）', msse: '标准化均方误差（≈ 1）',
  scatter: '{{element}} 估计值与样品值', scatterAlt: '交叉验证估计值与样品值散点图，含回归线与 1:1 线',
  estimate: '估计值（{{unit}}）', sample: '样品值（{{unit}}）', points: '样品（数据）', regression: '回归线（样品值对估计值）', oneToOne: '1:1',
  swath: '沿 {{axis}} 的条带图，{{element}}', swathAlt: '每个条带的组合样平均品位与块平均估计值，含样品数',
  axis: '方向', width: '条带宽度（{{unit}}）', position: '{{axis}}（{{unit}}）', grade: '平均品位（{{unit}}）', count: '组合样数',
  compMean: '组合样长度加权平均（数据）', blockMean: '块平均估计值（模型）', compCount: '每条带组合样数',
  needEstimate: '运行估值后可查看条带图和全局对比。',
  global: '全局对比', declustered: '解丛聚组合样平均值', blockMeanGlobal: '块估计平均值', difference: '差异',
  colourBy: '块体着色依据', weak: '估值薄弱在哪里？',
};
