import type { meshMessagesEn } from './meshMessagesEn';

/** 网格（OBJ/STL/DXF）读取错误的中文说明，按代码；并入 errorMessagesZh。 */
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
  'mesh-dxf-binary': '{{file}} 是二进制 DXF；请在 CAD 软件中另存为 ASCII DXF。',
  'mesh-dxf-format': '{{file}} 不是可读取的 DXF 文件（{{reason}}）。',
  'mesh-dxf-face': '{{file}}：第 {{face}} 个 3DFACE 缺少第 {{corner}} 个角点。',
  'mesh-dxf-face-index': '{{file}}：多面网格（polyface）的面引用了第 {{index}} 个顶点，但此前只有 {{count}} 个顶点。',
  'mesh-dxf-empty': '{{file}} 中没有 3DFACE 或多面网格（polyface）的面（已有实体：{{entities}}）。由 INSERT 插入的图块中的面不会读取：请先分解（explode）。',
};
