// Simplified Chinese strings of the "declaration" feature: the /dang-ky wizard, the confirmation page, the
// /tra-cuu look-up, then the server's messages (under "// server").
import type { Messages } from "../../catalog";

export const declaration: Messages<"declaration"> = {
  // Wizard frame
  pageTitle: "登记电子交易",
  formName: "与社会保险机构使用电子交易方式登记申报表（第01号表格）",
  stepOf: "第 {n}/{total} 步",
  continue: "继续",
  back: "返回",
  backToReview: "保存并返回核对页面",
  errorSummaryTitle: "需要更正以下信息",
  errorPrefix: "错误：",
  optional: "（选填）",
  restoredNotice: "已恢复您之前输入的信息。",
  restoredClear: "清除并重新输入",
  savedOnDevice: "在您提交申报表之前，您输入的信息会自动保存在此设备上。",

  // Step 1: who is declaring
  whoTitle: "由谁填写此申报表？",
  whoIndividual: "个人",
  whoIndividualHint: "我为自己登记电子交易：劳动者、自愿参加社会保险者、家庭医疗保险参保人、享受待遇者",
  whoOrganisation: "组织、企业、机关",
  whoOrganisationNotice: "本门户仅受理个人的申报表。组织、企业请通过 I-VAN 服务提供商或在单位参保所在的社会保险机构登记电子交易。",
  whoRequired: "请选择申报人",
  prepareTitle: "您需要准备",
  prepareId: "公民身份证 (CCCD)、旧式身份证 (CMND) 或护照",
  prepareBhxh: "医疗保险卡或社会保险手册，以便了解社会保险号",
  preparePhone: "正在使用的手机，用于接收密码和 OTP 验证码",
  preparePhotos: "人像照片和证件正反面照片：直接用手机拍摄也可以",
  prepareTime: "填写申报表约需 10 分钟。提交后，请在 10 日内携带已签名的申报表和证件原件前往所选择的社会保险机构。",

  // Step 2: personal details and ID
  personalTitle: "个人信息和身份证件",
  fullNameLabel: "姓名",
  fullNameHint: "请完整填写，带声调符号，与身份证件上一致",
  dateOfBirthLabel: "出生日期",
  dateOfBirthHint: "例如：27 3 1990",
  dayLabel: "日",
  monthLabel: "月",
  yearLabel: "年",
  sexLabel: "性别",
  sexMale: "男",
  sexFemale: "女",
  nationalityLabel: "国籍",
  bhxhCodeLabel: "社会保险号",
  bhxhCodeHint: "10 位数字：即医疗保险卡上所印号码的最后 10 位。例如卡号 HS4010123456789 的社会保险号为 0123456789",
  bhxhCodeLookup: "在越南社会保险信息门户查询社会保险号（在新标签页中打开）",
  idTypeLabel: "身份证件类型",
  idType_cccd: "公民身份证或身份卡 (CCCD)",
  idType_cmnd: "旧式身份证 (CMND)",
  idType_passport: "护照",
  idNumberLabel: "证件号码",
  idNumberHint_cccd: "12 位数字，印在卡的正面",
  idNumberHint_cmnd: "9 位或 12 位数字",
  idNumberHint_passport: "8 或 9 个字母和数字，例如 C1234567",
  idIssueDateLabel: "签发日期",
  idIssueDateHint: "例如：15 6 2021",
  idIssuePlaceLabel: "签发地点",
  idIssuePlaceHint: "例如：Cục Cảnh sát quản lý hành chính về trật tự xã hội（社会秩序行政管理警察局）",

  // Step 3: contact and address
  contactTitle: "地址和联系方式",
  addressLegend: "联系地址",
  addressHint: "按新行政区划，自 2025年7月1日起适用",
  provinceLabel: "省/市",
  provinceChoose: "选择省/市",
  communeLabel: "乡/坊/特区",
  communeChoose: "选择乡/坊/特区",
  communeChooseProvinceFirst: "请先选择省/市",
  listLoading: "正在加载列表…",
  listLoadFailed: "无法加载列表。请检查网络连接，然后点击“重新加载”。",
  listReload: "重新加载",
  streetLabel: "门牌号、街道、组/村/屯/邑",
  phoneLabel: "手机号码",
  phoneHint: "此号码将接收登录名、密码和 OTP 验证码。例如：0912 345 678",
  emailLabel: "电子邮箱地址",
  emailHint: "用于通过电子邮件接收通知和申报表",
  emailCopyLabel: "通过电子邮件发送申报表",
  emailCopyHint: "将申报表（PDF）发送到上面的电子邮箱地址",

  // Step 4: photos
  photosTitle: "人像照片和证件照片",
  photosIntro: "直接用手机拍摄或选择已有照片（JPG、PNG、WebP、HEIC；每张最大 10 MB）。照片会在发送前在您的设备上缩小，以节省网络流量。",
  photo_portrait: "3x4 人像照片",
  photoHint_portrait: "正面拍摄，面部清晰，背景明亮，不戴帽子或墨镜",
  photo_idFront: "证件正面照片",
  photoHint_idFront: "拍下整张卡片，四角完整，无反光，文字清晰可读",
  photo_idBack: "证件背面照片",
  photoHint_idBack: "拍下整个背面，四角完整，文字清晰可读",
  photo_idFrontPassport: "护照信息页照片",
  photoHint_idBackPassport: "护照无需提供",
  photoTake: "拍照",
  photoChoose: "选择已有照片",
  photoReplace: "选择其他照片",
  photoRemove: "删除照片",
  photoProcessing: "正在处理照片…",
  photoPreviewAlt: "已选择的照片：{label}",
  photoDetails: "{width}×{height} 像素，{size}",
  photoOriginalKept: "浏览器无法缩小此照片；将发送原始照片供系统检查。",
  photoRequired_portrait: "请添加 3x4 人像照片",
  photoRequired_idFront: "请添加证件正面照片",
  photoRequired_idBack: "请添加证件背面照片",
  photoWrongType: "文件“{name}”不是照片。请选择 JPG、PNG、WebP 或 HEIC 照片",
  photoTooLarge: "照片“{name}”大于 10 MB。请选择其他照片或重新拍摄",
  photoTooSmall: "照片“{name}”太小（{width}×{height} 像素），无法看清。请靠近重新拍摄：照片短边至少需要 {min} 像素",
  photoUnreadable: "无法读取照片“{name}”：文件可能已损坏。请重新拍摄或选择其他照片",
  photoHeicUnsupported: "此浏览器无法打开 HEIC 照片“{name}”。请点击“拍照”重新拍摄，或选择 JPG 照片",
  photosRestored: "之前选择的照片已保留。",
  photosReattach: "更正申报表时，您需要重新选择全部三张照片。",

  // Step 5: receiving office and commitment
  officeTitle: "受理申报表的社会保险机构",
  officeIntro: "提交后 10 日内，请携带已打印、签名的申报表和身份证件原件前往此机构。",
  officeProvinceLabel: "您前往提交的省/市",
  officeLabel: "受理的社会保险机构",
  officeHint: "负责您所在乡/坊的机构排在列表最前面",
  officeChoose: "选择社会保险机构",
  officeChooseProvinceFirst: "请先选择省/市",
  officeGroupCovering: "负责您所在的乡/坊",
  officeGroupOther: "省内其他机构",
  officeAddress: "地址：{address}",
  officePhone: "电话：{phone}",
  commitmentLegend: "承诺",
  commitmentText: "本人承诺对上述内容的准确性、真实性承担全部法律责任，并按照法律规定在社会保险领域进行电子交易。",

  // Review and send
  reviewTitle: "核对信息",
  reviewIntro: "提交前请仔细阅读。点击“修改”可更改某一项。",
  reviewPersonal: "个人信息",
  reviewContact: "地址和联系方式",
  reviewPhotos: "照片",
  reviewOffice: "受理机构",
  reviewWho: "申报人",
  reviewAddress: "联系地址",
  reviewCommitment: "已承诺",
  change: "修改",
  none: "无",
  yes: "是",
  no: "否",
  submit: "提交申报表",
  sending: "正在提交…",
  uploadProgressLabel: "申报表提交进度",
  uploadProgress: "已发送 {percent}%",
  sendNetworkError: "由于网络断开或速度过慢，尚未提交成功。您的信息和照片仍完整保留。",
  sendServerError: "系统出现故障，尚未收到申报表。您的信息和照片仍完整保留；请稍后重试。",
  sendRateLimited: "您提交的次数过多。请在 {minutes} 分钟后重试。您的信息仍完整保留。",
  retry: "重试",
  conflictTitle: "申报表尚未提交",
  conflictExisting: "正在等待处理的档案编号：{reference}",
  conflictExistingNext: "查看此档案的状态",
  conflictAccountNext: "如果那是您本人，请登录。如果忘记了密码，您可以重新获取新密码。",
  conflictMaskedPhone: "已登记的手机号码：{maskedPhone}",
  signIn: "登录",
  forgotPassword: "忘记密码",
  correctionTitle: "更正并重新提交申报表 {reference}",
  correctionNotice: "申报表 {reference} 未被接受。请更正需要更正的信息，重新选择照片，然后重新提交。",
  correctionReason: "原因：{reason}",

  // Confirmation page
  sentTitle: "申报表已提交",
  sentReferenceLabel: "您的档案编号",
  sentKeepCode: "请记下此档案编号，以便查询申报表的状态。",
  sentNextTitle: "接下来要做的事",
  sentDeadline: "提交截止日期：{date}。请在此日期之前将以下材料带到受理的社会保险机构：",
  sentBringForm: "已打印、签名并写明姓名的申报表01 (Tờ khai 01)",
  sentBringId: "所填写的身份证件原件",
  sentExpiryWarning: "如果逾期仍未提交，申报表将被自动取消，您需要重新申报。",
  sentOfficeTitle: "受理的社会保险机构",
  sentAfterApproval: "档案审核通过后，登录名和密码将通过短信发送到您所填写的手机号码。",
  sentPrint: "打印申报表",
  sentDownload: "下载申报表 (PDF)",
  sentLookup: "查询档案状态",

  // Status look-up
  lookupTitle: "查询档案",
  lookupIntro: "请输入申报表上印的档案编号和您填写的身份证件号码。",
  lookupReferenceLabel: "档案编号",
  lookupReferenceHint: "例如：TK-7KQ4-M9XD",
  lookupIdNumberLabel: "身份证件号码",
  lookupIdNumberHint: "申报表中填写的身份证 (CCCD)、旧式身份证 (CMND) 或护照号码",
  lookupSubmit: "查询",
  lookupNotFound: "未找到与所输入的档案编号和证件号码相符的档案。请核对两项后重试。",
  lookupRateLimited: "您的查询次数过多。请在 {minutes} 分钟后重试。",
  lookupFailed: "系统出现故障。请稍后重试。",
  lookupResultTitle: "档案 {reference}",
  lookupStatusLabel: "状态",
  status_submitted: "等待向社会保险机构提交材料",
  status_approved: "已审核通过",
  status_rejected: "被拒绝",
  status_expired: "因逾期已取消",
  status_withdrawn: "已撤回",
  timelineTitle: "办理过程",
  timelineSent: "在线提交申报表",
  timelineDeadline: "向社会保险机构提交的截止日期",
  timelineDecisionPending: "社会保险机构审查并审核",
  timelineApproved: "社会保险机构已审核通过",
  timelineRejected: "社会保险机构已拒绝",
  timelineExpired: "申报表因逾期被取消",
  timelineWithdrawn: "申报表已撤回",
  timelineDone: "已完成",
  timelineCurrent: "当前步骤",
  timelineUpcoming: "尚未开始",
  lookupOffice: "受理机构：{office}",
  lookupSubmittedNext: "请携带已打印、签名的申报表和身份证件原件前往受理的社会保险机构。提交截止日期：{date}。",
  lookupApprovedNext: "电子交易账户已创建。登录名和密码已通过短信发送。",
  lookupRejectedReason: "拒绝原因：{reason}",
  lookupRejectedFixTitle: "需要做什么",
  fix_unclearPhoto: "请在光线充足处重新拍摄人像照片和证件照片，确保清晰、四角完整。",
  fix_mismatchWithRecords: "请核对姓名、出生日期、性别和社会保险号是否与医疗保险卡或社会保险手册一致。",
  fix_invalidDocument: "请使用仍在有效期内的身份证件，并正确填写号码、签发日期和签发地点。",
  fix_notSigned: "请重新打印申报表，在提交前签名并写明姓名。",
  fix_wrongOffice: "请正确选择您将前往提交材料的社会保险机构。",
  fix_other: "请查看上面的原因并更正相应信息。",
  lookupCorrect: "更正并重新提交",
  lookupCorrectViaMessage:
    "如需更正并重新提交，请打开发送到您所填写的手机号码（及电子邮箱）的拒绝通知短信或邮件中的链接，或使用提交申报表时的设备。如果已无法收到短信，请前往受理的社会保险机构。",
  lookupExpiredNext: "申报表因超过 10 日未向社会保险机构提交已被取消。您可以重新申报。",
  lookupWithdrawnNext: "申报表已撤回。需要时您可以重新申报。",
  lookupDeclareAgain: "重新申报",
  lookupAnother: "查询其他档案",

  // server
  server_photoLabel_portrait: "人像照片",
  server_photoLabel_idFront: "证件正面照片",
  server_photoLabel_idBack: "证件背面照片",
  server_photoMissing: "{label}：尚无照片。请添加照片后重新提交",
  server_photoTooLarge: "{label} 的大小为 {size}，超过上限 {max}。请选择较小的照片或重新拍摄",
  server_photoTooManyPixels: "{label} 的尺寸过大（{width}×{height} 像素，最多 {maxMegapixels} 百万像素）。请选择其他照片或重新拍摄",
  server_photoUnsupportedType: "{label} 不是 JPG、PNG、WebP 或 HEIC 照片。请选择正确的照片文件",
  server_photoHeicUnsupported: "{label} 为系统暂时无法读取的 HEIC 格式。请选择 JPG 或 PNG 照片，或点击“拍照”重新拍摄",
  server_photoUnreadable: "无法读取{label}：文件可能已损坏。请重新拍摄或选择其他照片",
  server_photoTooSmall: "{label} 太小（{width}×{height} 像素），无法看清。照片至少需要 {minWidth}×{minHeight} 像素：请靠近重新拍摄",
  server_bodyTooLarge: "提交的数据过大（申报表和照片合计最多 {max} MB；每张照片最多 10 MB）",
  server_multipartRequired: "请以 multipart/form-data 格式提交申报表，包含 declaration 部分 (JSON) 以及 portrait、idFront、idBack 照片",
  server_declarationPartInvalid: "declaration 部分必须是包含申报表信息的有效 JSON 对象",
  server_idempotencyKeyInvalid: "Idempotency-Key 必须由 8 至 200 个字母、数字、连字符、下划线、句点或冒号组成",
  server_idempotencyKeyReused: "此 Idempotency-Key 已用于内容不同的另一个请求。每份新的申报表都需要一个新的键",
  server_communeNotInProvince: "所选择的乡/坊/特区不属于所选择的省/市。请重新选择乡/坊/特区",
  server_officeUnavailable: "所选择的社会保险机构不在列表中或已停止受理申报表。请选择其他社会保险机构",
  server_pendingDeclarationExists: "此证件号码已有申报表 {reference} 正在等待向 {office} 提交，截止日期为 {deadline}。您无需重新申报：请在截止日期前携带已打印、签名的申报表和证件原件前往社会保险机构。如需更正信息，旧申报表会在提交期限届满时自动取消，您也可以请求社会保险机构取消旧申报表；之后再重新申报",
  server_accountExists: "社会保险号 {bhxhCode} 已有电子交易账户，登记的手机号码为 {maskedPhone}。请登录；如果忘记了密码，请选择“忘记密码”，通过该手机号码接收新密码",
  server_phoneBelongsToAnotherAccount: "手机号码 {phone} 已被另一个社会保险号的电子交易账户使用。每个手机号码只能用于一个账户：请填写您的其他手机号码，如果这是您本人的号码，请联系社会保险机构",
  server_submitRateLimited: "从您的网络提交的申报表过多。请在 {minutes} 分钟后重试；您已输入的信息不会丢失",
  server_lookupRateLimited: "您的查询次数过多。请在 {minutes} 分钟后重试",
  server_notFound: "未找到与所输入的档案编号和信息相符的档案。请核对后重试",
  server_notRejected: "申报表 {reference} 不处于被拒绝状态，因此无法更正并重新提交",
  server_internalError: "系统出现故障，尚未记录您的请求。您已输入的信息不会丢失；请稍后重试",
  server_queryParamInvalid: "参数 {param} 无效",
  server_queryParamRequired: "缺少参数 {param}",
  server_replayUnavailable: "申报表 {reference} 已在上次提交时登记。请凭档案编号和身份证件号码查询状态",
  // UNTRANSLATED (en): translate
  sentFormInVietnamese: "Declaration 01 is an official form, so it is always printed in Vietnamese.",
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
