// Strings of the "officer" feature. Keys are the same in vi and en (a unit test checks it).
export const officer = {
  vi: {},
  en: {},
};
