/** Texts of sections (keys under `section.`), English and Simplified Chinese. */
export const sectionEn = {
  kind: { x: 'N–S section', y: 'E–W section', z: 'Plan', azimuth: 'Section {{azimuth}}°' },
  axis: { x: 'N–S', y: 'E–W', z: 'Plan', azimuth: 'Azimuth' },
  at: { x: 'X = {{value}} {{unit}}', y: 'Y = {{value}} {{unit}}', z: 'Z = {{value}} {{unit}}', azimuth: '{{value}} {{unit}} towards {{normal}}°' },
  slab: 'slab ±{{half}} {{unit}}',
  looking: 'looking {{dir}}',
  dirs: { W: 'west', N: 'north', down: 'down', az: '{{azimuth}}°' },
  content: '{{holes}} holes, {{intervals}} intervals in the slab',
  back: 'Step back ({{step}} {{unit}})', forward: 'Step forward ({{step}} {{unit}})',
  keys: 'Keys [ and ] step the section',
  on: 'Show a section', position: 'Position', azimuth: 'Azimuth (°)', width: 'Slab width ({{unit}})', step: 'Step ({{unit}})',
  auto: 'auto: {{value}}', grid: 'Section grid',
  uAxis: { x: 'Y north ({{unit}})', y: 'X east ({{unit}})', z: 'X east ({{unit}})', azimuth: 'along {{azimuth}}° ({{unit}})' },
  vAxis: { x: 'Z ({{unit}})', y: 'Z ({{unit}})', z: 'Y north ({{unit}})', azimuth: 'Z ({{unit}})' },
};

export const sectionZh: typeof sectionEn = {
  kind: { x: '南北向剖面', y: '东西向剖面', z: '平面图', azimuth: '{{azimuth}}° 剖面' },
  axis: { x: '南北', y: '东西', z: '平面', azimuth: '方位角' },
  at: { x: 'X 坐标 = {{value}} {{unit}}', y: 'Y 坐标 = {{value}} {{unit}}', z: '高程 Z = {{value}} {{unit}}', azimuth: '沿 {{normal}}° 方向 {{value}} {{unit}}' },
  slab: '剖面厚度 ±{{half}} {{unit}}',
  looking: '视向{{dir}}',
  dirs: { W: '西', N: '北', down: '向下', az: '方位 {{azimuth}}°' },
  content: '剖面带内 {{holes}} 个钻孔、{{intervals}} 个样段',
  back: '后退（{{step}} {{unit}}）', forward: '前进（{{step}} {{unit}}）',
  keys: '按 [ 和 ] 键移动剖面',
  on: '显示剖面', position: '位置', azimuth: '方位角（°）', width: '剖面带宽度（{{unit}}）', step: '步长（{{unit}}）',
  auto: '自动：{{value}}', grid: '剖面网格',
  uAxis: { x: 'Y 北 ({{unit}})', y: 'X 东 ({{unit}})', z: 'X 东 ({{unit}})', azimuth: '沿 {{azimuth}}° ({{unit}})' },
  vAxis: { x: '高程 Z ({{unit}})', y: '高程 Z ({{unit}})', z: 'Y 北 ({{unit}})', azimuth: '高程 Z ({{unit}})' },
};
