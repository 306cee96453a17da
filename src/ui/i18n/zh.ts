import { surfacesZh } from '../view/surfacesLocale';
import { sectionZh } from '../../scene/sectionLocale';
import { resourcesZh } from '../resources/locale';
import { diagnosticsZh } from '../diagnostics/locale';
import { domainsZh } from '../domains/locale';
import { messagesZh } from '../messages/locale';
import { holesZh } from '../holes/locale';
import type { Strings } from './en';
import { importZh } from '../data/importLocale';
import { variogramPanelZh } from '../variogram/locale';
import { statsZh } from '../statistics/locale';
import { validationZh } from '../validation/locale';
import { chartActionsZh } from '../charts/chartActionsLocale';
import { exportMenuZh } from '../files/exportLocale';

/** 简体中文。术语按国内资源储量估算的通行用法（边界品位、克里格、变差函数、块金、基台值）。 */
export const zh: Strings = {
  app: { name: 'Lode', tagline: '三维矿床可视化与克里格估值' },
  header: { openScene: '打开场景', saveScene: '保存场景', language: '语言' },
  side: { label: '控制面板', tabs: '面板' },
  tabs: { data: '数据', estimate: '估值', view: '视图' },
  viewport: { label: '三维视图', loading: '正在加载三维视图…' },
  resources: resourcesZh,
  loading: { scene: '正在加载场景…', envelope: '正在更新矿体包络…' },
  cutoff: { label: '边界品位', number: '边界品位数值' },
  summary: {
    tonnes: '矿石量', grade: '平均品位', metal: '金属量', blocks: '块数',
    none: '运行估值后，即可查看边界品位以上的矿石量与品位。',
    running: '正在估值…',
  },
  error: { title: '错误', dismiss: '关闭' },
  drop: { hint: '将 CSV 数据表或场景文件拖放到此处打开' },
  data: {
    openSample: '打开示例', noSamples: '没有可用的示例场景。',
    openFiles: '你的数据', pickFiles: '选择文件…',
    dropHint: '将 CSV 文件（孔口、测斜、化验或点样品）或场景文件拖放到窗口任意位置，或点击选择。',
    attribution: '数据来源',
  },
  /** 校验问题的类别（按代码）；其后的详细说明来自计算引擎，为英文。 */
  finding: {
    'bad-collar-angle': '孔口方位角或倾角无法使用',
    'collar-orientation': '钻孔按孔口方位角和倾角追踪', 'gaussian-small-nugget': '高斯模型几乎没有块金值',
    'collar-not-numeric': '孔口坐标非数值',
    'composite-residual-discarded': '残余组合样已舍弃',
    'composite-rule': '组合规则',
    'dip-out-of-range': '倾角超出范围',
    'duplicate-survey-depth': '测斜深度重复',
    'not-numeric': '非数值',
    'overlap-trimmed': '重叠部分已截除',
    'survey-reversal': '测斜方向反转',
    'above-detection': '高于检出上限',
    'azimuth-missing-vertical': '垂直测点方位角为空',
    'bad-depth': '终孔深度有误',
    'beyond-eoh': '样段超出终孔深度',
    'capped': '已进行特高品位处理',
    'composite-skipped': '未进行组合',
    'dip-positive-down': '倾角向下为正',
    'duplicate-collar': '孔口重复',
    'duplicate-interval': '样段重复',
    'duplicate-location': '位置重复',
    'duplicate-survey': '测斜点重复',
    'eoh-from-data': '终孔深度取自数据',
    'field-count': '字段数不符',
    'from-ge-to': '起始深度 ≥ 终止深度',
    'gaps': '样段间有空缺',
    'ignored-column': '已忽略的列',
    'missing-value': '缺失值',
    'negative-depth': '深度为负',
    'no-assays': '钻孔无化验数据',
    'no-collar': '无对应孔口',
    'no-depth': '深度未知',
    'no-survey': '钻孔无测斜数据',
    'non-numeric': '非数值',
    'out-of-range': '数值超出范围',
    'overlap': '样段重叠',
    'renamed-column': '列已重命名',
    'survey-beyond-eoh': '测斜点低于终孔深度',
    'survey-extended-down': '测斜向下延伸',
    'survey-extended-up': '测斜向上延伸',
    'survey-far-beyond': '测斜点远低于终孔深度',
    'two-dimensional': '二维数据',
    'unnamed-column': '未命名的列',
  },
  report: {
    title: '数据校验报告', tables: '数据表', kind: '类型', file: '文件', rows: '行数', excluded: '已排除',
    elements: '元素', element: '元素', values: '有效值', missing: '缺失', bdl: '低于检出限',
    findingCounts: '{{errors}} 个错误，{{warnings}} 个警告，共 {{total}} 条问题',
    noFindings: '未发现问题。', show: '显示', all: '全部',
    page: '第 {{page}} / {{pages}} 页（{{count}} 条）', prev: '上一页', next: '下一页',
    severity: '级别', where: '文件:行', message: '问题', excludedRow: '该行已排除',
  },
  severity: { error: '错误', warning: '警告', info: '提示' },
  kind: { collars: '孔口表', surveys: '测斜表', assays: '化验表', intervals: '区间表', samples: '点样品' },
  role: {
    HOLEID: '钻孔编号', X: 'X（东）', Y: 'Y（北）', Z: 'Z（高程）', DEPTH: '终孔深度',
    AT: '测斜深度', AZ: '方位角', DIP: '倾角', FROM: '起始深度', TO: '终止深度',
  },
  mapping: {
    title: '这些是什么数据表？',
    intro: '无法根据列名判断文件的类型。请为每个文件选择数据表类型，并指定必填字段对应的列。',
    kind: '数据表类型', choose: '请选择…', none: '（无）',
    incomplete: '每个数据表的类型不能重复，且所有带 * 的字段都需要指定列。',
    cancel: '取消', confirm: '打开',
  },
  estimate: {
    run: '估值', cancel: '取消', running: '正在估值…', progress: '估值进度',
    noScene: '请先打开一个场景。', stale: '参数已修改，请重新运行估值。',
    blocks_one: '{{n}} 个块', blocks_other: '{{n}} 个块',
    elements: '元素', method: '方法', kriging: '克里格法', idw: '距离幂次反比法',
    krigingType: '克里格类型', ordinary: '普通克里格', simple: '简单克里格', skMean: '简单克里格均值', idwPower: '幂次',
    grid: '块体模型网格', origin: '首个块中心', blockSize: '块尺寸', blockCount: '块数',
    noGrid: '网格由数据自动生成。', discretization: '块离散化',
    resources: '资源量', density: '干体重（t/m³）',
  },
  variogram: {
    title: '{{element}} 变差函数', auto: '运行估值时自动拟合。',
    summary: '块金值 {{nugget}}，总基台值 {{sill}}，{{n}} 个结构',
    nugget: '块金值', structure: '结构 {{n}}', type: '模型', sill: '基台值（贡献）',
    ranges: '实际变程', angles: '角度', spherical: '球状模型', exponential: '指数模型', gaussian: '高斯模型',
  },
  axis: { major: '主轴', semi: '次轴', minor: '短轴', azimuth: '方位角', dip: '倾角', rake: '侧伏角' },
  search: {
    title: '搜索邻域', auto: '由变差函数的变程自动确定。', ranges: '搜索椭球半径', angles: '搜索椭球角度',
    minSamples: '最少样品数', maxSamples: '最多样品数', maxPerHole: '单孔最多样品数（0 为不限）',
  },
  view: {
    camera: '视角', colouring: '着色', element: '显示元素', field: '块属性', colormap: '色带',
    layers: '图层', envelopeOpacity: '包络透明度', envelopeColor: '包络颜色',
    section: '剖面', sectionOn: '用平面剖切模型', sectionAxis: '剖面方向',
    sectionPosition: '位置：{{value}}', sectionSlider: '剖面位置',
    exaggeration: '垂直放大', exaggerationValue: '{{value}} 倍',
  },
  preset: { fit: '全部显示', iso: '三维', plan: '平面图', sectionNS: '南北剖面', sectionEW: '东西剖面' },
  field: { estimate: '估计值', variance: '克里格方差', slope: '回归斜率', samples: '使用样品数', pass: '搜索次序' },
  chart: {
    title: '品位–吨位曲线', alt: '各边界品位以上的矿石量与平均品位', tonnes: '矿石量（百万吨）', grade: '平均品位（{{unit}}）',
    cutoff: '边界品位（{{unit}}）', current: '当前边界品位',
  },
  variogramPanel: variogramPanelZh,
  stats: statsZh,
  validation: validationZh,
  chartActions: chartActionsZh,
  exportMenu: exportMenuZh,
  layer: { drillholes: '钻孔', blocks: '块体', envelope: '矿体包络', labels: '孔号标注', axes: '坐标轴与网格' },
  diagnostics: diagnosticsZh,
  domains: domainsZh,
  messages: messagesZh,
  importing: importZh,
  holes: holesZh,
  section: sectionZh,
  surfaces: surfacesZh,
};
