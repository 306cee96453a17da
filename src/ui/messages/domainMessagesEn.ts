/** English sentences of the domain errors, by code; merged into errorMessagesEn. */
export const domainMessagesEn = {
  'domain-break-differs': 'Composites break on {{breakOn}} but the domains are given by {{column}}: composites must break where the domain code changes; use one column.',
  'domain-no-codes': 'The samples carry no domain code from column {{column}} (drillhole data: a text or number column of the assays or of an interval table).',
  'domain-unknown': 'There is no domain {{code}} to estimate (domain codes: {{codes}}).',
  'domain-no-samples': '{{element}}: domain {{code}} has no sample with a value to estimate from.',
  'schema-solid-name': '{{file}}: an embedded solid needs a file name (such as lode.obj) that tells its format.',
  'grade-shell-threshold': 'A grade shell of {{element}} needs a grade threshold (domains.envelope.threshold).',
  'domain-column-missing': 'The point samples {{file}} have no column {{column}} to take domain codes from (text columns: {{columns}}).',
};
