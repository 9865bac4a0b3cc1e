/**
 * Titles abbreviated before a name ("Cpl. Douglas Green", "Sen. Jon Tester", "Dr. Theresa
 * Tam"), lower case and without the dot. Segmentation ends no sentence on one; the matcher
 * counts the name after it, not the title.
 */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cpl', 'sgt', 'pte',
  'const', 'cst', 'insp', 'supt', 'det', 'maj', 'adm', 'cmdr', 'hon', 'coun',
]);
