/** Texts of the surfaces panel (keys under `surfaces.`), English and Simplified Chinese. */
export const surfacesEn = {
  title: 'Surfaces and solids',
  hint: 'Drop OBJ, STL or DXF (3DFACE) files on the window to add topography, pit shells, faults or solids.',
  kind: { topography: 'Topography', pit: 'Pit shell', fault: 'Fault', solid: 'Solid' },
  show: 'Show {{name}}', colour: 'Colour of {{name}}', opacity: 'Opacity', remove: 'Remove',
  excludeAbove: 'Blocks above it are air (not estimated)',
  air: '{{air}} blocks above the topography excluded (air)',
};

export const surfacesZh: typeof surfacesEn = {
  title: '曲面与实体',
  hint: '将 OBJ、STL 或 DXF（3DFACE）文件拖放到窗口中，添加地形、采坑境界、断层或实体。',
  kind: { topography: '地形', pit: '采坑境界', fault: '断层', solid: '实体' },
  show: '显示 {{name}}', colour: '{{name}} 的颜色', opacity: '不透明度', remove: '移除',
  excludeAbove: '其上方的块体为空气（不估值）',
  air: '地形以上 {{air}} 个块体已排除（空气）',
};
