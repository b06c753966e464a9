// Strings of the "notifications" feature. Keys are the same in vi and en (a unit test checks it).
export const notifications = {
  vi: {},
  en: {},
};
