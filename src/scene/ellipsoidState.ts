import { create } from 'zustand';

/** Where the ellipsoids are drawn: the centre of the data, the picked sample or block, or the centre of the section plane. */
export type EllipsoidAnchor = 'centre' | 'selection' | 'section';
export const ELLIPSOID_ANCHORS: EllipsoidAnchor[] = ['centre', 'selection', 'section'];

/** Whether and where the 3D view draws the variogram-model and search ellipsoids (a view choice, not saved in the scene). */
export const useEllipsoids = create<{ show: boolean; anchor: EllipsoidAnchor; setShow(show: boolean): void; setAnchor(anchor: EllipsoidAnchor): void }>()((set) => ({
  show: false,
  anchor: 'centre',
  setShow: (show) => set({ show }),
  setAnchor: (anchor) => set({ anchor }),
}));
