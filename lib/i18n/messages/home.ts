export const home = {
  vi: {
    title: "Giao dịch điện tử với cơ quan Bảo hiểm xã hội",
    lead: "Đăng ký một lần để nộp hồ sơ, tra cứu quá trình tham gia và dùng ứng dụng VssID bằng tài khoản của chính bạn.",
    servicesHeading: "Dịch vụ",
    registerTitle: "Đăng ký giao dịch điện tử",
    registerBody: "Kê khai Tờ khai 01 trực tuyến, tải ảnh giấy tờ và chọn cơ quan BHXH tiếp nhận.",
    lookupTitle: "Tra cứu hồ sơ",
    lookupBody: "Xem tình trạng tờ khai bằng mã hồ sơ và số giấy tờ tùy thân.",
    signInTitle: "Đăng nhập",
    signInBody: "Đăng nhập bằng mã số BHXH và mật khẩu đã được gửi qua tin nhắn.",
    staffTitle: "Cán bộ BHXH",
    staffBody: "Dành cho cán bộ tiếp nhận và duyệt hồ sơ tại cơ quan BHXH.",
    stepsHeading: "Các bước đăng ký",
    step1: "Kê khai trực tuyến và nhận mã hồ sơ cùng Tờ khai 01 để in.",
    step2: "Trong {days} ngày, mang tờ khai đã ký và giấy tờ tùy thân bản chính đến cơ quan BHXH đã chọn.",
    step3: "Sau khi được duyệt, bạn nhận tên đăng nhập và mật khẩu qua tin nhắn SMS (và email nếu có).",
    // --- main action (issue 11 §5) ---
    registerAction: "Bắt đầu đăng ký",
    // --- end main action (issue 11 §5) ---
  },
  en: {
    title: "Electronic transactions with Vietnam Social Security",
    lead: "Register once to file documents, look up your participation history and use the VssID app with your own account.",
    servicesHeading: "Services",
    registerTitle: "Register for electronic transactions",
    registerBody: "Fill in Declaration 01 online, upload photos of your ID and choose the receiving BHXH office.",
    lookupTitle: "Track a declaration",
    lookupBody: "See the status of a declaration with its reference code and your ID number.",
    signInTitle: "Sign in",
    signInBody: "Sign in with your social insurance number and the password sent to you by text message.",
    staffTitle: "BHXH staff",
    staffBody: "For officers who receive and verify declarations at BHXH offices.",
    stepsHeading: "How to register",
    step1: "Declare online and get a reference code and Declaration 01 to print.",
    step2: "Within {days} days, bring the signed form and your original ID to the office you chose.",
    step3: "Once approved, you receive your user name and password by SMS (and email if given).",
    // --- main action (issue 11 §5) ---
    registerAction: "Start registering",
    // --- end main action (issue 11 §5) ---
  },
};
