import type { meshMessagesEn } from './meshMessagesEn';

/** 网格（OBJ/STL）读取错误的中文说明，按代码；并入 errorMessagesZh。 */
export const meshMessagesZh: typeof meshMessagesEn = {
  'mesh-vertex': '{{file}} 第 {{line}} 行：顶点需要三个数值坐标。',
  'mesh-face': '{{file}} 第 {{line}} 行：面至少需要三个顶点编号。',
  'mesh-face-index': '{{file}} 第 {{line}} 行：面引用了第 {{index}} 个顶点，但此前只定义了 {{count}} 个顶点。',
  'mesh-empty': '{{file}} 中没有三角形。',
  'mesh-stl-format': '{{file}} 不是 STL 文件（既不是以“solid …”开头的文本，也不是大小正确的二进制文件）。',
  'mesh-stl-nan': '{{file}}：第 {{triangle}} 个三角形的坐标不是数值。',
  'mesh-stl-facet': '{{file}} 第 {{line}} 行：facet 没有以“endfacet”结束，或顶点不在 facet 内。',
  'mesh-stl-vertices': '{{file}} 第 {{line}} 行：facet 有 {{n}} 个顶点，应为 3 个。',
  'mesh-format': '{{file}}：无法读取“.{{ext}}”格式（可读取：{{formats}}）。',
};
