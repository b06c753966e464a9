// Japanese strings shared by every page: the portal's name, navigation, layout.
import type { Messages } from "../../catalog";

export const common: Messages<"common"> = {
  portalName: "社会保険機関との電子取引登録ポータル",
  agency: "ベトナム社会保険",
  skipToContent: "本文へスキップ",
  mainNav: "メインナビゲーション",
  language: "言語",
  switchTo: "Tiếng Việt",
  switchToLabel: "Chuyển sang tiếng Việt",
  home: "ホーム",
  footer: "ベトナム社会保険電子情報ポータル。このデモ版のデータは架空のものです。",
  backHome: "ホームに戻る",
  notFoundTitle: "ページが見つかりません",
  notFoundBody: "お探しのページは存在しないか、移動しました。",
  errorTitle: "エラーが発生しました",
  errorBody: "システムに問題が発生しました。入力した内容は失われていません。もう一度お試しください。",
  retry: "再試行",
  errorTitlePrefix: "エラー：",
};
