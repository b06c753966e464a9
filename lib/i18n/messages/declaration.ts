// Strings of the "declaration" feature. Keys are the same in vi and en (a unit test checks it).
export const declaration = {
  vi: {},
  en: {},
};
