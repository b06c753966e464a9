// Strings of the "account" feature. Keys are the same in vi and en (a unit test checks it).
export const account = {
  vi: {},
  en: {},
};
