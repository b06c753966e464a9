// Korean (한국어) strings of the messages sent to citizens. Emails are written in the person's language;
// SMS are always unaccented Vietnamese (GSM-7, one segment: lib/server/notifications/templates.ts), so
// the SMS keys here are the Vietnamese ones.
import type { Messages } from "../../catalog";
import { notifications as viAndEn } from "../notifications";

const sms = viAndEn.vi;

export const notifications: Messages<"notifications"> = {
  emailAgency: "베트남 사회보험청",
  emailGreeting: "{name} 님께",
  emailGreetingGeneric: "안녕하십니까",
  emailAutomated: "이 메일은 베트남 사회보험 전자거래 등록 포털에서 자동으로 보낸 메일입니다. 회신하지 마십시오.",
  emailLinkFallback: "버튼이 작동하지 않으면 아래 주소를 복사하여 브라우저에 붙여 넣으십시오:",
  referenceLabel: "접수번호",
  officeLabel: "접수 사회보험 기관",
  officeAddressLabel: "주소",
  deadlineLabel: "기관 제출 기한",

  approvalSubject: "베트남 사회보험 전자거래 계정이 준비되었습니다",
  approvalHeading: "계정이 발급되었습니다",
  approvalIntro: "사회보험 기관이 귀하의 전자거래 등록을 승인했습니다. 다음 로그인 정보로 계정을 이용할 수 있습니다:",
  approvalUsernameLabel: "아이디(사회보험 번호)",
  approvalPasswordLabel: "임시 비밀번호",
  approvalChangePassword: "처음 로그인하면 이 임시 비밀번호를 변경해야 합니다. 그 후에도 적어도 6개월마다 비밀번호를 변경하십시오.",
  approvalKeepSecret: "비밀번호를 누구에게도 알려 주지 마십시오. 사회보험 직원은 절대 비밀번호를 묻지 않습니다.",
  approvalAction: "로그인",
  approvalSms: sms.approvalSms,
  approvalSmsShort: sms.approvalSmsShort,

  rejectionSubject: "신고서 {reference}이(가) 접수되지 않았습니다",
  rejectionHeading: "신고서가 접수되지 않았습니다",
  rejectionIntro: "사회보험 기관이 귀하의 전자거래 신고서 {reference}을(를) 검토했으나 다음 사유로 접수할 수 없었습니다:",
  rejectionReasonLabel: "사유",
  rejectionNoteLabel: "담당자 의견",
  rejectionWhatToFix:
    "위 내용을 수정하시고(본인 사진과 신분증 사진도 확인하십시오) 신고서를 다시 제출하십시오. 처음부터 다시 작성할 필요는 없으며, 수정한 신고서는 접수번호 {reference}을(를) 그대로 사용합니다.",
  rejectionAction: "신고서 수정 후 다시 제출",
  rejectionSms: sms.rejectionSms,
  rejectionSmsShort: sms.rejectionSmsShort,
  rejectionSmsLink: sms.rejectionSmsLink,

  deadlineSubject: "알림: 신고서 {reference}의 서류를 제출해 주십시오",
  deadlineHeading: "사회보험 기관 제출 기한이 다가옵니다",
  deadlineIntro: "귀하의 전자거래 신고서 {reference}은(는) 서류 제출을 기다리고 있습니다.",
  deadlineBring: "인쇄하여 서명한 신고서와 신분증 원본을 {deadline}까지 아래 기관에 가져오십시오:",
  deadlineWarning: "이 날짜가 지나면 신고서는 자동으로 취소되며 다시 신고해야 합니다.",
  deadlineSms: sms.deadlineSms,
  deadlineSmsShort: sms.deadlineSmsShort,

  expirySubject: "신고서 {reference}이(가) 기한 경과로 취소되었습니다",
  expiryHeading: "기한이 지나 신고서가 취소되었습니다",
  expiryIntro: "기한 내에 사회보험 기관에 서류를 제출하지 않아 귀하의 전자거래 신고서 {reference}이(가) 자동으로 취소되었습니다.",
  expiryHowTo:
    "베트남 사회보험 전자거래를 계속 원하시면 새 신고서를 작성한 뒤 인쇄하고 서명하여, 신고서에 인쇄된 기한 전에 신분증 원본과 함께 선택한 기관에 가져오십시오.",
  expiryAction: "새 신고서 작성",
  expirySms: sms.expirySms,
  expirySmsShort: sms.expirySmsShort,

  otpSubject: "베트남 사회보험 인증 코드",
  otpHeading: "인증 코드",
  otpIntroNewDevice: "새 기기에서 귀하의 계정에 로그인하려는 요청이 있었습니다. 인증 코드는 다음과 같습니다:",
  otpIntroPasswordReset: "귀하의 계정 비밀번호를 재설정하려는 요청이 있었습니다. 인증 코드는 다음과 같습니다:",
  otpCodeLabel: "인증 코드",
  otpValidity: "이 코드는 {minutes}분 동안 유효합니다.",
  otpNeverShare: "이 코드를 누구에게도 알려 주지 마십시오. 사회보험 직원이라고 하는 사람에게도 마찬가지입니다.",
  otpNotYou: "직접 요청하지 않으셨다면 이 메일을 무시하시고 지금 비밀번호를 변경하십시오.",
  otpSmsNewDevice: sms.otpSmsNewDevice,
  otpSmsPasswordReset: sms.otpSmsPasswordReset,

  passwordExpirySubject: "베트남 사회보험 비밀번호가 곧 만료됩니다",
  passwordExpiryHeading: "비밀번호가 곧 만료됩니다",
  passwordExpiryIntro: "귀하의 전자거래 계정 비밀번호가 {when} 만료됩니다.",
  passwordExpiryInDays: "{days}일 후",
  passwordExpiryToday: "오늘",
  passwordExpiryWhy: "계정을 보호하기 위해 적어도 6개월마다 비밀번호를 변경하십시오. 만료된 후에는 로그인할 때 비밀번호를 변경해야 합니다.",
  passwordExpiryAction: "비밀번호 변경",
  passwordExpirySms: sms.passwordExpirySms,
  passwordExpirySmsShort: sms.passwordExpirySmsShort,

  receivedSubject: "신고서 {reference}이(가) 접수되었습니다",
  receivedHeading: "신고서가 등록되었습니다",
  receivedIntro: "귀하의 전자거래 신고서가 접수번호 {reference}(으)로 등록되었습니다. 신고서(PDF)는 이 메일에 첨부되어 있습니다.",
  receivedNextSteps: "다음 단계: 신고서를 인쇄하여 성명을 적고 서명한 뒤, 신분증 원본과 함께 {deadline}까지 아래 기관에 가져오십시오.",
  receivedWarning: "이 날짜가 지나면 신고서는 자동으로 취소됩니다.",
  receivedTrack: "접수번호 {reference}(으)로 언제든지 신고서 처리 상태를 확인할 수 있습니다.",
  receivedAction: "내 신고서 확인",
  receivedSms: sms.receivedSms,

  mailboxTitle: "테스트 메일함",
  mailboxIntro: "포털이 보낸 모든 문자 메시지와 이메일이 최신순으로 표시됩니다. 테스트 모드에서는 메시지가 서버 밖으로 나가지 않고 여기에만 표시됩니다.",
  mailboxWarning: "이 페이지는 실제 문자·이메일 서비스가 설정되지 않은 동안에만 있습니다. 임시 비밀번호와 일회용 코드가 그대로 표시됩니다.",
  mailboxFilterLabel: "수신자",
  mailboxFilterHint: "전화번호(0912345678) 또는 이메일 주소",
  mailboxFilterSubmit: "필터",
  mailboxFilterClear: "모두 보기",
  mailboxInvalidRecipient: "알 수 있는 전화번호나 이메일 주소가 아닙니다.",
  mailboxErrorTitle: "확인이 필요한 항목이 있습니다",
  mailboxCount: "메시지 {count}건",
  mailboxCountFor: "{to}에게 보낸 메시지 {count}건",
  mailboxEmpty: "아직 메시지가 없습니다.",
  mailboxListLabel: "보낸 메시지",
  mailboxChannelSms: "문자(SMS)",
  mailboxChannelEmail: "이메일",
  mailboxSmsHeading: "{to}에게 보낸 문자",
  mailboxTime: "시각",
  mailboxRecipient: "수신자",
  mailboxSubject: "제목",
  mailboxStatus: "상태",
  mailboxStatusPending: "발송 대기",
  mailboxStatusSent: "발송됨",
  mailboxStatusFailed: "발송 실패",
  mailboxSentAt: "{time}에 발송",
  mailboxHtmlPreview: "이메일의 HTML 버전 보기",
  mailboxHtmlFrameTitle: "이메일의 HTML 버전: {subject}",
  // UNTRANSLATED (en): translate
  phoneCodeSms: "Code to confirm the phone number of your e-transaction declaration: {code}, valid {minutes} minutes. NEVER give this code to anyone.",
  // UNTRANSLATED (en): translate
  phoneCodeSubject: "Phone number confirmation code",
  // UNTRANSLATED (en): translate
  phoneCodeHeading: "Phone number confirmation code",
  // UNTRANSLATED (en): translate
  phoneCodeIntro: "Your code to confirm the phone number declared on the BHXH electronic transaction portal:",
  // UNTRANSLATED (en): translate
  emailConfirmSubject: "Confirm your email address for declaration {reference}",
  // UNTRANSLATED (en): translate
  emailConfirmHeading: "Confirm your email address",
  // UNTRANSLATED (en): translate
  emailConfirmIntro: "This email address was just entered in declaration {reference} for electronic transactions. If this was you, press the button below to receive the declaration by email.",
  // UNTRANSLATED (en): translate
  emailConfirmAction: "Confirm and receive the declaration",
  // UNTRANSLATED (en): translate
  emailConfirmNotYou: "If you did not make this declaration, ignore this email: you will receive no more emails about it.",
  // UNTRANSLATED (en): translate
  conflictPendingSms: "Someone just declared for e-transactions with your ID number. Declaration {reference} waits at {office} until the end of {deadline}. If not you, ignore this.",
  // UNTRANSLATED (en): translate
  conflictPendingSmsShort: "Someone just declared for e-transactions with your ID number. Declaration {reference} waits until the end of {deadline}.",
  // UNTRANSLATED (en): translate
  conflictAccountSms: "Someone just declared for e-transactions with BHXH number {bhxhCode}, which has an account. Sign in or reset your password at {url}. If not you, ignore this.",
  // UNTRANSLATED (en): translate
  conflictAccountSmsShort: "Someone just declared for e-transactions with BHXH number {bhxhCode}, which has an account. If not you, ignore this.",
  // UNTRANSLATED (en): translate
  withdrawnSubject: "Declaration {reference} has been withdrawn",
  // UNTRANSLATED (en): translate
  withdrawnHeading: "Your declaration has been withdrawn",
  // UNTRANSLATED (en): translate
  withdrawnIntro: "The electronic-transaction declaration {reference} has been withdrawn {how} and will not be considered.",
  // UNTRANSLATED (en): translate
  withdrawnOnline: "at your request on the portal, after you confirmed the code sent to the declared phone",
  // UNTRANSLATED (en): translate
  withdrawnAtCounter: "at the counter of the social insurance office, at your request",
  // UNTRANSLATED (en): translate
  withdrawnReasonLabel: "Reason",
  // UNTRANSLATED (en): translate
  withdrawnNewDeclaration: "If you still want to register for electronic transactions, you may send a new declaration at any time.",
  // UNTRANSLATED (en): translate
  withdrawnAction: "Send a new declaration",
  // UNTRANSLATED (en): translate
  withdrawnNotYou: "If you did not ask to withdraw it, contact the social insurance office where it was sent straight away.",
  // UNTRANSLATED (en): translate
  withdrawnSms: "Declaration {reference} has been withdrawn and will not be considered. New declaration: {url}",
  // UNTRANSLATED (en): translate
  withdrawnSmsShort: "Declaration {reference} has been withdrawn. If you did not ask for this, contact the BHXH office.",
};
