// Japanese strings of the "notifications" feature: e-mails, SMS texts and the test mailbox.
// The wiring decides which language a message goes out in (SMS stay unaccented Vietnamese); the "Sms" keys
// are translated here all the same so the catalog is complete.
import type { Messages } from "../../catalog";

export const notifications: Messages<"notifications"> = {
  emailAgency: "ベトナム社会保険",
  emailGreeting: "{name} 様",
  emailGreetingGeneric: "お客様各位",
  emailAutomated: "このメールは、社会保険機関との電子取引登録ポータルから自動送信されています。このメールには返信しないでください。",
  emailLinkFallback: "上のボタンが機能しない場合は、次のアドレスをブラウザにコピーしてください：",
  referenceLabel: "受付番号",
  officeLabel: "受付の社会保険機関",
  officeAddressLabel: "住所",
  deadlineLabel: "社会保険機関への提出期限",

  approvalSubject: "社会保険機関との電子取引アカウントが発行されました",
  approvalHeading: "アカウントが発行されました",
  approvalIntro:
    "社会保険機関が、あなたの電子取引登録申告書を承認しました。アカウントは有効化されており、ログイン情報は次のとおりです：",
  approvalUsernameLabel: "ユーザー名（社会保険番号）",
  approvalPasswordLabel: "仮パスワード",
  approvalChangePassword:
    "初めてログインするときに、この仮パスワードの変更を求められます。その後も、パスワードは少なくとも 6 か月に 1 回変更する必要があります。",
  approvalKeepSecret: "パスワードは誰にも教えないでください。社会保険職員がパスワードを尋ねることは決してありません。",
  approvalAction: "ログイン",
  approvalSms: "社会保険の電子アカウントが発行されました。ユーザー名：{username}、仮パスワード：{password}。{url} でログインしてパスワードを変更してください。",
  approvalSmsShort:
    "社会保険の電子アカウントが発行されました。ユーザー名：{username}、仮パスワード：{password}。初回ログイン時にパスワードを変更してください。",

  rejectionSubject: "申告書 {reference} は受理されませんでした",
  rejectionHeading: "申告書は受理されませんでした",
  rejectionIntro: "社会保険機関は、番号 {reference} の電子取引登録申告書を審査し、次の理由によりまだ受理していません：",
  rejectionReasonLabel: "理由",
  rejectionNoteLabel: "社会保険職員からのメモ",
  rejectionWhatToFix:
    "上記の情報を修正し（顔写真と書類の写真もご確認ください）、申告書を再送信してください。最初から記入し直す必要はありません。修正した申告書の番号は {reference} のままです。",
  rejectionAction: "申告書を修正して再送信",
  rejectionSms: "申告書 {reference} は受理されませんでした。理由：{reason}。{url} で修正して再送信してください",
  rejectionSmsShort: "申告書 {reference} は受理されませんでした。理由：{reason}。社会保険ポータルで受付番号を照会し、修正して再送信してください。",
  rejectionSmsLink: "申告書 {reference} は受理されませんでした。{url} で理由を確認し、修正して再送信してください",

  deadlineSubject: "提出期限のお知らせ：申告書 {reference}",
  deadlineHeading: "社会保険機関への提出期限が近づいています",
  deadlineIntro: "番号 {reference} の電子取引登録申告書は、あなたが書類を提出しに来られるのを待っています。",
  deadlineBring:
    "印刷して署名した申告書と身分証明書の原本を、{deadline} までに次の社会保険機関へお持ちください：",
  deadlineWarning: "この期限を過ぎると申告書は自動的に取り消され、申告をやり直す必要があります。",
  deadlineSms:
    "期限のお知らせ：署名した申告書 {reference} と書類の原本を {deadline} までに {office}（{address}）へお持ちください。期限を過ぎると申告書は取り消されます。",
  deadlineSmsShort: "期限のお知らせ：署名した申告書 {reference} と書類の原本を {deadline} までに {office} へお持ちください。",

  expirySubject: "申告書 {reference} は期限切れのため取り消されました",
  expiryHeading: "提出期限を過ぎたため、申告書は取り消されました",
  expiryIntro:
    "期限内に社会保険機関へ書類が提出されなかったため、番号 {reference} の電子取引登録申告書は自動的に取り消されました。",
  expiryHowTo:
    "引き続き社会保険機関との電子取引を希望される場合は、新しい申告書を記入し、印刷・署名のうえ、申告書に記載された期限までに、申告書と身分証明書の原本を選んだ社会保険機関へお持ちください。",
  expiryAction: "新しい申告書を記入",
  expirySms: "申告書 {reference} は提出期限切れのため取り消されました。再登録するには {url} で新しい申告書を記入してください",
  expirySmsShort: "申告書 {reference} は提出期限切れのため取り消されました。再登録するには社会保険ポータルで新しい申告書を記入してください。",

  otpSubject: "社会保険の電子取引の確認コード",
  otpHeading: "確認コード",
  otpIntroNewDevice: "新しい端末からあなたのアカウントへのログインが要求されました。確認コードは次のとおりです：",
  otpIntroPasswordReset: "あなたのアカウントのパスワード再設定が要求されました。確認コードは次のとおりです：",
  otpCodeLabel: "確認コード",
  otpValidity: "コードの有効期間は {minutes} 分間です。",
  otpNeverShare: "社会保険職員を名乗る人を含め、このコードは絶対に誰にも教えないでください。",
  otpNotYou: "この要求に心当たりがない場合は、このメールを無視し、すぐにパスワードを変更してください。",
  otpSmsNewDevice: "新しい端末のログインコード：{code}（有効期間 {minutes} 分）。社会保険職員を含め、このコードを誰にも教えないでください。",
  otpSmsPasswordReset: "パスワード再設定コード：{code}（有効期間 {minutes} 分）。社会保険職員を含め、このコードを誰にも教えないでください。",

  passwordExpirySubject: "社会保険の電子取引のパスワードの有効期限が近づいています",
  passwordExpiryHeading: "パスワードの有効期限が近づいています",
  passwordExpiryIntro: "社会保険の電子取引アカウントのパスワードは、{when}有効期限が切れます。",
  passwordExpiryInDays: "{days} 日後に",
  passwordExpiryToday: "本日中に",
  passwordExpiryWhy:
    "アカウントを守るため、パスワードは少なくとも 6 か月に 1 回変更する必要があります。有効期限が切れると、ログイン時にすぐパスワードを変更しなければなりません。",
  passwordExpiryAction: "パスワードを変更",
  passwordExpirySms: "社会保険の電子アカウントのパスワードは{when}有効期限が切れます。{url} でパスワードを変更してください",
  passwordExpirySmsShort: "社会保険の電子アカウントのパスワードは{when}有効期限が切れます。社会保険ポータルにログインしてパスワードを変更してください。",

  receivedSubject: "申告書 {reference} を受け付けました",
  receivedHeading: "申告書を受け付けました",
  receivedIntro:
    "あなたの電子取引登録申告書を、番号 {reference} で受け付けました。申告書（PDF）をこのメールに添付しています。",
  receivedNextSteps:
    "次の手順：申告書を印刷し、署名して氏名を明記したうえで、{deadline} までに申告書と身分証明書の原本を次の社会保険機関へお持ちください。",
  receivedWarning: "この期限を過ぎると、申告書は自動的に取り消されます。",
  receivedTrack: "番号 {reference} で、申告書の状況をいつでも照会できます。",
  receivedAction: "申告書を照会",
  receivedSms: "申告書 {reference} を受け付けました。印刷・署名のうえ、申告書と書類の原本を {deadline} までに {office} へお持ちください。",

  // The test mailbox (/hop-thu-thu-nghiem), shown only while messages go to the outbox.
  mailboxTitle: "テスト用メールボックス",
  mailboxIntro: "ポータルが送信したすべての SMS とメールです（新しい順）。テストモードでは、メッセージがサーバーの外に出ることはなく、ここにのみ表示されます。",
  mailboxWarning: "このページは、実際の SMS またはメール送信サービスが設定されていない場合にのみ表示されます。仮パスワードと OTP コードはすべて表示されます。",
  mailboxFilterLabel: "受信者",
  mailboxFilterHint: "電話番号 (0912345678) またはメールアドレス",
  mailboxFilterSubmit: "絞り込む",
  mailboxFilterClear: "すべて表示",
  mailboxInvalidRecipient: "この電話番号またはメールアドレスを認識できません。",
  mailboxErrorTitle: "修正が必要な項目があります",
  mailboxCount: "{count} 件",
  mailboxCountFor: "{to} 宛ての {count} 件",
  mailboxEmpty: "メッセージはまだありません。",
  mailboxListLabel: "送信済みメッセージの一覧",
  mailboxChannelSms: "SMS",
  mailboxChannelEmail: "メール",
  mailboxSmsHeading: "{to} 宛ての SMS",
  mailboxTime: "日時",
  mailboxRecipient: "受信者",
  mailboxSubject: "件名",
  mailboxStatus: "状態",
  mailboxStatusPending: "送信待ち",
  mailboxStatusSent: "送信済み",
  mailboxStatusFailed: "送信失敗",
  mailboxSentAt: "{time} に送信",
  mailboxHtmlPreview: "メールの HTML 版を表示",
  mailboxHtmlFrameTitle: "メールの HTML 版：{subject}",
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
