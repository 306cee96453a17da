/** Texts of the chart save buttons (keys under `chartActions.`), English and Simplified Chinese. */
export const chartActionsEn = {
  png: 'Save PNG',
  csv: 'Save CSV',
  pngTitle: 'Save this chart as a PNG image',
  csvTitle: 'Save the data of this chart as CSV',
  group: 'Save chart',
};

export const chartActionsZh: typeof chartActionsEn = {
  png: '保存 PNG',
  csv: '保存 CSV',
  pngTitle: '将此图表保存为 PNG 图像',
  csvTitle: '将此图表的数据保存为 CSV',
  group: '保存图表',
};
