#include "scaffold/new_site.h"

namespace plansite {

namespace {

// Placeholders name the invented commune "Ví Dụ" (examples/vi-du), so what to
// replace is plain, and they load as they are: the site builds at once.
const char* const kSiteYaml = R"(# site.yaml: cấu hình của cả trang. Mọi chữ tiếng Việt viết một mình (title: Chữ)
# hoặc kèm bản dịch tiếng Anh ({vi: Chữ, en: Text}). Thay "Ví Dụ" bằng tên xã của bạn.
# site.yaml: the whole site's settings. Every text is Vietnamese alone (title: Text)
# or with an English translation ({vi: Chữ, en: Text}). Replace "Ví Dụ" with your commune's name.
# Tài liệu / Guide: docs/content-format.md (Tiếng Việt), docs/content-format.en.md (English).

# Tên trang, hiện ở thanh đầu mọi trang (bắt buộc).
# The site's title, shown in every page's header (required).
title:
  vi: Kế hoạch và tiến độ thực hiện - xã Ví Dụ
  en: Plans and progress - Ví Dụ Commune

# Tên xã (bắt buộc).
# The commune's name (required).
commune:
  vi: xã Ví Dụ
  en: Ví Dụ Commune

# Tên tỉnh (không bắt buộc; xóa cả khối nếu không dùng).
# The province (optional; delete the block to leave it out).
province:
  vi: tỉnh Ví Dụ
  en: Ví Dụ Province

# Một câu giới thiệu trang (không bắt buộc).
# One sentence about the site (optional).
description:
  vi: Các kế hoạch của xã Ví Dụ và tiến độ thực hiện, công khai cho người dân.
  en: The plans of Ví Dụ Commune and how they are progressing, published for citizens.

# Ngôn ngữ: tiếng Việt luôn đứng đầu (ở /), tiếng Anh ở /en/ (bắt buộc).
# Languages: Vietnamese always first (served at /), English at /en/ (required).
languages: [vi, en]

# Địa chỉ của trang, kết thúc bằng "/" (bắt buộc). Địa chỉ .example không dẫn tới đâu:
# thay bằng địa chỉ thật của trang xã; chưa có thì ghi "/".
# The site's address, ending in "/" (required). A .example address reaches no one:
# replace it with the commune's real address, or write "/" until there is one.
base_url: https://vi-du.example/

# Giao diện: tên một thư mục trong themes/ (không bắt buộc; mặc định là giao diện có sẵn).
# The theme: a folder name under themes/ (optional; the built-in theme by default).
# theme: default

# Thông tin liên hệ của Văn phòng xã, hiện ở trang chủ (không bắt buộc). Điền thông tin
# thật rồi bỏ dấu # ở đầu các dòng; office là bắt buộc khi có contact.
# Where citizens reach the commune office, shown on the home page (optional). Fill in
# the real details and remove the # at the start of the lines; office is required with contact.
# contact:
#   office: {vi: Văn phòng HĐND và UBND xã Ví Dụ, en: Office of the People's Council and People's Committee of Ví Dụ Commune}
#   address: {vi: "Số 1, đường …, xã Ví Dụ", en: "No. 1, … Road, Ví Dụ Commune"}
#   phone: "0208 3856 123"
#   email: "ubnd@vi-du.example"
#   hours: {vi: "Thứ Hai đến Thứ Sáu, 7:30 - 17:00", en: "Monday to Friday, 7:30 - 17:00"}
)";

const char* const kAgenciesYaml = R"(# Mọi cơ quan, đơn vị, đoàn thể, xóm, tổ mà các kế hoạch nhắc tới, mỗi cơ quan một lần.
# Kế hoạch gọi cơ quan bằng mã (id). Sửa tên cho đúng xã của bạn; thêm cơ quan khi cần.
# Every agency, union, hamlet and team the plans name, each once. Plans refer to
# an agency by its id. Correct the names for your commune; add agencies as needed.
agencies:
  # Mã: chữ thường không dấu, số và dấu gạch ngang; không đổi sau khi đã công bố (bắt buộc).
  # The id: lowercase ASCII letters, digits and dashes; never changed once published (required).
  - id: dang-uy-xa
    # Tên đầy đủ (bắt buộc). / The full name (required).
    name: {vi: Đảng ủy xã Ví Dụ, en: Ví Dụ Commune Party Committee}
    # Tên ngắn, dùng trong bảng nhiệm vụ và dòng ký (không bắt buộc).
    # The short name, used in the task tables and the signer line (optional).
    short: {vi: Đảng ủy xã, en: Commune Party Committee}
    # Loại (bắt buộc): party, council, authority, front, union, division, centre, police,
    # health, education, enterprise, cooperative, team, hamlet, group.
    # The kind (required), one of the above.
    kind: party
  - id: ubnd-xa
    name: {vi: Ủy ban nhân dân xã Ví Dụ, en: Ví Dụ Commune People's Committee}
    short: {vi: UBND xã, en: Commune People's Committee}
    kind: authority
  - id: phong-van-hoa-xa-hoi
    name: {vi: Phòng Văn hóa - Xã hội, en: Division of Culture and Social Affairs}
    kind: division
  - id: to-cong-nghe-so-cong-dong
    name: {vi: Tổ công nghệ số cộng đồng, en: Community Digital Technology Team}
    kind: team
    # Chỉ cho loại team: các vị trí trong tổ và người đảm nhận (không bắt buộc; title bắt buộc).
    # A team only: its places and who holds them (optional; title required).
    roles:
      - title: {vi: Tổ trưởng, en: Team leader}
        held_by: {vi: Chủ tịch UBND xã, en: Chairperson of the Commune People's Committee}
      - title: {vi: Thành viên, en: Members}
        held_by: {vi: Đoàn viên thanh niên các xóm, en: Youth Union members of the hamlets}
    # Chỉ cho loại team: cách chọn thành viên (không bắt buộc).
    # A team only: how its members are chosen (optional).
    criteria:
      - {vi: Sử dụng thành thạo điện thoại thông minh, en: Confident smartphone users}
)";

}  // namespace

NewFiles new_site_files() {
  return {{"site.yaml", kSiteYaml}, {"content/agencies.yaml", kAgenciesYaml}};
}

}  // namespace plansite
