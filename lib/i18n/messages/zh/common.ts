// Simplified Chinese strings shared by every page: the portal's name, navigation, layout.
import type { Messages } from "../../catalog";

export const common: Messages<"common"> = {
  portalName: "越南社会保险机构电子交易登记门户",
  agency: "越南社会保险",
  skipToContent: "跳至主要内容",
  mainNav: "主导航",
  language: "语言",
  switchTo: "Tiếng Việt",
  switchToLabel: "Chuyển sang tiếng Việt",
  home: "首页",
  footer: "越南社会保险电子信息门户。本演示版中的数据均为模拟数据。",
  backHome: "返回首页",
  notFoundTitle: "未找到页面",
  notFoundBody: "您要找的页面不存在或已被移动。",
  errorTitle: "发生错误",
  errorBody: "系统出现故障。您已输入的信息没有丢失，请重试。",
  retry: "重试",
  errorTitlePrefix: "错误：",
};
