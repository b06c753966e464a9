// Simplified Chinese strings of the "notifications" feature: e-mails, SMS texts and the test mailbox.
// The wiring decides which language a message goes out in (SMS stay unaccented Vietnamese); the "Sms" keys
// are translated here all the same so the catalog is complete.
import type { Messages } from "../../catalog";

export const notifications: Messages<"notifications"> = {
  emailAgency: "越南社会保险",
  emailGreeting: "尊敬的 {name}：",
  emailGreetingGeneric: "尊敬的先生/女士：",
  emailAutomated: "这是社会保险机构电子交易登记门户自动发送的邮件。请勿回复。",
  emailLinkFallback: "如果上面的按钮无法使用，请将以下地址复制到浏览器中：",
  referenceLabel: "档案编号",
  officeLabel: "受理的社会保险机构",
  officeAddressLabel: "地址",
  deadlineLabel: "向社会保险机构提交的截止日期",

  approvalSubject: "与社会保险机构进行电子交易的账户已开通",
  approvalHeading: "您的账户已开通",
  approvalIntro:
    "社会保险机构已审核通过您的电子交易登记申报表。账户已激活，登录信息如下：",
  approvalUsernameLabel: "登录名（社会保险号）",
  approvalPasswordLabel: "临时密码",
  approvalChangePassword:
    "首次登录时，系统会要求您修改此临时密码。此后，密码至少每 6 个月需修改一次。",
  approvalKeepSecret: "请勿将密码告诉任何人。社会保险工作人员绝不会询问您的密码。",
  approvalAction: "登录",
  approvalSms: "社会保险电子账户已开通。登录名：{username}，临时密码：{password}。请在 {url} 登录并修改密码。",
  approvalSmsShort:
    "社会保险电子账户已开通。登录名：{username}，临时密码：{password}。请在首次登录时修改密码。",

  rejectionSubject: "申报表 {reference} 未被接受",
  rejectionHeading: "您的申报表未被接受",
  rejectionIntro: "社会保险机构已审查编号为 {reference} 的电子交易登记申报表，因以下原因暂未接受：",
  rejectionReasonLabel: "原因",
  rejectionNoteLabel: "社会保险工作人员的备注",
  rejectionWhatToFix:
    "请更正上述信息（同时检查人像照片和证件照片），然后重新提交申报表。您无需从头填写：更正后的申报表保留原编号 {reference}。",
  rejectionAction: "更正并重新提交申报表",
  rejectionSms: "申报表 {reference} 未被接受。原因：{reason}。请在 {url} 更正并重新提交",
  rejectionSmsShort: "申报表 {reference} 未被接受。原因：{reason}。请在社会保险门户查询档案编号，更正后重新提交。",
  rejectionSmsLink: "申报表 {reference} 未被接受。请在 {url} 查看原因、更正并重新提交",

  deadlineSubject: "提交材料截止日期提醒：申报表 {reference}",
  deadlineHeading: "向社会保险机构提交材料的期限即将届满",
  deadlineIntro: "您编号为 {reference} 的电子交易登记申报表正在等待您前来提交材料。",
  deadlineBring:
    "请最迟于 {deadline} 携带已打印并签名的申报表以及身份证件原件，前往以下社会保险机构：",
  deadlineWarning: "逾期后，申报表将被自动取消，您需要重新申报。",
  deadlineSms:
    "提醒：请最迟于 {deadline} 携带已签名的申报表 {reference} 和证件原件前往 {office}（{address}），逾期申报表将被取消。",
  deadlineSmsShort: "提醒：请最迟于 {deadline} 携带已签名的申报表 {reference} 和证件原件前往 {office}。",

  expirySubject: "申报表 {reference} 因逾期已被取消",
  expiryHeading: "申报表因逾期未提交材料已被取消",
  expiryIntro:
    "编号为 {reference} 的电子交易登记申报表已被自动取消，因为未在期限内向社会保险机构提交材料。",
  expiryHowTo:
    "如果您仍希望与社会保险机构进行电子交易，请填写一份新的申报表，然后打印、签名，并在申报表所载期限前携带申报表和身份证件原件前往所选择的社会保险机构。",
  expiryAction: "填写新的申报表",
  expirySms: "申报表 {reference} 因逾期未提交材料已被取消。如需重新登记，请在 {url} 填写新的申报表",
  expirySmsShort: "申报表 {reference} 因逾期未提交材料已被取消。如需重新登记，请在社会保险门户填写新的申报表。",

  otpSubject: "社会保险电子交易验证码",
  otpHeading: "您的验证码",
  otpIntroNewDevice: "有人请求在一台新设备上登录您的账户。验证码为：",
  otpIntroPasswordReset: "有人请求重置您账户的密码。验证码为：",
  otpCodeLabel: "验证码",
  otpValidity: "验证码在 {minutes} 分钟内有效。",
  otpNeverShare: "切勿将此验证码告诉任何人，包括自称社会保险工作人员的人。",
  otpNotYou: "如果这不是您本人的请求，请忽略此邮件并立即修改密码。",
  otpSmsNewDevice: "新设备登录验证码：{code}，{minutes} 分钟内有效。切勿将此验证码告诉任何人，包括社会保险工作人员。",
  otpSmsPasswordReset: "重置密码验证码：{code}，{minutes} 分钟内有效。切勿将此验证码告诉任何人，包括社会保险工作人员。",

  passwordExpirySubject: "社会保险电子交易密码即将过期",
  passwordExpiryHeading: "您的密码即将过期",
  passwordExpiryIntro: "您的社会保险电子交易账户密码将于{when}过期。",
  passwordExpiryInDays: "{days} 天后",
  passwordExpiryToday: "今天",
  passwordExpiryWhy:
    "为保护账户安全，密码至少每 6 个月需修改一次。密码过期后，您必须在登录时立即修改密码。",
  passwordExpiryAction: "修改密码",
  passwordExpirySms: "社会保险电子账户密码将于{when}过期。请在 {url} 修改密码",
  passwordExpirySmsShort: "社会保险电子账户密码将于{when}过期。请登录社会保险门户修改密码。",

  receivedSubject: "已收到申报表 {reference}",
  receivedHeading: "您的申报表已登记",
  receivedIntro:
    "您的电子交易登记申报表已登记，编号为 {reference}。申报表（PDF 版）附在本邮件中。",
  receivedNextSteps:
    "下一步：打印申报表，签名并写明姓名，然后最迟于 {deadline} 携带申报表和身份证件原件前往以下社会保险机构。",
  receivedWarning: "逾期后，申报表将被自动取消。",
  receivedTrack: "您可以随时凭编号 {reference} 查询申报表的状态。",
  receivedAction: "查询申报表",
  receivedSms: "已收到申报表 {reference}。请打印、签名，并最迟于 {deadline} 携带申报表和证件原件前往 {office}。",

  // The test mailbox (/hop-thu-thu-nghiem), shown only while messages go to the outbox.
  mailboxTitle: "测试邮箱",
  mailboxIntro: "门户已发送的所有短信和电子邮件，最新的在前。在测试模式下，任何消息都不会离开服务器：它们只显示在这里。",
  mailboxWarning: "只有在尚未配置真实的短信或电子邮件发送服务时才有此页面。临时密码和 OTP 验证码会完整显示。",
  mailboxFilterLabel: "收件人",
  mailboxFilterHint: "手机号码 (0912345678) 或电子邮箱地址",
  mailboxFilterSubmit: "筛选",
  mailboxFilterClear: "查看全部",
  mailboxInvalidRecipient: "无法识别此手机号码或电子邮箱地址。",
  mailboxErrorTitle: "有需要更正的错误",
  mailboxCount: "{count} 条消息",
  mailboxCountFor: "发送给 {to} 的 {count} 条消息",
  mailboxEmpty: "尚无消息。",
  mailboxListLabel: "已发送消息列表",
  mailboxChannelSms: "短信",
  mailboxChannelEmail: "电子邮件",
  mailboxSmsHeading: "发送给 {to} 的短信",
  mailboxTime: "时间",
  mailboxRecipient: "收件人",
  mailboxSubject: "主题",
  mailboxStatus: "状态",
  mailboxStatusPending: "等待发送",
  mailboxStatusSent: "已发送",
  mailboxStatusFailed: "发送失败",
  mailboxSentAt: "发送于 {time}",
  mailboxHtmlPreview: "查看邮件的 HTML 版",
  mailboxHtmlFrameTitle: "邮件的 HTML 版：{subject}",
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
