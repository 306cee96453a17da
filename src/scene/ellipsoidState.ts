import { create } from 'zustand';

/** Whether the 3D view draws the variogram-model and search ellipsoids (a view toggle, not saved in the scene). */
export const useEllipsoids = create<{ show: boolean; setShow(show: boolean): void }>()((set) => ({
  show: false,
  setShow: (show) => set({ show }),
}));
