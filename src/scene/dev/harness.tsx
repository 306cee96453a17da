/**
 * Standalone page for looking at the 3-D view without the app: a synthetic deposit (holes,
 * composites, blocks, envelope) in a store of its own, a few controls, and a benchmark mode.
 * Open /src/scene/dev/harness.html?n=100&bench=1 on the dev server (n³ blocks; bench = measure).
 */
import { createRoot } from 'react-dom/client';
import { createStore } from 'zustand/vanilla';
import { useSyncExternalStore } from 'react';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sceneSchema, type ViewSection } from '../../io/scene/schema';
import { isosurface } from '../../engine/isosurface/isosurface';
import type { Vec3 } from '../../engine/types';
import { SceneView } from '../SceneView';
import { sceneEn } from '../locales';
import { measureCutoff, measureUpload, probe } from '../perf';
import type { SceneState } from '../useSceneData';
import { syntheticModel } from './synthetic';

void i18n.use(initReactI18next).init({ resources: { en: { translation: { scene: sceneEn } } }, lng: 'en', interpolation: { escapeValue: false }, initAsync: false });

const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 0);
const dims: Vec3 = n > 0 ? [n, n, n] : [50, 40, 40];
const model = syntheticModel(dims);
const cutoff0 = Number(params.get('cutoff') ?? 0.5);
const view = params.get('view');

const scene = sceneSchema.parse({
  lode: 1, name: 'Synthetic harness', units: 'm', gradeUnits: { AU: 'g/t' },
  data: { collars: { path: 'collars.csv' } },
  view: { element: 'AU', cutoff: cutoff0, visible: { labels: params.has('labels'), ...Object.fromEntries((params.get('hide') ?? '').split(',').filter(Boolean).map((k) => [k, false])) }, verticalExaggeration: Number(params.get('ve') ?? 1),
    ...(params.get('section') ? { section: { enabled: true, axis: params.get('section'), position: Number(params.get('pos')) } } : {}),
    ...(params.get('field') ? { field: params.get('field') } : {}) },
});

const store = createStore<SceneState>()((set, get) => ({
  scene, report: null, holes: model.holes, samples: model.samples, grid: model.grid,
  estimates: (params.has('bench') ? {} : { AU: model.estimates }) as SceneState['estimates'],
  estimatesVersion: 1, estimatesDirty: null, blockResources: null, plan: null,
  envelope: params.has('noenv') ? null : isosurface(model.grid, model.estimates.estimate, cutoff0, { origin: model.grid.origin }),
  cutoff: cutoff0, status: { running: false, progress: 0 }, selection: null, viewCommand: null, sceneNonce: 1, data: null, probe: null,
  setView: (patch: Partial<ViewSection>) => { const s = get().scene; if (s) set({ scene: { ...s, view: { ...s.view!, ...patch } } }); },
  select: (selection) => set({ selection }),
}));
(globalThis as { __harness?: unknown }).__harness = { store, model };

function Controls() {
  const s = useSyncExternalStore(store.subscribe, store.getState);
  const v = s.scene!.view!;
  const setView = s.setView;
  return (
    <div style={{ position: 'absolute', top: 8, left: 8, zIndex: 10, background: 'rgba(0,0,0,0.6)', padding: 8, display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', maxWidth: 900 }}>
      <label>Cutoff <input aria-label="Cutoff" type="range" min={0} max={4} step={0.01} value={s.cutoff}
        onChange={(e) => store.setState({ cutoff: Number(e.target.value) })}
        onPointerUp={() => store.setState({ envelope: isosurface(model.grid, model.estimates.estimate, store.getState().cutoff, { origin: model.grid.origin }) })} /></label>
      <span>{s.cutoff.toFixed(2)}</span>
      <select value={v.field} onChange={(e) => setView({ field: e.target.value as ViewSection['field'] })}>
        {['estimate', 'variance', 'slope', 'samples', 'pass'].map((f) => <option key={f}>{f}</option>)}
      </select>
      <select value={v.colormap} onChange={(e) => setView({ colormap: e.target.value as ViewSection['colormap'] })}>
        {['viridis', 'magma', 'inferno', 'plasma', 'cividis', 'turbo'].map((f) => <option key={f}>{f}</option>)}
      </select>
      {(['fit', 'plan', 'sectionNS', 'sectionEW', 'iso'] as const).map((k) => (
        <button key={k} onClick={() => store.setState({ viewCommand: { kind: k, nonce: (s.viewCommand?.nonce ?? 0) + 1 } })}>{k}</button>
      ))}
      <label><input type="checkbox" checked={v.section?.enabled ?? false}
        onChange={(e) => setView({ section: { enabled: e.target.checked, axis: 'x', azimuth: 0, position: model.grid.origin[0] + 250 } })} /> section X</label>
      <label>VE <input type="number" min={0.1} max={20} step={0.5} value={v.verticalExaggeration} style={{ width: 50 }}
        onChange={(e) => setView({ verticalExaggeration: Number(e.target.value) })} /></label>
      <label><input type="checkbox" checked={v.visible.labels} onChange={(e) => setView({ visible: { ...v.visible, labels: e.target.checked } })} /> labels</label>
      <pre id="bench" style={{ margin: 0 }} />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <div style={{ position: 'relative', width: '100vw', height: '100vh' }}>
    <SceneView store={store} />
    <Controls />
  </div>,
);

if (view) setTimeout(() => store.setState({ viewCommand: { kind: view as 'plan', nonce: 99 } }), 300);

async function bench() {
  await new Promise((r) => setTimeout(r, 1500));
  const upload = await measureUpload(() => store.setState({ estimates: { AU: model.estimates }, estimatesVersion: 2 }));
  console.log('upload', JSON.stringify(upload));
  const steps = Number(params.get('steps') ?? 15);
  const cutoffs = Array.from({ length: steps }, (_, i) => 0.2 + (2 / steps) * i);
  const cut = await measureCutoff((c) => store.setState({ cutoff: c }), cutoffs);
  const steady: number[] = [];
  for (let i = 0; i < 3; i++) steady.push(await probe.timeToFrame(() => undefined));
  // CPU cost of a cutoff change in the view: the store update and its subscribers (uniform, instance count).
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) store.setState({ cutoff: 0.2 + i * 0.02 });
  const cpuPerCutoff = (performance.now() - t0) / 100;
  await probe.nextFrame();
  const result = { blocks: model.grid.count.reduce((a, b) => a * b, 1), upload, cutoff: cut, steadyFrame: steady, cpuPerCutoffMs: cpuPerCutoff, drawn: probe.info() };
  (globalThis as { __benchResult?: unknown }).__benchResult = result;
  document.getElementById('bench')!.textContent = JSON.stringify({ upload: upload.ms.toFixed(0), fill: upload.fillMs.toFixed(0), cutMedian: cut.median.toFixed(1), cutMax: cut.max.toFixed(1) });
}
if (params.has('bench')) void bench();
