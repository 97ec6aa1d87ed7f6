#include "minimal_site.h"

#include <stdexcept>

namespace plansite::testing {

std::map<std::string, std::string> minimal_site() {
  return {
      {"site.yaml",
       "title: {vi: Cổng kế hoạch, en: Plan portal}\n"
       "commune: {vi: xã Thử Nghiệm, en: Thử Nghiệm Commune}\n"
       "languages: [vi, en]\n"
       "base_url: /\n"},
      {"content/agencies.yaml",
       "agencies:\n"
       "  - id: ubnd-xa\n"
       "    name: {vi: Ủy ban nhân dân xã, en: Commune People's Committee}\n"
       "    kind: authority\n"
       "  - id: phong-van-hoa-xa-hoi\n"
       "    name: {vi: Phòng Văn hóa - Xã hội, en: Division of Culture and Social Affairs}\n"
       "    kind: division\n"},
      {"content/plans/ke-hoach-thu/plan.yaml",
       "status: draft\n"
       "symbol: KH-UBND\n"
       "issuers: [ubnd-xa]\n"
       "place: Thử Nghiệm\n"
       "date: 2026-04\n"
       "title: {vi: Kế hoạch thử, en: A test plan}\n"
       "period: 2026\n"
       "signatories:\n"
       "  - title: {vi: CHỦ TỊCH, en: CHAIRPERSON}\n"
       "    name: Nguyễn Văn A\n"
       "recipients:\n"
       "  - \"Lưu: VT\"\n"
       "indicators:\n"
       "  - id: ti-le\n"
       "    statement: 95% người dân\n"
       "    unit: percent\n"
       "    targets:\n"
       "      - {by: 2026, value: 95}\n"
       "tasks:\n"
       "  - id: nv-1\n"
       "    content: Tập huấn\n"
       "    lead: [phong-van-hoa-xa-hoi]\n"
       "    timeframe: {from: 2026-Q1, to: 2026-Q4}\n"},
      {"content/plans/ke-hoach-thu/body.vi.md", "## I. MỤC ĐÍCH\n\nNội dung.\n"},
      {"content/plans/ke-hoach-thu/body.en.md", "## I. PURPOSE\n\nText.\n"},
  };
}

void replace_once(std::string& text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  if (at == std::string::npos) throw std::runtime_error("test fixture does not contain: " + from);
  text.replace(at, from.size(), to);
}

}  // namespace plansite::testing
