"""Whether Chinese words name a place: a country, a word ending in 国/省/市…, a city or resort jieba does not tag as a
place (大理, 合肥, 柏林), or words jieba tags as a place that are no company the gazetteer knows (京东).

>>> is_place("大理"), is_place("湖南岳阳"), is_place("京东"), is_place("饼干")
(True, True, False, False)

A place pointed at from where the speaker is (隔壁小区, 对面那个村, 这个小区) names none: 我住隔壁小区 says the estate next
door, which a listener elsewhere cannot find.

>>> is_place("隔壁小区"), is_place("对面村"), is_place("朝阳区")
(False, False, True)
"""

from __future__ import annotations

from ...gazetteer import gazetteer_id
from ..framework import lazy
from .lexicon import COUNTRIES
from .segment import _tagger

__all__ = ["is_place"]

#: Cities, regions and resorts that jieba does not tag as places (大理, 合肥, 柏林, 多伦多): places all the same.
_KNOWN_PLACES = frozenset((
    "大理 桂林 张家界 阳朔 稻城 银川 海口 合肥 石家庄 大连 烟台 开封 平遥 周庄 鼓浪屿 香格里拉 延吉 万宁 呼伦贝尔 额济纳 阿勒泰 "
    "林芝 纳木错 色达 若尔盖 腾冲 景洪 高雄 台中 花莲 垦丁 马尔代夫 清迈 首尔 冲绳 芽庄 吉隆坡 伊斯坦布尔 威尼斯 布拉格 柏林 "
    "慕尼黑 莫斯科 开罗 温哥华 多伦多 西雅图 波士顿 拉斯维加斯 夏威夷 檀香山 奥克兰").split())
#: 在国外工作: where, not for whom; 湖南岳阳: a province and a city in it, however jieba tags the city (not 湖南大学)
_PLACE_END = lazy(r"(?:国|省|市|县|州|岛|镇|村|区)$|^(?:国外|海外|外地|外国)$"
                  r"|^(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|"
                  r"内蒙古?|广西|西藏|宁夏|新疆)省?(?!.*(?:大学|学院|学校|中学|小学|公司|银行|医院|集团|卫视|日报|人$))[\u4e00-\u9fff]{2,3}$")

#: Words that point at a place from where one stands (隔壁, 对面, 楼下, 这个): the place they begin is named by none.
_POINTED = lazy(r"^(?:隔壁|对面|旁边|附近|楼上|楼下|前面|后面|这个|那个|同一个|一个|咱们?|我们)")


def is_place(text: str) -> bool:
    """Whether ``text`` names a place (module docstring; a city and its district too: 深圳南山)."""
    if _POINTED.match(text):
        return False  # 隔壁小区: where, from here
    if text in COUNTRIES or text in _KNOWN_PLACES or _PLACE_END.search(text):
        return True
    words = list(_tagger().cut(text))
    return len(words) in (1, 2) and all(w.flag == "ns" for w in words) and gazetteer_id(text, "Organization") is None
