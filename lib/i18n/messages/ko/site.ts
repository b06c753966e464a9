// Korean (한국어) strings of the portal's frame: the agency header, the footer and the personal-data
// protection page. Official terms: docs/glossary.md.
import type { Messages } from "../../catalog";

export const site: Messages<"site"> = {
  ministry: "재무부",
  agency: "베트남 사회보험청",
  staffArea: "직원 전용",
  footerManagedBy: "주관 기관: 베트남 사회보험청(재무부 소속)",
  footerAddress: "주소: 하노이 호안끼엠 방 짱티 7번지(Số 7 Tràng Thi, phường Hoàn Kiếm, Hà Nội)",
  footerHotline: "고객지원 콜센터:",
  footerLinksLabel: "포털 안내",
  footerDemo: "이 시연판의 데이터는 모의 데이터입니다.",
  privacyLink: "개인정보 보호정책",
  privacyTitle: "개인정보 보호정책",
  privacyLead:
    "이 페이지는 포털이 귀하의 어떤 개인정보를 수집하는지, 무엇을 위해 수집하는지, 얼마 동안 보관하는지, 누가 볼 수 있는지, 그리고 개인정보보호법 제91/2025/QH15호 및 시행령 제13/2023/NĐ-CP호에 따라 귀하가 어떤 권리를 가지는지 안내합니다.",
  privacyControllerHeading: "귀하의 정보를 처리하는 기관",
  privacyController:
    "베트남 사회보험청(하노이 호안끼엠 방 짱티 7번지)이 이 포털을 통해 귀하가 보내는 개인정보를 관리하고 처리합니다.",
  privacyCollectedHeading: "수집하는 정보",
  privacyCollected1: "성명, 생년월일, 성별, 국적, 사회보험 번호.",
  privacyCollected2: "신분증의 종류, 번호, 발급일 및 발급처(신분증(CCCD), 구 신분증(CMND) 또는 여권).",
  privacyCollected3: "연락처 주소, 휴대전화 번호 및 이메일 주소(입력하신 경우).",
  privacyCollected4: "본인 사진과 신분증 앞뒷면 사진. 이는 민감한 개인정보이며, 귀하가 서류를 제출하러 방문할 때 본인 확인에만 사용됩니다.",
  privacyCollected5: "포털 이용 시의 기술 정보(시각, IP 주소)는 보안 유지와 접속 기록을 위해 사용됩니다.",
  privacyPurposeHeading: "처리 목적",
  privacyPurpose:
    "정보는 사회보험 기관과의 전자거래 등록 신고서를 접수하고 처리하는 데에만 사용됩니다: 국가 보험 데이터베이스와의 대조, 사회보험 기관 방문 시 본인 확인, 문자 메시지 또는 이메일로 접수번호와 처리 결과 발송, 거래 계정 생성. 정보는 광고에 사용되지 않으며, 법률이 정한 경우를 제외하고 판매되거나 제3자에게 제공되지 않습니다.",
  privacyRetentionHeading: "보관 기간",
  privacyRetentionWindow: "신고서는 보낸 날부터 {days}일 동안 귀하의 서류 제출 방문을 기다립니다. 기한이 지나면 신고서는 자동으로 취소됩니다.",
  privacyRetentionPhotos:
    "신고서가 완료되지 않은 경우(기한 경과로 취소, 철회, 또는 반려 후 다시 보내지 않음) 본인 사진과 신분증 사진은 신고서가 종료된 날부터 {days}일 후에 삭제됩니다.",
  privacyRetentionRecord: "승인된 신청(사진 포함), 신고서 내용 및 처리 기록은 법률이 정한 사회보험 서류 보존 기간 동안 보관됩니다.",
  privacyAccessHeading: "정보를 볼 수 있는 사람",
  privacyAccess:
    "귀하가 서류 제출처로 선택한 사회보험 기관의 담당 지역 권한을 받은 직원과, 베트남 사회보험청의 감독 및 관리 담당자만 볼 수 있습니다. 사진 열람, 승인 또는 반려는 매번 수정할 수 없는 기록에 남습니다.",
  privacyRightsHeading: "귀하의 권리",
  privacyRights1: "자신의 정보가 어떻게 처리되는지 알 권리(이 페이지처럼).",
  privacyRights2: "동의하거나 동의하지 않을 권리. 동의하지 않더라도 사회보험 기관에서 직접 등록하실 수 있습니다.",
  privacyRights3: "정보를 열람하고 수정 또는 삭제를 요청할 권리, 동의를 철회할 권리, 처리 제한을 요청할 권리.",
  privacyRights4: "법률에 따라 이의를 제기하고, 신고하고, 소송을 제기하고, 손해배상을 청구할 권리.",
  privacyHowHeading: "권리 행사 방법",
  privacyHow:
    "콜센터 {hotline}(으)로 전화하시거나, 신분증을 지참하여 가까운 사회보험 기관을 방문하십시오. 신청 조회 페이지에서 접수번호로 처리 대기 중인 신고서를 조회하고 철회하실 수 있습니다. 요청에는 법률이 정한 기간 내에 답변합니다.",
  privacyConsentHeading: "귀하의 동의",
  privacyConsent: "신고서를 보내기 전에, 사회보험 기관이 이 정책에 따라 귀하의 개인정보를 처리하는 데 동의하는 확인란에 표시합니다. 동의하지 않으면 신고서는 보내지지 않습니다.",
  privacyLookupLink: "신청 조회",
};
