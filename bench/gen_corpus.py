#!/usr/bin/env python3
"""Generate a synthetic commune plan portal for benchmarking plansite against Hugo.

    bench/gen_corpus.py --plans 5000 --seed 1 --out DIR

writes
    DIR/plansite/     a plansite source folder (site.yaml, content/agencies.yaml,
                      content/plans/<id>/{plan.yaml,body.vi.md,body.en.md})
    DIR/hugo/         the same site for Hugo 0.111: one page per plan and language,
                      its structured fields as front matter, the layouts of
                      bench/hugo/ (which render what plansite's theme renders)
    DIR/manifest.json the strings each plan page must show, for compare_pages.py

Standard library only; the output depends on --seed and --plans alone, and plan
n is the same whatever --plans is (each plan draws from its own generator), so
a small corpus is a prefix of a large one.
"""

import argparse
import json
import os
import random
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# The commune and its agencies
# --------------------------------------------------------------------------

PLACE = "Đông Hưng"
SITE = {
    "title": {"vi": "Kế hoạch và tiến độ thực hiện - xã Đông Hưng",
              "en": "Plans and progress - Đông Hưng Commune"},
    "commune": {"vi": "xã Đông Hưng", "en": "Đông Hưng Commune"},
    "province": {"vi": "tỉnh Thái Nguyên", "en": "Thái Nguyên Province"},
    "description": {"vi": "Các kế hoạch của xã Đông Hưng và tiến độ thực hiện, công khai cho người dân.",
                    "en": "The plans of Đông Hưng Commune and how they are progressing, published for citizens."},
}

# (id, vi, en, short vi, short en, kind)
AGENCIES = [
    ("dang-uy-xa", "Đảng ủy xã Đông Hưng", "Đông Hưng Commune Party Committee", "Đảng ủy xã", "Commune Party Committee", "party"),
    ("hdnd-xa", "Hội đồng nhân dân xã Đông Hưng", "Đông Hưng Commune People's Council", "HĐND xã", "Commune People's Council", "council"),
    ("ubnd-xa", "Ủy ban nhân dân xã Đông Hưng", "Đông Hưng Commune People's Committee", "UBND xã", "Commune People's Committee", "authority"),
    ("ubmttq-xa", "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Commune Vietnam Fatherland Front Committee", "UB MTTQ xã", "Commune Fatherland Front Committee", "front"),
    ("hoi-lhpn-xa", "Hội Liên hiệp Phụ nữ xã", "Commune Women's Union", "Hội LHPN xã", "Commune Women's Union", "union"),
    ("doan-thanh-nien-xa", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", "Commune Ho Chi Minh Communist Youth Union", "Đoàn Thanh niên xã", "Commune Youth Union", "union"),
    ("hoi-nong-dan-xa", "Hội Nông dân xã", "Commune Farmers' Union", None, None, "union"),
    ("hoi-cuu-chien-binh-xa", "Hội Cựu chiến binh xã", "Commune Veterans' Association", None, None, "union"),
    ("phong-van-hoa-xa-hoi", "Phòng Văn hóa - Xã hội", "Division of Culture and Social Affairs", None, None, "division"),
    ("phong-kinh-te", "Phòng Kinh tế", "Division of Economic Affairs", None, None, "division"),
    ("van-phong-hdnd-ubnd", "Văn phòng HĐND và UBND xã", "Office of the People's Council and People's Committee", None, None, "division"),
    ("ban-chi-huy-quan-su-xa", "Ban Chỉ huy Quân sự xã", "Commune Military Command", None, None, "division"),
    ("trung-tam-phuc-vu-hcc", "Trung tâm Phục vụ hành chính công", "Public Administrative Service Centre", None, None, "centre"),
    ("trung-tam-dich-vu-tong-hop", "Trung tâm Dịch vụ tổng hợp", "General Services Centre", None, None, "centre"),
    ("cong-an-xa", "Công an xã", "Commune Police", None, None, "police"),
    ("tram-y-te-xa", "Trạm Y tế xã", "Commune Health Station", None, None, "health"),
    ("truong-mam-non", "Trường Mầm non Đông Hưng", "Đông Hưng Kindergarten", None, None, "education"),
    ("truong-tieu-hoc", "Trường Tiểu học Đông Hưng", "Đông Hưng Primary School", None, None, "education"),
    ("truong-thcs", "Trường Trung học cơ sở Đông Hưng", "Đông Hưng Lower Secondary School", None, None, "education"),
    ("to-cong-nghe-so-cong-dong", "Tổ công nghệ số cộng đồng", "Community Digital Technology Team", None, None, "team"),
    ("to-xung-kich-pctt", "Tổ xung kích phòng, chống thiên tai", "Disaster Response Shock Team", None, None, "team"),
    ("cac-xom", "Các xóm", "The hamlets", None, None, "group"),
    ("cac-co-quan-don-vi", "Các cơ quan, đơn vị", "Agencies and units", None, None, "group"),
    ("cac-co-quan-don-vi-lien-quan", "Các cơ quan, đơn vị liên quan", "Relevant agencies and units", None, None, "group"),
]

HAMLETS = ["Đồng Tâm", "Bãi Cát", "Khuôn Lặng", "Làng Mới", "Gò Chè", "Trại Đèn", "Bến Đò", "Cầu Trắng",
           "Đồng Bẩm", "Na Hoàng", "Phú Sơn", "Hợp Thành", "Thác Dài", "Nà Mạ", "Khe Vàng", "Đầm Ninh",
           "Lũng Cù", "Tân Lập", "Quyết Thắng", "Đồng Kén", "Rừng Vần", "Suối Bén"]

# Unions that co-issue joint plans with the People's Committee, with the
# abbreviation their joint symbol carries (KH-UBND-HLHPN).
JOINT_PARTNERS = [("hoi-lhpn-xa", "HLHPN", "HỘI LIÊN HIỆP PHỤ NỮ XÃ", "the Commune Women's Union"),
                  ("doan-thanh-nien-xa", "ĐTN", "BAN CHẤP HÀNH ĐOÀN XÃ", "the Executive Committee of the Commune Youth Union"),
                  ("hoi-nong-dan-xa", "HND", "HỘI NÔNG DÂN XÃ", "the Commune Farmers' Union"),
                  ("hoi-cuu-chien-binh-xa", "HCCB", "HỘI CỰU CHIẾN BINH XÃ", "the Commune Veterans' Association"),
                  ("ubmttq-xa", "MTTQ", "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ", "the Standing Board of the Commune Fatherland Front Committee")]


def slug(text):
    """ASCII slug of a Vietnamese name, as an officer would write the id."""
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def all_agencies():
    out = []
    for aid, vi, en, svi, sen, kind in AGENCIES:
        a = {"id": aid, "name": {"vi": vi, "en": en}, "kind": kind}
        if svi:
            a["short"] = {"vi": svi, "en": sen}
        out.append(a)
    for h in HAMLETS:
        out.append({"id": "xom-" + slug(h), "name": {"vi": "Xóm " + h, "en": h + " Hamlet"}, "kind": "hamlet"})
    return out


HAMLET_IDS = ["xom-" + slug(h) for h in HAMLETS]
DIVISIONS = ["phong-van-hoa-xa-hoi", "phong-kinh-te", "van-phong-hdnd-ubnd", "trung-tam-phuc-vu-hcc",
             "trung-tam-dich-vu-tong-hop", "cong-an-xa", "tram-y-te-xa", "ban-chi-huy-quan-su-xa",
             "to-cong-nghe-so-cong-dong"]
SUPPORTERS = ["ubmttq-xa", "hoi-lhpn-xa", "doan-thanh-nien-xa", "hoi-nong-dan-xa", "hoi-cuu-chien-binh-xa",
              "truong-mam-non", "truong-tieu-hoc", "truong-thcs", "to-xung-kich-pctt", "cac-xom",
              "cac-co-quan-don-vi-lien-quan"]

# --------------------------------------------------------------------------
# Phrase pools (Vietnamese, English). Plans draw on one topic each; the generic
# pools are combined with the topic so that no two plans read alike.
# --------------------------------------------------------------------------

# (slug, vi, en, lead division, objects of tasks)
TOPICS = [
    ("chuyen-doi-so", "chuyển đổi số", "digital transformation", "phong-van-hoa-xa-hoi",
     [("dịch vụ công trực tuyến toàn trình", "end-to-end online public services"),
      ("thanh toán không dùng tiền mặt", "cashless payment"),
      ("kỹ năng số cơ bản cho người dân", "basic digital skills for residents"),
      ("hồ sơ sức khỏe điện tử", "electronic health records"),
      ("ứng dụng định danh điện tử VNeID", "the VNeID electronic identity app")]),
    ("nong-thon-moi", "xây dựng nông thôn mới", "building new rural areas", "phong-kinh-te",
     [("tiêu chí giao thông nông thôn", "the rural roads criterion"),
      ("sản phẩm OCOP của xã", "the commune's OCOP products"),
      ("cảnh quan xanh - sạch - đẹp", "green, clean and beautiful landscapes"),
      ("hệ thống thủy lợi nội đồng", "on-farm irrigation"),
      ("nhà văn hóa các xóm", "the hamlets' cultural houses")]),
    ("phong-chong-thien-tai", "phòng, chống thiên tai và tìm kiếm cứu nạn",
     "natural disaster prevention and search and rescue", "ban-chi-huy-quan-su-xa",
     [("phương án sơ tán dân ở vùng ngập lụt", "evacuation of residents from flood-prone areas"),
      ("vật tư, phương tiện cứu hộ", "rescue equipment and supplies"),
      ("diễn tập ứng phó bão lũ", "storm and flood response drills"),
      ("cảnh báo sạt lở đất", "landslide warnings"),
      ("lực lượng xung kích tại chỗ", "the local shock force")]),
    ("an-toan-thuc-pham", "bảo đảm an toàn thực phẩm", "food safety", "tram-y-te-xa",
     [("bếp ăn tập thể trường học", "school canteens"),
      ("cơ sở kinh doanh thức ăn đường phố", "street food businesses"),
      ("chợ nông thôn", "rural markets"),
      ("ngộ độc thực phẩm", "food poisoning"),
      ("nguồn gốc nông sản", "the origin of farm produce")]),
    ("cai-cach-hanh-chinh", "cải cách hành chính", "administrative reform", "van-phong-hdnd-ubnd",
     [("bộ phận một cửa", "the one-stop service desk"),
      ("thủ tục hành chính liên thông", "inter-agency administrative procedures"),
      ("chỉ số hài lòng của người dân", "the citizen satisfaction index"),
      ("số hóa hồ sơ, kết quả giải quyết thủ tục", "digitising files and procedure results"),
      ("kỷ luật, kỷ cương hành chính", "administrative discipline")]),
    ("bao-ve-moi-truong", "bảo vệ môi trường", "environmental protection", "phong-kinh-te",
     [("thu gom, xử lý rác thải sinh hoạt", "the collection and treatment of household waste"),
      ("phân loại rác tại nguồn", "waste sorting at source"),
      ("vệ sinh kênh mương", "cleaning of canals and ditches"),
      ("trồng cây xanh", "tree planting"),
      ("chất thải chăn nuôi", "livestock waste")]),
    ("phong-chay-chua-chay", "phòng cháy, chữa cháy", "fire prevention and fighting", "cong-an-xa",
     [("lực lượng phòng cháy dân phòng", "the civil fire defence force"),
      ("mô hình Tổ liên gia an toàn phòng cháy", "the fire-safe neighbourhood group model"),
      ("điểm chữa cháy công cộng", "public firefighting points"),
      ("cháy rừng mùa khô", "dry-season forest fires"),
      ("an toàn điện trong hộ gia đình", "electrical safety in households")]),
    ("tiem-chung", "tiêm chủng mở rộng", "expanded immunisation", "tram-y-te-xa",
     [("tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", "full immunisation of children under one"),
      ("tiêm vắc xin sởi - rubella", "measles-rubella vaccination"),
      ("quản lý đối tượng tiêm chủng", "managing the people to be vaccinated"),
      ("bảo quản vắc xin", "vaccine storage"),
      ("theo dõi phản ứng sau tiêm", "monitoring reactions after vaccination")]),
    ("du-lich-cong-dong", "phát triển du lịch cộng đồng", "community tourism development", "phong-van-hoa-xa-hoi",
     [("homestay tại các xóm", "homestays in the hamlets"),
      ("lễ hội truyền thống", "traditional festivals"),
      ("điểm check-in đồi chè", "the tea hill viewpoints"),
      ("ẩm thực địa phương", "local cuisine"),
      ("hướng dẫn viên du lịch cộng đồng", "community tour guides")]),
    ("giam-ngheo", "giảm nghèo bền vững", "sustainable poverty reduction", "phong-van-hoa-xa-hoi",
     [("hộ nghèo, hộ cận nghèo", "poor and near-poor households"),
      ("vốn vay ưu đãi", "preferential loans"),
      ("đào tạo nghề cho lao động nông thôn", "vocational training for rural workers"),
      ("nhà ở cho hộ nghèo", "housing for poor households"),
      ("sinh kế cho đồng bào dân tộc thiểu số", "livelihoods for ethnic minority people")]),
    ("an-ninh-trat-tu", "bảo đảm an ninh, trật tự", "security and public order", "cong-an-xa",
     [("phong trào toàn dân bảo vệ an ninh Tổ quốc", "the all-people movement to protect national security"),
      ("tội phạm lừa đảo trên không gian mạng", "online fraud"),
      ("an toàn giao thông", "road safety"),
      ("quản lý cư trú", "residence management"),
      ("tệ nạn xã hội", "social evils")]),
    ("binh-dan-hoc-vu-so", "phong trào “Bình dân học vụ số”", "the “Digital Literacy for All” movement",
     "phong-van-hoa-xa-hoi",
     [("nền tảng học tập trực tuyến", "the online learning platform"),
      ("lớp học “cầm tay chỉ việc”", "hands-on (“cầm tay chỉ việc”) classes"),
      ("kỹ năng sử dụng trí tuệ nhân tạo", "skills in using artificial intelligence"),
      ("an toàn thông tin cá nhân", "personal information security"),
      ("thiết bị số cho hộ khó khăn", "digital devices for disadvantaged households")]),
    ("xay-dung-doi-song-van-hoa", "xây dựng đời sống văn hóa", "building cultural life", "phong-van-hoa-xa-hoi",
     [("gia đình văn hóa", "cultured families"),
      ("hương ước, quy ước của xóm", "hamlet conventions"),
      ("việc cưới, việc tang văn minh", "civilised weddings and funerals"),
      ("câu lạc bộ văn nghệ quần chúng", "amateur arts clubs"),
      ("thể dục thể thao quần chúng", "mass sports")]),
    ("dan-so", "công tác dân số", "population work", "tram-y-te-xa",
     [("mất cân bằng giới tính khi sinh", "the sex imbalance at birth"),
      ("khám sức khỏe tiền hôn nhân", "pre-marital health checks"),
      ("chăm sóc người cao tuổi", "care for the elderly"),
      ("sàng lọc trước sinh và sơ sinh", "prenatal and newborn screening"),
      ("dịch vụ kế hoạch hóa gia đình", "family planning services")]),
]

ACTIONS = [("Tuyên truyền, phổ biến về", "Communicate and disseminate information on"),
           ("Tổ chức tập huấn về", "Organise training on"),
           ("Rà soát, đánh giá thực trạng", "Review and assess the current state of"),
           ("Kiểm tra, giám sát việc thực hiện", "Inspect and supervise work on"),
           ("Xây dựng kế hoạch chi tiết về", "Draw up a detailed plan for"),
           ("Huy động nguồn lực cho", "Mobilise resources for"),
           ("Hướng dẫn người dân thực hiện các quy định về", "Guide residents to follow the rules on"),
           ("Bố trí kinh phí thực hiện", "Allocate funding for"),
           ("Cập nhật cơ sở dữ liệu về", "Update the database on"),
           ("Nhân rộng mô hình hay về", "Replicate good models of"),
           ("Đôn đốc, hướng dẫn các xóm triển khai", "Urge and guide the hamlets to carry out work on"),
           ("Sơ kết, đánh giá kết quả", "Review the results of")]

SCOPES = [("trên địa bàn xã", "in the commune"),
          ("tại các xóm", "in the hamlets"),
          ("cho cán bộ, công chức xã", "for commune officials"),
          ("đến từng hộ gia đình", "down to every household"),
          ("trong các trường học", "in the schools"),
          ("cho hội viên các đoàn thể", "for members of the mass organisations"),
          ("theo từng quý", "quarter by quarter"),
          ("gắn với phong trào thi đua của xã", "as part of the commune's emulation movement")]

RESULTS = [("Báo cáo kết quả gửi UBND xã", "A report on the results sent to the Commune People's Committee"),
           ("Kế hoạch được ban hành và triển khai đúng tiến độ", "The plan is issued and carried out on schedule"),
           ("Danh sách được cập nhật đầy đủ, chính xác", "The lists are updated completely and accurately"),
           ("Người dân nắm được chủ trương và tích cực tham gia", "Residents understand the policy and take an active part"),
           ("Các xóm triển khai đồng bộ, hiệu quả", "The hamlets carry it out consistently and effectively")]

PARTICIPANTS = [("Cán bộ, công chức xã và Trưởng các xóm", "Commune officials and hamlet heads"),
                ("Hội viên phụ nữ, đoàn viên thanh niên", "Women's Union members and Youth Union members"),
                ("Người dân trên địa bàn xã", "Residents of the commune"),
                ("Học sinh các trường trên địa bàn", "Pupils of the schools in the commune"),
                ("Hộ gia đình, cá nhân sản xuất, kinh doanh", "Households and individuals in production and business")]

# (vi, en, unit, population vi, population en) — "{t}" is the topic
INDICATORS = [("Tỷ lệ người dân được tuyên truyền về {t}", "Share of residents reached by communication on {t}", "percent", "người dân trưởng thành", "adult residents"),
              ("Tỷ lệ cán bộ, công chức xã được bồi dưỡng kiến thức về {t}", "Share of commune officials trained in {t}", "percent", "cán bộ, công chức xã", "commune officials"),
              ("Tỷ lệ xóm có tổ tự quản về {t}", "Share of hamlets with a self-managed group for {t}", "percent", "các xóm", "hamlets"),
              ("Số người dân được hướng dẫn trực tiếp về {t}", "Number of residents given hands-on guidance on {t}", "people", None, None),
              ("Số hộ gia đình tham gia các hoạt động về {t}", "Number of households taking part in activities on {t}", "households", None, None),
              ("Số lớp tập huấn về {t} được tổ chức", "Number of training courses on {t} held", "count", None, None),
              ("Số mô hình điểm về {t} được xây dựng", "Number of pilot models on {t} set up", "count", None, None),
              ("Tỷ lệ hồ sơ, báo cáo về {t} được số hóa", "Share of files and reports on {t} digitised", "percent", None, None)]

OBJECTIVES = [("Nâng cao nhận thức về {t}", "Raising awareness of {t}"),
              ("Hoàn thiện bộ máy, cơ chế chỉ đạo về {t}", "Completing the structures and direction of {t}"),
              ("Huy động sự tham gia của người dân vào {t}", "Mobilising residents to take part in {t}"),
              ("Ứng dụng công nghệ trong {t}", "Applying technology to {t}"),
              ("Bảo đảm nguồn lực cho {t}", "Securing resources for {t}")]

DUTIES = [("Chủ trì tham mưu UBND xã triển khai kế hoạch.", "Take the lead in advising the Commune People's Committee on implementing the plan."),
          ("Theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo UBND xã theo quy định.", "Monitor, urge and compile the results and report to the Commune People's Committee as required."),
          ("Phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia.", "Coordinate communication and encourage members to take part."),
          ("Bố trí kinh phí thực hiện kế hoạch theo quy định.", "Allocate the funds for the plan as required."),
          ("Tổ chức triển khai các nội dung tại cơ sở.", "Carry out the activities at the grassroots level."),
          ("Chuẩn bị địa điểm, điều kiện tổ chức các hoạt động.", "Prepare the venues and conditions for the activities."),
          ("Kịp thời báo cáo những khó khăn, vướng mắc phát sinh.", "Report promptly any difficulties that arise.")]

PROGRAM_KINDS = [("Mô hình “Xóm điểm về {t}” tại xóm {h}", "“Model hamlet for {t}” in {h} Hamlet"),
                 ("Mô hình “Gia đình tiêu biểu về {t}” tại xóm {h}", "“Exemplary families in {t}” in {h} Hamlet"),
                 ("Câu lạc bộ {t} xóm {h}", "{h} Hamlet {t} club")]

ACTIVITIES = [("Tuyên truyền, nâng cao nhận thức của người dân về {t}.", "Raise residents' awareness of {t}."),
              ("Tổ chức sinh hoạt chuyên đề hằng tháng tại nhà văn hóa xóm.", "Hold monthly themed meetings at the hamlet cultural house."),
              ("Hướng dẫn “cầm tay chỉ việc” cho từng hộ gia đình.", "Give hands-on (“cầm tay chỉ việc”) guidance to each household."),
              ("Biểu dương, khen thưởng các gia đình, cá nhân tiêu biểu.", "Commend and reward exemplary families and individuals."),
              ("Tổng kết, đánh giá và nhân rộng mô hình.", "Review, evaluate and replicate the model.")]

LEGAL = [("Nghị quyết", "Resolution", "57-NQ/TW", "Bộ Chính trị", "the Politburo"),
         ("Luật", "Law", "33/2013/QH13", "Quốc hội", "the National Assembly"),
         ("Nghị định", "Decree", "30/2020/NĐ-CP", "Chính phủ", "the Government"),
         ("Quyết định", "Decision", "749/QĐ-TTg", "Thủ tướng Chính phủ", "the Prime Minister"),
         ("Chỉ thị", "Directive", "05-CT/TU", "Ban Thường vụ Tỉnh ủy", "the Standing Board of the Provincial Party Committee"),
         ("Kế hoạch", "Plan", "41-KH/ĐU", "Ban Thường vụ Đảng ủy xã Đông Hưng", "the Standing Board of the Đông Hưng Commune Party Committee"),
         ("Kế hoạch", "Plan", "176/KH-UBND", "UBND tỉnh Thái Nguyên", "the Thái Nguyên Provincial People's Committee"),
         ("Quyết định", "Decision", "1520/QĐ-UBND", "UBND tỉnh Thái Nguyên", "the Thái Nguyên Provincial People's Committee"),
         ("Nghị quyết", "Resolution", "12/NQ-HĐND", "HĐND xã Đông Hưng", "the Đông Hưng Commune People's Council")]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Ma", "Nông"]
MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Minh", "Thu", "Quốc", "Hữu", "Thanh", "Thị Thu", "Xuân"]
GIVEN = ["Hưng", "Hương", "Dũng", "Lan", "Tuấn", "Hà", "Phương", "Thủy", "Cường", "Hải", "Huyền", "Trung",
         "Thắng", "Nga", "Bình", "Sơn", "Ánh", "Thảo", "Quyết", "Mạnh", "Hường", "Khải", "Đạt", "Yến"]

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]


def T(vi, en):
    return {"vi": vi, "en": en}


def fill(pair, **kw):
    return T(pair[0].format(**{k: v["vi"] for k, v in kw.items()}),
             pair[1].format(**{k: v["en"] for k, v in kw.items()}))


def cap(text):
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------
# One plan
# --------------------------------------------------------------------------

def make_plan(seed, n):
    """The data of plan number n as a dict shaped like plan.yaml, with Text values as {vi, en}."""
    r = random.Random(f"plansite-bench-{seed}-{n}")
    p = f"p{n:05d}"  # prefix of every id of this plan: ids are unique in the site
    tslug, tvi, ten, tlead, objects = r.choice(TOPICS)
    topic = T(tvi, ten)
    year = r.randint(2019, 2026)
    multi_year = r.random() < 0.3
    period = f"{year}-{year + 4}" if multi_year else str(year)
    span_vi = f"giai đoạn {year} - {year + 4}" if multi_year else f"năm {year}"
    span_en = f"for the {year} - {year + 4} period" if multi_year else f"in {year}"

    roll = r.random()
    status = "draft" if roll < 0.1 else "superseded" if roll < 0.15 else "issued"
    roll = r.random()
    kind = "party" if roll < 0.12 else "joint" if roll < 0.27 else "state"
    month, day = r.randint(1, 12), r.randint(1, 28)
    date = f"{year}-{month:02d}-{day:02d}"
    if status == "draft" and r.random() < 0.6:
        date = f"{year}-{month:02d}"  # a draft leaves the day blank for the clerk

    plan = {"status": status, "type": "plan"}
    plan["number"] = "" if status == "draft" else str(r.randint(1, 320))
    if kind == "party":
        plan["symbol"] = "KH/ĐU"
        plan["issuers"] = ["dang-uy-xa"]
        plan["parent_body"] = T("ĐẢNG BỘ TỈNH THÁI NGUYÊN", "THÁI NGUYÊN PROVINCIAL PARTY ORGANISATION")
    elif kind == "joint":
        partner = r.choice(JOINT_PARTNERS)
        plan["symbol"] = "KH-UBND-" + partner[1]
        plan["issuers"] = ["ubnd-xa", partner[0]]
    else:
        plan["symbol"] = "KH-UBND"
        plan["issuers"] = ["ubnd-xa"]
    plan["place"] = PLACE
    plan["date"] = date
    plan["title"] = T(f"Triển khai {tvi} trên địa bàn xã Đông Hưng {span_vi}",
                      f"Implementing {ten} in Đông Hưng Commune {span_en}")
    plan["period"] = period

    plan["legal_bases"] = []
    for i, (dvi, den, num, ivi, ien) in enumerate(r.sample(LEGAL, r.randint(3, 6))):
        basis = {"basis": "implementing" if i == 0 and r.random() < 0.5 else "pursuant",
                 "document": T(dvi, den), "number": num}
        if r.random() < 0.85:
            basis["date"] = f"{r.randint(2013, year)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        basis["issuer"] = T(ivi, ien)
        if r.random() < 0.8:
            obj = r.choice(objects)
            basis["subject"] = T(f"về {tvi}, trong đó chú trọng {obj[0]} {span_vi}",
                                 f"on {ten}, with a focus on {obj[1]} {span_en}")
        plan["legal_bases"].append(basis)

    def person():
        return f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    if kind == "party":
        plan["signatories"] = [{"authority": T("T/M BAN THƯỜNG VỤ", "On behalf of the Standing Board"),
                                "title": T("BÍ THƯ", "Secretary") if r.random() < 0.5 else T("PHÓ BÍ THƯ", "Deputy Secretary"),
                                "name": person(), "agency": "dang-uy-xa"}]
    else:
        deputy = r.random() < 0.4
        ubnd = {"authority": T("KT. CHỦ TỊCH", "For the Chairperson") if deputy else
                T("TM. ỦY BAN NHÂN DÂN", "On behalf of the People's Committee"),
                "title": T("PHÓ CHỦ TỊCH", "Vice Chairperson") if deputy else T("CHỦ TỊCH", "Chairperson"),
                "name": person(), "agency": "ubnd-xa"}
        plan["signatories"] = [ubnd]
        if kind == "joint":
            plan["signatories"].insert(0, {"authority": T("TM. " + partner[2], "On behalf of " + partner[3]),
                                           "title": T("CHỦ TỊCH", "Chairperson"), "name": person(),
                                           "agency": partner[0]})

    recipients = [T("Thường trực Đảng ủy", "Standing Office of the Commune Party Committee"),
                  T("Thường trực HĐND xã", "Standing Office of the Commune People's Council"),
                  T("Lãnh đạo UBND xã", "Leaders of the Commune People's Committee"),
                  T("UB MTTQ và các đoàn thể xã", "The Commune Fatherland Front and mass organisations"),
                  T("Các cơ quan, đơn vị", "Agencies and units"),
                  T("Các ông (bà) Trưởng xóm", "Hamlet heads"),
                  T("Trang thông tin điện tử xã", "The commune website")]
    plan["recipients"] = r.sample(recipients, r.randint(4, 7))
    plan["recipients"].append(T(f"Lưu: VT, {tslug.split('-')[0].upper()}", f"Archived: Clerical Office, {tslug.split('-')[0].upper()}"))

    if r.random() < 0.25:
        plan["annex"] = {"title": T("PHỤ LỤC", "ANNEX"),
                         "subtitle": T(f"Danh mục nhiệm vụ triển khai {tvi} {span_vi}",
                                       f"Tasks for implementing {ten} {span_en}")}

    plan["objectives"] = []
    for i, o in enumerate(r.sample(OBJECTIVES, r.randint(2, 4)), 1):
        obj = {"id": f"{p}-mt{i}", "title": fill(o, t=topic)}
        if r.random() < 0.5:
            obj["statement"] = T(f"Đến hết {span_vi}, hoàn thành các nhiệm vụ trọng tâm về {tvi} theo kế hoạch.",
                                 f"By the end of the plan ({span_en}), complete the key tasks on {ten} as planned.")
        plan["objectives"].append(obj)

    last_year = year + 4 if multi_year else year
    plan["indicators"] = []
    for i, (svi, sen, unit, pvi, pen) in enumerate(r.sample(INDICATORS, r.randint(3, 6)), 1):
        by = [last_year] if not multi_year or r.random() < 0.5 else [year + 2, last_year]
        if unit == "percent":
            final = r.choice([70, 80, 85, 90, 95, 100, 62.5, 97.5])
        elif unit == "count":
            final = r.randint(2, 24)
        else:
            final = r.randint(5, 120) * 10
        targets = []
        for b in by:
            # An earlier milestone asks for about two thirds of the final value.
            value = final if b == by[-1] else (round(final * 2 / 3) if unit != "percent" else final - 20)
            t = {"by": b, "value": value}
            bound = r.choice(["at-least", "at-least", "above", "exactly"])
            if bound != "exactly":
                t["bound"] = bound
            if r.random() < 0.15:
                t["note"] = T("theo hướng dẫn của tỉnh", "as guided by the province")
            targets.append(t)
        bound_vi = {"at-least": "tối thiểu ", "above": "trên ", "exactly": ""}[targets[-1].get("bound", "exactly")]
        bound_en = {"at-least": "at least ", "above": "above ", "exactly": ""}[targets[-1].get("bound", "exactly")]
        v = targets[-1]["value"]
        unit_vi = {"percent": "%", "people": " người", "households": " hộ", "count": ""}[unit]
        unit_en = {"percent": "%", "people": " people", "households": " households", "count": ""}[unit]
        ind = {"id": f"{p}-ct{i}", "objective": r.choice(plan["objectives"])["id"],
               "statement": T(f"{svi.format(t=tvi)} đạt {bound_vi}{str(v).replace('.', ',')}{unit_vi} vào năm {last_year}",
                              f"{sen.format(t=ten)} reaches {bound_en}{v}{unit_en} by {last_year}"),
               "unit": unit}
        if pvi:
            ind["population"] = T(pvi, pen)
        if r.random() < 0.5:
            ind["baseline"] = {"value": round(v * 0.6) if unit != "percent" else 50, "year": year - 1}
        ind["targets"] = targets
        ind["agency"] = tlead
        plan["indicators"].append(ind)

    plan["tasks"] = []
    quarters = [f"{year}-Q{q}" for q in range(1, 5)]
    for i in range(1, r.randint(6, 12) + 1):
        action, scope = r.choice(ACTIONS), r.choice(SCOPES)
        obj = r.choice(objects)
        task = {"id": f"{p}-nv{i}", "content": T(f"{action[0]} {obj[0]} {scope[0]}", f"{action[1]} {obj[1]} {scope[1]}"),
                "lead": [tlead] if r.random() < 0.8 else [r.choice(DIVISIONS)]}
        coordinating = r.sample([a for a in DIVISIONS + SUPPORTERS if a not in task["lead"]], r.randint(0, 3))
        if r.random() < 0.2:
            coordinating.append(r.choice(HAMLET_IDS))
        if coordinating:
            task["coordinating"] = coordinating
        shape = r.random()
        if shape < 0.25:
            tf = {"ongoing": True, "from": str(year)}
        elif shape < 0.6:
            a = r.randint(0, 3)
            b = r.randint(a, 3)
            tf = {"from": quarters[a], "to": quarters[b]}
            if b - a >= 2 and r.random() < 0.4:
                tf["peak"] = quarters[a + 1:b]
        elif shape < 0.85:
            tf = {"from": str(year), "to": str(last_year)}
        else:
            tf = {"from": quarters[0], "to": quarters[3],
                  "note": T(f"Từ Quý I đến Quý IV năm {year} (tổ chức cao điểm trong Quý II và Quý III)",
                            f"From Q1 to Q4 of {year} (peak in Q2 and Q3)")}
        task["timeframe"] = tf
        if r.random() < 0.4:
            task["participants"] = T(*r.choice(PARTICIPANTS))
        if r.random() < 0.6:
            task["expected_result"] = T(*r.choice(RESULTS))
        st = r.random()
        if status != "draft" and st < 0.5:
            task["status"] = "done" if st < 0.2 else "in-progress" if st < 0.4 else "overdue"
        plan["tasks"].append(task)

    programs = []
    for i in range(1, r.choice([0, 0, 1, 1, 2]) + 1):
        h = r.choice(HAMLETS)
        hid = "xom-" + slug(h)
        prog = {"id": f"{p}-mh{i}", "name": fill(r.choice(PROGRAM_KINDS), t=topic, h=T(h, h)),
                "participants": T(f"Người dân và hội viên các đoàn thể xóm {h}", f"Residents and mass organisation members of {h} Hamlet"),
                "places": [T(f"Nhà văn hóa xóm {h}", f"The {h} Hamlet cultural house")],
                "period": str(year),
                "activities": [fill(a, t=topic) for a in r.sample(ACTIVITIES, r.randint(2, 4))],
                "expected_results": [T(*x) for x in r.sample(RESULTS, 2)],
                "responsible": [tlead, hid, r.choice(SUPPORTERS[:5])]}
        if r.random() < 0.5:
            prog["links"] = [{"url": "https://dichvucong.gov.vn",
                              "label": T("Cổng Dịch vụ công quốc gia", "National Public Service Portal")}]
        programs.append(prog)
    if programs:
        plan["programs"] = programs

    plan["responsibilities"] = [{"agencies": [tlead], "duties": [T(*d) for d in r.sample(DUTIES[:4], 2)]}]
    for aid in r.sample([a for a in DIVISIONS + SUPPORTERS[:5] if a != tlead], r.randint(1, 3)):
        plan["responsibilities"].append({"agencies": [aid], "duties": [T(*d) for d in r.sample(DUTIES[2:], 2)]})
    if r.random() < 0.5:
        plan["responsibilities"].append({"agencies": ["cac-xom"],
                                         "label": T("Trưởng các xóm", "Hamlet heads"),
                                         "duties": [T(*d) for d in r.sample(DUTIES[4:], 2)]})

    plan_id = f"kh-{n:05d}-{tslug}-{year}"
    body = make_body(r, plan, topic, span_vi, span_en, objects)
    return plan_id, plan, body


def make_body(r, plan, topic, span_vi, span_en, objects):
    """The document's text in both languages: headings, paragraphs, lists and a table.

    Returns {lang: markdown}; every heading is plain text, so the manifest can
    list it exactly as both generators will show it.
    """
    tvi, ten = topic["vi"], topic["en"]
    first = plan["legal_bases"][0]
    issuer = {"vi": "Ủy ban nhân dân xã Đông Hưng", "en": "the Đông Hưng Commune People's Committee"}
    if plan["issuers"][0] == "dang-uy-xa":
        issuer = {"vi": "Ban Thường vụ Đảng ủy xã", "en": "the Standing Board of the Commune Party Committee"}
    tasks = plan["tasks"]
    objs = plan["objectives"]
    vi, en = [], []

    def both(a, b):
        vi.append(a)
        en.append(b)

    both(f"Thực hiện {first['document']['vi']} số {first['number']} của {first['issuer']['vi']}, "
         f"{issuer['vi']} ban hành Kế hoạch như sau:",
         f"Implementing {first['document']['en']} No. {first['number']} of {first['issuer']['en']}, "
         f"{issuer['en']} issues this Plan as follows:")
    both("## I. MỤC ĐÍCH, YÊU CẦU", "## I. PURPOSE AND REQUIREMENTS")
    both("### 1. Mục đích", "### 1. Purpose")
    both(f"- Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và Nhân dân về {tvi}.\n"
         f"- Phát huy vai trò của các cơ quan, đơn vị và các xóm trong {tvi}.",
         f"- Raise the awareness and responsibility of officials, Party members and the People regarding {ten}.\n"
         f"- Bring into play the role of agencies, units and hamlets in {ten}.")
    both("### 2. Yêu cầu", "### 2. Requirements")
    both("Các nhiệm vụ phải cụ thể, rõ người, rõ việc, rõ thời gian, rõ trách nhiệm.",
         "Tasks must be specific, with a clear person, task, time and responsibility.")
    both("## II. NỘI DUNG THỰC HIỆN", "## II. IMPLEMENTATION CONTENT")
    for i, o in enumerate(objs[:2], 1):
        both(f"### {i}. {o['title']['vi']}", f"### {i}. {o['title']['en']}")
        obj = r.choice(objects)
        if i == 1:
            rows = tasks[:2]
            both("| TT | Nội dung | Thời gian |\n| --- | --- | --- |\n" +
                 "\n".join(f"| {k} | {t['content']['vi']} | {when(t, 'vi')} |" for k, t in enumerate(rows, 1)),
                 "| No. | Content | Time |\n| --- | --- | --- |\n" +
                 "\n".join(f"| {k} | {t['content']['en']} | {when(t, 'en')} |" for k, t in enumerate(rows, 1)))
        else:
            both(f"Tập trung vào {obj[0]}:\n\n+ Rà soát, lập danh sách, phân công cụ thể;\n"
                 f"+ Kiểm tra, đôn đốc thường xuyên, **báo cáo kết quả hằng quý**.",
                 f"Focus on {obj[1]}:\n\n+ Review, draw up lists and assign work specifically;\n"
                 f"+ Inspect and urge regularly, **reporting results every quarter**.")
    both("## III. KINH PHÍ THỰC HIỆN", "## III. FUNDING")
    both(f"Từ nguồn ngân sách xã {span_vi} và các nguồn huy động hợp pháp khác.",
         f"From the commune budget {span_en} and other lawful sources.")
    both("## IV. TỔ CHỨC THỰC HIỆN", "## IV. ORGANISATION OF IMPLEMENTATION")
    both(f"Trên đây là Kế hoạch triển khai {tvi} {span_vi}; đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
         f"This is the Plan for implementing {ten} {span_en}; agencies and units are requested to carry it out seriously./.")
    return {"vi": "\n\n".join(vi) + "\n", "en": "\n\n".join(en) + "\n"}


def when(task, lang):
    """A task's start as the body's table writes it: "Quý II/2026", "Q2 2026", "2026"."""
    start = task["timeframe"]["from"]
    if "-Q" not in start:
        return start
    year, q = start.split("-Q")
    return f"Quý {ROMAN[int(q) - 1]}/{year}" if lang == "vi" else f"Q{q} {year}"


def headings(markdown):
    return [line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith("#")]


# --------------------------------------------------------------------------
# YAML output. A small emitter is enough: the data is dicts, lists, strings,
# numbers and booleans; strings are written plain when that is safe (as an
# officer would), folded when long, double-quoted otherwise.
# --------------------------------------------------------------------------

PLAIN_SAFE = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*$")
PLAIN_RESERVED = re.compile(r"^(?:[-+]?[0-9][0-9_.:eE+-]*|true|false|yes|no|on|off|null|~|y|n)$", re.I)


def scalar(s):
    if isinstance(s, bool):
        return "true" if s else "false"
    if isinstance(s, (int, float)):
        return repr(s)
    if (PLAIN_SAFE.match(s) and not PLAIN_RESERVED.match(s) and ": " not in s and " #" not in s
            and not s.endswith((":", " ")) and not any(c in s for c in "[]{}\"")):
        return s
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def fold(s, indent):
    """A `>-` block scalar wrapped at about 100 columns; s has single spaces only."""
    lines, line = [], ""
    for word in s.split(" "):
        if line and len(line) + 1 + len(word) > 100 - indent:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    pad = " " * indent
    return ">-\n" + "\n".join(pad + l for l in lines)


def is_id_list(v):
    return isinstance(v, list) and v and all(isinstance(x, str) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*|\d{4}(-Q\d)?", x) for x in v)


def emit(value, indent=0):
    """Lines of YAML for a mapping or list at the given indent."""
    pad = " " * indent
    out = []
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, dict) and v:
                out.append(f"{pad}{k}:")
                out.extend(emit(v, indent + 2))
            elif is_id_list(v):
                out.append(f"{pad}{k}: [{', '.join(v)}]")
            elif isinstance(v, list):
                out.append(f"{pad}{k}:" if v else f"{pad}{k}: []")
                out.extend(emit(v, indent + 2))
            elif isinstance(v, str) and len(v) > 80:
                out.append(f"{pad}{k}: {fold(v, indent + 2)}")
            else:
                out.append(f"{pad}{k}: {scalar(v)}")
    else:
        for item in value:
            if isinstance(item, dict):
                sub = emit(item, indent + 2)
                out.append(pad + "- " + sub[0][indent + 2:])
                out.extend(sub[1:])
            elif isinstance(item, str) and len(item) > 80:
                out.append(f"{pad}- {fold(item, indent + 2)}")
            else:
                out.append(f"{pad}- {scalar(item)}")
    return out


def to_yaml(value):
    return "\n".join(emit(value)) + "\n"


def localize(value, lang):
    """The same data with every Text {vi, en} replaced by its text in `lang` (for Hugo's front matter)."""
    if isinstance(value, dict):
        if set(value) == {"vi", "en"}:
            return value[lang]
        return {k: localize(v, lang) for k, v in value.items()}
    if isinstance(value, list):
        return [localize(v, lang) for v in value]
    return value


def nfc(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [nfc(v) for v in value]
    return value


# --------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def sort_key(date):
    """The plan lists' order key, as plansite sorts: (year, month, day), a blank part 0.

    So a draft dated 2026-04 comes after (is older than) one of 2026-04-01.
    """
    return int("".join((date.split("-") + ["00", "00"])[:3]))


def hugo_date(date):
    """Hugo wants a whole date; a draft's blank day or month becomes the first."""
    return "-".join((date.split("-") + ["01", "01"])[:3])


HUGO_SECTION = {"vi": "ke-hoach", "en": "plans"}
# plansite's folders of the item pages and their indexes, per language (src/render/urls.cc).
HUGO_ITEM_SECTION = {"task": {"vi": "nhiem-vu", "en": "tasks"},
                     "indicator": {"vi": "chi-tieu", "en": "indicators"},
                     "program": {"vi": "mo-hinh", "en": "programs"}}
# Rows (cards for programs) a page of each index, as plansite's kTasksPerPage,
# kIndicatorsPerPage and kProgramsPerPage (src/render/pages.h); the manifest
# carries them to compare_pages.py.
ITEMS_PER_PAGE = {"task": 100, "indicator": 100, "program": 50}
# The task filters are Hugo taxonomies whose term pages plansite's URLs give:
# /nhiem-vu/trang-thai/<status>/, /en/tasks/year/<year>/.
HUGO_TASK_FILTERS = {"task_status": {"vi": "trang-thai", "en": "status"},
                     "task_year": {"vi": "nam", "en": "year"}}


def period_years(period):
    """"2024" -> (2024, 2024); "2024-2028" -> (2024, 2028)."""
    parts = str(period).split("-")
    return int(parts[0]), int(parts[-1])


def task_years(timeframe, period):
    """The years a task's timeframe covers, from..to; an ongoing task covers the plan's
    whole period; a task without time is in no year."""
    if not timeframe or not (timeframe.get("from") or timeframe.get("ongoing")):
        return []
    if timeframe.get("ongoing"):
        first, last = period_years(period)
    else:
        first = int(str(timeframe["from"])[:4])
        last = int(str(timeframe.get("to", timeframe["from"]))[:4])
    return list(range(first, last + 1))


# A task's status as plansite shows it for a site without reports and without
# --as-of (docs/format-reference.md, "Progress statuses"): only what plan.yaml
# says counts, and a given `overdue` is read as `planned`, since lateness needs
# a date; so done, cancelled, in progress, else not started. The corpus keeps
# writing `overdue` (a valid input) so plansite's work is unchanged.
SAID_TASK_STATUSES = ("done", "cancelled", "in-progress")


def task_status_key(task):
    return task.get("status") if task.get("status") in SAID_TASK_STATUSES else "not-started"


def hugo_item_pages(plan_id, plan, lang):
    """(kind, item id, front matter) of every task, indicator and program page of a plan in `lang`.

    Each item's own fields as plan.yaml has them (in `lang`), plus what Hugo needs
    to file and order it: the plan's id (the layouts look the plan up with
    site.GetPage), `date_key` and `order` (newest plan first, then document
    order), `translationKey`, and for tasks the taxonomy terms of the filter pages.
    """
    local = localize(plan, lang)
    common = {"plan": plan_id, "date_key": sort_key(plan["date"])}
    for i, task in enumerate(local["tasks"], 1):
        front = {"title": task["content"], "translationKey": task["id"], **common, "order": i,
                 **{k: v for k, v in task.items() if k != "content"},
                 "task_status": [task_status_key(task)],
                 "task_year": task_years(task.get("timeframe"), plan["period"])}
        yield "task", task["id"], front
    for i, ind in enumerate(local["indicators"], 1):
        front = {"title": ind["statement"], "translationKey": ind["id"], **common, "order": i,
                 **{k: v for k, v in ind.items() if k != "statement"}}
        yield "indicator", ind["id"], front
    for i, prog in enumerate(local.get("programs", []), 1):
        front = {"title": prog["name"], "translationKey": prog["id"], **common, "order": i,
                 **{k: v for k, v in prog.items() if k != "name"}}
        yield "program", prog["id"], front


def hugo_config():
    langs = {}
    for weight, lang in enumerate(["vi", "en"], 1):
        langs[lang] = {
            "languageName": {"vi": "Tiếng Việt", "en": "English"}[lang],
            "weight": weight,
            "contentDir": f"content/{lang}",
            "title": SITE["title"][lang],
            # Hugo 0.111 takes paginatePath per language (compare_pages.py checks the URLs).
            "paginatePath": {"vi": "trang", "en": "page"}[lang],
            "params": {"description": SITE["description"][lang], "commune": SITE["commune"][lang],
                       "province": SITE["province"][lang],
                       "plansSection": HUGO_SECTION[lang],
                       "tasksSection": HUGO_ITEM_SECTION["task"][lang],
                       "indicatorsSection": HUGO_ITEM_SECTION["indicator"][lang],
                       "programsSection": HUGO_ITEM_SECTION["program"][lang],
                       "agenciesPath": {"vi": "co-quan", "en": "agencies"}[lang],
                       "statusPath": HUGO_TASK_FILTERS["task_status"][lang],
                       "searchPath": {"vi": "tim-kiem", "en": "search"}[lang],
                       # plansite's open data: the data page, linked from every footer (the
                       # files are one set, under /du-lieu/, for both languages).
                       "dataPath": {"vi": "du-lieu", "en": "data"}[lang],
                       **{f"{kind}sPerPage": n for kind, n in ITEMS_PER_PAGE.items()},
                       "pagePath": {"vi": "trang", "en": "page"}[lang]},  # for links between the languages' index pages
            # The same taxonomy names in both languages, so a term's pages are each
            # other's translations; the term pages get plansite's URLs.
            "taxonomies": {t: t for t in HUGO_TASK_FILTERS},
            "permalinks": {t: f"/{HUGO_ITEM_SECTION['task'][lang]}/{words[lang]}/:slug/"
                           for t, words in HUGO_TASK_FILTERS.items()},
        }
    return {
        "baseURL": "/",
        "defaultContentLanguage": "vi",
        "defaultContentLanguageInSubdir": False,
        # Only what plansite makes: home, plan, task, indicator and program pages,
        # their indexes, and the task filters (taxonomy terms; no list of the terms).
        "disableKinds": ["taxonomy", "RSS", "sitemap", "robotsTXT", "404"],
        # Hugo 0.111 warns, as an error, that "taxonomy" means the list of terms since 0.73: it does.
        "ignoreErrors": ["error-disable-taxonomy"],
        "disableAliases": True,
        # Plans are dated up to the end of 2026; Hugo would skip those "in the future".
        "buildFuture": True,
        "enableGitInfo": False,
        "paginate": 100,
        "languages": langs,
        "markup": {
            # cmark-gfm's extensions in plansite: tables, strikethrough, autolinks;
            # no smart punctuation, no raw HTML.
            "goldmark": {"extensions": {"typographer": False, "linkify": True, "table": True,
                                        "strikethrough": True, "definitionList": False,
                                        "footnote": False, "taskList": False},
                         "renderer": {"unsafe": False}},
            "tableOfContents": {"startLevel": 2, "endLevel": 3, "ordered": True},
        },
    }


def generate(args):
    out = args.out
    if os.path.exists(out):
        sys.exit(f"{out} exists; give a new folder")
    ps = os.path.join(out, "plansite")
    hg = os.path.join(out, "hugo")
    agencies = nfc(all_agencies())

    write(os.path.join(ps, "site.yaml"),
          "# Synthetic benchmark portal, made by bench/gen_corpus.py.\n" +
          to_yaml(nfc({**SITE, "languages": ["vi", "en"], "base_url": "/"})))
    write(os.path.join(ps, "content", "agencies.yaml"), to_yaml({"agencies": agencies}))

    write(os.path.join(hg, "config.yaml"), to_yaml(nfc(hugo_config())))
    write(os.path.join(hg, "data", "agencies.yaml"),
          to_yaml({a["id"]: {k: v for k, v in a.items() if k != "id"} for a in agencies}))
    for lang in ("vi", "en"):
        title = {"vi": "Các kế hoạch", "en": "Plans"}[lang]
        write(os.path.join(hg, "content", lang, HUGO_SECTION[lang], "_index.md"),
              f"---\ntitle: {title}\ntranslationKey: plan-index\n---\n")
        # Each item section's index; `cascade` gives the section and its pages
        # one layout type in both languages (layouts/task/, indicator/, program/).
        for kind, words in HUGO_ITEM_SECTION.items():
            title = {"task": {"vi": "Nhiệm vụ", "en": "Tasks"}, "indicator": {"vi": "Chỉ tiêu", "en": "Targets"},
                     "program": {"vi": "Mô hình điểm", "en": "Pilot models"}}[kind][lang]
            write(os.path.join(hg, "content", lang, words[lang], "_index.md"),
                  f"---\ntitle: {title}\ntranslationKey: {kind}-index\ntype: {kind}\ncascade:\n  type: {kind}\n---\n")
    # The layouts and UI strings are files in bench/hugo/; plansite's stylesheet
    # is served by both, so both write the same asset.
    for sub in ("layouts", "i18n"):
        shutil.copytree(os.path.join(HERE, "hugo", sub), os.path.join(hg, sub))
    css = os.path.join(HERE, "..", "themes", "default", "style.css")
    os.makedirs(os.path.join(hg, "assets", "assets"))  # published as /assets/style.<hash>.css, like plansite's
    if os.path.exists(css):
        shutil.copy(css, os.path.join(hg, "assets", "assets", "style.css"))
    else:
        write(os.path.join(hg, "assets", "assets", "style.css"), "body { margin: 0 }\n")

    manifest = {"plans": {}, "order": []}
    agency_names = {a["id"]: a["name"] for a in agencies}
    order = []
    for n in range(1, args.plans + 1):
        plan_id, plan, body = make_plan(args.seed, n)
        plan, body = nfc(plan), nfc(body)
        folder = os.path.join(ps, "content", "plans", plan_id)
        write(os.path.join(folder, "plan.yaml"), to_yaml(plan))
        for lang in ("vi", "en"):
            write(os.path.join(folder, f"body.{lang}.md"), body[lang])
            front = localize(plan, lang)
            # `title` and `date` are Hugo's own keys; the plan's date stays in
            # `plan_date` as written (a draft's may be partial), and `date_key`
            # orders the lists as plansite does. Hugo's `type` picks layouts, so
            # the document type goes in as `doc_type`.
            front = {"title": front["title"], "date": hugo_date(plan["date"]), "date_key": sort_key(plan["date"]),
                     "translationKey": plan_id, "plan_id": plan_id,
                     "plan_date": plan["date"], "doc_type": plan["type"],
                     **{k: v for k, v in front.items() if k not in ("title", "date", "type")}}
            write(os.path.join(hg, "content", lang, HUGO_SECTION[lang], plan_id, "index.md"),
                  "---\n" + to_yaml(front) + "---\n\n" + body[lang])
            for kind, item_id, item in hugo_item_pages(plan_id, plan, lang):
                write(os.path.join(hg, "content", lang, HUGO_ITEM_SECTION[kind][lang], plan_id, item_id + ".md"),
                      "---\n" + to_yaml(item) + "---\n")
            # The plan's table of indicators with every milestone, a page of its
            # own at /chi-tieu/<plan-id>/ as plansite's (the plan page links it):
            # beside the plan's folder of indicator pages, its own type, so the
            # indicator index leaves it out; the layout reads the plan's fields.
            if plan["indicators"]:
                write(os.path.join(hg, "content", lang, HUGO_ITEM_SECTION["indicator"][lang], plan_id + ".md"),
                      "---\n" + to_yaml({"type": "plan-indicators", "plan": plan_id,
                                         "translationKey": plan_id + "/indicators",
                                         "date_key": sort_key(plan["date"])}) + "---\n")
        order.append((sort_key(plan["date"]), plan_id))
        used = set(plan["issuers"])
        for t in plan["tasks"]:
            used.update(t["lead"] + t.get("coordinating", []))
        for pr in plan.get("programs", []):
            used.update(pr["responsible"])
        manifest["plans"][plan_id] = {
            lang: {
                "title": plan["title"][lang],
                "tasks": [t["content"][lang] for t in plan["tasks"]],
                "indicators": [i["statement"][lang] for i in plan["indicators"]],
                "signatories": [s["name"] for s in plan["signatories"]],
                "recipients": [x[lang] for x in plan["recipients"]],
                "agencies": sorted(agency_names[a][lang] for a in used),
                "headings": headings(body[lang]),
            } for lang in ("vi", "en")}
        # The item pages: their ids, in document order, with what each page must
        # show, and the tasks' filters (compare_pages.py works out the indexes).
        manifest["plans"][plan_id]["items"] = {
            "tasks": [{"id": t["id"], "status": task_status_key(t),
                       "years": task_years(t.get("timeframe"), plan["period"]),
                       "text": {lang: [t["content"][lang], plan["title"][lang]] +
                                ([t["expected_result"][lang]] if "expected_result" in t else [])
                                for lang in ("vi", "en")}} for t in plan["tasks"]],
            "indicators": [{"id": i["id"],
                            "text": {lang: [i["statement"][lang], plan["title"][lang]] for lang in ("vi", "en")}}
                           for i in plan["indicators"]],
            "programs": [{"id": pr["id"],
                          "text": {lang: [pr["name"][lang], plan["title"][lang], pr["participants"][lang]] +
                                   [a[lang] for a in pr["activities"]] for lang in ("vi", "en")}}
                         for pr in plan.get("programs", [])]}
    # Newest first; equal dates by id.
    order.sort(key=lambda x: x[1])
    order.sort(key=lambda x: x[0], reverse=True)
    manifest["order"] = [pid for _, pid in order]
    manifest["items_per_page"] = {f"{kind}s": n for kind, n in ITEMS_PER_PAGE.items()}
    manifest["plans_count"] = args.plans
    manifest["seed"] = args.seed
    with open(os.path.join(out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plans", type=int, default=5000, help="number of plans (default 5000, about 10,000 pages)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True, help="a folder that does not exist yet")
    args = ap.parse_args()
    if args.plans < 1 or args.plans > 99999:
        ap.error("--plans must be between 1 and 99999")
    generate(args)


if __name__ == "__main__":
    main()
