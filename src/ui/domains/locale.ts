/** Strings of the Domains section (estimate tab). */
export const domainsEn = {
  title: 'Domains', column: 'Domain column', none: '(none: estimate across every boundary)',
  estimateCodes: 'Domains to estimate', source_solids: 'Block domains from the imported solids.',
  source_indicator: 'Block domains from an indicator model (ordinary kriging of each code’s 0/1 indicator; the most probable code).',
  help: 'Each domain is estimated from its own composites only (hard boundary); blocks of other domains stay unestimated.',
  envelope: 'Envelope', envelope_estimate: 'Isosurface of the estimate at the cutoff', envelope_domain: 'Domain solid (indicator probability 0.5)',
  envelope_gradeShell: 'Grade shell (indicator of grade ≥ threshold)', threshold: 'Grade threshold', probability: 'Probability contoured',
  envelopeVolume: 'Envelope volume: {{volume}} {{unit}}³', volumes: 'Domain volumes', code: 'Domain', blocks: 'Blocks', volume: 'Volume ({{unit}}³)',
  solidCode: 'Blocks inside {{name}} are domain', notDomain: '(not a domain solid)',
  solidsHint: 'Drop an OBJ or STL solid on the window to give the blocks inside it a domain.',
};

/** 简体中文：域（Domains）部分。 */
export const domainsZh: typeof domainsEn = {
  title: '域', column: '域代码列', none: '（无：跨越所有边界估值）',
  estimateCodes: '要估值的域', source_solids: '块的域来自导入的实体。',
  source_indicator: '块的域来自指示模型（对每个代码的 0/1 指示值做普通克里格，取概率最大的代码）。',
  help: '每个域只用本域的组合样估值（硬边界）；其他域的块不估值。',
  envelope: '包络', envelope_estimate: '边界品位处的估值等值面', envelope_domain: '域实体（指示概率 0.5）',
  envelope_gradeShell: '品位壳（品位 ≥ 阈值的指示）', threshold: '品位阈值', probability: '等值概率',
  envelopeVolume: '包络体积：{{volume}} {{unit}}³', volumes: '域体积', code: '域', blocks: '块数', volume: '体积（{{unit}}³）',
  solidCode: '{{name}} 内的块属于域', notDomain: '（不作为域实体）',
  solidsHint: '将 OBJ 或 STL 实体拖放到窗口中，使其内部的块获得域代码。',
};
