"""What a WeChat official account or a portal puts around a document it publishes, in one
place for the HTML reader (which drops it from a page's text) and the structure parser
(which reads it in a text file copied from such a page, whose offsets must stay the file's):

* a heading over links to other articles (往期推荐, 相关链接), after which nothing is the
  document's;
* credit lines (来源 | …, 编辑：…  审核：…);
* a call to follow by QR code (长按识别二维码关注), and the buttons under an article
  (阅读原文, 分享, 点赞, 在看) or a portal's page (【打印本页】 【关闭窗口】).
"""

from __future__ import annotations

import re

RECOMMENDED = re.compile(
    r"[【〔]?(?:往期推荐|往期回顾|推荐阅读|相关阅读|延伸阅读|精彩推荐|相关推荐|热门推荐|相关文章"
    r"|相关链接|相关文件|相关新闻|相关政策|相关解读)[】〕]?[：:]?"
)
CREDIT = re.compile(
    r"(?:来源|编辑|校对|审核|终审|初审|复审|责编|责任编辑|编审|排版|美编|撰稿|供稿|图片|摄影)"
    r"\s*[|｜丨:：].{0,40}"
)
FOLLOW = re.compile(r".{0,10}(?:长按|扫码|扫描).{0,12}(?:关注|二维码).{0,10}")
BUTTONS = re.compile(
    r"(?:阅读原文|分享|点赞|在看|收藏|转发|赞)(?:[\s|｜丨]+(?:分享|点赞|在看|收藏|转发|赞))*"
)
# … and a portal's, copied with its text: 【打印本页】 【关闭窗口】, 【字体：大 中 小】, 分享到：,
# 扫一扫在手机打开当前页 (the brackets 〔〕 too, as the normaliser writes them)
_PORTAL_BUTTON = (
    r"[【〔]?\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|字体[：:]\s*大\s*中\s*小|分享到[：:]?)"
    r"\s*[】〕]?"
)
PORTAL_BUTTONS = re.compile(rf"{_PORTAL_BUTTON}(?:\s*{_PORTAL_BUTTON})*|扫一扫在手机上?打开当前页")


def is_furniture(line: str) -> bool:
    """Whether a line is a credit, a call to follow or an article's or a page's buttons."""
    line = line.strip()
    return any(rx.fullmatch(line) for rx in (CREDIT, FOLLOW, BUTTONS, PORTAL_BUTTONS))


def furniture_to_the_end(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` and every line after it, up to the end or the heading over
    links to other articles, are blank or furniture: the document's text has ended."""
    for line in lines[index:]:
        if RECOMMENDED.fullmatch(line.strip()):
            return True
        if line.strip() and not is_furniture(line):
            return False
    return True
