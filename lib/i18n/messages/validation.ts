// Strings of the "validation" feature. Keys are the same in vi and en (a unit test checks it).
export const validation = {
  vi: {},
  en: {},
};
