// Japanese strings of the portal's frame: the agency header, the footer and the personal-data protection page.
import type { Messages } from "../../catalog";

export const site: Messages<"site"> = {
  ministry: "財務省",
  agency: "ベトナム社会保険",
  staffArea: "職員用ページ",
  footerManagedBy: "管轄機関：ベトナム社会保険（財務省所管）",
  footerAddress: "所在地：ハノイ市ホアンキエム区チャンティ通り 7 番地",
  footerHotline: "サポート窓口：",
  footerLinksLabel: "このポータルについて",
  footerDemo: "このデモ版のデータは架空のものです。",
  privacyLink: "個人データ保護方針",
  privacyTitle: "個人データ保護方針",
  privacyLead:
    "このページでは、ポータルがあなたのどの個人データを収集するか、その目的、保存期間、閲覧できる者、そして個人データ保護法（第 91/2025/QH15 号）および政令第 13/2023/NĐ-CP 号に基づくあなたの権利について説明します。",
  privacyControllerHeading: "あなたのデータを取り扱う者",
  privacyController:
    "ベトナム社会保険（ハノイ市ホアンキエム区チャンティ通り 7 番地）が、このポータルを通じて送信された個人データの管理者および処理者です。",
  privacyCollectedHeading: "収集するデータ",
  privacyCollected1: "氏名、生年月日、性別、国籍、社会保険番号。",
  privacyCollected2: "身分証明書（CCCD、旧身分証明書 (CMND) またはパスポート）の種類、番号、発行日、発行場所。",
  privacyCollected3: "連絡先住所、携帯電話番号、メールアドレス（入力した場合）。",
  privacyCollected4: "顔写真と身分証明書の両面の写真。これらは要配慮個人データであり、書類を提出しに来られた際の本人確認にのみ使用します。",
  privacyCollected5: "ポータル利用時の技術情報（日時、IP アドレス）。安全確保とアクセスログの記録のために使用します。",
  privacyPurposeHeading: "利用目的",
  privacyPurpose:
    "データは、社会保険機関との電子取引の登録申告書の受付と処理にのみ使用します。具体的には、国の保険データベースとの照合、社会保険機関にお越しいただいた際の本人確認、受付番号と結果の SMS またはメールでの通知、取引アカウントの作成です。データを広告に使用することはなく、法律が定める場合を除き、販売したり第三者に提供したりすることはありません。",
  privacyRetentionHeading: "保存期間",
  privacyRetentionWindow: "申告書は送信から {days} 日間、書類の提出をお待ちします。期限を過ぎると、申告書は自動的に取り消されます。",
  privacyRetentionPhotos:
    "申告書が成立しなかった場合（期限切れによる取消し、取下げ、または却下後に再送信されなかった場合）、顔写真と書類の写真は申告書の終了から {days} 日後に削除されます。",
  privacyRetentionRecord: "承認された記録（写真を含む）、申告書の内容および処理ログは、法律が定める社会保険記録の保存期間にわたって保存されます。",
  privacyAccessHeading: "データを閲覧できる者",
  privacyAccess:
    "あなたが書類の提出先に選んだ社会保険機関の職員のうち、その地域の権限を与えられた者、およびベトナム社会保険の監督者と管理者のみです。写真の閲覧、承認、却下はすべて、改ざんできないログに記録されます。",
  privacyRightsHeading: "あなたの権利",
  privacyRights1: "自分のデータの取扱いについて知らされる権利（このページのように）。",
  privacyRights2: "同意する、または同意しない権利。同意しない場合でも、社会保険機関で直接登録することができます。",
  privacyRights3: "データの閲覧、訂正または削除の請求、同意の撤回、処理の制限の請求を行う権利。",
  privacyRights4: "法律の定めるところにより、苦情申立て、告発、提訴および損害賠償請求を行う権利。",
  privacyHowHeading: "権利の行使方法",
  privacyHow:
    "サポート窓口 {hotline} にお電話いただくか、身分証明書を持っていずれかの社会保険機関にお越しください。処理待ちの申告書は、「申請状況の照会」ページで受付番号を使って照会し、取り下げることができます。ご請求には法律が定める期間内に回答します。",
  privacyConsentHeading: "あなたの同意",
  privacyConsent: "申告書を送信する前に、社会保険機関がこの方針に従って個人データを処理することに同意するチェックボックスにチェックを入れます。同意がなければ、申告書は送信されません。",
  privacyLookupLink: "申請状況の照会",
};
