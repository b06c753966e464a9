// Strings of the "notifications" feature. Keys are the same in vi and en (a unit test checks it).
// Messages to citizens go out in Vietnamese. Keys ending in "Sms" are written with diacritics here
// and reduced to unaccented GSM-7 text when the SMS is built (lib/server/notifications/templates.ts);
// "SmsShort" variants drop the link when the full text would not fit in one 160-character SMS.
export const notifications = {
  vi: {
    emailAgency: "Bảo hiểm xã hội Việt Nam",
    emailGreeting: "Kính gửi ông/bà {name},",
    emailGreetingGeneric: "Kính gửi Quý ông/bà,",
    emailAutomated: "Đây là thư tự động từ Cổng đăng ký giao dịch điện tử với cơ quan BHXH. Vui lòng không trả lời thư này.",
    emailLinkFallback: "Nếu nút trên không hoạt động, hãy sao chép địa chỉ sau vào trình duyệt:",
    referenceLabel: "Mã tờ khai",
    officeLabel: "Cơ quan BHXH tiếp nhận",
    officeAddressLabel: "Địa chỉ",
    deadlineLabel: "Hạn nộp tại cơ quan BHXH",

    approvalSubject: "Tài khoản giao dịch điện tử với cơ quan BHXH đã được cấp",
    approvalHeading: "Tài khoản của bạn đã được cấp",
    approvalIntro:
      "Cơ quan BHXH đã duyệt tờ khai đăng ký giao dịch điện tử của bạn. Tài khoản đã được kích hoạt với thông tin đăng nhập sau:",
    approvalUsernameLabel: "Tên đăng nhập (mã số BHXH)",
    approvalPasswordLabel: "Mật khẩu tạm thời",
    approvalChangePassword:
      "Khi đăng nhập lần đầu, bạn sẽ được yêu cầu đổi mật khẩu tạm thời này. Sau đó, mật khẩu cần được đổi ít nhất 6 tháng một lần.",
    approvalKeepSecret: "Không cung cấp mật khẩu cho bất kỳ ai. Cán bộ BHXH không bao giờ hỏi mật khẩu của bạn.",
    approvalAction: "Đăng nhập",
    approvalSms: "Tài khoản điện tử BHXH đã được cấp. Tên đăng nhập: {username}, mật khẩu tạm: {password}. Đăng nhập tại {url} để đổi mật khẩu.",
    approvalSmsShort:
      "Tài khoản điện tử BHXH đã được cấp. Tên đăng nhập: {username}, mật khẩu tạm: {password}. Hãy đổi mật khẩu khi đăng nhập lần đầu.",

    rejectionSubject: "Tờ khai {reference} chưa được chấp nhận",
    rejectionHeading: "Tờ khai của bạn chưa được chấp nhận",
    rejectionIntro: "Cơ quan BHXH đã xem xét tờ khai đăng ký giao dịch điện tử mã {reference} và chưa chấp nhận vì lý do sau:",
    rejectionReasonLabel: "Lý do",
    rejectionNoteLabel: "Ghi chú của cán bộ BHXH",
    rejectionWhatToFix:
      "Vui lòng sửa những thông tin nêu trên (kiểm tra lại cả ảnh chân dung và ảnh giấy tờ), rồi gửi lại tờ khai. Bạn không cần khai lại từ đầu: tờ khai sửa giữ nguyên mã {reference}.",
    rejectionAction: "Sửa và gửi lại tờ khai",
    rejectionSms: "Tờ khai {reference} chưa được chấp nhận. Lý do: {reason}. Sửa và gửi lại tại {url}",
    rejectionSmsShort: "Tờ khai {reference} chưa được chấp nhận. Lý do: {reason}. Tra cứu mã tờ khai trên cổng BHXH để sửa và gửi lại.",

    deadlineSubject: "Nhắc hạn nộp hồ sơ: tờ khai {reference}",
    deadlineHeading: "Sắp hết hạn nộp hồ sơ tại cơ quan BHXH",
    deadlineIntro: "Tờ khai đăng ký giao dịch điện tử mã {reference} của bạn đang chờ bạn đến nộp hồ sơ.",
    deadlineBring:
      "Vui lòng mang tờ khai đã in và ký, cùng bản gốc giấy tờ tùy thân, đến cơ quan BHXH dưới đây chậm nhất ngày {deadline}:",
    deadlineWarning: "Quá hạn này, tờ khai sẽ tự động bị hủy và bạn phải khai lại.",
    deadlineSms:
      "Nhắc hạn: mang tờ khai {reference} đã ký và bản gốc giấy tờ đến {office}, {address} chậm nhất ngày {deadline}, quá hạn tờ khai bị hủy.",
    deadlineSmsShort: "Nhắc hạn: mang tờ khai {reference} đã ký và bản gốc giấy tờ đến {office} chậm nhất ngày {deadline}.",

    expirySubject: "Tờ khai {reference} đã bị hủy do quá hạn",
    expiryHeading: "Tờ khai đã bị hủy do quá hạn nộp hồ sơ",
    expiryIntro:
      "Tờ khai đăng ký giao dịch điện tử mã {reference} đã tự động bị hủy vì hồ sơ không được nộp tại cơ quan BHXH trong thời hạn.",
    expiryHowTo:
      "Nếu vẫn muốn giao dịch điện tử với cơ quan BHXH, bạn hãy khai một tờ khai mới, rồi in, ký và mang tờ khai cùng bản gốc giấy tờ tùy thân đến cơ quan BHXH đã chọn trước hạn ghi trên tờ khai.",
    expiryAction: "Khai tờ khai mới",
    expirySms: "Tờ khai {reference} đã bị hủy vì quá hạn nộp hồ sơ. Để đăng ký lại, hãy khai tờ khai mới tại {url}",
    expirySmsShort: "Tờ khai {reference} đã bị hủy vì quá hạn nộp hồ sơ. Để đăng ký lại, hãy khai tờ khai mới trên cổng BHXH.",

    otpSubject: "Mã xác thực giao dịch điện tử BHXH",
    otpHeading: "Mã xác thực của bạn",
    otpIntroNewDevice: "Có yêu cầu đăng nhập tài khoản của bạn trên một thiết bị mới. Mã xác thực là:",
    otpIntroPasswordReset: "Có yêu cầu đặt lại mật khẩu tài khoản của bạn. Mã xác thực là:",
    otpCodeLabel: "Mã xác thực",
    otpValidity: "Mã có hiệu lực trong {minutes} phút.",
    otpNeverShare: "Tuyệt đối không cung cấp mã này cho bất kỳ ai, kể cả người xưng là cán bộ BHXH.",
    otpNotYou: "Nếu bạn không thực hiện yêu cầu này, hãy bỏ qua thư và đổi mật khẩu ngay.",
    otpSmsNewDevice: "Mã đăng nhập thiết bị mới: {code}, hiệu lực {minutes} phút. KHÔNG cung cấp mã này cho bất kỳ ai, kể cả cán bộ BHXH.",
    otpSmsPasswordReset: "Mã đặt lại mật khẩu: {code}, hiệu lực {minutes} phút. KHÔNG cung cấp mã này cho bất kỳ ai, kể cả cán bộ BHXH.",

    passwordExpirySubject: "Mật khẩu giao dịch điện tử BHXH sắp hết hạn",
    passwordExpiryHeading: "Mật khẩu của bạn sắp hết hạn",
    passwordExpiryIntro: "Mật khẩu tài khoản giao dịch điện tử BHXH của bạn sẽ hết hạn {when}.",
    passwordExpiryInDays: "sau {days} ngày",
    passwordExpiryToday: "trong hôm nay",
    passwordExpiryWhy:
      "Để bảo vệ tài khoản, mật khẩu cần được đổi ít nhất 6 tháng một lần. Khi mật khẩu đã hết hạn, bạn sẽ phải đổi mật khẩu ngay lúc đăng nhập.",
    passwordExpiryAction: "Đổi mật khẩu",
    passwordExpirySms: "Mật khẩu tài khoản điện tử BHXH sẽ hết hạn {when}. Vui lòng đổi mật khẩu tại {url}",
    passwordExpirySmsShort: "Mật khẩu tài khoản điện tử BHXH sẽ hết hạn {when}. Vui lòng đăng nhập cổng BHXH để đổi mật khẩu.",

    receivedSubject: "Đã nhận tờ khai {reference}",
    receivedHeading: "Tờ khai của bạn đã được ghi nhận",
    receivedIntro:
      "Tờ khai đăng ký giao dịch điện tử của bạn đã được ghi nhận với mã {reference}. Tờ khai (bản PDF) được đính kèm thư này.",
    receivedNextSteps:
      "Bước tiếp theo: in tờ khai, ký và ghi rõ họ tên, rồi mang tờ khai cùng bản gốc giấy tờ tùy thân đến cơ quan BHXH dưới đây chậm nhất ngày {deadline}.",
    receivedWarning: "Quá hạn này, tờ khai sẽ tự động bị hủy.",
    receivedTrack: "Bạn có thể tra cứu tình trạng tờ khai bất cứ lúc nào bằng mã {reference}.",
    receivedAction: "Tra cứu tờ khai",
    receivedSms: "Đã nhận tờ khai {reference}. In, ký và mang tờ khai cùng bản gốc giấy tờ đến {office} chậm nhất ngày {deadline}.",

    // The test mailbox (/hop-thu-thu-nghiem), shown only while messages go to the outbox.
    mailboxTitle: "Hộp thư thử nghiệm",
    mailboxIntro: "Mọi tin nhắn SMS và thư điện tử cổng đã gửi, mới nhất trước. Ở chế độ thử nghiệm không tin nào rời khỏi máy chủ: chúng chỉ hiện ở đây.",
    mailboxWarning: "Trang này chỉ có khi chưa cấu hình dịch vụ gửi SMS hoặc email thật. Mật khẩu tạm thời và mã OTP hiện đầy đủ.",
    mailboxFilterLabel: "Người nhận",
    mailboxFilterHint: "Số điện thoại (0912345678) hoặc địa chỉ email",
    mailboxFilterSubmit: "Lọc",
    mailboxFilterClear: "Xem tất cả",
    mailboxInvalidRecipient: "Không nhận ra số điện thoại hoặc địa chỉ email này.",
    mailboxErrorTitle: "Có lỗi cần sửa",
    mailboxCount: "{count} tin",
    mailboxCountFor: "{count} tin gửi tới {to}",
    mailboxEmpty: "Chưa có tin nào.",
    mailboxListLabel: "Danh sách tin đã gửi",
    mailboxChannelSms: "SMS",
    mailboxChannelEmail: "Email",
    mailboxSmsHeading: "SMS tới {to}",
    mailboxTime: "Thời gian",
    mailboxRecipient: "Người nhận",
    mailboxSubject: "Tiêu đề",
    mailboxStatus: "Trạng thái",
    mailboxStatusPending: "Đang chờ gửi",
    mailboxStatusSent: "Đã gửi",
    mailboxStatusFailed: "Gửi không được",
    mailboxSentAt: "Gửi lúc {time}",
    mailboxHtmlPreview: "Xem bản HTML của thư",
    mailboxHtmlFrameTitle: "Bản HTML của thư: {subject}",
  },
  en: {
    emailAgency: "Vietnam Social Security",
    emailGreeting: "Dear {name},",
    emailGreetingGeneric: "Dear Sir or Madam,",
    emailAutomated:
      "This is an automatic message from the Electronic Transaction Registration Portal of Vietnam Social Security. Please do not reply.",
    emailLinkFallback: "If the button does not work, copy this address into your browser:",
    referenceLabel: "Declaration reference",
    officeLabel: "Receiving social security office",
    officeAddressLabel: "Address",
    deadlineLabel: "Deadline at the office",

    approvalSubject: "Your account for electronic transactions with Vietnam Social Security is ready",
    approvalHeading: "Your account has been issued",
    approvalIntro:
      "The social security office has approved your registration for electronic transactions. Your account is active with these sign-in details:",
    approvalUsernameLabel: "User name (social security number)",
    approvalPasswordLabel: "Temporary password",
    approvalChangePassword:
      "When you first sign in, you will be asked to change this temporary password. After that, change your password at least every 6 months.",
    approvalKeepSecret: "Never share your password. Social security staff will never ask for it.",
    approvalAction: "Sign in",
    approvalSms: "Your BHXH e-account is ready. User name: {username}, temporary password: {password}. Sign in at {url} to change it.",
    approvalSmsShort: "Your BHXH e-account is ready. User name: {username}, temporary password: {password}. Change it when you first sign in.",

    rejectionSubject: "Declaration {reference} was not accepted",
    rejectionHeading: "Your declaration was not accepted",
    rejectionIntro:
      "The social security office reviewed your declaration {reference} for electronic transactions and could not accept it, for this reason:",
    rejectionReasonLabel: "Reason",
    rejectionNoteLabel: "Officer's note",
    rejectionWhatToFix:
      "Please correct the details above (check the portrait and the ID photos as well) and send the declaration again. You do not need to start over: the corrected declaration keeps the reference {reference}.",
    rejectionAction: "Correct and resend the declaration",
    rejectionSms: "Declaration {reference} was not accepted. Reason: {reason}. Correct and resend at {url}",
    rejectionSmsShort: "Declaration {reference} was not accepted. Reason: {reason}. Look up the reference on the BHXH portal to correct it.",

    deadlineSubject: "Reminder: bring your file for declaration {reference}",
    deadlineHeading: "Your deadline at the social security office is near",
    deadlineIntro: "Your declaration {reference} for electronic transactions is waiting for you to bring your file.",
    deadlineBring:
      "Please bring the printed and signed declaration, with your original ID document, to the office below no later than {deadline}:",
    deadlineWarning: "After this date the declaration is cancelled automatically and you will have to declare again.",
    deadlineSms: "Reminder: bring signed declaration {reference} and your original ID to {office}, {address} by {deadline} or it is cancelled.",
    deadlineSmsShort: "Reminder: bring signed declaration {reference} and your original ID to {office} by {deadline}.",

    expirySubject: "Declaration {reference} was cancelled: deadline passed",
    expiryHeading: "Your declaration was cancelled because the deadline passed",
    expiryIntro:
      "Your declaration {reference} for electronic transactions was cancelled automatically because the file was not brought to the social security office in time.",
    expiryHowTo:
      "If you still want electronic transactions with Vietnam Social Security, fill in a new declaration, then print it, sign it and bring it with your original ID document to the office you chose before the deadline printed on it.",
    expiryAction: "Fill in a new declaration",
    expirySms: "Declaration {reference} was cancelled: the deadline passed. To register again, fill in a new declaration at {url}",
    expirySmsShort: "Declaration {reference} was cancelled: the deadline passed. To register again, fill in a new declaration on the BHXH portal.",

    otpSubject: "Your Vietnam Social Security verification code",
    otpHeading: "Your verification code",
    otpIntroNewDevice: "Someone asked to sign in to your account on a new device. The verification code is:",
    otpIntroPasswordReset: "Someone asked to reset the password of your account. The verification code is:",
    otpCodeLabel: "Verification code",
    otpValidity: "The code is valid for {minutes} minutes.",
    otpNeverShare: "Never give this code to anyone, even someone who says they work for social security.",
    otpNotYou: "If you did not ask for this, ignore this message and change your password now.",
    otpSmsNewDevice: "New device sign-in code: {code}, valid {minutes} minutes. NEVER give this code to anyone, even BHXH staff.",
    otpSmsPasswordReset: "Password reset code: {code}, valid {minutes} minutes. NEVER give this code to anyone, even BHXH staff.",

    passwordExpirySubject: "Your Vietnam Social Security password expires soon",
    passwordExpiryHeading: "Your password expires soon",
    passwordExpiryIntro: "The password of your electronic transaction account expires {when}.",
    passwordExpiryInDays: "in {days} days",
    passwordExpiryToday: "today",
    passwordExpiryWhy:
      "To protect your account, change your password at least every 6 months. Once it has expired, you will have to change it when you sign in.",
    passwordExpiryAction: "Change my password",
    passwordExpirySms: "Your BHXH e-account password expires {when}. Please change it at {url}",
    passwordExpirySmsShort: "Your BHXH e-account password expires {when}. Please sign in to the BHXH portal to change it.",

    receivedSubject: "Declaration {reference} received",
    receivedHeading: "Your declaration has been recorded",
    receivedIntro:
      "Your declaration for electronic transactions has been recorded with the reference {reference}. The declaration (PDF) is attached to this email.",
    receivedNextSteps:
      "Next step: print the declaration, sign it with your full name, and bring it with your original ID document to the office below no later than {deadline}.",
    receivedWarning: "After this date the declaration is cancelled automatically.",
    receivedTrack: "You can check the status of your declaration at any time with the reference {reference}.",
    receivedAction: "Check my declaration",
    receivedSms: "Declaration {reference} received. Print, sign and bring it with your original ID to {office} by {deadline}.",

    mailboxTitle: "Test mailbox",
    mailboxIntro: "Every SMS and email the portal has sent, newest first. In test mode no message leaves the server: they only appear here.",
    mailboxWarning: "This page exists only while no real SMS or email service is configured. Temporary passwords and one-time codes are shown in full.",
    mailboxFilterLabel: "Recipient",
    mailboxFilterHint: "A phone number (0912345678) or an email address",
    mailboxFilterSubmit: "Filter",
    mailboxFilterClear: "Show all",
    mailboxInvalidRecipient: "This is not a phone number or an email address we recognise.",
    mailboxErrorTitle: "There is a problem",
    mailboxCount: "{count} messages",
    mailboxCountFor: "{count} messages to {to}",
    mailboxEmpty: "No messages yet.",
    mailboxListLabel: "Messages sent",
    mailboxChannelSms: "SMS",
    mailboxChannelEmail: "Email",
    mailboxSmsHeading: "SMS to {to}",
    mailboxTime: "Time",
    mailboxRecipient: "Recipient",
    mailboxSubject: "Subject",
    mailboxStatus: "Status",
    mailboxStatusPending: "Waiting to be sent",
    mailboxStatusSent: "Sent",
    mailboxStatusFailed: "Could not be sent",
    mailboxSentAt: "Sent at {time}",
    mailboxHtmlPreview: "Show the HTML version of the email",
    mailboxHtmlFrameTitle: "HTML version of the email: {subject}",
  },
};
