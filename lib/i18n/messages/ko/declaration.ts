// Korean (한국어) strings of the declaration (Tờ khai 01): the wizard, the confirmation page, the status
// look-up and the API's messages ("declaration.server_<code>"). Official terms: docs/glossary.md.
import type { Messages } from "../../catalog";

export const declaration: Messages<"declaration"> = {
  // Wizard frame
  pageTitle: "전자거래 등록",
  formName: "사회보험 기관과의 전자거래 이용 신고서(서식 01)",
  stepOf: "{total}단계 중 {n}단계",
  continue: "계속",
  back: "이전",
  backToReview: "저장하고 확인 페이지로 돌아가기",
  errorSummaryTitle: "확인이 필요한 항목이 있습니다",
  errorPrefix: "오류:",
  optional: "(선택)",
  restoredNotice: "이전에 입력하신 내용을 복원했습니다.",
  restoredClear: "지우고 처음부터 다시",
  savedOnDevice: "입력하신 내용은 신고서를 보낼 때까지 이 기기에 자동으로 저장됩니다.",

  // Step 1: who is declaring
  whoTitle: "누가 신고하십니까?",
  whoIndividual: "개인",
  whoIndividualHint: "본인을 위해 등록합니다: 근로자, 임의 사회보험 또는 가구 건강보험 가입자, 급여 수급자",
  whoOrganisation: "기관, 기업 또는 단체",
  whoOrganisationNotice: "이 포털은 개인의 신고서만 접수합니다. 기관과 기업은 I-VAN 서비스 제공업체를 통하거나 가입한 사회보험 기관에서 전자거래를 등록합니다.",
  whoRequired: "신고하는 사람을 선택해 주세요",
  prepareTitle: "준비할 것",
  prepareId: "신분증(CCCD), 구 신분증(CMND) 또는 여권",
  prepareBhxh: "사회보험 번호 확인용 건강보험증 또는 사회보험 수첩",
  preparePhone: "비밀번호와 일회용 코드를 받을 휴대전화",
  preparePhotos: "본인 사진과 신분증 앞뒷면 사진: 지금 휴대전화로 찍어도 됩니다",
  prepareTime: "약 10분이 걸립니다. 보낸 후 10일 이내에 서명한 신고서와 신분증 원본을 선택한 사회보험 기관에 가져가야 합니다.",

  // Step 2: personal details and ID
  personalTitle: "개인 정보와 신분증",
  fullNameLabel: "성명",
  fullNameHint: "신분증에 적힌 대로, 베트남어 성조 표시를 포함하여 모두 입력",
  dateOfBirthLabel: "생년월일",
  dateOfBirthHint: "예: 27 3 1990",
  dayLabel: "일",
  monthLabel: "월",
  yearLabel: "연도",
  sexLabel: "성별",
  sexMale: "남",
  sexFemale: "여",
  nationalityLabel: "국적",
  bhxhCodeLabel: "사회보험 번호(mã số BHXH)",
  bhxhCodeHint: "숫자 10자리: 건강보험증에 인쇄된 번호의 마지막 10자리입니다. 예: 건강보험증 번호가 HS4010123456789이면 사회보험 번호는 0123456789입니다",
  bhxhCodeLookup: "베트남 사회보험 포털에서 사회보험 번호 조회(새 탭에서 열림)",
  idTypeLabel: "신분증 종류",
  idType_cccd: "신분증(CCCD, 시민 신분증)",
  idType_cmnd: "구 신분증(CMND)",
  idType_passport: "여권",
  idNumberLabel: "신분증 번호",
  idNumberHint_cccd: "숫자 12자리, 카드 앞면에 인쇄되어 있습니다",
  idNumberHint_cmnd: "숫자 9자리 또는 12자리",
  idNumberHint_passport: "영문자와 숫자 8~9자, 예: C1234567",
  idIssueDateLabel: "발급일",
  idIssueDateHint: "예: 15 6 2021",
  idIssuePlaceLabel: "발급 기관",
  idIssuePlaceHint: "예: Cục Cảnh sát quản lý hành chính về trật tự xã hội(사회질서 행정관리 경찰국)",

  // Step 3: contact and address
  contactTitle: "주소와 연락처",
  addressLegend: "연락처 주소",
  addressHint: "2025년 7월 1일부터 시행된 새 행정구역 기준",
  provinceLabel: "성/중앙직할시",
  provinceChoose: "성/중앙직할시 선택",
  communeLabel: "사/방/특구(xã/phường/đặc khu)",
  communeChoose: "사/방/특구 선택",
  communeChooseProvinceFirst: "먼저 성/중앙직할시를 선택해 주세요",
  listLoading: "목록을 불러오는 중…",
  listLoadFailed: "목록을 불러오지 못했습니다. 인터넷 연결을 확인한 뒤 '다시 불러오기'를 누르세요.",
  listReload: "다시 불러오기",
  streetLabel: "번지, 거리, 조/마을(tổ/thôn/xóm/ấp)",
  phoneLabel: "휴대전화 번호",
  phoneHint: "아이디, 비밀번호, 일회용 코드가 이 번호로 전송됩니다. 예: 0912 345 678",
  emailLabel: "이메일 주소",
  emailHint: "알림과 신고서 사본을 이메일로 받기 위한 주소",
  emailCopyLabel: "신고서를 이메일로 받기",
  emailCopyHint: "위 이메일 주소로 신고서 사본(PDF)을 보냅니다",

  // Step 4: photos
  photosTitle: "본인 사진과 신분증 사진",
  photosIntro: "지금 휴대전화로 찍거나 있는 사진을 선택하세요(JPG, PNG, WebP, HEIC, 각 10MB 이하). 모바일 데이터를 아끼기 위해 보내기 전에 이 기기에서 사진 크기를 줄입니다.",
  photo_portrait: "본인 사진(3x4)",
  photoHint_portrait: "정면을 보고, 얼굴이 잘 보이게, 밝은 배경, 모자와 선글라스 없이",
  photo_idFront: "신분증 앞면 사진",
  photoHint_idFront: "카드 전체와 네 모서리가 보이고, 빛 반사 없이, 글자를 읽을 수 있게",
  photo_idBack: "신분증 뒷면 사진",
  photoHint_idBack: "뒷면 전체와 네 모서리가 보이고, 글자를 읽을 수 있게",
  photo_idFrontPassport: "여권 인적 사항 면 사진",
  photoHint_idBackPassport: "여권은 필요 없습니다",
  photoTake: "사진 찍기",
  photoChoose: "있는 사진 선택",
  photoReplace: "다른 사진 선택",
  photoRemove: "사진 삭제",
  photoProcessing: "사진을 처리하는 중…",
  photoPreviewAlt: "선택한 사진: {label}",
  photoDetails: "{width}×{height} 픽셀, {size}",
  photoOriginalKept: "브라우저가 이 사진의 크기를 줄이지 못했습니다. 원본을 보내며 시스템이 확인합니다.",
  photoRequired_portrait: "본인 사진을 추가해 주세요",
  photoRequired_idFront: "신분증 앞면 사진을 추가해 주세요",
  photoRequired_idBack: "신분증 뒷면 사진을 추가해 주세요",
  photoWrongType: "파일 “{name}”은(는) 사진이 아닙니다. JPG, PNG, WebP 또는 HEIC 사진을 선택해 주세요",
  photoTooLarge: "사진 “{name}”이(가) 10MB보다 큽니다. 다른 사진을 선택하거나 새로 찍어 주세요",
  photoTooSmall: "사진 “{name}”이(가) 너무 작아({width}×{height} 픽셀) 읽을 수 없습니다. 더 가까이에서 다시 찍어 주세요. 짧은 쪽이 {min}픽셀 이상이어야 합니다",
  photoUnreadable: "사진 “{name}”을(를) 읽을 수 없습니다. 파일이 손상되었을 수 있습니다. 새로 찍거나 다른 사진을 선택해 주세요",
  photoHeicUnsupported: "이 브라우저는 HEIC 사진 “{name}”을(를) 열 수 없습니다. '사진 찍기'로 다시 찍거나 JPG 사진을 선택해 주세요",
  photosRestored: "이전에 선택한 사진을 그대로 두었습니다.",
  photosReattach: "신고서를 수정할 때는 사진 세 장을 모두 다시 선택해 주세요.",

  // Step 5: receiving office and commitment
  officeTitle: "신고서를 접수할 사회보험 기관",
  officeIntro: "보낸 후 10일 이내에 인쇄하여 서명한 신고서와 신분증 원본을 이 기관에 가져가십시오.",
  officeProvinceLabel: "방문할 성/중앙직할시",
  officeLabel: "접수 사회보험 기관",
  officeHint: "거주하는 사/방을 관할하는 기관이 먼저 표시됩니다",
  officeChoose: "사회보험 기관 선택",
  officeChooseProvinceFirst: "먼저 성/중앙직할시를 선택해 주세요",
  officeGroupCovering: "거주하는 사/방 관할 기관",
  officeGroupOther: "같은 성(省)의 다른 기관",
  officeAddress: "주소: {address}",
  officePhone: "전화: {phone}",
  commitmentLegend: "확약",
  commitmentText: "본인은 위에 기재한 정보가 정확하고 사실임을 법 앞에 책임지며, 법령에 따라 사회보험 분야의 전자거래를 이행할 것을 확약합니다.",

  // Review and send
  reviewTitle: "입력 내용 확인",
  reviewIntro: "보내기 전에 꼼꼼히 읽어 보세요. 수정하려면 '변경'을 누르세요.",
  reviewPersonal: "개인 정보",
  reviewContact: "주소와 연락처",
  reviewPhotos: "사진",
  reviewOffice: "접수 기관",
  reviewWho: "신고자 유형",
  reviewAddress: "연락처 주소",
  reviewCommitment: "확약함",
  change: "변경",
  none: "없음",
  yes: "예",
  no: "아니요",
  submit: "신고서 보내기",
  sending: "보내는 중…",
  uploadProgressLabel: "전송 진행률",
  uploadProgress: "{percent}% 전송됨",
  sendNetworkError: "연결이 끊겼거나 너무 느려 신고서를 보내지 못했습니다. 입력 내용과 사진은 그대로 있습니다.",
  sendServerError: "시스템에 문제가 있어 신고서를 받지 못했습니다. 입력 내용과 사진은 그대로 있으니 몇 분 후에 다시 시도해 주세요.",
  sendRateLimited: "너무 많이 보내셨습니다. {minutes}분 후에 다시 시도해 주세요. 입력 내용은 그대로 있습니다.",
  retry: "다시 시도",
  conflictTitle: "신고서를 보내지 못했습니다",
  conflictExisting: "처리 대기 중인 신고서의 접수번호: {reference}",
  conflictExistingNext: "이 신고서의 처리 상태 보기",
  conflictAccountNext: "본인이라면 로그인하십시오. 비밀번호를 잊으셨다면 새 비밀번호를 받을 수 있습니다.",
  conflictMaskedPhone: "등록된 전화번호: {maskedPhone}",
  signIn: "로그인",
  forgotPassword: "비밀번호 찾기",
  correctionTitle: "신고서 {reference} 수정 후 다시 보내기",
  correctionNotice: "신고서 {reference}이(가) 접수되지 않았습니다. 필요한 부분을 수정하고 사진을 다시 선택한 뒤 다시 보내십시오.",
  correctionReason: "사유: {reason}",

  // Confirmation page
  sentTitle: "신고서를 보냈습니다",
  sentReferenceLabel: "접수번호",
  sentKeepCode: "신고서 처리 상태를 확인할 수 있도록 이 접수번호를 적어 두세요.",
  sentNextTitle: "다음에 할 일",
  sentDeadline: "기한: {date}. 그 전에 접수 사회보험 기관에 다음을 가져가십시오:",
  sentBringForm: "인쇄하여 성명을 모두 적고 서명한 신고서 01",
  sentBringId: "신고한 신분증의 원본",
  sentExpiryWarning: "기한 내에 가져가지 않으면 신고서는 자동으로 취소되며 다시 신고해야 합니다.",
  sentOfficeTitle: "접수 사회보험 기관",
  sentAfterApproval: "신고서가 승인되면 아이디와 비밀번호가 입력하신 휴대전화 번호로 문자 메시지로 전송됩니다.",
  sentPrint: "신고서 인쇄",
  sentDownload: "신고서 내려받기(PDF)",
  sentLookup: "신고서 처리 상태 확인",
  sentFormInVietnamese: "신고서 01은 공식 서식이므로 항상 베트남어로 인쇄됩니다.",

  // Status look-up
  lookupTitle: "신청 조회",
  lookupIntro: "신고서에 인쇄된 접수번호와 신고한 신분증 번호를 입력하세요.",
  lookupReferenceLabel: "접수번호",
  lookupReferenceHint: "예: TK-7KQ4-M9XD",
  lookupIdNumberLabel: "신분증 번호",
  lookupIdNumberHint: "신고서에 적은 CCCD, CMND 또는 여권 번호",
  lookupSubmit: "조회",
  lookupNotFound: "이 접수번호와 신분증 번호에 맞는 신고서가 없습니다. 두 번호를 확인하고 다시 시도해 주세요.",
  lookupRateLimited: "너무 많이 시도하셨습니다. {minutes}분 후에 다시 시도해 주세요.",
  lookupFailed: "시스템에 문제가 있습니다. 몇 분 후에 다시 시도해 주세요.",
  lookupResultTitle: "신고서 {reference}",
  lookupStatusLabel: "상태",
  status_submitted: "사회보험 기관 방문 대기 중",
  status_approved: "승인됨",
  status_rejected: "반려됨",
  status_expired: "취소됨: 기한 경과",
  status_withdrawn: "철회됨",
  timelineTitle: "진행 상황",
  timelineSent: "온라인으로 신고서 보냄",
  timelineDeadline: "사회보험 기관 방문 기한",
  timelineDecisionPending: "사회보험 기관의 확인 및 결정",
  timelineApproved: "사회보험 기관 승인",
  timelineRejected: "사회보험 기관 반려",
  timelineExpired: "기한 경과로 취소",
  timelineWithdrawn: "신고서 철회",
  timelineDone: "완료",
  timelineCurrent: "현재 단계",
  timelineUpcoming: "예정",
  lookupOffice: "접수 기관: {office}",
  lookupSubmittedNext: "인쇄하여 서명한 신고서와 신분증 원본을 접수 사회보험 기관에 가져가십시오. 기한: {date}.",
  lookupApprovedNext: "전자거래 계정이 만들어졌습니다. 아이디와 비밀번호를 문자 메시지로 보냈습니다.",
  lookupRejectedReason: "반려 사유: {reason}",
  lookupRejectedFixTitle: "해야 할 일",
  fix_unclearPhoto: "밝은 곳에서 선명하게, 네 모서리가 모두 보이도록 본인 사진과 신분증 사진을 다시 찍으십시오.",
  fix_mismatchWithRecords: "성명, 생년월일, 성별, 사회보험 번호가 건강보험증이나 사회보험 수첩과 같은지 확인하십시오.",
  fix_invalidDocument: "유효한 신분증을 사용하고 번호, 발급일, 발급 기관을 정확히 입력하십시오.",
  fix_notSigned: "신고서를 다시 인쇄하여 서명하고 성명을 모두 적은 뒤 가져가십시오.",
  fix_wrongOffice: "실제로 방문할 사회보험 기관을 선택하십시오.",
  fix_other: "위의 사유를 읽고 해당 정보를 수정하십시오.",
  lookupCorrect: "수정 후 다시 보내기",
  lookupCorrectViaMessage:
    "수정하여 다시 보내려면 신고한 휴대전화(와 이메일)로 보낸 반려 문자 메시지나 이메일의 링크를 여시거나, 신고서를 보낸 기기를 사용하십시오. 그곳으로 더 이상 메시지를 받을 수 없다면 접수 사회보험 기관을 방문하십시오.",
  lookupExpiredNext: "10일 이내에 사회보험 기관에 가져가지 않아 신고서가 취소되었습니다. 다시 신고할 수 있습니다.",
  lookupWithdrawnNext: "신고서가 철회되었습니다. 필요할 때 다시 신고할 수 있습니다.",
  lookupDeclareAgain: "다시 신고하기",
  lookupAnother: "다른 신고서 조회",

  // server
  server_photoLabel_portrait: "본인 사진",
  server_photoLabel_idFront: "신분증 앞면 사진",
  server_photoLabel_idBack: "신분증 뒷면 사진",
  server_photoMissing: "{label}이(가) 없습니다. 사진을 추가하고 다시 보내 주세요",
  server_photoTooLarge: "{label}의 크기가 {size}로, 최대 {max}를 넘습니다. 더 작은 사진을 선택하거나 다시 찍어 주세요",
  server_photoTooManyPixels: "{label}이(가) 너무 큽니다({width}×{height} 픽셀, 최대 {maxMegapixels}메가픽셀). 다른 사진을 선택하거나 다시 찍어 주세요",
  server_photoUnsupportedType: "{label}이(가) JPG, PNG, WebP, HEIC 이미지가 아닙니다. 이미지 파일을 선택해 주세요",
  server_photoHeicUnsupported: "{label}은(는) 시스템이 아직 읽을 수 없는 HEIC 이미지입니다. JPG나 PNG 사진을 선택하거나 '사진 찍기' 버튼으로 다시 찍어 주세요",
  server_photoUnreadable: "{label}을(를) 읽을 수 없습니다. 파일이 손상되었을 수 있습니다. 다시 찍거나 다른 사진을 선택해 주세요",
  server_photoTooSmall: "{label}이(가) 너무 작아({width}×{height} 픽셀) 읽을 수 없습니다. {minWidth}×{minHeight} 픽셀 이상이어야 하니 더 가까이에서 다시 찍어 주세요",
  server_bodyTooLarge: "요청이 너무 큽니다(신고서와 사진을 합쳐 최대 {max}MB, 사진 한 장당 10MB)",
  server_multipartRequired: "신고서는 multipart/form-data 형식으로, declaration 부분(JSON)과 portrait, idFront, idBack 사진을 함께 보내야 합니다",
  server_declarationPartInvalid: "declaration 부분은 신고서 항목을 담은 올바른 JSON 객체여야 합니다",
  server_idempotencyKeyInvalid: "Idempotency-Key는 영문자, 숫자, 하이픈, 밑줄, 점, 콜론으로 된 8~200자여야 합니다",
  server_idempotencyKeyReused: "이 Idempotency-Key는 내용이 다른 요청에 이미 사용되었습니다. 새 신고서마다 새 키를 사용하십시오",
  server_communeNotInProvince: "선택한 사/방이 선택한 성(省)에 속하지 않습니다. 사/방을 다시 선택해 주세요",
  server_officeUnavailable: "선택한 사회보험 기관이 목록에 없거나 더 이상 신고서를 접수하지 않습니다. 다른 기관을 선택해 주세요",
  server_pendingDeclarationExists: "이 신분증으로 이미 신고서 {reference}이(가) 있으며, {deadline}까지 {office}에 가져가기를 기다리고 있습니다. 다시 신고할 필요 없이, 기한 전에 인쇄하여 서명한 신고서와 신분증 원본을 가져가십시오. 내용을 바꾸려면 기한이 지나 이전 신고서가 자동으로 취소된 뒤, 또는 사회보험 기관에 취소를 요청한 뒤 다시 신고하십시오",
  server_accountExists: "사회보험 번호 {bhxhCode}에는 이미 전화번호 {maskedPhone}(으)로 등록된 전자거래 계정이 있습니다. 로그인하시고, 비밀번호를 잊으셨다면 '비밀번호 찾기'를 눌러 그 전화로 새 비밀번호를 받으십시오",
  server_phoneBelongsToAnotherAccount: "전화번호 {phone}은(는) 이미 다른 사회보험 번호의 전자거래 계정에서 사용하고 있습니다. 전화번호 하나는 계정 하나에만 쓸 수 있습니다. 본인의 다른 휴대전화 번호를 입력하시거나, 이 번호가 본인의 것이라면 사회보험 기관에 문의하십시오",
  server_submitRateLimited: "귀하의 네트워크에서 너무 많은 신고서를 보냈습니다. {minutes}분 후에 다시 시도해 주세요. 입력하신 내용은 지워지지 않았습니다",
  server_lookupRateLimited: "너무 많이 조회하셨습니다. {minutes}분 후에 다시 시도해 주세요",
  server_notFound: "입력하신 접수번호와 정보에 맞는 신고서가 없습니다. 확인하고 다시 시도해 주세요",
  server_notRejected: "신고서 {reference}은(는) 반려되지 않았으므로 수정하여 다시 보낼 수 없습니다",
  server_internalError: "시스템에 문제가 있어 요청을 기록하지 못했습니다. 입력하신 내용은 지워지지 않았으니 몇 분 후에 다시 시도해 주세요",
  server_queryParamInvalid: "매개변수 {param}이(가) 올바르지 않습니다",
  server_queryParamRequired: "매개변수 {param}이(가) 필요합니다",
  server_replayUnavailable: "신고서 {reference}은(는) 이전 전송에서 이미 기록되었습니다. 접수번호와 신분증 번호로 조회하십시오",
  // UNTRANSLATED (en): translate
  phoneVerifyIntro: "To make sure the phone number is yours, we send a {codeLength}-digit code to it by SMS.",
  // UNTRANSLATED (en): translate
  phoneCodeSend: "Send code",
  // UNTRANSLATED (en): translate
  phoneCodeResend: "Send the code again",
  // UNTRANSLATED (en): translate
  phoneCodeResendIn: "Send the code again in {countdown}",
  // UNTRANSLATED (en): translate
  phoneCodeSending: "Sending the code…",
  // UNTRANSLATED (en): translate
  phoneCodeSent: "Code sent to {phone}. It is valid for {codeMinutes} minutes.",
  // UNTRANSLATED (en): translate
  phoneCodeLabel: "Confirmation code",
  // UNTRANSLATED (en): translate
  phoneCodeHint: "The {codeLength} digits in the SMS you just received",
  // UNTRANSLATED (en): translate
  phoneCodeConfirm: "Confirm",
  // UNTRANSLATED (en): translate
  phoneCodeConfirming: "Confirming…",
  // UNTRANSLATED (en): translate
  phoneVerified: "Phone number {phone} confirmed.",
  // UNTRANSLATED (en): translate
  phoneVerifiedUntil: "The confirmation is valid for {tokenMinutes} minutes; if it runs out, just ask for a new code.",
  // UNTRANSLATED (en): translate
  phoneVerifyRequired: "Confirm your phone number with the code sent by SMS before you continue",
  // UNTRANSLATED (en): translate
  phoneCodeNetworkError: "Could not reach the system. Check your connection and try again",
  // UNTRANSLATED (en): translate
  emailConfirmNotice: "We will send a short email to this address to confirm it. The declaration is emailed only after you click the link in that email.",
  // UNTRANSLATED (en): translate
  earlyCheckTitle: "You do not need to continue",
  // UNTRANSLATED (en): translate
  earlyCheckGenericNext: "Read the SMS sent to the registered phone number to see what to do next. If you no longer use that number, bring your identity document to the nearest BHXH office.",
  // UNTRANSLATED (en): translate
  earlyCheckEdit: "Change the document number or social insurance number",
  // UNTRANSLATED (en): translate
  earlyCheckChecking: "Checking the document number…",
  // UNTRANSLATED (en): translate
  emailConfirmTitle: "Confirm your email address",
  // UNTRANSLATED (en): translate
  emailConfirmIntro: "Press the button below to confirm the email address {email} and receive declaration {reference} by email.",
  // UNTRANSLATED (en): translate
  emailConfirmButton: "Confirm email address",
  // UNTRANSLATED (en): translate
  emailConfirmDone: "Email address confirmed. The email with declaration {reference} will reach {email} in a few minutes.",
  // UNTRANSLATED (en): translate
  emailConfirmInvalid: "The confirmation link is wrong or no longer valid. You can still look up and download the declaration with its reference.",
  // UNTRANSLATED (en): translate
  server_phoneVerificationRequired: "The mobile number has not been confirmed. Press “Send code”, enter the {codeLength}-digit code you receive by SMS and send the declaration again",
  // UNTRANSLATED (en): translate
  server_phoneVerificationExpired: "The phone confirmation has run out ({tokenMinutes} minutes). Ask for a new code, confirm again and send the declaration",
  // UNTRANSLATED (en): translate
  server_phoneVerificationMismatch: "The confirmed phone number is not the one in the declaration. Confirm the phone number you declared",
  // UNTRANSLATED (en): translate
  server_phoneCodeResendTooSoon: "A code was just sent. You can ask for a new one in {seconds} seconds",
  // UNTRANSLATED (en): translate
  server_phoneCodeDailyCap: "This phone number has received {smsPerDay} confirmation codes in the last 24 hours, the maximum. Please try again in {hours} hours",
  // UNTRANSLATED (en): translate
  server_phoneCodeInvalid: "The confirmation code has {codeLength} digits",
  // UNTRANSLATED (en): translate
  server_phoneCodeWrong: "The confirmation code is wrong. You have {attemptsLeft} tries left",
  // UNTRANSLATED (en): translate
  server_phoneCodeExpired: "The confirmation code has run out ({codeMinutes} minutes). Press “Send the code again” to get a new one",
  // UNTRANSLATED (en): translate
  server_phoneCodeTooManyAttempts: "The code was entered wrongly {maxAttempts} times and can no longer be used. Press “Send the code again” to get a new one",
  // UNTRANSLATED (en): translate
  server_phoneCodeUnknown: "There is no valid code for this phone number. Press “Send code” to get one",
  // UNTRANSLATED (en): translate
  server_pendingPerPhoneCap: "This phone number already has {count} declarations waiting to be brought to an office, the maximum. Bring them to the BHXH office or wait until they expire before declaring again",
  // UNTRANSLATED (en): translate
  server_emailDailyCap: "This email address has received {count} emails about declarations in the last 24 hours, the maximum. Leave the email empty or use another address; you still get the reference by SMS",
  // UNTRANSLATED (en): translate
  server_recordExists: "This document number or social insurance number already has a pending declaration or an account. We have sent instructions to the registered phone number.",
  // UNTRANSLATED (en): translate
  server_conflictCheckRateLimited: "This document number has been checked too many times. Please try again in {minutes} minutes",
  // UNTRANSLATED (en): translate
  server_phoneCodeRateLimited: "Too many code requests have come from your network. Please try again in {minutes} minutes",
  // UNTRANSLATED (en): translate
  server_uploadsBusy: "The system is receiving many declarations at once. Please send again in {seconds} seconds; what you entered has not been lost",
  // UNTRANSLATED (en): translate
  server_serviceUnavailable: "The system cannot reach its database right now, so your request was not recorded. What you entered has not been lost; please try again in {minutes} minutes",
  // UNTRANSLATED (en): translate
  server_photoOverLimit: "{label} is larger than the maximum of {max} MB. Choose a smaller photo or take it again",
  // UNTRANSLATED (en): translate
  server_declarationPartTooLarge: "The declaration part is too large (at most {maxKilobytes} KB) or nested too deeply",
  // UNTRANSLATED (en): translate
  server_lookupQueryGone: "Looking up with the document number in the address (?idNumber=) is no longer supported, so that the number is not kept in logs. Send a POST to {path} with a JSON body holding idNumber, or send the number in the X-Id-Number header",
  // UNTRANSLATED (en): translate
  server_foreignOrigin: "The request came from another website and was refused. Open the BHXH electronic transaction portal directly and try again",
  // UNTRANSLATED (en): translate
  withdrawReason_changedMind: "No longer wants to register",
  // UNTRANSLATED (en): translate
  withdrawReason_mistakeInDeclaration: "Wrong details, will declare again",
  // UNTRANSLATED (en): translate
  withdrawReason_wrongOffice: "Chose the wrong receiving office",
  // UNTRANSLATED (en): translate
  withdrawReason_duplicate: "Declared twice",
  // UNTRANSLATED (en): translate
  withdrawReason_other: "Other reason",
  // UNTRANSLATED (en): translate
  withdrawReasonRequired: "Choose why the declaration is withdrawn",
  // UNTRANSLATED (en): translate
  withdraw_phoneVerificationRequired: "To withdraw the declaration, confirm the phone number you declared: press “Send code” and enter the {codeLength}-digit code you receive by SMS",
  // UNTRANSLATED (en): translate
  withdraw_phoneVerificationExpired: "The phone confirmation has run out ({tokenMinutes} minutes). Ask for a new code and try again",
  // UNTRANSLATED (en): translate
  withdraw_phoneVerificationMismatch: "The number you confirmed is not the one in the declaration. Enter the phone number you declared",
  // UNTRANSLATED (en): translate
  server_withdrawNotPending: "This declaration is no longer pending (approved, rejected, past its deadline or already withdrawn), so it cannot be withdrawn",
  // UNTRANSLATED (en): translate
  server_withdrawRateLimited: "Too many attempts to withdraw a declaration. Please try again in {minutes} minutes",
  // UNTRANSLATED (en): translate
  withdrawHeading: "Withdraw the declaration",
  // UNTRANSLATED (en): translate
  withdrawIntro: "If you no longer want to register, or made a mistake and want to declare again, you can withdraw this declaration. A withdrawn declaration cannot be restored; you can then send a new one with the same identity document.",
  // UNTRANSLATED (en): translate
  withdrawOpen: "Withdraw this declaration",
  // UNTRANSLATED (en): translate
  withdrawPhoneLabel: "The phone number in the declaration",
  // UNTRANSLATED (en): translate
  withdrawPhoneHint: "The code goes to this number only; it must be the number you declared.",
  // UNTRANSLATED (en): translate
  withdrawReasonLabel: "Reason",
  // UNTRANSLATED (en): translate
  withdrawSubmit: "Withdraw the declaration",
  // UNTRANSLATED (en): translate
  withdrawDone: "Declaration {reference} has been withdrawn. A confirmation SMS went to the declared phone. You can send a new declaration whenever you need to.",
  // UNTRANSLATED (en): translate
  withdrawFailed: "The declaration could not be withdrawn because of a connection problem. Please try again",
  // UNTRANSLATED (en): translate
  withdrawNewDeclaration: "Send a new declaration",
  // UNTRANSLATED (en): translate
  consentLegend: "Consent to the processing of personal data",
  // UNTRANSLATED (en): translate
  consentText: "I agree to the BHXH collecting and processing my personal data, including my portrait and identity document photos, to handle this declaration, under the portal's personal data protection policy.",
  // UNTRANSLATED (en): translate
  consentPolicyLink: "Read the personal data protection policy (opens in a new tab)",
};
