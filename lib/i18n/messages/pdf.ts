// Strings of the "pdf" feature. Keys are the same in vi and en (a unit test checks it).
export const pdf = {
  vi: {},
  en: {},
};
