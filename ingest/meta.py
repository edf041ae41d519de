"""Header metadata: title, issuer, date, document number, jurisdiction, kind, years."""

from __future__ import annotations

import re
from itertools import takewhile
from typing import Any

from ingest.headings import APPENDIX, contents_of
from ingest.normalise import (
    DOC_NUMBER,
    PARTICULAR_LABELS,
    PLAN_KINDS,
    POSTED_LINE,
    SESSION_LINE,
    one_for_one,
)
from ingest.periods import plan_in_title
from ingest.role_labels import BODY_NAME_END

_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
# a signature date in Chinese numerals: 二〇二四年三月五日, its year in digits once
# normalised (2024年三月五日)
_CN_DATE = re.compile(
    r"(\d{4}|[〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _cn_number(s: str) -> int:
    """十 → 10, 十二 → 12, 二十五 → 25, 三十 → 30, 五 → 5."""
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


# a date alone in figures, as drafts and pages copied from portals write it: 2026.3.6,
# 2026/3/6, 2026-03-06
_FIGURES_DATE = re.compile(r"(\d{4})([.．/／\-])(\d{1,2})\2(\d{1,2})")


# a note on publication after a signature's date, on its line (2026年3月5日（此件公开发布）)
_PUBLICATION_NOTE = re.compile(r"[ \u3000]*[（(]此件[^（）()]{2,8}[）)]$")


def _date_of(line: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a line that is a date alone, in Arabic or Chinese numerals or
    in figures alone (a note on publication after it, （此件公开发布）, aside)."""
    line = _PUBLICATION_NOTE.sub("", line)
    m = _DATE.fullmatch(line)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = _FIGURES_DATE.fullmatch(line)
    if m and 1 <= int(m.group(3)) <= 12 and 1 <= int(m.group(4)) <= 31:
        return int(m.group(1)), int(m.group(3)), int(m.group(4))
    m = _CN_DATE.fullmatch(line)
    if m:
        y = m.group(1)
        year = int(y) if y.isdigit() else int("".join(str(_CN_DIGIT[c]) for c in y))
        return year, _cn_number(m.group(2)), _cn_number(m.group(3))
    return None


# a covering notice's headline, what it publishes inside (…办公室关于印发X的通知, 关于公布…目录的通知)
_COVERING_HEADLINE = re.compile(r"关于(?:印发|公布)(.+?)的通知$")
# (or a date alone in brackets under a title: （2025年3月1日）)
_APPROVED = re.compile(r"（(\d{4}年\d{1,2}月\d{1,2}日)(?:[^（）]{0,40}?(?:批准|通过|印发|发布))?）")
_TITLE_DATE = re.compile(r"[（(](\d{4}年\d{1,2}月\d{1,2}日)[）)]$")
_ADOPTED_AT_MEETING = re.compile(r"会议[^（）]{0,10}?通过")
_ISSUED_IN_BRACKET = re.compile(r"日([\u4e00-\u9fff]{2,30}?)(?:印发|发布)）$")
_DOC_NO = re.compile(DOC_NUMBER)
_ISSUER = re.compile(
    # (a place's other name in brackets inside it: 泰州医药高新区（高港区）管委会办公室 — batch 960)
    r"^[\u4e00-\u9fff]{2,30}(?:（[\u4e00-\u9fff]{2,10}）[\u4e00-\u9fff]{0,20}?)?(?:人民政府|人民政府办公室|人民政府办公厅|行政公署|委员会|办公室|办公厅|街道办事处|"
    r"发展和改革局|局|委|厅|管委会|督查室|研究室|常委会"
    # (a leading group issues its own documents: 中共某县委人才工作领导小组; a people's
    # congress its resolutions: 滁州市人民代表大会关于…的决议; a headquarters its notices:
    # 休宁县防汛抗旱指挥部; a bureau's party group its bulletins: 中共镇原县交通运输局党组; an
    # extension or service centre its guidance: 富锦市农业技术推广中心)
    r"|领导小组|人民代表大会|指挥部|党组|推广中心|服务中心"
    # (a chain's task force its task lists: 滕州市机床产业链工作专班 — batch 1226)
    r"|工作专班"
    # (a centre trading public resources, or controlling disease: …公共资源交易中心)
    r"|交易中心|控制中心|监测中心|发展中心"
    # (a government's own service centre: 慈溪市机关事务管理中心; a county's media centre)
    r"|管理中心|事务中心|融媒体中心|保障中心"
    # (a people's organisation, a hospital: 凤冈县妇女联合会, 县总工会, 洛川县人民医院)
    r"|联合会|妇联|残联|工商联|科协|总工会|红十字会|慈善总会|医院|卫生院"
    # (a supply and marketing cooperative's union: 舒城县供销合作社联合社)
    r"|合作社联合社"
    # (the county's military department, with its government: 梨树县人民武装部)
    r"|人民武装部"
    # (a party committee's department, issuing with a bureau: 中共湟源县委组织部; a work
    # department by its whole name, as the reforms of 2023 set up the social work ones:
    # 中共涟源市委社会工作部, 统一战线工作部 — batch 695)
    r"|组织部|宣传部|统战部|政法委|工作部"
    # (a party committee's office named short, as the reforms of 2023 set up the finance ones:
    # 临沂市委金融办, 市委网信办 — batch 743)
    r"|(?<=委)(?:金融|网信|编|人才|改革|政研|外事|财经|农|社会)办"
    # (a congress's team inspecting a law or surveying: …人大常委会执法检查组)
    r"|检查组|调研组|视察组|督查组"
    # (a county's archives, a public institution, its own work points: 临朐县档案馆 — batch 1315)
    r"|档案馆"
    # (a labour arbitration court, its own work points: 河津市劳动人事争议仲裁院 — batch 1336)
    r"|仲裁院"
    # (a city's hydrology centre, its own work points: 新余市水文中心 — batch 1340; a district's
    # investment promotion centre: 淮阴区投资促进中心 — batch 1381)
    r"|水文中心|促进中心"
    # (a state firm signs its own plan: 北流市城市投资集团有限公司)
    r"|有限公司|有限责任公司)"
    # (its second name in brackets after it: 大方县农业农村局（县乡村振兴局） — batch 958)
    r"(?:（[\u4e00-\u9fff]{2,20}(?:局|委|办|办公室|中心)）)?$"
    # (an accident's investigation team signs its report: 涟源市“3·16”高处坠落较大事故调查组)
    r"|^[\u4e00-\u9fff“”\d·]{4,40}事故调查组$"
)
# the kinds of document a title names
# (minutes, letters of responsibility and proposals too: 常务会议纪要, 目标责任书, 规划的建议;
# announcements and resolutions: 关于做好…秸秆禁烧工作的通告, …的公告, …的决议; replies to a
# request: 政府信息公开申请答复书, …告知书; a motion)
TITLE_WORDS = re.compile(
    rf"({PLAN_KINDS}|通知|决定|报告|纪要|责任书|建议|通报|批复|通告|公告|决议|答复书|答复|答覆|告知书|倡议书|公开信|一封信"
    # (a motion a government puts to its congress: 关于提请审议《…规划》的议案)
    r"|议案)"
)
# a document explaining another, named in 《》 inside its own title: 《…若干措施》政策解读,
# 关于《…实施方案》的解读, 《…》起草说明
# what a draft's title says it is, in brackets on a line of its own under it
_DRAFT_NOTE = re.compile(r"[（(](?:征求意见稿|送审稿|讨论稿|草案|代拟稿|修订稿|试行)[）)]")
# an announcement asking for comments on a draft, which it carries as a covering notice carries
# its plan: 关于公开征求《…（征求意见稿）》意见的公告
_CONSULTATION = re.compile(
    r"^关于(?:公开|广泛)?征求《[^》]+》(?:的)?(?:修改)?意见(?:建议)?的(?:公告|通告|通知|函)$"
)
# (or a press conference's transcript on it: 《…行动方案》政策解读新闻发布会文字实录)
_INTERPRETATION = re.compile(
    r"^(?:关于)?《[^》]+》(?:的)?(?:政策)?"
    r"(?:(?:解读|问答|起草说明)(?:新闻发布会(?:文字)?(?:实录)?)?|新闻发布会(?:文字)?实录)$"
)
# the body an interpretation names as interpreting it, on a field line (解读机关：…)
_INTERPRETED_BY = re.compile(
    r"(?:^|\n)\s*(?:解读机关|解读单位|解读部门|解读机构)[：:]\s*([\u4e00-\u9fff（）]{2,40})\s*(?:\n|$)"
)
# From an issuer (沛县人民政府: one-character names too; 昌乐县发展和改革局), else from a
# title (青州市2024年…, 关于昌乐县2023年…的报告).
# what follows the place in an issuer: 人民政府办公室, 发展和改革局, 高新区管委会
_ISSUING_BODY = (
    # (a new area's or a zone's own: 青岛西海岸新区管委会)
    # (a party committee named short, 安吉县委 of 中共安吉县委, as 委 alone)
    r"(?:人民政府|政府|行政公署|委员会|委$|办公|管委会|管理委员会"
    r"|[\u4e00-\u9fff]{1,12}(?:局|委员会|管委会|委|厅|办公室|办|中心)$"
    # (or a town's or street's body: 凤凰镇人民政府, 上城区人民政府湖滨街道办事处)
    r"|(?:[\u4e00-\u9fff]{1,4}?[县区市])?(?:人民政府)?[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)"
    r"(?:人民政府|政府|办事处|党委|工作委员会|党工委))"
)
_JURISDICTION = re.compile(
    r"^([\u4e00-\u9fff]{1,10}?(?:自治县|自治州|自治旗|省|市|县|区|旗|[州盟](?![市县区])))(?="
    + _ISSUING_BODY
    + ")"
)
_ISSUING_BODY_AT = re.compile(_ISSUING_BODY)
_TITLE_JURISDICTION = re.compile(
    r"^([\u4e00-\u9fff]{2,8}?(?:自治县|自治州|省|市|县|区|旗|[州盟](?![市县区])))"
)
# the one body a reply or a letter is addressed to, on a line of its own under the headline
# (县农业农村局：) — the body its text calls 你局; not a list of them (各乡镇人民政府，县政府各部门：)
_ADDRESSEE = re.compile(r"^([\u4e00-\u9fff（）]{3,30})[：:]$")
# … not the place a text calls its own (关于推动我县…, 全市…, 本区…): no name
_NOT_A_PLACE_NAME = re.compile(
    r"(?:我|本|该|全|各)(?:自治县|自治州|省|市|县|区|旗|州|盟)$"
    # (nor a body's name run on to the place after it: 县人大常委会关于县…)
    r"|关于|人大|政协|常委|委员会|政府"
)
# A county or district under its city (临沂市兰山区, 潍坊市临朐县) is the jurisdiction as
# a whole; words that end like a place (老城区, 园区, 小区, 开发区, 智慧城市 …) are not one,
# though a district may end so too (历城区, 东城区).
_SECOND_LEVEL = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:自治县|新区|县|区|市)")
# (before an issuing body a longer name is safe: 堆龙德庆区, 长阳土家族自治县, 乌拉特前旗)
_SECOND_LEVEL_BEFORE_BODY = re.compile(
    r"[\u4e00-\u9fff]{1,7}?(?:自治县|自治旗|新区|县|区|市)|[\u4e00-\u9fff]{2,6}?旗"
)
_NOT_SECOND_LEVEL = re.compile(
    r"(?:(?:^|[老主新旧心])城区|[市小园社片景街辖校]区|开发区|高新区|[城都超夜集股上门]市"
    r"|(?:保税|示范|试验|合作|度假|名胜|功能|集聚)区|区县|县区|县市|市县)$"
    r"|^[全各本我该两多每]"
)
# A table published on its own names who compiled it and when, often on its last line
# (制表单位：… 制表日期：…, 填报单位（盖章）：… 填报时间：…): its issuer and date.
_COMPILE = r"(?:制表|填报|编制|报送)"
_COMPILER = re.compile(
    rf"(?m)^[ \t]*{_COMPILE}单位(?:（盖章）)?[：:][ \t]*"
    rf"([\u4e00-\u9fff（）]{{4,30}}?)(?=[ \t]|$|{_COMPILE}(?:日期|时间))"
)
_COMPILED_ON = re.compile(rf"{_COMPILE}(?:日期|时间)[：:][ \t]*(\S+?日)")
_MASTHEAD = re.compile(
    r"(?m)^[ \t\u3000]*([\u4e00-\u9fff（）]{4,30}?)[ \t\u3000]*编(?:印|发)?"
    r"(?:[ \t\u3000]*(\d{4}年\d{1,2}月\d{1,2}日))?[ \t\u3000]*$"
)
_RUNS_ON = ("域", "级", "场", "民", "直", "属", "委", "内", "外")
_HORIZON = re.compile(r"（?(\d{4})年?[—\-–~至到](\d{4})年）?")  # (2026—2028年, 2026年至2028年)


# (or, under the title, saying it issued the text then, its number after: 琼海市人民政府办公室
# 2026年3月10日印发（琼海府办〔2026〕15号), as a note's quote block gives it — at the end, such a
# line is the colophon's, the day it was printed: 攸县人民政府办公室2026年2月27日印发)
ISSUER_AND_DATE = re.compile(
    # (the date in figures too: 寿光市农业农村局　2026-02-25 — batch 703)
    # (or parted from it by a bar: 孝感市孝南区人民政府办公室 | 2026年3月8日 — batch 921; or by a middle
    # dot: 安吉县人民政府办公室 · 2026年3月16日 — batch 1063)
    # (or with the number before them: 南岸府办发〔2026〕7号　　重庆市南岸区人民政府办公室　　2026年3月9日 —
    # batch 1220)
    rf"(?:{DOC_NUMBER}\s*)?"
    # (or two bodies issuing jointly, parted by 、: 信阳市农业农村局、信阳市商务局 | 2026年3月5日 — batch 1549)
    r"([\u4e00-\u9fff]{4,30}?(?:、[\u4e00-\u9fff]{4,30}?)?)\s*(?:[|｜丨·・•]\s*)?(\d{4}年\d{1,2}月\d{1,2}日|\d{4}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2})(?P<printed>印发|发布)?"
    r"(?:\s*[（(][^（）()]{0,20}〔\d{4}〕[^（）()]{0,6}号[）)])?"
)


def _is_issuer(line: str) -> bool:
    """Whether ``line`` names an issuer, or two or three issuing jointly parted by 、 (信阳市农业农村局、
    信阳市商务局 — batch 1549)."""
    parts = line.split("、")
    return len(parts) <= 3 and all(_ISSUER.match(part) for part in parts)


def _printed_on(text: str) -> tuple[int, int, int] | None:
    """The day the colophon at the end says the text was printed (攸县人民政府办公室
    2026年2月27日印发): a document's date only when it gives no other."""
    lines = [ln.strip() for ln in text[-400:].split("\n") if ln.strip()][-8:]
    for n in range(len(lines) - 1, -1, -1):
        m = ISSUER_AND_DATE.fullmatch(lines[n])
        if m and m.group("printed") and _ISSUER.match(m.group(1)):
            return _date_of(m.group(2))
        # (the office and its printing day on two lines: 攸县人民政府办公室 / 2026年2月27日印发)
        day = _PRINTED_DAY.fullmatch(lines[n])
        if day and n and _ISSUER.match(lines[n - 1]):
            return _date_of(day.group(1))
    return None


_PRINTED_DAY = re.compile(r"(\d{4}年\d{1,2}月\d{1,2}日)(?:印发|发布)")


# A letter of responsibility is signed by its parties: 甲方：宁陵县人民政府　乙方：…
# (its seal asked for before or after the name: 甲方（盖章）：…, 甲方：…（盖章）)
_FIRST_PARTY = re.compile(
    r"(?m)^\s*甲方(?:[（(]盖章[）)])?[：:]\s*([\u4e00-\u9fff]{4,30}?)(?=[（(\s]|$|乙方)"
)
_SECOND_PARTY = re.compile(
    r"乙方(?:[（(]盖章[）)])?[：:]\s*([\u4e00-\u9fff]{4,30}?)(?=[（(\s]|$)", re.M
)
# an agreement's headline (…框架协议, 合作协议书, 战略合作备忘录), not a letter of responsibility's
_AGREEMENT = re.compile(r"协议书?$|备忘录$")
# An annex after the signature opens with 附件 (or 附件1) alone on its line
_ANNEX_LINE = re.compile(r"(?m)^[ \t]*附(?:件|表)[ \t]*\d{0,2}[ \t]*$")


# a line wholly in brackets
_IN_BRACKETS = re.compile(r"[（(]\s*([^（）()]+?)\s*[）)]")
# the mark where a signature's seal goes, no part of its name: 某县人民政府（盖章）
_SEAL_MARK = re.compile(r"\s*[（(](?:盖章|印章|公章|章)[）)]$")


def _signature(
    lines: list[str], *, last: bool = False
) -> tuple[tuple[int, int, int], str | None] | None:
    """A line that is a date alone (the first, or the ``last``), with the issuer on the
    line above it when there is one; or a report's session line, with the issuer (the
    reporting office) on the line below."""
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    for i in order:
        # (the issuer and the date on one line, as minutes sign under their title:
        # 兴平市人民政府办公室　　2026年3月12日)
        # (or both in brackets under a title: （巴宜区农业农村局　2026年3月9日） — batch 936)
        bracketed = _IN_BRACKETS.fullmatch(lines[i])
        both = ISSUER_AND_DATE.fullmatch(bracketed.group(1) if bracketed else lines[i])
        if both and last and both.group("printed"):
            both = None  # (the colophon's printing)
        if both and _is_issuer(both.group(1)) and (dm := _date_of(both.group(2))):
            return dm, both.group(1)
        dm = _date_of(lines[i])
        if dm:
            above = _SEAL_MARK.sub("", lines[i - 1]) if i > 0 else ""
            if not _is_issuer(above):
                return dm, None
            # issued jointly, each body on a line of its own over the date (a party
            # committee's and a government's)
            two_above = lines[i - 2] if i > 1 else ""
            # (or two bodies of one place: a village's committee and its supervision committee)
            place = "".join(
                a
                for a, _ in takewhile(
                    lambda ab: ab[0] == ab[1], zip(two_above, above, strict=False)
                )
            )
            if _ISSUER.match(two_above) and (
                two_above.startswith("中共") or (len(place) >= 3 and place[-1] in "省市县区镇乡村")
            ):
                return dm, f"{two_above}、{above}"
            return dm, above
        session = SESSION_LINE.match(lines[i])
        if session and session.group(1) and (dm := _date_of(session.group(1))):
            below = lines[i + 1] if i + 1 < len(lines) else ""
            if _ISSUER.match(below):
                return dm, below
            reporting = _government_reporting(lines[i], below)
            if reporting is None and i > 0:
                # (or the reporter's line above it, the session line in brackets under it:
                # 乐清市发展和改革局局长　陈明 / （2026年1月20日在…会议上） — batch 1519)
                reporting = _government_reporting(lines[i], lines[i - 1])
            return dm, reporting
    return None


# A person's name: two to five characters, or the parts of a minority people's name set apart
# by a middle dot (艾尔肯·买买提, 阿不都热依木·阿不都克力木)
_PERSON = r"(?:[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,2})"
# The head of a government reporting to its congress, under the session line of a 政府工作报告:
# 安丘市人民政府市长  李明, 代理县长 王某, 市长 李明, a town's 博鳌镇人民政府镇长 王海明; or
# with the place alone, its government meant (库车市市长　艾尔肯·买买提: group 2); the name may
# be left out where the government or place is named (宁波市江北区人民政府区长 — batch 821).
_REPORTER = re.compile(
    r"^(?:([\u4e00-\u9fff]{2,20}?人民政府)|([\u4e00-\u9fff]{1,12}?[省市县区州旗镇乡]))?\s*"
    r"(?:代理)?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长)(?:[\s\u3000]*(" + _PERSON + "))?$"
)
# … or the head of the office reporting, under the session line of a plan report:
# 宜昌市夷陵区发展和改革局局长　周文斌, 县发展和改革局局长 王某 (the office is the issuer);
# or of the court or the procuratorate, reporting on its work: 威县人民法院院长　张建国
_OFFICE_REPORTER = re.compile(
    r"^([\u4e00-\u9fff]{2,30}?(?:局|委员会|委|人民法院|人民检察院))"
    r"(?:代理)?(?:局长|主任|院长|检察长)[\s\u3000]*" + _PERSON + "$"
)
# … or the party committee's secretary, reporting to its congress: 中共安吉县委书记　李建平
_SECRETARY_REPORTER = re.compile(
    r"^(中共[\u4e00-\u9fff]{2,12}?(?:委员会|委))(?:代理)?书记[\s\u3000]*" + _PERSON + "$"
)
# whose congress the session is: 在安丘市第十九届人民代表大会第五次会议上
_CONGRESS = re.compile(
    r"在([\u4e00-\u9fff]{1,12}?(?:自治县|自治州|省|市|县|区|旗))第[^届]{1,4}届人民代表大会"
)


def _government_reporting(session_line: str, below: str) -> str | None:
    """The government or office whose head reports (the line below the session line
    names the head's office), named on that line or else by the congress the session is
    of (区发展和改革局局长 … at 宜昌市夷陵区's congress: 宜昌市夷陵区发展和改革局)."""
    congress = _CONGRESS.search(session_line)
    if secretary := _SECRETARY_REPORTER.match(below):
        return secretary.group(1)
    office = _OFFICE_REPORTER.match(below)
    if office:
        name = office.group(1)
        if name[0] in "省市县区州盟旗" and congress:  # the level alone: the congress's place
            return congress.group(1) + name[1:]
        return name
    reporter = _REPORTER.match(below)
    if reporter is None or not (reporter.group(3) or reporter.group(1) or reporter.group(2)):
        return None
    if reporter.group(1):
        return reporter.group(1)
    if reporter.group(2):
        return reporter.group(2) + "人民政府"
    return congress.group(1) + "人民政府" if congress else None


# a line that is a whole title: it ends naming its kind (…实施方案, …的报告（2024—2026年）)
_WHOLE_TITLE = re.compile(TITLE_WORDS.pattern + r"(?:（\d{4}年?[—\-–~至到]\d{4}年）)?$")


def _title_begun_above(lines: list[str], i: int) -> str:
    """``lines[i]`` with the lines above it that begin the same title, as a long title is
    set on two or three lines (临朐县推进文化旅游高质量发展 / 三年行动计划（2024—2026年）;
    关于…计划执行情况 / 与2025年…计划草案的报告): a line above joins unless it is a title of
    its own, the issuer, a date (or both on one line), a document number, a sentence, an
    addressee, a note in brackets (（此件公开发布）) or an attachment's label (附件1)."""
    title = lines[i]
    for above in reversed(lines[max(0, i - 2) : i]):
        if (
            _WHOLE_TITLE.search(above)
            or _ISSUER.match(above)
            or _date_of(above)
            or ISSUER_AND_DATE.fullmatch(above)  # (the notice's signature on one line)
            or _DOC_NO.search(above)
            or SESSION_LINE.match(above)
            or re.search(r"[，。：；:;！？]", above)
            or above.endswith("文件")
            or re.fullmatch(r"[（(〔【].*[）)〕】]", above)  # （此件公开发布）
            or APPENDIX.match(above)  # 附件1
            or not re.search(r"[\u4e00-\u9fff]", above)
            or len(above) + len(title) > 80
        ):
            break
        title = above + title
    return title


# a document issued jointly by a party committee and its government (or their offices):
# 中共馆陶县委　馆陶县人民政府, 中共青州市委办公室　青州市人民政府办公室
_JOINT_ISSUERS = re.compile(
    r"(中共[\u4e00-\u9fff]{2,12}?(?:委员会|委)(?:办公室|办公厅)?)、?"
    r"([\u4e00-\u9fff]{2,12}?(?:人民政府|行政公署)(?:办公室|办公厅)?)"
)
# … or by two bodies of one place, each named with it: 临朐县农业农村局　临朐县财政局 (a party
# committee's department first, 中共湟源县委组织部　湟源县民政局)
_TWO_BODIES = re.compile(
    r"((?:中共)?([\u4e00-\u9fff]{2,8}?(?:省|自治区|市|自治州|州|县|区|旗))[\u4e00-\u9fff]{2,20}?)"
    r"(\2[\u4e00-\u9fff]{2,20})"
)
# the issuer opening a title or a covering notice's headline before 关于: 江西省人民政府办公厅关于
# 印发…的通知, 中共桐乡市委关于制定…的建议
_ISSUER_OF_TITLE = re.compile(r"^([\u4e00-\u9fff]{2,30}?)关于")
# A post's headline dressed to be clicked: a call before it (重磅！…) and an arrival or an
# arrow after it (…来了→, …出炉啦！) — no part of the title
_HEADLINE_DRESSING = re.compile(
    r"^(?:重磅|速看|关注|权威发布|最新|好消息|收藏|必看|速览|一图读懂)[！!：:|｜丨]\s*"
    r"|(?:(?:来了|来啦|出炉了|出炉啦)[！!]*[→↓👇]*|(?:出炉|公布)?[！!]*[→↓👇]+)$"
)


# a town or street after its county or district in an issuer's name, before its own body
_TOWN = re.compile(
    r"(?:人民政府)?([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))"
    r"(?=人民政府|政府|办事处|党委|工作委员会|党工委)"
)


# a town's name opening a title: 周庄镇2026年重点工作计划, 湖滨街道2026年经济工作要点
_TOWN_TITLE = re.compile(r"^([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))(?=\d{4}年|“|关于)")
# a village's own plan: the places down to it open the title (阿瓦提县乌鲁却勒镇阿依巴格村2026年工作
# 计划) — the village is the jurisdiction, so its bodies named bare (村委会, 村党支部) are its own
_VILLAGE_TITLE = re.compile(
    r"^((?:[\u4e00-\u9fff]{2,8}?(?:自治县|县|市|区|旗))?(?:[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))?"
    r"[\u4e00-\u9fff]{2,6}?村)(?=\d{4}年)"
)


# a part's name that ends in a kind of document (保障措施, 工作计划, 实施方案): a heading
# whose marker was lost, never a document's title
_PART_NAME = re.compile(
    r"(?:保障|主要|重点|具体|工作|政策|支持|推进|实施|配套|组织)(?:措施|计划|方案|要点)"
)


def is_issuer(line: str) -> bool:
    """Whether a line is an issuing body's name alone: 肥城市人民政府办公室, not 大众日报."""
    return bool(_ISSUER.match(line))


# A portal page's particulars of the document — an information line outside its text block
# (发布机构：济南市历城区科学技术局  发布日期：2025-03-05; 信息来源：肥城市人民政府办公室), or a
# table of them (索引号 | 发布机构 | 成文日期 | 发文字号 …), which a page saved or copied as text
# keeps above the document one field a line. A 来源 is the issuer only when it is an issuing
# body (not 大众日报). In a table a label may stand in a cell of its own with no colon: the
# page's text then has the value on the next line.
_LABEL_END = r"(?:[：:]|\s*\n)\s*"
# (a value ends where the next field's label begins: fields on one line run together once
# the spaces between them are gone)
_VALUE_END = rf"(?=(?:{PARTICULAR_LABELS})|[^\u4e00-\u9fff（）]|$)"
_ISSUER_LABELS = [
    re.compile(
        rf"(?:发布机构|发文机关|发文单位|发布单位){_LABEL_END}([\u4e00-\u9fff（）]{{2,40}}?){_VALUE_END}"
    ),
    re.compile(rf"(?:信息来源|来源)[：:]\s*([\u4e00-\u9fff（）]{{2,40}}?){_VALUE_END}"),
]
# 发文字号：青政办字〔2025〕3号
_DOC_NUMBER = re.compile(rf"(?:发文字号|文号)[：:]\s*({DOC_NUMBER})")
_LABELLED_DATE = r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})"
_SIGNED_LABEL = re.compile(r"(?:成文日期|发文日期)" + _LABEL_END + _LABELLED_DATE)
# the day it was published (a bare 时间 only with its colon)
_PUBLISHED_LABELS = [
    re.compile(r"(?:发布日期|发布时间)" + _LABEL_END + _LABELLED_DATE),
    re.compile(r"(?<![成完])时间[：:]\s*" + _LABELLED_DATE),
    # (or a bare 日期, a page's 来源 line closing with it — batch 901; not 生效日期, 成文日期 …)
    re.compile(r"(?<![\u4e00-\u9fff])日期[：:]\s*" + _LABELLED_DATE),
]


# a line of a page's particulars, its first label opening it (发布机构：…  发布日期：…)
_PARTICULARS_LINE = re.compile(rf"(?:{PARTICULAR_LABELS})\s*[：:]")
# the body signing above a month alone (某县人民政府 / 2026年3月): the issuer, the day unsaid
_MONTH_ALONE = re.compile(r"\d{4}年\d{1,2}月")


def _last_lines(text: str) -> list[str]:
    """The text's last lines that are not blank (up to eight, from its last 400 characters),
    where a signature stands."""
    return [line.strip() for line in text[-400:].split("\n") if line.strip()][-8:]


def _labelled_date(m: re.Match[str] | None) -> str | None:
    return "{:04d}-{:02d}-{:02d}".format(*(int(g) for g in m.groups())) if m else None


def particulars(text: str) -> dict[str, str]:
    """The issuer, date and document number a page's particulars give in ``text``: the date
    it was signed (成文日期), else the date it was published."""
    out: dict[str, str] = {}
    if issuer := issuer_of_page(text):
        out["issuer"] = issuer
    date = signed_on(text) or published_on(text)
    if date:
        out["date"] = date
    if m := _DOC_NUMBER.search(text):
        out["doc_number"] = m.group(1)
    return out


def _ymd(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(part) for part in iso.split("-"))
    return y, m, d


def issuer_of_page(text: str) -> str | None:
    """The issuer a page's particulars name (发布机构, or a 来源 that is an issuing body)."""
    for rx in _ISSUER_LABELS:
        m = rx.search(text)
        if m and (rx is _ISSUER_LABELS[0] or is_issuer(m.group(1))):
            return m.group(1)
    return None


def signed_on(text: str) -> str | None:
    """The date a page's particulars say the document was signed (成文日期), if any."""
    return _labelled_date(_SIGNED_LABEL.search(text))


def published_on(text: str) -> str | None:
    """The date a page's particulars say the document was published (发布日期), if any."""
    return next(filter(None, (_labelled_date(rx.search(text)) for rx in _PUBLISHED_LABELS)), None)


_YEAR_AT = re.compile(r"\d{4}|[〇零一二][〇零一二三四五六七八九]{3}年")


def _second_level(text: str, pos: int, *, body_follows: bool = False) -> str:
    """The county or district written at ``pos`` after its city (临沂市|兰山区…), else "":
    a place name, not a word ending like one, nor running on (临朐县域, 兰山区级); in an
    issuer, followed by the issuing body (济南市历城区|人民政府办公室)."""
    second = (_SECOND_LEVEL_BEFORE_BODY if body_follows else _SECOND_LEVEL).match(text, pos)
    if second is None and not body_follows:
        # (in a title, a longer name before the plan's year: 拉萨市堆龙德庆区2025年…)
        second = _SECOND_LEVEL_BEFORE_BODY.match(text, pos)
        if second is not None and not _YEAR_AT.match(text, second.end()):
            return ""
    if (
        second is None
        or _NOT_SECOND_LEVEL.search(second.group(0))
        or text.startswith(_RUNS_ON, second.end())
    ):
        return ""
    if body_follows and not _ISSUING_BODY_AT.match(text, second.end()):
        return ""
    return second.group(0)


# a title opening with a body, its plan's year right after (福清市教育局2025年工作要点)
_BODY_BEFORE_YEAR = re.compile(r"^([\u4e00-\u9fff]{4,30}?)(?=(?:19|20)\d{2}年)")


def _body_opening_title(lines: list[str]) -> str | None:
    """The body a title line opens with before its year, if it names one (a bureau, a
    commission, an office …) and the line is a title (no sentence)."""
    for line in lines:
        if "。" in line or "，" in line:
            continue
        m = _BODY_BEFORE_YEAR.match(line)
        if m and _ISSUER.match(m.group(1)) and TITLE_WORDS.search(line, m.end()):
            return m.group(1)
    return None


def published_title(headline: str) -> str:
    """The title of the document a covering notice's headline publishes (中卫市人民政府办公室关于印发
    …三年行动方案（2026—2028年）的通知 → …三年行动方案（2026—2028年） — batch 1580: a page
    whose <title> is the notice's and whose text is the plan alone), else the headline."""
    notice = _COVERING_HEADLINE.search(headline)
    return _unquoted(notice.group(1)) if notice else headline


def _unquoted(name: str) -> str:
    """A title a notice publishes, without the book-title marks around the whole of it
    (《…工作方案》) — those around part of it stay (《2026年县政府工作报告》重点工作分工方案: the marks
    had been stripped at either end, leaving one — batch 650)."""
    if name.startswith("《") and name.endswith("》") and name.count("《") == 1:
        return name[1:-1]
    return name


def _annex_label(line: str) -> bool:
    """Whether a line is an annex's label alone (附件1, 附表), no title after it."""
    m = APPENDIX.fullmatch(line)
    return m is not None and not m.group(3)


def extract_meta(text: str, body_start: int, given: dict[str, str] | None = None) -> dict[str, Any]:
    """Metadata from the front matter (text before the first heading); the issuer and
    date from the signature at the end when the front matter has none."""
    front = text[:body_start]
    raw_front = front.split("\n")
    # a 目录's entries name no title (looked for in the whole text: one with no page numbers
    # is told by its entries written again below)
    contents = contents_of(text)
    lines = [line.strip() for i, line in enumerate(raw_front) if line.strip() and i not in contents]
    meta: dict[str, Any] = {}
    written = re.search(r"成文日期[：:]?\s*(\S+?日)", text)
    date = _date_of(written.group(1)) if written else None
    # (a portal page's particulars kept above the document: 成文日期：2026-01-15)
    if date is None and (signed := signed_on(front)):
        date = _ymd(signed)
    if date is None:
        # an outline approved by the congress: （2026年2月10日…会议批准） under its title
        approved = next(filter(None, (_APPROVED.fullmatch(line) for line in lines)), None)
        date = _date_of(approved.group(1)) if approved else None
        # (adopted at a meeting and signed later: the signature's day is the one it was issued
        # — （2026年3月5日市政府第12次常务会议审议通过） over 如皋市人民政府 / 2026年3月8日, batch 1139)
        if approved and _ADOPTED_AT_MEETING.search(approved.group(0)):
            signed_on_day, signed_by = _signature(_last_lines(text), last=True) or (None, None)
            if signed_on_day is not None:
                date = signed_on_day
                if signed_by:
                    meta["issuer"] = signed_by
        # (the bracket may name who issued it: （2026年2月24日晋城市人民政府办公室印发）)
        by = _ISSUED_IN_BRACKET.search(approved.group(0)) if approved else None
        if by and _ISSUER.match(by.group(1)):
            meta["issuer"] = by.group(1)
        elif approved:
            # (a speech: the speaker's line under its bracketed day, 溧阳市市长　周建平, makes the
            # body the speaker heads the issuer, as under a 政府工作报告's session line)
            dated = next(i for i, line in enumerate(lines) if _APPROVED.fullmatch(line))
            speaker_line = lines[dated + 1] if dated + 1 < len(lines) else ""
            if speaker := _government_reporting(lines[dated], speaker_line):
                meta["issuer"] = speaker
    if date is None:
        # the date under the issuer in the front matter, else the issuer and date signed at
        # the end, as a notice's body is
        tail = _last_lines(text)
        # (or signed above an annex: the lines before the first 附件 alone on its line)
        annex = _ANNEX_LINE.search(text, body_start)
        above_annex = (
            [line.strip() for line in text[: annex.start()].split("\n") if line.strip()][-8:]
            if annex
            else []
        )
        date, issuer = (
            _signature(lines)
            or _signature(tail, last=True)
            or _signature(above_annex, last=True)
            or (None, None)
        )
        if issuer:
            meta["issuer"] = issuer
    compiled_on = _COMPILED_ON.search(text)
    if date is None and compiled_on:
        date = _date_of(compiled_on.group(1))
    # a bulletin's masthead: the office compiling it and the day, on one line under its name
    # (巴宜区人民政府办公室编　　2026年5月10日); or a yearbook's, the office alone (…研究室 编)
    masthead = _MASTHEAD.search(text[:600])
    if masthead and _ISSUER.match(masthead.group(1)):
        meta.setdefault("issuer", masthead.group(1))
        if masthead.group(2):
            date = date or _date_of(masthead.group(2))
    if date is None and (published := published_on(front)):
        date = _ymd(published)  # the day it was published, no other given
    if date is None and (posted := POSTED_LINE.search(front)):
        # (a post copied from an account: 原创 合江发布 2026年03月18日 09:30 四川)
        date = (int(posted.group(1)), int(posted.group(2)), int(posted.group(3)))
    if date is None:
        date = _printed_on(text)  # the colophon's day of printing, no other given
    if date is not None:
        meta["date"] = "{:04d}-{:02d}-{:02d}".format(*date)
    compiler = _COMPILER.search(text)
    if "issuer" not in meta and compiler and _ISSUER.match(compiler.group(1)):
        meta["issuer"] = compiler.group(1)
    no = _DOC_NO.search(front) or _DOC_NO.search(text[:2000])
    if no:
        # (a red-letter head run into the number on one line: 青州市人民政府文件青政发〔2026〕8号)
        meta["doc_number"] = no.group(0).rpartition("文件")[2]
    if "issuer" not in meta:
        for line in lines[:5]:
            if _ISSUER.match(line):
                meta["issuer"] = line
                break
    if (
        "issuer" not in meta
        and (party := _FIRST_PARTY.search(text[-600:]))
        and _ISSUER.match(party.group(1))
    ):
        meta["issuer"] = party.group(1)  # a letter of responsibility's first party
    # (an agreement is its parties' alike, 甲方 first: 东西部协作框架协议, 战略合作备忘录)
    if (
        (party := _FIRST_PARTY.search(text[-600:]))
        and meta.get("issuer") == party.group(1)
        and (other := _SECOND_PARTY.search(text[-600:]))
        and _ISSUER.match(other.group(1))
        and any(_AGREEMENT.search(line) for line in lines[:5])
    ):
        meta["issuer"] += "、" + other.group(1)
    if "issuer" not in meta:
        # named only before 关于 in the covering notice's headline (…办公厅关于印发…的通知) or
        # in the title itself (中共桐乡市委关于制定…五年规划的建议)
        for line in lines[:5]:
            if "。" in line or "，" in line:
                continue  # (a sentence naming a body before 关于 is no headline: …听取了县人民政府关于…)
            head = _ISSUER_OF_TITLE.match(line)
            if head and _ISSUER.match(head.group(1)):
                meta["issuer"] = head.group(1)
                break
    for line in lines[:8]:
        if (addressed := _ADDRESSEE.match(line)) and BODY_NAME_END.search(addressed.group(1)):
            meta["addressee"] = addressed.group(1)
            break
    if "issuer" not in meta and date is not None:
        # the body signing at the end, the date taken from elsewhere (a report's bracketed day
        # under its session's line: （2026年1月22日）… 中共高唐县纪律检查委员会 / 2026年1月22日)
        tail = _last_lines(text)
        if (at_end := _signature(tail, last=True)) is not None and at_end[1]:
            meta["issuer"] = at_end[1]
    if "issuer" not in meta:
        # (a month alone under the body signing: the body, no day given it)
        tail = _last_lines(text)
        month = next((i for i in range(len(tail) - 1, 0, -1) if _MONTH_ALONE.fullmatch(tail[i])), 0)
        if month and _ISSUER.match(above := _SEAL_MARK.sub("", tail[month - 1])):
            meta["issuer"] = above
    headline = [one_for_one(given["title"])] if given and given.get("title") else []
    if "issuer" not in meta and (body := _body_opening_title([*lines[:5], *headline])):
        # a body's own plan titled by its name (江阴市退役军人事务局2026年工作要点), signed by
        # no one: the body, unless the page names another (its source the same body named
        # short, 来源：市退役军人事务局, is the body)
        page = (given or {}).get("issuer") or issuer_of_page(front)
        if page is None or (page[0] in "市县区" and body.endswith(page[1:])):
            meta["issuer"] = body
    if "issuer" not in meta and (page_issuer := issuer_of_page(front)):
        meta["issuer"] = page_issuer  # the page's 发布机构
    if (joint := _JOINT_ISSUERS.fullmatch(meta.get("issuer") or "")) is not None:
        # 中共馆陶县委　馆陶县人民政府 (the space between them lost to normalising)
        meta["issuer"] = f"{joint.group(1)}、{joint.group(2)}"
    elif (pair := _TWO_BODIES.fullmatch(meta.get("issuer") or "")) is not None and (
        BODY_NAME_END.search(pair.group(1)) and BODY_NAME_END.search(pair.group(3))
    ):
        # 临朐县农业农村局　临朐县财政局: two bodies of one place, signed on one line (or
        # more: 兴山县财政局　兴山县农业农村局　兴山县乡村振兴局)
        place = pair.group(2)
        parts = [p for p in re.split(f"(?<!中共)(?={re.escape(place)})", meta["issuer"]) if p]
        if all(BODY_NAME_END.search(p) for p in parts):
            meta["issuer"] = "、".join(parts)
    # title: the last front-matter line naming a kind of document that is not
    # the covering notice (关于印发《…》的通知), joined with a (2023—2025年) line after it.
    title = None
    from_notice = False  # the title is what a notice's headline publishes (关于印发…的通知)
    for i, line in enumerate(lines):
        if SESSION_LINE.match(line):
            continue  # (the occasion under a headline: ——…在…代表大会上的报告)
        if from_notice and line.endswith("表"):
            continue  # (the caption of the table it publishes: 重点建议交办分工表)
        if _INTERPRETATION.match(line):
            title = line  # 《…若干措施》政策解读: the interpretation's own title
            continue
        # (关于加快…的若干措施 is a title; 关于印发《…》的通知 covers one)
        covering = line.startswith(("关于印发", "关于转发", "《")) or bool(
            _CONSULTATION.match(line)
        )
        if (
            TITLE_WORDS.search(line)
            and not covering
            # (nor an issuer whose name holds a kind's word, 永康市自然资源和规划局, nor an
            # attachment's label, 附件：…供应计划)
            and not _ISSUER.match(line)
            and not APPENDIX.match(line)
            and len(line) <= 60
            # (保障措施: a part's name, no title — but a title's kind on a line of its own
            # under the words beginning it: 瓦房店市…高质量发展 / 工作方案)
            and not (_PART_NAME.fullmatch(line) and _title_begun_above(lines, i) == line)
            and not _DRAFT_NOTE.fullmatch(line)  # (（征求意见稿）: a note to the title above)
        ):
            # (a sentence, or a lead-in: 现将…情况报告如下：)
            if "，" in line or "。" in line or line.endswith(("：", ":")):
                continue
            # (or what a notice publishes: …关于公布…重大行政决策事项目录的通知)
            notice = _COVERING_HEADLINE.search(line)
            title = _unquoted(notice.group(1)) if notice else _title_begun_above(lines, i)
            from_notice = notice is not None
            title = _HEADLINE_DRESSING.sub("", title) or title  # (重磅！…来了→)
            below = i + 1
            if below < len(lines) and _HORIZON.fullmatch(lines[below]):
                title += lines[below]
                below += 1
            if below < len(lines) and _DRAFT_NOTE.fullmatch(lines[below]):
                # (a draft's note under its title, or under its horizon: （征求意见稿）)
                title += lines[below]
    if title is None:
        # (not a document a sentence cites: 根据《…计划》，…)
        joined = "".join(line for line in lines[:6] if "，" not in line and "。" not in line)
        nm = re.search(r"关于印发(.+?)的通知", joined) or re.search(r"《(.+?)》", joined)
        if nm:
            title = _unquoted(nm.group(1))
        elif given and given.get("title"):
            title = one_for_one(given["title"])  # a page's headline, over the text's first line
        elif lines:
            # (the first line that is no page's particulars: 发布机构：…  发布日期：…; nor the
            # issuer's name alone over the title: 巧家县人民政府办公室 / 巧家县2026年重点工作任务分解;
            # nor an annex's label, 附件1 — found probing)
            title = next(
                (
                    line
                    for line in lines
                    if not _PARTICULARS_LINE.match(line)
                    and not _ISSUER.match(line)
                    and not _annex_label(line)
                ),
                lines[0],
            )
    if (
        title
        and (day_after := _TITLE_DATE.search(title))
        and len(title) > day_after.end() - day_after.start()
    ):
        # (the day in brackets after the title, on its line: …工作要点（2026年2月28日） — the
        # title's no part, the document's date where none other is given — batch 1154)
        title = title[: day_after.start()]
        if day := _date_of(day_after[1]):
            meta.setdefault("date", "{:04d}-{:02d}-{:02d}".format(*day))
    if title:
        meta["title"] = title
    if (
        title
        and _INTERPRETATION.match(title)
        and (by := _INTERPRETED_BY.search(text))
        and _ISSUER.match(by.group(1))
    ):
        # an interpretation is its interpreting body's (解读机关：…), over a page's 来源
        meta["issuer"] = by.group(1)
    if given:
        for k, v in given.items():
            meta.setdefault(k, one_for_one(v) if isinstance(v, str) else v)
    # (中共桐乡市委关于…; 中国共产党旬阳市第一届委员会第十次全体会议公报)
    title_text = re.sub(r"^(?:关于|中共|中国共产党)", "", meta.get("title") or "")
    issuer = meta.get("issuer") or ""
    issuer = issuer.rsplit("、", 1)[-1]  # issued jointly: the government's name gives the place
    issuer = issuer.removeprefix("中共")  # (a party committee's: 中共杭州市上城区…工作委员会)
    if jm := _JURISDICTION.match(issuer):
        second = _second_level(issuer, jm.end(), body_follows=True)
        # a town's or a street's own document: 张家港市凤凰镇人民政府, 杭州市上城区人民政府
        # 湖滨街道办事处 — its offices named bare (党政办) are the town's
        town = _TOWN.match(issuer, jm.end() + len(second))
        meta["jurisdiction"] = jm.group(1) + second + (town.group(1) if town else "")
    elif town := _TOWN.match(issuer):
        # a town's own document issued without its county's name (桃花潭镇人民政府): the
        # town is the jurisdiction, so its offices named bare (镇经济发展办) are its own
        meta["jurisdiction"] = town.group(1)
    elif village := _VILLAGE_TITLE.match(title_text):
        meta["jurisdiction"] = village.group(1)
    elif (tm := _TITLE_JURISDICTION.match(title_text)) and not _NOT_A_PLACE_NAME.search(
        tm.group(1)
    ):
        meta["jurisdiction"] = tm.group(1) + _second_level(title_text, tm.end())
    elif town := _TOWN_TITLE.match(title_text):
        meta["jurisdiction"] = town.group(1)  # (周庄镇2026年重点工作计划, no issuer named)
    title = meta.get("title", "")
    hm = _HORIZON.search(title)
    plan = plan_in_title(title)
    if hm:
        meta["horizon_start"], meta["horizon_end"] = int(hm.group(1)), int(hm.group(2))
    elif plan:
        meta["horizon_start"], meta["horizon_end"] = plan
    # (a budget report names its draft budget: …2025年预算执行情况和2026年预算草案的报告)
    ym = re.search(r"(\d{4})年(?:度)?(?:国民经济|经济|.*?(?:计划|规划|工作要点|预算草案))", title)
    yearbook = _YEARBOOK.search(title)
    periodic = _PERIODIC.search(title) is not None
    if yearbook or periodic:
        meta["kind"] = "progress report"
    elif re.search(r"方案|行动计划", title):
        meta["kind"] = "action plan"
    elif "政府工作报告" in title:
        meta["kind"] = "work report"
    elif _COMMUNIQUE.search(title) or (_PROGRESS.search(title) and not ym):
        meta["kind"] = "progress report"
    elif ym and not hm:
        meta["kind"] = "annual plan"
    else:
        meta["kind"] = "policy"
    # (the vision an outline's title joins is no year it plans: …第十五个五年规划和2035年远景目标
    # 纲要 plans 2026—2030)
    year = single_year(_VISION.sub("", title))
    honours = _HONOURS.search(title) is not None
    if yearbook:
        # (a yearbook records the year before its edition's: 灵宝年鉴（2025） is 2024's)
        year = None
        meta["report_year"] = int(yearbook.group(1) or yearbook.group(2)) - 1
    elif periodic:
        # (a weekly or monthly bulletin reports the days it is of: its issue's year, 2026年第12期,
        # else its date's; a title naming its year says so first)
        issue = _ISSUE.search(text[:300])
        issued_on = meta.get("date")
        of_days: int | None = year or (int(issue.group(1)) if issue else None)
        if of_days is None and isinstance(issued_on, str):
            of_days = int(issued_on[:4])
        year = None
        if of_days is not None:
            meta["report_year"] = of_days
    elif honours:
        # (a decision honouring a year's best, 关于表彰2025年度…先进集体和先进个人的决定, names
        # the year whose work it honours, none it plans: dated as a reply is, its figures of that
        # year are results and its 力争 goals the next year's)
        year = None
    elif year is not None and (_PROGRESS.search(title) or _COMMUNIQUE.search(title)):
        meta["report_year"] = year
    elif (
        year is None
        and meta["kind"] == "progress report"
        and (reported := _REPORTED_YEAR.search(title))
    ):
        meta["report_year"] = int(reported.group(1))  # (…2025年工作总结和2026年工作思路)
    if year is None and "horizon_start" not in meta and not (honours or yearbook or periodic):
        year = _year_of_work(title, text, meta.get("date"))
    if (
        year is None
        and meta["kind"] == "progress report"
        and "report_year" not in meta
        and "horizon_start" not in meta
        and (as_of := _as_of_year(text, meta.get("date"))) is not None
    ):
        # (a report naming no year in its title reports on the year it counts up to:
        # 截至2026年3月31日，12个问题已完成整改10个 — not the year before its date)
        meta["report_year"] = as_of
    if (
        year is None
        and meta["kind"] == "progress report"
        and "report_year" not in meta
        and "horizon_start" not in meta
        and (days_of := _days_of_its_year(text, meta.get("date"))) is not None
    ):
        # (a bulletin on days it names without their year, 6月17日至19日…, naming no other year
        # than its date's: those days are of the year it is written in)
        meta["report_year"] = days_of
    if (
        year is None
        and (plenary := _PLENARY.match(meta.get("title") or ""))
        and isinstance(meta.get("date"), str)
    ):
        # a party committee's plenary session reviews its year and plans the next when it
        # meets at the year's end (December's plans the year after), else the rest of its year
        # — its committee issues its communiqué
        meta.setdefault("issuer", plenary.group(1))
        dated = meta["date"]
        year = int(dated[:4]) + (1 if dated[5:7] in ("11", "12") else 0)
    if year is None and meta["kind"] == "work report" and meta.get("date"):
        # a 政府工作报告 is given at the session early in the year it plans (今年工作安排)
        year = int(meta["date"][:4])
    if year is not None:
        meta["plan_year"] = year
    return meta


_VISION = re.compile(r"(?:和|与|及)?\d{4}年远景目标")
# A bulletin of a week's or a month's observations (…价格监测周报, …经济运行月报, …快报) and its
# issue's line (（2026年第12期）)
_PERIODIC = re.compile(r"(?:周报|月报|旬报|快报)$")
_ISSUE = re.compile(r"(\d{4})年第\d{1,3}期")
# A yearbook's edition (灵宝年鉴（2025）, 某县年鉴2025, 某市年鉴（2025卷）, 2025某县年鉴)
_YEARBOOK = re.compile(
    r"年鉴\s*[（(·]?\s*(\d{4})\s*卷?[）)]?$|^(\d{4})\s*[\u4e00-\u9fff]{2,12}年鉴$"
)
# A report on one year's work (…2025年前三季度重点工作推进情况的报告, …2024年工作总结) reports
# on the year it names; an annual plan's 执行情况 names the year before the plan's in its
# title (…2023年…执行情况与2024年计划草案的报告: two years).
# (an annual report on a year's work too: …2025年政府信息公开工作年度报告, …2025年法治政府建设
# 工作情况的报告)
# (and a report or bulletin on how a year's work went: …2025年法治政府建设情况报告, …2025年度
# 工作报告 of a bureau, …开展情况的报告, …工作情况通报, …绩效自评报告, …建议办理情况报告, an
# audit's …审计工作报告)
_PROGRESS = re.compile(
    r"(?:推进|进展|落实|执行|完成)情况|工作总结|工作年度报告"
    r"|(?:工作|开展|建设|实施|运行|履职|整改|办理|管理|防御|处置|应对|排名|监测|质量|交易)情况的?"
    r"(?:综合|专项)?(?:报告|通报|汇报)"
    r"|年度工作报告|自评报告"
    # (an audit of a year's budget: …2025年度区级预算执行和其他财政收支的审计工作报告)
    r"|审计工作报告|审计结果(?:的)?(?:报告|公告)"
    # (a body's or an official's debriefing on a year's duties: …2025年度述职报告, 述职述廉报告)
    r"|述职(?:述廉|述责)?报告"
    # (a survey's report on the state of things: 关于推动我县食用菌产业高质量发展的调研报告)
    r"|调研报告|调查报告|考察报告"
    # (an evaluation of a plan: …规划纲要实施情况总结评估报告, …规划中期评估报告)
    r"|评估报告"
    # (a check of a city's state: 肇庆市2025年城市体检报告, …监测报告)
    r"|体检报告|监测报告"
    # (a notice of what sampling or inspection found: …2026年第一季度食品安全监督抽检信息的公告)
    r"|抽检(?:信息|结果|情况)|(?:抽查|检查|监测|检测)结果(?:的)?(?:公告|通报|通告)"
    # (or what an acceptance found: 关于2025年度高标准农田建设项目竣工验收结果的公示)
    r"|验收(?:结果|情况)(?:的)?(?:公告|通报|公示)"
    # (or how those assessed were graded: 关于2025年度乡镇绩效考核结果的通报 — batch 783)
    r"|(?:考核|考评|评比|测评)(?:结果|等次|情况)(?:的)?(?:通报|公告|公示|报告)"
    # (a disclosure of what was received and spent: …2026年第一季度村级财务收支公开)
    r"|(?:财务|收支)(?:收支)?(?:情况)?(?:公开|公示)$"
    # (or of how things stood: 紫金县2025年政府债务情况公开)
    r"|情况(?:的)?公开$"
    # (or of how far the work has come: “三夏”生产进度通报)
    r"|进度(?:通报|报告|日报|周报|情况)"
    # (a reply to a deputy's suggestion or a member's proposal: how things stand, the problems,
    # then what comes next — 关于市五届人大四次会议第86号建议的答复)
    r"|(?:建议|提案|议案)(?:的)?(?:答复|答覆|办理(?:情况|结果))(?:函|意见)?$"
    # (the statistics of the year so far: 2026年1—5月大理市主要经济指标, 一季度经济运行情况)
    r"|(?:\d{1,2}[—\-–~至]\d{1,2}月份?|[一二三四1-4]季度|上半年|前三季度)"
    r"[\u4e00-\u9fff]{0,12}?(?:主要)?经济(?:指标|运行)"
)
# the year a report names before what it reports (…2025年工作总结和2026年工作思路: 2025)
_REPORTED_YEAR = re.compile(r"(\d{4})年度?(?:[^和与及、]{0,30}?)(?=" + _PROGRESS.pattern + ")")
# A statistical communiqué (…2025年国民经济和社会发展统计公报) reports the year it names in
# every part, though its title reads as an annual plan's.
# (and so does a year's bulletin on a state of things: …2025年生态环境状况公报, …水资源公报 — not
# a plenary session's, 全会公报, which sets the work to come)
# A party committee's plenary session's communiqué or resolution (中国共产党旬阳市第一届委员会第十次
# 全体会议公报): group 1 the committee
_PLENARY = re.compile(
    r"^((?:中国共产党|中共)[\u4e00-\u9fff]{2,20}?委员会)第[一二三四五六七八九十\d]{1,3}次全体会议"
)
_COMMUNIQUE = re.compile(r"统计公报|(?<!全会)(?<!会议)(?<!全体会议)公报$")


# a title honouring those who did well (表彰, 通报表扬, 嘉奖)
_HONOURS = re.compile(r"表彰|表扬|嘉奖")


# A plan of work (工作方案, 工作要点, 任务清单 …) whose title names no year is the work of
# the year it was signed when that is the only year it names: a 工作方案 signed 2025-02-20
# whose goals fall due 到2025年底 sets 2025 goals, 全年 and undated figures too. (An 实施意见
# or 实施方案 of the same years is policy that runs on; its undated figures stay open.)
_WORK_OF_A_YEAR = re.compile(r"工作方案|工作要点|工作计划|任务清单|任务分工|分工方案|重点任务")


_AS_OF = re.compile(r"截(?:至|止)(\d{4})年")


def _as_of_year(text: str, date: str | None) -> int | None:
    """The last year a text counts its figures up to (截至2026年3月31日), not after its date's."""
    signed = int(date[:4]) if date and date[:4].isdigit() else None
    years = [int(y) for y in _AS_OF.findall(text) if signed is None or int(y) <= signed]
    return max(years) if years else None


_MONTH_DAY = re.compile(r"(?<![年\d])\d{1,2}月\d{1,2}日")


def _days_of_its_year(text: str, date: str | None) -> int | None:
    """The year of a text's date, if the text tells of days without their year (6月17日至19日)
    and names no other year than its date's."""
    if not date or not date[:4].isdigit() or _MONTH_DAY.search(text) is None:
        return None
    signed = int(date[:4])
    named = {int(y) for y in re.findall(r"(?<!\d)(\d{4})年", text)}
    return signed if named <= {signed} else None


def _year_of_work(title: str, text: str, date: str | None) -> int | None:
    if not date or not _WORK_OF_A_YEAR.search(title):
        return None
    signed = int(date[:4])
    named = {int(y) for y in re.findall(r"(?<!\d)(\d{4})年", text)}
    return signed if named == {signed} else None


def single_year(title: str) -> int | None:
    """The one year a title names: 青州市2024年…计划 and 二、2024年经济社会发展的主要目标
    frame their goals in 2024; a horizon (2023—2025年) or two years frame none."""
    if _HORIZON.search(title):
        return None
    years = set(re.findall(r"(?<![\d—\-–~至到])(\d{4})年", title))
    return int(years.pop()) if len(years) == 1 else None
