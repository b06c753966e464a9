// Simplified Chinese messages of the portal's frame: the agency header, the footer and the personal-data
// protection page (/chinh-sach-bao-ve-du-lieu).
import type { Messages } from "../../catalog";

export const site: Messages<"site"> = {
  ministry: "财政部",
  agency: "越南社会保险",
  staffArea: "工作人员专区",
  footerManagedBy: "主管机构：越南社会保险，隶属于财政部",
  footerAddress: "地址：河内市还剑坊长施街 7 号 (Số 7 Tràng Thi, phường Hoàn Kiếm, Hà Nội)",
  footerHotline: "支持热线：",
  footerLinksLabel: "关于本门户",
  footerDemo: "本演示版中的数据均为模拟数据。",
  privacyLink: "个人数据保护政策",
  privacyTitle: "个人数据保护政策",
  privacyLead:
    "本页说明本门户收集您的哪些个人数据、用于什么目的、保存多长时间、谁可以查看，以及您根据第 91/2025/QH15 号《个人数据保护法》和第 13/2023/NĐ-CP 号议定享有哪些权利。",
  privacyControllerHeading: "谁处理您的数据",
  privacyController:
    "越南社会保险（河内市还剑坊长施街 7 号）是您通过本门户提交的个人数据的控制方和处理方。",
  privacyCollectedHeading: "收集的数据",
  privacyCollected1: "姓名、出生日期、性别、国籍、社会保险号。",
  privacyCollected2: "身份证件（CCCD、CMND 或护照）的类型、号码、签发日期和签发地。",
  privacyCollected3: "联系地址、手机号码和电子邮箱地址（如果您填写）。",
  privacyCollected4: "人像照片和身份证件正反两面的照片。这些属于敏感个人数据，仅用于您前来提交档案时进行核对。",
  privacyCollected5: "您使用本门户时的技术信息（时间、IP 地址），用于保障安全和记录访问日志。",
  privacyPurposeHeading: "处理目的",
  privacyPurpose:
    "数据仅用于受理和办理向社会保险机构提交的电子交易登记申报表：与国家保险数据库进行核对，在您前往社会保险机构时核实身份，通过短信或电子邮件发送档案编号和办理结果，以及创建交易账户。数据不会用于广告，除法律规定的情形外，不会出售或转交给第三方。",
  privacyRetentionHeading: "保存期限",
  privacyRetentionWindow: "申报表自提交之日起等待您前来提交档案 {days} 天；逾期后，申报表将自动作废。",
  privacyRetentionPhotos:
    "如果申报表未能办成（因逾期作废、被撤回，或被拒绝后未重新提交），人像照片和证件照片将在申报表结束 {days} 天后删除。",
  privacyRetentionRecord: "审核通过的档案（包括照片）、申报表信息和处理日志按照法律规定的社会保险档案保存期限保存。",
  privacyAccessHeading: "谁可以查看数据",
  privacyAccess:
    "只有您选择提交档案的社会保险机构中按辖区获得授权的工作人员，以及越南社会保险的监督和管理人员。每次查看照片、审核通过或拒绝都会记录在不可修改的日志中。",
  privacyRightsHeading: "您的权利",
  privacyRights1: "了解您的数据如何被处理（如本页所述）。",
  privacyRights2: "同意或不同意；如果不同意，您仍可直接到社会保险机构办理登记。",
  privacyRights3: "查看数据、要求更正或删除数据；撤回同意；要求限制处理。",
  privacyRights4: "依照法律规定进行投诉、举报、起诉并要求赔偿损失。",
  privacyHowHeading: "如何行使权利",
  privacyHow:
    "请拨打热线 {hotline}，或携带身份证件前往任一社会保险机构。您可以在“查询档案”页面凭档案编号查询并撤回正在等待处理的申报表。我们将在法律规定的期限内答复您的请求。",
  privacyConsentHeading: "您的同意",
  privacyConsent: "提交申报表之前，您需勾选同意社会保险机构按照本政策处理您的个人数据。未经同意，申报表将不会提交。",
  privacyLookupLink: "查询档案",
};
