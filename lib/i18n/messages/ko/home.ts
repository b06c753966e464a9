// Korean (한국어) strings of the home page.
import type { Messages } from "../../catalog";

export const home: Messages<"home"> = {
  title: "사회보험 기관과의 전자거래",
  lead: "한 번 등록하면 본인 계정으로 서류를 제출하고, 가입 이력을 조회하고, VssID 앱을 이용할 수 있습니다.",
  servicesHeading: "서비스",
  registerTitle: "전자거래 등록",
  registerBody: "신고서 01(Tờ khai 01)을 온라인으로 작성하고, 신분증 사진을 올리고, 접수할 사회보험 기관을 선택합니다.",
  lookupTitle: "신청 조회",
  lookupBody: "접수번호와 신분증 번호로 신고서 처리 상태를 확인합니다.",
  signInTitle: "로그인",
  signInBody: "사회보험 번호와 문자 메시지(SMS)로 받은 비밀번호로 로그인합니다.",
  staffTitle: "사회보험 직원",
  staffBody: "사회보험 기관에서 신고서를 접수하고 확인하는 직원용입니다.",
  stepsHeading: "등록 절차",
  step1: "온라인으로 신고하고, 접수번호와 인쇄할 신고서 01을 받습니다.",
  step2: "{days}일 이내에 서명한 신고서와 신분증 원본을 선택한 사회보험 기관에 가져갑니다.",
  step3: "승인되면 아이디와 비밀번호를 문자 메시지(SMS)로 받습니다(이메일을 적으셨다면 이메일로도 받습니다).",
  // --- main action (issue 11 §5) ---
  registerAction: "등록 시작하기",
  // --- end main action (issue 11 §5) ---
};
