// Strings of the "qr" feature. Keys are the same in vi and en (a unit test checks it).
export const qr = {
  vi: {},
  en: {},
};
