// How every benchmark reports a figure: the median of its runs or samples, with the smallest and
// largest beside it and how many.

/** Median, smallest, largest and count. */
export const spread = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
};
