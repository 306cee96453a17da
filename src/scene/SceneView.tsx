import { useEffect, useMemo, type ReactNode } from 'react';
import { Canvas, useThree } from '@react-three/fiber';
import { OrbitControls, OrthographicCamera } from '@react-three/drei';
import { useTranslation } from 'react-i18next';
import { Axes } from './Axes';
import { BlockModel } from './BlockModel';
import { CameraRig } from './CameraRig';
import { SceneColorBars } from './ColorBar';
import { BOTTOM_LABEL_ROW, SECTION_INSETS } from './sectionInsets';
import { Drillholes } from './Drillholes';
import { Ellipsoids } from './Ellipsoids';
import { Envelope } from './Envelope';
import { EnvelopeCut } from './EnvelopeCut';
import { Highlight } from './Highlight';
import { HoleMarks } from './HoleMarks';
import { MapDrapes } from './MapDrape';
import { InfoPanel } from './InfoPanel';
import { NorthArrow } from './NorthArrow';
import { BACKGROUND } from './colormaps';
import { Picker } from './Picker';
import { RegionDrawer } from './RegionDrawer';
import { Regions } from './Regions';
import { SectionPlane } from './SectionPlane';
import { Surfaces } from './Surfaces';
import { SectionOverlay } from './SectionOverlay';
import { SectionRig } from './SectionRig';
import { useSection } from './useSection';
import { installGpuFence } from './gpuFence';
import { installSceneProbe } from './perf';
import { PickContext, type PickRegistry } from './pickRegistry';
import { SceneStoreProvider, useView, type SceneStoreApi } from './useSceneData';

export { BACKGROUND };

/** Enables per-material clipping, installs the benchmark probe and the GPU fence (see gpuFence.ts). */
function RendererSetup() {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => { gl.localClippingEnabled = true; invalidate(); }, [gl, invalidate]);
  // Reading each program's info logs on its first use is a synchronous round trip to the GPU process
  // (~50–100 ms for the holes' first frame in the Copper Creek bench): checked while developing only,
  // as three.js advises (WebGLRenderer.debug.checkShaderErrors).
  useEffect(() => { gl.debug.checkShaderErrors = import.meta.env.DEV; }, [gl]);
  useEffect(() => installSceneProbe(gl, invalidate), [gl, invalidate]);
  useEffect(() => installGpuFence(gl), [gl]);
  return null;
}

/**
 * The camera and its controls: in 3D a perspective camera that orbits (CameraRig); with a section
 * on, an orthographic camera looking along the section's normal that pans and zooms but does not
 * rotate (SectionRig).
 */
function ViewRig() {
  const section = useSection();
  if (section) {
    return (
      <>
        <OrthographicCamera makeDefault near={0.01} far={1e6} />
        <OrbitControls makeDefault enableRotate={false} enableDamping={false} zoomToCursor screenSpacePanning />
        <SectionRig />
      </>
    );
  }
  return (
    <>
      <OrbitControls makeDefault enableDamping={false} zoomToCursor />
      <CameraRig />
    </>
  );
}

/** Everything drawn in the data frame: relative to the local origin, Z scaled by the vertical exaggeration. */
function DataFrame({ children }: { children?: ReactNode }) {
  const ve = useView().verticalExaggeration;
  // A section has its own grid and labels (SectionOverlay) instead of the 3D box axes.
  const section = useSection();
  return (
    <group name="data" scale={[1, 1, ve]}>
      <Drillholes />
      <BlockModel />
      <Envelope />
      <EnvelopeCut />
      <SectionPlane />
      {!section && <Axes />}
      {!section && <NorthArrow />}
      <Highlight />
      <Ellipsoids />
      <HoleMarks />
      <MapDrapes />
      <Regions />
      <RegionDrawer />
      <Surfaces />
      {children}
    </group>
  );
}

/** The colour bars, bottom left; in a section, in the band kept free below the data, right of the grid's tick labels. */
function ColourBars() {
  const section = useSection();
  return (
    <div style={{ position: 'absolute', left: section ? SECTION_INSETS.left : 12, bottom: section ? BOTTOM_LABEL_ROW + 6 : 12, pointerEvents: 'none' }}>
      <SceneColorBars />
    </div>
  );
}

export interface SceneViewProps {
  /** The store to show (the app's `useLode`, or a test store). */
  store: SceneStoreApi;
  /** Extra 3-D content, drawn in the data frame. */
  children?: ReactNode;
}

/**
 * The 3-D view: a Z-up canvas (X east, Y north) drawing only on demand, with orbit/pan/zoom, the
 * drillholes, block model, envelope, section, axes and north arrow; HTML overlays for the colour
 * bars and the selection. The canvas keeps its drawing buffer so tests can read its pixels.
 */
export function SceneView({ store, children }: SceneViewProps) {
  const { t } = useTranslation();
  const registry = useMemo<PickRegistry>(() => ({ holes: null, blocks: null }), []);
  return (
    <SceneStoreProvider store={store}>
      <PickContext.Provider value={registry}>
        <div className="lode-viewport" style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}>
          <Canvas
            frameloop="demand"
            dpr={[1, 2]}
            gl={{ preserveDrawingBuffer: true, antialias: true }}
            camera={{ up: [0, 0, 1], fov: 45, near: 0.1, far: 1e6, position: [300, -400, 300] }}
            aria-label={t('scene.canvas', '3D view of the deposit')}
            role="img"
          >
            <SceneStoreProvider store={store}>
              <PickContext.Provider value={registry}>
                <color attach="background" args={[BACKGROUND]} />
                <hemisphereLight args={['#ffffff', '#3a3f47', 1.6]} position={[0, 0, 1]} />
                <directionalLight position={[0.5, -0.8, 1.2]} intensity={1.4} />
                <RendererSetup />
                <ViewRig />
                <DataFrame>{children}</DataFrame>
                <Picker />
              </PickContext.Provider>
            </SceneStoreProvider>
          </Canvas>
          <SectionOverlay />
          <ColourBars />
          <div style={{ position: 'absolute', right: 12, bottom: 12 }}>
            <InfoPanel />
          </div>
        </div>
      </PickContext.Provider>
    </SceneStoreProvider>
  );
}
