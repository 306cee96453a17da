import { surfacesEn } from '../view/surfacesLocale';
import { sectionEn } from '../../scene/sectionLocale';
import { resourcesEn } from '../resources/locale';
import { diagnosticsEn } from '../diagnostics/locale';
import { domainsEn } from '../domains/locale';
import { messagesEn } from '../messages/locale';
import { importEn } from '../data/importLocale';
import { variogramPanelEn } from '../variogram/locale';
import { chartActionsEn } from '../charts/chartActionsLocale';
import { exportMenuEn } from '../files/exportLocale';
import { holesEn } from '../holes/locale';
import { statsEn } from '../statistics/locale';
import { validationEn } from '../validation/locale';
/** English strings (the reference: every key lives here first). */
export const en = {
  app: { name: 'Lode', tagline: '3D deposit viewer and kriging' },
  header: { openScene: 'Open scene', saveScene: 'Save scene', language: 'Language' },
  side: { label: 'Controls', tabs: 'Panels' },
  tabs: { data: 'Data', estimate: 'Estimate', view: 'View' },
  viewport: { label: '3D view', loading: 'Loading the 3D view…' },
  resources: resourcesEn,
  loading: { scene: 'Loading scene…', envelope: 'Updating envelope…' },
  cutoff: { label: 'Cutoff', number: 'Cutoff value' },
  summary: {
    tonnes: 'Tonnes', grade: 'Mean grade', metal: 'Metal', blocks: 'Blocks',
    none: 'Run the estimate to see tonnes and grade above the cutoff.',
    running: 'Estimating…',
  },
  error: { title: 'Error', dismiss: 'Dismiss' },
  drop: { hint: 'Drop CSV tables or a scene file to open them' },
  data: {
    openSample: 'Open sample', noSamples: 'No sample scenes available.',
    openFiles: 'Your data', pickFiles: 'Choose files…',
    dropHint: 'Drop CSV files (collars, surveys, assays or point samples) or a scene file anywhere on the window, or choose them.',
    attribution: 'Data source',
  },
  /** Headline of a validation finding, by its code (its detail is messages.finding.<code>). */
  finding: {
    'bad-collar-angle': 'Collar azimuth or dip unusable',
    'collar-orientation': 'Hole traced from collar azimuth and dip', 'gaussian-small-nugget': 'Gaussian model with almost no nugget',
    'collar-not-numeric': 'Collar coordinate not a number',
    'composite-residual-discarded': 'Residual composite discarded',
    'composite-rule': 'Compositing rule',
    'dip-out-of-range': 'Dip out of range',
    'duplicate-survey-depth': 'Duplicate survey depth',
    'not-numeric': 'Not a number',
    'overlap-trimmed': 'Overlap trimmed',
    'survey-reversal': 'Survey direction reversal',
    'above-detection': 'Above detection limit',
    'azimuth-missing-vertical': 'Azimuth blank at a vertical station',
    'bad-depth': 'Bad end-of-hole depth',
    'beyond-eoh': 'Interval beyond end of hole',
    'capped': 'Top-cut applied',
    'composite-skipped': 'Compositing skipped',
    'dip-positive-down': 'Dips positive downward',
    'duplicate-collar': 'Duplicate collar',
    'duplicate-interval': 'Duplicate interval',
    'duplicate-location': 'Duplicate location',
    'duplicate-survey': 'Duplicate survey station',
    'eoh-from-data': 'End of hole taken from the data',
    'field-count': 'Wrong number of fields',
    'from-ge-to': 'FROM ≥ TO',
    'gaps': 'Gaps between intervals',
    'ignored-column': 'Column ignored',
    'missing-value': 'Missing value',
    'negative-depth': 'Negative depth',
    'no-assays': 'Hole without assays',
    'no-collar': 'No collar',
    'no-depth': 'Depth unknown',
    'no-survey': 'Hole without survey',
    'non-numeric': 'Not a number',
    'out-of-range': 'Value out of range',
    'overlap': 'Overlapping intervals',
    'renamed-column': 'Column renamed',
    'survey-beyond-eoh': 'Survey below end of hole',
    'survey-extended-down': 'Survey extended down',
    'survey-extended-up': 'Survey extended up',
    'survey-far-beyond': 'Survey far below end of hole',
    'two-dimensional': 'Two-dimensional data',
    'unnamed-column': 'Unnamed column',
  },
  report: {
    title: 'Validation report', tables: 'Tables', kind: 'Table', file: 'File', rows: 'Rows', excluded: 'Excluded',
    elements: 'Elements', element: 'Element', values: 'Values', missing: 'Missing', bdl: 'Below detection',
    findingCounts: '{{errors}} errors, {{warnings}} warnings, {{total}} findings in all',
    noFindings: 'No problems found.', show: 'Show', all: 'All',
    page: 'Page {{page}} of {{pages}} ({{count}})', prev: 'Previous page', next: 'Next page',
    severity: 'Severity', where: 'File:row', message: 'Finding', excludedRow: 'Row excluded',
  },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  kind: { collars: 'Collars', surveys: 'Surveys', assays: 'Assays', intervals: 'Intervals', samples: 'Point samples' },
  role: {
    HOLEID: 'Hole id', X: 'X (east)', Y: 'Y (north)', Z: 'Z (elevation)', DEPTH: 'End of hole',
    AT: 'Survey depth', AZ: 'Azimuth', DIP: 'Dip', FROM: 'From', TO: 'To',
  },
  mapping: {
    title: 'What are these tables?',
    intro: 'The columns did not say which table each file is. Choose the kind of each table and the columns that hold its required fields.',
    kind: 'Kind of table', choose: 'Choose…', none: '(none)',
    incomplete: 'Every table needs a distinct kind and each field marked * a column.',
    cancel: 'Cancel', confirm: 'Open',
  },
  estimate: {
    run: 'Estimate', cancel: 'Cancel', running: 'Estimating…', progress: 'Estimate progress',
    noScene: 'Open a scene first.', stale: 'Parameters changed since this estimate: run it again.',
    blocks_one: '{{n}} block', blocks_other: '{{n}} blocks',
    elements: 'Elements', method: 'Method', kriging: 'Kriging', idw: 'Inverse distance',
    krigingType: 'Kriging type', ordinary: 'Ordinary', simple: 'Simple', skMean: 'Simple kriging mean', idwPower: 'IDW power',
    grid: 'Block grid', origin: 'First block centre', blockSize: 'Block size', blockCount: 'Blocks',
    noGrid: 'The grid is derived from the data.', discretization: 'Discretization',
    resources: 'Resources', density: 'Dry bulk density (t/m³)',
  },
  variogram: {
    title: 'Variogram of {{element}}', auto: 'Fitted automatically when the estimate runs.',
    summary: 'Nugget {{nugget}}, total sill {{sill}}, {{n}} structure(s)',
    nugget: 'Nugget', structure: 'Structure {{n}}', type: 'Model', sill: 'Sill (contribution)',
    ranges: 'Practical ranges', angles: 'Angles', spherical: 'Spherical', exponential: 'Exponential', gaussian: 'Gaussian',
  },
  axis: { major: 'major', semi: 'semi-major', minor: 'minor', azimuth: 'azimuth', dip: 'dip', rake: 'rake' },
  search: {
    title: 'Search neighbourhood', auto: 'Derived from the variogram ranges.', ranges: 'Ellipsoid ranges', angles: 'Ellipsoid angles',
    minSamples: 'Min samples', maxSamples: 'Max samples', maxPerHole: 'Max per hole (0 = any)',
  },
  view: {
    camera: 'Camera', colouring: 'Colours', element: 'Element shown', field: 'Block field', colormap: 'Colour map',
    layers: 'Layers', envelopeOpacity: 'Envelope opacity', envelopeColor: 'Envelope colour',
    section: 'Section plane', sectionOn: 'Cut the model with a plane', sectionAxis: 'Section axis',
    sectionPosition: 'Position: {{value}}', sectionSlider: 'Section position',
    exaggeration: 'Vertical exaggeration', exaggerationValue: '{{value}}×',
  },
  preset: { fit: 'Fit to data', iso: '3D', plan: 'Plan', sectionNS: 'Section N–S', sectionEW: 'Section E–W' },
  field: { estimate: 'Estimate', variance: 'Kriging variance', slope: 'Slope of regression', samples: 'Samples used', pass: 'Search pass' },
  chart: {
    title: 'Grade–tonnage curve', alt: 'Tonnes and mean grade above each cutoff', tonnes: 'Tonnes (Mt)', grade: 'Mean grade ({{unit}})',
    cutoff: 'Cutoff ({{unit}})', current: 'current cutoff',
  },
  variogramPanel: variogramPanelEn,
  stats: statsEn,
  validation: validationEn,
  chartActions: chartActionsEn,
  exportMenu: exportMenuEn,
  layer: { drillholes: 'Drillholes', blocks: 'Blocks', envelope: 'Envelope', labels: 'Hole labels', axes: 'Axes and grid' },
  diagnostics: diagnosticsEn,
  domains: domainsEn,
  messages: messagesEn,
  importing: importEn,
  holes: holesEn,
  section: sectionEn,
  surfaces: surfacesEn,
};

export type Strings = typeof en;
