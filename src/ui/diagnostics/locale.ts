/** Strings of the estimate diagnostics (panel, simple-kriging mean, derived discretization, warnings before a run). */
export const diagnosticsEn = {
  status_one: '{{n}} block needs a look', status_other: '{{n}} blocks need a look', statusOk: 'Estimate diagnostics: no failures',
  open: 'Estimate diagnostics', title: 'Where the estimate is weak', close: 'Close',
  element: 'Element', blocks: 'Blocks', estimated: 'Estimated', unestimated: 'Unestimated (too few samples)', outside: 'Outside the estimated domains (not estimated, by design)',
  singular: 'Singular systems', illConditioned: 'Ill-conditioned', negativeWeights: 'With negative weights',
  share: '{{pct}} of estimated', maxCondition: 'Largest condition estimate',
  conditionNote: 'A kriging system counts as ill-conditioned when its condition estimate (from the pivots of its factorisation) exceeds {{limit}}; its estimate is kept. Singular and unestimated blocks have no estimate.',
  skMeanOf: 'Simple kriging mean of {{element}}', skMeanDeclustered: 'declustered, length-weighted mean of the composites',
  skMeanScene: 'from the scene', discretizationDerived: 'Derived from the block size and composite length.',
  gaussianNugget: '{{element}}: a Gaussian structure with a nugget of {{share}} of the sill (less than 1 %) makes kriging systems nearly singular and weights unstable; add a nugget.',
};

/** 简体中文 strings of the estimate diagnostics. */
export const diagnosticsZh: typeof diagnosticsEn = {
  status_one: '{{n}} 个块需要检查', status_other: '{{n}} 个块需要检查', statusOk: '估值诊断：无失败',
  open: '估值诊断', title: '估值的薄弱之处', close: '关闭',
  element: '元素', blocks: '块数', estimated: '已估值', unestimated: '未估值（样品过少）', outside: '在估值域之外（按设计不估值）',
  singular: '奇异方程组', illConditioned: '病态方程组', negativeWeights: '含负权重',
  share: '占已估值的 {{pct}}', maxCondition: '最大条件数估计',
  conditionNote: '克里格方程组的条件数估计（由分解的主元求得）超过 {{limit}} 时计为病态；其估值保留。奇异块和未估值块没有估值。',
  skMeanOf: '{{element}} 的简单克里格均值', skMeanDeclustered: '组合样的解丛聚、长度加权均值',
  skMeanScene: '来自场景文件', discretizationDerived: '由块尺寸和组合样长度推得。',
  gaussianNugget: '{{element}}：高斯结构的块金值仅为基台值的 {{share}}（低于 1 %），克里格方程组接近奇异、权重不稳定；请加入块金值。',
};
