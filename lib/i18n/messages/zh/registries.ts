// Chinese (Simplified) strings of the public registry look-ups (/tra-cuu/co-so-kcb, /tra-cuu/don-vi).
import type { Messages } from "../../catalog";

export const registries: Messages<"registries"> = {
  // Links from the home page and /tra-cuu
  facilitiesLinkTitle: "查询医疗保险定点医疗机构",
  facilitiesLinkBody: "按省、市、名称、诊疗级别、医疗保险（BHYT）诊疗合同以及能否开具社会保险休假证明查询医疗机构。",
  employersLinkTitle: "查询参加社会保险的用人单位",
  employersLinkBody: "按税号或名称查询用人单位的名称、地址和社会保险参保状态。",

  // /tra-cuu/co-so-kcb
  facilitiesTitle: "查询医疗机构",
  facilitiesIntro: "请选择省、市；也可以输入医疗机构名称（带或不带声调符号均可）并选择筛选条件。",
  facilityProvinceLabel: "省、市",
  facilityNameLabel: "医疗机构名称（选填）",
  facilityNameHint: "例如：Bệnh viện Bạch Mai 或 bach mai",
  levelLabel: "诊疗级别",
  levelAny: "全部级别",
  level_primary: "初级诊疗",
  level_basic: "基本诊疗",
  level_specialized: "专科诊疗",
  filtersLegend: "只显示以下医疗机构",
  bhytContractedOnly: "已签订医疗保险（BHYT）诊疗合同",
  issuesSickLeaveOnly: "可开具享受社会保险待遇的休假证明",
  facilitiesResultHeading: "医疗机构",
  facilitiesResultCount: "本页共有 {count} 家医疗机构。",
  facilitiesNone: "没有符合条件的医疗机构。",
  facilityCode: "医疗机构代码",
  facilityLevel: "诊疗级别",
  facilityBhytContracted: "医疗保险诊疗合同",
  facilityIssuesSickLeave: "开具社会保险休假证明",
  yes: "是",
  no: "否",

  // /tra-cuu/don-vi
  employersTitle: "查询参加社会保险的用人单位",
  employersIntro: "按税号或名称（带或不带声调符号均可）查询用人单位。结果只包含单位的公开信息，不含任何劳动者的信息。",
  employerQueryLabel: "税号或单位名称",
  employerQueryHint: "例如：0101234567 或 may mac",
  employerProvinceLabel: "省、市（选填）",
  provinceAll: "全部省、市",
  employersResultHeading: "用人单位",
  employersResultCount: "本页共有 {count} 个用人单位。",
  employersNone: "没有符合条件的用人单位。",
  employerCode: "单位编号",
  employerTaxCode: "税号",
  employerTaxCodeNone: "暂无",
  employerStatus: "社会保险参保状态",
  status_participating: "正在参保",
  status_notParticipating: "目前没有在保劳动者",

  // Shared by both pages
  address: "地址",
  submit: "查询",
  nextPage: "下一页",
  firstPage: "返回第一页",
  nameTooShort: "请至少输入名称中的 {min} 个字母或数字",
  nameTooLong: "查询内容最多 {max} 个字符",
  levelInvalid: "诊疗级别无效",
  flagInvalid: "筛选条件无效",
  taxCodeInvalid: "税号为 10 位数字，或 10 位数字加连字符和 3 位数字（分支机构）",
  employerQueryRequired: "请输入税号或单位名称",
};
