// Japanese strings of the public registry look-ups (/tra-cuu/co-so-kcb, /tra-cuu/don-vi).
import type { Messages } from "../../catalog";

export const registries: Messages<"registries"> = {
  // Links from the home page and /tra-cuu
  facilitiesLinkTitle: "健康保険の医療機関の照会",
  facilitiesLinkBody: "省・市、名称、診療の段階、健康保険（BHYT）の診療契約、社会保険の休業証明書の発行の有無で医療機関を探します。",
  employersLinkTitle: "社会保険に加入している事業所の照会",
  employersLinkBody: "納税者番号または名称で、事業所の名称、所在地、社会保険の加入状況を調べます。",

  // /tra-cuu/co-so-kcb
  facilitiesTitle: "医療機関の照会",
  facilitiesIntro: "省・市を選んでください。医療機関の名称（声調記号の有無は問いません）を入力し、条件で絞り込むこともできます。",
  facilityProvinceLabel: "省・市",
  facilityNameLabel: "医療機関の名称（任意）",
  facilityNameHint: "例：Bệnh viện Bạch Mai または bach mai",
  levelLabel: "診療の段階",
  levelAny: "すべての段階",
  level_primary: "初期診療",
  level_basic: "基本診療",
  level_specialized: "専門診療",
  filtersLegend: "次の医療機関のみ表示",
  bhytContractedOnly: "健康保険（BHYT）の診療契約を結んでいる",
  issuesSickLeaveOnly: "社会保険の給付を受けるための休業証明書を発行できる",
  facilitiesResultHeading: "医療機関",
  facilitiesResultCount: "このページには {count} 件の医療機関があります。",
  facilitiesNone: "条件に合う医療機関はありません。",
  facilityCode: "医療機関コード",
  facilityLevel: "診療の段階",
  facilityBhytContracted: "健康保険の診療契約",
  facilityIssuesSickLeave: "社会保険の休業証明書の発行",
  yes: "あり",
  no: "なし",

  // /tra-cuu/don-vi
  employersTitle: "社会保険に加入している事業所の照会",
  employersIntro: "納税者番号または名称（声調記号の有無は問いません）で事業所を探します。結果は事業所の公開情報のみで、従業員に関する情報は含みません。",
  employerQueryLabel: "納税者番号または事業所名",
  employerQueryHint: "例：0101234567 または may mac",
  employerProvinceLabel: "省・市（任意）",
  provinceAll: "すべての省・市",
  employersResultHeading: "事業所",
  employersResultCount: "このページには {count} 件の事業所があります。",
  employersNone: "条件に合う事業所はありません。",
  employerCode: "事業所コード",
  employerTaxCode: "納税者番号",
  employerTaxCodeNone: "なし",
  employerStatus: "社会保険の加入状況",
  status_participating: "加入中",
  status_notParticipating: "現在加入している従業員なし",

  // Shared by both pages
  address: "所在地",
  submit: "検索",
  nextPage: "次のページ",
  firstPage: "最初のページへ",
  nameTooShort: "名称の文字または数字を {min} 文字以上入力してください",
  nameTooLong: "検索語は {max} 文字以内で入力してください",
  levelInvalid: "診療の段階が正しくありません",
  flagInvalid: "絞り込み条件の値が正しくありません",
  taxCodeInvalid: "納税者番号は 10 桁の数字、または 10 桁の数字とハイフンと 3 桁の数字（支店）です",
  employerQueryRequired: "納税者番号または事業所名を入力してください",
};
