// Simplified Chinese strings of the home page.
import type { Messages } from "../../catalog";

export const home: Messages<"home"> = {
  title: "与社会保险机构进行电子交易",
  lead: "只需登记一次，即可使用您本人的账户提交材料、查询参保过程并使用 VssID 应用。",
  servicesHeading: "服务",
  registerTitle: "登记电子交易",
  registerBody: "在线填写申报表01 (Tờ khai 01)，上传证件照片并选择受理的社会保险机构。",
  lookupTitle: "查询档案",
  lookupBody: "凭档案编号和身份证件号码查看申报表的办理状态。",
  signInTitle: "登录",
  signInBody: "使用社会保险号和通过短信发送给您的密码登录。",
  staffTitle: "社会保险工作人员",
  staffBody: "供在社会保险机构受理和审核档案的工作人员使用。",
  stepsHeading: "登记步骤",
  step1: "在线申报，获取档案编号及可打印的申报表01。",
  step2: "请在 {days} 日内携带已签名的申报表和身份证件原件前往您所选择的社会保险机构。",
  step3: "审核通过后，您将通过短信（如填写了电子邮箱，也会通过电子邮件）收到登录名和密码。",
  // --- main action (issue 11 §5) ---
  registerAction: "开始登记",
  // --- end main action (issue 11 §5) ---
};
