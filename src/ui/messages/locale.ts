import { errorMessagesEn, messageWordsEn } from './errorMessagesEn';
import { errorMessagesZh, messageWordsZh } from './errorMessagesZh';
import { findingDetailsEn } from './findingDetailsEn';
import { findingDetailsZh } from './findingDetailsZh';

/** Messages in the user's language (keys under `messages.`): finding details, errors, words they use, the report's legend. */
export const messagesEn = {
  finding: findingDetailsEn,
  error: errorMessagesEn,
  ...messageWordsEn,
  report: {
    legend: 'Symbols', excluded: 'row excluded from the data',
    error: 'error: the row is wrong', warning: 'warning: check it', info: 'information: what was assumed',
  },
};

export const messagesZh: typeof messagesEn = {
  finding: findingDetailsZh,
  error: errorMessagesZh,
  ...messageWordsZh,
  report: {
    legend: '图例', excluded: '该行已排除',
    error: '错误：该行数据有误', warning: '警告：请核查', info: '信息：所作的假定',
  },
};
