// Japanese messages of the declaration's zod schemas and the labels of the rejection reasons.
// Each says what is wrong and how to fix it.
import type { Messages } from "../../catalog";

export const validation: Messages<"validation"> = {
  invalidValue: "値が正しくありません。入力した内容をご確認ください",

  fullNameRequired: "氏名を入力してください",
  fullNameTooLong: "氏名は 100 文字以内で入力してください",
  fullNameInvalid: "氏名に使えるのは、文字（声調記号の有無を問いません）、スペース、アポストロフィ (')、ハイフン (-) のみで、2 文字以上必要です",
  dateOfBirthRequired: "生年月日を入力してください",
  dateOfBirthInvalid: "生年月日には実在する日付を入力してください（例：27/03/1990）",
  dateOfBirthInFuture: "生年月日には過去の日付を入力してください",
  dateOfBirthTooOld: "生まれた年は 1900 年以降である必要があります。生まれた年をご確認ください",
  dateOfBirthTooYoung: "電子取引の登録は 15 歳以上の方に限られます",
  sexRequired: "性別を選んでください",
  nationalityInvalid: "国籍を選んでください",
  bhxhCodeRequired: "社会保険番号を入力してください",
  bhxhCodeInvalid: "10 桁の社会保険番号を入力してください。健康保険証に印字された番号の末尾 10 文字です",
  idTypeRequired: "身分証明書の種類を選んでください",
  idTypeRequiresVietnamese: "CCCD または CMND を持てるのはベトナム国民のみです。ベトナム国籍でない方は「パスポート」を選んでください",
  idNumberRequired: "身分証明書の番号を入力してください",
  cccdFormat: "12 桁の身分証明書 (CCCD) 番号を入力してください",
  cccdProvince: "身分証明書 (CCCD) 番号の最初の 3 桁が、出生登録をした省のコードではありません。身分証明書の番号をご確認ください",
  cccdCentury: "身分証明書 (CCCD) 番号の 4 桁目は 0、1、2、3 のいずれかです。身分証明書の番号をご確認ください",
  cccdBirthYear: "身分証明書 (CCCD) 番号の 4～6 桁目が、入力した生まれた年と一致しません。身分証明書の番号と生年月日をご確認ください",
  cccdSex: "身分証明書 (CCCD) 番号の 4 桁目が、選んだ性別と一致しません。身分証明書の番号と性別をご確認ください",
  cmndFormat: "9 桁または 12 桁の旧身分証明書 (CMND) 番号を入力してください",
  passportFormat: "8 文字または 9 文字の英数字でパスポート番号を入力してください（例：C1234567）",
  idIssueDateRequired: "書類の発行日を入力してください",
  idIssueDateInvalid: "発行日には実在する日付を入力してください（例：15/06/2021）",
  idIssueDateInFuture: "発行日に今日より後の日付は入力できません",
  idIssueDateBeforeBirth: "発行日は生年月日より後である必要があります。発行日と生年月日をご確認ください",
  idIssuePlaceRequired: "書類の発行機関を入力してください",
  idIssuePlaceTooLong: "発行機関は 200 文字以内で入力してください",

  addressRequired: "連絡先住所を入力してください",
  provinceRequired: "省・市を選んでください",
  provinceInvalid: "一覧から省・市を選んでください",
  communeRequired: "社・坊・特区を選んでください",
  communeInvalid: "一覧から社・坊・特区を選んでください",
  streetRequired: "番地、通り、組・村・集落を入力してください",
  streetTooLong: "番地・通りは 200 文字以内で入力してください",
  phoneRequired: "携帯電話番号を入力してください",
  phoneInvalid: "03、05、07、08、09 のいずれかで始まる 10 桁のベトナムの携帯電話番号を入力してください（例：0912 345 678）",
  emailInvalid: "メールアドレスを正しい形式で入力してください（例：ten@example.com）",
  emailRequiredForCopy: "申告書をメールで受け取るにはメールアドレスを入力するか、「申告書をメールで送付」のチェックを外してください",

  officeRequired: "申告書を受け付ける社会保険機関を選んでください",
  commitmentRequired: "申告書を送信するには、誓約欄にチェックを入れてください",

  referenceCodeRequired: "受付番号を入力してください",
  referenceCodeInvalid: "受付番号は TK と 8 文字の英数字からなります（例：TK-7KQ4-M9XD）。申告書に印字された番号をご確認ください",

  rejectionReason_unclearPhoto: "顔写真または書類の写真が不鮮明です",
  rejectionReason_mismatchWithRecords: "情報が社会保険のデータベースと一致しません",
  rejectionReason_invalidDocument: "身分証明書が無効です",
  rejectionReason_notSigned: "申告書に署名がありません",
  rejectionReason_wrongOffice: "申告書が、選んだ社会保険機関とは別の機関に提出されました",
  rejectionReason_other: "その他の理由",
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
