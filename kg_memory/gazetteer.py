"""A small gazetteer of well-known places and organisations named in English and in Chinese.

Entity resolution (:mod:`kg_memory.crosslang`) treats two names of one entry as the same entity
(``Beijing`` and ``北京``, ``Tsinghua University`` and ``清华大学``), where the English name is not the
pinyin of the Chinese one (``Hong Kong`` / ``香港``, ``Germany`` / ``德国``) or where pinyin alone is
ambiguous (``Shanxi`` / ``山西`` against ``Shaanxi`` / ``陕西``). Written by hand for kg-memory from
common knowledge; entries are ``(type, English names, Chinese names)``.

>>> gazetteer_id("北京", "Place") == gazetteer_id("Beijing", "Place") == "Place:beijing"
True
>>> gazetteer_id("清华大学", "Organization")
'Organization:tsinghua university'
>>> gazetteer_id("Beijing", "Person") is None
True
"""

from __future__ import annotations

import functools

from .ids import normalize_name

__all__ = ["ENTRIES", "gazetteer_id"]

_P, _O = "Place", "Organization"

#: ``(type, English names, Chinese names)``; the first English name identifies the entry.
ENTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # China: municipalities, provinces and regions, large cities
    (_P, ("Beijing", "Peking"), ("北京", "北京市")),
    (_P, ("Shanghai",), ("上海", "上海市")),
    (_P, ("Tianjin",), ("天津", "天津市")),
    (_P, ("Chongqing", "Chungking"), ("重庆", "重庆市")),
    (_P, ("Guangzhou", "Canton"), ("广州", "广州市")),
    (_P, ("Shenzhen",), ("深圳", "深圳市")),
    (_P, ("Hangzhou",), ("杭州", "杭州市")),
    (_P, ("Nanjing", "Nanking"), ("南京", "南京市")),
    (_P, ("Wuhan",), ("武汉", "武汉市")),
    (_P, ("Chengdu",), ("成都", "成都市")),
    (_P, ("Xi'an", "Xian"), ("西安", "西安市")),
    (_P, ("Suzhou",), ("苏州", "苏州市")),
    (_P, ("Harbin",), ("哈尔滨", "哈尔滨市")),
    (_P, ("Urumqi",), ("乌鲁木齐",)),
    (_P, ("Hohhot",), ("呼和浩特",)),
    (_P, ("Lhasa",), ("拉萨",)),
    (_P, ("Xiamen", "Amoy"), ("厦门", "厦门市")),
    (_P, ("Qingdao", "Tsingtao"), ("青岛", "青岛市")),
    (_P, ("Hong Kong",), ("香港",)),
    (_P, ("Macau", "Macao"), ("澳门",)),
    (_P, ("Taipei",), ("台北", "臺北")),
    (_P, ("Taiwan",), ("台湾", "臺灣")),
    (_P, ("Tibet",), ("西藏",)),
    (_P, ("Inner Mongolia",), ("内蒙古",)),
    (_P, ("Shaanxi",), ("陕西", "陕西省")),
    (_P, ("Shanxi",), ("山西", "山西省")),
    (_P, ("Guangdong", "Canton Province"), ("广东", "广东省")),
    (_P, ("Sichuan", "Szechuan"), ("四川", "四川省")),
    (_P, ("Yunnan",), ("云南", "云南省")),
    (_P, ("Zhejiang",), ("浙江", "浙江省")),
    (_P, ("Jiangsu",), ("江苏", "江苏省")),
    # countries
    (_P, ("China", "PRC", "People's Republic of China"), ("中国", "中华人民共和国")),
    (_P, ("United States", "USA", "US", "U.S.", "America", "United States of America"), ("美国",)),
    (_P, ("United Kingdom", "UK", "Britain", "Great Britain"), ("英国",)),
    (_P, ("England",), ("英格兰",)),
    (_P, ("France",), ("法国",)),
    (_P, ("Germany",), ("德国",)),
    (_P, ("Japan",), ("日本",)),
    (_P, ("South Korea", "Korea"), ("韩国",)),
    (_P, ("North Korea",), ("朝鲜",)),
    (_P, ("Russia",), ("俄罗斯", "俄国")),
    (_P, ("India",), ("印度",)),
    (_P, ("Canada",), ("加拿大",)),
    (_P, ("Australia",), ("澳大利亚", "澳洲")),
    (_P, ("New Zealand",), ("新西兰",)),
    (_P, ("Italy",), ("意大利",)),
    (_P, ("Spain",), ("西班牙",)),
    (_P, ("Portugal",), ("葡萄牙",)),
    (_P, ("Netherlands", "Holland"), ("荷兰",)),
    (_P, ("Switzerland",), ("瑞士",)),
    (_P, ("Sweden",), ("瑞典",)),
    (_P, ("Brazil",), ("巴西",)),
    (_P, ("Mexico",), ("墨西哥",)),
    (_P, ("Singapore",), ("新加坡",)),
    (_P, ("Thailand",), ("泰国",)),
    (_P, ("Vietnam",), ("越南",)),
    (_P, ("Malaysia",), ("马来西亚",)),
    (_P, ("Indonesia",), ("印度尼西亚", "印尼")),
    (_P, ("Egypt",), ("埃及",)),
    # cities of the world
    (_P, ("New York", "New York City", "NYC"), ("纽约",)),
    (_P, ("London",), ("伦敦",)),
    (_P, ("Paris",), ("巴黎",)),
    (_P, ("Tokyo",), ("东京",)),
    (_P, ("Kyoto",), ("京都",)),
    (_P, ("Osaka",), ("大阪",)),
    (_P, ("Seoul",), ("首尔", "汉城")),
    (_P, ("Berlin",), ("柏林",)),
    (_P, ("Munich",), ("慕尼黑",)),
    (_P, ("Moscow",), ("莫斯科",)),
    (_P, ("Rome",), ("罗马",)),
    (_P, ("Milan",), ("米兰",)),
    (_P, ("Madrid",), ("马德里",)),
    (_P, ("Barcelona",), ("巴塞罗那",)),
    (_P, ("Amsterdam",), ("阿姆斯特丹",)),
    (_P, ("Vienna",), ("维也纳",)),
    (_P, ("Geneva",), ("日内瓦",)),
    (_P, ("Zurich",), ("苏黎世",)),
    (_P, ("Lyon",), ("里昂",)),
    (_P, ("Toulouse",), ("图卢兹",)),
    (_P, ("Los Angeles", "LA"), ("洛杉矶",)),
    (_P, ("San Francisco",), ("旧金山",)),
    (_P, ("Washington", "Washington, D.C."), ("华盛顿",)),
    (_P, ("Chicago",), ("芝加哥",)),
    (_P, ("Boston",), ("波士顿",)),
    (_P, ("Seattle",), ("西雅图",)),
    (_P, ("Sydney",), ("悉尼",)),
    (_P, ("Melbourne",), ("墨尔本",)),
    (_P, ("Toronto",), ("多伦多",)),
    (_P, ("Vancouver",), ("温哥华",)),
    (_P, ("Bangkok",), ("曼谷",)),
    (_P, ("Dubai",), ("迪拜",)),
    (_P, ("Hanoi",), ("河内",)),
    # universities
    (_O, ("Tsinghua University", "Tsinghua"), ("清华大学", "清华")),
    (_O, ("Peking University", "PKU"), ("北京大学", "北大")),
    (_O, ("Fudan University", "Fudan"), ("复旦大学", "复旦")),
    (_O, ("Zhejiang University",), ("浙江大学", "浙大")),
    (_O, ("Shanghai Jiao Tong University", "SJTU"), ("上海交通大学", "上海交大")),
    (_O, ("Nanjing University",), ("南京大学", "南大")),
    (_O, ("Wuhan University",), ("武汉大学",)),
    (_O, ("Sun Yat-sen University",), ("中山大学",)),
    (_O, ("Renmin University of China", "Renmin University"), ("中国人民大学", "人民大学", "人大")),
    (_O, ("University of Science and Technology of China", "USTC"), ("中国科学技术大学", "中科大")),
    (_O, ("Harvard University", "Harvard"), ("哈佛大学", "哈佛")),
    (_O, ("Massachusetts Institute of Technology", "MIT"), ("麻省理工学院", "麻省理工")),
    (_O, ("Stanford University", "Stanford"), ("斯坦福大学", "斯坦福")),
    (_O, ("University of Oxford", "Oxford University", "Oxford"), ("牛津大学", "牛津")),
    (_O, ("University of Cambridge", "Cambridge University", "Cambridge"), ("剑桥大学", "剑桥")),
    (_O, ("Yale University", "Yale"), ("耶鲁大学", "耶鲁")),
    (_O, ("Princeton University", "Princeton"), ("普林斯顿大学",)),
    (_O, ("Columbia University",), ("哥伦比亚大学",)),
    (_O, ("University of California, Berkeley", "UC Berkeley", "Berkeley"), ("加州大学伯克利分校", "伯克利")),
    # companies
    (_O, ("Alibaba", "Alibaba Group"), ("阿里巴巴", "阿里巴巴集团", "阿里")),
    (_O, ("Tencent",), ("腾讯",)),
    (_O, ("Huawei",), ("华为",)),
    (_O, ("Baidu",), ("百度",)),
    (_O, ("ByteDance",), ("字节跳动", "字节")),
    (_O, ("JD.com",), ("京东",)),
    (_O, ("Meituan",), ("美团",)),
    (_O, ("Pinduoduo", "PDD"), ("拼多多",)),
    (_O, ("NetEase",), ("网易",)),
    (_O, ("Kuaishou",), ("快手",)),
    (_O, ("Didi", "DiDi Chuxing"), ("滴滴", "滴滴出行")),
    (_O, ("Ant Group",), ("蚂蚁集团",)),
    (_O, ("Trip.com", "Ctrip"), ("携程",)),
    (_O, ("Xiaomi",), ("小米",)),
    (_O, ("Lenovo",), ("联想",)),
    (_O, ("BYD",), ("比亚迪",)),
    (_O, ("DJI",), ("大疆",)),
    (_O, ("Bank of China",), ("中国银行",)),
    (_O, ("China Mobile",), ("中国移动",)),
    (_O, ("Google",), ("谷歌",)),
    (_O, ("Microsoft",), ("微软",)),
    (_O, ("Apple", "Apple Inc."), ("苹果公司",)),
    (_O, ("Amazon",), ("亚马逊",)),
    (_O, ("Airbus",), ("空中客车", "空客")),
    (_O, ("Boeing",), ("波音", "波音公司")),
    # shops and restaurants where many work ("a cashier in Walmart": an employer, not a town)
    (_O, ("Walmart", "Wal-Mart"), ("沃尔玛",)),
    (_O, ("Target",), ("塔吉特",)),
    (_O, ("Costco",), ("好市多", "开市客")),
    (_O, ("Starbucks",), ("星巴克",)),
    (_O, ("McDonald's", "McDonalds"), ("麦当劳",)),
    (_O, ("KFC",), ("肯德基",)),
    (_O, ("IKEA",), ("宜家",)),
    (_O, ("Carrefour",), ("家乐福",)),
)


@functools.lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], str]:
    """``(normalised name, type) -> entry id``, built on first use."""
    table: dict[tuple[str, str], str] = {}
    for type, english, chinese in ENTRIES:
        entry = f"{type}:{normalize_name(english[0])}"
        for name in (*english, *chinese):
            table.setdefault((normalize_name(name), type), entry)
    return table


def gazetteer_id(name: str, type: str) -> str | None:
    """The gazetteer entry of ``name`` as an entity of ``type`` (``"Place:beijing"``), or None."""
    if type not in (_P, _O):
        return None
    return _table().get((normalize_name(name), type))
