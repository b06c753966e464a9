// Japanese strings of the home page.
import type { Messages } from "../../catalog";

export const home: Messages<"home"> = {
  title: "社会保険機関との電子取引",
  lead: "一度登録すれば、ご自身のアカウントで書類の提出、加入履歴の照会、VssID アプリの利用ができます。",
  servicesHeading: "サービス",
  registerTitle: "電子取引の登録",
  registerBody: "申告書01 (Tờ khai 01) をオンラインで記入し、身分証明書の写真をアップロードして、受付を行う社会保険機関を選びます。",
  lookupTitle: "申請状況の照会",
  lookupBody: "受付番号と身分証明書の番号で申告書の処理状況を確認できます。",
  signInTitle: "ログイン",
  signInBody: "社会保険番号と、SMS で届いたパスワードでログインします。",
  staffTitle: "社会保険職員",
  staffBody: "社会保険機関で申請の受付・審査を行う職員向けです。",
  stepsHeading: "登録の手順",
  step1: "オンラインで申告し、受付番号と印刷用の申告書01を受け取ります。",
  step2: "{days} 日以内に、署名した申告書と身分証明書の原本を、選んだ社会保険機関に持参します。",
  step3: "承認されると、ユーザー名とパスワードが SMS（メールアドレスを登録した場合はメールでも）で届きます。",
  // --- main action (issue 11 §5) ---
  registerAction: "登録を始める",
  // --- end main action (issue 11 §5) ---
};
