/** Strings of importing tables: the mapping dialog, the stages of loading, a scene without grades. */
export const importEn = {
  intro_one: 'Lode recognised {{known}} of {{total}} files. Check this one: {{files}}.',
  intro_other: 'Lode recognised {{known}} of {{total}} files. Check these: {{files}}.',
  help: 'Choose what each file is, and the columns of the fields marked *. A lithology, alteration or domain table is an interval table; a file you do not need can be skipped.',
  unsure: {
    unknown: 'Its columns fit no kind of table.',
    ambiguous: 'Its columns fit more than one kind of table or field.',
    columns: 'A required column was not found.',
    duplicate: 'Another file was taken for the same kind of table.',
  },
  skip: 'Skip this file',
  incomplete: 'Each kind of table except interval tables can be used once, and each field marked * needs a column.',
  stage: {
    read: 'Reading tables…', validate: 'Checking tables…', desurvey: 'Tracing holes…',
    composite: 'Compositing…', plan: 'Preparing the estimate…',
  },
  queued: 'Opening {{files}} when the current scene has loaded…',
  noGrades: {
    title: 'No grades to estimate',
    assays: 'These drillholes have no assay table: open it (hole id, from, to and grade columns) together with the collars and surveys to estimate.',
    surveys: 'There is no survey table either: the holes are drawn vertical until one is opened.',
    numeric: 'The assay table has no column of numbers to estimate.',
  },
};

/** 简体中文。 */
export const importZh: typeof importEn = {
  intro_one: 'Lode 识别了 {{total}} 个文件中的 {{known}} 个。请检查这个文件：{{files}}。',
  intro_other: 'Lode 识别了 {{total}} 个文件中的 {{known}} 个。请检查这些文件：{{files}}。',
  help: '请选择每个文件的类型，并为带 * 的字段指定列。岩性、蚀变或分区表属于区间表；不需要的文件可以跳过。',
  unsure: {
    unknown: '它的列不符合任何一种数据表。',
    ambiguous: '它的列可能属于多种数据表或字段。',
    columns: '缺少必填的列。',
    duplicate: '另一个文件也被识别为同一种数据表。',
  },
  skip: '跳过此文件',
  incomplete: '除区间表外，每种数据表只能使用一次；每个带 * 的字段都需要指定列。',
  stage: {
    read: '正在读取数据表…', validate: '正在校验数据表…', desurvey: '正在计算钻孔轨迹…',
    composite: '正在组合样品…', plan: '正在准备估值…',
  },
  queued: '当前场景加载完成后将打开 {{files}}…',
  noGrades: {
    title: '没有可估值的品位',
    assays: '这些钻孔没有化验表：请将化验表（钻孔编号、起始深度、终止深度和品位列）与孔口表、测斜表一起打开后再估值。',
    surveys: '也没有测斜表：在打开测斜表之前，钻孔按垂直绘制。',
    numeric: '化验表中没有可用于估值的数值列。',
  },
};
