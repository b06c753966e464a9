// Japanese strings of the "declaration" feature: the /dang-ky wizard, the confirmation page, the /tra-cuu
// look-up, then the server's messages (under "// server").
import type { Messages } from "../../catalog";

export const declaration: Messages<"declaration"> = {
  // Wizard frame
  pageTitle: "電子取引の登録",
  formName: "社会保険機関との電子取引方式の利用登録申告書（様式第01号）",
  stepOf: "ステップ {n}/{total}",
  continue: "次へ",
  back: "戻る",
  backToReview: "保存して確認画面に戻る",
  errorSummaryTitle: "次の情報を修正してください",
  errorPrefix: "エラー：",
  optional: "（任意）",
  restoredNotice: "以前に入力した情報を復元しました。",
  restoredClear: "消去して入力し直す",
  savedOnDevice: "入力した情報は、申告書を送信するまでこの端末に自動的に保存されます。",

  // Step 1: who is declaring
  whoTitle: "この申告書を記入するのはどなたですか？",
  whoIndividual: "個人",
  whoIndividualHint: "自分自身のために電子取引を登録します：労働者、任意加入の社会保険加入者、世帯単位の健康保険加入者、給付の受給者",
  whoOrganisation: "団体・企業・機関",
  whoOrganisationNotice: "このポータルでは個人の申告書のみを受け付けます。団体・企業は、I-VAN サービス提供事業者を通じて、または事業所が加入している社会保険機関で電子取引を登録してください。",
  whoRequired: "申告者を選んでください",
  prepareTitle: "ご用意いただくもの",
  prepareId: "国民身分証明書 (CCCD)、旧身分証明書 (CMND) またはパスポート",
  prepareBhxh: "社会保険番号を確認するための健康保険証または社会保険手帳",
  preparePhone: "パスワードと OTP コードを受け取るための、現在お使いの携帯電話",
  preparePhotos: "顔写真と書類の両面の写真：その場で携帯電話で撮影してもかまいません",
  prepareTime: "記入には 10 分ほどかかります。送信後 10 日以内に、署名した申告書と書類の原本を選んだ社会保険機関へお持ちください。",

  // Step 2: personal details and ID
  personalTitle: "個人情報と身分証明書",
  fullNameLabel: "氏名",
  fullNameHint: "身分証明書の記載どおり、声調記号を付けて省略せずに記入してください",
  dateOfBirthLabel: "生年月日",
  dateOfBirthHint: "例：27 3 1990",
  dayLabel: "日",
  monthLabel: "月",
  yearLabel: "年",
  sexLabel: "性別",
  sexMale: "男",
  sexFemale: "女",
  nationalityLabel: "国籍",
  bhxhCodeLabel: "社会保険番号",
  bhxhCodeHint: "10 桁の数字：健康保険証に印字された番号の末尾 10 文字です。例えば HS4010123456789 の保険証の社会保険番号は 0123456789 です",
  bhxhCodeLookup: "ベトナム社会保険情報ポータルで社会保険番号を照会する（新しいタブで開きます）",
  idTypeLabel: "身分証明書の種類",
  idType_cccd: "国民身分証明書または身分証明カード (CCCD)",
  idType_cmnd: "旧身分証明書 (CMND)",
  idType_passport: "パスポート",
  idNumberLabel: "書類番号",
  idNumberHint_cccd: "12 桁の数字で、カードの表面に印字されています",
  idNumberHint_cmnd: "9 桁または 12 桁の数字",
  idNumberHint_passport: "8 文字または 9 文字の英数字（例：C1234567）",
  idIssueDateLabel: "発行日",
  idIssueDateHint: "例：15 6 2021",
  idIssuePlaceLabel: "発行機関",
  idIssuePlaceHint: "例：Cục Cảnh sát quản lý hành chính về trật tự xã hội（社会秩序行政管理警察局）",

  // Step 3: contact and address
  contactTitle: "住所と連絡先",
  addressLegend: "連絡先住所",
  addressHint: "2025年7月1日から適用される新しい行政区画によります",
  provinceLabel: "省・市",
  provinceChoose: "省・市を選択",
  communeLabel: "社・坊・特区",
  communeChoose: "社・坊・特区を選択",
  communeChooseProvinceFirst: "先に省・市を選んでください",
  listLoading: "一覧を読み込んでいます…",
  listLoadFailed: "一覧を読み込めませんでした。ネットワーク接続を確認して「再読み込み」を押してください。",
  listReload: "再読み込み",
  streetLabel: "番地、通り、組・村・集落",
  phoneLabel: "携帯電話番号",
  phoneHint: "この番号にユーザー名、パスワード、OTP コードが届きます。例：0912 345 678",
  emailLabel: "メールアドレス",
  emailHint: "お知らせと申告書をメールで受け取るため",
  emailCopyLabel: "申告書をメールで送付",
  emailCopyHint: "申告書（PDF）を上のメールアドレスに送ります",

  // Step 4: photos
  photosTitle: "顔写真と書類の写真",
  photosIntro: "携帯電話でその場で撮影するか、既存の写真を選んでください（JPG、PNG、WebP、HEIC。1 枚あたり最大 10 MB）。通信量を節約するため、写真は送信前にお使いの端末上で縮小されます。",
  photo_portrait: "顔写真 3x4",
  photoHint_portrait: "正面から、顔がはっきり写るように、明るい背景で撮影してください。帽子やサングラスは外してください",
  photo_idFront: "書類の表面の写真",
  photoHint_idFront: "カード全体を四隅まで、光の反射がなく文字がはっきり読めるように撮影してください",
  photo_idBack: "書類の裏面の写真",
  photoHint_idBack: "裏面全体を四隅まで、文字がはっきり読めるように撮影してください",
  photo_idFrontPassport: "パスポートの身分事項ページの写真",
  photoHint_idBackPassport: "パスポートの場合は不要です",
  photoTake: "撮影する",
  photoChoose: "既存の写真を選ぶ",
  photoReplace: "別の写真を選ぶ",
  photoRemove: "写真を削除",
  photoProcessing: "写真を処理しています…",
  photoPreviewAlt: "選んだ写真：{label}",
  photoDetails: "{width}×{height} ピクセル、{size}",
  photoOriginalKept: "ブラウザでこの写真を縮小できませんでした。システムで確認するため、元の写真を送信します。",
  photoRequired_portrait: "顔写真 3x4 を追加してください",
  photoRequired_idFront: "書類の表面の写真を追加してください",
  photoRequired_idBack: "書類の裏面の写真を追加してください",
  photoWrongType: "ファイル「{name}」は写真ではありません。JPG、PNG、WebP、HEIC のいずれかの写真を選んでください",
  photoTooLarge: "写真「{name}」は 10 MB を超えています。別の写真を選ぶか、撮影し直してください",
  photoTooSmall: "写真「{name}」は小さすぎるため（{width}×{height} ピクセル）、はっきり読み取れません。もっと近づいて撮影し直してください。短い辺が {min} ピクセル以上必要です",
  photoUnreadable: "写真「{name}」を読み取れません。ファイルが破損している可能性があります。撮影し直すか、別の写真を選んでください",
  photoHeicUnsupported: "このブラウザでは HEIC 写真「{name}」を開けません。「撮影する」を押して撮影し直すか、JPG 写真を選んでください",
  photosRestored: "以前に選んだ写真はそのまま残っています。",
  photosReattach: "申告書を修正する場合は、3 枚の写真をすべて選び直す必要があります。",

  // Step 5: receiving office and commitment
  officeTitle: "申告書を受け付ける社会保険機関",
  officeIntro: "送信後 10 日以内に、印刷・署名した申告書と身分証明書の原本をこの機関へお持ちください。",
  officeProvinceLabel: "提出に行く省・市",
  officeLabel: "受付の社会保険機関",
  officeHint: "お住まいの社・坊を担当する機関が一覧の先頭に表示されます",
  officeChoose: "社会保険機関を選択",
  officeChooseProvinceFirst: "先に省・市を選んでください",
  officeGroupCovering: "お住まいの社・坊の担当",
  officeGroupOther: "省内のその他の機関",
  officeAddress: "住所：{address}",
  officePhone: "電話番号：{phone}",
  commitmentLegend: "誓約",
  commitmentText: "私は、上記の内容が正確かつ真実であることについて法律上の全責任を負い、法律の定めに従って社会保険分野の電子取引を行うことを誓約します。",

  // Review and send
  reviewTitle: "入力内容の確認",
  reviewIntro: "送信する前によくお読みください。項目を変更するには「修正」を押してください。",
  reviewPersonal: "個人情報",
  reviewContact: "住所と連絡先",
  reviewPhotos: "写真",
  reviewOffice: "受付機関",
  reviewWho: "申告者",
  reviewAddress: "連絡先住所",
  reviewCommitment: "誓約済み",
  change: "修正",
  none: "なし",
  yes: "はい",
  no: "いいえ",
  submit: "申告書を送信",
  sending: "送信しています…",
  uploadProgressLabel: "申告書の送信の進み具合",
  uploadProgress: "{percent}% 送信済み",
  sendNetworkError: "接続が切れたか通信が遅すぎるため、送信できませんでした。入力した情報と写真はそのまま残っています。",
  sendServerError: "システムに問題が発生しているため、申告書を受け取れませんでした。入力した情報と写真はそのまま残っています。しばらくしてからもう一度お試しください。",
  sendRateLimited: "送信回数が多すぎます。{minutes} 分後にもう一度お試しください。入力した情報はそのまま残っています。",
  retry: "再試行",
  conflictTitle: "申告書を送信できませんでした",
  conflictExisting: "処理待ちの受付番号：{reference}",
  conflictExistingNext: "この申請の状況を見る",
  conflictAccountNext: "ご本人の場合はログインしてください。パスワードを忘れた場合は、新しいパスワードを取得できます。",
  conflictMaskedPhone: "登録済みの電話番号：{maskedPhone}",
  signIn: "ログイン",
  forgotPassword: "パスワードを忘れた場合",
  correctionTitle: "申告書 {reference} の修正と再送信",
  correctionNotice: "申告書 {reference} は受理されませんでした。必要な情報を修正し、写真を選び直してから再送信してください。",
  correctionReason: "理由：{reason}",

  // Confirmation page
  sentTitle: "申告書を送信しました",
  sentReferenceLabel: "あなたの受付番号",
  sentKeepCode: "申告書の状況を照会するため、この受付番号を控えておいてください。",
  sentNextTitle: "次に行うこと",
  sentDeadline: "提出期限：{date}。この期限までに、受付の社会保険機関へ次のものをお持ちください：",
  sentBringForm: "印刷し、署名して氏名を明記した申告書01 (Tờ khai 01)",
  sentBringId: "申告した身分証明書の原本",
  sentExpiryWarning: "期限までに提出しなかった場合、申告書は自動的に取り消され、申告をやり直す必要があります。",
  sentOfficeTitle: "受付の社会保険機関",
  sentAfterApproval: "申請が承認されると、ユーザー名とパスワードが、申告した電話番号に SMS で送られます。",
  sentPrint: "申告書を印刷",
  sentDownload: "申告書をダウンロード (PDF)",
  sentLookup: "申請状況を照会",

  // Status look-up
  lookupTitle: "申請状況の照会",
  lookupIntro: "申告書に印字された受付番号と、申告した身分証明書の番号を入力してください。",
  lookupReferenceLabel: "受付番号",
  lookupReferenceHint: "例：TK-7KQ4-M9XD",
  lookupIdNumberLabel: "身分証明書の番号",
  lookupIdNumberHint: "申告書に記入した CCCD、CMND またはパスポートの番号",
  lookupSubmit: "照会する",
  lookupNotFound: "入力した受付番号と書類番号に一致する申請が見つかりませんでした。両方をご確認のうえ、もう一度お試しください。",
  lookupRateLimited: "照会の回数が多すぎます。{minutes} 分後にもう一度お試しください。",
  lookupFailed: "システムに問題が発生しています。しばらくしてからもう一度お試しください。",
  lookupResultTitle: "申請 {reference}",
  lookupStatusLabel: "状況",
  status_submitted: "社会保険機関への提出待ち",
  status_approved: "承認済み",
  status_rejected: "却下",
  status_expired: "期限切れにより取り消し",
  status_withdrawn: "取り下げ済み",
  timelineTitle: "処理の経過",
  timelineSent: "オンラインで申告書を送信",
  timelineDeadline: "社会保険機関への提出期限",
  timelineDecisionPending: "社会保険機関による確認と承認",
  timelineApproved: "社会保険機関が承認",
  timelineRejected: "社会保険機関が却下",
  timelineExpired: "期限切れにより申告書を取り消し",
  timelineWithdrawn: "申告書を取り下げ",
  timelineDone: "完了",
  timelineCurrent: "現在の段階",
  timelineUpcoming: "未着手",
  lookupOffice: "受付機関：{office}",
  lookupSubmittedNext: "印刷・署名した申告書と身分証明書の原本を、受付の社会保険機関へお持ちください。提出期限：{date}。",
  lookupApprovedNext: "電子取引のアカウントが作成されました。ユーザー名とパスワードは SMS で送信済みです。",
  lookupRejectedReason: "却下の理由：{reason}",
  lookupRejectedFixTitle: "必要な対応",
  fix_unclearPhoto: "十分に明るい場所で、顔写真と書類の写真を鮮明に、四隅まで写るように撮影し直してください。",
  fix_mismatchWithRecords: "氏名、生年月日、性別、社会保険番号が、健康保険証または社会保険手帳と一致しているかご確認ください。",
  fix_invalidDocument: "有効期限内の身分証明書を使い、番号、発行日、発行機関を正しく記入してください。",
  fix_notSigned: "申告書を印刷し直し、提出前に署名して氏名を明記してください。",
  fix_wrongOffice: "書類を提出しに行く社会保険機関を正しく選んでください。",
  fix_other: "上記の理由を確認し、該当する情報を修正してください。",
  lookupCorrect: "修正して再送信",
  lookupCorrectViaMessage:
    "修正して再送信するには、申告した電話番号（およびメールアドレス）に送られた却下のお知らせの SMS またはメールのリンクを開くか、申告書を送信した端末を使ってください。SMS を受け取れなくなった場合は、受付の社会保険機関へお越しください。",
  lookupExpiredNext: "社会保険機関への提出がないまま 10 日を過ぎたため、申告書は取り消されました。申告し直すことができます。",
  lookupWithdrawnNext: "申告書は取り下げられました。必要に応じて申告し直すことができます。",
  lookupDeclareAgain: "申告し直す",
  lookupAnother: "別の申請を照会",

  // server
  server_photoLabel_portrait: "顔写真",
  server_photoLabel_idFront: "書類の表面の写真",
  server_photoLabel_idBack: "書類の裏面の写真",
  server_photoMissing: "{label}：写真がありません。写真を追加して再送信してください",
  server_photoTooLarge: "{label} のサイズは {size} で、上限の {max} を超えています。小さい写真を選ぶか、撮影し直してください",
  server_photoTooManyPixels: "{label} の画像サイズが大きすぎます（{width}×{height} ピクセル、上限 {maxMegapixels} メガピクセル）。別の写真を選ぶか、撮影し直してください",
  server_photoUnsupportedType: "{label} は JPG、PNG、WebP、HEIC のいずれの写真でもありません。正しい写真ファイルを選んでください",
  server_photoHeicUnsupported: "{label} は、システムがまだ読み取れない HEIC 形式です。JPG または PNG の写真を選ぶか、「撮影する」ボタンで撮影し直してください",
  server_photoUnreadable: "{label} を読み取れません。ファイルが破損している可能性があります。撮影し直すか、別の写真を選んでください",
  server_photoTooSmall: "{label} は小さすぎるため（{width}×{height} ピクセル）、はっきり読み取れません。{minWidth}×{minHeight} ピクセル以上必要です。もっと近づいて撮影し直してください",
  server_bodyTooLarge: "送信データが大きすぎます（申告書と写真の合計で最大 {max} MB、写真 1 枚あたり最大 10 MB）",
  server_multipartRequired: "申告書は multipart/form-data 形式で、declaration 部分 (JSON) と写真 portrait、idFront、idBack を含めて送信してください",
  server_declarationPartInvalid: "declaration 部分は、申告書の情報を含む有効な JSON オブジェクトである必要があります",
  server_idempotencyKeyInvalid: "Idempotency-Key は、英字、数字、ハイフン、アンダースコア、ピリオド、コロンからなる 8～200 文字である必要があります",
  server_idempotencyKeyReused: "この Idempotency-Key は、内容の異なる別の要求に使用済みです。新しい申告書ごとに新しいキーが必要です",
  server_communeNotInProvince: "選んだ社・坊・特区は、選んだ省・市に属していません。社・坊・特区を選び直してください",
  server_officeUnavailable: "選んだ社会保険機関は一覧にないか、申告書の受付を停止しています。別の社会保険機関を選んでください",
  server_pendingDeclarationExists: "この書類番号には、{office} への提出待ちの申告書 {reference} があり、提出期限は {deadline} です。申告し直す必要はありません。期限までに、印刷・署名した申告書と書類の原本を社会保険機関へお持ちください。情報を修正する必要がある場合は、以前の申告書が提出期限切れで自動的に取り消されるのを待つか、社会保険機関に以前の申告書の取り消しを依頼し、そのうえで申告し直してください",
  server_accountExists: "社会保険番号 {bhxhCode} には、電話番号 {maskedPhone} で登録された電子取引アカウントがすでにあります。ログインしてください。パスワードを忘れた場合は「パスワードを忘れた場合」を選ぶと、その電話番号で新しいパスワードを受け取れます",
  server_phoneBelongsToAnotherAccount: "電話番号 {phone} は、別の社会保険番号の電子取引アカウントで使用されています。1 つの電話番号は 1 つのアカウントにしか使えません。別の携帯電話番号を記入するか、ご自身の番号である場合は社会保険機関にお問い合わせください",
  server_submitRateLimited: "お使いのネットワークから送信された申告書が多すぎます。{minutes} 分後にもう一度お試しください。入力した情報は失われていません",
  server_lookupRateLimited: "照会の回数が多すぎます。{minutes} 分後にもう一度お試しください",
  server_notFound: "入力した受付番号と情報に一致する申請が見つかりませんでした。ご確認のうえ、もう一度お試しください",
  server_notRejected: "申告書 {reference} は却下の状態ではないため、修正して再送信することはできません",
  server_internalError: "システムに問題が発生しているため、要求を記録できませんでした。入力した情報は失われていません。しばらくしてからもう一度お試しください",
  server_queryParamInvalid: "パラメーター {param} が正しくありません",
  server_queryParamRequired: "パラメーター {param} がありません",
  server_replayUnavailable: "申告書 {reference} は前回の送信で受け付け済みです。受付番号と身分証明書の番号で状況を照会してください",
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
