// Simplified Chinese messages of the declaration's zod schemas and the labels of the rejection reasons.
// Each says what is wrong and how to fix it.
import type { Messages } from "../../catalog";

export const validation: Messages<"validation"> = {
  invalidValue: "值无效。请核对已输入的信息",

  fullNameRequired: "请输入姓名",
  fullNameTooLong: "姓名最多 100 个字符",
  fullNameInvalid: "姓名只能包含字母（带或不带声调符号）、空格、撇号 (') 和连字符 (-)，至少 2 个字符",
  dateOfBirthRequired: "请输入出生日期",
  dateOfBirthInvalid: "出生日期必须是真实存在的日期，例如 27/03/1990",
  dateOfBirthInFuture: "出生日期必须是过去的日期",
  dateOfBirthTooOld: "出生年份必须在 1900 年或以后。请核对出生年份",
  dateOfBirthTooYoung: "您必须年满 15 周岁才能登记电子交易",
  sexRequired: "请选择性别",
  nationalityInvalid: "请选择国籍",
  bhxhCodeRequired: "请输入社会保险号",
  bhxhCodeInvalid: "请输入 10 位数字的社会保险号，即医疗保险卡上所印号码的最后 10 位",
  idTypeRequired: "请选择身份证件类型",
  idTypeRequiresVietnamese: "只有越南公民才持有身份证 (CCCD) 或旧式身份证 (CMND)。如果您不是越南国籍，请选择“护照”",
  idNumberRequired: "请输入身份证件号码",
  cccdFormat: "请输入 12 位数字的身份证 (CCCD) 号码",
  cccdProvince: "身份证 (CCCD) 号码的前 3 位不是出生登记地的省代码。请核对身份证号码",
  cccdCentury: "身份证 (CCCD) 号码的第 4 位必须是 0、1、2 或 3。请核对身份证号码",
  cccdBirthYear: "身份证 (CCCD) 号码的第 4–6 位与您输入的出生年份不符。请核对身份证号码和出生日期",
  cccdSex: "身份证 (CCCD) 号码的第 4 位与您选择的性别不符。请核对身份证号码和性别",
  cmndFormat: "请输入 9 位或 12 位数字的旧式身份证 (CMND) 号码",
  passportFormat: "请输入由 8 或 9 个字母和数字组成的护照号码，例如 C1234567",
  idIssueDateRequired: "请输入证件签发日期",
  idIssueDateInvalid: "签发日期必须是真实存在的日期，例如 15/06/2021",
  idIssueDateInFuture: "签发日期不能晚于今天",
  idIssueDateBeforeBirth: "签发日期必须晚于出生日期。请核对签发日期和出生日期",
  idIssuePlaceRequired: "请输入证件签发地点",
  idIssuePlaceTooLong: "签发地点最多 200 个字符",

  addressRequired: "请输入联系地址",
  provinceRequired: "请选择省/市",
  provinceInvalid: "请从列表中选择省/市",
  communeRequired: "请选择乡/坊/特区",
  communeInvalid: "请从列表中选择乡/坊/特区",
  streetRequired: "请输入门牌号、街道、组/村/屯/邑",
  streetTooLong: "门牌号、街道最多 200 个字符",
  phoneRequired: "请输入手机号码",
  phoneInvalid: "请输入 10 位数字的越南手机号码，以 03、05、07、08 或 09 开头，例如 0912 345 678",
  emailInvalid: "请按正确格式输入电子邮箱地址，例如 ten@example.com",
  emailRequiredForCopy: "请输入电子邮箱地址以通过电子邮件接收申报表，或取消勾选“通过电子邮件发送申报表”",

  officeRequired: "请选择受理申报表的社会保险机构",
  commitmentRequired: "请勾选承诺框以提交申报表",

  referenceCodeRequired: "请输入档案编号",
  referenceCodeInvalid: "档案编号由 TK 和 8 个字母或数字组成，例如 TK-7KQ4-M9XD。请核对申报表上印的编号",

  rejectionReason_unclearPhoto: "人像照片或证件照片不清晰",
  rejectionReason_mismatchWithRecords: "信息与社会保险数据库不符",
  rejectionReason_invalidDocument: "身份证件无效",
  rejectionReason_notSigned: "申报表未签名",
  rejectionReason_wrongOffice: "申报表未提交至所选择的社会保险机构",
  rejectionReason_other: "其他原因",
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
