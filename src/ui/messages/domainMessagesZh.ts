import type { domainMessagesEn } from './domainMessagesEn';

/** 域（domain）相关错误的中文说明，按代码；并入 errorMessagesZh。 */
export const domainMessagesZh: typeof domainMessagesEn = {
  'domain-break-differs': '组合样按 {{breakOn}} 分段，但域由 {{column}} 给出：组合样必须在域代码变化处分段；请使用同一列。',
  'domain-no-codes': '样品没有来自 {{column}} 列的域代码（钻孔数据：化验表或区间表中的文本或数值列）。',
  'domain-unknown': '没有要估值的域 {{code}}（域代码：{{codes}}）。',
  'domain-no-samples': '{{element}}：域 {{code}} 中没有带数值的样品可用于估值。',
  'schema-solid-name': '{{file}}：内嵌的实体需要一个能说明格式的文件名（如 lode.obj）。',
  'grade-shell-threshold': '{{element}} 的品位壳需要给出品位阈值（domains.envelope.threshold）。',
  'domain-column-missing': '点样品 {{file}} 中没有可提供域代码的 {{column}} 列（现有文本列：{{columns}}）。',
};
