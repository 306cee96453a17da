/** Chemical element symbols Z = 1..92 (H to U): nobody assays the synthetic ones, and 'SG' must stay specific gravity, not seaborgium. */
const SYMBOLS = new Set(('H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr '
  + 'Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os '
  + 'Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U')
  .split(' '));
const LOWER_SYMBOLS = new Map([...SYMBOLS].map((s) => [s.toLowerCase(), s]));

/** Grade unit words → unit hint. */
const UNITS: Record<string, string> = {
  ppm: 'ppm', ppb: 'ppb', pct: 'pct', percent: 'pct', pc: 'pct', '%': 'pct', gpt: 'gpt', gt: 'gpt', opt: 'opt', ozt: 'opt', ozpt: 'opt', ppt: 'ppt',
};

export interface ElementName {
  /** Upper-case symbol or formula, e.g. 'AU', 'CU', 'FE2O3'. */
  element: string;
  /** Unit hint from the name: 'ppm' | 'ppb' | 'pct' | 'gpt' | 'opt' | 'ppt', absent when the name has none. */
  unit?: string;
}

/**
 * Element and unit of a grade column name: 'Au_ppm' → AU/ppm, 'Cu_pct' → CU/pct, 'Cu%' → CU/pct,
 * 'Ag_gpt' or 'Ag (g/t)' → AG/gpt, 'AU' → AU, 'Fe2O3_pct' → FE2O3/pct; undefined when the first word
 * is not an element symbol or formula ('Primary', 'RQD').
 */
export function parseElementName(name: string): ElementName | undefined {
  const cleaned = name.trim().replace(/g\s*\/\s*t/gi, 'gpt').replace(/oz\s*\/\s*t/gi, 'opt').replace(/[()[\]{}]/g, ' ');
  const tokens = cleaned.split(/[\s_\-.,;:/]+/).filter((t) => t !== '');
  if (tokens.length === 0) return undefined;
  let first = tokens[0];
  let unit: string | undefined;
  // Unit glued to the symbol: 'Cu%', 'AuPPM', 'Au_ppm' handled below.
  const glued = /^([A-Za-z][A-Za-z0-9]*?)(%|ppm|ppb|pct|gpt)$/i.exec(first);
  if (glued && symbolOrFormula(glued[1])) { first = glued[1]; unit = UNITS[glued[2].toLowerCase()]; }
  const element = symbolOrFormula(first);
  if (!element) return undefined;
  for (let i = 1; i < tokens.length && unit === undefined; i++) unit = UNITS[tokens[i].toLowerCase()];
  return unit === undefined ? { element } : { element, unit };
}

/**
 * 'au' / 'AU' / 'Au' → 'AU'; a formula written in proper case ('Fe2O3', 'CaO', 'U3O8') → upper case;
 * all-capital acronyms without digits ('RQD', 'SG') are not formulas.
 */
function symbolOrFormula(token: string): string | undefined {
  if (LOWER_SYMBOLS.has(token.toLowerCase())) return token.toUpperCase();
  const m = token.match(/[A-Z][a-z]?\d*/g);
  if (!m || m.length < 2 || m.join('') !== token || !/[\da-z]/.test(token)) return undefined;
  for (const part of m) if (!SYMBOLS.has(part.replace(/\d+$/, ''))) return undefined;
  return token.toUpperCase();
}
