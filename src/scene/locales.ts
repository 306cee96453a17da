/**
 * Texts of the 3D view (keys under `scene.`), English and Simplified Chinese, for the app's i18n
 * resources: merge as `{ ...en, scene: sceneEn }` / `{ ...zh, scene: sceneZh }`. Components pass
 * the English text as the default value, so they also work before the resources are merged.
 */
export const sceneEn = {
  axes: { x: 'X east ({{unit}})', y: 'Y north ({{unit}})', z: 'Z ({{unit}})' },
  north: 'N',
  blocks: 'Blocks',
  envelope: 'Envelope: {{element}} ≥ {{cutoff}} {{unit}}',
  envelopeDomain: 'Domain {{code}} (solid)',
  envelopeIndicator: 'Domain {{code}} (indicator, p ≥ {{p}})',
  envelopeShell: 'Grade shell {{element}} ≥ {{threshold}} {{unit}}, p ≥ {{p}}',
  envelopeVolume: 'Volume {{volume}} {{unit}}³',
  field: { variance: 'Kriging variance', slope: 'Slope of regression', samples: 'Samples used', pass: 'Search pass', class: 'Resource class', ore: 'Ore / waste (value > 0)', value: 'Net value per tonne', equivalent: 'Metal equivalent' },
  classes: { measured: 'Measured', indicated: 'Indicated', inferred: 'Inferred', unclassified: 'Unclassified', ore: 'Ore', waste: 'Waste' },
  info: {
    label: 'Selection', close: 'Close', block: 'Block {{index}}', sample: 'Sample {{index}}', ijk: 'i, j, k',
    centre: 'Centre ({{unit}})', holes: 'Holes used', distance: 'Mean distance ({{unit}})',
    interval: 'From – to ({{unit}})', position: 'X, Y, Z ({{unit}})', domain: 'Domain',
  },
  canvas: '3D view of the deposit',
};

export const sceneZh: typeof sceneEn = {
  axes: { x: 'X 东 ({{unit}})', y: 'Y 北 ({{unit}})', z: 'Z ({{unit}})' },
  north: '北',
  blocks: '块体',
  envelope: '包络体：{{element}} ≥ {{cutoff}} {{unit}}',
  envelopeDomain: '域 {{code}}（实体）',
  envelopeIndicator: '域 {{code}}（指示概率 p ≥ {{p}}）',
  envelopeShell: '品位壳 {{element}} ≥ {{threshold}} {{unit}}，p ≥ {{p}}',
  envelopeVolume: '体积 {{volume}} {{unit}}³',
  field: { variance: '克里格方差', slope: '回归斜率', samples: '使用样品数', pass: '搜索次序', class: '资源类别', ore: '矿石 / 废石（价值 > 0）', value: '每吨净价值', equivalent: '金属当量' },
  classes: { measured: '探明', indicated: '控制', inferred: '推断', unclassified: '未分类', ore: '矿石', waste: '废石' },
  info: {
    label: '所选对象', close: '关闭', block: '块体 {{index}}', sample: '样品 {{index}}', ijk: 'i, j, k',
    centre: '中心 ({{unit}})', holes: '使用钻孔数', distance: '平均距离 ({{unit}})',
    interval: '自 – 至 ({{unit}})', position: 'X, Y, Z ({{unit}})', domain: '分区',
  },
  canvas: '矿床三维视图',
};
