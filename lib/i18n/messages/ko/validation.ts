// Korean (한국어) messages of the shared zod schemas ("validation.<key>"). Official terms: docs/glossary.md.
import type { Messages } from "../../catalog";

export const validation: Messages<"validation"> = {
  invalidValue: "올바른 값이 아닙니다. 입력한 내용을 확인해 주세요",

  fullNameRequired: "성명을 입력해 주세요",
  fullNameTooLong: "성명은 100자 이하로 입력해 주세요",
  fullNameInvalid: "성명은 글자(베트남어 성조 표시 유무 무관), 띄어쓰기, 작은따옴표(') 및 하이픈(-)만 사용할 수 있으며 2자 이상이어야 합니다",
  dateOfBirthRequired: "생년월일을 입력해 주세요",
  dateOfBirthInvalid: "생년월일은 실제 있는 날짜여야 합니다(예: 27/03/1990)",
  dateOfBirthInFuture: "생년월일은 과거 날짜여야 합니다",
  dateOfBirthTooOld: "출생 연도는 1900년 이후여야 합니다. 출생 연도를 확인해 주세요",
  dateOfBirthTooYoung: "만 15세 이상이어야 전자거래를 등록할 수 있습니다",
  sexRequired: "성별을 선택해 주세요",
  nationalityInvalid: "국적을 선택해 주세요",
  bhxhCodeRequired: "사회보험 번호를 입력해 주세요",
  bhxhCodeInvalid: "사회보험 번호 10자리를 입력해 주세요. 건강보험증에 인쇄된 번호의 마지막 10자리입니다",
  idTypeRequired: "신분증 종류를 선택해 주세요",
  idTypeRequiresVietnamese: "CCCD와 CMND는 베트남 국민만 가질 수 있습니다. 베트남 국적이 아니시면 여권을 선택해 주세요",
  idNumberRequired: "신분증 번호를 입력해 주세요",
  cccdFormat: "신분증(CCCD) 번호 12자리를 입력해 주세요",
  cccdProvince: "CCCD 번호의 앞 3자리가 출생 등록 성(省)의 코드가 아닙니다. CCCD 번호를 확인해 주세요",
  cccdCentury: "CCCD 번호의 4번째 숫자는 0, 1, 2, 3 중 하나여야 합니다. CCCD 번호를 확인해 주세요",
  cccdBirthYear: "CCCD 번호의 4~6번째 숫자가 입력한 출생 연도와 맞지 않습니다. CCCD 번호와 생년월일을 확인해 주세요",
  cccdSex: "CCCD 번호의 4번째 숫자가 선택한 성별과 맞지 않습니다. CCCD 번호와 성별을 확인해 주세요",
  cmndFormat: "구 신분증(CMND) 번호 9자리 또는 12자리를 입력해 주세요",
  passportFormat: "여권 번호를 영문자와 숫자 8~9자로 입력해 주세요(예: C1234567)",
  idIssueDateRequired: "발급일을 입력해 주세요",
  idIssueDateInvalid: "발급일은 실제 있는 날짜여야 합니다(예: 15/06/2021)",
  idIssueDateInFuture: "발급일은 오늘 이후일 수 없습니다",
  idIssueDateBeforeBirth: "발급일은 생년월일 이후여야 합니다. 발급일과 생년월일을 확인해 주세요",
  idIssuePlaceRequired: "발급 기관을 입력해 주세요",
  idIssuePlaceTooLong: "발급 기관은 200자 이하로 입력해 주세요",

  addressRequired: "연락처 주소를 입력해 주세요",
  provinceRequired: "성/중앙직할시를 선택해 주세요",
  provinceInvalid: "목록에서 성/중앙직할시를 선택해 주세요",
  communeRequired: "사/방/특구(xã/phường/đặc khu)를 선택해 주세요",
  communeInvalid: "목록에서 사/방/특구(xã/phường/đặc khu)를 선택해 주세요",
  streetRequired: "번지, 거리, 조/마을(tổ/thôn/xóm/ấp)을 입력해 주세요",
  streetTooLong: "번지와 거리는 200자 이하로 입력해 주세요",
  phoneRequired: "휴대전화 번호를 입력해 주세요",
  phoneInvalid: "03, 05, 07, 08, 09로 시작하는 베트남 휴대전화 번호 10자리를 입력해 주세요(예: 0912 345 678)",
  emailInvalid: "올바른 형식의 이메일 주소를 입력해 주세요(예: name@example.com)",
  emailRequiredForCopy: "신고서를 이메일로 받으려면 이메일 주소를 입력하시고, 아니면 '신고서를 이메일로 받기' 선택을 해제해 주세요",

  officeRequired: "신고서를 접수할 사회보험 기관을 선택해 주세요",
  commitmentRequired: "신고서를 제출하려면 확약 항목에 체크해 주세요",

  referenceCodeRequired: "접수번호를 입력해 주세요",
  referenceCodeInvalid: "접수번호는 TK와 영문자·숫자 8자로 되어 있습니다(예: TK-7KQ4-M9XD). 신고서에 인쇄된 번호를 확인해 주세요",

  rejectionReason_unclearPhoto: "본인 사진 또는 신분증 사진이 선명하지 않습니다",
  rejectionReason_mismatchWithRecords: "입력한 정보가 사회보험 데이터베이스와 일치하지 않습니다",
  rejectionReason_invalidDocument: "신분증이 유효하지 않습니다",
  rejectionReason_notSigned: "신고서에 서명이 없습니다",
  rejectionReason_wrongOffice: "신고서를 선택한 사회보험 기관이 아닌 다른 기관에 제출했습니다",
  rejectionReason_other: "기타 사유",
  // UNTRANSLATED (en): translate
  textInvalidCharacters: "Contains a hidden, control or broken character (for example one that reverses the text), which is not allowed. Delete this text and type it again",
  // UNTRANSLATED (en): translate
  textTooManyMarks: "A letter carries too many accent marks. Use letters with accents as written in Vietnamese, for example “ệ”",
  // UNTRANSLATED (en): translate
  textEmoji: "Emoji cannot be used: the declaration can only print letters, digits and common punctuation",
  // UNTRANSLATED (en): translate
  textUnsupportedCharacter: "Contains a character that cannot be printed on the declaration. Use Vietnamese or Latin letters, digits and common punctuation only",
  // UNTRANSLATED (en): translate
  dataProcessingConsentRequired: "Tick the box agreeing to the processing of your personal data to send your declaration",
};
