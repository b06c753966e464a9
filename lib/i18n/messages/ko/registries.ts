// Korean strings of the public registry look-ups (/tra-cuu/co-so-kcb, /tra-cuu/don-vi).
import type { Messages } from "../../catalog";

export const registries: Messages<"registries"> = {
  // Links from the home page and /tra-cuu
  facilitiesLinkTitle: "건강보험 의료기관 조회",
  facilitiesLinkBody: "성·시, 이름, 진료 단계, 건강보험(BHYT) 진료 계약, 사회보험 휴업 증명서 발급 여부로 의료기관을 찾습니다.",
  employersLinkTitle: "사회보험 가입 사업장 조회",
  employersLinkBody: "납세자 번호나 이름으로 사업장의 이름, 주소, 사회보험 가입 상태를 찾습니다.",

  // /tra-cuu/co-so-kcb
  facilitiesTitle: "의료기관 조회",
  facilitiesIntro: "성·시를 선택하세요. 의료기관 이름(성조 표시 유무 상관없음)을 입력하고 조건을 골라 좁힐 수도 있습니다.",
  facilityProvinceLabel: "성·시",
  facilityNameLabel: "의료기관 이름(선택)",
  facilityNameHint: "예: Bệnh viện Bạch Mai 또는 bach mai",
  levelLabel: "진료 단계",
  levelAny: "모든 단계",
  level_primary: "1차 진료(ban đầu)",
  level_basic: "기본 진료(cơ bản)",
  level_specialized: "전문 진료(chuyên sâu)",
  filtersLegend: "다음 의료기관만 표시",
  bhytContractedOnly: "건강보험(BHYT) 진료 계약을 맺은 곳",
  issuesSickLeaveOnly: "사회보험 급여용 휴업 증명서를 발급할 수 있는 곳",
  facilitiesResultHeading: "의료기관",
  facilitiesResultCount: "이 페이지에 의료기관 {count}곳이 있습니다.",
  facilitiesNone: "조건에 맞는 의료기관이 없습니다.",
  facilityCode: "의료기관 코드",
  facilityLevel: "진료 단계",
  facilityBhytContracted: "건강보험 진료 계약",
  facilityIssuesSickLeave: "휴업 증명서 발급",
  yes: "예",
  no: "아니요",

  // /tra-cuu/don-vi
  employersTitle: "사회보험 가입 사업장 조회",
  employersIntro: "납세자 번호나 이름(성조 표시 유무 상관없음)으로 사업장을 찾습니다. 결과에는 사업장의 공개 정보만 있으며 근로자에 관한 정보는 없습니다.",
  employerQueryLabel: "납세자 번호 또는 사업장 이름",
  employerQueryHint: "예: 0101234567 또는 may mac",
  employerProvinceLabel: "성·시(선택)",
  provinceAll: "모든 성·시",
  employersResultHeading: "사업장",
  employersResultCount: "이 페이지에 사업장 {count}곳이 있습니다.",
  employersNone: "조건에 맞는 사업장이 없습니다.",
  employerCode: "사업장 코드",
  employerTaxCode: "납세자 번호",
  employerTaxCodeNone: "없음",
  employerStatus: "사회보험 가입 상태",
  status_participating: "가입 중",
  status_notParticipating: "현재 가입 중인 근로자 없음",

  // Shared by both pages
  address: "주소",
  submit: "검색",
  nextPage: "다음 페이지",
  firstPage: "첫 페이지로",
  nameTooShort: "이름의 글자나 숫자를 {min}자 이상 입력하세요",
  nameTooLong: "검색어는 최대 {max}자까지 입력할 수 있습니다",
  levelInvalid: "진료 단계가 올바르지 않습니다",
  flagInvalid: "필터 값이 올바르지 않습니다",
  taxCodeInvalid: "납세자 번호는 숫자 10자리, 또는 숫자 10자리와 하이픈, 숫자 3자리(지점)입니다",
  employerQueryRequired: "납세자 번호나 사업장 이름을 입력하세요",
};
