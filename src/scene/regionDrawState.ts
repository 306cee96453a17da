import { create } from 'zustand';

/** A region polygon being clicked in the 3D view (real X, Y), and whether the scene's regions are drawn in 3D. Not saved: the finished polygon goes into scene.resources.regions. */
export interface RegionDrawState {
  /** Clicks in the 3D view add corners (and do not select). */
  drawing: boolean;
  corners: [number, number][];
  /** Draw the scene's regions (prisms) in the 3D view. */
  show: boolean;
  start(): void;
  add(corner: [number, number]): void;
  undo(): void;
  /** Stop drawing; returns the corners clicked. */
  stop(): [number, number][];
  setShow(show: boolean): void;
}

export const useRegionDraw = create<RegionDrawState>()((set, get) => ({
  drawing: false,
  corners: [],
  show: false,
  start: () => set({ drawing: true, corners: [], show: true }),
  add: (c) => set({ corners: [...get().corners, c] }),
  undo: () => set({ corners: get().corners.slice(0, -1) }),
  stop: () => { const c = get().corners; set({ drawing: false, corners: [] }); return c; },
  setShow: (show) => set({ show }),
}));
