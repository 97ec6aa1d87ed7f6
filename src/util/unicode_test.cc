#include "util/unicode.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using namespace plansite;

TEST_CASE("invalid UTF-8 and NUL bytes are found at their line and column, after long ASCII runs too") {
  CHECK_FALSE(find_invalid_utf8("Kế hoạch chuyển đổi số\nplain ascii line of some length\n").has_value());
  auto bad = find_invalid_utf8("title: a long ascii run here\nsố: \xC3\x28 x\n");
  REQUIRE(bad.has_value());
  CHECK(bad->line == 2);
  CHECK(bad->column == 5);
  auto nul = find_invalid_utf8(std::string("abcdefghijklmnop\nqr", 19) + std::string(1, '\0') + "st");
  REQUIRE(nul.has_value());
  CHECK(nul->line == 2);
  CHECK(nul->column == 3);
  CHECK(nul->message == "a NUL byte is not allowed in text");
  CHECK(find_invalid_utf8("\xF0\x9F\x98").has_value());  // cut short at the end
}

TEST_CASE("surely_nfc vouches only for text NFC leaves alone") {
  CHECK(surely_nfc("Kế hoạch chuyển đổi số – “Bình dân học vụ số”, 100%"));
  CHECK(surely_nfc(""));
  CHECK_FALSE(surely_nfc("Ke\xCC\x82\xCC\x81 hoa\xCC\xA3\x63h"));  // e + combining marks
  CHECK_FALSE(surely_nfc("\xE2\x84\xA6"));                           // OHM SIGN, a singleton
  // The letters read from their bytes, and their neighbours that are not.
  CHECK(surely_nfc("\xC2\x80\xCB\xBF \xE1\xBA\xA0\xE1\xBB\xB9"));  // U+0080, U+02FF, U+1EA0, U+1EF9
  CHECK_FALSE(surely_nfc("\xE1\xBA\x80"));                          // U+1E80, not a Vietnamese letter
  CHECK_FALSE(surely_nfc("\xE1\xBB\xBA"));                          // U+1EFA
  CHECK_FALSE(surely_nfc("\xCC\x81"));                               // U+0301, a combining mark
  CHECK_FALSE(surely_nfc("\xC3"));                                    // cut short
  CHECK(to_nfc("Ke\xCC\x82\xCC\x81") == "Kế");
}

TEST_CASE("folding strips Vietnamese marks, folds case and đ, and keeps what has no ASCII form") {
  CHECK(fold_to_ascii("Đề án 06") == "de an 06");
  CHECK(fold_to_ascii("ĐỔI MỚI, Ưu tiên, ỷ lại, Ỹ") == "doi moi, uu tien, y lai, y");
  CHECK(fold_to_ascii("Chuyển đổi số – 2026") == "chuyen doi so – 2026");
  CHECK(fold_to_ascii("Straße ΩMEGA") == "strasse ωmega");     // case folding beyond the tables
  CHECK(fold_to_ascii("Ke\xCC\x82\xCC\x81 hoa\xCC\xA3\x63h") == "ke hoach");  // decomposed input
  CHECK(slugify("II. MỤC TIÊU, NHIỆM VỤ") == "ii-muc-tieu-nhiem-vu");
  CHECK(slugify("  Đường  làng -- ngõ xóm ") == "duong-lang-ngo-xom");
}

TEST_CASE("names sort in Vietnamese alphabetical order") {
  std::vector<std::string> names = {"Đỗ Văn B", "Dương Thị A", "Ủy ban", "Ấp Bắc", "An", "Ăn", "ơn", "Ô tô", "Zeta", "bé",
                                    "bè", "be", "bẹ", "Bảo"};
  std::sort(names.begin(), names.end(),
            [](const auto& a, const auto& b) { return vietnamese_sort_key(a) < vietnamese_sort_key(b); });
  CHECK(names == std::vector<std::string>{"An", "Ăn", "Ấp Bắc", "Bảo", "be", "bè", "bé", "bẹ", "Dương Thị A",
                                          "Đỗ Văn B", "Ô tô", "ơn", "Ủy ban", "Zeta"});
}

TEST_CASE("shortened cuts long text at a space, counting characters, not bytes") {
  CHECK(shortened("Tuyên truyền", 20) == "Tuyên truyền");
  CHECK(shortened("Tuyên truyền, phổ biến chuyển đổi số", 16) == "Tuyên truyền\u2026");
  // Exactly the limit is whole; one more character is cut.
  CHECK(shortened("đổi số", 6) == "đổi số");
  CHECK(shortened("đổi số!", 6) == "đổi\u2026");
  // A single long word is cut inside it, still on a character boundary.
  CHECK(shortened("Ủybannhândân", 5) == "Ủyban\u2026");
}
