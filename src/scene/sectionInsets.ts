/**
 * Screen margins (CSS px) a section keeps free of data: the left column of the grid's Z/Y tick
 * labels, the bottom band of the X/Y tick labels and the colour bars, and a top row for the axis
 * caption. The section is framed inside them (SectionRig) and the colour bars sit in the bottom
 * band right of the tick-label column (SceneView), so neither covers the other or the data.
 */
export const SECTION_INSETS = { left: 64, right: 12, top: 26, bottom: 104 } as const;

/** Height (px from the view's bottom) of the row of bottom-edge tick labels: left-edge labels stay above it. */
export const BOTTOM_LABEL_ROW = 20;

/** Height (px from the view's top) of the vertical axis caption: left-edge labels stay below it. */
export const TOP_CAPTION_ROW = 32;
