// Korean (한국어) strings shared by every page. Official terms: docs/glossary.md.
import type { Messages } from "../../catalog";

export const common: Messages<"common"> = {
  portalName: "베트남 사회보험 전자거래 등록 포털",
  agency: "베트남 사회보험청",
  skipToContent: "본문으로 바로 가기",
  mainNav: "주 메뉴",
  language: "언어",
  switchTo: "Tiếng Việt",
  switchToLabel: "Chuyển sang tiếng Việt",
  home: "홈",
  footer: "베트남 사회보험 전자 포털. 이 시연판의 데이터는 모두 가상 데이터입니다.",
  backHome: "홈으로 돌아가기",
  notFoundTitle: "페이지를 찾을 수 없습니다",
  notFoundBody: "찾으시는 페이지가 없거나 다른 곳으로 옮겨졌습니다.",
  errorTitle: "오류가 발생했습니다",
  errorBody: "시스템에 문제가 생겼습니다. 입력하신 내용은 지워지지 않았으니 다시 시도해 주세요.",
  retry: "다시 시도",
  errorTitlePrefix: "오류: ",
};
